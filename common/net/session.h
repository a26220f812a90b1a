/* session.h -- session ids and the session lines that carry them */
#ifndef COG_SESSION_H
#define COG_SESSION_H

#include <stddef.h>

#include "base/buf.h"
#include "base/digest.h"

#define COG_SESSION_ID_MAX 200

/*
 * A session id is usable in a URL path and as a file name: 1 to
 * COG_SESSION_ID_MAX bytes of A-Z a-z 0-9 '-' '.' '_' '~', not starting
 * with '.'.  Return 1 when id is one.
 */
int cog_session_id_valid(const char *id, size_t n);

/*
 * Compare two session ids as a range's bounds: bytewise, but a run of
 * digits by its value (sess_9 before sess_10, sess_005 equal to sess_5).
 * Return <0, 0 or >0.
 */
int cog_session_id_cmp(const char *a, const char *b);

/* What a session line (cog-record(5)) says about one session. */
struct cog_session_ref {
	struct cog_buf id;
	unsigned char sha256[COG_SHA256_LEN];
	int has_sha256;
	long long bytes;	/* transcript size, or -1 when not given */
	struct cog_buf project;	/* "projectId", empty when not given */
};

/*
 * Read one session line into ref (its id buffer is reset first): a JSON
 * object with an "id" or "session_id" string (a line of cog-sessions,
 * whose "sha256", "bytes" and "projectId" are kept when present), or a
 * bare id, as cog-fetch reads them.  Return 1, 0 for a blank line, or
 * -1 with *err set to a static message.
 */
int cog_session_parse_line(const char *line, size_t n,
    struct cog_session_ref *ref, const char **err);

/*
 * The "bytes" member of the JSON object obj (n bytes): return 1 with
 * *bytes set, 0 when it is absent or null, -1 when it is anything but a
 * whole number from 0 (a negative size is an error, not "unknown").
 */
int cog_session_bytes(const char *obj, size_t n, long long *bytes);

void cog_session_ref_release(struct cog_session_ref *ref);

#endif
