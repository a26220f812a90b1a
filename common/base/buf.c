/* buf.c -- growable byte buffers */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"

void
cog_buf_grow(struct cog_buf *b, size_t n)
{
	size_t want;

	if (b->len + n + 1 < b->len)
		cog_die("out of memory");
	want = b->len + n + 1;
	if (want <= b->cap)
		return;
	if (want < b->cap + b->cap / 2)
		want = b->cap + b->cap / 2;
	if (want < 64)
		want = 64;
	b->p = cog_xrealloc(b->p, want);
	b->cap = want;
}

void
cog_buf_vaddf(struct cog_buf *b, const char *fmt, va_list ap)
{
	char small[256];
	va_list ap2;
	int n;

	/* Short results (nearly all) are formatted once. */
	va_copy(ap2, ap);
	n = vsnprintf(small, sizeof(small), fmt, ap2);
	va_end(ap2);
	if (n < 0)
		cog_die("bad format string '%s'", fmt);
	if ((size_t)n < sizeof(small)) {
		cog_buf_add(b, small, (size_t)n);
		return;
	}
	cog_buf_grow(b, (size_t)n);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void
cog_buf_addf(struct cog_buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	cog_buf_vaddf(b, fmt, ap);
	va_end(ap);
}

void
cog_buf_add_json(struct cog_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const uint64_t ones = 0x0101010101010101ULL;
	size_t i = 0, run = 0;

	/* Eight bytes at a time while none is a control byte, '"' or '\\'. */
	for (; i + 8 <= n; i += 8) {
		uint64_t x, q, bs;

		memcpy(&x, s + i, 8);
		q = x ^ ones * '"';
		bs = x ^ ones * '\\';
		if ((((x - ones * 0x20) & ~x) | ((q - ones) & ~q) |
		    ((bs - ones) & ~bs)) & ones * 0x80)
			break;
	}
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		char esc;

		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		cog_buf_add(b, s + run, i - run);
		run = i + 1;
		switch (c) {
		case '"': esc = '"'; break;
		case '\\': esc = '\\'; break;
		case '\n': esc = 'n'; break;
		case '\r': esc = 'r'; break;
		case '\t': esc = 't'; break;
		case '\b': esc = 'b'; break;
		case '\f': esc = 'f'; break;
		default: esc = 0; break;
		}
		if (esc) {
			char e[2] = { '\\', esc };
			cog_buf_add(b, e, 2);
		} else {
			char u[6] = { '\\', 'u', '0', '0', hex[c >> 4],
			    hex[c & 15] };
			cog_buf_add(b, u, 6);
		}
	}
	cog_buf_add(b, s + run, n - run);
}

void
cog_buf_add_jstr(struct cog_buf *b, const char *s, size_t n)
{
	cog_buf_addc(b, '"');
	cog_buf_add_json(b, s, n);
	cog_buf_addc(b, '"');
}

void
cog_buf_release(struct cog_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

char *
cog_buf_detach(struct cog_buf *b, size_t *len)
{
	char *p = b->p;

	if (p == NULL)
		p = cog_xstrdup("");
	if (len)
		*len = b->len;
	b->p = NULL;
	b->len = b->cap = 0;
	return p;
}
