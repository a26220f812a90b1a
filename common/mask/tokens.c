/* tokens.c -- find the replacement tokens of cog-mask in a text */
#include <string.h>

#include "mask/tokens.h"
#include "pii/types.h"

#define ENCRYPT_MIN 22

static int
upper(int c)
{
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static int
hexdigit(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

static int
b64url(int c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	    (c >= '0' && c <= '9') || c == '-' || c == '_';
}

static int
defined(const char *name, size_t n)
{
	int t = cog_type_lookup(name, n);
	const char *canon = t < 0 ? NULL : cog_type_name(t);

	return canon && strlen(canon) == n && memcmp(canon, name, n) == 0;
}

/* The token starting at s[i] == '[', if any, into t. */
static int
token_at(const char *s, size_t n, size_t i, struct cog_token *t)
{
	size_t e = i + 1, q, k;

	if (e >= n || !(s[e] >= 'A' && s[e] <= 'Z'))
		return 0;
	while (e < n && upper((unsigned char)s[e]) &&
	    e - i <= COG_TOKEN_TYPE_MAX + 17)
		e++;
	if (e >= n)
		return 0;
	t->start = i;
	t->type = s + i + 1;
	if (s[e] == ':') {
		if (e - i - 1 > COG_TOKEN_TYPE_MAX)
			return 0;
		for (q = e + 1; q < n && b64url((unsigned char)s[q]); q++)
			;
		if (q >= n || s[q] != ']' || q - e - 1 < ENCRYPT_MIN)
			return 0;
		t->typelen = e - i - 1;
		t->end = q + 1;
		t->form = COG_TOKEN_ENCRYPT;
		return 1;
	}
	/* The hex digits may begin inside the upper-case run. */
	for (q = e; q < n && q - e < 16 && hexdigit((unsigned char)s[q]); q++)
		;
	if (q < n && s[q] == ']' && q >= i + 19 && s[q - 17] == '_' &&
	    q - 17 <= e && q - 17 - i - 1 <= COG_TOKEN_TYPE_MAX) {
		for (k = q - 16; k < q && hexdigit((unsigned char)s[k]); k++)
			;
		if (k == q) {
			t->typelen = q - 17 - i - 1;
			t->end = q + 1;
			t->form = COG_TOKEN_HASH;
			return 1;
		}
	}
	if (s[e] == ']' && e - i - 1 <= COG_TOKEN_TYPE_MAX &&
	    defined(s + i + 1, e - i - 1)) {
		t->typelen = e - i - 1;
		t->end = e + 1;
		t->form = COG_TOKEN_REDACT;
		return 1;
	}
	return 0;
}

int
cog_token_next(const char *s, size_t n, size_t *pos, struct cog_token *t)
{
	const char *p;
	size_t i = *pos;

	while (i < n && (p = memchr(s + i, '[', n - i)) != NULL) {
		i = (size_t)(p - s);
		if (token_at(s, n, i, t)) {
			*pos = t->end;
			return 1;
		}
		i++;
	}
	*pos = n;
	return 0;
}
