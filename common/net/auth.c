/* auth.c -- the bearer token every network tool sends, and the login */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/err.h"
#include "base/secret.h"
#include "json/jget.h"
#include "net/api.h"
#include "net/auth.h"

/* Trim blanks and line ends at both sides of b. */
static void
trim(struct cog_buf *b)
{
	size_t s = 0, e = b->len;

	while (s < e && (b->p[s] == ' ' || b->p[s] == '\t' ||
	    b->p[s] == '\r' || b->p[s] == '\n'))
		s++;
	while (e > s && (b->p[e - 1] == ' ' || b->p[e - 1] == '\t' ||
	    b->p[e - 1] == '\r' || b->p[e - 1] == '\n'))
		e--;
	memmove(b->p, b->p + s, e - s);
	b->len = e - s;
	b->p[b->len] = '\0';
}

/* The token in a token file, trimmed, in b; dies when unusable. */
static void
read_token_file(const char *path, struct cog_buf *b)
{
	struct cog_secret s = { NULL, 0, 0, 0 };
	char err[512];
	size_t i;

	if (cog_secret_read(&s, path, "token file", 0, err, sizeof(err)) < 0)
		cog_die("%s", err);
	cog_buf_add(b, s.p, s.len);
	cog_secret_release(&s);
	trim(b);
	if (b->len == 0)
		cog_die("token file '%s' is empty", path);
	for (i = 0; i < b->len; i++)
		if ((unsigned char)b->p[i] < 0x20 || b->p[i] == 0x7f)
			cog_die("token file '%s' holds more than a token on "
			    "one line", path);
}

void
cog_auth_init(struct cog_auth *a, struct cog_http *h, const char *token_file)
{
	const char *env = getenv("COG_TOKEN");
	struct cog_buf b = COG_BUF_INIT;
	int r;

	memset(a, 0, sizeof(*a));
	a->http = h;
	if (cog_tokencache_path(h->base_url, &a->cache) < 0)
		cog_buf_reset(&a->cache);
	if (token_file) {
		read_token_file(token_file, &b);
	} else if (env && *env) {
		cog_buf_adds(&b, env);
		trim(&b);
	}
	if (b.len > 0) {
		a->user_token = 1;
		a->tok.token = cog_buf_detach(&b, NULL);
		a->tok.base_url = cog_xstrdup(h->base_url);
		return;
	}
	cog_buf_release(&b);
	if (a->cache.len == 0)
		return;
	r = cog_tokencache_read(a->cache.p, h->base_url, &a->tok);
	if (r < 0)
		cog_warn("cannot read token cache '%s':", a->cache.p);
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

int
cog_auth_have_credentials(void)
{
	const char *u = getenv("COG_USERNAME"), *p = getenv("COG_PASSWORD"),
	    *f = getenv("COG_PASSWORD_FILE");

	return u && *u && ((p && *p) || (f && *f));
}

void
cog_auth_login(struct cog_auth *a)
{
	struct cog_http_req req = { "POST", "/api/v1/auth/login", NULL,
	    NULL, 0, NULL, NULL };
	struct cog_http_resp resp;
	struct cog_secret pass = { NULL, 0, 0, 0 };
	struct cog_buf body = COG_BUF_INIT, tok = COG_BUF_INIT,
	    scope = COG_BUF_INIT, msg = COG_BUF_INIT;
	const char *user = getenv("COG_USERNAME");
	long long expires_in = 0;

	if (!cog_auth_have_credentials())
		cog_die("no credentials to log in to '%s': set COG_USERNAME "
		    "and COG_PASSWORD or COG_PASSWORD_FILE",
		    a->http->base_url);
	read_password(&pass);
	/* Room for the whole body first: no copy of the password is left. */
	cog_buf_grow(&body, 64 + strlen(COG_AUTH_SCOPES) + 6 * strlen(user) +
	    6 * pass.len);
	cog_buf_adds(&body, "{\"username\":");
	cog_buf_add_jstr(&body, user, strlen(user));
	cog_buf_adds(&body, ",\"password\":");
	cog_buf_add_jstr(&body, pass.p ? pass.p : "", pass.len);
	cog_buf_adds(&body, ",\"scope\":\"" COG_AUTH_SCOPES "\"}");
	cog_secret_release(&pass);
	req.body = body.p;
	req.body_len = body.len;
	memset(&resp, 0, sizeof(resp));
	if (cog_http_request(a->http, &req, &resp) < 0)
		cog_die("cannot log in to '%s': %s", a->http->base_url,
		    resp.error);
	explicit_bzero(body.p, body.len);
	cog_buf_release(&body);
	if (resp.status != 200) {
		cog_api_error_text(&resp.body, &msg);
		cog_die("login failed: %s (%ld)", msg.len ? msg.p :
		    "no reason given", resp.status);
	}
	if (cog_jget_str(resp.body.p, resp.body.len, "access_token",
	    &tok) != 1 || tok.len == 0)
		cog_die("login failed: no access_token in the answer");
	cog_jget_int(resp.body.p, resp.body.len, "expires_in", &expires_in);
	if (expires_in <= 0)
		expires_in = 3600;
	if (cog_jget_str(resp.body.p, resp.body.len, "scope", &scope) != 1)
		cog_buf_adds(&scope, COG_AUTH_SCOPES);
	explicit_bzero(resp.body.p, resp.body.len);
	cog_http_resp_release(&resp);
	cog_token_release(&a->tok);
	a->tok.base_url = cog_xstrdup(a->http->base_url);
	a->tok.token = cog_buf_detach(&tok, NULL);
	a->tok.scope = cog_buf_detach(&scope, NULL);
	a->tok.lifetime = (long)expires_in;
	a->tok.expires_at = time(NULL) + (time_t)expires_in;
	a->user_token = 0;
	a->logins++;
	a->gen++;
	cog_http_log(a->http, "logged in; token valid for %lld s",
	    expires_in);
	if (a->cache.len > 0 &&
	    cog_tokencache_write(a->cache.p, &a->tok) < 0)
		cog_warn("cannot write token cache '%s':", a->cache.p);
	cog_buf_release(&msg);
}

const char *
cog_auth_token(struct cog_auth *a)
{
	if (a->tok.token && (a->user_token ||
	    cog_token_fresh(&a->tok, time(NULL))))
		return a->tok.token;
	if (!cog_auth_have_credentials()) {
		if (a->tok.token)
			cog_die("the cached token for '%s' has expired: run "
			    "cog-auth, or set COG_USERNAME and COG_PASSWORD",
			    a->http->base_url);
		cog_die("no token for '%s': run cog-auth, or set "
		    "COG_USERNAME and COG_PASSWORD (or COG_TOKEN)",
		    a->http->base_url);
	}
	cog_auth_login(a);
	return a->tok.token;
}

const char *
cog_auth_renew(struct cog_auth *a, unsigned gen)
{
	if (a->tok.token && a->gen != gen)
		return a->tok.token;
	if (!cog_auth_have_credentials())
		return NULL;
	cog_http_log(a->http, "token rejected (401); logging in again");
	cog_auth_login(a);
	return a->tok.token;
}

void
cog_auth_release(struct cog_auth *a)
{
	cog_token_release(&a->tok);
	cog_buf_release(&a->cache);
}
