/* tokens.c -- find the replacement tokens of cog-mask in a text, and vet them */
#include <string.h>

#include "mask/tokens.h"
#include "pii/names.h"
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

void
cog_token_vetter_release(struct cog_token_vetter *v)
{
	cog_spans_release(&v->found);
	cog_spans_release(&v->part);
	cog_buf_release(&v->plain);
}

/*
 * Look for entities in the n bytes at s + off, alone; add them to
 * v->found at their offsets in s.  Names and places are not looked for:
 * they are words in a text, and one run of letters and digits, alone,
 * reads as a name too often (1 in 3,000 random ciphertexts).
 */
static void
look_into(struct cog_token_vetter *v, const char *s, size_t off, size_t n)
{
	size_t i;

	cog_detect(v->det, s + off, n, &v->part);
	for (i = 0; i < v->part.n; i++) {
		const struct cog_span *sp = &v->part.v[i];

		if (!(COG_TYPEBIT(sp->type) & COG_NAMES_TYPES))
			cog_spans_add(&v->found, off + sp->start,
			    off + sp->end, sp->type, sp->score);
	}
}

/* Does the ciphertext of the encrypt token t decrypt under v->keys? */
static int
decrypts(struct cog_token_vetter *v, const char *s, const struct cog_token *t)
{
	char type[COG_TOKEN_TYPE_MAX + 1];
	size_t body = t->start + 1 + t->typelen + 1;

	memcpy(type, t->type, t->typelen);
	type[t->typelen] = '\0';
	cog_buf_reset(&v->plain);
	return cog_keys_decrypt(v->keys, type, s + body, t->end - 1 - body,
	    &v->plain) == 0;
}

/* A type name that is no type here, with a digit: a number hides in it. */
static int
numbered(const struct cog_token *t)
{
	size_t k;

	if (defined(t->type, t->typelen))
		return 0;
	for (k = 0; k < t->typelen; k++)
		if (t->type[k] >= '0' && t->type[k] <= '9')
			return 1;
	return 0;
}

int
cog_token_vet(struct cog_token_vetter *v, const char *s,
    const struct cog_token *t)
{
	size_t body = t->start + 1 + t->typelen + 1;
	int verdict;

	v->found.n = 0;
	if (t->form == COG_TOKEN_REDACT)
		return COG_TOKEN_GENUINE;
	if (t->form == COG_TOKEN_HASH)
		return numbered(t) ? COG_TOKEN_FOREIGN : COG_TOKEN_GENUINE;
	if (v->keys != NULL && decrypts(v, s, t))
		return COG_TOKEN_GENUINE;
	verdict = v->keys != NULL || numbered(t) ? COG_TOKEN_FOREIGN :
	    COG_TOKEN_UNCHECKED;
	look_into(v, s, body, t->end - 1 - body);
	if (v->found.n > 0) {
		cog_spans_merge(&v->found);
		return COG_TOKEN_HOLDS_PII;
	}
	return verdict;
}

/* The most a look-alike may hold between its brackets. */
#define LOOKALIKE_MAX 256

/*
 * Is there a look-alike of a token at s[i] == '['?  Then the end of its
 * type-like name (and of a ':' after it) goes to *name_end, its end to
 * *end.
 */
static int
lookalike(const char *s, size_t n, size_t i, size_t *name_end, size_t *end)
{
	size_t e = i + 1, q;
	int digit = 0, glued = 0;

	if (e >= n || !(s[e] >= 'A' && s[e] <= 'Z'))
		return 0;
	for (; e < n && upper((unsigned char)s[e]); e++) {
		digit |= s[e] >= '0' && s[e] <= '9';
		glued |= s[e] == '_';
	}
	if (e < n && s[e] == ':')
		glued = 1, e++;
	for (q = e; q < n && s[q] != ']'; q++)
		if ((unsigned char)s[q] <= ' ' || s[q] == '[' ||
		    s[q] == 0x7f || q - i > LOOKALIKE_MAX)
			return 0;
	if (q >= n)
		return 0;
	/*
	 * "[IBAN_CODE_DE89370400440532013000]" and "[PERSON_Dennis]" are
	 * look-alikes; "[SURNAME]" may be a user's redact token, "[Dennis]"
	 * and "[OK]" are text.
	 */
	if (q == e ? !digit : !glued)
		return 0;
	*name_end = e;
	*end = q + 1;
	return 1;
}

size_t
cog_token_open(char *s, size_t n)
{
	size_t i = 0, k, name_end, end, opened = 0;
	char *p;

	while (i < n && (p = memchr(s + i, '[', n - i)) != NULL) {
		i = (size_t)(p - s);
		if (!lookalike(s, n, i, &name_end, &end)) {
			i++;
			continue;
		}
		s[i] = ' ';
		for (k = i + 1; k < name_end; k++)
			if (s[k] == '_' || s[k] == ':')
				s[k] = ' ';
		s[end - 1] = ' ';
		opened++;
		i = end;
	}
	return opened;
}
