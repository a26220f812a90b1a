/* exportreq.h -- the export request (the seed's) and job states */
#ifndef COG_EXPORTREQ_H
#define COG_EXPORTREQ_H

#include <stddef.h>

#include "base/buf.h"
#include "mask/rules.h"

#define COG_EXPORT_MAX_MB_DEFAULT 500

/* An export request; strings are borrowed. */
struct cog_export_req {
	const char *from, *to;
	const char *format;		/* jsonl, csv or xml */
	long max_storage_mb;
	const struct cog_rules *rules;	/* the listed types are sent */
};

/* Whether s is an output format the API takes: jsonl, csv or xml. */
int cog_export_format_ok(const char *s);

/*
 * Append the request as the JSON the API takes, members in the seed's
 * order: session_id_start, session_id_end, output_format,
 * redaction_rules (one per listed built-in type, in type order:
 * entity_type, replacement_strategy, mask_character, min_length, and
 * keep_last when not 0; the hash strategy is sent by the seed's name,
 * deterministic_hash), max_storage_mb.
 */
void cog_export_request_json(const struct cog_export_req *r,
    struct cog_buf *out);

/*
 * The request members other than the rules in a rules file that is an
 * export request object (n bytes of JSON): session_id_start,
 * session_id_end, output_format and max_storage_mb, each appended to its
 * buffer (or *max_mb set) when present.  Nothing is done for a list of
 * rules.  Return 0, or -1 with a message in err when a member has the
 * wrong type.
 */
int cog_export_file_fields(const char *json, size_t n, struct cog_buf *from,
    struct cog_buf *to, struct cog_buf *format, long *max_mb, char *err,
    size_t errlen);

/* What a job status answer says. */
struct cog_export_job {
	struct cog_buf id, status, error, start, end;
	long long progress;	/* -1 when not given */
};

enum {
	COG_EXPORT_PENDING,	/* QUEUED, PROCESSING */
	COG_EXPORT_COMPLETED,
	COG_EXPORT_FAILED,
	COG_EXPORT_UNKNOWN	/* a status this program does not know */
};

/*
 * Parse a job status answer ({"jobId","status","progress",
 * "errorMessage"?, "sessionIdStart"?, "sessionIdEnd"?}) into j (its
 * buffers are reset first).  Return a COG_EXPORT_* value, or -1 when it
 * is not a JSON object with a "status" string.
 */
int cog_export_job_parse(const char *body, size_t n, struct cog_export_job *j);

/*
 * Append j as a status line (no newline): {"jobId","status","progress"}
 * plus "sessionIdStart" and "sessionIdEnd" when completed (from j, else
 * from and to when not NULL) and "errorMessage" when failed.
 */
void cog_export_status_line(const struct cog_export_job *j, int state,
    const char *from, const char *to, struct cog_buf *out);

void cog_export_job_release(struct cog_export_job *j);

#endif
