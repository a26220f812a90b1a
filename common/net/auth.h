/* auth.h -- the credential every request to the tenant carries */
#ifndef COG_AUTH_H
#define COG_AUTH_H

#include <stddef.h>

#include "base/buf.h"
#include "net/api.h"
#include "net/http.h"
#include "net/tokencache.h"

struct cog_auth {
	struct cog_http *http;		/* borrowed */
	const struct cog_api_backend *api;	/* the dialect */
	struct cog_bearer tok;	/* the token in use; tok.token may be NULL */
	struct cog_buf cache;	/* the cache file, empty when none */
	int user_token;		/* from --token-file or the environment */
	int user_bearer;	/* ... and a bearer token, not a key */
	int key_in_query;	/* the user's key goes in the URL, as the
				   backend's key_param (--key-in-query) */
	const char *from;	/* where: "--token-file" or a variable */
	int logins;		/* logins done by this process */
	unsigned gen;		/* bumped whenever the token changes */
};

/*
 * Set up a for the tenant of h (after cog_http_setup), speaking api: the
 * token comes from token_file (--token-file; NULL for none), else the
 * backend's token_env (COG_TOKEN for v1), else the cache of h's base URL.
 * Dies when token_file cannot be read or holds more than one token.
 */
void cog_auth_init(struct cog_auth *a, struct cog_http *h,
    const struct cog_api_backend *api, const char *token_file);

/*
 * Append to l the header line that carries a token good for a request
 * (none when the key goes in the URL: see cog_auth_url), and set *gen to its generation (see cog_auth_renew): the user's token,
 * or the cached one while more than its margin (see tokencache.h) is
 * left, else a new login.  Dies when no token can be had.  Free the list
 * with cog_http_headers_free.
 */
struct curl_slist *cog_auth_header(struct cog_auth *a, struct curl_slist *l,
    unsigned *gen);

/*
 * Append the URL of path (base URL and path) to url, with the user's key
 * in its query when key_in_query says so: a secret then, to be wiped
 * (explicit_bzero) after use and never logged.  Call after
 * cog_auth_header, which settles the key.
 */
void cog_auth_url(const struct cog_auth *a, const char *path,
    struct cog_buf *url);

/*
 * The server answered 401 to a request sent with the token of generation
 * gen: when the token has changed since, return the new one; else log in
 * again if the credentials are there and return the new token; else
 * return NULL.  Callers renew at most once per request, then fail.
 */
const char *cog_auth_renew(struct cog_auth *a, unsigned gen);

/*
 * Log in with the credentials of the environment (see the backend),
 * asking for its scopes, and store the token in a and the cache.  Dies
 * when there are none or the login fails.
 */
void cog_auth_login(struct cog_auth *a);

/*
 * Send method path (with body, a JSON text, or NULL) with the token,
 * retrying as cog_http_request does.  A 401 logs in again once (see
 * cog_auth_renew) and resends; a second 401, or one with no way to log
 * in, is fatal, and so is a 403 (naming the missing scope; scope is the
 * one the request needs, named when the server does not say).  Return 0
 * for a 2xx answer in resp, else -1 with the reason appended to msg
 * ("HTTP 503: injected 503 after 5 retries", or libcurl's message).
 */
int cog_auth_call(struct cog_auth *a, const char *method, const char *path,
    const char *body, size_t n, const char *scope,
    struct cog_http_resp *resp, struct cog_buf *msg);

/*
 * Append the reason of an error answer (n bytes of body, the HTTP
 * status) to msg: "HTTP 503: text", with the tries when more than one.
 */
void cog_auth_error(const struct cog_auth *a, long status, const char *body,
    size_t n, int tries, struct cog_buf *msg);

/*
 * Die with the message for a 403: "token lacks scope 'S' (403)", S taken
 * from the answer, else WWW-Authenticate's scope, else scope.
 */
void cog_auth_die_scope(const struct cog_auth *a, const char *body, size_t n,
    const char *www_auth, const char *scope) __attribute__((noreturn));

/*
 * Die with the message for a 401 that cannot be cured: renewed says a
 * fresh login was already tried for this request.
 */
void cog_auth_die_unauthorized(const struct cog_auth *a, const char *body,
    size_t n, int renewed) __attribute__((noreturn));

/*
 * Append the status line of the token (no secret in it; see cog-auth(1)):
 * base_url, expires_at, expires_in, scopes, cached, and expired when
 * with_expired is set; with a dialect of several kinds of credential
 * (login_kind), "credential" (and "refresh_token", whether one is kept)
 * after base_url, or for the user's key only "credential" and "from".
 */
void cog_auth_status_line(const struct cog_auth *a, int cached,
    int with_expired, struct cog_buf *out);

/* Warn about each scope of the login that the token lacks. */
void cog_auth_check_scopes(const struct cog_auth *a);

void cog_auth_release(struct cog_auth *a);

#endif
