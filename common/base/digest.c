/* digest.c -- SHA-256 over a stream, and the digests servers announce */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "base/buf.h"
#include "base/digest.h"
#include "base/encode.h"
#include "base/err.h"

void
cog_sha256_init(struct cog_sha256 *h)
{
	if (h->ctx == NULL && (h->ctx = EVP_MD_CTX_new()) == NULL)
		cog_die("out of memory");
	if (EVP_DigestInit_ex(h->ctx, EVP_sha256(), NULL) != 1)
		cog_die("cannot initialise SHA-256");
}

void
cog_sha256_update(struct cog_sha256 *h, const void *p, size_t n)
{
	if (h->ctx == NULL)
		cog_sha256_init(h);
	EVP_DigestUpdate(h->ctx, p, n);
}

void
cog_sha256_final(struct cog_sha256 *h, unsigned char *out)
{
	unsigned int n = COG_SHA256_LEN;

	if (h->ctx == NULL)
		cog_sha256_init(h);
	EVP_DigestFinal_ex(h->ctx, out, &n);
	cog_sha256_init(h);
}

void
cog_sha256_release(struct cog_sha256 *h)
{
	EVP_MD_CTX_free(h->ctx);
	h->ctx = NULL;
}

long long
cog_sha256_fd(struct cog_sha256 *h, int fd, long long len)
{
	char chunk[65536];
	long long done = 0;
	off_t off = 0;
	ssize_t r;
	size_t want;

	for (;;) {
		want = sizeof(chunk);
		if (len >= 0 && (long long)want > len - done)
			want = (size_t)(len - done);
		if (want == 0)
			break;
		r = pread(fd, chunk, want, off);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			break;
		cog_sha256_update(h, chunk, (size_t)r);
		off += r;
		done += r;
	}
	return done;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int
cog_digest_parse_hex(const char *s, size_t n, unsigned char *out)
{
	size_t i;

	if (n != 2 * COG_SHA256_LEN)
		return -1;
	for (i = 0; i < COG_SHA256_LEN; i++) {
		int hi = hexval((unsigned char)s[2 * i]);
		int lo = hexval((unsigned char)s[2 * i + 1]);

		if (hi < 0 || lo < 0)
			return -1;
		out[i] = (unsigned char)(hi << 4 | lo);
	}
	return 0;
}

int
cog_digest_parse_repr(const char *value, size_t n, unsigned char *out)
{
	const char *p = value, *end = value + n;

	while (p < end) {
		const char *key, *b64;
		size_t klen;

		while (p < end && (*p == ' ' || *p == '\t' || *p == ','))
			p++;
		key = p;
		while (p < end && *p != '=' && *p != ',' && *p != ';')
			p++;
		klen = (size_t)(p - key);
		while (klen > 0 && (key[klen - 1] == ' ' ||
		    key[klen - 1] == '\t'))
			klen--;
		if (p < end && *p == '=' && p + 1 < end && p[1] == ':') {
			b64 = p += 2;
			while (p < end && *p != ':')
				p++;
			if (p == end)
				return -1;
			if (klen == 7 && strncmp(key, "sha-256", 7) == 0) {
				struct cog_buf b = COG_BUF_INIT;
				int ok = cog_b64_decode(&b, b64,
				    (size_t)(p - b64)) == 0 &&
				    b.len == COG_SHA256_LEN;

				if (ok)
					memcpy(out, b.p, COG_SHA256_LEN);
				cog_buf_release(&b);
				return ok ? 0 : -1;
			}
			p++;
		}
		/* Skip parameters and anything else up to the next member. */
		while (p < end && *p != ',')
			p++;
	}
	return -1;
}
