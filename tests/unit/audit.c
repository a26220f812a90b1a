/* Audit entries: sealing, parsing, hash and signature checks, tampering,
 * counts and times; the signing keys and the webhook signature. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "audit/sign.h"
#include "base/buf.h"
#include "base/counter.h"
#include "base/encode.h"
#include "tap.h"

static const char genesis_prev[] = ",\"prev_hash\":\""
    "0000000000000000000000000000000000000000000000000000000000000000\"";

static int
parse(const char *line, struct cog_audit_entry *e, const char **why)
{
	return cog_audit_parse(line, strlen(line), e, why);
}

/*
 * Whether line (n bytes) passes the checks of cog-audit --verify: its
 * form, hash, key id and signature under k.
 */
static int
good(const char *line, size_t n, struct cog_signkey *k)
{
	struct cog_audit_entry e;
	const char *why;

	return cog_audit_parse(line, n, &e, &why) == 0 &&
	    cog_audit_hash_ok(line, &e) &&
	    strcmp(e.key_id, cog_signkey_id(k)) == 0 &&
	    cog_audit_sig_ok(line, &e, k);
}

int
main(void)
{
	struct cog_buf b = COG_BUF_INIT, s = COG_BUF_INIT;
	struct cog_counter c = { NULL, 0, 0 };
	struct cog_audit_entry e;
	struct cog_audit_keys kr;
	struct cog_signkey *k, *k2;
	unsigned char mac[32];
	struct timespec ts;
	const char *why;
	double secs;
	size_t i, flips, caught;

	/* HMAC-SHA256: RFC 4231 test case 2. */
	cog_hmac_sha256("Jefe", 4, "what do ya want for nothing?", 28, mac);
	cog_hex_encode(&s, mac, 32);
	is_str(s.p, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b9"
	    "64ec3843", "HMAC-SHA256, RFC 4231 case 2");
	cog_buf_reset(&s);
	cog_webhook_signature("whsec_test_0123456789", 21, 1700000000,
	    "{\"a\":1}", 7, &s);
	is_str(s.p, "t=1700000000,v1=d45143ed412aa9d672e3e06cc6753ced7e0e5a1757"
	    "b1109ff599ba71790e646d", "the webhook signature of t.body");

	k = cog_signkey_hmac("0123456789abcdef", 16);
	is_str(cog_signkey_id(k), "ce07cf88f01a69b3",
	    "an HMAC key id is the start of HMAC(secret, \"cogtools key id\")");
	is_str(cog_sign_alg_name(cog_signkey_alg(k)), "hmac-sha256",
	    "its algorithm's name");
	is_int(cog_sign_alg_lookup("ed25519", 7), COG_SIGN_ED25519,
	    "ed25519 is known");
	is_int(cog_sign_alg_lookup("rsa", 3), -1, "rsa is not");

	/* Seal and parse. */
	cog_buf_reset(&b);
	cog_buf_adds(&b, "{\"x\":1");
	cog_buf_adds(&b, genesis_prev);
	cog_audit_seal(&b, 0, k);
	ok(strncmp(b.p + strlen("{\"x\":1") + sizeof(genesis_prev) - 1,
	    ",\"entry_hash\":\"3fef3a0986da6da891f38258e4959bd0f3f4c9c769a635e"
	    "50edf531c1a3a36b7\",\"signature\":{\"alg\":\"hmac-sha256\","
	    "\"key_id\":\"ce07cf88f01a69b3\",\"value\":\"", 143) == 0,
	    "entry_hash is the SHA-256 of the entry without its last members");
	is_int(parse(b.p, &e, &why), 0, "a sealed entry parses");
	is_int(e.signed_len, strlen("{\"x\":1") + sizeof(genesis_prev) - 1,
	    "... its signed bytes end before \"entry_hash\"");
	is_int(e.siglen, 64, "... an HMAC signature is 64 hex digits");
	ok(good(b.p, b.len, k), "... its hash and signature check");
	k2 = cog_signkey_hmac("0123456789abcdeX", 16);
	ok(!cog_audit_sig_ok(b.p, &e, k2), "... not under another key");

	/* cog_audit_check: the checks of --verify, with the keys at hand. */
	kr.k[COG_SIGN_HMAC] = k;
	kr.k[COG_SIGN_ED25519] = NULL;
	is_int(cog_audit_check(b.p, b.len, &kr, &e, &why), 0,
	    "cog_audit_check passes a good entry");
	kr.k[COG_SIGN_HMAC] = k2;
	is_int(cog_audit_check(b.p, b.len, &kr, &e, &why), -1,
	    "... fails it under another key");
	ok(strstr(why, "signed by another key (key_id ce07cf88f01a69b3; "
	    "this key is ") == why, "... naming both key ids");
	kr.k[COG_SIGN_HMAC] = NULL;
	is_int(cog_audit_check(b.p, b.len, &kr, &e, &why), COG_AUDIT_NOKEY,
	    "... and says when it has no key of the entry's algorithm");
	ok(strstr(why, "signed with hmac-sha256") != NULL, "... naming it");
	is_str(e.entry_hash, "3fef3a0986da6da891f38258e4959bd0f3f4c9c769a635e"
	    "50edf531c1a3a36b7", "... its hash checked and known all the same");
	b.p[2] ^= 1;
	kr.k[COG_SIGN_HMAC] = k;
	is_int(cog_audit_check(b.p, b.len, &kr, &e, &why), -1,
	    "a changed byte fails it");
	is_str(why, "entry_hash does not match the entry", "... so says why");
	b.p[2] ^= 1;
	cog_signkey_free(k2);

	/* Every single flipped bit is caught by one of the checks. */
	flips = caught = 0;
	for (i = 0; i < b.len; i++) {
		int bit;

		for (bit = 0; bit < 8; bit++) {
			b.p[i] ^= (char)(1 << bit);
			flips++;
			caught += !good(b.p, b.len, k);
			b.p[i] ^= (char)(1 << bit);
		}
	}
	is_int(caught, flips, "every flipped bit of an entry is caught");
	ok(good(b.p, b.len, k), "... and the entry is good again");

	/* Malformed entries. */
	is_int(parse("[1]", &e, &why), -1, "an array is no entry");
	is_str(why, "not a JSON object", "... so says why");
	is_int(parse("{\"a\":1", &e, &why), -1, "invalid JSON is no entry");
	is_int(parse("{\"a\":1}", &e, &why), -1, "an object without the "
	    "members");
	is_str(why, "no \"entry_hash\" member", "... so says why");
	is_int(parse("{\"y\":{\"entry_hash\":1}}", &e, &why), -1,
	    "a nested entry_hash does not count");
	is_int(parse("{\"entry_hash\":\"00\"}", &e, &why), -1,
	    "entry_hash first");
	cog_buf_reset(&s);
	cog_buf_add(&s, b.p, b.len);
	cog_buf_adds(&s, " ");
	is_int(parse(s.p, &e, &why), -1, "a trailing blank");
	is_str(why, "something follows the signature", "... so says why");

	/* Counts. */
	is_int(cog_audit_counts_add("{\"B\":2,\"A\":1}", 13, &c), 0,
	    "counts parse");
	is_int(cog_audit_counts_add("{\"A\":4}", 7, &c), 0, "... and add");
	cog_buf_reset(&s);
	cog_audit_counts_json(&c, &s);
	is_str(s.p, "{\"A\":5,\"B\":2}", "... and print sorted");
	is_int(cog_audit_counts_add("{\"A\":-1}", 8, &c), -1, "negative");
	is_int(cog_audit_counts_add("{\"A\":1.5}", 9, &c), -1, "a fraction");
	is_int(cog_audit_counts_add("{\"A\":{}}", 8, &c), -1, "an object");
	is_int(cog_audit_counts_add("[]", 2, &c), -1, "an array");
	cog_counter_release(&c);
	cog_buf_reset(&s);
	cog_audit_counts_json(&c, &s);
	is_str(s.p, "{}", "no counts: {}");

	/* Times. */
	ts.tv_sec = 1767225600;
	ts.tv_nsec = 120000000;
	cog_buf_reset(&s);
	cog_audit_time(&s, &ts);
	is_str(s.p, "2026-01-01T00:00:00.120Z", "a time, UTC to the ms");
	ok(cog_audit_parse_time(s.p, s.len, &secs) == 0 &&
	    secs > 1767225600.119 && secs < 1767225600.121, "... parses back");
	ok(cog_audit_parse_time("2026-01-01T00:00:01Z", 20, &secs) == 0 &&
	    secs == 1767225601, "... also without milliseconds");
	is_int(cog_audit_parse_time("2026-01-01 00:00:01", 19, &secs), -1,
	    "a time without T and Z is refused");

	cog_signkey_free(k);
	cog_buf_release(&b);
	cog_buf_release(&s);
	return tap_done();
}
