/* exportreq.c -- the export request (the seed's), from options and files */
#include <stdio.h>
#include <string.h>

#include "base/err.h"
#include "base/file.h"
#include "json/jget.h"
#include "json/json.h"
#include "net/exportreq.h"
#include "net/session.h"
#include "pii/types.h"

/* The checks of a request, as usage errors. */
static void
check(const struct cog_export_req *r)
{
	if ((!r->from || !r->to) && !(r->other_range && !r->from && !r->to))
		cog_usage_error("no session range: give --from and --to (or a "
		    "request file with session_id_start and session_id_end)");
	if (r->from && !cog_session_id_valid(r->from, strlen(r->from)))
		cog_usage_error("not a valid session id: '%s'", r->from);
	if (r->to && !cog_session_id_valid(r->to, strlen(r->to)))
		cog_usage_error("not a valid session id: '%s'", r->to);
	if (r->from && r->to && cog_session_id_cmp(r->from, r->to) > 0)
		cog_usage_error("the range is reversed: '%s' comes after '%s' "
		    "(--from and --to)", r->from, r->to);
	if (!cog_export_format_ok(r->format))
		cog_usage_error("unknown output format '%s' (jsonl, csv or "
		    "xml)", r->format);
	if (r->rules->listed == 0)
		cog_usage_error("no redaction rule: give --rules FILE or "
		    "--rule TYPE (an export needs at least one)");
	if (r->rules->listed & ~((1ULL << COG_NBUILTIN) - 1))
		cog_usage_error("a rule names a type the API does not know");
}

int
cog_export_format_ok(const char *s)
{
	return strcmp(s, "jsonl") == 0 || strcmp(s, "csv") == 0 ||
	    strcmp(s, "xml") == 0;
}

void
cog_export_request_json(const struct cog_export_req *r, struct cog_buf *out)
{
	int t, first = 1;

	cog_buf_addc(out, '{');
	if (r->from && r->to) {
		cog_buf_adds(out, "\"session_id_start\":");
		cog_buf_add_jstr(out, r->from, strlen(r->from));
		cog_buf_adds(out, ",\"session_id_end\":");
		cog_buf_add_jstr(out, r->to, strlen(r->to));
		cog_buf_addc(out, ',');
	}
	cog_buf_adds(out, "\"output_format\":");
	cog_buf_add_jstr(out, r->format, strlen(r->format));
	cog_buf_adds(out, ",\"redaction_rules\":[");
	for (t = 0; t < COG_NBUILTIN; t++) {
		const struct cog_rule *rule = &r->rules->r[t];

		if (!(r->rules->listed & COG_TYPEBIT(t)))
			continue;
		if (!first)
			cog_buf_addc(out, ',');
		first = 0;
		cog_buf_addf(out, "{\"entity_type\":\"%s\","
		    "\"replacement_strategy\":\"%s\",\"mask_character\":",
		    cog_type_name(t), rule->strategy == COG_HASH ?
		    "deterministic_hash" : cog_strategy_name(rule->strategy));
		cog_buf_add_jstr(out, rule->mask_char,
		    strlen(rule->mask_char));
		cog_buf_addf(out, ",\"min_length\":%u", rule->min_length);
		if (rule->keep_last)
			cog_buf_addf(out, ",\"keep_last\":%u", rule->keep_last);
		cog_buf_addc(out, '}');
	}
	cog_buf_addf(out, "],\"max_storage_mb\":%ld}", r->max_storage_mb);
}

static int
str_field(const char *json, size_t n, const char *key, struct cog_buf *out,
    char *err, size_t errlen)
{
	struct cog_jval v;

	if (cog_jget(json, n, key, &v) != 1)
		return 0;
	if (v.type != COG_JT_STRING) {
		snprintf(err, errlen, "'%s' is not a string", key);
		return -1;
	}
	cog_buf_reset(out);
	return cog_jget_str(json, n, key, out) == 1 ? 0 : -1;
}

int
cog_export_file_fields(const char *json, size_t n, struct cog_buf *from,
    struct cog_buf *to, struct cog_buf *format, long *max_mb, char *err,
    size_t errlen)
{
	struct cog_jval v;
	long long mb;

	if (cog_jget(json, n, "", &v) != 1) {
		snprintf(err, errlen, "invalid JSON");
		return -1;
	}
	if (v.type != COG_JT_OBJ_BEGIN)
		return 0;
	if (str_field(json, n, "session_id_start", from, err, errlen) < 0 ||
	    str_field(json, n, "session_id_end", to, err, errlen) < 0 ||
	    str_field(json, n, "output_format", format, err, errlen) < 0)
		return -1;
	if (cog_jget(json, n, "max_storage_mb", &v) == 1) {
		if (cog_jget_int(json, n, "max_storage_mb", &mb) != 1 ||
		    mb < 1 || mb > 100000000) {
			snprintf(err, errlen, "'max_storage_mb' is not a "
			    "whole number of megabytes from 1");
			return -1;
		}
		*max_mb = (long)mb;
	}
	return 0;
}

void
cog_export_build(struct cog_export_build *b, const struct cog_export_opts *o)
{
	struct cog_buf text = COG_BUF_INIT;
	struct cog_export_req *r = &b->req;
	char err[512], sub[512];
	long file_mb = -1;
	size_t i;

	memset(b, 0, sizeof(*b));
	cog_rules_init(&b->rules);
	for (i = 0; i < o->nrulefiles; i++) {
		const char *f = o->rulefiles[i];

		if (cog_rules_load(&b->rules, f, err, sizeof(err)) < 0)
			cog_usage_error("--rules: %s", err);
		cog_buf_reset(&text);
		if (cog_file_read(f, &text) < 0)
			cog_die("cannot read '%s':", f);
		if (cog_export_file_fields(text.p, text.len, &b->from, &b->to,
		    &b->format, &file_mb, sub, sizeof(sub)) < 0)
			cog_usage_error("--rules: %s: %s", f, sub);
	}
	cog_buf_release(&text);
	for (i = 0; i < o->nrules; i++)
		if (cog_rules_add_spec(&b->rules, o->rules[i], err,
		    sizeof(err)) < 0)
			cog_usage_error("--rule: %s", err);
	r->from = o->from ? o->from : b->from.len ? b->from.p : NULL;
	r->to = o->to ? o->to : b->to.len ? b->to.p : NULL;
	r->format = o->format ? o->format : b->format.len ? b->format.p :
	    "jsonl";
	r->max_storage_mb = o->max_mb > 0 ? o->max_mb : file_mb > 0 ?
	    file_mb : COG_EXPORT_MAX_MB_DEFAULT;
	r->rules = &b->rules;
	r->other_range = o->other_range;
	check(r);
}

void
cog_export_build_release(struct cog_export_build *b)
{
	cog_buf_release(&b->from);
	cog_buf_release(&b->to);
	cog_buf_release(&b->format);
	cog_rules_release(&b->rules);
}
