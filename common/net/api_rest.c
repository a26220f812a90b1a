/* api_rest.c -- the backend of the Cognigy.AI REST API v2.0 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/file.h"
#include "base/lines.h"
#include "base/utc.h"
#include "json/jget.h"
#include "json/json.h"
#include "net/api.h"

/*
 *	POST /auth/oauth2/token	a form: grant_type=client_credentials |
 *				password | refresh_token, client_id,
 *				client_secret[, scope] -> {access_token,
 *				token_type,expires_in[,refresh_token]}
 *	GET  /new/v2.0/conversations?projectId=P[&limit=N][&next=C] ->
 *		{items:[{_id,sessionId?,projectId,startTime,endTime,
 *		messages,...}],total[,nextCursor]}, or as HAL
 *		{_embedded:{conversations:[...]},_links:{next:{href}}}
 *	GET  /new/v2.0/conversations/{sessionId}[?projectId=P] ->
 *		{items:[{inputText,inputData,source,type,timestamp,...}],
 *		total}, or HAL {_embedded:{messages:[...]}}
 *	GET  /new/v2.0/users/me	the key's user
 *	errors: RFC 7807 {type,title,detail,instance,status,traceId,code}
 *		(code a number or a string); OAuth2 {error,error_description}
 *	credentials: X-API-Key: <key>, or Authorization: Bearer <token>
 */

#define TOKEN_PATH "/auth/oauth2/token"
#define LIST_PATH "/new/v2.0/conversations"
#define LIMIT_MAX 100
#define DEFAULT_LIFETIME 3600

/* The value of a variable, or of the secret file another one names. */
static void
secret(struct cog_secret *s, const char *env, const char *file_env,
    const char *what)
{
	const char *file = getenv(file_env);
	char err[512];

	if (cog_secret_env(s, env) || file == NULL || *file == '\0')
		return;
	if (cog_secret_read(s, file, what, 0, err, sizeof(err)) < 0)
		cog_die("%s", err);
}

static int
set(const char *name)
{
	const char *v = getenv(name);

	return v && *v;
}

static int
have_credentials(void)
{
	return set("COG_CLIENT_ID") && (set("COG_CLIENT_SECRET") ||
	    set("COG_CLIENT_SECRET_FILE"));
}

/* Whether the login is the password grant (a user is given). */
static int
password_grant(void)
{
	return set("COG_USERNAME") && (set("COG_PASSWORD") ||
	    set("COG_PASSWORD_FILE"));
}

/* Append "&name=value" to a form, value percent-encoded. */
static void
field(struct cog_buf *b, const char *name, const char *value, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i;

	if (b->len > 0)
		cog_buf_addc(b, '&');
	cog_buf_adds(b, name);
	cog_buf_addc(b, '=');
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)value[i];

		if (isalnum(c) || c == '-' || c == '.' || c == '_' ||
		    c == '~') {
			cog_buf_addc(b, c);
		} else {
			cog_buf_addc(b, '%');
			cog_buf_addc(b, hex[c >> 4]);
			cog_buf_addc(b, hex[c & 15]);
		}
	}
}

/*
 * The token request: grant (and the refresh token, for a refresh), the
 * client and the scope; the body is built in room made first, so that
 * no copy of a secret is left behind.
 */
static void
token_request(struct cog_api_login *l, const char *refresh)
{
	struct cog_secret cs = { NULL, 0, 0, 0 }, pw = { NULL, 0, 0, 0 };
	struct cog_buf b = COG_BUF_INIT;
	const char *id = getenv("COG_CLIENT_ID"), *user = NULL,
	    *scope = getenv("COG_OAUTH_SCOPE");

	if (id == NULL)
		id = "";
	secret(&cs, "COG_CLIENT_SECRET", "COG_CLIENT_SECRET_FILE",
	    "client secret file");
	if (refresh == NULL && password_grant()) {
		user = getenv("COG_USERNAME");
		secret(&pw, "COG_PASSWORD", "COG_PASSWORD_FILE",
		    "password file");
	}
	cog_buf_grow(&b, 128 + 3 * (strlen(id) + cs.len + pw.len +
	    (user ? strlen(user) : 0) + (refresh ? strlen(refresh) : 0) +
	    (scope ? strlen(scope) : 0)));
	if (refresh) {
		field(&b, "grant_type", "refresh_token", 13);
		field(&b, "refresh_token", refresh, strlen(refresh));
	} else if (user) {
		field(&b, "grant_type", "password", 8);
		field(&b, "username", user, strlen(user));
		field(&b, "password", pw.p ? pw.p : "", pw.len);
	} else {
		field(&b, "grant_type", "client_credentials", 18);
	}
	field(&b, "client_id", id, strlen(id));
	field(&b, "client_secret", cs.p ? cs.p : "", cs.len);
	if (scope && *scope && !refresh)
		field(&b, "scope", scope, strlen(scope));
	cog_secret_release(&cs);
	cog_secret_release(&pw);
	l->method = "POST";
	l->path = TOKEN_PATH;
	l->content_type = "Content-Type: application/x-www-form-urlencoded";
	cog_secret_release(&l->body);
	l->body.p = b.p;
	l->body.len = b.len;
	l->body.cap = b.cap;
}

static void
login_request(struct cog_api_login *l)
{
	token_request(l, NULL);
}

static void
refresh_request(struct cog_api_login *l, const char *refresh)
{
	token_request(l, refresh);
}

static int
login_answer(const char *body, size_t n, struct cog_bearer *t,
    const char **why)
{
	struct cog_buf tok = COG_BUF_INIT, scope = COG_BUF_INIT,
	    refresh = COG_BUF_INIT, type = COG_BUF_INIT;
	long long expires_in = 0;

	if (cog_jget_str(body, n, "access_token", &tok) != 1 ||
	    tok.len == 0) {
		cog_buf_release(&tok);
		*why = "no access_token in the answer";
		return -1;
	}
	if (cog_jget_str(body, n, "token_type", &type) == 1 &&
	    strcasecmp(type.p, "bearer") != 0) {
		explicit_bzero(tok.p, tok.len);
		cog_buf_release(&tok);
		cog_buf_release(&type);
		*why = "the token is not a bearer token";
		return -1;
	}
	cog_buf_release(&type);
	cog_jget_int(body, n, "expires_in", &expires_in);
	if (cog_jget_str(body, n, "scope", &scope) != 1)
		cog_buf_reset(&scope);
	cog_buf_adds(&scope, "");
	free(t->token);
	free(t->scope);
	t->token = cog_buf_detach(&tok, NULL);
	t->scope = cog_buf_detach(&scope, NULL);
	if (cog_jget_str(body, n, "refresh_token", &refresh) == 1 &&
	    refresh.len > 0) {
		if (t->refresh)
			explicit_bzero(t->refresh, strlen(t->refresh));
		free(t->refresh);
		t->refresh = cog_buf_detach(&refresh, NULL);
	}
	cog_buf_release(&refresh);
	t->lifetime = expires_in > 0 ? (long)expires_in : DEFAULT_LIFETIME;
	return 0;
}

static void
credential(const char *key, struct cog_buf *line)
{
	cog_buf_adds(line, "X-API-Key: ");
	cog_buf_adds(line, key);
}

static void
bearer(const char *token, struct cog_buf *line)
{
	cog_buf_adds(line, "Authorization: Bearer ");
	cog_buf_adds(line, token);
}

/*
 * The cursor is the server's nextCursor, or the path of a HAL answer's
 * next link.  A nextCursor is opaque (base64 may start with '/'), so
 * its kind is kept apart from its text: the first byte is CURSOR_NEXT
 * or CURSOR_HREF, set by list_page(), and only that byte is tested.
 */
#define CURSOR_NEXT	'n'
#define CURSOR_HREF	'h'

static void
list_path(const struct cog_api_range *r, long page_size, const char *cursor,
    struct cog_buf *path)
{
	char limit[24];

	if (cursor[0] == CURSOR_HREF) {
		cog_buf_adds(path, cursor + 1);
		return;
	}
	snprintf(limit, sizeof(limit), "%ld", page_size < LIMIT_MAX ?
	    page_size : LIMIT_MAX);
	cog_buf_adds(path, LIST_PATH);
	cog_api_add_param(path, "projectId", r->project ? r->project : "");
	cog_api_add_param(path, "limit", limit);
	if (cursor[0] == CURSOR_NEXT)
		cog_api_add_param(path, "next", cursor + 1);
}

/* The items of an answer: "items", or HAL's "_embedded.<name>". */
static int
items(const char *body, size_t n, const char *hal, struct cog_jval *v)
{
	struct cog_buf path = COG_BUF_INIT;
	int r;

	if ((r = cog_jget(body, n, "items", v)) != 0)
		return r;
	cog_buf_addf(&path, "_embedded.%s", hal);
	r = cog_jget(body, n, path.p, v);
	cog_buf_release(&path);
	return r;
}

/* A session line is built from the members of an item. */
struct line {
	struct cog_buf id, head, rest;
	int by_session;		/* the id came from sessionId */
};

/* Append a time value as an ISO 8601 UTC string, or as it came. */
static void
add_time(struct cog_buf *b, const char *name, const struct cog_jmember *m)
{
	char iso[COG_UTC_LEN + 1];
	long long ms;

	cog_buf_addf(b, ",\"%s\":", name);
	if (cog_record_value_time(&m->v, &ms) == 0) {
		cog_utc_format(ms, iso);
		cog_buf_addf(b, "\"%s\"", iso);
	} else {
		cog_buf_add(b, m->vbeg, (size_t)(m->vend - m->vbeg));
	}
}

static int
item_member(const struct cog_jmember *m, void *arg)
{
	struct line *l = arg;
	struct cog_buf *id = &l->id;

	if (cog_jmember_is(m, "sessionId") && m->v.type == COG_JT_STRING) {
		cog_buf_reset(id);
		cog_jget_str(m->vbeg, (size_t)(m->vend - m->vbeg), "", id);
		l->by_session = 1;
	} else if (cog_jmember_is(m, "_id") && m->v.type == COG_JT_STRING &&
	    !l->by_session) {
		/* A repeated key: the last one, as for sessionId. */
		cog_buf_reset(id);
		cog_jget_str(m->vbeg, (size_t)(m->vend - m->vbeg), "", id);
	}
	if (cog_jmember_is(m, "startTime"))
		add_time(&l->head, "startedAt", m);
	else if (cog_jmember_is(m, "endTime"))
		add_time(&l->head, "endedAt", m);
	else if (cog_jmember_is(m, "messages") && m->v.type == COG_JT_NUMBER) {
		cog_buf_adds(&l->head, ",\"messageCount\":");
		cog_buf_add(&l->head, m->vbeg, (size_t)(m->vend - m->vbeg));
	}
	if (cog_jmember_is(m, "id") || cog_jmember_is(m, "startedAt") ||
	    cog_jmember_is(m, "endedAt") || cog_jmember_is(m, "messageCount"))
		return 0;
	cog_buf_addc(&l->rest, ',');
	cog_buf_add(&l->rest, m->kbeg, (size_t)(m->kend - m->kbeg));
	cog_buf_addc(&l->rest, ':');
	cog_buf_add(&l->rest, m->vbeg, (size_t)(m->vend - m->vbeg));
	return 0;
}

struct page {
	struct cog_buf *lines;
	int bad;
};

/*
 * {"id" (sessionId, else _id),"startedAt","endedAt","messageCount",
 * then the item's members as they came}, on one line.
 */
static int
add_item(const struct cog_jval *v, void *arg)
{
	struct page *pg = arg;
	struct line l;
	size_t start = pg->lines->len;

	memset(&l, 0, sizeof(l));
	if (v->type != COG_JT_OBJ_BEGIN ||
	    cog_jget_members(v->p, v->n, item_member, &l) < 0 ||
	    l.id.len == 0) {
		pg->bad = 1;
	} else {
		cog_buf_adds(pg->lines, "{\"id\":");
		cog_buf_add_jstr(pg->lines, l.id.p, l.id.len);
		if (l.head.len > 0)
			cog_buf_add(pg->lines, l.head.p, l.head.len);
		if (l.rest.len > 0)
			cog_buf_add(pg->lines, l.rest.p, l.rest.len);
		cog_buf_adds(pg->lines, "}");
		cog_api_end_line(pg->lines, start);
	}
	cog_buf_release(&l.id);
	cog_buf_release(&l.head);
	cog_buf_release(&l.rest);
	return pg->bad;
}

static long
list_page(const char *cursor, const char *body, size_t n,
    struct cog_buf *lines, struct cog_buf *next, const char **why)
{
	struct cog_jval v;
	struct page pg = { lines, 0 };
	size_t before = lines->len;
	long count;

	(void)cursor;
	if (items(body, n, "conversations", &v) != 1 ||
	    v.type != COG_JT_ARR_BEGIN) {
		*why = "the answer is not a JSON object with an \"items\" "
		    "array";
		return -1;
	}
	count = cog_jget_each(v.p, v.n, "", add_item, &pg);
	if (pg.bad || count < 0) {
		cog_buf_truncate(lines, before);
		*why = "an item is not a JSON object with a \"sessionId\" or "
		    "\"_id\" string";
		return -1;
	}
	cog_buf_addc(next, CURSOR_NEXT);
	if (cog_jget_str(body, n, "nextCursor", next) == 1 && next->len > 1)
		return count;
	cog_buf_reset(next);
	cog_buf_addc(next, CURSOR_HREF);
	if (cog_jget_str(body, n, "_links.next.href", next) == 1 &&
	    next->len > 1 && next->p[1] == '/')
		return count;
	cog_buf_reset(next);
	return count;
}

static void
transcript_path(const char *id, const char *project, struct cog_buf *path)
{
	cog_buf_adds(path, LIST_PATH "/");
	/* Encoded: the id has no fixed pattern. */
	cog_api_add_encoded(path, id);
	if (project)
		cog_api_add_param(path, "projectId", project);
}

/*
 * The transcript is one answer, {"items":[...],"total":N}: every message
 * must be there (a total above the items, or a next cursor, means the
 * server cut it into pages, which is refused rather than half read).
 */
static int
messages(const char *path, int (*each)(void *, const char *, size_t),
    void *arg, struct cog_buf *why)
{
	struct cog_buf b = COG_BUF_INIT, next = COG_BUF_INIT;
	struct cog_record_msgs m = { NULL, NULL, 0, 0 };
	struct cog_jval v;
	long long total;
	int r = -1;

	if (cog_file_read(path, &b) < 0) {
		cog_buf_addf(why, "cannot read '%s': %s", path,
		    strerror(errno));
		return -1;
	}
	if (items(b.p ? b.p : "", b.len, "messages", &v) != 1 ||
	    v.type != COG_JT_ARR_BEGIN) {
		cog_buf_adds(why, "the answer is not a JSON object with an "
		    "\"items\" array");
		goto out;
	}
	if (cog_record_take(&m, v.p, v.n) < 0) {
		cog_buf_adds(why, "a message is not a JSON object");
		goto out;
	}
	if (cog_jget_int(b.p, b.len, "total", &total) == 1 &&
	    total > (long long)m.count) {
		cog_buf_addf(why, "the answer holds %zu of %lld messages",
		    m.count, total);
		goto out;
	}
	if (cog_jget_str(b.p, b.len, "nextCursor", &next) == 1 &&
	    next.len > 0) {
		cog_buf_adds(why, "the answer is one page of several");
		goto out;
	}
	cog_record_each(&m, each, arg);
	r = 0;
out:
	cog_record_msgs_release(&m);
	cog_buf_release(&b);
	cog_buf_release(&next);
	return r;
}

/*
 * RFC 7807: "title: detail", code and traceId; RFC 6749 (the token
 * endpoint): "error: error_description"; else the body's first line.
 */
static void
read_error(const char *body, size_t n, struct cog_api_error *e)
{
	struct cog_buf title = COG_BUF_INIT, detail = COG_BUF_INIT;
	struct cog_jval v;
	size_t i;

	if (n == 0)
		return;
	if (cog_jget(body, n, "", &v) != 1 || v.type != COG_JT_OBJ_BEGIN) {
		cog_api_add_text(&e->text, body, cog_api_first_line(body, n));
		return;
	}
	if (!cog_api_add_scalar(body, n, "title", &title))
		cog_api_add_scalar(body, n, "error", &title);
	if (!cog_api_add_scalar(body, n, "detail", &detail))
		cog_api_add_scalar(body, n, "error_description", &detail);
	for (i = 0; i < title.len; i++)
		title.p[i] = (char)tolower((unsigned char)title.p[i]);
	if (title.len > 0)
		cog_buf_add(&e->text, title.p, title.len);
	if (title.len > 0 && detail.len > 0)
		cog_buf_adds(&e->text, ": ");
	if (detail.len > 0)
		cog_buf_add(&e->text, detail.p, detail.len);
	if (e->text.len > 200) {
		/* Cut on a character: not inside a UTF-8 sequence. */
		i = 200;
		while (i > 0 && ((unsigned char)e->text.p[i] & 0xc0) == 0x80)
			i--;
		cog_buf_truncate(&e->text, i);
	}
	if (e->text.len == 0 &&
	    !cog_api_add_scalar(body, n, "message", &e->text))
		cog_api_add_text(&e->text, body, cog_api_first_line(body, n));
	cog_api_add_scalar(body, n, "code", &e->code);
	cog_api_add_scalar(body, n, "traceId", &e->trace);
	cog_buf_release(&title);
	cog_buf_release(&detail);
}

const struct cog_api_backend cog_api_rest = {
	.name = "rest",
	.flags = COG_API_PROJECTS | COG_API_BY_PROJECT | COG_API_PASSWORD,
	.session_label = "session '%s'",
	/* 1,000 requests per 5 minutes per address, with room to spare. */
	.rate = "900/300",
	.token_env = "COG_API_KEY",
	.token_file_env = "COG_API_KEY_FILE",
	.user_token = "api_key",
	.bearer_env = "COG_TOKEN",
	.login_kind = "oauth2",
	.scopes = "",
	.scope_read = NULL,
	.scope_export = NULL,
	.credentials = "COG_API_KEY, or COG_CLIENT_ID and COG_CLIENT_SECRET",
	.credentials_all = "COG_API_KEY or COG_API_KEY_FILE, or COG_CLIENT_ID "
	    "and COG_CLIENT_SECRET or COG_CLIENT_SECRET_FILE",
	.have_credentials = have_credentials,
	.login_request = login_request,
	.login_answer = login_answer,
	.refresh_request = refresh_request,
	.credential = credential,
	.bearer = bearer,
	.check_path = "/new/v2.0/users/me",
	.list_path = list_path,
	.list_page = list_page,
	.transcript_path = transcript_path,
	.transcript_accept = "Accept: application/json",
	.messages = messages,
	.record = cog_api_record_input,
	.read_error = read_error,
};
