/* export.h -- an export job on the tenant: the quota, the start, the wait */
#ifndef COG_EXPORT_H
#define COG_EXPORT_H

#include "base/out.h"
#include "net/auth.h"
#include "net/exportreq.h"

/*
 * List the sessions of range and die when their transcripts ("bytes" of
 * the session lines) are over max_mb; warn and let it be when some
 * session line gives no size.
 */
void cog_export_check_quota(struct cog_auth *a,
    const struct cog_api_range *range, long max_mb);

/*
 * For a dialect with no export job: the id of request r over range,
 * "req_" and 16 hex digits of the SHA-256 of both, owned.
 */
char *cog_export_request_id(const struct cog_export_req *r,
    const struct cog_api_range *range);

/* POST r as a new job; return its id (owned).  Dies on failure. */
char *cog_export_start(struct cog_auth *a, const struct cog_export_req *r);

/* How to wait for a job. */
struct cog_export_wait {
	double poll;		/* first wait between polls, seconds */
	double poll_cap;	/* the longest wait it grows to */
	double max_time;	/* give up after this long; 0: never */
	const char *from, *to;	/* the range asked, for the last line */
};

/*
 * Poll job id until it ends, writing a status line (jobline.h) to out
 * each time it changes and a progress bar on stderr.  Return the exit
 * status: 0 COMPLETED, 1 FAILED, 2 a status this program does not
 * know.  Dies when a poll keeps failing or max_time is over.
 */
int cog_export_follow(struct cog_auth *a, const char *id,
    const struct cog_export_wait *w, struct cog_out *out);

#endif
