/* The API v1 backend: requests built, answers read, records made. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/err.h"
#include "net/api.h"
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

static void
paths(void)
{
	struct cog_buf b = COG_BUF_INIT;
	struct cog_api_range r = { .from = "sess_1", .to = "sess_9" };

	v1->list_path(&r, 100, "", &b);
	is_str(b.p, "/api/v1/sessions?pageSize=100&startId=sess_1&endId=sess_9",
	    "the first page");
	cog_buf_reset(&b);
	v1->list_path(&r, 7, "a b/c=d&e~f", &b);
	is_str(b.p, "/api/v1/sessions?pageSize=7&startId=sess_1&endId=sess_9"
	    "&cursor=a%20b%2Fc%3Dd%26e~f", "a later page, its cursor encoded");
	cog_buf_reset(&b);
	cog_api_add_param(&b, "q", "\xc3\xa9");
	is_str(b.p, "?q=%C3%A9", "UTF-8 bytes encoded one by one");
	cog_buf_reset(&b);
	v1->transcript_path("sess_00042", NULL, &b);
	is_str(b.p, "/api/v1/sessions/sess_00042/transcript", "a transcript");
	cog_buf_reset(&b);
	v1->job_path("job_1", &b);
	is_str(b.p, "/api/v1/export/jobs/job_1", "a job");
	cog_buf_reset(&b);
	v1->credential("t0k", &b);
	is_str(b.p, "Authorization: Bearer t0k", "the token, as a bearer");
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
	is_int(v1->list_page("", S("{\"sessions\":[]}"), &lines, &next, &why), -1,
	    "no items array");
	is_int(v1->list_page("", S("<html>"), &lines, &next, &why), -1,
	    "not JSON");
	cog_buf_release(&lines);
	cog_buf_release(&next);
}

static void
errors(void)
{
	struct cog_api_error e = COG_API_ERROR_INIT;
	char big[400];

	v1->read_error(S("{\"message\":\"token expired\",\"scope\":"
	    "\"sessions:read\"}"), &e);
	is_str(e.text.p, "token expired", "the message");
	is_str(e.scope.p, "sessions:read", "... and the scope");
	cog_api_error_release(&e);
	v1->read_error(S("{\"error\":\"bad\\nline\"}"), &e);
	is_str(e.text.p, "bad?line", "error, its control characters hidden");
	ok(e.scope.len == 0, "... no scope");
	cog_api_error_release(&e);
	v1->read_error(S("Bad Gateway\r\n<html>"), &e);
	is_str(e.text.p, "Bad Gateway", "a text body: its first line");
	cog_api_error_release(&e);
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

int
main(void)
{
	cog_setprogname("unit");
	v1 = &cog_api_v1;
	table();
	paths();
	pages();
	errors();
	login();
	records();
	return tap_done();
}
