/* csv.h -- records of comma-separated values (RFC 4180), read and written */
#ifndef COG_CSV_H
#define COG_CSV_H

#include <stddef.h>

#include "base/buf.h"
#include "base/lines.h"

/*
 * A record: its fields' decoded text, one after the other in text, field
 * i from off[i] to off[i + 1]; quoted[i] tells whether it was quoted.
 * The record's bytes as read are in raw, without its line end ("\n",
 * "\r\n" or "" at the end of the input), which is in eol.  Zero it first.
 */
struct cog_csv {
	struct cog_buf raw, text;
	size_t *off;
	unsigned char *quoted;
	size_t nfields, cap;
	const char *eol;
	unsigned long lineno;	/* the line the record starts on */
};

/*
 * Read the next record from l, with fields separated by sep: a quoted
 * field may hold separators, doubled quotes and line ends.  Return 1 for
 * a record, 0 at the end of input, -1 on a read error (errno set), or -2
 * when the record is not valid CSV, with a static reason in *why and the
 * offset in the raw record in *at (the record is then still in raw).
 */
int cog_csv_next(struct cog_lines *l, int sep, struct cog_csv *r,
    const char **why, size_t *at);

/*
 * Append the n bytes at s as a field to out, quoted when quote is set or
 * when they hold sep, a quote or a line end.
 */
void cog_csv_add_field(struct cog_buf *out, const char *s, size_t n,
    int sep, int quote);

void cog_csv_release(struct cog_csv *r);

#endif
