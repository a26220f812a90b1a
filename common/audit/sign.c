/* sign.c -- signing keys: HMAC-SHA256 secrets and Ed25519 keys (OpenSSL) */
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <stdlib.h>
#include <string.h>

#include "audit/sign.h"
#include "base/digest.h"
#include "base/encode.h"
#include "base/err.h"
#include "base/secret.h"

#define ED25519_SIGLEN 64

struct cog_signkey {
	int alg;
	unsigned char *secret;	/* HMAC */
	size_t n;
	EVP_PKEY *pkey;		/* Ed25519 */
	int private;
	char id[17];
};

void
cog_hmac_sha256(const void *key, size_t keylen, const void *p, size_t n,
    unsigned char out[32])
{
	unsigned int len = 32;

	if (HMAC(EVP_sha256(), key, (int)keylen, p, n, out, &len) == NULL)
		cog_die("HMAC-SHA256 is not available");
}

static void
hexid(const unsigned char *d, char id[17])
{
	static const char digits[] = "0123456789abcdef";
	int i;

	for (i = 0; i < 8; i++) {
		id[2 * i] = digits[d[i] >> 4];
		id[2 * i + 1] = digits[d[i] & 15];
	}
	id[16] = '\0';
}

struct cog_signkey *
cog_signkey_hmac(const void *secret, size_t n)
{
	struct cog_signkey *k = cog_xcalloc(1, sizeof(*k));
	unsigned char mac[32];

	k->alg = COG_SIGN_HMAC;
	k->secret = cog_xmalloc(n);
	memcpy(k->secret, secret, n);
	k->n = n;
	k->private = 1;
	cog_hmac_sha256(secret, n, "cogtools key id", 15, mac);
	hexid(mac, k->id);
	return k;
}

struct cog_signkey *
cog_signkey_from_env(const char *name, char *err, size_t errlen)
{
	const char *v = getenv(name);

	if (v == NULL || *v == '\0') {
		cog_seterr(err, errlen, "%s is not set", name);
		return NULL;
	}
	if (strlen(v) < COG_SIGN_MIN_SECRET) {
		cog_seterr(err, errlen, "the secret in %s is too short (at least "
		    "%d bytes)", name, COG_SIGN_MIN_SECRET);
		return NULL;
	}
	return cog_signkey_hmac(v, strlen(v));
}

/* Never ask for a passphrase on the terminal: an encrypted key fails. */
static int
no_passphrase(char *buf, int size, int rwflag, void *u)
{
	(void)buf;
	(void)size;
	(void)rwflag;
	(void)u;
	return -1;
}

static struct cog_signkey *
from_pem(const char *p, size_t n, const char *path, char *err,
    size_t errlen)
{
	struct cog_signkey *k;
	unsigned char raw[32], d[32];
	size_t rawlen = sizeof(raw);
	struct cog_sha256 h;
	EVP_PKEY *pkey;
	int private = 1;
	BIO *bio;

	if ((bio = BIO_new_mem_buf(p, (int)n)) == NULL)
		cog_die("out of memory");
	pkey = PEM_read_bio_PrivateKey(bio, NULL, no_passphrase, NULL);
	if (pkey == NULL) {
		BIO_free(bio);
		if ((bio = BIO_new_mem_buf(p, (int)n)) == NULL)
			cog_die("out of memory");
		pkey = PEM_read_bio_PUBKEY(bio, NULL, no_passphrase, NULL);
		private = 0;
	}
	BIO_free(bio);
	ERR_clear_error();
	if (pkey == NULL) {
		cog_seterr(err, errlen, "'%s' holds no PEM key this program can "
		    "read (encrypted keys are not supported)", path);
		return NULL;
	}
	if (EVP_PKEY_get_id(pkey) != EVP_PKEY_ED25519 ||
	    EVP_PKEY_get_raw_public_key(pkey, raw, &rawlen) != 1 ||
	    rawlen != sizeof(raw)) {
		EVP_PKEY_free(pkey);
		cog_seterr(err, errlen, "'%s' is not an Ed25519 key (make one with "
		    "'openssl genpkey -algorithm ed25519')", path);
		return NULL;
	}
	k = cog_xcalloc(1, sizeof(*k));
	k->alg = COG_SIGN_ED25519;
	k->pkey = pkey;
	k->private = private;
	memset(&h, 0, sizeof(h));
	cog_sha256_init(&h);
	cog_sha256_update(&h, raw, rawlen);
	cog_sha256_final(&h, d);
	cog_sha256_release(&h);
	hexid(d, k->id);
	return k;
}

struct cog_signkey *
cog_signkey_load(const char *path, char *err, size_t errlen)
{
	struct cog_secret s = { NULL, 0, 0, 0 };
	struct cog_signkey *k = NULL;

	if (cog_secret_read(&s, path, "key file", COG_SECRET_QUIET, err,
	    errlen) < 0)
		return NULL;
	if (s.len >= 11 && memmem(s.p, s.len, "-----BEGIN ", 11) != NULL)
		k = from_pem(s.p, s.len, path, err, errlen);
	else if (s.len < COG_SIGN_MIN_SECRET)
		cog_seterr(err, errlen, "the secret in '%s' is too short (at least "
		    "%d bytes)", path, COG_SIGN_MIN_SECRET);
	else
		k = cog_signkey_hmac(s.p, s.len);
	if (k && k->private && s.loose)
		cog_secret_warn_loose("key file", path);
	cog_secret_release(&s);
	return k;
}

void
cog_signkey_free(struct cog_signkey *k)
{
	if (k == NULL)
		return;
	if (k->secret) {
		OPENSSL_cleanse(k->secret, k->n);
		free(k->secret);
	}
	EVP_PKEY_free(k->pkey);
	free(k);
}

int
cog_signkey_alg(const struct cog_signkey *k)
{
	return k->alg;
}

const char *
cog_sign_alg_name(int alg)
{
	return alg == COG_SIGN_ED25519 ? "ed25519" : "hmac-sha256";
}

int
cog_sign_alg_lookup(const char *name, size_t n)
{
	if (n == 11 && memcmp(name, "hmac-sha256", 11) == 0)
		return COG_SIGN_HMAC;
	if (n == 7 && memcmp(name, "ed25519", 7) == 0)
		return COG_SIGN_ED25519;
	return -1;
}

int
cog_signkey_can_sign(const struct cog_signkey *k)
{
	return k->private;
}

const char *
cog_signkey_id(const struct cog_signkey *k)
{
	return k->id;
}

/* The raw signature of p into sig (64 bytes room); return its length. */
static size_t
sign_raw(struct cog_signkey *k, const void *p, size_t n, unsigned char *sig)
{
	size_t len = ED25519_SIGLEN;
	EVP_MD_CTX *ctx;

	if (k->alg == COG_SIGN_HMAC) {
		cog_hmac_sha256(k->secret, k->n, p, n, sig);
		return 32;
	}
	if ((ctx = EVP_MD_CTX_new()) == NULL)
		cog_die("out of memory");
	if (EVP_DigestSignInit(ctx, NULL, NULL, NULL, k->pkey) != 1 ||
	    EVP_DigestSign(ctx, sig, &len, p, n) != 1)
		cog_die("Ed25519 signing failed");
	EVP_MD_CTX_free(ctx);
	return len;
}

void
cog_signkey_sign(struct cog_signkey *k, const void *p, size_t n,
    struct cog_buf *out)
{
	unsigned char sig[ED25519_SIGLEN];

	if (!k->private)
		cog_die("a public key cannot sign");
	cog_hex_encode(out, sig, sign_raw(k, p, n, sig));
}

static int
unhex(const char *hex, size_t n, unsigned char *out, size_t max)
{
	size_t i;

	if (n % 2 || n / 2 > max)
		return -1;
	for (i = 0; i < n; i++) {
		int c = (unsigned char)hex[i], v;

		if (c >= '0' && c <= '9')
			v = c - '0';
		else if (c >= 'a' && c <= 'f')
			v = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v = c - 'A' + 10;
		else
			return -1;
		if (i % 2)
			out[i / 2] |= (unsigned char)v;
		else
			out[i / 2] = (unsigned char)(v << 4);
	}
	return (int)(n / 2);
}

int
cog_signkey_verify(struct cog_signkey *k, const void *p, size_t n,
    const char *hex, size_t hexlen)
{
	unsigned char sig[ED25519_SIGLEN], want[32];
	EVP_MD_CTX *ctx;
	int len, ok;

	if ((len = unhex(hex, hexlen, sig, sizeof(sig))) < 0)
		return 0;
	if (k->alg == COG_SIGN_HMAC) {
		if (len != 32)
			return 0;
		cog_hmac_sha256(k->secret, k->n, p, n, want);
		return CRYPTO_memcmp(want, sig, 32) == 0;
	}
	if (len != ED25519_SIGLEN)
		return 0;
	if ((ctx = EVP_MD_CTX_new()) == NULL)
		cog_die("out of memory");
	ok = EVP_DigestVerifyInit(ctx, NULL, NULL, NULL, k->pkey) == 1 &&
	    EVP_DigestVerify(ctx, sig, (size_t)len, p, n) == 1;
	EVP_MD_CTX_free(ctx);
	ERR_clear_error();
	return ok;
}

void
cog_webhook_signature(const void *secret, size_t n, time_t t,
    const char *body, size_t bodylen, struct cog_buf *out)
{
	struct cog_buf msg = COG_BUF_INIT;
	unsigned char mac[32];
	size_t start = out->len;

	cog_buf_addf(out, "t=%lld", (long long)t);
	cog_buf_add(&msg, out->p + start + 2, out->len - start - 2);
	cog_buf_addc(&msg, '.');
	cog_buf_add(&msg, body, bodylen);
	cog_hmac_sha256(secret, n, msg.p, msg.len, mac);
	cog_buf_release(&msg);
	cog_buf_adds(out, ",v1=");
	cog_hex_encode(out, mac, sizeof(mac));
}
