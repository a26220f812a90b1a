/* keys.c -- the masking secret: keyed hash tokens and reversible encryption */

/*
 * The hash tokens use SHA256_CTX, deprecated since OpenSSL 3.0 in favour
 * of EVP_MD_CTX: copying an EVP context allocates and frees (3.0), which
 * cost more than the two SHA-256 blocks of the HMAC itself.  A
 * SHA256_CTX is a plain struct, copied by assignment.
 */
#define OPENSSL_SUPPRESS_DEPRECATED

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/encode.h"
#include "base/err.h"
#include "base/secret.h"
#include "mask/keys.h"

#define MIN_SECRET 16
#define TAGLEN 16

/* Public, so anyone can reverse what it masks: for trial runs only. */
static const char demo_secret[] = "cogtools insecure demonstration key";

struct cog_keys {
	SHA256_CTX inner, outer;	/* the HMAC pads absorbed */
	EVP_CIPHER *siv;
	EVP_CIPHER_CTX *cctx;
	unsigned char siv_key[64];
	struct cog_buf scratch;
};

static void
derive(const unsigned char *secret, size_t n, const char *label,
    unsigned char out[32])
{
	unsigned int len = 32;

	if (HMAC(EVP_sha256(), secret, (int)n, (const unsigned char *)label,
	    strlen(label), out, &len) == NULL)
		cog_die("HMAC-SHA256 is not available");
}

struct cog_keys *
cog_keys_new(const unsigned char *secret, size_t n)
{
	struct cog_keys *k = cog_xcalloc(1, sizeof(*k));
	unsigned char hk[32], pad[64];
	int i;

	derive(secret, n, "cogtools mask hash v1", hk);
	derive(secret, n, "cogtools mask siv v1 a", k->siv_key);
	derive(secret, n, "cogtools mask siv v1 b", k->siv_key + 32);
	if ((k->cctx = EVP_CIPHER_CTX_new()) == NULL)
		cog_die("out of memory");
	memset(pad, 0x36, sizeof(pad));
	for (i = 0; i < 32; i++)
		pad[i] ^= hk[i];
	SHA256_Init(&k->inner);
	SHA256_Update(&k->inner, pad, sizeof(pad));
	memset(pad, 0x5c, sizeof(pad));
	for (i = 0; i < 32; i++)
		pad[i] ^= hk[i];
	SHA256_Init(&k->outer);
	SHA256_Update(&k->outer, pad, sizeof(pad));
	OPENSSL_cleanse(hk, sizeof(hk));
	OPENSSL_cleanse(pad, sizeof(pad));
	return k;
}

struct cog_keys *
cog_keys_dup(const struct cog_keys *k)
{
	struct cog_keys *c = cog_xcalloc(1, sizeof(*c));

	memcpy(c->siv_key, k->siv_key, sizeof(c->siv_key));
	c->inner = k->inner;
	c->outer = k->outer;
	if ((c->cctx = EVP_CIPHER_CTX_new()) == NULL)
		cog_die("out of memory");
	return c;
}

void
cog_keys_free(struct cog_keys *k)
{
	if (k == NULL)
		return;
	OPENSSL_cleanse(&k->inner, sizeof(k->inner));
	OPENSSL_cleanse(&k->outer, sizeof(k->outer));
	EVP_CIPHER_CTX_free(k->cctx);
	EVP_CIPHER_free(k->siv);
	OPENSSL_cleanse(k->siv_key, sizeof(k->siv_key));
	if (k->scratch.p)
		OPENSSL_cleanse(k->scratch.p, k->scratch.cap);
	cog_buf_release(&k->scratch);
	free(k);
}

/*
 * The key file's default place, $XDG_CONFIG_HOME/cog/mask.key (XDG's
 * default ~/.config), into path; 0 when there is none to look at.
 */
static int
default_key_file(char *path, size_t size)
{
	const char *cfg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	int n;

	if (cfg != NULL && cfg[0] == '/')
		n = snprintf(path, size, "%s/cog/mask.key", cfg);
	else if (home != NULL && home[0] == '/')
		n = snprintf(path, size, "%s/.config/cog/mask.key", home);
	else
		return 0;
	return n > 0 && (size_t)n < size;
}

/*
 * Read the default key file into s when it exists: 1 when read, 0 when
 * there is none, -1 with a message in err when it cannot be used (a
 * file that others may read is refused, not only warned about: nobody
 * named it, so nobody chose to accept the risk).
 */
static int
load_default(struct cog_secret *s, char *path, size_t size, char *err,
    size_t errlen)
{
	struct stat st;

	if (!default_key_file(path, size))
		return 0;
	if (stat(path, &st) < 0 && errno == ENOENT)
		return 0;
	if (cog_secret_read(s, path, "key file", COG_SECRET_QUIET, err,
	    errlen) < 0)
		return -1;
	if (s->loose) {
		cog_secret_release(s);
		snprintf(err, errlen, "key file '%s' can be read by other "
		    "users: chmod 600 it", path);
		return -1;
	}
	return 1;
}

struct cog_keys *
cog_keys_load(const char *key_file, int flags, char *err, size_t errlen)
{
	char path[4096];
	int r;

	struct cog_secret s = { NULL, 0, 0, 0 };
	struct cog_keys *k = NULL;
	const char *what, *p;
	size_t n;

	if (key_file != NULL) {
		if (cog_secret_read(&s, key_file, "key file", 0, err,
		    errlen) < 0)
			goto out;
		what = "the key file";
	} else if (cog_secret_env(&s, "COG_MASK_KEY")) {
		what = "COG_MASK_KEY";
	} else if ((r = load_default(&s, path, sizeof(path), err,
	    errlen)) != 0) {
		if (r < 0)
			goto out;
		what = "the key file";
	} else if (flags & COG_KEYS_DEMO) {
		cog_warn("using the public demonstration key: the output is "
		    "NOT private");
		what = "the demonstration key";
	} else if (flags & COG_KEYS_OPTIONAL) {
		if (errlen > 0)
			err[0] = '\0';
		goto out;
	} else {
		snprintf(err, errlen, "no masking key: set COG_MASK_KEY, use "
		    "--key-file or make ~/.config/cog/mask.key "
		    "(--insecure-demo-key for a trial run)");
		goto out;
	}
	p = s.p ? s.p : demo_secret;
	n = s.p ? s.len : strlen(demo_secret);
	if (n < MIN_SECRET) {
		snprintf(err, errlen, "the secret in %s is too short (at "
		    "least %d bytes)", what, MIN_SECRET);
		goto out;
	}
	k = cog_keys_new((const unsigned char *)p, n);
out:
	cog_secret_release(&s);
	return k;
}

void
cog_keys_hash(struct cog_keys *k, const char *type, const char *value,
    size_t n, char hex[17])
{
	static const char digits[] = "0123456789abcdef";
	unsigned char ih[SHA256_DIGEST_LENGTH], mac[SHA256_DIGEST_LENGTH];
	SHA256_CTX c = k->inner;
	int i;

	SHA256_Update(&c, type, strlen(type) + 1);
	SHA256_Update(&c, value, n);
	SHA256_Final(ih, &c);
	c = k->outer;
	SHA256_Update(&c, ih, sizeof(ih));
	SHA256_Final(mac, &c);
	for (i = 0; i < 8; i++) {
		hex[2 * i] = digits[mac[i] >> 4];
		hex[2 * i + 1] = digits[mac[i] & 15];
	}
	hex[16] = '\0';
}

static EVP_CIPHER *
siv(struct cog_keys *k)
{
	if (k->siv == NULL &&
	    (k->siv = EVP_CIPHER_fetch(NULL, "AES-256-SIV", NULL)) == NULL)
		cog_die("AES-256-SIV is not available in this OpenSSL");
	return k->siv;
}

void
cog_keys_encrypt(struct cog_keys *k, const char *type, const char *value,
    size_t n, struct cog_buf *out)
{
	struct cog_buf *ct = &k->scratch;
	int len, fin;

	if (n > 0x7fffffff - TAGLEN)
		cog_die("value too long to encrypt");
	cog_buf_reset(ct);
	cog_buf_grow(ct, TAGLEN + n + 32);
	if (!EVP_EncryptInit_ex(k->cctx, siv(k), NULL, k->siv_key, NULL) ||
	    !EVP_EncryptUpdate(k->cctx, NULL, &len,
	    (const unsigned char *)type, (int)strlen(type)) ||
	    !EVP_EncryptUpdate(k->cctx, (unsigned char *)ct->p + TAGLEN,
	    &len, (const unsigned char *)value, (int)n) ||
	    !EVP_EncryptFinal_ex(k->cctx, (unsigned char *)ct->p + TAGLEN +
	    len, &fin) ||
	    !EVP_CIPHER_CTX_ctrl(k->cctx, EVP_CTRL_AEAD_GET_TAG, TAGLEN,
	    ct->p))
		cog_die("AES-256-SIV encryption failed");
	cog_b64_encode(out, (unsigned char *)ct->p, TAGLEN + (size_t)len +
	    (size_t)fin, 1);
}

int
cog_keys_decrypt(struct cog_keys *k, const char *type, const char *b64,
    size_t n, struct cog_buf *out)
{
	struct cog_buf *ct = &k->scratch;
	size_t before = out->len;
	int len, fin, rc = -1;

	cog_buf_reset(ct);
	if (cog_b64_decode(ct, b64, n) < 0 || ct->len < TAGLEN ||
	    ct->len > 0x7fffffff)
		return -1;
	cog_buf_grow(out, ct->len + 32);
	if (EVP_DecryptInit_ex(k->cctx, siv(k), NULL, k->siv_key, NULL) &&
	    EVP_CIPHER_CTX_ctrl(k->cctx, EVP_CTRL_AEAD_SET_TAG, TAGLEN,
	    ct->p) &&
	    EVP_DecryptUpdate(k->cctx, NULL, &len,
	    (const unsigned char *)type, (int)strlen(type)) &&
	    EVP_DecryptUpdate(k->cctx, (unsigned char *)out->p + out->len,
	    &len, (unsigned char *)ct->p + TAGLEN,
	    (int)(ct->len - TAGLEN)) &&
	    EVP_DecryptFinal_ex(k->cctx, (unsigned char *)out->p + out->len +
	    len, &fin) > 0) {
		out->len += (size_t)len + (size_t)fin;
		rc = 0;
	}
	if (rc < 0)
		out->len = before;
	out->p[out->len] = '\0';
	return rc;
}
