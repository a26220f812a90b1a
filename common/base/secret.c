/* secret.c -- the one reader of secrets: key, password and token files */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/err.h"
#include "base/secret.h"

void
cog_secret_release(struct cog_secret *s)
{
	if (s->p) {
		explicit_bzero(s->p, s->cap);
		free(s->p);
	}
	s->p = NULL;
	s->len = s->cap = 0;
	s->loose = 0;
}

/* Make room for n bytes and the NUL, wiping the old buffer if moved. */
static void
reserve(struct cog_secret *s, size_t n)
{
	char *p;
	size_t cap;

	if (n < s->cap)
		return;
	cap = s->cap ? s->cap : 64;
	while (cap <= n)
		cap *= 2;
	p = cog_xmalloc(cap);
	if (s->p) {
		memcpy(p, s->p, s->len);
		explicit_bzero(s->p, s->cap);
		free(s->p);
	}
	s->p = p;
	s->cap = cap;
}

void
cog_secret_warn_loose(const char *what, const char *path)
{
	cog_warn("%s '%s' can be read by other users", what, path);
}

static int
fail(struct cog_secret *s, int fd, const char *what, const char *path,
    const char *why, char *err, size_t errlen)
{
	if (fd >= 0)
		close(fd);
	cog_secret_release(s);
	snprintf(err, errlen, "cannot read %s '%s': %s", what, path, why);
	return -1;
}

int
cog_secret_read(struct cog_secret *s, const char *path, const char *what,
    int flags, char *err, size_t errlen)
{
	int fd;

	cog_secret_release(s);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return fail(s, fd, what, path, strerror(errno), err, errlen);
	return cog_secret_read_fd(s, fd, path, what, flags, err, errlen);
}

int
cog_secret_read_fd(struct cog_secret *s, int fd, const char *path,
    const char *what, int flags, char *err, size_t errlen)
{
	struct stat st;
	ssize_t r;

	cog_secret_release(s);
	if (fstat(fd, &st) < 0)
		return fail(s, fd, what, path, strerror(errno), err, errlen);
	s->loose = S_ISREG(st.st_mode) && (st.st_mode & 077) != 0;
	if (S_ISREG(st.st_mode) && st.st_size > COG_SECRET_MAX)
		return fail(s, fd, what, path, "too large for a secret", err,
		    errlen);
	reserve(s, S_ISREG(st.st_mode) ? (size_t)st.st_size + 1 : 0);
	for (;;) {
		if (s->len > COG_SECRET_MAX)
			return fail(s, fd, what, path, "too large for a secret",
			    err, errlen);
		reserve(s, s->len + 1);
		r = read(fd, s->p + s->len, s->cap - 1 - s->len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return fail(s, fd, what, path, strerror(errno), err,
			    errlen);
		if (r == 0)
			break;
		s->len += (size_t)r;
	}
	close(fd);
	if (s->len > 0 && s->p[s->len - 1] == '\n') {
		s->len--;
		if (s->len > 0 && s->p[s->len - 1] == '\r')
			s->len--;
	}
	s->p[s->len] = '\0';
	if (s->loose && !(flags & COG_SECRET_QUIET))
		cog_secret_warn_loose(what, path);
	return 0;
}

int
cog_secret_env(struct cog_secret *s, const char *name)
{
	const char *v = getenv(name);
	size_t n;

	cog_secret_release(s);
	if (v == NULL || *v == '\0')
		return 0;
	n = strlen(v);
	reserve(s, n);
	memcpy(s->p, v, n + 1);
	s->len = n;
	return 1;
}
