/* sign.h -- signing keys: HMAC-SHA256 secrets and Ed25519 keys (OpenSSL) */
#ifndef COG_SIGN_H
#define COG_SIGN_H

#include <stddef.h>
#include <time.h>

#include "base/buf.h"

/* Secrets shorter than this are refused. */
#define COG_SIGN_MIN_SECRET 16

enum cog_sign_alg {
	COG_SIGN_HMAC,		/* "hmac-sha256": a shared secret */
	COG_SIGN_ED25519	/* "ed25519": a key pair */
};

struct cog_signkey;

/*
 * Load a key from path: a PEM Ed25519 private key (signs and verifies)
 * or public key (verifies only), else the file's bytes, less one final
 * newline, are an HMAC secret.  A private key or secret readable by
 * other users is warned about.  Return the key, or NULL with a message
 * in err.
 */
struct cog_signkey *cog_signkey_load(const char *path, char *err,
    size_t errlen);

/*
 * An HMAC key from the environment variable name (COG_AUDIT_KEY).
 * Return NULL with a message in err when it is unset or too short.
 */
struct cog_signkey *cog_signkey_from_env(const char *name, char *err,
    size_t errlen);

/* An HMAC key from secret bytes (at least COG_SIGN_MIN_SECRET). */
struct cog_signkey *cog_signkey_hmac(const void *secret, size_t n);

void cog_signkey_free(struct cog_signkey *k);

int cog_signkey_alg(const struct cog_signkey *k);

/* "hmac-sha256" or "ed25519". */
const char *cog_sign_alg_name(int alg);

/* The alg of a name, or -1. */
int cog_sign_alg_lookup(const char *name, size_t n);

/* Whether the key can sign (an Ed25519 public key cannot). */
int cog_signkey_can_sign(const struct cog_signkey *k);

/*
 * The key's id, 16 lowercase hex digits: for HMAC the start of
 * HMAC-SHA256(secret, "cogtools key id"), for Ed25519 the start of the
 * SHA-256 of the raw 32-byte public key.  Stays valid with k.
 */
const char *cog_signkey_id(const struct cog_signkey *k);

/* Append the signature of the n bytes at p to out, in lowercase hex. */
void cog_signkey_sign(struct cog_signkey *k, const void *p, size_t n,
    struct cog_buf *out);

/*
 * Whether hex (hexlen digits, either case) is a signature of the n
 * bytes at p by k: 1 yes, 0 no.
 */
int cog_signkey_verify(struct cog_signkey *k, const void *p, size_t n,
    const char *hex, size_t hexlen);

/* HMAC-SHA256 of the n bytes at p under key. */
void cog_hmac_sha256(const void *key, size_t keylen, const void *p, size_t n,
    unsigned char out[32]);

/*
 * Append the webhook signature header value "t=<t>,v1=<hex>", hex being
 * HMAC-SHA256(secret, "<t>.<body>") in lowercase.
 */
void cog_webhook_signature(const void *secret, size_t n, time_t t,
    const char *body, size_t bodylen, struct cog_buf *out);

#endif
