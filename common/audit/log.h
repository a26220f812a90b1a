/* log.h -- the audit log: entries chained one after the other, verified */
#ifndef COG_AUDIT_LOG_H
#define COG_AUDIT_LOG_H

#include "audit/audit.h"
#include "base/buf.h"
#include "base/lines.h"

/* What cog_audit_log_verify found. */
struct cog_audit_verdict {
	unsigned long entries;	/* good entries, from the first on */
	unsigned long line;	/* the line of the first bad one, or 0 */
	const char *why;	/* what is wrong (static), or NULL */
	char last_hash[65];	/* the last good entry's entry_hash */
	unsigned long expect_line;	/* the line of the expected hash */
};

/* cog_audit_log_verify: an entry of an algorithm without a key is not
 * fatal, only its signature is left unchecked. */
#define COG_AUDIT_UNKEYED_OK 1

/*
 * Read the log in to its end and check every entry in order, as
 * cog_audit_check does, and that each one's prev_hash is the entry_hash
 * of the one before (COG_AUDIT_GENESIS for the first), stopping at the
 * first bad one.  When expect (64 lowercase hex digits) is given, the
 * line of the good entry whose entry_hash it is goes to expect_line.
 * Return 0 when all are good (a log without entries too), 1 when one is
 * bad.  Dies on a read error, and when keys has no key for an entry's
 * algorithm unless flags has COG_AUDIT_UNKEYED_OK.
 */
int cog_audit_log_verify(struct cog_lines *in,
    const struct cog_audit_keys *keys, int flags, const char *expect,
    struct cog_audit_verdict *v);

/*
 * Append the line that --verify prints for the verdict on the log name:
 * {"log":...,"entries":N,"verified":true,"last_hash":"..."} or
 * {"log":...,"entries":N,"verified":false,"line":L,"error":"..."},
 * without "line" when the fault is in no line (line 0).
 */
void cog_audit_verdict_json(const struct cog_audit_verdict *v,
    const char *name, struct cog_buf *out);

/*
 * Finish the entry whose text up to "data_sha256" is in b, without its
 * brace: chain it and sign it with k.  With a log path, the log (a
 * regular file, created as needed; a symbolic link is refused, never
 * followed) is locked exclusively (flock) and verified whole with keys
 * (COG_AUDIT_UNKEYED_OK): a log that does not verify is not appended
 * to.  The new entry's prev_hash is the last entry's hash (or
 * COG_AUDIT_GENESIS for an empty log), and the sealed line is appended
 * with one write(2) and flushed to disk.  Without a path, prev_hash is
 * COG_AUDIT_GENESIS.  b ends with the sealed line and its newline.
 * Errors are fatal (cog_die): nothing is appended then.
 */
void cog_audit_log_commit(const char *path, struct cog_buf *b,
    struct cog_signkey *k, const struct cog_audit_keys *keys);

#endif
