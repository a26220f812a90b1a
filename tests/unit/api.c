/* The API v1 backend: requests built, answers read, records made. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/err.h"
#include "net/api.h"
#include "net/session.h"
#include "apierr.h"
#include "tap.h"

#define S(x) x, strlen(x)

static const struct cog_api_backend *v1;

static void
table(void)
{
	ok(cog_api_find("v1") == &cog_api_v1, "v1 is found by name");
	ok(cog_api_find(COG_API_DEFAULT) == &cog_api_v1, "... the default");
	ok(cog_api_find("v9") == NULL, "no other");
	ok(v1->flags & COG_API_RANGES && v1->flags & COG_API_DIGEST,
	    "v1 transcripts resume and carry a digest");
	ok(v1->export_path && v1->export_started && v1->job_path &&
	    v1->job_status, "v1 has export jobs");
}

/* Empties b, makes the call that writes into it and checks what it wrote. */
#define WROTE(call, want, ...)	do { cog_buf_reset(&b); (call); \
	is_str(b.p, (want), __VA_ARGS__); } while (0)

static void
paths(void)
{
	struct cog_buf b = COG_BUF_INIT;
	struct cog_api_range r = { .from = "sess_1", .to = "sess_9" };

	v1->list_path(&r, 100, "", &b);
	is_str(b.p, "/api/v1/sessions?pageSize=100&startId=sess_1&endId=sess_9",
	    "the first page");
	WROTE(v1->list_path(&r, 7, "a b/c=d&e~f", &b),
	    "/api/v1/sessions?pageSize=7&startId=sess_1&endId=sess_9"
	    "&cursor=a%20b%2Fc%3Dd%26e~f", "a later page, its cursor encoded");
	cog_buf_reset(&b);
	cog_api_add_param(&b, "q", "\xc3\xa9");
	is_str(b.p, "?q=%C3%A9", "UTF-8 bytes encoded one by one");
	WROTE(v1->transcript_path("sess_00042", NULL, &b),
	    "/api/v1/sessions/sess_00042/transcript", "a transcript");
	WROTE(v1->job_path("job_1", &b), "/api/v1/export/jobs/job_1", "a job");
	WROTE(v1->credential("t0k", &b), "Authorization: Bearer t0k",
	    "the token, as a bearer");
	cog_buf_release(&b);
}

static void
pages(void)
{
	struct cog_buf lines = COG_BUF_INIT, next = COG_BUF_INIT;
	const char *why = NULL;

	is_int(v1->list_page("", S("{\"items\":[{\"id\":\"a\"},{\"id\":\"b\",\n"
	    "\"x\":[1,\r\n2]}],\"pagination\":{\"nextCursor\":\"c2\"}}"),
	    &lines, &next, &why), 2, "a page of two");
	is_str(lines.p, "{\"id\":\"a\"}\n{\"id\":\"b\", \"x\":[1,  2]}\n",
	    "... each item on one line, bytes as sent otherwise");
	is_str(next.p, "c2", "... and the next cursor");
	cog_buf_reset(&lines);
	cog_buf_reset(&next);
	is_int(v1->list_page("", S("{\"items\":[],\"pagination\":{}}"), &lines,
	    &next, &why), 0, "an empty last page");
	is_int(next.len, 0, "... has no next cursor");
	is_int(v1->list_page("", S("{\"items\":[{},3]}"), &lines, &next, &why),
	    -1, "an item that is no object");
	is_str(why, "an item is not a JSON object", "... is named");
	is_int(lines.len, 0, "... and nothing is handed on");
	is_int(v1->list_page("", S("{\"items\":[{\"id\":\"a\",\"bytes\":-5}]}"),
	    &lines, &next, &why), -1, "an item of negative bytes");
	is_str(why, "an item's \"bytes\" is not a size (a whole number from 0)",
	    "... is named");
	is_int(lines.len, 0, "... and nothing is handed on");
	is_int(v1->list_page("", S("{\"items\":[{\"id\":\"a\",\"bytes\":null}]}"),
	    &lines, &next, &why), 1, "bytes null is no size, not an error");
	cog_buf_reset(&lines);
	is_int(v1->list_page("", S("{\"sessions\":[]}"), &lines, &next, &why), -1,
	    "no items array");
	is_int(v1->list_page("", S("<html>"), &lines, &next, &why), -1,
	    "not JSON");
	cog_buf_release(&lines);
	cog_buf_release(&next);
}

/* Error answers of the v1 API: the text and the scope read from each. */
static const struct apierr v1_errors[] = {
	{ "{\"message\":\"token expired\",\"scope\":\"sessions:read\"}",
	    "token expired", "the message", "sessions:read",
	    "... and the scope" },
	{ "{\"error\":\"bad\\nline\"}", "bad?line",
	    "error, its control characters hidden", "", "... no scope" },
	{ "Bad Gateway\r\n<html>", "Bad Gateway", "a text body: its first line",
	    NULL, NULL },
};

static void
errors(void)
{
	struct cog_api_error e = COG_API_ERROR_INIT;
	char big[400];

	apierr_check(v1, v1_errors, sizeof(v1_errors) / sizeof(v1_errors[0]),
	    offsetof(struct cog_api_error, scope));
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	v1->read_error(big, strlen(big), &e);
	is_int(e.text.len, 200, "cut to 200 bytes");
	cog_api_error_release(&e);
	v1->read_error("", 0, &e);
	ok(e.text.len == 0 && e.scope.len == 0, "an empty body says nothing");
	cog_api_error_release(&e);
}

static void
login(void)
{
	struct cog_api_login l;
	struct cog_bearer b;
	const char *why = NULL;

	memset(&l, 0, sizeof(l));
	setenv("COG_USERNAME", "u\"1", 1);
	setenv("COG_PASSWORD", "p\\w", 1);
	unsetenv("COG_PASSWORD_FILE");
	ok(v1->have_credentials(), "credentials from the environment");
	v1->login_request(&l);
	is_str(l.path, "/api/v1/auth/login", "the login path");
	is_str(l.body.p, "{\"username\":\"u\\\"1\",\"password\":\"p\\\\w\","
	    "\"scope\":\"sessions:read export:manage\"}", "... its body");
	cog_api_login_release(&l);
	ok(l.body.p == NULL, "... wiped and freed");
	unsetenv("COG_PASSWORD");
	ok(!v1->have_credentials(), "no password: no credentials");

	memset(&b, 0, sizeof(b));
	is_int(v1->login_answer(S("{\"access_token\":\"abc\","
	    "\"expires_in\":120,\"scope\":\"sessions:read\"}"), &b, &why), 0,
	    "an answer");
	ok(strcmp(b.token, "abc") == 0 && strcmp(b.scope, "sessions:read") ==
	    0 && b.lifetime == 120, "... token, scope and lifetime");
	cog_bearer_release(&b);
	is_int(v1->login_answer(S("{\"access_token\":\"abc\"}"), &b, &why), 0,
	    "an answer with the token alone");
	ok(b.lifetime == 3600 && strcmp(b.scope, v1->scopes) == 0,
	    "... an hour, and the scopes asked");
	cog_bearer_release(&b);
	is_int(v1->login_answer(S("{\"access_token\":\"\"}"), &b, &why), -1,
	    "an empty token");
	is_str(why, "no access_token in the answer", "... is refused");
	cog_bearer_release(&b);
}

static int
collect(void *arg, const char *msg, size_t n)
{
	struct cog_buf *b = arg;
	static long long seq;
	struct cog_record_id id = { "s1", 0, NULL };

	id.seq = seq++;
	v1->record(&id, msg, n, b);
	cog_buf_addc(b, '\n');
	return 0;
}

static void
records(void)
{
	char path[] = "/tmp/cogapi.XXXXXX";
	struct cog_buf out = COG_BUF_INIT, why = COG_BUF_INIT;
	const char *text = "{\"a\":1}\n\n  {}\r\n{ \"b\" : [2] }";
	FILE *f;
	int fd;

	fd = mkstemp(path);
	f = fdopen(fd, "w");
	fputs(text, f);
	fclose(f);
	is_int(v1->messages(path, collect, &out, &why), 0, "a transcript");
	is_str(out.p, "{\"session_id\":\"s1\",\"seq\":0,\"a\":1}\n"
	    "{\"session_id\":\"s1\",\"seq\":1}\r\n"
	    "{\"session_id\":\"s1\",\"seq\":2, \"b\" : [2] }\n",
	    "records: session_id and seq first, the rest as it came");
	f = fopen(path, "w");
	fputs("{\"a\":1}\n[1]\n", f);
	fclose(f);
	cog_buf_reset(&out);
	is_int(v1->messages(path, collect, &out, &why), -1,
	    "a line that is no object");
	is_str(why.p, "message 2: not a JSON object", "... is named");
	is_int(out.len, 0, "... and no message is handed on");
	unlink(path);
	cog_buf_reset(&why);
	is_int(v1->messages(path, collect, &out, &why), -1, "no file");
	ok(strncmp(why.p, "cannot open", 11) == 0, "... says so");
	cog_buf_release(&out);
	cog_buf_release(&why);
}

/* The REST API v2.0: its requests and the forms of its answers. */
static void
rest(void)
{
	const struct cog_api_backend *r = cog_api_find("rest");
	struct cog_api_range rg = { .project = "65a1b2c3d4e5f60718290001" };
	struct cog_buf b = COG_BUF_INIT, lines = COG_BUF_INIT,
	    next = COG_BUF_INIT;
	struct cog_api_error e = COG_API_ERROR_INIT;
	struct cog_api_login l;
	struct cog_bearer t;
	const char *why = NULL;

	ok(r != NULL && r == &cog_api_rest, "rest is found by name");
	ok(!(r->flags & (COG_API_DIGEST | COG_API_RANGES)) &&
	    (r->flags & COG_API_BY_PROJECT) && r->export_path == NULL,
	    "... no digest, no Range, one project a list, no export job");
	r->list_path(&rg, 500, "", &b);
	is_str(b.p, "/new/v2.0/conversations?projectId=65a1b2c3d4e5f607182900"
	    "01&limit=100", "the first page: the project, at most 100");
	WROTE(r->list_path(&rg, 7, "n0123abcd", &b),
	    "/new/v2.0/conversations?projectId=65a1b2c3d4e5f607182900"
	    "01&limit=7&next=0123abcd", "a later page: next=<nextCursor>");
	WROTE(r->list_path(&rg, 7,
	    "h/new/v2.0/conversations?projectId=x&next=y", &b),
	    "/new/v2.0/conversations?projectId=x&next=y",
	    "... or the HAL next link as it is");
	WROTE(r->list_path(&rg, 7, "n/Zm9v+Ym==", &b),
	    "/new/v2.0/conversations?projectId=65a1b2c3d4e5f607182900"
	    "01&limit=7&next=%2FZm9v%2BYm%3D%3D",
	    "... a nextCursor that starts with '/' is still a cursor");
	WROTE(r->transcript_path("a b/c%", NULL, &b),
	    "/new/v2.0/conversations/a%20b%2Fc%25",
	    "a conversation: the id encoded");
	WROTE(r->transcript_path("s1", "p1", &b),
	    "/new/v2.0/conversations/s1?projectId=p1", "... with its project");
	WROTE(r->credential("k3y", &b), "X-API-Key: k3y",
	    "a key goes in X-API-Key");
	WROTE(r->bearer("t0k", &b), "Authorization: Bearer t0k",
	    "an OAuth2 token as a bearer");

	is_int(r->list_page("", S("{\"items\":[{\"_id\":\"6601\",\"sessionId\":"
	    "\"s-1\",\"projectId\":\"p\",\"messages\":6,\"startTime\":"
	    "\"2026-03-01T10:00:00+01:00\"},{\"_id\":\"s-2\"}],\"total\":2,"
	    "\"nextCursor\":\"c2\"}"), &lines, &next, &why), 2, "a page");
	is_str(lines.p, "{\"id\":\"s-1\",\"messageCount\":6,\"startedAt\":"
	    "\"2026-03-01T09:00:00.000Z\",\"_id\":\"6601\",\"sessionId\":"
	    "\"s-1\",\"projectId\":\"p\",\"messages\":6,\"startTime\":"
	    "\"2026-03-01T10:00:00+01:00\"}\n{\"id\":\"s-2\",\"_id\":\"s-2\"}\n",
	    "... the session lines: id (sessionId, else _id), the common "
	    "members, the item");
	is_str(next.p, "nc2", "... nextCursor, its kind first");
	cog_buf_reset(&lines);
	cog_buf_reset(&next);
	is_int(r->list_page("", S("{\"_embedded\":{\"conversations\":[{\"_id\":"
	    "\"s-3\"}]},\"_links\":{\"next\":{\"href\":\"/new/v2.0/"
	    "conversations?next=n\"}},\"total\":9}"), &lines, &next, &why), 1,
	    "a HAL page");
	is_str(next.p, "h/new/v2.0/conversations?next=n",
	    "... its next link, its kind first");
	cog_buf_reset(&lines);
	cog_buf_reset(&next);
	is_int(r->list_page("", S("{\"items\":[],\"nextCursor\":\"/Zm9v\"}"),
	    &lines, &next, &why), 0, "a nextCursor that starts with '/'");
	is_str(next.p, "n/Zm9v", "... is a cursor");
	cog_buf_reset(&lines);
	cog_buf_reset(&next);
	is_int(r->list_page("", S("{\"items\":[],\"nextCursor\":null}"), &lines,
	    &next, &why), 0, "an empty last page, nextCursor null");
	is_int(next.len, 0, "... ends the list");
	cog_buf_reset(&lines);
	is_int(r->list_page("", S("{\"items\":[{\"_id\":\"a\",\"_id\":\"b\"}]}"),
	    &lines, &next, &why), 1, "an item with _id twice");
	is_str(lines.p, "{\"id\":\"b\",\"_id\":\"a\",\"_id\":\"b\"}\n",
	    "... the last one is the id");
	cog_buf_reset(&lines);
	cog_buf_reset(&next);
	is_int(r->list_page("", S("{\"items\":[{\"contactId\":\"c\"}]}"), &lines,
	    &next, &why), -1, "an item with no id");
	is_int(lines.len, 0, "... hands nothing on");

	r->read_error(S("{\"type\":\"about:blank\",\"title\":\"Not Found\","
	    "\"detail\":\"no conversation\",\"status\":404,\"traceId\":"
	    "\"api--f843\",\"code\":1002}"), &e);
	is_str(e.text.p, "not found: no conversation", "RFC 7807: title, detail");
	is_str(e.code.p, "1002", "... a numeric code");
	is_str(e.trace.p, "api--f843", "... the trace id");
	cog_api_error_release(&e);
	r->read_error(S("{\"title\":\"Bad Request\",\"code\":\"1005\"}"), &e);
	is_str(e.code.p, "1005", "a string code");
	cog_api_error_release(&e);
	r->read_error(S("{\"error\":\"invalid_grant\",\"error_description\":"
	    "\"spent\"}"), &e);
	is_str(e.text.p, "invalid_grant: spent", "an OAuth2 error");
	ok(e.code.len == 0, "... has no code");
	cog_api_error_release(&e);
	{
		char big[400];
		size_t k;

		/* "é" is 2 bytes: the 200th byte falls inside one. */
		memcpy(big, "{\"title\":\"x", 11);
		for (k = 0; k < 150; k++)
			memcpy(big + 11 + 2 * k, "\xc3\xa9", 2);
		memcpy(big + 311, "\"}", 3);
		r->read_error(big, strlen(big), &e);
		is_int(e.text.len, 199, "a long message is cut on a character");
		ok(((unsigned char)e.text.p[e.text.len - 1] & 0xc0) == 0x80 &&
		    ((unsigned char)e.text.p[e.text.len - 2]) == 0xc3,
		    "... after a whole one");
		cog_api_error_release(&e);
	}
	r->read_error(S("<html><title>403</title>\n</html>"), &e);
	is_str(e.text.p, "<html><title>403</title>", "an HTML page: its first "
	    "line");
	cog_api_error_release(&e);

	memset(&l, 0, sizeof(l));
	setenv("COG_CLIENT_ID", "c i", 1);
	setenv("COG_CLIENT_SECRET", "s&=%", 1);
	unsetenv("COG_USERNAME");
	unsetenv("COG_OAUTH_SCOPE");
	ok(r->have_credentials(), "a client: credentials for OAuth2");
	r->login_request(&l);
	is_str(l.path, "/auth/oauth2/token", "the token endpoint");
	is_str(l.content_type, "Content-Type: application/x-www-form-"
	    "urlencoded", "... a form");
	is_str(l.body.p, "grant_type=client_credentials&client_id=c%20i&"
	    "client_secret=s%26%3D%25", "... client credentials, encoded");
	cog_api_login_release(&l);
	setenv("COG_USERNAME", "ana", 1);
	setenv("COG_PASSWORD", "p w", 1);
	r->login_request(&l);
	is_str(l.body.p, "grant_type=password&username=ana&password=p%20w&"
	    "client_id=c%20i&client_secret=s%26%3D%25", "... the password grant");
	cog_api_login_release(&l);
	r->refresh_request(&l, "r/1");
	is_str(l.body.p, "grant_type=refresh_token&refresh_token=r%2F1&"
	    "client_id=c%20i&client_secret=s%26%3D%25", "... a refresh");
	cog_api_login_release(&l);
	unsetenv("COG_CLIENT_ID");
	ok(!r->have_credentials(), "no client: no OAuth2");

	memset(&t, 0, sizeof(t));
	is_int(r->login_answer(S("{\"access_token\":\"a\",\"token_type\":"
	    "\"Bearer\",\"expires_in\":3,\"refresh_token\":\"r\"}"), &t, &why),
	    0, "a token answer");
	ok(strcmp(t.token, "a") == 0 && strcmp(t.refresh, "r") == 0 &&
	    t.lifetime == 3 && t.scope && !*t.scope,
	    "... token, refresh token, lifetime; no scope");
	cog_bearer_release(&t);
	is_int(r->login_answer(S("{\"access_token\":\"a\",\"token_type\":"
	    "\"mac\"}"), &t, &why), -1, "a token that is not a bearer");
	cog_bearer_release(&t);
	cog_buf_release(&b);
	cog_buf_release(&lines);
	cog_buf_release(&next);
}

/* Session lines, and the bounds of a range. */
static void
sessions(void)
{
	struct cog_session_ref ref = { 0 };
	struct cog_api_range r;
	const char *err = NULL;

	is_int(cog_session_parse_line(S("{\"id\":\"s1\",\"bytes\":12}"), &ref,
	    &err), 1, "a session line with bytes");
	is_int((int)ref.bytes, 12, "... kept");
	is_int(cog_session_parse_line(S("{\"id\":\"s1\"}"), &ref, &err), 1,
	    "without bytes");
	is_int((int)ref.bytes, -1, "... unknown");
	is_int(cog_session_parse_line(S("{\"id\":\"s1\",\"bytes\":-1}"), &ref,
	    &err), -1, "negative bytes are an error");
	is_str(err, "\"bytes\" is not a size (a whole number from 0)",
	    "... saying so");
	is_int(cog_session_parse_line(S("{\"id\":\"s1\",\"bytes\":\"9\"}"),
	    &ref, &err), -1, "so are bytes that are a string");
	is_int(cog_session_parse_line(S("{\"id\":\"s1\",\"bytes\":1.5}"), &ref,
	    &err), -1, "... or a fraction");
	cog_session_ref_release(&ref);

	ok(cog_session_id_cmp("sess_00001", "sess_00300") < 0, "ids in order");
	ok(cog_session_id_cmp("sess_00300", "sess_00001") > 0, "... reversed");
	ok(cog_session_id_cmp("sess_9", "sess_10") < 0,
	    "digits compare by value");
	ok(cog_session_id_cmp("sess_005", "sess_00005") == 0,
	    "... leading zeros aside");
	ok(cog_session_id_cmp("a", "b") < 0 && cog_session_id_cmp("b", "a") > 0,
	    "letters bytewise");
	ok(cog_session_id_cmp("sess_1", "sess_1a") < 0, "a prefix first");
	memset(&r, 0, sizeof(r));
	r.from = "sess_00010";
	r.to = "sess_00002";
	is_str(cog_api_range_check(v1, &r),
	    "the range is reversed: --from comes after --to",
	    "a reversed range is refused");
	r.to = "sess_00010";
	ok(cog_api_range_check(v1, &r) == NULL, "a range of one session is not");
}

int
main(void)
{
	cog_setprogname("unit");
	v1 = &cog_api_v1;
	table();
	paths();
	pages();
	sessions();
	errors();
	login();
	records();
	rest();
	return tap_done();
}
