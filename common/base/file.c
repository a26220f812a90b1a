/* file.c -- reading files, and writing them without harm to what a path is */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/err.h"
#include "base/file.h"

#define TMP_TRIES 64

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

/* Six letters or digits no one can guess, for a new file's name. */
static void
random_suffix(char s[7])
{
	static const char set[] = "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	static unsigned long counter;
	unsigned char r[6];
	unsigned long x;
	int i;

	if (getrandom(r, sizeof(r), GRND_NONBLOCK) != (ssize_t)sizeof(r)) {
		x = (unsigned long)getpid() * 2654435761UL ^
		    (unsigned long)time(NULL) ^ ++counter * 40503UL ^
		    (unsigned long)clock();
		for (i = 0; i < 6; i++, x >>= 5)
			r[i] = (unsigned char)x;
	}
	for (i = 0; i < 6; i++)
		s[i] = set[r[i] % (sizeof(set) - 1)];
	s[6] = '\0';
}

/*
 * Create a new file "<path>.tmp.<random>" with mode (less the umask),
 * exclusively: nothing that is there, a link least of all, is opened.
 * Return the descriptor with *tmp its name (the caller frees it), or -1.
 */
static int
create_beside(const char *path, mode_t mode, char **tmp)
{
	size_t len = strlen(path) + 16;
	char *name = cog_xmalloc(len), sfx[7];
	int fd = -1, i;

	for (i = 0; i < TMP_TRIES && fd < 0; i++) {
		random_suffix(sfx);
		snprintf(name, len, "%s.tmp.%s", path, sfx);
		fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
		    O_CLOEXEC | O_NOCTTY, mode);
		if (fd < 0 && errno != EEXIST)
			break;
	}
	if (fd < 0) {
		free(name);
		return -1;
	}
	*tmp = name;
	return fd;
}

/* The descriptor that path names itself ("-", /dev/fd/N...), or -2. */
static int
named_fd(const char *path)
{
	const char *n = NULL;
	char *end;
	long v;
	int fl;

	if (strcmp(path, "-") == 0 || strcmp(path, "/dev/stdout") == 0)
		v = 1;
	else if (strcmp(path, "/dev/stderr") == 0)
		v = 2;
	else if (strncmp(path, "/dev/fd/", 8) == 0)
		n = path + 8;
	else if (strncmp(path, "/proc/self/fd/", 14) == 0)
		n = path + 14;
	else
		return -2;
	if (n) {
		if (*n < '0' || *n > '9')
			return -2;
		errno = 0;
		v = strtol(n, &end, 10);
		if (*end != '\0' || errno || v > INT_MAX)
			return -2;
	}
	if ((fl = fcntl((int)v, F_GETFL)) < 0)
		return -1;
	if ((fl & O_ACCMODE) == O_RDONLY) {
		errno = EBADF;
		return -1;
	}
	return (int)v;
}

int
cog_ofile_open(struct cog_ofile *f, const char *path, mode_t mode)
{
	struct stat st;
	int fd, saved;

	memset(f, 0, sizeof(*f));
	f->fd = -1;
	if ((fd = named_fd(path)) != -2) {
		if (fd < 0)
			return -1;
		fflush(stdout);
		fflush(stderr);
		f->fd = fd;
		f->path = cog_xstrdup(path);
		return 0;
	}
	if (lstat(path, &st) < 0) {
		if (errno != ENOENT)
			return -1;
		fd = create_beside(path, mode, &f->tmp);
	} else if (S_ISREG(st.st_mode)) {
		fd = create_beside(path, 0600, &f->tmp);
		if (fd >= 0 && fchmod(fd, st.st_mode & 0777) < 0) {
			saved = errno;
			close(fd);
			unlink(f->tmp);
			free(f->tmp);
			f->tmp = NULL;
			errno = saved;
			return -1;
		}
		/* A directory that takes no new file: write in place. */
		if (fd < 0 && (errno == EACCES || errno == EPERM ||
		    errno == EROFS))
			fd = open(path, O_WRONLY | O_TRUNC | O_NOFOLLOW |
			    O_CLOEXEC | O_NOCTTY);
	} else if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		return -1;
	} else if (S_ISLNK(st.st_mode)) {
		fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOCTTY);
	} else {
		fd = open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
	}
	if (fd < 0)
		return -1;
	f->fd = fd;
	f->own = 1;
	f->path = cog_xstrdup(path);
	return 0;
}

static void
release(struct cog_ofile *f)
{
	free(f->path);
	free(f->tmp);
	f->path = f->tmp = NULL;
	f->fd = -1;
	f->own = 0;
}

int
cog_ofile_commit(struct cog_ofile *f)
{
	struct stat st;
	int rc = 0, saved = 0;

	if (f->own) {
		/* Flush a regular file; a fifo or device has nothing to. */
		if (fstat(f->fd, &st) == 0 && S_ISREG(st.st_mode) &&
		    fsync(f->fd) < 0 && errno != EINVAL && errno != EROFS)
			rc = -1;
		if (rc < 0)
			saved = errno;
		if (close(f->fd) < 0 && rc == 0) {
			rc = -1;
			saved = errno;
		}
		if (rc == 0 && f->tmp && rename(f->tmp, f->path) < 0) {
			rc = -1;
			saved = errno;
		}
		if (rc < 0 && f->tmp)
			unlink(f->tmp);
	}
	release(f);
	errno = saved;
	return rc;
}

void
cog_ofile_abort(struct cog_ofile *f)
{
	int saved = errno;

	if (f->own)
		close(f->fd);
	if (f->tmp)
		unlink(f->tmp);
	release(f);
	errno = saved;
}

int
cog_file_write(const char *path, const void *data, size_t n, mode_t mode)
{
	struct cog_ofile f;

	if (cog_ofile_open(&f, path, mode) < 0)
		return -1;
	if (cog_write_all(f.fd, data, n) < 0) {
		cog_ofile_abort(&f);
		return -1;
	}
	return cog_ofile_commit(&f);
}

int
cog_file_replace(const char *path, const void *data, size_t n, mode_t mode)
{
	char *tmp;
	int fd, saved;

	if ((fd = create_beside(path, mode, &tmp)) < 0)
		return -1;
	if (cog_write_all(fd, data, n) < 0 || fsync(fd) < 0) {
		saved = errno;
		close(fd);
		goto fail;
	}
	if (close(fd) < 0 || rename(tmp, path) < 0) {
		saved = errno;
		goto fail;
	}
	free(tmp);
	return 0;
fail:
	unlink(tmp);
	free(tmp);
	errno = saved;
	return -1;
}

int
cog_dir_open_private(const char *path, char *err, size_t errlen)
{
	struct stat st;
	int fd;

	fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0 && errno == ENOENT) {
		if (cog_mkdirs(path, 0700, 0700) < 0) {
			snprintf(err, errlen, "cannot create '%s': %s", path,
			    strerror(errno));
			return -1;
		}
		fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	}
	if (fd < 0) {
		snprintf(err, errlen, "cannot open '%s': %s", path,
		    strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0) {
		snprintf(err, errlen, "cannot open '%s': %s", path,
		    strerror(errno));
		close(fd);
		return -1;
	}
	if (st.st_mode & (S_IWGRP | S_IWOTH)) {
		snprintf(err, errlen, "'%s' can be written by %s: not writing "
		    "there (chmod go-w)", path, st.st_mode & S_IWOTH ?
		    "all users" : "its group");
		close(fd);
		return -1;
	}
	return fd;
}

int
cog_file_open_at(int dfd, const char *name, int flags, mode_t mode)
{
	struct stat st;
	int fd, fl;

	fd = openat(dfd, name, flags | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY |
	    O_NONBLOCK, mode);
	if (fd < 0 && errno == ENXIO)
		errno = EINVAL;	/* a fifo without a reader, a socket */
	if (fd < 0)
		return -1;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		errno = EINVAL;
		return -1;
	}
	if ((fl = fcntl(fd, F_GETFL)) < 0 ||
	    fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) < 0) {
		close(fd);
		return -1;
	}
	return fd;
}

int
cog_fd_read(int fd, struct cog_buf *b)
{
	char chunk[65536];
	ssize_t r;

	while ((r = read(fd, chunk, sizeof(chunk))) != 0) {
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		cog_buf_add(b, chunk, (size_t)r);
	}
	return 0;
}

int
cog_file_read(const char *path, struct cog_buf *b)
{
	int fd, saved, rc;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return -1;
	rc = cog_fd_read(fd, b);
	saved = errno;
	close(fd);
	errno = saved;
	return rc;
}
