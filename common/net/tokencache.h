/* tokencache.h -- where a login's token is kept between runs, and how */
#ifndef COG_TOKENCACHE_H
#define COG_TOKENCACHE_H

#include <time.h>

#include "base/buf.h"

/* A bearer token and what the login said of it.  Strings are owned. */
struct cog_bearer {
	char *base_url;
	char *token;
	char *scope;		/* space-separated, as granted */
	time_t expires_at;	/* 0: unknown (a token the user gave) */
	long lifetime;		/* expires_in when issued, 0 if unknown */
	char *refresh;		/* a refresh token, or NULL */
};

/*
 * Append the cache file of key to out:
 * $XDG_CACHE_HOME/cog/token-<K>.json (XDG_CACHE_HOME defaults to
 * $HOME/.cache), K being the first 32 hex digits of the SHA-256 of key:
 * the base URL, after the dialect's name and a space for a dialect other
 * than v1 (net/auth.c).  Return 0, or -1 when there is no home
 * directory.
 */
int cog_tokencache_path(const char *key, struct cog_buf *out);

/*
 * Read the cache file at path into t.  Return 1 when it holds a token for
 * base_url, 0 when there is none (no file, another URL, a file not owned
 * by this user, or an unreadable format), -1 on an I/O error (errno set).
 */
int cog_tokencache_read(const char *path, const char *base_url,
    struct cog_bearer *t);

/*
 * Write t to path atomically with mode 0600, creating the directories
 * with mode 0700 as needed.  Return 0, or -1 with errno set.
 */
int cog_tokencache_write(const char *path, const struct cog_bearer *t);

/* Remove the cache file: 0 when removed, 1 when there was none, -1. */
int cog_tokencache_remove(const char *path);

/*
 * The seconds before expiry at which t is renewed: 60, or half the
 * lifetime of a token issued for less than two minutes.
 */
long cog_bearer_margin(const struct cog_bearer *t);

/* Whether t can still be used at now (not within its margin). */
int cog_bearer_fresh(const struct cog_bearer *t, time_t now);

/* Free the strings (wiping the token) and zero t. */
void cog_bearer_release(struct cog_bearer *t);

#endif
