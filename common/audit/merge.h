/* merge.h -- the entries of the shards of a run made into one */
#ifndef COG_AUDIT_MERGE_H
#define COG_AUDIT_MERGE_H

#include <stddef.h>

#include "audit/audit.h"
#include "audit/run.h"
#include "base/buf.h"

/*
 * A merge in progress: the shards' entries are added to a run's totals
 * (sums of their counts, their first examples, the list of shards), and
 * what the merged entry needs besides is kept here.  Zero it first.
 */
struct cog_audit_merge {
	struct cog_buf job;	/* the shards' jobId, as JSON text */
	struct cog_buf hashes;	/* their data_sha256, one a line */
	int jobs_differ;	/* the shards are of different jobs */
	double first, last;	/* the earliest start, the latest end */
	unsigned long n;	/* shards added */
};

/*
 * Add the shard entry line (n bytes, checked with cog_audit_check into
 * e) to r and m; name and lineno say where it is in messages.  An entry
 * without the members of an entry of cog-audit is fatal.
 */
void cog_audit_merge_add(struct cog_audit_merge *m, struct cog_audit_run *r,
    const char *line, size_t n, const struct cog_audit_entry *e,
    const char *name, unsigned long lineno);

/*
 * Finish r for its entry: its duration runs from the earliest shard's
 * start to the latest shard's end, and its data hash is the SHA-256 of
 * the shards' data_sha256 lines.
 */
void cog_audit_merge_finish(struct cog_audit_merge *m,
    struct cog_audit_run *r);

void cog_audit_merge_release(struct cog_audit_merge *m);

#endif
