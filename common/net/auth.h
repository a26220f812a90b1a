/* auth.h -- the bearer token every network tool sends, and the login */
#ifndef COG_AUTH_H
#define COG_AUTH_H

#include "base/buf.h"
#include "net/http.h"
#include "net/tokencache.h"

/* The scopes a login asks for. */
#define COG_AUTH_SCOPES "sessions:read export:manage"

struct cog_auth {
	struct cog_http *http;	/* borrowed */
	struct cog_token tok;	/* the token in use; tok.token may be NULL */
	struct cog_buf cache;	/* the cache file, empty when none */
	int user_token;		/* from --token-file or COG_TOKEN */
	int logins;		/* logins done by this process */
	unsigned gen;		/* bumped whenever the token changes */
};

/*
 * Set up a: the token comes from token_file (--token-file; NULL for
 * none), else COG_TOKEN, else the cache of h's base URL.  Call after
 * cog_http_setup.  Dies when token_file cannot be read.
 */
void cog_auth_init(struct cog_auth *a, struct cog_http *h,
    const char *token_file);

/*
 * Return a token good for a request: the user's, or the cached one while
 * more than its margin (see tokencache.h) is left, else a new login.
 * Dies when no token can be had.  The string stays valid until the next
 * cog_auth_* call.
 */
const char *cog_auth_token(struct cog_auth *a);

/*
 * The server answered 401 to a request sent with the token of generation
 * gen (a->gen when it was taken): when the token has changed since,
 * return the new one; else log in again if the credentials are there and
 * return the new token; else return NULL.  Callers renew at most once
 * per request, then fail.
 */
const char *cog_auth_renew(struct cog_auth *a, unsigned gen);

/*
 * Log in with COG_USERNAME and COG_PASSWORD (or COG_PASSWORD_FILE),
 * asking for COG_AUTH_SCOPES, and store the token in a and the cache.
 * Dies when there are no credentials or the login fails.
 */
void cog_auth_login(struct cog_auth *a);

/* Whether COG_USERNAME and a password are set. */
int cog_auth_have_credentials(void);

void cog_auth_release(struct cog_auth *a);

#endif
