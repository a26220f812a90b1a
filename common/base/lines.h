/* lines.h -- read input files line by line, any line length */
#ifndef COG_LINES_H
#define COG_LINES_H

#include <stddef.h>

#include "base/buf.h"

struct cog_lines {
	int fd;
	const char *name;	/* for diagnostics: "<stdin>" or the path */
	char *buf;
	size_t cap, start, end;
	unsigned long lineno;	/* number of the line last returned, from 1 */
	int eof;
	int unterminated;	/* the last line had no newline */
	int sized;		/* a regular file, of which we know ... */
	long long left;		/* ... how much is unread */
};

/*
 * Open path for reading ("-" or NULL is standard input).  Return 0, or -1
 * with errno set.
 */
int cog_lines_open(struct cog_lines *l, const char *path);

/* Read the open descriptor fd instead, name in diagnostics; closed by
 * cog_lines_close unless it is 0. */
void cog_lines_fd(struct cog_lines *l, int fd, const char *name);

/*
 * Return the next line in *line and *len, without its terminator; *nl is
 * the terminator's length (1 for "\n", 0 for a last line without one).
 * The line may be modified and stays valid until the next call.  Return 1
 * for a line, 0 at end of input, -1 on a read error (errno set).
 */
int cog_lines_next(struct cog_lines *l, char **line, size_t *len, int *nl);

/*
 * Look at the first line that is not blank without taking it: read until
 * one is buffered (or the input ends) and point *line at it and *len at
 * its length, without its terminator (*len 0 when there is none).  Return
 * 1, or -1 on a read error.
 */
int cog_lines_peek(struct cog_lines *l, const char **line, size_t *len);

/*
 * Append whole lines to b: every whole line buffered, reading more until
 * b grew by at least want bytes (want 1: until there is one line) or the
 * input ends, when the unterminated rest counts as a line.  *nlines
 * receives the number of lines appended.  Return 1, 0 at end of input,
 * -1 on a read error.
 */
int cog_lines_block(struct cog_lines *l, struct cog_buf *b, size_t want,
    unsigned long *nlines);

/*
 * For input read only when poll(2) says it is readable, and lines taken
 * without waiting.  cog_lines_read reads once: return the number of
 * bytes read, 0 at end of input, or -1 with errno set (EAGAIN when there
 * was nothing after all).
 */
long cog_lines_read(struct cog_lines *l);

/*
 * Take the next whole line already read (or the unterminated rest, at
 * end of input), as cog_lines_next but without reading: return 1, or 0
 * when there is none yet.  cog_lines_ready says whether there is one.
 */
int cog_lines_take(struct cog_lines *l, char **line, size_t *len);
int cog_lines_ready(const struct cog_lines *l);

/* Move *s and shrink *n past the blanks and line ends at both sides. */
void cog_trim(const char **s, size_t *n);

/* Length of the prefix of the n bytes at s made of bytes of set. */
size_t cog_strspn(const char *s, size_t n, const char *set);

/* Is the line (n bytes, no terminator) empty or only blanks and CR? */
static inline int
cog_blank(const char *s, size_t n)
{
	return cog_strspn(s, n, " \t\r") == n;
}

/* Close the input (not standard input) and free the buffer. */
void cog_lines_close(struct cog_lines *l);

#endif
