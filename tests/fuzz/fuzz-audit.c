/*
 * fuzz-audit.c -- audit log lines: an entry parses or is refused, an
 * entry sealed around any text parses and verifies, and one changed byte
 * of what it signs makes it fail; the counts and times of an entry read
 * back as they were written.
 */
#include <assert.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "audit/audit.h"
#include "audit/sign.h"
#include "base/buf.h"
#include "base/counter.h"

#include "fuzz.h"

static struct cog_signkey *key;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	key = cog_signkey_hmac("fuzz-key-0123456789", 19);
	assert(key != NULL);
	return 0;
}

/* Seal an entry around s; check it, then tamper with one byte. */
static void
seal(const char *s, size_t size, unsigned where)
{
	struct cog_buf line = COG_BUF_INIT;
	struct cog_audit_entry e;
	const char *why;
	size_t at;

	cog_buf_adds(&line, "{\"d\":");
	cog_buf_add_jstr(&line, s, size);
	cog_buf_adds(&line, ",\"prev_hash\":\"" COG_AUDIT_GENESIS "\"");
	cog_audit_seal(&line, 0, key);
	assert(cog_audit_parse(line.p, line.len, &e, &why) == 0);
	assert(cog_audit_hash_ok(line.p, &e));
	assert(cog_audit_sig_ok(line.p, &e, key));
	assert(strcmp(e.prev_hash, COG_AUDIT_GENESIS) == 0);
	at = where % e.signed_len;
	line.p[at] ^= 1 << (where / 251 % 7);
	if (cog_audit_parse(line.p, line.len, &e, &why) == 0)
		assert(!cog_audit_hash_ok(line.p, &e) ||
		    !cog_audit_sig_ok(line.p, &e, key));
	cog_buf_release(&line);
}

static void
counts(const char *s, size_t size)
{
	struct cog_counter c = { NULL, 0, 0 }, again = { NULL, 0, 0 };
	struct cog_buf a = COG_BUF_INIT, b = COG_BUF_INIT;

	if (cog_audit_counts_add(s, size, &c) == 0) {
		cog_audit_counts_json(&c, &a);
		assert(cog_audit_counts_add(a.p, a.len, &again) == 0);
		cog_audit_counts_json(&again, &b);
		assert(a.len == b.len && memcmp(a.p, b.p, a.len) == 0);
	}
	cog_counter_release(&c);
	cog_counter_release(&again);
	cog_buf_release(&a);
	cog_buf_release(&b);
}

static void
times(const char *s, size_t size, const uint8_t *data)
{
	struct cog_buf b = COG_BUF_INIT;
	struct timespec ts;
	uint64_t x = 0;
	double secs;
	size_t i;

	(void)cog_audit_parse_time(s, size, &secs);
	for (i = 0; i < 8 && i < size; i++)
		x = x << 8 | data[i];
	/* Any millisecond from 1970 to 9999. */
	ts.tv_sec = (time_t)(x % 253402300800ULL);
	ts.tv_nsec = (long)(x >> 40) % 1000 * 1000000;
	cog_audit_time(&b, &ts);
	assert(cog_audit_parse_time(b.p, b.len, &secs) == 0);
	assert((long long)secs == (long long)ts.tv_sec);
	assert((long)((secs - (double)ts.tv_sec) * 1000 + 0.5) ==
	    ts.tv_nsec / 1000000);
	cog_buf_release(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *why;
	struct cog_audit_entry e;
	unsigned where = 0;
	size_t i;

	if (cog_audit_parse(s, size, &e, &why) == 0) {
		assert(e.signed_len < size);
		assert(strlen(e.entry_hash) == 64 && strlen(e.prev_hash) == 64);
		assert(e.sig >= s && e.sig + e.siglen <= s + size);
		(void)cog_audit_hash_ok(s, &e);
		(void)cog_audit_sig_ok(s, &e, key);
	} else {
		assert(why != NULL);
	}
	for (i = 0; i < size; i++)
		where = where * 31 + data[i];
	seal(s, size, where);
	counts(s, size);
	times(s, size, data);
	return 0;
}
