/*
 * fuzz-header.c -- HTTP response header lines as the header callbacks of
 * net/ see them: the status line, WWW-Authenticate's auth-params,
 * Retry-After, Content-Range and the Repr-Digest (or Content-Digest)
 * dictionary; and what net/http.c keeps of them for a retry.  The input
 * is split into lines at '\n'; each line keeps its terminator, as libcurl
 * hands it over.
 */
#include <assert.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "base/buf.h"
#include "base/digest.h"
#include "base/encode.h"
#include "net/header.h"
#include "net/retry.h"

#include "fuzz.h"

/* A fixed "now", so that an input always gives the same answer. */
#define NOW ((time_t)1767225600)	/* 2026-01-01T00:00:00Z */

static const char *const params[] = { "scope", "error", "realm" };

/* A parameter found with a small buffer is the same with a large one. */
static void
auth_params(const char *v, size_t n)
{
	char big[128], small[8];
	size_t k;

	for (k = 0; k < sizeof(params) / sizeof(params[0]); k++) {
		int rb = cog_header_auth_param(v, n, params[k], big,
		    sizeof(big));
		int rs = cog_header_auth_param(v, n, params[k], small,
		    sizeof(small));

		if (rb == 0)
			assert(strlen(big) < sizeof(big));
		if (rs == 0) {
			assert(strlen(small) < sizeof(small));
			assert(rb == 0 && strcmp(big, small) == 0);
		}
	}
}

static void
retry_after(const char *v, size_t n)
{
	char *s = fuzz_cstr((const uint8_t *)v, n);
	long w = cog_retry_after_parse(s, NOW);

	assert(w >= -1);
	free(s);
}

static void
content_range(const char *v, size_t n)
{
	long long first, last, size;

	if (cog_header_content_range(v, n, &first, &last, &size) == 0) {
		assert(first >= 0 && first <= last);
		assert(size == -1 || size > last);
	}
}

static void
digest(const char *v, size_t n)
{
	unsigned char md[COG_SHA256_LEN];

	(void)cog_digest_parse_repr(v, n, md);
}

/* One header line, dispatched as net/http.c and net/download.c do. */
static void
line(const char *p, size_t n)
{
	static const struct {
		const char *name;
		void (*fn)(const char *, size_t);
	} fields[] = {
		{ "WWW-Authenticate", auth_params },
		{ "Retry-After", retry_after },
		{ "Content-Range", content_range },
		{ "Repr-Digest", digest },
		{ "Content-Digest", digest },
	};
	const char *v;
	size_t vn, k;
	long st;

	if ((st = cog_header_status(p, n)) >= 0) {
		assert(st <= 999);
		return;
	}
	for (k = 0; k < sizeof(fields) / sizeof(fields[0]); k++) {
		if (!cog_header_match(p, n, fields[k].name, &v, &vn))
			continue;
		assert(v >= p && v + vn <= p + n);
		assert(vn == 0 || (v[0] != ' ' && v[0] != '\t' &&
		    v[vn - 1] != '\r' && v[vn - 1] != '\n' &&
		    v[vn - 1] != ' ' && v[vn - 1] != '\t'));
		assert(strncasecmp(p, fields[k].name,
		    strlen(fields[k].name)) == 0);
		fields[k].fn(v, vn);
		return;
	}
	/* A value without its name, as a value passed on alone. */
	auth_params(p, n);
	content_range(p, n);
	digest(p, n);
	retry_after(p, n);
}

/*
 * What net/http.c keeps of an answer's lines: a status line starts over,
 * Retry-After gives the delay its value parses to (the one before when
 * the value is too long to be one), WWW-Authenticate its value cut to
 * fit; any other line changes nothing.
 */
static void
hint(const char *p, size_t n, struct cog_header_retry *r)
{
	struct cog_header_retry was = *r;
	const char *v;
	char tmp[128];
	size_t vn, k;
	int got;

	if (cog_header_status(p, n) >= 0) {
		cog_header_retry_reset(r);
		assert(r->retry_after == -1 && r->www_auth[0] == '\0');
		return;
	}
	got = cog_header_retry_line(p, n, r);
	if (cog_header_match(p, n, "Retry-After", &v, &vn)) {
		assert(got == 1 && strcmp(r->www_auth, was.www_auth) == 0);
		if (cog_header_value(v, vn, tmp, sizeof(tmp)) < 0) {
			assert(r->retry_after == was.retry_after);
		} else {
			/* Whether it parses does not hang on the time. */
			assert(r->retry_after >= -1);
			assert((r->retry_after == -1) ==
			    (cog_retry_after_parse(tmp, NOW) == -1));
		}
	} else if (cog_header_match(p, n, "WWW-Authenticate", &v, &vn)) {
		k = vn < sizeof(r->www_auth) ? vn : sizeof(r->www_auth) - 1;
		assert(got == 1 && r->retry_after == was.retry_after);
		assert(memcmp(r->www_auth, v, k) == 0 &&
		    r->www_auth[k] == '\0');
	} else {
		assert(got == 0 && r->retry_after == was.retry_after &&
		    strcmp(r->www_auth, was.www_auth) == 0);
	}
}

/*
 * What servers send parses back: an HTTP-date in each of its three forms
 * and delay-seconds for the Retry-After, the base64 digest among other
 * members for Repr-Digest, hex for a list item's sha256.
 */
static void
round_trips(const uint8_t *data, size_t size)
{
	unsigned char md[COG_SHA256_LEN], back[COG_SHA256_LEN];
	struct cog_buf b = COG_BUF_INIT;
	uint64_t x = 0;
	time_t t;
	struct tm tm;
	char s[128];
	long want;
	size_t i;

	for (i = 0; i < 8 && i < size; i++)
		x = x << 8 | data[i];
	/* Any second from 1970 to 9999. */
	t = (time_t)(x % 253402300800ULL);
	want = t > NOW ? (long)(t - NOW) : 0;
	gmtime_r(&t, &tm);
	strftime(s, sizeof(s), "%a, %d %b %Y %H:%M:%S GMT", &tm);
	assert(cog_retry_after_parse(s, NOW) == want);
	strftime(s, sizeof(s), "%a %b %e %H:%M:%S %Y", &tm);
	assert(cog_retry_after_parse(s, NOW) == want);
	if (tm.tm_year >= 70 && tm.tm_year < 170) {
		strftime(s, sizeof(s), "%A, %d-%b-%y %H:%M:%S GMT", &tm);
		assert(cog_retry_after_parse(s, NOW) == want);
	}
	snprintf(s, sizeof(s), " %lu ", (unsigned long)(x % 1000000000));
	assert(cog_retry_after_parse(s, NOW) == (long)(x % 1000000000));

	memset(md, 0, sizeof(md));
	memcpy(md, data, size < sizeof(md) ? size : sizeof(md));
	cog_buf_adds(&b, "sha-512=:");
	cog_b64_encode(&b, data, size < 64 ? size : 64, 0);
	cog_buf_adds(&b, ":, sha-256=:");
	cog_b64_encode(&b, md, sizeof(md), 0);
	cog_buf_adds(&b, ":");
	assert(cog_digest_parse_repr(b.p, b.len, back) == 0);
	assert(memcmp(md, back, sizeof(md)) == 0);
	cog_buf_reset(&b);
	cog_hex_encode(&b, md, sizeof(md));
	assert(cog_digest_parse_hex(b.p, b.len, back) == 0);
	assert(memcmp(md, back, sizeof(md)) == 0);
	cog_buf_release(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *end = s + size, *nl;
	unsigned char md[COG_SHA256_LEN];
	struct cog_header_retry r;

	cog_header_retry_reset(&r);
	while (s < end) {
		nl = memchr(s, '\n', (size_t)(end - s));
		nl = nl ? nl + 1 : end;
		line(s, (size_t)(nl - s));
		hint(s, (size_t)(nl - s), &r);
		s = nl;
	}
	(void)cog_digest_parse_hex((const char *)data, size, md);
	round_trips(data, size);
	return 0;
}
