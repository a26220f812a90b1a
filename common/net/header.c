/* header.c -- HTTP response header lines, as a header callback sees them */
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "net/header.h"
#include "net/retry.h"

long
cog_header_status(const char *line, size_t n)
{
	size_t i = 5;
	long code = 0;
	int k;

	if (n < 5 || strncmp(line, "HTTP/", 5) != 0)
		return -1;
	while (i < n && line[i] != ' ')
		i++;
	while (i < n && line[i] == ' ')
		i++;
	for (k = 0; k < 3; k++, i++) {
		if (i >= n || !isdigit((unsigned char)line[i]))
			return -1;
		code = code * 10 + line[i] - '0';
	}
	if (i < n && line[i] != ' ' && line[i] != '\r' && line[i] != '\n')
		return -1;
	return code;
}

int
cog_header_match(const char *line, size_t n, const char *name,
    const char **v, size_t *vn)
{
	size_t len = strlen(name);
	const char *p, *end = line + n;

	if (n <= len || line[len] != ':' || strncasecmp(line, name, len) != 0)
		return 0;
	p = line + len + 1;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	while (end > p && (end[-1] == '\r' || end[-1] == '\n' ||
	    end[-1] == ' ' || end[-1] == '\t'))
		end--;
	*v = p;
	*vn = (size_t)(end - p);
	return 1;
}

/* Parse decimal digits at *p (before end) into *out; advance *p. */
static int
number(const char **p, const char *end, long long *out)
{
	const char *start = *p;

	*out = 0;
	while (*p < end && isdigit((unsigned char)**p)) {
		if (*out > (1LL << 53))
			return -1;
		*out = *out * 10 + (**p - '0');
		(*p)++;
	}
	return *p > start ? 0 : -1;
}

int
cog_header_value(const char *v, size_t vn, char *out, size_t size)
{
	size_t n = vn < size ? vn : size - 1;

	memcpy(out, v, n);
	out[n] = '\0';
	return n == vn ? 0 : -1;
}

int
cog_header_content_range(const char *v, size_t n, long long *first,
    long long *last, long long *size)
{
	const char *p = v, *end = v + n;

	if (n < 6 || strncasecmp(p, "bytes ", 6) != 0)
		return -1;
	p += 6;
	while (p < end && *p == ' ')
		p++;
	if (number(&p, end, first) < 0 || p == end || *p++ != '-' ||
	    number(&p, end, last) < 0 || p == end || *p++ != '/' ||
	    *last < *first)
		return -1;
	if (p < end && *p == '*') {
		*size = -1;
		p++;
	} else if (number(&p, end, size) < 0 || *size <= *last) {
		return -1;
	}
	return p == end ? 0 : -1;
}

int
cog_header_auth_param(const char *v, size_t n, const char *param,
    char *out, size_t size)
{
	size_t plen = strlen(param), o;
	const char *p = v, *end = v + n;

	while (p < end) {
		const char *name;

		while (p < end && (*p == ' ' || *p == ',' || *p == '\t'))
			p++;
		name = p;
		while (p < end && *p != '=' && *p != ' ' && *p != ',')
			p++;
		if (p == end || *p != '=') {
			/* The scheme, or a token68: skip the word. */
			continue;
		}
		if ((size_t)(p - name) == plen &&
		    strncasecmp(name, param, plen) == 0) {
			p++;
			o = 0;
			if (p < end && *p == '"') {
				for (p++; p < end && *p != '"'; p++) {
					if (*p == '\\' && p + 1 < end)
						p++;
					if (o + 1 >= size)
						return -1;
					out[o++] = *p;
				}
			} else {
				for (; p < end && *p != ',' && *p != ' '; p++) {
					if (o + 1 >= size)
						return -1;
					out[o++] = *p;
				}
			}
			out[o] = '\0';
			return 0;
		}
		/* Skip this parameter's value. */
		p++;
		if (p < end && *p == '"') {
			for (p++; p < end && *p != '"'; p++)
				if (*p == '\\' && p + 1 < end)
					p++;
			if (p < end)
				p++;
		} else {
			while (p < end && *p != ',')
				p++;
		}
	}
	return -1;
}

void
cog_header_retry_reset(struct cog_header_retry *r)
{
	r->retry_after = -1;
	r->www_auth[0] = '\0';
}

int
cog_header_retry_line(const char *line, size_t n,
    struct cog_header_retry *r)
{
	const char *v;
	char tmp[128];
	size_t vn;

	if (cog_header_match(line, n, "Retry-After", &v, &vn)) {
		if (cog_header_value(v, vn, tmp, sizeof(tmp)) == 0)
			r->retry_after = cog_retry_after_parse(tmp,
			    time(NULL));
		return 1;
	}
	if (cog_header_match(line, n, "WWW-Authenticate", &v, &vn)) {
		cog_header_value(v, vn, r->www_auth, sizeof(r->www_auth));
		return 1;
	}
	return 0;
}
