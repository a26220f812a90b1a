/* The OData v2.4 backend: requests built, answers read, records made. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/err.h"
#include "net/api.h"
#include "apierr.h"
#include "tap.h"

#define S(x) x, strlen(x)

static const struct cog_api_backend *od;

/* A Conversations row of session s at time t (a JSON value), id i. */
static void
row(struct cog_buf *b, const char *i, const char *s, const char *t)
{
	if (b->len > 0 && b->p[b->len - 1] == '}')
		cog_buf_addc(b, ',');
	cog_buf_addf(b, "{\"id\":\"%s\",\"sessionId\":\"%s\",\"inputText\":"
	    "\"hi\",\"inputData\":\"{\\\"a\\\":1}\",\"source\":\"user\","
	    "\"timestamp\":%s}", i, s, t);
}

static void
table(void)
{
	ok(cog_api_find("odata") == &cog_api_odata, "odata is found by name");
	ok(od->export_path == NULL, "no export jobs");
	ok(!(od->flags & (COG_API_RANGES | COG_API_DIGEST)),
	    "no Range, no digest");
	ok(od->flags & COG_API_PROJECTS && !(od->flags & COG_API_BY_PROJECT),
	    "sessions have projects, none needed");
	ok(!(od->flags & COG_API_BY_TIME), "the listing keeps to the times "
	    "itself (literals may be whole seconds)");
	ok(!od->have_credentials(), "no login: a key");
	is_str(od->token_env, "COG_API_KEY", "... from COG_API_KEY");
	is_str(od->key_param, "apikey", "... or the apikey parameter");
	ok(od->scan_path && od->scan_page && od->last_path && od->past_end,
	    "a scan, and the end of a list");
}

static void
paths(void)
{
	struct cog_buf b = COG_BUF_INIT;
	struct cog_api_range r = { .project = "65a1b2c3d4e5f60718290001",
	    .since = "2026-03-01T09:00:00.000Z", .since_ms = 1772355600000LL,
	    .until = "2026-03-02T00:00:00.250Z", .until_ms = 1772409600250LL };
	struct cog_api_range none = { .from = NULL };

	unsetenv("COG_ODATA_DATES");
	od->credential("k3y", &b);
	is_str(b.p, "apikey: k3y", "the key in the apikey header");
	cog_buf_reset(&b);
	od->list_path(&none, 100, "", &b);
	is_str(b.p, "/v2.4/Sessions?$orderby=startedAt%20asc,id%20asc"
	    "&$top=100", "the first page: $ literal, spaces as %%20, "
	    "$orderby always");
	cog_buf_reset(&b);
	od->list_path(&r, 50, "", &b);
	is_str(b.p, "/v2.4/Sessions?$filter=projectId%20eq%20"
	    "'65a1b2c3d4e5f60718290001'%20and%20startedAt%20lt%20"
	    "'2026-03-02T00:00:00.250Z'%20and%20startedAt%20ge%20"
	    "'2026-03-01T09:00:00.000Z'&$orderby=startedAt%20asc,id%20asc"
	    "&$top=50", "project and times, date literals quoted");
	cog_buf_reset(&b);
	od->list_path(&r, 50, "1772362800123 0\nab", &b);
	ok(strstr(b.p, "startedAt%20ge%20'2026-03-01T11:00:00.123Z'&") &&
	    !strstr(b.p, "$skip"), "a later page: at or after the cursor's "
	    "time, no $skip");
	cog_buf_reset(&b);
	od->list_path(&none, 10, "1772362800123 20\nab", &b);
	ok(strstr(b.p, "&$skip=20") != NULL, "one time filling pages: "
	    "$skip inside it");
	cog_buf_reset(&b);
	setenv("COG_ODATA_DATES", "unquoted", 1);
	od->list_path(&r, 50, "", &b);
	ok(strstr(b.p, "startedAt%20lt%202026-03-02T00:00:01Z%20and%20"
	    "startedAt%20ge%202026-03-01T09:00:00Z&"),
	    "unquoted: whole seconds, until rounded up");
	cog_buf_reset(&b);
	setenv("COG_ODATA_DATES", "quoted", 1);
	od->transcript_path("sess_00042", "p", &b);
	is_str(b.p, "/v2.4/Conversations?$filter=sessionId%20eq%20"
	    "'sess_00042'&$orderby=timestamp%20asc,id%20asc&$count=true",
	    "a transcript: its rows, counted");
	cog_buf_reset(&b);
	od->transcript_path("it's", NULL, &b);
	ok(strstr(b.p, "'it''s'") != NULL, "a quote in a literal doubled");
	cog_buf_reset(&b);
	od->scan_path(&r, 1000, "", &b);
	is_str(b.p, "/v2.4/Conversations?$filter=projectId%20eq%20"
	    "'65a1b2c3d4e5f60718290001'%20and%20timestamp%20ge%20"
	    "'2026-03-01T09:00:00.000Z'&$orderby=timestamp%20asc,id%20asc"
	    "&$top=1000", "a scan: no upper bound");
	cog_buf_reset(&b);
	od->last_path(&r, 1, &b);
	is_str(b.p, "/v2.4/Conversations?$filter=projectId%20eq%20"
	    "'65a1b2c3d4e5f60718290001'&$orderby=timestamp%20desc,id%20desc"
	    "&$top=1", "the last row of a scan: no lower bound");
	cog_buf_reset(&b);
	od->last_path(&none, 0, &b);
	is_str(b.p, "/v2.4/Sessions?$orderby=startedAt%20desc,id%20desc"
	    "&$top=1", "... of a listing");
	unsetenv("COG_ODATA_DATES");
	cog_buf_release(&b);
}

/* A Sessions row. */
static void
srow(struct cog_buf *b, const char *id, const char *sid, const char *t)
{
	if (b->len > 0 && b->p[b->len - 1] == '}')
		cog_buf_addc(b, ',');
	cog_buf_addf(b, "{\"id\":\"%s\",\"stepsCount\":3,\"startedAt\":%s,"
	    "\"sessionId\":\"%s\",\"projectId\":\"p1\"}", id, t, sid);
}

/* The cursor the last page gave, and the start of the next page. */
static void
next_page(struct cog_buf *cur, const struct cog_buf *next,
    struct cog_buf *body)
{
	cog_buf_reset(cur);
	cog_buf_add(cur, next->p, next->len);
	cog_buf_reset(body);
	cog_buf_adds(body, "{\"value\":[");
}

static void
pages(void)
{
	struct cog_buf body = COG_BUF_INIT, lines = COG_BUF_INIT,
	    next = COG_BUF_INIT, cur = COG_BUF_INIT;
	const char *why = NULL;

	cog_buf_adds(&body, "{\"@odata.context\":\"x\",\"value\":[");
	srow(&body, "m1", "sess_1", "\"2026-03-01T09:00:00.000Z\"");
	srow(&body, "m2", "sess_2", "{\"$date\":\"2026-03-01T09:00:01Z\"}");
	srow(&body, "m3", "sess_3", "{\"$date\":1772355601000}");
	cog_buf_adds(&body, "]}");
	is_int(od->list_page("", body.p, body.len, &lines, &next, &why), 3,
	    "a page of three");
	is_str(lines.p, "{\"id\":\"sess_1\",\"stepsCount\":3,\"startedAt\":"
	    "\"2026-03-01T09:00:00.000Z\",\"sessionId\":\"sess_1\","
	    "\"projectId\":\"p1\"}\n"
	    "{\"id\":\"sess_2\",\"stepsCount\":3,\"startedAt\":"
	    "\"2026-03-01T09:00:01.000Z\",\"sessionId\":\"sess_2\","
	    "\"projectId\":\"p1\"}\n"
	    "{\"id\":\"sess_3\",\"stepsCount\":3,\"startedAt\":"
	    "\"2026-03-01T09:00:01.000Z\",\"sessionId\":\"sess_3\","
	    "\"projectId\":\"p1\"}\n", "lines: the session's id, times in "
	    "ISO 8601 whatever their form, the row's members");
	is_str(next.p, "1772355601000 0\nm2\nm3", "the cursor: the last "
	    "time and the ids seen at it");

	/* The next page repeats the rows at the boundary. */
	next_page(&cur, &next, &body);
	cog_buf_reset(&lines);
	srow(&body, "m2", "sess_2", "\"2026-03-01T09:00:01.000Z\"");
	srow(&body, "m3", "sess_3", "\"2026-03-01T09:00:01.000Z\"");
	srow(&body, "m4", "sess_4", "\"2026-03-01T09:00:01.000Z\"");
	srow(&body, "m5", "sess_5", "\"2026-03-01T09:00:02.000Z\"");
	cog_buf_adds(&body, "]}");
	is_int(od->list_page(cur.p, body.p, body.len, &lines, &next, &why), 2,
	    "rows seen at the boundary are dropped");
	ok(strncmp(lines.p, "{\"id\":\"sess_4\"", 14) == 0 &&
	    strstr(lines.p, "sess_5") && !strstr(lines.p, "\"sess_3\""),
	    "... the new ones kept");
	is_str(next.p, "1772355602000 0\nm5", "... the cursor moves on");

	/* The page after: nothing new ends the list. */
	next_page(&cur, &next, &body);
	cog_buf_reset(&lines);
	srow(&body, "m5", "sess_5", "\"2026-03-01T09:00:02.000Z\"");
	cog_buf_adds(&body, "]}");
	is_int(od->list_page(cur.p, body.p, body.len, &lines, &next, &why), 0,
	    "a page of rows seen");
	is_int(next.len, 0, "... ends the list");
	is_int(od->list_page(cur.p, S("{\"value\":[]}"), &lines, &next, &why),
	    0, "so does an empty page");
	is_int(next.len, 0, "... with no cursor");

	/* One time stamp fills whole pages: $skip inside it. */
	cog_buf_reset(&body);
	cog_buf_adds(&body, "{\"value\":[");
	srow(&body, "a1", "s1", "\"2026-03-01T09:00:00.000Z\"");
	srow(&body, "a2", "s2", "\"2026-03-01T09:00:00.000Z\"");
	cog_buf_adds(&body, "]}");
	is_int(od->list_page("", body.p, body.len, &lines, &next, &why), 2,
	    "a page all at one time");
	is_str(next.p, "1772355600000 2\na1\na2", "... skips its rows next");
	next_page(&cur, &next, &body);
	srow(&body, "a3", "s3", "\"2026-03-01T09:00:00.000Z\"");
	srow(&body, "a4", "s4", "\"2026-03-01T09:00:00.000Z\"");
	cog_buf_adds(&body, "]}");
	is_int(od->list_page(cur.p, body.p, body.len, &lines, &next, &why), 2,
	    "the next rows at that time");
	is_str(next.p, "1772355600000 4\na3\na4", "... skipped too, then");
	cog_buf_reset(&cur);
	cog_buf_add(&cur, next.p, next.len);
	is_int(od->list_page(cur.p, body.p, body.len, &lines, &next, &why), 0,
	    "a server ignoring $skip repeats them");
	is_int(next.len, 0, "... and the list ends rather than loops");

	/* Unquoted literals: second precision, rows seen by second. */
	setenv("COG_ODATA_DATES", "unquoted", 1);
	cog_buf_reset(&body);
	cog_buf_adds(&body, "{\"value\":[");
	srow(&body, "b1", "s1", "\"2026-03-01T09:00:00.100Z\"");
	srow(&body, "b2", "s2", "\"2026-03-01T09:00:01.200Z\"");
	srow(&body, "b3", "s3", "\"2026-03-01T09:00:01.700Z\"");
	cog_buf_adds(&body, "]}");
	od->list_page("", body.p, body.len, &lines, &next, &why);
	is_str(next.p, "1772355601000 0\nb2\nb3", "unquoted: the cursor at "
	    "the second");
	unsetenv("COG_ODATA_DATES");

	cog_buf_reset(&lines);
	is_int(od->list_page("", S("{\"value\":[{\"id\":\"x\",\"startedAt\":"
	    "\"2026-03-01T09:00:02Z\",\"sessionId\":\"a\"},{\"id\":\"y\","
	    "\"startedAt\":\"2026-03-01T09:00:01Z\",\"sessionId\":\"b\"}]}"),
	    &lines, &next, &why), -1, "rows out of time order");
	is_str(why, "the rows are not in time order", "... are refused");
	is_int(lines.len, 0, "... and nothing is handed on");
	is_int(od->list_page("", S("{\"value\":[{\"id\":\"x\",\"startedAt\":"
	    "\"soon\",\"sessionId\":\"a\"}]}"), &lines, &next, &why), -1,
	    "a time that cannot be read");
	is_int(od->list_page("", S("{\"value\":[{\"startedAt\":"
	    "\"2026-03-01T09:00:02Z\",\"sessionId\":\"a\"}]}"), &lines, &next,
	    &why), -1, "a row with no id");
	is_str(why, "a row has no \"id\"", "... is named");
	is_int(od->list_page("", S("{\"value\":[{\"id\":\"x\",\"startedAt\":"
	    "\"2026-03-01T09:00:02Z\"}]}"), &lines, &next, &why), -1,
	    "a session row with no sessionId");
	is_int(od->list_page("", S("{\"items\":[]}"), &lines, &next, &why), -1,
	    "no value array");
	is_int(od->list_page("", S("<html>"), &lines, &next, &why), -1,
	    "not JSON");
	is_int(lines.len, 0, "... nothing handed on");
	cog_buf_release(&body);
	cog_buf_release(&lines);
	cog_buf_release(&next);
	cog_buf_release(&cur);
}

static int
scan_each(void *arg, const char *session, const char *msg, size_t n)
{
	struct cog_buf *b = arg;

	cog_buf_addf(b, "%s:", session);
	cog_buf_add(b, msg, n);
	cog_buf_addc(b, '\n');
	return 0;
}

static void
scan(void)
{
	struct cog_buf body = COG_BUF_INIT, got = COG_BUF_INIT,
	    next = COG_BUF_INIT;
	struct cog_api_range r = { .since = "2026-03-01T09:00:00.000Z",
	    .since_ms = 1772355600000LL };
	const char *why = NULL;

	cog_buf_adds(&body, "{\"value\":[");
	row(&body, "r1", "sess_1", "\"2026-03-01T09:00:00.000Z\"");
	row(&body, "r2", "sess_2", "{\"$date\":\"2026-03-01T09:00:00.500Z\"}");
	row(&body, "r3", "sess_\\u0031", "\"2026-03-01T09:00:01.000Z\"");
	cog_buf_adds(&body, "],\"@odata.nextLink\":\"http://x/v2.4/"
	    "Conversations?$skip=3\"}");
	is_int(od->scan_page("", body.p, body.len, scan_each, &got, &next,
	    &why), 3, "a scan page, a next link or not");
	ok(strncmp(got.p, "sess_1:{\"id\":\"r1\"", 17) == 0 &&
	    strstr(got.p, "\nsess_2:{\"id\":\"r2\"") &&
	    strstr(got.p, "\nsess_1:{\"id\":\"r3\""),
	    "each row with its session (decoded)");
	is_str(next.p, "1772355601000 0\nr3", "... and the cursor");

	cog_buf_reset(&got);
	is_int(od->scan_page("", S("{\"value\":[{\"id\":\"r\",\"timestamp\":"
	    "\"2026-03-01T09:00:00Z\"}]}"), scan_each, &got, &next, &why), -1,
	    "a row with no session");
	is_str(why, "a row has no \"sessionId\"", "... is named");
	is_int(got.len, 0, "... nothing handed on");

	/* The last row, after a 500. */
	is_int(od->past_end(&r, 1, "1772355601000 0\nr3", S("{\"value\":["
	    "{\"id\":\"r3\",\"sessionId\":\"s\",\"timestamp\":"
	    "\"2026-03-01T09:00:01Z\"}]}")), 1, "the cursor has seen the last "
	    "row: past the end");
	is_int(od->past_end(&r, 1, "1772355601000 0\nr3", S("{\"value\":["
	    "{\"id\":\"r4\",\"sessionId\":\"s\",\"timestamp\":"
	    "\"2026-03-01T09:00:01Z\"}]}")), 0, "a row unseen at its time: "
	    "not");
	is_int(od->past_end(&r, 1, "1772355601000 0\nr3", S("{\"value\":["
	    "{\"id\":\"r9\",\"sessionId\":\"s\",\"timestamp\":"
	    "\"2026-03-01T10:00:00Z\"}]}")), 0, "a later row: not");
	is_int(od->past_end(&r, 1, "", S("{\"value\":[{\"id\":\"r\","
	    "\"sessionId\":\"s\",\"timestamp\":\"2026-02-01T00:00:00Z\"}]}")),
	    1, "the first page, since after the last row: past the end");
	is_int(od->past_end(&r, 1, "", S("{\"value\":[]}")), 1,
	    "no rows at all: past the end");
	is_int(od->past_end(&r, 1, "", S("oops")), -1, "an unreadable answer");
	cog_buf_release(&body);
	cog_buf_release(&got);
	cog_buf_release(&next);
}

/* OData's error answers: the text and the code read from each. */
static const struct apierr od_errors[] = {
	{ "{\"error\":{\"code\":404,\"message\":\"Resource not found for the "
	    "segment 'Conversation'\"}}",
	    "Resource not found for the segment 'Conversation'",
	    "OData's error: the message", "404", "... a numeric code" },
	{ "{\"error\":{\"code\":\"1002\",\"message\":{\"lang\":\"en\","
	    "\"value\":\"no\\nway\"}}}", "no?way",
	    "a v3 message object, control characters hidden",
	    "1002", "... a string code" },
	{ "{\"message\":\"An error has occurred.\"}", "An error has occurred.",
	    "a bare message", "", "... no code" },
	{ "<html><title>403 Forbidden</title>\n</html>",
	    "<html><title>403 Forbidden</title>", "an HTML page: its first line",
	    NULL, NULL },
};

static void
errors(void)
{
	struct cog_api_error e = COG_API_ERROR_INIT;

	apierr_check(od, od_errors, sizeof(od_errors) / sizeof(od_errors[0]),
	    offsetof(struct cog_api_error, code));
	od->read_error("", 0, &e);
	ok(e.text.len == 0, "an empty body says nothing");
	cog_api_error_release(&e);
}

static int
collect(void *arg, const char *msg, size_t n)
{
	struct cog_buf *b = arg;
	static long long seq;
	struct cog_record_id id = { "sess_1", 0, "ab12" };

	id.seq = seq++;
	od->record(&id, msg, n, b);
	cog_buf_addc(b, '\n');
	return 0;
}

static void
put(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	fputs(text, f);
	fclose(f);
}

static void
records(void)
{
	char path[] = "/tmp/cogodata.XXXXXX";
	struct cog_buf out = COG_BUF_INIT, why = COG_BUF_INIT;

	close(mkstemp(path));
	put(path, "{\"@odata.count\":3,\"value\":[\n"
	    " {\"id\":\"2\",\"inputText\":\"b\",\"inputData\":\"{\\\"k\\\":"
	    "[1]}\",\"timestamp\":\"2026-03-01T09:00:01Z\"},\n"
	    " {\"id\":\"1\",\"inputText\":\"a\",\"inputData\":{\"o\":2},"
	    "\"timestamp\":{\"$date\":\"2026-03-01T09:00:00.000Z\"}},\n"
	    " {\"id\":\"3\",\"inputText\":\"c\",\"inputData\":\"not json\","
	    "\"timestamp\":\"2026-03-01T09:00:01Z\"}]}\n");
	is_int(od->messages(path, collect, &out, &why), 0, "a transcript");
	is_str(out.p,
	    "{\"session_id\":\"sess_1\",\"seq\":0,\"raw_sha256\":\"ab12\","
	    "\"id\":\"1\",\"text\":\"a\",\"data\":{\"o\":2},\"timestamp\":"
	    "\"2026-03-01T09:00:00.000Z\"}\n"
	    "{\"session_id\":\"sess_1\",\"seq\":1,\"raw_sha256\":\"ab12\","
	    "\"id\":\"2\",\"text\":\"b\",\"data\":{\"k\":[1]},\"timestamp\":"
	    "\"2026-03-01T09:00:01Z\"}\n"
	    "{\"session_id\":\"sess_1\",\"seq\":2,\"raw_sha256\":\"ab12\","
	    "\"id\":\"3\",\"text\":\"c\",\"data\":\"not json\",\"timestamp\":"
	    "\"2026-03-01T09:00:01Z\"}\n",
	    "records sorted by time, stable; inputData parsed when a JSON "
	    "string, kept when an object");
	cog_buf_reset(&out);
	put(path, "{\"@odata.count\":30,\"value\":[{\"id\":\"1\"}]}");
	is_int(od->messages(path, collect, &out, &why), -1,
	    "fewer rows than @odata.count");
	ok(strstr(why.p, "holds 1 of 30 messages") != NULL, "... is refused: "
	    "%s", why.p);
	is_int(out.len, 0, "... nothing handed on");
	cog_buf_reset(&why);
	put(path, "{\"value\":[{\"id\":\"1\"}],\"@odata.nextLink\":\"x\"}");
	is_int(od->messages(path, collect, &out, &why), -1,
	    "a next link: a page of several");
	cog_buf_reset(&why);
	put(path, "{\"value\":[{\"id\":\"1\"},2]}");
	is_int(od->messages(path, collect, &out, &why), -1, "a row no object");
	cog_buf_reset(&why);
	put(path, "{\"value\":[]}");
	is_int(od->messages(path, collect, &out, &why), 0, "an empty session");
	is_int(out.len, 0, "... no records");
	unlink(path);
	is_int(od->messages(path, collect, &out, &why), -1, "no file");
	cog_buf_release(&out);
	cog_buf_release(&why);
}

int
main(void)
{
	cog_setprogname("unit");
	od = &cog_api_odata;
	table();
	paths();
	pages();
	scan();
	errors();
	records();
	return tap_done();
}
