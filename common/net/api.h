/* api.h -- calls to the tenant's API v1 with the token, and its errors */
#ifndef COG_API_H
#define COG_API_H

#include <stddef.h>

#include "base/buf.h"
#include "net/auth.h"
#include "net/http.h"

/* The scopes the endpoints need. */
#define COG_SCOPE_READ "sessions:read"
#define COG_SCOPE_EXPORT "export:manage"

/*
 * Send method path (with body, a JSON text, or NULL) with the token of a,
 * retrying as cog_http_request does.  A 401 logs in again once (see
 * cog_auth_renew) and resends; a second 401, or one with no way to log
 * in, is fatal, and so is a 403 (naming the missing scope; scope is the
 * one the endpoint needs, named when the server does not say).  Return 0
 * for a 2xx answer in resp, else -1 with the reason appended to msg
 * ("HTTP 503: injected 503 after 5 retries", or libcurl's message).
 */
int cog_api_call(struct cog_auth *a, const char *method, const char *path,
    const char *body, size_t n, const char *scope,
    struct cog_http_resp *resp, struct cog_buf *msg);

/*
 * Append a short text for an error answer: its JSON "message" (or
 * "error") member, else its first line, cut to 200 bytes.
 */
void cog_api_error_text(const struct cog_buf *body, struct cog_buf *out);

/*
 * Die with the message for a 403: "token lacks scope 'S' (403)", S taken
 * from the body's "scope", else WWW-Authenticate's scope, else scope.
 */
void cog_api_die_scope(const struct cog_buf *body, const char *www_auth,
    const char *scope) __attribute__((noreturn));

/*
 * Die with the message for a 401 that cannot be cured: renewed says a
 * fresh login was already tried for this request.
 */
void cog_api_die_unauthorized(const struct cog_buf *body, int renewed)
	__attribute__((noreturn));

#endif
