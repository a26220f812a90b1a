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
	const char *why;	/* what is wrong with it (static), or NULL */
	char last_hash[65];	/* the last good entry's entry_hash */
};

/*
 * Read the log in to its end and check every entry in order, as
 * cog_audit_check does, and that each one's prev_hash is the entry_hash
 * of the one before (COG_AUDIT_GENESIS for the first), stopping at the
 * first bad one.  Return 0 when all are good, 1 when one is bad; dies
 * when keys has no key for an entry's algorithm, or on a read error.
 */
int cog_audit_log_verify(struct cog_lines *in,
    const struct cog_audit_keys *keys, struct cog_audit_verdict *v);

/*
 * Append the line that --verify prints for the verdict on the log name:
 * {"log":...,"entries":N,"verified":true,"last_hash":"..."} or
 * {"log":...,"entries":N,"verified":false,"line":L,"error":"..."}.
 */
void cog_audit_verdict_json(const struct cog_audit_verdict *v,
    const char *name, struct cog_buf *out);

/*
 * Finish the entry whose text up to "data_sha256" is in b, without its
 * brace: chain it and sign it with k.  With a log path, the log (created
 * as needed) is locked exclusively (flock), its last entry read and
 * checked for the prev_hash, and the sealed line appended with one
 * write(2) and flushed to disk; without one, prev_hash is
 * COG_AUDIT_GENESIS.  b ends with the sealed line and its newline.
 * Errors are fatal (cog_die): nothing is appended then.
 */
void cog_audit_log_commit(const char *path, struct cog_buf *b,
    struct cog_signkey *k);

#endif
