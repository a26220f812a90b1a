/* spool.c -- a directory of undelivered events, to be sent again in order */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/err.h"
#include "base/file.h"
#include "json/jget.h"
#include "json/json.h"
#include "notify/spool.h"

static unsigned long seq;

/* Whether name is a spooled event's: 20 digits, '-', digits, '-', 6 digits. */
static int
event_name(const char *name)
{
	size_t i = strspn(name, "0123456789"), j;

	if (i != 20 || name[i] != '-')
		return 0;
	j = strspn(name + i + 1, "0123456789");
	if (j == 0 || name[i + 1 + j] != '-')
		return 0;
	i += j + 2;
	return strspn(name + i, "0123456789") == 6 &&
	    strcmp(name + i + 6, ".json") == 0;
}

int
cog_spool_put(const char *dir, const char *url, const char *body, size_t n,
    struct cog_buf *name)
{
	struct cog_buf text = COG_BUF_INIT, path = COG_BUF_INIT,
	    tmp = COG_BUF_INIT;
	struct timespec ts;
	size_t start = name->len;
	int fd = -1, saved, rc = -1;

	if (cog_mkdirs(dir, 0777, 0700) < 0)
		return -1;
	clock_gettime(CLOCK_REALTIME, &ts);
	cog_buf_addf(name, "%020lld-%ld-%06lu.json", (long long)ts.tv_sec *
	    1000000000LL + ts.tv_nsec, (long)getpid(), ++seq % 1000000);
	cog_buf_addf(&path, "%s/%s", dir, name->p + start);
	cog_buf_addf(&tmp, "%s/.%s.tmp", dir, name->p + start);
	cog_buf_adds(&text, "{\"url\":");
	cog_buf_add_jstr(&text, url, strlen(url));
	cog_buf_adds(&text, ",\"body\":");
	cog_buf_add(&text, body, n);
	cog_buf_adds(&text, "}\n");
	if ((fd = open(tmp.p, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
	    0600)) < 0)
		goto out;
	if (cog_write_all(fd, text.p, text.len) < 0 || fsync(fd) < 0)
		goto out;
	if (close(fd) < 0) {
		fd = -1;
		goto out;
	}
	fd = -1;
	if (rename(tmp.p, path.p) < 0)
		goto out;
	rc = 0;
out:
	saved = errno;
	if (fd >= 0)
		close(fd);
	if (rc < 0) {
		unlink(tmp.p);
		cog_buf_truncate(name, start);
	}
	cog_buf_release(&text);
	cog_buf_release(&path);
	cog_buf_release(&tmp);
	errno = saved;
	return rc;
}

int
cog_spool_lock(const char *dir)
{
	struct cog_buf path = COG_BUF_INIT;
	int fd, saved;

	cog_buf_addf(&path, "%s/.lock", dir);
	fd = open(path.p, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	saved = errno;
	cog_buf_release(&path);
	if (fd < 0) {
		errno = saved;
		return -1;
	}
	while (flock(fd, LOCK_EX) < 0)
		if (errno != EINTR) {
			saved = errno;
			close(fd);
			errno = saved;
			return -1;
		}
	return fd;
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
cog_spool_list(const char *dir, char ***names, size_t *n)
{
	struct dirent *e;
	DIR *d;
	size_t cap = 0;

	*names = NULL;
	*n = 0;
	if ((d = opendir(dir)) == NULL)
		return -1;
	while ((e = readdir(d)) != NULL) {
		if (!event_name(e->d_name))
			continue;
		if (*n == cap) {
			cap = cap ? 2 * cap : 16;
			*names = cog_xreallocarray(*names, cap,
			    sizeof(**names));
		}
		(*names)[(*n)++] = cog_xstrdup(e->d_name);
	}
	closedir(d);
	if (*n > 1)
		qsort(*names, *n, sizeof(**names), cmp);
	return 0;
}

void
cog_spool_names_free(char **names, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

int
cog_spool_parse(const char *text, size_t n, struct cog_buf *url,
    struct cog_buf *body)
{
	struct cog_jval v;

	while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == '\r'))
		n--;
	if (cog_jget(text, n, "", &v) != 1 || v.type != COG_JT_OBJ_BEGIN ||
	    cog_jget(text, n, "url", &v) != 1 || v.type != COG_JT_STRING ||
	    cog_jget_str(text, n, "url", url) != 1 ||
	    cog_jget(text, n, "body", &v) != 1)
		return -2;
	if (v.type == COG_JT_STRING) {
		v.p--;
		v.n += 2;
	}
	cog_buf_add(body, v.p, v.n);
	return 0;
}

int
cog_spool_read(const char *dir, const char *name, struct cog_buf *url,
    struct cog_buf *body)
{
	struct cog_buf path = COG_BUF_INIT, text = COG_BUF_INIT;
	int rc, saved;

	cog_buf_addf(&path, "%s/%s", dir, name);
	rc = cog_file_read(path.p, &text);
	saved = errno;
	if (rc == 0)
		rc = cog_spool_parse(text.p ? text.p : "", text.len, url, body);
	cog_buf_release(&path);
	cog_buf_release(&text);
	errno = saved;
	return rc;
}

int
cog_spool_remove(const char *dir, const char *name)
{
	struct cog_buf path = COG_BUF_INIT;
	int rc, saved;

	cog_buf_addf(&path, "%s/%s", dir, name);
	rc = unlink(path.p);
	saved = errno;
	cog_buf_release(&path);
	errno = saved;
	return rc;
}
