/* api.c -- calls to the tenant's API v1 with the token, and its errors */
#include <string.h>

#include "base/err.h"
#include "base/progress.h"
#include "json/jget.h"
#include "net/api.h"
#include "net/header.h"

void
cog_api_error_text(const struct cog_buf *body, struct cog_buf *out)
{
	size_t start = out->len, n, i;

	if (body->len == 0)
		return;
	if (cog_jget_str(body->p, body->len, "message", out) != 1 &&
	    cog_jget_str(body->p, body->len, "error", out) != 1) {
		n = strcspn(body->p, "\r\n");
		cog_buf_add(out, body->p, n);
	}
	if (out->len - start > 200)
		cog_buf_truncate(out, start + 200);
	/* Control characters stay out of the terminal. */
	for (i = start; i < out->len; i++)
		if ((unsigned char)out->p[i] < 0x20 || out->p[i] == 0x7f)
			out->p[i] = '?';
}

void
cog_api_die_scope(const struct cog_buf *body, const char *www_auth,
    const char *scope)
{
	struct cog_buf s = COG_BUF_INIT;
	char param[128];

	if (body->len == 0 ||
	    cog_jget_str(body->p, body->len, "scope", &s) != 1 || s.len == 0) {
		cog_buf_reset(&s);
		if (cog_header_auth_param(www_auth, strlen(www_auth), "scope",
		    param, sizeof(param)) == 0 && *param)
			cog_buf_adds(&s, param);
		else
			cog_buf_adds(&s, scope);
	}
	cog_progress_clear();
	cog_die("token lacks scope '%s' (403)", s.p);
}

void
cog_api_die_unauthorized(const struct cog_buf *body, int renewed)
{
	struct cog_buf t = COG_BUF_INIT;

	cog_api_error_text(body, &t);
	cog_progress_clear();
	if (renewed)
		cog_die("token rejected even after logging in again: %s (401)",
		    t.len ? t.p : "unauthorized");
	cog_die("token rejected: %s (401); run cog-auth, or set "
	    "COG_USERNAME and COG_PASSWORD", t.len ? t.p : "unauthorized");
}

int
cog_api_call(struct cog_auth *a, const char *method, const char *path,
    const char *body, size_t n, const char *scope,
    struct cog_http_resp *resp, struct cog_buf *msg)
{
	struct cog_http_req req = { method, path, NULL, body, n, NULL, NULL };
	unsigned gen;
	int renewed = 0;

	req.token = cog_auth_token(a);
	gen = a->gen;
	for (;;) {
		if (cog_http_request(a->http, &req, resp) < 0) {
			cog_buf_adds(msg, resp->error);
			return -1;
		}
		if (resp->status != 401)
			break;
		if (renewed || (req.token = cog_auth_renew(a, gen)) == NULL)
			cog_api_die_unauthorized(&resp->body, renewed);
		renewed = 1;
	}
	if (resp->status == 403)
		cog_api_die_scope(&resp->body, resp->www_auth, scope);
	if (resp->status >= 200 && resp->status < 300)
		return 0;
	cog_buf_addf(msg, "HTTP %ld", resp->status);
	if (resp->body.len > 0) {
		cog_buf_adds(msg, ": ");
		cog_api_error_text(&resp->body, msg);
	}
	if (resp->tries > 1)
		cog_buf_addf(msg, " after %d retr%s", resp->tries - 1,
		    resp->tries == 2 ? "y" : "ies");
	return -1;
}
