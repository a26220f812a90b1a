/* exportreq.c -- the export request (the seed's) and job states */
#include <stdio.h>
#include <string.h>

#include "json/jget.h"
#include "json/json.h"
#include "net/exportreq.h"
#include "pii/types.h"

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

	cog_buf_adds(out, "{\"session_id_start\":");
	cog_buf_add_jstr(out, r->from, strlen(r->from));
	cog_buf_adds(out, ",\"session_id_end\":");
	cog_buf_add_jstr(out, r->to, strlen(r->to));
	cog_buf_adds(out, ",\"output_format\":");
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

static void
str(const char *body, size_t n, const char *key, struct cog_buf *out)
{
	cog_buf_reset(out);
	if (cog_jget_str(body, n, key, out) != 1)
		cog_buf_reset(out);
}

int
cog_export_job_parse(const char *body, size_t n, struct cog_export_job *j)
{
	struct cog_jval v;
	long long p;

	if (cog_jget(body, n, "", &v) != 1 || v.type != COG_JT_OBJ_BEGIN)
		return -1;
	cog_buf_reset(&j->status);
	if (cog_jget_str(body, n, "status", &j->status) != 1 ||
	    j->status.len == 0)
		return -1;
	str(body, n, "jobId", &j->id);
	str(body, n, "errorMessage", &j->error);
	str(body, n, "sessionIdStart", &j->start);
	str(body, n, "sessionIdEnd", &j->end);
	j->progress = -1;
	if (cog_jget(body, n, "progress", &v) == 1 && v.type ==
	    COG_JT_NUMBER && cog_jget_int(body, n, "progress", &p) == 1)
		j->progress = p < 0 ? 0 : p > 100 ? 100 : p;
	if (strcmp(j->status.p, "QUEUED") == 0 ||
	    strcmp(j->status.p, "PROCESSING") == 0)
		return COG_EXPORT_PENDING;
	if (strcmp(j->status.p, "COMPLETED") == 0)
		return COG_EXPORT_COMPLETED;
	if (strcmp(j->status.p, "FAILED") == 0)
		return COG_EXPORT_FAILED;
	return COG_EXPORT_UNKNOWN;
}

void
cog_export_status_line(const struct cog_export_job *j, int state,
    const char *from, const char *to, struct cog_buf *out)
{
	cog_buf_adds(out, "{\"jobId\":");
	cog_buf_add_jstr(out, j->id.p ? j->id.p : "", j->id.len);
	cog_buf_adds(out, ",\"status\":");
	cog_buf_add_jstr(out, j->status.p, j->status.len);
	if (j->progress >= 0)
		cog_buf_addf(out, ",\"progress\":%lld", j->progress);
	else if (state == COG_EXPORT_COMPLETED)
		cog_buf_adds(out, ",\"progress\":100");
	if (state == COG_EXPORT_COMPLETED) {
		if (j->start.len > 0 && j->end.len > 0) {
			from = j->start.p;
			to = j->end.p;
		}
		if (from && to) {
			cog_buf_adds(out, ",\"sessionIdStart\":");
			cog_buf_add_jstr(out, from, strlen(from));
			cog_buf_adds(out, ",\"sessionIdEnd\":");
			cog_buf_add_jstr(out, to, strlen(to));
		}
	}
	if (state == COG_EXPORT_FAILED) {
		cog_buf_adds(out, ",\"errorMessage\":");
		if (j->error.len > 0)
			cog_buf_add_jstr(out, j->error.p, j->error.len);
		else
			cog_buf_adds(out, "\"no errorMessage given\"");
	}
	cog_buf_addc(out, '}');
}

void
cog_export_job_release(struct cog_export_job *j)
{
	cog_buf_release(&j->id);
	cog_buf_release(&j->status);
	cog_buf_release(&j->error);
	cog_buf_release(&j->start);
	cog_buf_release(&j->end);
}
