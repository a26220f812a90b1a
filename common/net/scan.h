/* scan.h -- the transcripts of many sessions from one scan of messages */
#ifndef COG_SCAN_H
#define COG_SCAN_H

#include <stddef.h>

#include "net/auth.h"
#include "net/download.h"
#include "net/session.h"

struct cog_scan;

struct cog_scan_conf {
	struct cog_auth *auth;	/* borrowed; its backend has scan_path */
	const char *dir;	/* where <id>.jsonl files go, as named */
	int dfd;		/* that folder, open (cog_dir_open_private) */
	int keep;		/* files stay (--dir): a manifest is kept */
	long page_size;		/* rows per request */
};

/*
 * The input lines wait in a file of dir that is deleted once open, so
 * that memory holds a few words a session, not its line.
 *
 * A scan reads the messages of every session added to it with the
 * backend's scan_path()/scan_page(): the rows of the whole time range
 * from the earliest "startedAt" of the session lines (from the start
 * when a line does not say), of their project when they all name the
 * same one, page after page with keyset paging.  Each row of a session
 * that was added is appended to DIR/<id>.jsonl.part, the rest are
 * dropped; once the scan has ended, each part file is closed as the
 * answer {"value":[<the rows, byte for byte, in scan order>]} and
 * renamed to DIR/<id>.jsonl, and its SHA-256 goes to the manifest
 * (net/manifest.h) when keep is set.  A session whose final file is
 * there and matches the manifest (or that the manifest does not know:
 * it is added) is used without scanning; when every session is, no
 * request is made.  Files are opened under dfd and never through a
 * link, as net/download.h does.  A scan that fails (after the retries
 * of cog_auth_call) fails every session it had to give; a 500 for a
 * page past the last row ends it (cog_listing_past_end).
 */
struct cog_scan *cog_scan_new(const struct cog_scan_conf *conf);

/* Add a session; line (the input line, n bytes) is kept for reports. */
void cog_scan_add(struct cog_scan *s, const struct cog_session_ref *ref,
    const char *line, size_t n);

/* Add a line that named no session: it fails, in its place in order. */
void cog_scan_add_bad(struct cog_scan *s, const char *line, size_t n,
    const char *why);

/* Run the scan over the sessions added, then finish their files. */
void cog_scan_run(struct cog_scan *s);

/*
 * The sessions after cog_scan_run, in input order: return 1 and fill r
 * with the next one, else 0.  r holds until the next call.
 */
int cog_scan_next(struct cog_scan *s, struct cog_dl_result *r);

/*
 * Call fn with the input line of every session added and not yet handed
 * out by cog_scan_next, in input order.
 */
void cog_scan_each(struct cog_scan *s,
    void (*fn)(void *arg, const char *line, size_t n), void *arg);

/* Bytes received so far. */
long long cog_scan_bytes(const struct cog_scan *s);

/* Free the scan; without keep, its files are deleted. */
void cog_scan_free(struct cog_scan *s);

#endif
