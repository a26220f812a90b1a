/* buf.h -- growable byte buffers */
#ifndef COG_BUF_H
#define COG_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

/*
 * A buffer owns p; len bytes are used, and p[len] is always '\0' once
 * anything was added, so p can be used as a C string when the data has
 * no NUL.  Initialise with COG_BUF_INIT or a zeroed struct.
 */
struct cog_buf {
	char *p;
	size_t len, cap;
};

#define COG_BUF_INIT { NULL, 0, 0 }

/* Make room for n more bytes (plus the terminating NUL). */
void cog_buf_grow(struct cog_buf *b, size_t n);

static inline void
cog_buf_add(struct cog_buf *b, const void *data, size_t n)
{
	if (b->cap - b->len <= n)
		cog_buf_grow(b, n);
	memcpy(b->p + b->len, data, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static inline void
cog_buf_addc(struct cog_buf *b, int c)
{
	if (b->cap - b->len <= 1)
		cog_buf_grow(b, 1);
	b->p[b->len++] = (char)c;
	b->p[b->len] = '\0';
}

static inline void
cog_buf_adds(struct cog_buf *b, const char *s)
{
	cog_buf_add(b, s, strlen(s));
}

void cog_buf_addf(struct cog_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void cog_buf_vaddf(struct cog_buf *b, const char *fmt, va_list ap);

/* Append s as the body of a JSON string (no quotes), escaping as needed. */
void cog_buf_add_json(struct cog_buf *b, const char *s, size_t n);

/* Append s as a quoted JSON string. */
void cog_buf_add_jstr(struct cog_buf *b, const char *s, size_t n);

/* Drop everything after the first len bytes. */
static inline void
cog_buf_truncate(struct cog_buf *b, size_t len)
{
	if (len < b->len) {
		b->len = len;
		b->p[len] = '\0';
	}
}

static inline void
cog_buf_reset(struct cog_buf *b)
{
	cog_buf_truncate(b, 0);
}

/* Free the storage and reset to the empty state. */
void cog_buf_release(struct cog_buf *b);

/* Return the storage (caller frees) and reset to the empty state. */
char *cog_buf_detach(struct cog_buf *b, size_t *len);

#endif
