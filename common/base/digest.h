/* digest.h -- SHA-256 over a stream, and the digests servers announce */
#ifndef COG_DIGEST_H
#define COG_DIGEST_H

#include <stddef.h>

#define COG_SHA256_LEN 32

/* An incremental SHA-256; zero it or call cog_sha256_init first. */
struct cog_sha256 {
	void *ctx;
};

void cog_sha256_init(struct cog_sha256 *h);
void cog_sha256_update(struct cog_sha256 *h, const void *p, size_t n);
/* Write the digest of everything fed since init and start over. */
void cog_sha256_final(struct cog_sha256 *h, unsigned char *out);
void cog_sha256_release(struct cog_sha256 *h);

/*
 * Hash the first len bytes of file descriptor fd (from offset 0) into h;
 * len < 0 hashes to the end.  Return the number of bytes hashed, or -1
 * with errno set.
 */
long long cog_sha256_fd(struct cog_sha256 *h, int fd, long long len);

/*
 * Find the sha-256 member of a Repr-Digest or Content-Digest field value
 * (RFC 9530: a structured-field dictionary of byte sequences, such as
 * "sha-256=:X48E9q...=:, sha-512=:...:") and decode it into out.  Return 0,
 * or -1 when there is none or it is malformed.
 */
int cog_digest_parse_repr(const char *value, size_t n, unsigned char *out);

/* Decode 64 hex digits (either case) into out; return 0 or -1. */
int cog_digest_parse_hex(const char *s, size_t n, unsigned char *out);

#endif
