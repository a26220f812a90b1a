/* userrec.c -- the user recognizers of a rules file ("recognizers") */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "mask/userrec.h"
#include "pii/checksum.h"
#include "pii/types.h"

/* A copy of the string v (borrowed), which may hold NUL bytes: cut there. */
static char *
dup_string(jv v)
{
	return cog_xstrdup(jv_string_value(v));
}

/* The strings of the list v (borrowed) into *out, *n; -1 if not strings. */
static int
strings(jv v, const char *const **out, size_t *n)
{
	const char **s;
	int i, len;

	if (jv_get_kind(v) != JV_KIND_ARRAY)
		return -1;
	len = jv_array_length(jv_copy(v));
	s = cog_xcalloc((size_t)len + 1, sizeof(*s));
	*out = s;
	for (i = 0; i < len; i++) {
		jv e = jv_array_get(jv_copy(v), i);

		if (jv_get_kind(e) != JV_KIND_STRING) {
			jv_free(e);
			return -1;
		}
		s[(*n)++] = dup_string(e);
		jv_free(e);
	}
	return 0;
}

static void
free_strings(const char *const *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free((char *)s[i]);
	free((void *)s);
}

static void
free_rec(struct cog_recognizer *r)
{
	free((char *)r->name);
	free_strings(r->regex, r->nregex);
	free((void *)r->score);
	free_strings(r->deny, r->ndeny);
	free_strings(r->context, r->ncontext);
	memset(r, 0, sizeof(*r));
}

/* One pattern object {"regex", "score", "name"} into r. */
static int
pattern(struct cog_recognizer *r, jv p, int k, char *err, size_t errlen)
{
	const char **regex = (const char **)r->regex;
	float *score = (float *)r->score;
	int iter, rc = 0, have = 0;

	if (jv_get_kind(p) != JV_KIND_OBJECT)
		return cog_seterr(err, errlen, "pattern %d: not an object", k);
	score[r->nregex] = -1;	/* the default, see detect.h */
	for (iter = jv_object_iter(p); rc == 0 && jv_object_iter_valid(p,
	    iter); iter = jv_object_iter_next(p, iter)) {
		jv key = jv_object_iter_key(p, iter);
		jv v = jv_object_iter_value(p, iter);
		const char *name = jv_string_value(key);

		if (strcmp(name, "regex") == 0 &&
		    jv_get_kind(v) == JV_KIND_STRING && !have) {
			regex[r->nregex] = dup_string(v);
			have = 1;
		} else if (strcmp(name, "score") == 0 &&
		    jv_get_kind(v) == JV_KIND_NUMBER &&
		    jv_number_value(v) >= 0 && jv_number_value(v) <= 1) {
			score[r->nregex] = (float)jv_number_value(v);
		} else if (strcmp(name, "name") == 0 &&
		    jv_get_kind(v) == JV_KIND_STRING) {
			/* For the reader of the file. */
		} else if (strcmp(name, "regex") == 0 ||
		    strcmp(name, "score") == 0 || strcmp(name, "name") == 0) {
			rc = cog_seterr(err, errlen, "pattern %d: invalid value "
			    "for '%s'%s", k, name, strcmp(name, "score") ?
			    "" : " (a number from 0 to 1)");
		} else {
			rc = cog_seterr(err, errlen, "pattern %d: unknown field "
			    "'%s' (regex, score or name)", k, name);
		}
		jv_free(key);
		jv_free(v);
	}
	if (rc == 0 && !have)
		rc = cog_seterr(err, errlen, "pattern %d: no \"regex\"", k);
	if (have)
		r->nregex++;
	return rc;
}

static int
patterns(struct cog_recognizer *r, jv v, char *err, size_t errlen)
{
	int i, n, rc = 0;

	if (jv_get_kind(v) != JV_KIND_ARRAY || (n = jv_array_length(
	    jv_copy(v))) == 0)
		return cog_seterr(err, errlen, "\"patterns\" is not a list of "
		    "patterns");
	r->regex = cog_xcalloc((size_t)n, sizeof(*r->regex));
	r->score = cog_xcalloc((size_t)n, sizeof(*r->score));
	for (i = 0; i < n && rc == 0; i++) {
		jv p = jv_array_get(jv_copy(v), i);

		rc = pattern(r, p, i + 1, err, errlen);
		jv_free(p);
	}
	return rc;
}

static int
type_of(struct cog_recognizer *r, jv v, char *err, size_t errlen)
{
	const char *name;

	if (jv_get_kind(v) != JV_KIND_STRING)
		return cog_seterr(err, errlen, "invalid value for 'entity_type'");
	name = jv_string_value(v);
	if ((r->type = cog_type_lookup(name, strlen(name))) < 0 &&
	    (r->type = cog_type_define(name)) < 0)
		return cog_seterr(err, errlen, "bad type name '%s' (use A-Z, 0-9 "
		    "and _)", name);
	return 0;
}

static int
validator(struct cog_recognizer *r, jv v, char *err, size_t errlen)
{
	const char *name;

	if (jv_get_kind(v) != JV_KIND_STRING)
		return cog_seterr(err, errlen, "invalid value for 'validator'");
	name = jv_string_value(v);
	if ((r->validator = cog_validator_lookup(name, strlen(name))) < 0)
		return cog_seterr(err, errlen, "unknown validator '%s' (%s)", name,
		    COG_VALIDATORS);
	return 0;
}

/* One recognizer object into r; r is freed by the caller on error. */
static int
recognizer(struct cog_recognizer *r, jv o, char *err, size_t errlen)
{
	int iter, rc = 0, typed = 0;

	if (jv_get_kind(o) != JV_KIND_OBJECT)
		return cog_seterr(err, errlen, "not an object");
	r->type = -1;
	for (iter = jv_object_iter(o); rc == 0 && jv_object_iter_valid(o,
	    iter); iter = jv_object_iter_next(o, iter)) {
		jv key = jv_object_iter_key(o, iter);
		jv v = jv_object_iter_value(o, iter);
		const char *name = jv_string_value(key);

		if (strcmp(name, "entity_type") == 0 ||
		    strcmp(name, "supported_entity") == 0) {
			rc = typed++ ? cog_seterr(err, errlen, "two entity types") :
			    type_of(r, v, err, errlen);
		} else if (strcmp(name, "name") == 0) {
			if (jv_get_kind(v) != JV_KIND_STRING)
				rc = cog_seterr(err, errlen, "invalid value for "
				    "'name'");
			else if (r->name == NULL)
				r->name = dup_string(v);
		} else if (strcmp(name, "patterns") == 0 && !r->regex) {
			rc = patterns(r, v, err, errlen);
		} else if (strcmp(name, "deny_list") == 0 && !r->deny) {
			if (strings(v, &r->deny, &r->ndeny) < 0)
				rc = cog_seterr(err, errlen, "\"deny_list\" is not "
				    "a list of strings");
		} else if (strcmp(name, "context") == 0 && !r->context) {
			if (strings(v, &r->context, &r->ncontext) < 0)
				rc = cog_seterr(err, errlen, "\"context\" is not "
				    "a list of strings");
		} else if (strcmp(name, "validator") == 0) {
			rc = validator(r, v, err, errlen);
		} else {
			rc = cog_seterr(err, errlen, "unknown field '%s' (name, "
			    "entity_type, patterns, context, validator or "
			    "deny_list)", name);
		}
		jv_free(key);
		jv_free(v);
	}
	if (rc == 0 && !typed)
		rc = cog_seterr(err, errlen, "missing entity_type");
	if (rc == 0 && r->nregex == 0 && r->ndeny == 0)
		rc = cog_seterr(err, errlen, "neither \"patterns\" nor "
		    "\"deny_list\"");
	if (rc == 0 && r->nregex == 0 && (r->ncontext || r->validator))
		rc = cog_seterr(err, errlen, "\"context\" and \"validator\" are "
		    "for \"patterns\"");
	return rc;
}

int
cog_userrecs_parse(struct cog_userrecs *u, jv list, char *err, size_t errlen)
{
	char sub[384], where[32];
	int i, n;

	if (jv_get_kind(list) != JV_KIND_ARRAY)
		return cog_seterr(err, errlen, "\"recognizers\" is not a list of "
		    "recognizers");
	n = jv_array_length(jv_copy(list));
	for (i = 0; i < n; i++) {
		jv o = jv_array_get(jv_copy(list), i);
		struct cog_recognizer r;
		int rc;

		memset(&r, 0, sizeof(r));
		rc = recognizer(&r, o, sub, sizeof(sub));
		jv_free(o);
		if (rc < 0) {
			free_rec(&r);
			return cog_seterr(err, errlen, "recognizer %d: %s", i + 1,
			    sub);
		}
		u->v = cog_xreallocarray(u->v, u->n + 1, sizeof(*u->v));
		u->where = cog_xreallocarray(u->where, u->n + 1,
		    sizeof(*u->where));
		snprintf(where, sizeof(where), "recognizer %d", i + 1);
		u->v[u->n] = r;
		u->where[u->n++] = cog_xstrdup(where);
	}
	return 0;
}

void
cog_userrecs_name(struct cog_userrecs *u, size_t i, const char *path)
{
	struct cog_buf b = COG_BUF_INIT;

	for (; i < u->n; i++) {
		cog_buf_reset(&b);
		cog_buf_addf(&b, "%s: %s", path, u->where[i]);
		free(u->where[i]);
		u->where[i] = cog_buf_detach(&b, NULL);
	}
	cog_buf_release(&b);
}

void
cog_userrecs_release(struct cog_userrecs *u)
{
	size_t i;

	for (i = 0; i < u->n; i++) {
		free_rec(&u->v[i]);
		free(u->where[i]);
	}
	free(u->v);
	free(u->where);
	memset(u, 0, sizeof(*u));
}
