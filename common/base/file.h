/* file.h -- reading files, and writing them without harm to what a path is */
#ifndef COG_FILE_H
#define COG_FILE_H

#include <stddef.h>
#include <sys/types.h>

#include "base/buf.h"

/*
 * The policy for a file the user names (--stats, --job-file, --failed,
 * ...): what the path is decides how it is written, and nothing that is
 * there is replaced by something else.
 *
 *   "-", /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N
 *	the descriptor itself, as the tool inherited it (never reopened,
 *	so a log opened with >> is appended to, not truncated)
 *   a regular file, or no file yet
 *	replaced atomically: written to a new file beside it (a random
 *	name, created O_EXCL|O_NOFOLLOW, with the mode of the file it
 *	replaces, else mode less the umask), flushed to disk and renamed
 *	over the path; when the directory cannot take a new file, the
 *	regular file is truncated and written in place
 *   anything else: a symbolic link, a fifo, a device
 *	opened and written through, never replaced: a link is followed as
 *	the shell's > follows it (a dangling one is an error: nothing is
 *	created at its target), a fifo or a device gets the bytes
 *
 * An open output file.  fd is where to write; the rest is private.
 */
struct cog_ofile {
	int fd;
	int own;		/* fd is ours to close */
	char *path;		/* as named */
	char *tmp;		/* the new file until commit, else NULL */
};

/*
 * Open path for writing under the policy above; mode is that of a new
 * file (less the umask).  Return 0, or -1 with errno set and nothing
 * created.  Standard output and error are flushed first, so bytes
 * written to fd come after what the tool printed.
 */
int cog_ofile_open(struct cog_ofile *f, const char *path, mode_t mode);

/*
 * Finish: flush to disk and rename a new file into place, close what is
 * ours.  Return 0, or -1 with errno set (the new file removed).  The
 * struct is released either way.
 */
int cog_ofile_commit(struct cog_ofile *f);

/*
 * Give up: remove the new file, if any, and close.  Nothing at the
 * path is changed.  The struct is released.
 */
void cog_ofile_abort(struct cog_ofile *f);

/*
 * Write the n bytes at data to the file the user named path, under the
 * policy above, in one go.  Return 0, or -1 with errno set.
 */
int cog_file_write(const char *path, const void *data, size_t n, mode_t mode);

/*
 * Replace path, a file of the tool's own (a cache, a state file), with
 * the n bytes at data, atomically and whatever is at path now: a new
 * file beside it (random name, O_EXCL|O_NOFOLLOW, mode less the umask),
 * flushed and renamed over it, so a link there is replaced, never
 * followed.  Return 0, or -1 with errno set.
 */
int cog_file_replace(const char *path, const void *data, size_t n,
    mode_t mode);

/*
 * Open the directory path that is to hold files others must not reach
 * (raw transcripts, split files), creating it 0700 when it is missing,
 * and its missing parents as mkdir -p does, 0700 too.  A directory that the group
 * or others can write to is refused: anyone could plant a name in it.
 * Return a descriptor (O_DIRECTORY, close-on-exec) for the *at(2) calls
 * that create files in it, or -1 with a message in err.
 */
int cog_dir_open_private(const char *path, char *err, size_t errlen);

/*
 * Open name under the directory dfd with flags (O_RDONLY, O_WRONLY or
 * O_RDWR, plus O_CREAT, O_EXCL, O_TRUNC, O_APPEND as wanted) and
 * O_NOFOLLOW|O_CLOEXEC added: a symbolic link there is an error (ELOOP),
 * and so is anything but a regular file (EINVAL).  mode is that of a
 * new file.  Return the descriptor, or -1 with errno set.
 */
int cog_file_open_at(int dfd, const char *name, int flags, mode_t mode);

/*
 * Create the directory path and its missing parents, like mkdir -p: the
 * parents with mode parents, path itself with mode (both less the
 * umask).  Return 0, or -1 with errno set.
 */
int cog_mkdirs(const char *path, mode_t parents, mode_t mode);

/*
 * Write all n bytes at p to fd, again after EINTR and short writes.
 * Return 0, or -1 with errno set.
 */
int cog_write_all(int fd, const void *p, size_t n);

/* Append the contents of path to b.  Return 0, or -1 with errno set. */
int cog_file_read(const char *path, struct cog_buf *b);

/* The same for an open descriptor, read from where it is to its end. */
int cog_fd_read(int fd, struct cog_buf *b);

#endif
