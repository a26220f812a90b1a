/* jobline.h -- the export job and its status line, written and read here */
#ifndef COG_JOBLINE_H
#define COG_JOBLINE_H

#include <stddef.h>

#include "base/buf.h"

/* What is known of an export job.  Zero it first. */
struct cog_export_job {
	struct cog_buf id, status, error, start, end;
	struct cog_buf project, since, until;	/* more of the range */
	long long progress;	/* 0 to 100, -1 when not given */
};

enum {
	COG_EXPORT_PENDING,	/* QUEUED, PROCESSING: not done yet */
	COG_EXPORT_COMPLETED,	/* start and end give the session range */
	COG_EXPORT_FAILED,	/* error says why */
	COG_EXPORT_UNKNOWN	/* a status this program does not know */
};

/* The error of a failed job that gives none (or an empty one). */
#define COG_EXPORT_NO_ERROR "no errorMessage given"

/* The state of a status word: QUEUED, PROCESSING, COMPLETED, FAILED. */
int cog_export_state(const char *status);

/*
 * Append j as a status line (no newline; see cog-record(5)):
 * {"jobId","status","progress"} plus "sessionIdStart" and "sessionIdEnd"
 * when completed (from j, else from and to when not NULL), "projectId",
 * "since" and "until" when j has them, and "errorMessage" when failed.  Progress is 100 for a completed job that
 * does not say.
 */
void cog_jobline_write(const struct cog_export_job *j, int state,
    const char *from, const char *to, struct cog_buf *out);

/*
 * Read a status line (n bytes) into j (reset first): a line as written
 * above, or an object with "from" and "to", which is a completed range.
 * Return a COG_EXPORT_* state, or -1 with *err set to a static message;
 * a completed line gives two valid session ids, or none and a project
 * or a time ("since" and "until", ISO 8601 with a zone).
 */
int cog_jobline_read(const char *line, size_t n, struct cog_export_job *j,
    const char **err);

void cog_export_job_release(struct cog_export_job *j);

#endif
