/* encode.h -- hex and base64 encodings */
#ifndef COG_ENCODE_H
#define COG_ENCODE_H

#include <stddef.h>

#include "base/buf.h"

/* Append n bytes as lowercase hex. */
void cog_hex_encode(struct cog_buf *out, const unsigned char *p, size_t n);

/*
 * Append n bytes as base64 (RFC 4648 section 4, padded) or, with url set,
 * base64url (section 5, unpadded).
 */
void cog_b64_encode(struct cog_buf *out, const unsigned char *p, size_t n,
    int url);

/*
 * Decode base64 or base64url (either alphabet; padding optional; no
 * white space) and append the bytes.  Return 0, or -1 on invalid input.
 */
int cog_b64_decode(struct cog_buf *out, const char *s, size_t n);

#endif
