/* split.h -- the masked stream split into one file per session */
#ifndef COG_AUDIT_SPLIT_H
#define COG_AUDIT_SPLIT_H

#include <stddef.h>

/*
 * The files dir/<id>.jsonl, one per session, each holding the session's
 * records in stream order.  A session's file is written under the
 * temporary name dir/.<id>.jsonl.tmp.<pid>, flushed to disk and renamed
 * into place when the next session starts (or at cog_audit_split_close),
 * so a reader never sees a partial file and a file of an earlier run is
 * replaced whole.  A session that comes back after another has its file
 * written again, its earlier records first.
 *
 * Errors are fatal (cog_die), the file being written removed first.
 */
struct cog_audit_split;

/* Split into the directory dir, created as needed; refusal is fatal. */
struct cog_audit_split *cog_audit_split_open(const char *dir);

/*
 * Add a record, the n bytes of line (no newline), of the session id
 * (idlen bytes, a valid session id: see cog_session_id_valid).
 */
void cog_audit_split_add(struct cog_audit_split *sp, const char *id,
    size_t idlen, const char *line, size_t n);

/* Put the last session's file in place, flush the directory, and free. */
void cog_audit_split_close(struct cog_audit_split *sp);

/* Remove the file being written, if any, and free: nothing is renamed. */
void cog_audit_split_abort(struct cog_audit_split *sp);

/*
 * Remove the file being written, if any, and nothing else: safe in a
 * signal handler (unlink(2) only), for a tool about to die of it.
 */
void cog_audit_split_unlink_tmp(const struct cog_audit_split *sp);

#endif
