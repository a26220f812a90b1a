/* allow.c -- allow lists: values never masked, for one type or all */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/counter.h"
#include "base/err.h"
#include "pii/allow.h"
#include "pii/normalize.h"
#include "pii/types.h"

struct regex {
	int type;
	pcre2_code *re;
};

/*
 * Values are kept in a set whose keys are a byte of the type (0xff for
 * every type) and the normalised value.
 */
struct cog_allow {
	struct cog_counter values;
	struct regex *re;
	size_t nre;
	cog_typeset value_types;	/* types with a value entry */
	int all_values;			/* an entry for every type */
};

#define ALLBYTE 0xff

struct cog_allow *
cog_allow_new(void)
{
	return cog_xcalloc(1, sizeof(struct cog_allow));
}

void
cog_allow_free(struct cog_allow *a)
{
	size_t i;

	if (a == NULL)
		return;
	cog_counter_release(&a->values);
	for (i = 0; i < a->nre; i++)
		pcre2_code_free(a->re[i].re);
	free(a->re);
	free(a);
}

int
cog_allow_empty(const struct cog_allow *a)
{
	return a == NULL || (a->values.used == 0 && a->nre == 0);
}

static void
key(struct cog_buf *b, int t, const char *s, size_t n)
{
	cog_buf_reset(b);
	cog_buf_addc(b, t < 0 ? ALLBYTE : t);
	cog_normalize_words(s, n, b);
}

static int
add_regex(struct cog_allow *a, int t, const char *s, size_t n, int caseless,
    char *err, size_t errlen)
{
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	pcre2_code *re;
	int code;

	re = pcre2_compile((PCRE2_SPTR)s + 1, n - 2 - caseless, PCRE2_UTF |
	    PCRE2_MATCH_INVALID_UTF | PCRE2_ANCHORED | PCRE2_ENDANCHORED |
	    (caseless ? PCRE2_CASELESS : 0), &code, &off, NULL);
	if (re == NULL) {
		pcre2_get_error_message(code, msg, sizeof(msg));
		snprintf(err, errlen, "bad regex '%.*s': %s at offset %zu",
		    (int)n, s, (char *)msg, (size_t)off);
		return -1;
	}
	(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	a->re = cog_xreallocarray(a->re, a->nre + 1, sizeof(*a->re));
	a->re[a->nre++] = (struct regex){ t, re };
	return 0;
}

int
cog_allow_add(struct cog_allow *a, int t, const char *s, size_t n, char *err,
    size_t errlen)
{
	struct cog_buf b = COG_BUF_INIT;

	if (n >= 2 && s[0] == '/' && s[n - 1] == '/')
		return add_regex(a, t, s, n, 0, err, errlen);
	if (n >= 3 && s[0] == '/' && s[n - 2] == '/' && s[n - 1] == 'i')
		return add_regex(a, t, s, n, 1, err, errlen);
	key(&b, t, s, n);
	if (b.len <= 1) {
		cog_buf_release(&b);
		snprintf(err, errlen, "an empty allowed value");
		return -1;
	}
	cog_counter_add(&a->values, b.p, b.len, 1);
	cog_buf_release(&b);
	if (t < 0)
		a->all_values = 1;
	else
		a->value_types |= COG_TYPEBIT(t);
	return 0;
}

/* Is the n bytes at s made like a type name: [A-Z][A-Z0-9_]*? */
static int
typelike(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || s[0] < 'A' || s[0] > 'Z')
		return 0;
	for (i = 1; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return 0;
	return 1;
}

int
cog_allow_arg(struct cog_allow *a, const char *arg, char *err, size_t errlen)
{
	const char *eq = strchr(arg, '='), *v = arg;
	char sub[384];
	int t = COG_ALLOW_ALL;

	if (eq != NULL && eq > arg) {
		size_t n = (size_t)(eq - arg);

		if (n == 3 && memcmp(arg, "ALL", 3) == 0)
			v = eq + 1;
		else if ((t = cog_type_lookup(arg, n)) >= 0)
			v = eq + 1;
		else if (typelike(arg, n)) {
			snprintf(err, errlen, "--allow: unknown entity type "
			    "'%.*s' (ALL=VALUE allows a value for every type)",
			    (int)n, arg);
			return -1;
		} else
			t = COG_ALLOW_ALL;
	}
	if (cog_allow_add(a, t, v, strlen(v), sub, sizeof(sub)) < 0) {
		snprintf(err, errlen, "--allow: %s", sub);
		return -1;
	}
	return 0;
}

void
cog_allow_scratch_release(struct cog_allow_scratch *sc)
{
	cog_buf_release(&sc->norm);
	pcre2_match_data_free(sc->md);
	sc->md = NULL;
}

int
cog_allow_match(const struct cog_allow *a, int t, const char *s, size_t n,
    struct cog_allow_scratch *sc)
{
	size_t i;

	if (a->all_values || (a->value_types & COG_TYPEBIT(t))) {
		key(&sc->norm, t, s, n);
		if ((a->value_types & COG_TYPEBIT(t)) &&
		    cog_counter_find(&a->values, sc->norm.p, sc->norm.len))
			return COG_ALLOWED_VALUE;
		sc->norm.p[0] = (char)ALLBYTE;
		if (a->all_values &&
		    cog_counter_find(&a->values, sc->norm.p, sc->norm.len))
			return COG_ALLOWED_VALUE;
	}
	for (i = 0; i < a->nre; i++) {
		if (a->re[i].type != t && a->re[i].type != COG_ALLOW_ALL)
			continue;
		if (sc->md == NULL)
			sc->md = pcre2_match_data_create(1, NULL);
		if (pcre2_match(a->re[i].re, (PCRE2_SPTR)s, n, 0, 0, sc->md,
		    NULL) >= 0)
			return COG_ALLOWED_REGEX;
	}
	return 0;
}
