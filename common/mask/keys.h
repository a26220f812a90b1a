/* keys.h -- the masking secret: keyed hash tokens and reversible encryption */
#ifndef COG_KEYS_H
#define COG_KEYS_H

#include <stddef.h>

#include "base/buf.h"

struct cog_keys;

/* cog_keys_load: use the public demonstration key when there is none. */
#define COG_KEYS_DEMO 1
/* cog_keys_load: no key at all is no error (NULL with err empty). */
#define COG_KEYS_OPTIONAL 2

/*
 * Load the masking secret from key_file when given, else from the
 * COG_MASK_KEY environment variable, else from $XDG_CONFIG_HOME/cog/mask.key
 * (~/.config/cog/mask.key) when it exists and only its owner may read
 * it (refused otherwise), else, when flags has COG_KEYS_DEMO, use a
 * public demonstration key (masking with it is not private).  Secrets
 * must be at least 16 bytes; a final newline in the file is ignored.
 * Return the keys, or NULL with a message in err; with COG_KEYS_OPTIONAL,
 * NULL with err empty when there is no secret anywhere.
 */
struct cog_keys *cog_keys_load(const char *key_file, int flags, char *err,
    size_t errlen);

/* Keys derived from the secret bytes directly (for tests and tools). */
struct cog_keys *cog_keys_new(const unsigned char *secret, size_t n);

/* A copy with its own scratch state, for use on another thread. */
struct cog_keys *cog_keys_dup(const struct cog_keys *k);

void cog_keys_free(struct cog_keys *k);

/*
 * The 16 lowercase hex digits of a hash token: the first 8 bytes of
 * HMAC-SHA256(hash key, type "\0" value).  hex receives 16 digits and a
 * NUL.
 */
void cog_keys_hash(struct cog_keys *k, const char *type, const char *value,
    size_t n, char hex[17]);

/*
 * Append to out the base64url text of the AES-256-SIV encryption of the
 * value with the type as associated data.  The same inputs always give
 * the same text.
 */
void cog_keys_encrypt(struct cog_keys *k, const char *type,
    const char *value, size_t n, struct cog_buf *out);

/*
 * Decrypt the base64url text b64 made by cog_keys_encrypt for the type
 * and append the value to out.  Return 0, or -1 when the text is not a
 * ciphertext of this key and type.
 */
int cog_keys_decrypt(struct cog_keys *k, const char *type, const char *b64,
    size_t n, struct cog_buf *out);

#endif
