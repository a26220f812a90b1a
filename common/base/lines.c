/* lines.c -- read input files line by line, any line length */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/err.h"
#include "base/lines.h"

#define CHUNK (256 * 1024)

/* What a regular file has left to read from its offset, else -1. */
static long long
size_left(int fd)
{
	struct stat st;
	off_t at;

	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode))
		return -1;
	at = lseek(fd, 0, SEEK_CUR);
	if (at < 0 || at > st.st_size)
		at = 0;
	return (long long)(st.st_size - at);
}

void
cog_lines_fd(struct cog_lines *l, int fd, const char *name)
{
	memset(l, 0, sizeof(*l));
	l->fd = fd;
	l->name = name;
	l->left = size_left(fd);
	l->sized = l->left >= 0;
}

int
cog_lines_open(struct cog_lines *l, const char *path)
{
	int fd;

	if (path == NULL || strcmp(path, "-") == 0) {
		cog_lines_fd(l, 0, "<stdin>");
		return 0;
	}
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return -1;
	cog_lines_fd(l, fd, path);
	return 0;
}

/* Read more input after the pending bytes; return bytes read, 0, or -1. */
static ssize_t
fill(struct cog_lines *l)
{
	size_t pending = l->end - l->start, want = CHUNK;
	ssize_t r;

	if (l->start > 0) {
		memmove(l->buf, l->buf + l->start, pending);
		l->start = 0;
		l->end = pending;
	}
	/*
	 * The rest of a small file, and a byte more to see its end, fits in
	 * a buffer of that size; else read a chunk or more at a time.
	 */
	if (l->sized && l->left < CHUNK)
		want = (size_t)l->left + 1;
	if (l->cap - l->end < want) {
		/* A long line: grow.  A short one after a long one: shrink. */
		if (want < CHUNK)
			l->cap = l->end + want;
		else
			l->cap = l->cap < CHUNK ? 2 * CHUNK : l->cap * 2;
		l->buf = cog_xrealloc(l->buf, l->cap);
	} else if (l->cap > 16 * CHUNK && pending < CHUNK) {
		l->cap = 2 * CHUNK;
		l->buf = cog_xrealloc(l->buf, l->cap);
	}
	do
		r = read(l->fd, l->buf + l->end, l->cap - l->end);
	while (r < 0 && errno == EINTR);
	if (r > 0) {
		l->end += (size_t)r;
		/* A file that grows while it is read: read it by chunks. */
		l->left -= r;
		if (l->left < 0)
			l->sized = 0;
	}
	return r;
}

/* Read more; at end of input set eof.  Return bytes read, 0 or -1. */
static ssize_t
more(struct cog_lines *l)
{
	ssize_t r = fill(l);

	if (r == 0)
		l->eof = 1;
	return r;
}

/* At end of input: take the pending bytes as the last line. */
static char *
rest(struct cog_lines *l)
{
	char *p = l->buf + l->start;

	l->start = l->end;
	l->lineno++;
	l->unterminated = 1;
	return p;
}

int
cog_lines_next(struct cog_lines *l, char **line, size_t *len, int *nl)
{
	size_t scanned = 0;
	char *p;

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
			*len = scanned;
			*nl = 0;
			*line = rest(l);
			return 1;
		}
		if (more(l) < 0)
			return -1;
	}
}

int
cog_lines_peek(struct cog_lines *l, const char **line, size_t *len)
{
	size_t i = 0, blank;
	const char *p, *nl;

	for (;;) {
		/* Nothing read yet: no arithmetic on a NULL buffer. */
		if (l->buf == NULL && more(l) < 0)
			return -1;
		p = l->buf + l->start;
		/* Skip the blank lines, then look for the end of the next. */
		for (;;) {
			blank = cog_strspn(p + i, l->end - l->start - i, " \t\r");
			nl = memchr(p + i + blank, '\n',
			    l->end - l->start - i - blank);
			if (nl == NULL || nl != p + i + blank)
				break;
			i = (size_t)(nl - p) + 1;
		}
		if (nl != NULL || l->eof) {
			*line = p + i;
			*len = nl ? (size_t)(nl - *line) : l->end - l->start - i;
			return 1;
		}
		if (more(l) < 0)
			return -1;
	}
}

long
cog_lines_read(struct cog_lines *l)
{
	return (long)more(l);
}

int
cog_lines_ready(const struct cog_lines *l)
{
	size_t left = l->end - l->start;

	return left > 0 && (l->eof || memchr(l->buf + l->start, '\n', left));
}

int
cog_lines_take(struct cog_lines *l, char **line, size_t *len)
{
	int nl;

	if (!cog_lines_ready(l))
		return 0;
	return cog_lines_next(l, line, len, &nl);
}

void
cog_lines_close(struct cog_lines *l)
{
	if (l->fd > 0)
		close(l->fd);
	free(l->buf);
	l->buf = NULL;
}

static unsigned long
count_lines(const char *p, size_t n)
{
	const char *end = p + n;
	unsigned long count = 0;

	while (p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		count++;
		p++;
	}
	return count;
}

int
cog_lines_block(struct cog_lines *l, struct cog_buf *b, size_t want,
    unsigned long *nlines)
{
	size_t before = b->len, avail;
	char *last;

	*nlines = 0;
	for (;;) {
		avail = l->end - l->start;
		last = avail ? memrchr(l->buf + l->start, '\n', avail) : NULL;
		if (last != NULL) {
			size_t take = (size_t)(last + 1 - (l->buf + l->start));
			unsigned long c = count_lines(l->buf + l->start, take);

			cog_buf_add(b, l->buf + l->start, take);
			l->start += take;
			l->lineno += c;
			*nlines += c;
			if (b->len - before >= want || l->eof)
				return 1;
		} else if (l->eof) {
			if (avail == 0)
				return b->len > before;
			cog_buf_add(b, rest(l), avail);
			(*nlines)++;
			return 1;
		}
		if (more(l) < 0)
			return -1;
	}
}

void
cog_trim(const char **s, size_t *n)
{
	size_t lead = cog_strspn(*s, *n, " \t\r\n");

	*s += lead;
	*n -= lead;
	while (*n > 0 && strchr(" \t\r\n", (*s)[*n - 1]) != NULL)
		(*n)--;
}

size_t
cog_strspn(const char *s, size_t n, const char *set)
{
	size_t i;

	for (i = 0; i < n && s[i] != '\0' && strchr(set, s[i]) != NULL; i++)
		;
	return i;
}
