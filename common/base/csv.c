/* csv.c -- records of comma-separated values (RFC 4180), read and written */
#include <stdlib.h>
#include <string.h>

#include "base/csv.h"
#include "base/err.h"

static void
add_field(struct cog_csv *r, int quoted)
{
	if (r->nfields + 2 > r->cap) {
		r->cap = r->cap ? 2 * r->cap : 16;
		r->off = cog_xrealloc(r->off, r->cap * sizeof(*r->off));
		r->quoted = cog_xrealloc(r->quoted, r->cap);
	}
	r->quoted[r->nfields] = (unsigned char)quoted;
	r->off[++r->nfields] = r->text.len;
}

/*
 * Split the raw record (without its line end) into fields.  Return 0, 1
 * when it ends inside a quoted field (the next line belongs to it), or -1
 * with the reason in *why.
 */
static int
split(struct cog_csv *r, const char *s, size_t n, int sep, const char **why,
    size_t *at)
{
	size_t i = 0;
	int quoted;

	if (r->cap < 2)
		add_field(r, 0);
	r->off[0] = 0;
	r->nfields = 0;
	cog_buf_reset(&r->text);
	for (;;) {
		quoted = i < n && s[i] == '"';
		if (quoted) {
			for (i++;; i++) {
				if (i == n)
					return 1;
				if (s[i] == '"') {
					if (i + 1 < n && s[i + 1] == '"')
						i++;
					else
						break;
				}
				cog_buf_addc(&r->text, s[i]);
			}
			i++;
			if (i < n && s[i] != sep) {
				*why = "a quoted field goes on after its "
				    "closing quote";
				*at = i;
				return -1;
			}
		} else {
			size_t e = i;

			while (e < n && s[e] != sep)
				e++;
			cog_buf_add(&r->text, s + i, e - i);
			i = e;
		}
		add_field(r, quoted);
		if (i == n)
			return 0;
		i++;	/* the separator */
	}
}

int
cog_csv_next(struct cog_lines *l, int sep, struct cog_csv *r,
    const char **why, size_t *at)
{
	char *line;
	size_t len, body;
	int nl, got, more;

	cog_buf_reset(&r->raw);
	r->nfields = 0;
	if ((got = cog_lines_next(l, &line, &len, &nl)) <= 0)
		return got;
	r->lineno = l->lineno;
	cog_buf_add(&r->raw, line, len);
	for (;;) {
		body = r->raw.len;
		r->eol = "";
		if (nl) {
			r->eol = "\n";
			if (body > 0 && r->raw.p[body - 1] == '\r') {
				body--;
				r->eol = "\r\n";
			}
		}
		more = split(r, r->raw.p ? r->raw.p : "", body, sep, why, at);
		if (more <= 0) {
			cog_buf_truncate(&r->raw, body);
			return more < 0 ? -2 : 1;
		}
		/* A quoted field holds the line end: take the next line. */
		if (!nl || (got = cog_lines_next(l, &line, &len, &nl)) == 0) {
			*why = "a quoted field is not closed";
			*at = r->raw.len;
			return -2;
		}
		if (got < 0)
			return -1;
		cog_buf_addc(&r->raw, '\n');
		cog_buf_add(&r->raw, line, len);
	}
}

void
cog_csv_add_field(struct cog_buf *out, const char *s, size_t n, int sep,
    int quote)
{
	size_t i;

	if (!quote)
		for (i = 0; i < n && !quote; i++)
			quote = s[i] == sep || s[i] == '"' || s[i] == '\n' ||
			    s[i] == '\r';
	if (!quote) {
		cog_buf_add(out, s, n);
		return;
	}
	cog_buf_addc(out, '"');
	for (i = 0; i < n; i++) {
		if (s[i] == '"')
			cog_buf_addc(out, '"');
		cog_buf_addc(out, s[i]);
	}
	cog_buf_addc(out, '"');
}

void
cog_csv_release(struct cog_csv *r)
{
	cog_buf_release(&r->raw);
	cog_buf_release(&r->text);
	free(r->off);
	free(r->quoted);
	memset(r, 0, sizeof(*r));
}
