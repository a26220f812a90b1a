/* The export request, the fields of a request file, job status lines. */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "mask/rules.h"
#include "net/api.h"
#include "net/exportreq.h"
#include "net/jobline.h"
#include "tap.h"

int
main(void)
{
	struct cog_buf b = COG_BUF_INIT, from = COG_BUF_INIT,
	    to = COG_BUF_INIT, fmt = COG_BUF_INIT;
	struct cog_export_job j;
	struct cog_export_req r;
	struct cog_rules rules;
	char err[256];
	long mb = -1;
	const char *body;

	ok(cog_export_format_ok("jsonl") && cog_export_format_ok("csv") &&
	    cog_export_format_ok("xml"), "jsonl, csv and xml");
	ok(!cog_export_format_ok("JSONL") && !cog_export_format_ok("pdf") &&
	    !cog_export_format_ok(""), "nothing else");

	cog_rules_init(&rules);
	cog_rules_add_spec(&rules, "PHONE:mask:7:4", err, sizeof(err));
	cog_rules_add_spec(&rules, "PERSON:hash:3", err, sizeof(err));
	body = "[{\"entity_type\":\"URL\",\"replacement_strategy\":"
	    "\"redact\",\"mask_character\":\"\\\"\"}]";
	is_int(cog_rules_parse(&rules, body, strlen(body), err, sizeof(err)),
	    0, "a rules list");
	r.from = "sess_1";
	r.to = "sess\"2";
	r.format = "csv";
	r.max_storage_mb = 12;
	r.rules = &rules;
	cog_export_request_json(&r, &b);
	is_str(b.p, "{\"session_id_start\":\"sess_1\",\"session_id_end\":"
	    "\"sess\\\"2\",\"output_format\":\"csv\",\"redaction_rules\":["
	    "{\"entity_type\":\"PERSON\",\"replacement_strategy\":"
	    "\"deterministic_hash\",\"mask_character\":\"*\",\"min_length\":3},"
	    "{\"entity_type\":\"PHONE_NUMBER\",\"replacement_strategy\":"
	    "\"mask\",\"mask_character\":\"*\",\"min_length\":7,"
	    "\"keep_last\":4},{\"entity_type\":\"URL\","
	    "\"replacement_strategy\":\"redact\",\"mask_character\":"
	    "\"\\\"\",\"min_length\":4}],"
	    "\"max_storage_mb\":12}", "the request, in type order, escaped");

	body = "{\"session_id_start\":\"a\",\"output_format\":\"xml\","
	    "\"max_storage_mb\":7,\"redaction_rules\":[]}";
	is_int(cog_export_file_fields(body, strlen(body), &from, &to, &fmt, &mb,
	    err, sizeof(err)), 0, "the members of a request file");
	ok(strcmp(from.p, "a") == 0 && to.len == 0 && strcmp(fmt.p, "xml") ==
	    0 && mb == 7, "... those present, only");
	body = "[{\"entity_type\":\"URL\"}]";
	cog_buf_reset(&from);
	is_int(cog_export_file_fields(body, strlen(body), &from, &to, &fmt, &mb,
	    err, sizeof(err)), 0, "a list of rules has none");
	is_int(from.len, 0, "... and sets none");
	body = "{\"session_id_end\":5}";
	is_int(cog_export_file_fields(body, strlen(body), &from, &to, &fmt, &mb,
	    err, sizeof(err)), -1, "a member of the wrong type");
	is_str(err, "'session_id_end' is not a string", "... named");
	body = "{\"max_storage_mb\":0}";
	is_int(cog_export_file_fields(body, strlen(body), &from, &to, &fmt, &mb,
	    err, sizeof(err)), -1, "max_storage_mb 0");

	memset(&j, 0, sizeof(j));
	body = "{\"jobId\":\"job_1\",\"status\":\"PROCESSING\","
	    "\"progress\":40}";
	is_int(cog_api_v1.job_status(body, strlen(body), &j),
	    COG_EXPORT_PENDING, "PROCESSING is pending");
	cog_buf_reset(&b);
	cog_jobline_write(&j, COG_EXPORT_PENDING, "a", "b", &b);
	is_str(b.p, "{\"jobId\":\"job_1\",\"status\":\"PROCESSING\","
	    "\"progress\":40}", "... its line");
	body = "{\"jobId\":\"job_1\",\"status\":\"COMPLETED\"}";
	is_int(cog_api_v1.job_status(body, strlen(body), &j),
	    COG_EXPORT_COMPLETED, "COMPLETED");
	cog_buf_reset(&b);
	cog_jobline_write(&j, COG_EXPORT_COMPLETED, "a", "b", &b);
	is_str(b.p, "{\"jobId\":\"job_1\",\"status\":\"COMPLETED\",\"progress\""
	    ":100,\"sessionIdStart\":\"a\",\"sessionIdEnd\":\"b\"}",
	    "... with the request's range when the server gives none");
	body = "{\"status\":\"COMPLETED\",\"progress\":250,\"sessionIdStart\":"
	    "\"x\",\"sessionIdEnd\":\"y\"}";
	cog_api_v1.job_status(body, strlen(body), &j);
	cog_buf_reset(&b);
	cog_buf_reset(&j.id);
	cog_buf_adds(&j.id, "job_2");
	cog_jobline_write(&j, COG_EXPORT_COMPLETED, "a", "b", &b);
	is_str(b.p, "{\"jobId\":\"job_2\",\"status\":\"COMPLETED\",\"progress\""
	    ":100,\"sessionIdStart\":\"x\",\"sessionIdEnd\":\"y\"}",
	    "... the server's range first; progress capped at 100");
	body = "{\"jobId\":\"j\",\"status\":\"FAILED\"}";
	is_int(cog_api_v1.job_status(body, strlen(body), &j), COG_EXPORT_FAILED,
	    "FAILED");
	cog_buf_reset(&b);
	cog_jobline_write(&j, COG_EXPORT_FAILED, NULL, NULL, &b);
	is_str(b.p, "{\"jobId\":\"j\",\"status\":\"FAILED\",\"errorMessage\":"
	    "\"no errorMessage given\"}", "... says when it has no message");
	body = "{\"status\":\"CANCELLED\"}";
	is_int(cog_api_v1.job_status(body, strlen(body), &j),
	    COG_EXPORT_UNKNOWN, "an unknown status");
	is_int(cog_api_v1.job_status("{}", 2, &j), -1, "no status");
	is_int(cog_api_v1.job_status("{\"status\":1}", 12, &j), -1,
	    "a status that is no string");
	is_int(cog_api_v1.job_status("nope", 4, &j), -1, "not JSON");

	cog_export_job_release(&j);
	cog_buf_release(&b);
	cog_buf_release(&from);
	cog_buf_release(&to);
	cog_buf_release(&fmt);
	return tap_done();
}
