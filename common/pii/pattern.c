/* pattern.c -- the --pattern option: a user type found by a regex */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
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
	struct cog_recognizer r = { NULL, t, NULL, NULL, 0, NULL, 0 };
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

int
cog_pattern_apply(struct cog_detector *d, const struct cog_pattern_opts *o,
    cog_typeset *users, char *err, size_t errlen)
{
	cog_typeset done = 0;
	const char *rest;
	size_t i;
	int t;

	for (i = 0; i < o->npattern; i++) {
		if ((t = cog_pattern_add(d, o->pattern[i], err, errlen)) < 0)
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
