/* api.h -- the dialects of the tenant's API, one table of operations each */
#ifndef COG_API_H
#define COG_API_H

#include <stddef.h>

#include "base/buf.h"
#include "base/secret.h"
#include "net/jobline.h"
#include "net/tokencache.h"

/*
 * A backend is one dialect of the tenant's API: the paths, the request
 * bodies and the member names of the answers, and nothing else.  Its
 * operations build requests and read answers; they send nothing.  The
 * modules above them do the sending, each policy once for every
 * dialect: net/auth.c (the credential, logging in, a 401 or 403),
 * net/listing.c (paging), net/download.c (concurrency, resuming,
 * digests), net/export.c (the job) and cog-fetch (the records).
 *
 * To add a backend (say "rest"):
 *  1. Write common/net/api_rest.c defining
 *	const struct cog_api_backend cog_api_rest = { .name = "rest", ... };
 *     with every operation below (those marked optional may be NULL),
 *     all the dialect's paths and member names in that file alone.  A
 *     login gives a bearer token that is cached; a key the user gives
 *     comes from token_env and credential() sends it as the dialect
 *     wants.  list_page() turns whatever the dialect lists into session
 *     lines and keeps its paging state in the cursor string; messages()
 *     reads a transcript in any form, in record order.
 *  2. Declare it here beside cog_api_v1, and list it in backends[] in
 *     api.c: cog_api_find() then knows its name.
 *  3. Document it in the man pages, and add tests against the emulator
 *     (tests/cogmock.py) for each operation.
 * Nothing else changes: a tool reaches a backend only through this table.
 */

/* The session range a listing asks for. */
struct cog_api_range {
	const char *from, *to;	/* the first and last session id */
};

/* What a backend's error answer says; both buffers are appended to. */
struct cog_api_error {
	struct cog_buf text;	/* for a diagnostic: one line, sanitised */
	struct cog_buf scope;	/* the scope a 403 says is missing, if any */
};

/* A login request; body is a secret, wiped by cog_api_login_release. */
struct cog_api_login {
	const char *method, *path;
	const char *content_type;	/* the header line for the body */
	struct cog_secret body;
};

enum {
	COG_API_RANGES = 1,	/* transcripts resume with a Range request */
	COG_API_DIGEST = 2	/* transcripts come with a Repr-Digest */
};

struct cog_api_backend {
	const char *name;	/* as --api names it */
	unsigned flags;		/* COG_API_* */

	/* ---- Authentication and how the credential is sent. ---- */

	/*
	 * The variable that may hold a token (or key) the user gives, used
	 * as it is, sent by credential() and never cached.
	 */
	const char *token_env;
	/* The scopes a login asks for, space-separated. */
	const char *scopes;
	/* The scope reading sessions and transcripts needs, and exports. */
	const char *scope_read, *scope_export;
	/* The environment a login needs, for "set ..." hints (short). */
	const char *credentials;
	/* ... and every variable that can give them (no credentials). */
	const char *credentials_all;
	/* Whether the environment holds what a login needs. */
	int (*have_credentials)(void);
	/* Fill the login request from the environment; die when unable. */
	void (*login_request)(struct cog_api_login *l);
	/*
	 * Read a 2xx login answer into b (token, scope and lifetime, a
	 * default when the answer gives none).  Return 0, or -1 with a
	 * static reason in *why.
	 */
	int (*login_answer)(const char *body, size_t n, struct cog_bearer *b,
	    const char **why);
	/* Append the request header line that carries token to line. */
	void (*credential)(const char *token, struct cog_buf *line);

	/* ---- The session list, one page at a time. ---- */

	/*
	 * Append the path, with its query, of the page of r after cursor
	 * ("" for the first page), of up to page_size sessions.
	 */
	void (*list_path)(const struct cog_api_range *r, long page_size,
	    const char *cursor, struct cog_buf *path);
	/*
	 * Read the answer to a page: append each session's line (one JSON
	 * object, see cog-record(5), and '\n') to lines and the cursor of
	 * the next page to next (nothing after the last page).  Return the
	 * number of sessions, or -1 with a static reason in *why; lines is
	 * then as it was.
	 */
	long (*list_page)(const char *body, size_t n, struct cog_buf *lines,
	    struct cog_buf *next, const char **why);

	/* ---- One transcript. ---- */

	/* Append the path of session id's transcript (a valid id). */
	void (*transcript_path)(const char *id, struct cog_buf *path);
	/* The Accept header line of a transcript request. */
	const char *transcript_accept;
	/*
	 * Call each for the messages of the transcript in the file at path,
	 * in record order, each a JSON object; check them all first, so that
	 * nothing is handed on from a transcript that fails.  Stop when each
	 * returns non-zero.  Return 0, or -1 with the reason in why (no
	 * message handed on then).
	 */
	int (*messages)(const char *path,
	    int (*each)(void *arg, const char *msg, size_t n), void *arg,
	    struct cog_buf *why);
	/*
	 * Append the JSONL record (no newline; see cog-record(5)) of message
	 * msg (n bytes), number seq from 0, of session id.
	 */
	void (*record)(const char *id, long long seq, const char *msg,
	    size_t n, struct cog_buf *out);

	/* ---- The export job (optional: NULL when there is none). ---- */

	/* The path an export request (exportreq.h) is POSTed to. */
	const char *export_path;
	/* The job id of the answer to the POST; return 0, or -1. */
	int (*export_started)(const char *body, size_t n, struct cog_buf *id);
	/* Append the path of job id's status. */
	void (*job_path)(const char *id, struct cog_buf *path);
	/*
	 * Read a status answer into j (reset first).  Return a COG_EXPORT_*
	 * state, or -1 when it is not a status.
	 */
	int (*job_status)(const char *body, size_t n, struct cog_export_job *j);

	/* ---- Errors. ---- */

	/* Read an error answer (n may be 0) into e. */
	void (*read_error)(const char *body, size_t n, struct cog_api_error *e);
};

/* The backends, and the one used unless the user names another. */
extern const struct cog_api_backend cog_api_v1;
#define COG_API_DEFAULT "v1"

/* The backend called name, or NULL. */
const struct cog_api_backend *cog_api_find(const char *name);

/* ---- Helpers for the backends. ---- */

/*
 * Append "?name=value" to path, or "&name=value" when it has a query,
 * value percent-encoded but for the unreserved characters (RFC 3986).
 */
void cog_api_add_param(struct cog_buf *path, const char *name,
    const char *value);

/*
 * Append the n bytes at s to out for a diagnostic: at most 200 bytes,
 * control characters (line ends too) as '?'.
 */
void cog_api_add_text(struct cog_buf *out, const char *s, size_t n);

void cog_api_error_release(struct cog_api_error *e);
void cog_api_login_release(struct cog_api_login *l);

#endif
