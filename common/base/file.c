/* file.c -- whole-file reads and atomic replacement */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/err.h"
#include "base/file.h"

int
cog_write_all(int fd, const void *p, size_t n)
{
	const char *s = p;
	ssize_t w;

	while (n > 0) {
		w = write(fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -1;
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

int
cog_mkdirs(const char *path, mode_t parents, mode_t mode)
{
	char *p, *dir = cog_xstrdup(path);
	int last = 0, rc = 0;

	for (p = dir + 1; !last && rc == 0; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		last = *p == '\0';
		*p = '\0';
		if (mkdir(dir, last ? mode : parents) < 0 && errno != EEXIST)
			rc = -1;
		*p = '/';
	}
	free(dir);
	return rc;
}

int
cog_file_replace(const char *path, const void *data, size_t n, mode_t mode)
{
	size_t len = strlen(path) + 32;
	char *tmp = cog_xmalloc(len);
	int fd, saved;

	snprintf(tmp, len, "%s.tmp.%ld", path, (long)getpid());
	/* A stale temporary of a dead run with this pid is replaced. */
	(void)unlink(tmp);
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, mode)) < 0)
		goto fail;
	if (cog_write_all(fd, data, n) < 0 || fsync(fd) < 0)
		goto fail_fd;
	if (close(fd) < 0) {
		fd = -1;
		goto fail_fd;
	}
	if (rename(tmp, path) < 0)
		goto fail_tmp;
	free(tmp);
	return 0;
fail_fd:
	saved = errno;
	if (fd >= 0)
		close(fd);
	errno = saved;
fail_tmp:
	saved = errno;
	unlink(tmp);
	errno = saved;
fail:
	free(tmp);
	return -1;
}

int
cog_file_read(const char *path, struct cog_buf *b)
{
	char chunk[65536];
	ssize_t r;
	int fd, saved;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return -1;
	while ((r = read(fd, chunk, sizeof(chunk))) != 0) {
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			saved = errno;
			close(fd);
			errno = saved;
			return -1;
		}
		cog_buf_add(b, chunk, (size_t)r);
	}
	close(fd);
	return 0;
}
