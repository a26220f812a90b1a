/* lines.c -- read input files line by line, any line length */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"
#include "lines.h"

#define CHUNK (256 * 1024)

int
cog_lines_open(struct cog_lines *l, const char *path)
{
	memset(l, 0, sizeof(*l));
	if (path == NULL || strcmp(path, "-") == 0) {
		l->fd = 0;
		l->name = "<stdin>";
	} else {
		if ((l->fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
			return -1;
		l->name = path;
	}
	return 0;
}

/* Read more input after the pending bytes; return bytes read, 0, or -1. */
static ssize_t
fill(struct cog_lines *l)
{
	size_t pending = l->end - l->start;
	ssize_t r;

	if (l->start > 0) {
		memmove(l->buf, l->buf + l->start, pending);
		l->start = 0;
		l->end = pending;
	}
	if (l->cap - l->end < CHUNK) {
		/* A long line: grow.  A short one after a long one: shrink. */
		l->cap = l->cap < CHUNK ? 2 * CHUNK : l->cap * 2;
		l->buf = cog_xrealloc(l->buf, l->cap);
	} else if (l->cap > 16 * CHUNK && pending < CHUNK) {
		l->cap = 2 * CHUNK;
		l->buf = cog_xrealloc(l->buf, l->cap);
	}
	do
		r = read(l->fd, l->buf + l->end, l->cap - l->end);
	while (r < 0 && errno == EINTR);
	if (r > 0)
		l->end += (size_t)r;
	return r;
}

int
cog_lines_next(struct cog_lines *l, char **line, size_t *len, int *nl)
{
	size_t scanned = 0;
	char *p;
	ssize_t r;

	for (;;) {
		p = l->end - l->start > scanned ? memchr(l->buf + l->start +
		    scanned, '\n', l->end - l->start - scanned) : NULL;
		if (p != NULL) {
			*line = l->buf + l->start;
			*len = (size_t)(p - *line);
			*nl = 1;
			l->start += *len + 1;
			l->lineno++;
			return 1;
		}
		scanned = l->end - l->start;
		if (l->eof) {
			if (scanned == 0)
				return 0;
			*line = l->buf + l->start;
			*len = scanned;
			*nl = 0;
			l->start = l->end;
			l->lineno++;
			return 1;
		}
		if ((r = fill(l)) < 0)
			return -1;
		if (r == 0)
			l->eof = 1;
	}
}

void
cog_lines_close(struct cog_lines *l)
{
	if (l->fd > 0)
		close(l->fd);
	free(l->buf);
	l->buf = NULL;
}
