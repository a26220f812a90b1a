/* file.h -- whole-file reads and atomic replacement */
#ifndef COG_FILE_H
#define COG_FILE_H

#include <stddef.h>
#include <sys/types.h>

#include "base/buf.h"

/*
 * Replace path with the n bytes at data, atomically: write a temporary
 * file in the same directory with the given mode (less the umask), flush
 * it to disk and rename it into place.  Return 0, or -1 with errno set.
 */
int cog_file_replace(const char *path, const void *data, size_t n,
    mode_t mode);

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

#endif
