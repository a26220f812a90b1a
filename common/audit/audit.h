/* audit.h -- audit entries: the signed text, the hash chain, the counts */
#ifndef COG_AUDIT_H
#define COG_AUDIT_H

#include <stddef.h>
#include <time.h>

#include "audit/sign.h"
#include "base/buf.h"
#include "base/counter.h"

/* The prev_hash of a log's first entry. */
#define COG_AUDIT_GENESIS \
	"0000000000000000000000000000000000000000000000000000000000000000"

/*
 * An entry is one line of compact JSON whose last three members are
 * "prev_hash", "entry_hash" and "signature", in that order:
 *
 *   {...,"prev_hash":"<64 hex>","entry_hash":"<64 hex>",
 *    "signature":{"alg":"hmac-sha256","key_id":"<16 hex>","value":"<hex>"}}
 *
 * The signed bytes are the line up to (not including) the comma before
 * "entry_hash", followed by '}': the entry as it would read without its
 * two last members.  entry_hash is the SHA-256 of the signed bytes, and
 * the signature is over the same bytes.
 */

/*
 * Complete an entry: b holds, from offset start, its text up to and
 * including the "prev_hash" member, without the closing brace.  Append
 * the entry_hash and signature members and the brace (no newline).
 */
void cog_audit_seal(struct cog_buf *b, size_t start, struct cog_signkey *k);

/* What a parsed entry says; pointers borrow the line. */
struct cog_audit_entry {
	size_t signed_len;	/* bytes before the member "entry_hash" */
	char entry_hash[65];
	char prev_hash[65];
	int alg;		/* COG_SIGN_* */
	char key_id[17];
	const char *sig;	/* the signature, hex */
	size_t siglen;
};

/*
 * Parse the line of an entry (n bytes, no newline) into e: one valid
 * JSON object of the form above.  Return 0, or -1 with *why set to a
 * static message.
 */
int cog_audit_parse(const char *line, size_t n, struct cog_audit_entry *e,
    const char **why);

/* Whether the entry's entry_hash is the SHA-256 of its signed bytes. */
int cog_audit_hash_ok(const char *line, const struct cog_audit_entry *e);

/* Whether the entry's signature is good under k (of the entry's alg). */
int cog_audit_sig_ok(const char *line, const struct cog_audit_entry *e,
    struct cog_signkey *k);

/* The keys entries are checked with: one per algorithm, NULL for none. */
struct cog_audit_keys {
	struct cog_signkey *k[2];	/* [COG_SIGN_HMAC], [COG_SIGN_ED25519] */
};

/* What cog_audit_check returns when there is no key for the entry. */
#define COG_AUDIT_NOKEY (-2)

/*
 * Check the entry line (n bytes, no newline) as --verify does: its form,
 * its entry_hash, and its signature by the key of its algorithm in keys.
 * Return 0 with e filled; -1 when it is bad, or COG_AUDIT_NOKEY when
 * keys has none for its algorithm, with *why set to a message that
 * stays valid until the next call.
 */
int cog_audit_check(const char *line, size_t n,
    const struct cog_audit_keys *keys, struct cog_audit_entry *e,
    const char **why);

/*
 * Add the members of a JSON object of counts ({"EMAIL_ADDRESS":3,...},
 * raw bytes) to c.  Return 0, or -1 when it is not such an object.
 */
int cog_audit_counts_add(const char *raw, size_t n, struct cog_counter *c);

/* Append c as a JSON object of counts, keys in byte order. */
void cog_audit_counts_json(const struct cog_counter *c, struct cog_buf *out);

/* Append t as "2026-03-02T09:14:05.120Z" (UTC, milliseconds). */
void cog_audit_time(struct cog_buf *out, const struct timespec *t);

/*
 * Parse such a time (milliseconds optional) into seconds since the
 * epoch.  Return 0, or -1.
 */
int cog_audit_parse_time(const char *s, size_t n, double *secs);

#endif
