/* header.h -- HTTP response header lines, as a header callback sees them */
#ifndef COG_HEADER_H
#define COG_HEADER_H

#include <stddef.h>

/*
 * The status code of a status line ("HTTP/1.1 206 Partial Content\r\n",
 * "HTTP/2 200"), or -1 when line is not one.
 */
long cog_header_status(const char *line, size_t n);

/*
 * When line is the header field name (compared case-insensitively),
 * point *v at its value with surrounding white space and the line end
 * trimmed, and return 1; else return 0.
 */
int cog_header_match(const char *line, size_t n, const char *name,
    const char **v, size_t *vn);

/*
 * Copy the value v (vn bytes, as cog_header_match gives it) into
 * out[size] as a string, cut short when it does not fit.  Return 0, or
 * -1 when it was cut.
 */
int cog_header_value(const char *v, size_t vn, char *out, size_t size);

/*
 * Parse a Content-Range value "bytes FIRST-LAST/SIZE" (SIZE may be '*').
 * Return 0 and the three numbers (size -1 when '*'), or -1.
 */
int cog_header_content_range(const char *v, size_t n, long long *first,
    long long *last, long long *size);

/*
 * Find the value of an auth-param (RFC 9110 11.2) such as scope in a
 * WWW-Authenticate value ('Bearer error="insufficient_scope",
 * scope="sessions:read"'), unquoted, into out[size].  Return 0, or -1
 * when absent or too long.
 */
int cog_header_auth_param(const char *v, size_t n, const char *param,
    char *out, size_t size);

/* What every answer's headers say about trying again. */
struct cog_header_retry {
	long retry_after;	/* seconds asked by Retry-After, or -1 */
	char www_auth[256];	/* WWW-Authenticate, possibly cut short */
};

/* Forget what a previous answer said (at a status line, say). */
void cog_header_retry_reset(struct cog_header_retry *r);

/*
 * When line is a Retry-After or WWW-Authenticate header, keep its value
 * in r and return 1; else return 0.
 */
int cog_header_retry_line(const char *line, size_t n,
    struct cog_header_retry *r);

#endif
