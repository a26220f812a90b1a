/* rules.c -- redaction rules: how each entity type is replaced */
#include <errno.h>
#include <jv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/utf8.h"
#include "mask/rules.h"

static const struct {
	const char *name;
	int strategy;
} strategies[] = {
	{ "hash", COG_HASH },
	{ "deterministic_hash", COG_HASH },
	{ "mask", COG_MASK },
	{ "redact", COG_REDACT },
	{ "keep", COG_KEEP },
	{ "encrypt", COG_ENCRYPT },
};

void
cog_rules_release(struct cog_rules *rs)
{
	cog_allow_free(rs->allow);
	rs->allow = NULL;
	cog_userrecs_release(&rs->recs);
}

struct cog_allow *
cog_rules_allow(struct cog_rules *rs)
{
	if (rs->allow == NULL)
		rs->allow = cog_allow_new();
	return rs->allow;
}

void
cog_rules_init(struct cog_rules *rs)
{
	int t;

	memset(rs, 0, sizeof(*rs));
	rs->min_length = COG_RULES_MIN_LENGTH;
	for (t = 0; t < COG_MAXTYPES; t++) {
		rs->r[t].strategy = COG_HASH;
		rs->r[t].mask_char[0] = '*';
	}
}

const char *
cog_strategy_name(int strategy)
{
	size_t i;

	for (i = 0; i < sizeof(strategies) / sizeof(strategies[0]); i++)
		if (strategies[i].strategy == strategy)
			return strategies[i].name;
	return "?";
}

/* The strategy called name (len bytes), aliases too; -1 when none. */
static int
strategy_lookup(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(strategies) / sizeof(strategies[0]); i++)
		if (strlen(strategies[i].name) == len &&
		    strncasecmp(strategies[i].name, name, len) == 0)
			return strategies[i].strategy;
	return -1;
}

static int
set_mask_char(struct cog_rule *r, const char *s, size_t n)
{
	uint32_t cp;

	if (n == 0 || n > 4 || cog_utf8_decode(s, n, &cp) != n ||
	    cp == COG_UTF8_BAD || cp < 0x20)
		return -1;
	memcpy(r->mask_char, s, n);
	r->mask_char[n] = '\0';
	return 0;
}

static int
get_uint(jv v, unsigned *out)
{
	double d;

	if (jv_get_kind(v) != JV_KIND_NUMBER)
		return -1;
	d = jv_number_value(v);
	if (d < 0 || d > 1e6 || d != (double)(unsigned)d)
		return -1;
	*out = (unsigned)d;
	return 0;
}

/*
 * Add the allow list v (borrowed), a list of strings, for type t; what
 * is wrong goes to err after the prefix where ("rule 2: ").
 */
static int
add_allow(struct cog_rules *rs, jv v, int t, const char *where, char *err,
    size_t errlen)
{
	char sub[384];
	int i, n;

	if (jv_get_kind(v) != JV_KIND_ARRAY)
		return cog_seterr(err, errlen, "%s\"allow_list\" is not a list of "
		    "strings", where);
	n = jv_array_length(jv_copy(v));
	for (i = 0; i < n; i++) {
		jv e = jv_array_get(jv_copy(v), i);
		int rc = 0;

		if (jv_get_kind(e) != JV_KIND_STRING)
			rc = cog_seterr(err, errlen, "%s\"allow_list\" is not a "
			    "list of strings", where);
		else if (cog_allow_add(cog_rules_allow(rs), t,
		    jv_string_value(e),
		    (size_t)jv_string_length_bytes(jv_copy(e)), sub,
		    sizeof(sub)) < 0)
			rc = cog_seterr(err, errlen, "%s\"allow_list\": %s", where,
			    sub);
		jv_free(e);
		if (rc)
			return rc;
	}
	return 0;
}

/* Add one rule object; consumes nothing (rule is borrowed). */
static int
add_rule(struct cog_rules *rs, jv rule, int index, char *err, size_t errlen)
{
	struct cog_rule r;
	int type = -1, have_type = 0;
	int iter, rc;
	char where[32];
	jv allow;

	if (jv_get_kind(rule) != JV_KIND_OBJECT)
		return cog_seterr(err, errlen, "rule %d: not an object", index);
	r.strategy = COG_HASH;
	memcpy(r.mask_char, "*", 2);
	r.min_length = rs->min_length;
	r.keep_last = 0;
	for (iter = jv_object_iter(rule); jv_object_iter_valid(rule, iter);
	    iter = jv_object_iter_next(rule, iter)) {
		jv k = jv_object_iter_key(rule, iter);
		jv v = jv_object_iter_value(rule, iter);
		const char *key = jv_string_value(k);
		int bad = 0;

		if (strcmp(key, "entity_type") == 0) {
			bad = jv_get_kind(v) != JV_KIND_STRING;
			if (!bad) {
				const char *name = jv_string_value(v);

				type = cog_type_lookup(name, strlen(name));
				have_type = 1;
				if (type < 0) {
					cog_seterr(err, errlen, "rule %d: unknown "
					    "entity type '%s'", index, name);
					jv_free(k);
					jv_free(v);
					return -1;
				}
			}
		} else if (strcmp(key, "replacement_strategy") == 0) {
			bad = jv_get_kind(v) != JV_KIND_STRING;
			if (!bad) {
				const char *name = jv_string_value(v);

				r.strategy = strategy_lookup(name,
				    strlen(name));
				if (r.strategy < 0) {
					cog_seterr(err, errlen, "rule %d: unknown "
					    "replacement strategy '%s' (hash, "
					    "mask, redact, keep or encrypt)",
					    index, name);
					jv_free(k);
					jv_free(v);
					return -1;
				}
			}
		} else if (strcmp(key, "mask_character") == 0) {
			bad = jv_get_kind(v) != JV_KIND_STRING ||
			    set_mask_char(&r, jv_string_value(v),
			    (size_t)jv_string_length_bytes(jv_copy(v))) < 0;
		} else if (strcmp(key, "min_length") == 0) {
			bad = get_uint(v, &r.min_length) < 0;
		} else if (strcmp(key, "keep_last") == 0) {
			bad = get_uint(v, &r.keep_last) < 0;
		} else if (strcmp(key, "allow_list") == 0) {
			/* Added once the type is known. */
		} else {
			cog_seterr(err, errlen, "rule %d: unknown field '%s'",
			    index, key);
			jv_free(k);
			jv_free(v);
			return -1;
		}
		if (bad)
			cog_seterr(err, errlen, "rule %d: invalid value for '%s'",
			    index, key);
		jv_free(k);
		jv_free(v);
		if (bad)
			return -1;
	}
	if (!have_type)
		return cog_seterr(err, errlen, "rule %d: missing entity_type",
		    index);
	rs->r[type] = r;
	rs->listed |= COG_TYPEBIT(type);
	allow = jv_object_get(jv_copy(rule), jv_string("allow_list"));
	snprintf(where, sizeof(where), "rule %d: ", index);
	rc = jv_is_valid(allow) ? add_allow(rs, allow, type, where, err,
	    errlen) : 0;
	jv_free(allow);
	return rc;
}

static const char *const request_fields[] = {
	"session_id_start", "session_id_end", "output_format",
	"redaction_rules", "max_storage_mb", "allow_list", "recognizers",
};

/*
 * Is the object doc an export request?  A rule alone, or a field of
 * neither, is an error that says what a rules file holds.
 */
static int
request_ok(jv doc, char *err, size_t errlen)
{
	int iter, rc = 0;

	if (jv_object_has(jv_copy(doc), jv_string("entity_type")))
		return cog_seterr(err, errlen, "one rule where a list of rules "
		    "is expected: put it in [ ]");
	for (iter = jv_object_iter(doc); rc == 0 &&
	    jv_object_iter_valid(doc, iter);
	    iter = jv_object_iter_next(doc, iter)) {
		jv k = jv_object_iter_key(doc, iter);
		size_t f;

		for (f = 0; f < sizeof(request_fields) /
		    sizeof(request_fields[0]); f++)
			if (strcmp(jv_string_value(k), request_fields[f]) == 0)
				break;
		if (f == sizeof(request_fields) / sizeof(request_fields[0]))
			rc = cog_seterr(err, errlen, "unknown field '%s'",
			    jv_string_value(k));
		jv_free(k);
	}
	return rc;
}

int
cog_rules_parse(struct cog_rules *rs, const char *json, size_t len,
    char *err, size_t errlen)
{
	jv doc, list, extra, recs;
	int i, n, rc = 0, only_lists = 0;

	if (len > 0x7fffffff)
		return cog_seterr(err, errlen, "rules too large");
	doc = jv_parse_sized(json, (int)len);
	if (!jv_is_valid(doc)) {
		jv msg = jv_invalid_get_msg(doc);

		cog_seterr(err, errlen, "invalid JSON: %s",
		    jv_get_kind(msg) == JV_KIND_STRING ?
		    jv_string_value(msg) : "parse error");
		jv_free(msg);
		return -1;
	}
	if (jv_get_kind(doc) == JV_KIND_OBJECT) {
		rc = request_ok(doc, err, errlen);
		recs = jv_object_get(jv_copy(doc), jv_string("recognizers"));
		extra = jv_object_get(jv_copy(doc), jv_string("allow_list"));
		list = rc ? jv_null() : jv_object_get(jv_copy(doc),
		    jv_string("redaction_rules"));
		if (!rc && jv_is_valid(recs))
			rc = cog_userrecs_parse(&rs->recs, recs, err, errlen);
		if (!rc && jv_is_valid(extra))
			rc = add_allow(rs, extra, COG_ALLOW_ALL, "", err,
			    errlen);
		if (!rc && jv_get_kind(list) == JV_KIND_INVALID) {
			/* Lists alone, for cog-mask: no rule to add. */
			if (jv_is_valid(extra) || jv_is_valid(recs)) {
				jv_free(list);
				list = jv_array();
				only_lists = 1;
			} else
				rc = cog_seterr(err, errlen, "an export request "
				    "without \"redaction_rules\", its list of "
				    "rules");
		} else if (!rc && jv_get_kind(list) != JV_KIND_ARRAY)
			rc = cog_seterr(err, errlen, "\"redaction_rules\" is not "
			    "a list of rules");
		jv_free(extra);
		jv_free(recs);
	} else if (jv_get_kind(doc) == JV_KIND_ARRAY) {
		list = jv_copy(doc);
	} else {
		list = jv_null();
		rc = cog_seterr(err, errlen, "expected a list of rules");
	}
	n = rc ? 0 : jv_array_length(jv_copy(list));
	if (!rc && n == 0 && !only_lists)
		rc = cog_seterr(err, errlen, "no rules");
	for (i = 0; i < n && rc == 0; i++) {
		jv r = jv_array_get(jv_copy(list), i);

		rc = add_rule(rs, r, i + 1, err, errlen);
		jv_free(r);
	}
	jv_free(list);
	jv_free(doc);
	return rc;
}

int
cog_rules_load(struct cog_rules *rs, const char *path, char *err,
    size_t errlen)
{
	struct cog_buf b = COG_BUF_INIT;
	char chunk[65536], sub[512];
	size_t n, nrecs;
	FILE *f;
	int rc;

	if ((f = fopen(path, "r")) == NULL)
		return cog_seterr(err, errlen, "cannot open '%s': %s", path,
		    strerror(errno));
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		cog_buf_add(&b, chunk, n);
	if (ferror(f)) {
		fclose(f);
		cog_buf_release(&b);
		return cog_seterr(err, errlen, "cannot read '%s': %s", path,
		    strerror(errno));
	}
	fclose(f);
	nrecs = rs->recs.n;
	rc = cog_rules_parse(rs, b.p ? b.p : "", b.len, sub, sizeof(sub));
	if (rc)
		cog_seterr(err, errlen, "%s: %s", path, sub);
	cog_userrecs_name(&rs->recs, nrecs, path);
	cog_buf_release(&b);
	return rc;
}

int
cog_rules_add_spec(struct cog_rules *rs, const char *spec, char *err,
    size_t errlen)
{
	const char *p = spec, *colon;
	struct cog_rule r;
	unsigned *nums[2] = { &r.min_length, &r.keep_last };
	int type, field;

	colon = strchr(p, ':');
	type = cog_type_lookup(p, colon ? (size_t)(colon - p) : strlen(p));
	if (type < 0)
		return cog_seterr(err, errlen, "unknown entity type in '%s'",
		    spec);
	r = rs->r[type];
	r.strategy = COG_HASH;
	r.min_length = rs->min_length;
	r.keep_last = 0;
	if (colon) {
		p = colon + 1;
		colon = strchr(p, ':');
		r.strategy = strategy_lookup(p,
		    colon ? (size_t)(colon - p) : strlen(p));
		if (r.strategy < 0)
			return cog_seterr(err, errlen, "unknown strategy in '%s' "
			    "(hash, mask, redact, keep or encrypt)", spec);
	}
	for (field = 0; colon && field < 2; field++) {
		char *end;
		unsigned long v;

		p = colon + 1;
		errno = 0;
		v = strtoul(p, &end, 10);
		if (end == p || errno || v > 1000000 ||
		    (*end != '\0' && *end != ':') || *p == '-')
			return cog_seterr(err, errlen, "invalid number in '%s'",
			    spec);
		*nums[field] = (unsigned)v;
		colon = *end == ':' ? end : NULL;
	}
	if (colon)
		return cog_seterr(err, errlen, "too many fields in '%s'", spec);
	rs->r[type] = r;
	rs->listed |= COG_TYPEBIT(type);
	return 0;
}
