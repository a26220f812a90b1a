/*
 * fuzz-audit.c -- audit log lines and logs: an entry parses or is
 * refused, an entry sealed around any text parses and verifies, and one
 * changed byte of what it signs makes it fail; any file verifies as a log
 * or is refused at a line it has, and a chain of entries verifies while
 * the chain without one of them does not; the counts and times of an
 * entry read back as they were written.
 */
#include <assert.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "audit/audit.h"
#include "audit/log.h"
#include "audit/sign.h"
#include "base/buf.h"
#include "base/counter.h"
#include "base/file.h"
#include "base/lines.h"

#include "fuzz.h"

static struct cog_signkey *key;
static struct cog_audit_keys keys;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	key = cog_signkey_hmac("fuzz-key-0123456789", 19);
	assert(key != NULL);
	keys.k[COG_SIGN_HMAC] = key;
	return 0;
}

/*
 * Verify the n bytes at s as the log file they would be (a file in
 * memory: one on disk made the target wait for the disk).
 */
static int
verify(const char *s, size_t n, const char *expect,
    struct cog_audit_verdict *v)
{
	struct cog_buf json = COG_BUF_INIT;
	struct cog_lines in;
	unsigned long lines = 0;
	size_t i;
	int fd, r;

	fd = memfd_create("audit.log", MFD_CLOEXEC);
	assert(fd >= 0 && cog_write_all(fd, s, n) == 0 &&
	    lseek(fd, 0, SEEK_SET) == 0);
	cog_lines_fd(&in, fd, "audit.log");
	r = cog_audit_log_verify(&in, &keys, COG_AUDIT_UNKEYED_OK, expect,
	    v);
	cog_lines_close(&in);
	for (i = 0; i < n; i++)
		lines += s[i] == '\n';
	lines += n > 0 && s[n - 1] != '\n';
	assert(r == (v->why != NULL));
	assert(v->entries <= lines);
	assert(r == 0 || (v->line >= 1 && v->line <= lines &&
	    v->line == v->entries + 1));
	assert(strlen(v->last_hash) == 64);
	cog_audit_verdict_json(v, "log", &json);
	assert(json.len > 0 && json.p[json.len - 1] == '\n');
	cog_buf_release(&json);
	return r;
}

/* A log of entries around the input's lines, whole and with one gone. */
static void
chain(const char *s, size_t size)
{
	struct cog_buf log = COG_BUF_INIT, gap = COG_BUF_INIT;
	struct cog_audit_verdict v;
	char prev[65];
	const char *p = s, *end = s + size, *nl;
	size_t k = 0, at[4];

	memcpy(prev, COG_AUDIT_GENESIS, 65);
	while (k < 3 && (k == 0 || p < end)) {
		struct cog_audit_entry e;
		const char *why;

		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		at[k] = log.len;
		cog_buf_adds(&log, "{\"d\":");
		cog_buf_add_jstr(&log, p, (size_t)(nl - p));
		cog_buf_addf(&log, ",\"prev_hash\":\"%s\"", prev);
		cog_audit_seal(&log, at[k], key);
		assert(cog_audit_parse(log.p + at[k], log.len - at[k], &e,
		    &why) == 0);
		memcpy(prev, e.entry_hash, 65);
		cog_buf_addc(&log, '\n');
		k++;
		p = nl < end ? nl + 1 : end;
	}
	at[k] = log.len;
	assert(verify(log.p, log.len, prev, &v) == 0);
	assert(v.entries == k && strcmp(v.last_hash, prev) == 0);
	assert(v.expect_line == k);
	if (k >= 2) {
		/* Without its first entry, or one in the middle. */
		size_t drop = k == 2 ? 0 : 1;

		cog_buf_add(&gap, log.p, at[drop]);
		cog_buf_add(&gap, log.p + at[drop + 1], log.len - at[drop + 1]);
		assert(verify(gap.p, gap.len, NULL, &v) == 1);
		assert(v.line == drop + 1 && v.entries == drop);
	}
	cog_buf_release(&log);
	cog_buf_release(&gap);
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
	{
		struct cog_audit_verdict v;

		(void)verify(s, size, NULL, &v);
	}
	chain(s, size);
	counts(s, size);
	times(s, size, data);
	return 0;
}
