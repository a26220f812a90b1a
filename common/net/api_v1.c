/* api_v1.c -- the backend of API v1, the tenant API of the tutorial */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/lines.h"
#include "json/jget.h"
#include "json/json.h"
#include "net/api.h"
#include "net/session.h"

/*
 *	POST /api/v1/auth/login	{username,password,scope} ->
 *				{access_token,expires_in,scope}
 *	GET  /api/v1/sessions?pageSize&startId&endId[&cursor] ->
 *				{items:[{id,...}],pagination:{nextCursor}}
 *	GET  /api/v1/sessions/{id}/transcript	JSONL, Range, Repr-Digest
 *	POST /api/v1/export/jobs	an export request -> {jobId}
 *	GET  /api/v1/export/jobs/{id} ->
 *		{jobId,status,progress,errorMessage?,sessionIdStart?,
 *		sessionIdEnd?}
 *	errors: {message} or {error}, and {scope} with a 403
 */

#define SCOPES "sessions:read export:manage"
#define DEFAULT_LIFETIME 3600

static int
have_credentials(void)
{
	const char *u = getenv("COG_USERNAME"), *p = getenv("COG_PASSWORD"),
	    *f = getenv("COG_PASSWORD_FILE");

	return u && *u && ((p && *p) || (f && *f));
}

/* The password from COG_PASSWORD, else COG_PASSWORD_FILE. */
static void
read_password(struct cog_secret *pass)
{
	const char *file = getenv("COG_PASSWORD_FILE");
	char err[512];

	if (cog_secret_env(pass, "COG_PASSWORD") || file == NULL ||
	    *file == '\0')
		return;
	if (cog_secret_read(pass, file, "password file", 0, err,
	    sizeof(err)) < 0)
		cog_die("%s", err);
}

static void
login_request(struct cog_api_login *l)
{
	struct cog_secret pass = { NULL, 0, 0, 0 };
	struct cog_buf b = COG_BUF_INIT;
	const char *user = getenv("COG_USERNAME");

	read_password(&pass);
	/* Room for the whole body first: no copy of the password is left. */
	cog_buf_grow(&b, 64 + strlen(SCOPES) + 6 * strlen(user) +
	    6 * pass.len);
	cog_buf_adds(&b, "{\"username\":");
	cog_buf_add_jstr(&b, user, strlen(user));
	cog_buf_adds(&b, ",\"password\":");
	cog_buf_add_jstr(&b, pass.p ? pass.p : "", pass.len);
	cog_buf_adds(&b, ",\"scope\":\"" SCOPES "\"}");
	cog_secret_release(&pass);
	l->method = "POST";
	l->path = "/api/v1/auth/login";
	l->content_type = "Content-Type: application/json";
	cog_secret_release(&l->body);
	l->body.p = b.p;
	l->body.len = b.len;
	l->body.cap = b.cap;
}

static int
login_answer(const char *body, size_t n, struct cog_bearer *t,
    const char **why)
{
	struct cog_buf tok = COG_BUF_INIT, scope = COG_BUF_INIT;
	long long expires_in = 0;

	if (cog_jget_str(body, n, "access_token", &tok) != 1 ||
	    tok.len == 0) {
		cog_buf_release(&tok);
		*why = "no access_token in the answer";
		return -1;
	}
	cog_jget_int(body, n, "expires_in", &expires_in);
	if (cog_jget_str(body, n, "scope", &scope) != 1)
		cog_buf_adds(&scope, SCOPES);
	free(t->token);
	free(t->scope);
	t->token = cog_buf_detach(&tok, NULL);
	t->scope = cog_buf_detach(&scope, NULL);
	t->lifetime = expires_in > 0 ? (long)expires_in : DEFAULT_LIFETIME;
	return 0;
}

static void
credential(const char *token, struct cog_buf *line)
{
	cog_buf_adds(line, "Authorization: Bearer ");
	cog_buf_adds(line, token);
}

static void
list_path(const struct cog_api_range *r, long page_size, const char *cursor,
    struct cog_buf *path)
{
	char size[24];

	snprintf(size, sizeof(size), "%ld", page_size);
	cog_buf_adds(path, "/api/v1/sessions");
	cog_api_add_param(path, "pageSize", size);
	cog_api_add_param(path, "startId", r->from);
	cog_api_add_param(path, "endId", r->to);
	if (*cursor)
		cog_api_add_param(path, "cursor", cursor);
}

/* Each item is an object (*arg 1 if not) whose bytes is a size (2). */
static int
check_item(const struct cog_jval *v, void *arg)
{
	long long bytes;

	if (v->type != COG_JT_OBJ_BEGIN)
		return *(int *)arg = 1;
	if (cog_session_bytes(v->p, v->n, &bytes) < 0)
		return *(int *)arg = 2;
	return 0;
}

/* An item as the server sent it, on one line (JSON strings hold none). */
static int
add_item(const struct cog_jval *v, void *arg)
{
	struct cog_buf *lines = arg;
	size_t start = lines->len;

	cog_buf_add(lines, v->p, v->n);
	cog_api_end_line(lines, start);
	return 0;
}

static long
list_page(const char *cursor, const char *body, size_t n,
    struct cog_buf *lines, struct cog_buf *next, const char **why)
{
	int bad = 0;
	long count;

	(void)cursor;
	count = cog_jget_each(body, n, "items", check_item, &bad);
	if (count < 0 || bad) {
		*why = bad == 2 ? "an item's \"bytes\" is not a size (a whole "
		    "number from 0)" : bad ? "an item is not a JSON object" :
		    "the answer is not a JSON object with an \"items\" array";
		return -1;
	}
	cog_jget_each(body, n, "items", add_item, lines);
	if (cog_jget_str(body, n, "pagination.nextCursor", next) != 1)
		cog_buf_reset(next);
	return count;
}

static void
transcript_path(const char *id, const char *project, struct cog_buf *path)
{
	(void)project;
	cog_buf_addf(path, "/api/v1/sessions/%s/transcript", id);
}

/* Whether line is one JSON object; *why says what is wrong if not. */
static int
is_object(const char *line, size_t n, const char **why)
{
	struct cog_json j;
	struct cog_jtok t;
	int type, r = 1;

	memset(&j, 0, sizeof(j));
	cog_json_init(&j, line, n);
	if (cog_json_next(&j, &t) != COG_JT_OBJ_BEGIN) {
		*why = j.errmsg ? j.errmsg : "not a JSON object";
		r = 0;
	} else {
		/* The rest need only be valid: ask for no more tokens. */
		cog_json_want(&j, 0);
		while ((type = cog_json_next(&j, &t)) != COG_JT_END)
			if (type == COG_JT_ERROR) {
				*why = j.errmsg;
				r = 0;
				break;
			}
	}
	cog_json_release(&j);
	return r;
}

/* The transcript is JSONL, a message a line; blank lines are skipped. */
static int
messages(const char *path, int (*each)(void *, const char *, size_t),
    void *arg, struct cog_buf *why)
{
	struct cog_lines in;
	const char *msg;
	char *line;
	size_t len;
	int nl, rc = 0, pass, stop = 0;

	for (pass = 0; pass < 2 && !stop; pass++) {
		if (cog_lines_open(&in, path) < 0) {
			cog_buf_addf(why, "cannot open '%s': %s", path,
			    strerror(errno));
			return -1;
		}
		while (!stop && (rc = cog_lines_next(&in, &line, &len,
		    &nl)) > 0) {
			if (cog_blank(line, len))
				continue;
			if (pass == 1) {
				stop = each(arg, line, len);
			} else if (!is_object(line, len, &msg)) {
				cog_buf_addf(why, "message %lu: %s",
				    in.lineno, msg);
				cog_lines_close(&in);
				return -1;
			}
		}
		cog_lines_close(&in);
		if (!stop && rc < 0) {
			cog_buf_addf(why, "cannot read '%s': %s", path,
			    strerror(errno));
			return -1;
		}
	}
	return 0;
}

/* The messages are in the record's form already. */
static void
record(const struct cog_record_id *id, const char *msg, size_t n,
    struct cog_buf *out)
{
	static const struct cog_record_names names = { "text", "data" };

	cog_record_write(id, msg, n, &names, out);
}

static int
export_started(const char *body, size_t n, struct cog_buf *id)
{
	return cog_jget_str(body, n, "jobId", id) == 1 ? 0 : -1;
}

static void
job_path(const char *id, struct cog_buf *path)
{
	cog_buf_addf(path, "/api/v1/export/jobs/%s", id);
}

static void
str(const char *body, size_t n, const char *key, struct cog_buf *out)
{
	cog_buf_reset(out);
	if (cog_jget_str(body, n, key, out) != 1)
		cog_buf_reset(out);
}

static int
job_status(const char *body, size_t n, struct cog_export_job *j)
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
	return cog_export_state(j->status.p);
}

static void
read_error(const char *body, size_t n, struct cog_api_error *e)
{
	struct cog_buf t = COG_BUF_INIT;

	if (n == 0)
		return;
	if (cog_jget_str(body, n, "message", &t) == 1 ||
	    cog_jget_str(body, n, "error", &t) == 1)
		cog_api_add_text(&e->text, t.p, t.len);
	else
		cog_api_add_text(&e->text, body, cog_api_first_line(body, n));
	if (cog_jget_str(body, n, "scope", &e->scope) != 1)
		cog_buf_reset(&e->scope);
	cog_buf_release(&t);
}

const struct cog_api_backend cog_api_v1 = {
	.name = "v1",
	.flags = COG_API_RANGES | COG_API_DIGEST | COG_API_BY_ID |
	    COG_API_PASSWORD,
	.session_label = "%s",
	.token_env = "COG_TOKEN",
	.scopes = SCOPES,
	.scope_read = "sessions:read",
	.scope_export = "export:manage",
	.credentials = "COG_USERNAME and COG_PASSWORD",
	.credentials_all = "COG_USERNAME and COG_PASSWORD or "
	    "COG_PASSWORD_FILE",
	.have_credentials = have_credentials,
	.login_request = login_request,
	.login_answer = login_answer,
	.credential = credential,
	.list_path = list_path,
	.list_page = list_page,
	.transcript_path = transcript_path,
	.transcript_accept = "Accept: application/x-ndjson, application/json",
	.messages = messages,
	.record = record,
	.export_path = "/api/v1/export/jobs",
	.export_started = export_started,
	.job_path = job_path,
	.job_status = job_status,
	.read_error = read_error,
};
