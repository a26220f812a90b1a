/* tmpdir.c -- a private working folder that no killed run leaves behind */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/tmpdir.h"

#define MAKE_TRIES 8

/* Unlink every entry of the folder fd but folders; fd stays open. */
static void
empty(int fd)
{
	struct dirent *e;
	DIR *d;
	int dup_fd;

	if ((dup_fd = dup(fd)) < 0)
		return;
	if ((d = fdopendir(dup_fd)) == NULL) {
		close(dup_fd);
		return;
	}
	rewinddir(d);
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			unlinkat(fd, e->d_name, 0);
	closedir(d);
}

/* Whether name is "<prefix>.XXXXXX", as mkdtemp(3) makes them. */
static int
ours_by_name(const char *name, const char *prefix)
{
	size_t n = strlen(prefix);

	return strncmp(name, prefix, n) == 0 && name[n] == '.' &&
	    strlen(name + n + 1) == 6 && strchr(name + n + 1, '/') == NULL;
}

/*
 * Remove the folder name under the folder top when it is one of ours
 * (this user's, mode 0700, no link) and no live run holds its lock.
 */
static void
remove_stale(int top, const char *name)
{
	struct stat st;
	int fd;

	fd = openat(top, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC);
	if (fd < 0)
		return;
	if (fstat(fd, &st) == 0 && st.st_uid == geteuid() &&
	    (st.st_mode & 07777) == 0700 && flock(fd, LOCK_EX | LOCK_NB) == 0) {
		empty(fd);
		unlinkat(top, name, AT_REMOVEDIR);
	}
	close(fd);
}

static void
remove_stale_all(const char *top, const char *prefix)
{
	struct dirent *e;
	DIR *d;

	if ((d = opendir(top)) == NULL)
		return;
	while ((e = readdir(d)) != NULL)
		if (ours_by_name(e->d_name, prefix))
			remove_stale(dirfd(d), e->d_name);
	closedir(d);
}

int
cog_tmpdir_make(struct cog_tmpdir *t, const char *prefix, char *err,
    size_t errlen)
{
	const char *top = getenv("TMPDIR");
	struct cog_buf b = COG_BUF_INIT;
	struct stat st;
	int i, fd = -1;

	t->path = NULL;
	t->fd = -1;
	if (top == NULL || *top == '\0')
		top = "/tmp";
	remove_stale_all(top, prefix);
	for (i = 0; i < MAKE_TRIES && fd < 0; i++) {
		cog_buf_reset(&b);
		cog_buf_addf(&b, "%s/%s.XXXXXX", top, prefix);
		if (mkdtemp(b.p) == NULL) {
			snprintf(err, errlen, "cannot create a directory in "
			    "'%s': %s", top, strerror(errno));
			cog_buf_release(&b);
			return -1;
		}
		fd = open(b.p, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
		    O_CLOEXEC);
		if (fd < 0)	/* removed as stale before it was ours */
			continue;
		/*
		 * Wait for a run cleaning it up to be done; a folder it
		 * removed has no link left: make another.
		 */
		if (flock(fd, LOCK_EX) < 0 || fstat(fd, &st) < 0 ||
		    st.st_nlink == 0) {
			close(fd);
			fd = -1;
		}
	}
	if (fd < 0) {
		snprintf(err, errlen, "cannot create a directory in '%s': %s",
		    top, strerror(errno ? errno : EAGAIN));
		cog_buf_release(&b);
		return -1;
	}
	t->path = cog_buf_detach(&b, NULL);
	t->fd = fd;
	return 0;
}

void
cog_tmpdir_remove(struct cog_tmpdir *t)
{
	if (t->fd < 0)
		return;
	empty(t->fd);
	rmdir(t->path);
	close(t->fd);
	t->fd = -1;
	free(t->path);
	t->path = NULL;
}
