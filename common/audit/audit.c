/* audit.c -- audit entries: the signed text, the hash chain, the counts */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "base/digest.h"
#include "base/encode.h"
#include "base/err.h"
#include "json/json.h"

static const char hash_key[] = ",\"entry_hash\":\"";
static const char prev_key[] = ",\"prev_hash\":\"";

static void
hash_signed(const char *p, size_t n, char hex[65])
{
	struct cog_buf b = COG_BUF_INIT;
	unsigned char d[COG_SHA256_LEN];
	struct cog_sha256 h;

	memset(&h, 0, sizeof(h));
	cog_sha256_init(&h);
	cog_sha256_update(&h, p, n);
	cog_sha256_update(&h, "}", 1);
	cog_sha256_final(&h, d);
	cog_sha256_release(&h);
	cog_hex_encode(&b, d, sizeof(d));
	memcpy(hex, b.p, 65);
	cog_buf_release(&b);
}

void
cog_audit_seal(struct cog_buf *b, size_t start, struct cog_signkey *k)
{
	struct cog_buf sig = COG_BUF_INIT;
	char hex[65];
	size_t n = b->len - start;

	hash_signed(b->p + start, n, hex);
	/* Sign the signed bytes themselves: the body and its brace. */
	cog_buf_addc(b, '}');
	cog_signkey_sign(k, b->p + start, n + 1, &sig);
	cog_buf_truncate(b, start + n);
	cog_buf_addf(b, "%s%s\",\"signature\":{\"alg\":\"%s\","
	    "\"key_id\":\"%s\",\"value\":\"%s\"}}", hash_key, hex,
	    cog_sign_alg_name(cog_signkey_alg(k)), cog_signkey_id(k), sig.p);
	cog_buf_release(&sig);
}

static int
lowhex(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') ||
		    (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

/* Match the literal lit at *p (before end) and move past it. */
static int
lit(const char **p, const char *end, const char *s)
{
	size_t n = strlen(s);

	if ((size_t)(end - *p) < n || memcmp(*p, s, n) != 0)
		return 0;
	*p += n;
	return 1;
}

/* Match '"' [a-z0-9-]+ '"' at *p; the bytes between the quotes out. */
static int
word(const char **p, const char *end, const char **w, size_t *wn)
{
	const char *q = *p;

	if (q >= end || *q++ != '"')
		return 0;
	*w = q;
	while (q < end && ((*q >= 'a' && *q <= 'z') || (*q >= '0' &&
	    *q <= '9') || *q == '-'))
		q++;
	*wn = (size_t)(q - *w);
	if (*wn == 0 || q >= end || *q != '"')
		return 0;
	*p = q + 1;
	return 1;
}

/* Find the top-level "entry_hash" key: the offset of its comma. */
static int
find_hash_member(const char *line, size_t n, size_t *at, const char **why)
{
	struct cog_json j;
	struct cog_jtok t;
	int type, found = 0;

	memset(&j, 0, sizeof(j));
	cog_json_init(&j, line, n);
	if (cog_json_next(&j, &t) != COG_JT_OBJ_BEGIN) {
		*why = j.errmsg ? "invalid JSON" : "not a JSON object";
		cog_json_release(&j);
		return -1;
	}
	cog_json_want(&j, COG_JT_BIT(COG_JT_KEY));
	while ((type = cog_json_next(&j, &t)) != COG_JT_END) {
		if (type == COG_JT_ERROR) {
			*why = "invalid JSON";
			cog_json_release(&j);
			return -1;
		}
		if (!found && cog_json_depth(&j) == 1 && t.n == 10 &&
		    memcmp(t.p, "entry_hash", 10) == 0) {
			*at = (size_t)(t.p - line);
			found = 1;
		}
	}
	cog_json_release(&j);
	if (!found) {
		*why = "no \"entry_hash\" member";
		return -1;
	}
	if (*at < 3 || line[*at - 1] != '"' || line[*at - 2] != ',') {
		*why = "\"entry_hash\" is not where an entry has it";
		return -1;
	}
	*at -= 2;
	return 0;
}

int
cog_audit_parse(const char *line, size_t n, struct cog_audit_entry *e,
    const char **why)
{
	const char *p, *end = line + n, *w;
	size_t at = 0, wn, plen = sizeof(prev_key) - 1;

	memset(e, 0, sizeof(*e));
	if (find_hash_member(line, n, &at, why) < 0)
		return -1;
	e->signed_len = at;
	if (at < plen + 66 || memcmp(line + at - plen - 65, prev_key,
	    plen) != 0 || line[at - 1] != '"' ||
	    !lowhex(line + at - 65, 64)) {
		*why = "no \"prev_hash\" of 64 hex digits before "
		    "\"entry_hash\"";
		return -1;
	}
	memcpy(e->prev_hash, line + at - 65, 64);
	p = line + at;
	if (!lit(&p, end, hash_key) || end - p < 65 || !lowhex(p, 64) ||
	    p[64] != '"') {
		*why = "\"entry_hash\" is not 64 lowercase hex digits";
		return -1;
	}
	memcpy(e->entry_hash, p, 64);
	p += 65;
	if (!lit(&p, end, ",\"signature\":{\"alg\":") ||
	    !word(&p, end, &w, &wn) ||
	    (e->alg = cog_sign_alg_lookup(w, wn)) < 0) {
		*why = "no \"signature\" with a known \"alg\" after "
		    "\"entry_hash\"";
		return -1;
	}
	if (!lit(&p, end, ",\"key_id\":") || !word(&p, end, &w, &wn) ||
	    wn != 16 || !lowhex(w, 16)) {
		*why = "the signature's \"key_id\" is not 16 hex digits";
		return -1;
	}
	memcpy(e->key_id, w, 16);
	if (!lit(&p, end, ",\"value\":") || !word(&p, end, &w, &wn) ||
	    !lowhex(w, wn)) {
		*why = "the signature's \"value\" is not hex";
		return -1;
	}
	e->sig = w;
	e->siglen = wn;
	if (!lit(&p, end, "}}") || p != end) {
		*why = "something follows the signature";
		return -1;
	}
	return 0;
}

int
cog_audit_hash_ok(const char *line, const struct cog_audit_entry *e)
{
	char hex[65];

	hash_signed(line, e->signed_len, hex);
	return memcmp(hex, e->entry_hash, 64) == 0;
}

int
cog_audit_sig_ok(const char *line, const struct cog_audit_entry *e,
    struct cog_signkey *k)
{
	struct cog_buf b = COG_BUF_INIT;
	int ok;

	if (cog_signkey_alg(k) != e->alg)
		return 0;
	cog_buf_add(&b, line, e->signed_len);
	cog_buf_addc(&b, '}');
	ok = cog_signkey_verify(k, b.p, b.len, e->sig, e->siglen);
	cog_buf_release(&b);
	return ok;
}

int
cog_audit_check(const char *line, size_t n, const struct cog_audit_keys *keys,
    struct cog_audit_entry *e, const char **why)
{
	static char msg[160];
	struct cog_signkey *k;

	if (cog_audit_parse(line, n, e, why) < 0)
		return -1;
	if (!cog_audit_hash_ok(line, e)) {
		*why = "entry_hash does not match the entry";
		return -1;
	}
	if ((k = keys->k[e->alg]) == NULL) {
		snprintf(msg, sizeof(msg), "the entry is signed with %s: %s",
		    cog_sign_alg_name(e->alg), e->alg == COG_SIGN_HMAC ?
		    "set COG_AUDIT_KEY or give the secret with --key-file" :
		    "give the public key with --key-file");
		*why = msg;
		return COG_AUDIT_NOKEY;
	}
	if (strcmp(e->key_id, cog_signkey_id(k)) != 0) {
		snprintf(msg, sizeof(msg), "signed by another key (key_id %s; "
		    "this key is %s)", e->key_id, cog_signkey_id(k));
		*why = msg;
		return -1;
	}
	if (!cog_audit_sig_ok(line, e, k)) {
		*why = "bad signature";
		return -1;
	}
	return 0;
}

int
cog_audit_counts_add(const char *raw, size_t n, struct cog_counter *c)
{
	struct cog_json j;
	struct cog_jtok t, key;
	int type, rc = 0;

	memset(&j, 0, sizeof(j));
	cog_json_init(&j, raw, n);
	if (cog_json_next(&j, &t) != COG_JT_OBJ_BEGIN)
		rc = -1;
	while (rc == 0 && (type = cog_json_next(&j, &key)) != COG_JT_OBJ_END) {
		char num[24], *endp;
		unsigned long long v;

		if (type != COG_JT_KEY || key.escaped || key.n == 0 ||
		    cog_json_next(&j, &t) != COG_JT_NUMBER ||
		    t.n >= sizeof(num) || t.p[0] == '-') {
			rc = -1;
			break;
		}
		memcpy(num, t.p, t.n);
		num[t.n] = '\0';
		v = strtoull(num, &endp, 10);
		if (*endp != '\0') {
			rc = -1;
			break;
		}
		cog_counter_add(c, key.p, key.n, v);
	}
	if (rc == 0 && cog_json_next(&j, &t) != COG_JT_END)
		rc = -1;
	cog_json_release(&j);
	return rc;
}

void
cog_audit_counts_json(const struct cog_counter *c, struct cog_buf *out)
{
	struct cog_counter_entry *v;
	size_t i, n;

	v = cog_counter_sorted(c, &n);
	cog_buf_addc(out, '{');
	for (i = 0; i < n; i++) {
		if (i > 0)
			cog_buf_addc(out, ',');
		cog_buf_add_jstr(out, v[i].key, v[i].len);
		cog_buf_addf(out, ":%llu", v[i].count);
	}
	cog_buf_addc(out, '}');
	free(v);
}

void
cog_audit_time(struct cog_buf *out, const struct timespec *t)
{
	struct tm tm;
	char s[32];

	gmtime_r(&t->tv_sec, &tm);
	strftime(s, sizeof(s), "%Y-%m-%dT%H:%M:%S", &tm);
	cog_buf_addf(out, "%s.%03ldZ", s, t->tv_nsec / 1000000);
}

int
cog_audit_parse_time(const char *s, size_t n, double *secs)
{
	char buf[40], *end;
	struct tm tm;
	double frac = 0;

	if (n >= sizeof(buf))
		return -1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	memset(&tm, 0, sizeof(tm));
	end = strptime(buf, "%Y-%m-%dT%H:%M:%S", &tm);
	if (end == NULL)
		return -1;
	if (*end == '.') {
		char *f = end;

		end++;
		if (*end < '0' || *end > '9')
			return -1;
		while (*end >= '0' && *end <= '9')
			end++;
		frac = strtod(f, NULL);
	}
	if (strcmp(end, "Z") != 0)
		return -1;
	*secs = (double)timegm(&tm) + frac;
	return 0;
}
