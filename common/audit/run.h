/* run.h -- the totals of an audit run, and the entry that reports them */
#ifndef COG_AUDIT_RUN_H
#define COG_AUDIT_RUN_H

#include <stddef.h>

#include "audit/split.h"
#include "base/buf.h"
#include "base/counter.h"
#include "base/digest.h"
#include "base/par.h"

/*
 * The totals of a run, or of the shards merged into one.  Zero it, then
 * cog_audit_run_init; everything is owned but split.
 */
struct cog_audit_run {
	unsigned long long sessions;	/* delivered: distinct session ids */
	unsigned long long failed;	/* listed as failed, never delivered */
	unsigned long long messages, bytes, strings;
	double duration;		/* seconds */
	struct cog_counter seen;	/* the session ids */
	struct cog_counter tokens, found;	/* per type */
	struct cog_buf examples;	/* ",{...}" each */
	unsigned nexamples;
	struct cog_buf shards;		/* merged: ",{...}" each */
	struct cog_sha256 data;		/* data_sha256 */
	struct cog_audit_split *split;	/* borrowed: split records, or NULL */
	const char *name;		/* the input's name in messages */
};

void cog_audit_run_init(struct cog_audit_run *r);
void cog_audit_run_release(struct cog_audit_run *r);

/*
 * The sink of cog_par_each (arg is the run) for blocks that
 * cog_audit_scan_block made: the bytes go into the data hash, each
 * record is counted, its session seen and, with a split, written to its
 * session's file; the first examples are kept.  A block that stopped
 * stops the run with its message.  Without a usable session id a record
 * cannot be split: that is fatal.
 */
int cog_audit_run_take(void *arg, struct cog_block *b);

/* Keep the example of residual PII, a JSON object, while there is room. */
void cog_audit_run_add_example(struct cog_audit_run *r, const char *p,
    size_t n);

/*
 * Count in failed the sessions of cog-fetch's --failed file at path that
 * were not delivered after all (not seen); a line that names no session
 * counts as one.  Errors are fatal.
 */
void cog_audit_run_count_failed(struct cog_audit_run *r, const char *path);

/*
 * Append the entry of the run up to and including its "data_sha256"
 * member, without the closing brace (see cog_audit_log_commit): jobId
 * (the JSON text job, n bytes), timestamp (now), metrics, residual_pii,
 * the shards when merged, and the data hash, which is finished.
 */
void cog_audit_run_entry(struct cog_audit_run *r, const char *job, size_t n,
    struct cog_buf *out);

#endif
