/* pattern.c -- the --pattern option: a user type found by a regex */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "pii/checksum.h"
#include "pii/pattern.h"
#include "pii/types.h"

int
cog_pattern_add(struct cog_detector *d, const char *arg, char *err,
    size_t errlen)
{
	const char *eq = strchr(arg, '=');
	char *name, msg[384];
	int t;

	if (eq == NULL || eq == arg || eq[1] == '\0') {
		snprintf(err, errlen, "--pattern: expected TYPE=REGEX, got "
		    "'%s'", arg);
		return -1;
	}
	name = cog_xstrndup(arg, (size_t)(eq - arg));
	if ((t = cog_type_lookup(name, strlen(name))) < 0 &&
	    (t = cog_type_define(name)) < 0) {
		snprintf(err, errlen, "--pattern: bad type name '%s' (use A-Z, "
		    "0-9 and _)", name);
		free(name);
		return -1;
	}
	free(name);
	if (cog_detector_add_pattern(d, t, eq + 1, msg, sizeof(msg)) < 0) {
		snprintf(err, errlen, "--pattern %s: bad regex %s",
		    cog_type_name(t), msg);
		return -1;
	}
	return t;
}

/* The type of "TYPE=..." in arg, defined if new; -1 with err set. */
static int
arg_type(const char *arg, const char *option, const char *what,
    const char **rest, char *err, size_t errlen)
{
	const char *eq = strchr(arg, '=');
	char *name;
	int t;

	if (eq == NULL || eq == arg || eq[1] == '\0') {
		snprintf(err, errlen, "%s: expected TYPE=%s, got '%s'", option,
		    what, arg);
		return -1;
	}
	name = cog_xstrndup(arg, (size_t)(eq - arg));
	if ((t = cog_type_lookup(name, strlen(name))) < 0 &&
	    (t = cog_type_define(name)) < 0)
		snprintf(err, errlen, "%s: bad type name '%s' (use A-Z, 0-9 "
		    "and _)", option, name);
	free(name);
	*rest = eq + 1;
	return t;
}

/* Add the deny list of the --deny options of type t. */
static int
deny_of(struct cog_detector *d, const struct cog_pattern_opts *o, int t,
    char *err, size_t errlen)
{
	struct cog_recognizer r = { .type = t };
	const char **terms = cog_xcalloc(o->ndeny, sizeof(*terms)), *term;
	char msg[256];
	size_t i;
	int rc;

	for (i = 0; i < o->ndeny; i++)
		if (arg_type(o->deny[i], "--deny", "TERM", &term, msg,
		    sizeof(msg)) == t)
			terms[r.ndeny++] = term;
	r.deny = terms;
	rc = cog_detector_add(d, &r, msg, sizeof(msg));
	if (rc < 0)
		snprintf(err, errlen, "--deny %s: %s", cog_type_name(t), msg);
	free(terms);
	return rc;
}

/* The words of the --context options of type t, as copies in *words. */
static size_t
context_of(const struct cog_pattern_opts *o, int t, char ***words)
{
	char msg[256];
	const char *rest, *p, *comma;
	size_t i, n = 0;

	*words = NULL;
	for (i = 0; i < o->ncontext; i++) {
		if (arg_type(o->context[i], "--context", "WORD", &rest, msg,
		    sizeof(msg)) != t)
			continue;
		for (p = rest; *p; p = *comma ? comma + 1 : comma) {
			comma = strchr(p, ',');
			if (comma == NULL)
				comma = p + strlen(p);
			if (comma == p)
				continue;
			*words = cog_xreallocarray(*words, n + 1,
			    sizeof(**words));
			(*words)[n++] = cog_xstrndup(p, (size_t)(comma - p));
		}
	}
	return n;
}

/* The validator of the last --validator option of type t: 0 for none. */
static int
validator_of(const struct cog_pattern_opts *o, int t, char *err,
    size_t errlen)
{
	const char *rest;
	char msg[256];
	size_t i;
	int v = COG_VALID_NONE;

	for (i = 0; i < o->nvalidator; i++) {
		if (arg_type(o->validator[i], "--validator", "NAME", &rest, msg,
		    sizeof(msg)) != t)
			continue;
		if ((v = cog_validator_lookup(rest, strlen(rest))) < 0) {
			snprintf(err, errlen, "--validator %s: unknown "
			    "validator '%s' (%s)", cog_type_name(t), rest,
			    COG_VALIDATORS);
			return -1;
		}
	}
	return v;
}

/* Add the --pattern option arg, with its type's context and validator. */
static int
pattern_of(struct cog_detector *d, const struct cog_pattern_opts *o, int t,
    const char *regex, char *err, size_t errlen)
{
	struct cog_recognizer r = { .type = t, .nregex = 1 };
	char **words, msg[384];
	float score = -1;
	size_t i, n;
	int rc;

	if ((r.validator = validator_of(o, t, err, errlen)) < 0)
		return -1;
	n = context_of(o, t, &words);
	r.regex = &regex;
	r.score = &score;
	r.context = (const char *const *)words;
	r.ncontext = n;
	rc = cog_detector_add(d, &r, msg, sizeof(msg));
	if (rc < 0)
		snprintf(err, errlen, "--pattern %s: %s", cog_type_name(t),
		    msg);
	for (i = 0; i < n; i++)
		free(words[i]);
	free(words);
	return rc;
}

/* Is there a --pattern of the type of each --context and --validator? */
static int
patterned(const struct cog_pattern_opts *o, cog_typeset patterns, char *err,
    size_t errlen)
{
	const char *const *v[2] = { o->context, o->validator };
	const size_t n[2] = { o->ncontext, o->nvalidator };
	const char *what[2] = { "--context", "--validator" };
	const char *rest;
	size_t i;
	int k, t;

	for (k = 0; k < 2; k++)
		for (i = 0; i < n[k]; i++) {
			t = arg_type(v[k][i], what[k], k ? "NAME" : "WORD",
			    &rest, err, errlen);
			if (t < 0)
				return -1;
			if (!(patterns & COG_TYPEBIT(t))) {
				snprintf(err, errlen, "%s %s: no --pattern of "
				    "the type", what[k], cog_type_name(t));
				return -1;
			}
		}
	return 0;
}

int
cog_pattern_apply(struct cog_detector *d, const struct cog_pattern_opts *o,
    cog_typeset *users, char *err, size_t errlen)
{
	cog_typeset done = 0, patterns = 0;
	const char *rest;
	size_t i;
	int t;

	for (i = 0; i < o->npattern; i++) {
		if ((t = arg_type(o->pattern[i], "--pattern", "REGEX", &rest,
		    err, errlen)) < 0)
			return -1;
		patterns |= COG_TYPEBIT(t);
	}
	if (patterned(o, patterns, err, errlen) < 0)
		return -1;
	for (i = 0; i < o->npattern; i++) {
		t = arg_type(o->pattern[i], "--pattern", "REGEX", &rest, err,
		    errlen);
		if (pattern_of(d, o, t, rest, err, errlen) < 0)
			return -1;
		*users |= COG_TYPEBIT(t);
	}
	for (i = 0; i < o->ndeny; i++) {
		if ((t = arg_type(o->deny[i], "--deny", "TERM", &rest, err,
		    errlen)) < 0)
			return -1;
		*users |= COG_TYPEBIT(t);
		if (done & COG_TYPEBIT(t))
			continue;
		done |= COG_TYPEBIT(t);
		if (deny_of(d, o, t, err, errlen) < 0)
			return -1;
	}
	return 0;
}
