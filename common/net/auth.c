/* auth.c -- the credential every request to the tenant carries */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/err.h"
#include "base/lines.h"
#include "base/progress.h"
#include "base/secret.h"
#include "net/auth.h"
#include "net/header.h"

/* Trim blanks and line ends at both sides of b. */
static void
trim(struct cog_buf *b)
{
	const char *p = b->p;
	size_t n = b->len;

	cog_trim(&p, &n);
	memmove(b->p, p, n);
	cog_buf_truncate(b, n);
}

/* The token in a token file, trimmed, in b; dies when unusable. */
static void
read_token_file(const char *path, const char *what, struct cog_buf *b)
{
	struct cog_secret s = { NULL, 0, 0, 0 };
	char err[512];
	size_t i;

	if (cog_secret_read(&s, path, what, 0, err, sizeof(err)) < 0)
		cog_die("%s", err);
	cog_buf_add(b, s.p, s.len);
	cog_secret_release(&s);
	trim(b);
	if (b->len == 0)
		cog_die("%s '%s' is empty", what, path);
	for (i = 0; i < b->len; i++)
		if ((unsigned char)b->p[i] < 0x20 || b->p[i] == 0x7f)
			cog_die("%s '%s' holds more than a token on one line",
			    what, path);
}

void
cog_auth_init(struct cog_auth *a, struct cog_http *h,
    const struct cog_api_backend *api, const char *token_file)
{
	const char *env = getenv(api->token_env), *file = api->token_file_env ?
	    getenv(api->token_file_env) : NULL, *bearer_env =
	    api->bearer_env ? getenv(api->bearer_env) : NULL;
	struct cog_buf b = COG_BUF_INIT;

	memset(a, 0, sizeof(*a));
	a->http = h;
	a->api = api;
	/* Another dialect of the same tenant keeps its tokens apart. */
	if (strcmp(api->name, COG_API_DEFAULT) != 0)
		cog_buf_addf(&b, "%s ", api->name);
	cog_buf_adds(&b, h->base_url);
	if (cog_tokencache_path(b.p, &a->cache) < 0)
		cog_buf_reset(&a->cache);
	cog_buf_reset(&b);
	/*
	 * What cog-auth -p prints, in --token-file or bearer_env: a bearer
	 * token, or the key itself where the dialect has no bearer (odata).
	 */
	if (token_file) {
		read_token_file(token_file, "token file", &b);
		a->from = "--token-file";
		a->user_bearer = api->bearer_env && api->bearer;
	} else if (bearer_env && *bearer_env) {
		cog_buf_adds(&b, bearer_env);
		trim(&b);
		a->from = api->bearer_env;
		a->user_bearer = api->bearer != NULL;
	} else if (env && *env) {
		cog_buf_adds(&b, env);
		trim(&b);
		a->from = api->token_env;
	} else if (file && *file) {
		read_token_file(file, api->token_file_env, &b);
		a->from = api->token_file_env;
	}
	if (b.len > 0) {
		a->user_token = 1;
		a->tok.token = cog_buf_detach(&b, NULL);
		a->tok.base_url = cog_xstrdup(h->base_url);
		return;
	}
	cog_buf_release(&b);
	if (a->cache.len > 0 &&
	    cog_tokencache_read(a->cache.p, h->base_url, &a->tok) < 0)
		cog_warn("cannot read token cache '%s':", a->cache.p);
}

static int
set(const char *name)
{
	const char *v = getenv(name);

	return v && *v;
}

/*
 * Whether the environment holds the credentials of a login.  A user
 * named without a password is a mistake to point out, not a reason to
 * try something else.
 */
static int
have_credentials(const struct cog_auth *a)
{
	if ((a->api->flags & COG_API_PASSWORD) && set("COG_USERNAME") &&
	    !set("COG_PASSWORD") && !set("COG_PASSWORD_FILE"))
		cog_die("COG_USERNAME is set but no password: set COG_PASSWORD "
		    "or COG_PASSWORD_FILE (a file holding it)");
	return a->api->have_credentials();
}

/* "not found (404, code 1002, trace api--f843...)" */
static void
explain(const struct cog_api_error *e, long status, struct cog_buf *out)
{
	cog_buf_adds(out, e->text.len ? e->text.p : "no reason given");
	cog_buf_addf(out, " (%ld", status);
	if (e->code.len > 0)
		cog_buf_addf(out, ", code %s", e->code.p);
	if (e->trace.len > 0)
		cog_buf_addf(out, ", trace %s", e->trace.p);
	cog_buf_addc(out, ')');
}

void
cog_auth_error(const struct cog_auth *a, long status, const char *body,
    size_t n, int tries, struct cog_buf *msg)
{
	struct cog_api_error e = COG_API_ERROR_INIT;

	a->api->read_error(body, n, &e);
	if (e.code.len > 0 || e.trace.len > 0) {
		explain(&e, status, msg);
	} else {
		cog_buf_addf(msg, "HTTP %ld", status);
		if (e.text.len > 0) {
			cog_buf_adds(msg, ": ");
			cog_buf_add(msg, e.text.p, e.text.len);
		}
	}
	if (tries > 1)
		cog_buf_addf(msg, " after %d retr%s", tries - 1,
		    tries == 2 ? "y" : "ies");
	cog_api_error_release(&e);
}

/*
 * Send the login request l and keep the token it gives.  A refresh
 * (refreshing set) that is refused returns -1; any other failure dies.
 */
static int
exchange(struct cog_auth *a, struct cog_api_login *l, int refreshing)
{
	struct cog_http_req req;
	struct cog_http_resp resp;
	struct cog_api_error e = COG_API_ERROR_INIT;
	const char *why;
	char *keep = NULL;

	memset(&req, 0, sizeof(req));
	req.method = l->method;
	req.path = l->path;
	req.body = l->body.p;
	req.body_len = l->body.len;
	req.headers = cog_http_headers(l->content_type, NULL);
	memset(&resp, 0, sizeof(resp));
	if (cog_http_request(a->http, &req, &resp) < 0)
		cog_die("cannot log in to '%s': %s", a->http->shown_url,
		    resp.error);
	cog_http_headers_free(req.headers);
	cog_api_login_release(l);
	if (resp.status != 200) {
		a->api->read_error(resp.body.p, resp.body.len, &e);
		if (refreshing && resp.status >= 400 && resp.status < 500) {
			cog_http_log(a->http, "the refresh token was refused: "
			    "%s (%ld)", e.text.len ? e.text.p : "no reason "
			    "given", resp.status);
			cog_api_error_release(&e);
			cog_http_resp_release(&resp);
			return -1;
		}
		cog_die("login failed: %s (%ld)", e.text.len ? e.text.p :
		    "no reason given", resp.status);
	}
	/* A refresh answer without a new refresh token keeps the old. */
	if (refreshing && a->tok.refresh)
		keep = cog_xstrdup(a->tok.refresh);
	cog_bearer_release(&a->tok);
	if (a->api->login_answer(resp.body.p, resp.body.len, &a->tok,
	    &why) < 0)
		cog_die("login failed: %s", why);
	if (a->tok.refresh == NULL)
		a->tok.refresh = keep;
	else if (keep) {
		explicit_bzero(keep, strlen(keep));
		free(keep);
	}
	explicit_bzero(resp.body.p, resp.body.len);
	cog_http_resp_release(&resp);
	a->tok.base_url = cog_xstrdup(a->http->base_url);
	a->tok.expires_at = time(NULL) + (time_t)a->tok.lifetime;
	a->user_token = 0;
	a->logins++;
	a->gen++;
	cog_http_log(a->http, "%s; token valid for %ld s", refreshing ?
	    "token refreshed" : "logged in", a->tok.lifetime);
	if (a->cache.len > 0 &&
	    cog_tokencache_write(a->cache.p, &a->tok) < 0)
		cog_warn("cannot write token cache '%s':", a->cache.p);
	return 0;
}

void
cog_auth_login(struct cog_auth *a)
{
	struct cog_api_login l;

	if (!have_credentials(a))
		cog_die("no credentials to log in to '%s': set %s",
		    a->http->shown_url, a->api->credentials_all);
	memset(&l, 0, sizeof(l));
	a->api->login_request(&l);
	exchange(a, &l, 0);
}


/* Whether the user's key goes in the URL (--key-in-query). */
static int
key_in_url(const struct cog_auth *a)
{
	return a->user_token && !a->user_bearer && a->key_in_query;
}

/* Renew the token with its refresh token; 0, or -1 when refused. */
static int
refresh(struct cog_auth *a)
{
	struct cog_api_login l;

	if (a->tok.refresh == NULL || a->api->refresh_request == NULL ||
	    a->user_token || !have_credentials(a))
		return -1;
	memset(&l, 0, sizeof(l));
	a->api->refresh_request(&l, a->tok.refresh);
	return exchange(a, &l, 1);
}

/* A token good for a request; valid until the next cog_auth_* call. */
static const char *
token(struct cog_auth *a)
{
	if (a->tok.token && (a->user_token ||
	    cog_bearer_fresh(&a->tok, time(NULL))))
		return a->tok.token;
	if (!have_credentials(a)) {
		if (a->tok.token)
			cog_die("the cached token for '%s' has expired: run "
			    "cog-auth, or set %s", a->http->shown_url,
			    a->api->credentials);
		/* "(or COG_API_KEY)" only where the hint does not name it. */
		if (strstr(a->api->credentials, a->api->token_env))
			cog_die("no token for '%s': run cog-auth, or set %s",
			    a->http->shown_url, a->api->credentials);
		cog_die("no token for '%s': run cog-auth, or set %s (or %s)",
		    a->http->shown_url, a->api->credentials, a->api->token_env);
	}
	if (refresh(a) < 0)
		cog_auth_login(a);
	return a->tok.token;
}

struct curl_slist *
cog_auth_header(struct cog_auth *a, struct curl_slist *l, unsigned *gen)
{
	struct cog_buf line = COG_BUF_INIT;
	const char *t = token(a);

	*gen = a->gen;
	if (key_in_url(a))
		return l;
	if ((!a->user_token || a->user_bearer) && a->api->bearer)
		a->api->bearer(t, &line);
	else
		a->api->credential(t, &line);
	l = cog_http_header_add(l, line.p);
	explicit_bzero(line.p, line.len);
	cog_buf_release(&line);
	return l;
}

void
cog_auth_url(const struct cog_auth *a, const char *path, struct cog_buf *url)
{
	cog_http_url(a->http, path, url);
	if (key_in_url(a) && a->tok.token)
		cog_api_add_param(url, a->api->key_param, a->tok.token);
}

const char *
cog_auth_renew(struct cog_auth *a, unsigned gen)
{
	if (a->tok.token && a->gen != gen)
		return a->tok.token;
	if (!have_credentials(a))
		return NULL;
	cog_http_log(a->http, "token rejected (401); logging in again");
	if (refresh(a) < 0)
		cog_auth_login(a);
	return a->tok.token;
}

void
cog_auth_die_scope(const struct cog_auth *a, const char *body, size_t n,
    const char *www_auth, const char *scope)
{
	struct cog_api_error e = COG_API_ERROR_INIT;
	char param[128];

	if (a->api->scope_read == NULL) {
		/* A dialect without scopes: say what the server said. */
		cog_auth_error(a, 403, body, n, 1, &e.text);
		cog_progress_clear();
		cog_die("access denied: %s", e.text.p);
	}
	a->api->read_error(body, n, &e);
	if (e.scope.len == 0) {
		if (cog_header_auth_param(www_auth, strlen(www_auth), "scope",
		    param, sizeof(param)) == 0 && *param)
			cog_buf_adds(&e.scope, param);
		else
			cog_buf_adds(&e.scope, scope);
	}
	cog_progress_clear();
	cog_die("token lacks scope '%s' (403)", e.scope.p);
}

void
cog_auth_die_unauthorized(const struct cog_auth *a, const char *body,
    size_t n, int renewed)
{
	struct cog_api_error e = COG_API_ERROR_INIT;
	struct cog_buf t = COG_BUF_INIT;

	a->api->read_error(body, n, &e);
	if (e.text.len == 0)
		cog_buf_adds(&e.text, "unauthorized");
	explain(&e, 401, &t);
	cog_progress_clear();
	if (renewed)
		cog_die("token rejected even after logging in again: %s",
		    t.p);
	cog_die("token rejected: %s; run cog-auth, or set %s", t.p,
	    a->api->credentials);
}

int
cog_auth_call(struct cog_auth *a, const char *method, const char *path,
    const char *body, size_t n, const char *scope,
    struct cog_http_resp *resp, struct cog_buf *msg)
{
	struct cog_http_req req = { method, path, body, n, NULL, NULL };
	struct cog_buf url = COG_BUF_INIT;
	unsigned gen;
	int renewed = 0, r;

	for (;;) {
		req.headers = cog_auth_header(a, NULL, &gen);
		if (key_in_url(a)) {
			cog_auth_url(a, path, &url);
			req.url = url.p;
		}
		r = cog_http_request(a->http, &req, resp);
		cog_http_headers_free(req.headers);
		if (url.p)
			explicit_bzero(url.p, url.len);
		cog_buf_release(&url);
		req.url = NULL;
		if (r < 0) {
			cog_buf_adds(msg, resp->error);
			return -1;
		}
		if (resp->status != 401)
			break;
		if (renewed || cog_auth_renew(a, gen) == NULL)
			cog_auth_die_unauthorized(a, resp->body.p,
			    resp->body.len, renewed);
		renewed = 1;
	}
	if (resp->status == 403)
		cog_auth_die_scope(a, resp->body.p, resp->body.len,
		    resp->hint.www_auth, scope);
	if (resp->status >= 200 && resp->status < 300)
		return 0;
	cog_auth_error(a, resp->status, resp->body.p, resp->body.len,
	    resp->tries, msg);
	return -1;
}

/* Append the words of the space-separated list s as JSON strings. */
static void
add_words(struct cog_buf *b, const char *s)
{
	int first = 1;

	while (*s) {
		size_t n = strcspn(s, " ");

		if (n > 0) {
			if (!first)
				cog_buf_addc(b, ',');
			cog_buf_add_jstr(b, s, n);
			first = 0;
		}
		s += n;
		s += strspn(s, " ");
	}
}

void
cog_auth_status_line(const struct cog_auth *a, int cached, int with_expired,
    struct cog_buf *out)
{
	const struct cog_bearer *t = &a->tok;
	const char *url = a->http->shown_url;
	long long left = (long long)(t->expires_at - time(NULL));
	char when[32];
	struct tm tm;

	gmtime_r(&t->expires_at, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	cog_buf_adds(out, "{\"base_url\":");
	cog_buf_add_jstr(out, url, strlen(url));
	if (a->user_bearer) {
		/* Given by the user: nothing known of it, nothing cached. */
		cog_buf_addf(out, ",\"credential\":\"bearer\",\"from\":"
		    "\"%s\"}", a->from);
		return;
	}
	if (a->user_token && a->api->user_token) {
		/* A key: nothing expires, nothing is cached. */
		cog_buf_addf(out, ",\"credential\":\"%s\",\"from\":\"%s\"}",
		    a->api->user_token, a->from);
		return;
	}
	if (a->api->login_kind)
		cog_buf_addf(out, ",\"credential\":\"%s\",\"refresh_token\":%s",
		    a->api->login_kind, t->refresh ? "true" : "false");
	cog_buf_addf(out, ",\"expires_at\":\"%s\",\"expires_in\":%lld,"
	    "\"scopes\":[", when, left > 0 ? left : 0);
	add_words(out, t->scope ? t->scope : "");
	cog_buf_addf(out, "],\"cached\":%s", cached ? "true" : "false");
	if (with_expired)
		cog_buf_addf(out, ",\"expired\":%s", left > 0 ? "false" :
		    "true");
	cog_buf_addc(out, '}');
}

void
cog_auth_check_scopes(const struct cog_auth *a)
{
	const char *want = a->api->scopes;

	while (*want) {
		size_t n = strcspn(want, " ");
		const char *g = a->tok.scope ? a->tok.scope : "";
		int found = 0;

		while (*g && !found) {
			size_t m = strcspn(g, " ");

			found = m == n && strncmp(g, want, n) == 0;
			g += m;
			g += strspn(g, " ");
		}
		if (!found)
			cog_warn("warning: the token lacks scope '%.*s'",
			    (int)n, want);
		want += n;
		want += strspn(want, " ");
	}
}

void
cog_auth_release(struct cog_auth *a)
{
	cog_bearer_release(&a->tok);
	cog_buf_release(&a->cache);
}
