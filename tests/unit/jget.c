/* Picking JSON members by path; session lines and job lines. */
#include <string.h>

#include "base/buf.h"
#include "json/jget.h"
#include "json/json.h"
#include "net/jobline.h"
#include "net/session.h"
#include "tap.h"

static int
collect(const struct cog_jval *v, void *arg)
{
	struct cog_buf *b = arg;

	cog_buf_add(b, v->p, v->n);
	cog_buf_addc(b, '|');
	return 0;
}

#define S(x) x, strlen(x)

int
main(void)
{
	const char *page = "{\"items\":[{\"id\":\"a\",\"x\":[1,{}]},"
	    "{\"id\":\"b\"}],\"pagination\":{\"nextCursor\":\"c\\u0041\"},"
	    "\"n\":42,\"z\":null}";
	struct cog_buf b = COG_BUF_INIT;
	struct cog_export_job j;
	struct cog_session_ref ref;
	struct cog_jval v;
	const char *err;
	long long n;

	is_int(cog_jget_str(S(page), "pagination.nextCursor", &b), 1,
	    "nested string");
	is_str(b.p, "cA", "escapes decoded");
	is_int(cog_jget_int(S(page), "n", &n), 1, "integer");
	is_int(n, 42, "integer value");
	is_int(cog_jget(S(page), "z", &v), 1, "null found");
	is_int(v.type, COG_JT_LITERAL, "null is a literal");
	is_int(cog_jget(S(page), "pagination.missing", &v), 0, "absent");
	is_int(cog_jget(S(page), "id", &v), 0, "no match at wrong depth");
	is_int(cog_jget(S(page), "pagination", &v), 1, "object found");
	ok(v.n == strlen("{\"nextCursor\":\"c\\u0041\"}") &&
	    memcmp(v.p, "{\"next", 6) == 0, "object span is raw");
	cog_buf_reset(&b);
	is_int(cog_jget_each(S(page), "items", collect, &b), 2, "two items");
	is_str(b.p, "{\"id\":\"a\",\"x\":[1,{}]}|{\"id\":\"b\"}|",
	    "items verbatim");
	is_int(cog_jget_each(S("{\"items\":[]}"), "items", collect, &b), 0,
	    "empty list");
	is_int(cog_jget_each(S("{\"items\":{}}"), "items", collect, &b), -1,
	    "not an array");
	cog_buf_reset(&b);
	is_int(cog_jget_each(S("{\"items\":[{\"a\":1}],"), "items", collect,
	    &b), -1, "invalid text: nothing visited");
	is_int(b.len, 0, "no partial output");
	is_int(cog_jget(S("{\"a\":1"), "a", &v), -1, "truncated is invalid");
	is_int(cog_jget(S("[{\"a\":1}]"), "a", &v), 0,
	    "arrays do not match keys");

	memset(&ref, 0, sizeof(ref));
	is_int(cog_session_parse_line(S("{\"id\":\"sess_1\",\"bytes\":10,"
	    "\"sha256\":\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb41"
	    "0ff61f20015ad\"}"), &ref, &err), 1, "list item");
	is_str(ref.id.p, "sess_1", "item id");
	ok(ref.has_sha256 && ref.sha256[0] == 0xba, "item sha256");
	is_int(ref.bytes, 10, "item bytes");
	is_int(cog_session_parse_line(S("{\"session_id\":\"s-2\"}"), &ref,
	    &err), 1, "session_id line");
	is_str(ref.id.p, "s-2", "session_id");
	ok(!ref.has_sha256 && ref.bytes == -1, "no digest or size");
	is_int(cog_session_parse_line(S("  sess_3 \r"), &ref, &err), 1,
	    "bare id");
	is_str(ref.id.p, "sess_3", "bare id trimmed");
	is_int(cog_session_parse_line(S("   "), &ref, &err), 0, "blank");
	is_int(cog_session_parse_line(S("../etc"), &ref, &err), -1,
	    "path refused");
	is_int(cog_session_parse_line(S("a/b"), &ref, &err), -1,
	    "slash refused");
	is_int(cog_session_parse_line(S("{\"id\":3}"), &ref, &err), -1,
	    "numeric id refused");
	is_int(cog_session_parse_line(S("{\"id\":\"x\""), &ref, &err), -1,
	    "invalid JSON refused");
	is_int(cog_session_parse_line(S("{\"id\":\"x\",\"sha256\":\"ab\"}"),
	    &ref, &err), -1, "bad sha256 refused");
	cog_session_ref_release(&ref);

	memset(&j, 0, sizeof(j));
	is_int(cog_jobline_read(S("{\"jobId\":\"j\",\"status\":"
	    "\"COMPLETED\",\"sessionIdStart\":\"sess_1\",\"sessionIdEnd\":"
	    "\"sess_9\"}"), &j, &err), COG_EXPORT_COMPLETED, "completed");
	ok(strcmp(j.start.p, "sess_1") == 0 && strcmp(j.end.p, "sess_9") == 0,
	    "job range");
	is_int(cog_jobline_read(S("{\"status\":\"PROCESSING\"}"), &j, &err),
	    COG_EXPORT_PENDING, "processing is pending");
	is_int(cog_jobline_read(S("{\"status\":\"FAILED\","
	    "\"errorMessage\":\"boom\"}"), &j, &err), COG_EXPORT_FAILED,
	    "failed");
	is_str(j.error.p, "boom", "failure message");
	is_int(cog_jobline_read(S("{\"from\":\"a\",\"to\":\"b\"}"), &j,
	    &err), COG_EXPORT_COMPLETED, "from/to");
	is_int(cog_jobline_read(S("{\"status\":\"COMPLETED\"}"), &j, &err),
	    -1, "completed without range");
	is_int(cog_jobline_read(S("nope"), &j, &err), -1, "not JSON");
	cog_export_job_release(&j);
	cog_buf_release(&b);
	return tap_done();
}
