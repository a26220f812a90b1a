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
};

/*
 * Open path for reading ("-" or NULL is standard input).  Return 0, or -1
 * with errno set.
 */
int cog_lines_open(struct cog_lines *l, const char *path);

/*
 * Return the next line in *line and *len, without its terminator; *nl is
 * the terminator's length (1 for "\n", 0 for a last line without one).
 * The line may be modified and stays valid until the next call.  Return 1
 * for a line, 0 at end of input, -1 on a read error (errno set).
 */
int cog_lines_next(struct cog_lines *l, char **line, size_t *len, int *nl);

/*
 * Append whole lines to b: every whole line buffered, reading more until
 * b grew by at least want bytes (want 1: until there is one line) or the
 * input ends, when the unterminated rest counts as a line.  *nlines
 * receives the number of lines appended.  Return 1, 0 at end of input,
 * -1 on a read error.
 */
int cog_lines_block(struct cog_lines *l, struct cog_buf *b, size_t want,
    unsigned long *nlines);

/* Length of the prefix of the n bytes at s made of bytes of set. */
size_t cog_span(const char *s, size_t n, const char *set);

/* Is the line (n bytes, no terminator) empty or only blanks and CR? */
static inline int
cog_blank(const char *s, size_t n)
{
	return cog_span(s, n, " \t\r") == n;
}

/* Close the input (not standard input) and free the buffer. */
void cog_lines_close(struct cog_lines *l);

#endif
