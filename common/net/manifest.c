/* manifest.c -- the SHA-256 of each raw file cog-fetch keeps in a dir */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/file.h"
#include "net/manifest.h"

struct entry {
	char *name;
	char hex[65];
};

struct cog_manifest {
	int dfd;
	struct entry *tab;	/* open addressing, a power of two */
	size_t cap, n;
	int torn;		/* the file does not end with a newline */
};

static size_t
hash(const char *s)
{
	size_t h = 5381;

	while (*s)
		h = h * 33 ^ (unsigned char)*s++;
	return h;
}

static struct entry *
slot(const struct cog_manifest *m, const char *name)
{
	size_t i = hash(name) & (m->cap - 1);

	while (m->tab[i].name && strcmp(m->tab[i].name, name) != 0)
		i = (i + 1) & (m->cap - 1);
	return &m->tab[i];
}

static void
set(struct cog_manifest *m, const char *name, size_t n, const char *hex)
{
	struct entry *old, *e;
	size_t i, cap;
	char *key;

	if (2 * (m->n + 1) > m->cap) {
		old = m->tab;
		cap = m->cap;
		m->cap = cap ? 2 * cap : 64;
		m->tab = cog_xcalloc(m->cap, sizeof(*m->tab));
		for (i = 0; i < cap; i++)
			if (old[i].name)
				*slot(m, old[i].name) = old[i];
		free(old);
	}
	key = cog_xstrndup(name, n);
	e = slot(m, key);
	if (e->name) {
		free(key);
	} else {
		e->name = key;
		m->n++;
	}
	memcpy(e->hex, hex, 64);
	e->hex[64] = '\0';
}

static int
hex64(const char *s)
{
	size_t i;

	for (i = 0; i < 64; i++)
		if (!((s[i] >= '0' && s[i] <= '9') ||
		    (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

struct cog_manifest *
cog_manifest_open(int dfd)
{
	struct cog_manifest *m = cog_xcalloc(1, sizeof(*m));
	struct cog_buf b = COG_BUF_INIT;
	const char *s, *end, *nl;
	int fd, r;

	m->dfd = dfd;
	if ((fd = cog_file_open_at(dfd, COG_MANIFEST_NAME, O_RDONLY, 0)) < 0) {
		if (errno != ENOENT) {
			cog_manifest_free(m);
			return NULL;
		}
		return m;
	}
	r = cog_fd_read(fd, &b);
	close(fd);
	if (r < 0) {
		cog_buf_release(&b);
		cog_manifest_free(m);
		return NULL;
	}
	for (s = b.p, end = b.p + b.len; s < end; s = nl + 1) {
		if ((nl = memchr(s, '\n', (size_t)(end - s))) == NULL) {
			m->torn = 1;
			break;
		}
		if (nl - s > 66 && hex64(s) && s[64] == ' ' && s[65] == ' ')
			set(m, s + 66, (size_t)(nl - s - 66), s);
	}
	cog_buf_release(&b);
	return m;
}

const char *
cog_manifest_get(const struct cog_manifest *m, const char *name)
{
	const struct entry *e;

	if (m->cap == 0)
		return NULL;
	e = slot(m, name);
	return e->name ? e->hex : NULL;
}

int
cog_manifest_put(struct cog_manifest *m, const char *name, const char *hex)
{
	struct cog_buf line = COG_BUF_INIT;
	int fd, r;

	if (m->torn)
		cog_buf_addc(&line, '\n');
	cog_buf_addf(&line, "%.64s  %s\n", hex, name);
	if ((fd = cog_file_open_at(m->dfd, COG_MANIFEST_NAME, O_WRONLY |
	    O_APPEND | O_CREAT, 0600)) < 0) {
		cog_buf_release(&line);
		return -1;
	}
	r = cog_write_all(fd, line.p, line.len);
	if (close(fd) < 0)
		r = -1;
	cog_buf_release(&line);
	if (r < 0)
		return -1;
	m->torn = 0;
	set(m, name, strlen(name), hex);
	return 0;
}

void
cog_manifest_free(struct cog_manifest *m)
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->cap; i++)
		free(m->tab[i].name);
	free(m->tab);
	free(m);
}
