/* api.h -- the dialects of the tenant's API, one table of operations each */
#ifndef COG_API_H
#define COG_API_H

#include <stddef.h>

#include "base/buf.h"
#include "base/secret.h"
#include "net/jobline.h"
#include "net/record.h"
#include "net/tokencache.h"

/*
 * A backend is one dialect of the tenant's API: the paths, the request
 * bodies and the member names of the answers, and nothing else.  Its
 * operations build requests and read answers; they send nothing.  The
 * modules above them do the sending, each policy once for every
 * dialect: net/auth.c (the credential, logging in, a 401 or 403),
 * net/listing.c (paging, and keeping to the range where the server does
 * not), net/download.c (concurrency, resuming, digests), net/export.c
 * (the job) and cog-fetch (the records, through net/record.h).
 *
 * To add a backend (say "odata"):
 *  1. Write common/net/api_odata.c defining
 *	const struct cog_api_backend cog_api_odata = { .name = "odata", ... };
 *     with every operation below (those marked optional may be NULL),
 *     all the dialect's paths and member names in that file alone.  A
 *     login gives a bearer token that is cached and sent by bearer(); a
 *     token or key the user gives comes from --token-file, token_env or
 *     the file named by token_file_env, and credential() sends it as the
 *     dialect wants.  list_page() turns whatever the dialect lists into
 *     session lines (cog-record(5): "id" first, "startedAt",
 *     "projectId", "messageCount" where known) and keeps its paging
 *     state in the cursor string; flags say which parts of the range the
 *     server keeps to, listing.c filters by the others.  messages()
 *     reads a transcript in any form and hands the messages on sorted
 *     (cog_record_take() and cog_record_each()); record() is cog_record_write() with the
 *     dialect's member names.
 *  2. Declare it here beside cog_api_v1, and list it in backends[] in
 *     api.c: cog_api_find() and --api then know its name.
 *  3. Document it in the man pages, and add tests against the emulator
 *     (tests/cogmock.py) for each operation.
 * Nothing else changes: a tool reaches a backend only through this table.
 */

/*
 * The sessions a listing asks for: those with an id in from..to, of
 * project, started in since..until (since included, until not).  A
 * member left NULL does not choose.
 */
struct cog_api_range {
	const char *from, *to;	/* the first and last session id */
	const char *project;	/* a project id */
	const char *since, *until;	/* "YYYY-MM-DDTHH:MM:SS.mmmZ" */
	long long since_ms, until_ms;	/* the same, in ms since the epoch */
};

/* What a backend's error answer says; the buffers are appended to. */
struct cog_api_error {
	struct cog_buf text;	/* for a diagnostic: one line, sanitised */
	struct cog_buf scope;	/* the scope a 403 says is missing, if any */
	struct cog_buf code;	/* the dialect's error code, if any */
	struct cog_buf trace;	/* the server's trace id, if any */
};

#define COG_API_ERROR_INIT { COG_BUF_INIT, COG_BUF_INIT, COG_BUF_INIT, \
	COG_BUF_INIT }

/* A login request; body is a secret, wiped by cog_api_login_release. */
struct cog_api_login {
	const char *method, *path;
	const char *content_type;	/* the header line for the body */
	struct cog_secret body;
};

enum {
	COG_API_RANGES = 1,	/* transcripts resume with a Range request */
	COG_API_DIGEST = 2,	/* transcripts come with a Repr-Digest */
	COG_API_BY_ID = 4,	/* a list needs an id range; kept to */
	COG_API_PROJECTS = 8,	/* sessions belong to projects */
	COG_API_BY_PROJECT = 16,	/* a list needs a project; kept to */
	COG_API_BY_TIME = 32,	/* the server keeps to since..until */
	COG_API_PASSWORD = 64	/* logs in with COG_USERNAME and a password */
};

struct cog_api_backend {
	const char *name;	/* as --api names it */
	unsigned flags;		/* COG_API_* */
	/* How diagnostics name a session: a format with one %s. */
	const char *session_label;
	/*
	 * Optional: the rate limit the tenant is known to have, as --rate
	 * takes it ("900/300"); NULL for none.
	 */
	const char *rate;

	/* ---- Authentication and how the credential is sent. ---- */

	/*
	 * The variable that may hold a token (or key) the user gives, used
	 * as it is, sent by credential() and never cached; and, optional,
	 * the variable naming a file that holds it (read as base/secret.h
	 * reads secrets).  user_token names it in status lines.
	 */
	const char *token_env, *token_file_env, *user_token;
	/*
	 * Optional, for a dialect whose user token is a key: the variable
	 * that holds a bearer token (cog-auth -p prints one), read before
	 * token_env.  It, and the token in --token-file, go by bearer().
	 */
	const char *bearer_env;
	/* What a login gives, for status lines ("oauth2"); optional. */
	const char *login_kind;
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
	/*
	 * Optional: fill the request that renews a login's token with its
	 * refresh token (cog_bearer.refresh); NULL when there is none.
	 */
	void (*refresh_request)(struct cog_api_login *l, const char *refresh);
	/* Append the request header line that carries the user's token. */
	void (*credential)(const char *token, struct cog_buf *line);
	/* Optional: the same for a login's token (NULL: credential()). */
	void (*bearer)(const char *token, struct cog_buf *line);
	/* Optional: a path whose GET checks the user's key (cog-auth). */
	const char *check_path;
	/*
	 * Optional: the query parameter that carries the user's key in
	 * the URL instead of credential()'s header, with --key-in-query.
	 */
	const char *key_param;

	/* ---- The session list, one page at a time. ---- */

	/*
	 * Append the path, with its query, of the page of r after cursor
	 * ("" for the first page), of up to page_size sessions.
	 */
	void (*list_path)(const struct cog_api_range *r, long page_size,
	    const char *cursor, struct cog_buf *path);
	/*
	 * Read the answer to the page of cursor: append each session's
	 * line (one JSON object, see cog-record(5), and '\n') to lines and
	 * the cursor of the next page to next (nothing after the last
	 * page).  Return the number of sessions, or -1 with a static reason
	 * in *why; lines is then as it was.
	 */
	long (*list_page)(const char *cursor, const char *body, size_t n,
	    struct cog_buf *lines, struct cog_buf *next, const char **why);
	/*
	 * Optional, for a server that fails (500) a page that lies past
	 * its last row (OData): append the path of a request for the last
	 * row that the listing of r (scan set: the scan) can reach, and
	 * read its answer.  past_end() returns 1 when the page of cursor
	 * lies past that row, so that the list ends there; 0 when it does
	 * not (the failure stands); -1 when the answer cannot be read.
	 */
	void (*last_path)(const struct cog_api_range *r, int scan,
	    struct cog_buf *path);
	int (*past_end)(const struct cog_api_range *r, int scan,
	    const char *cursor, const char *body, size_t n);

	/* ---- One transcript. ---- */

	/*
	 * Append the path of session id's transcript (a valid id), in
	 * project (NULL when the session line did not say).
	 */
	void (*transcript_path)(const char *id, const char *project,
	    struct cog_buf *path);
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
	 * msg (n bytes) as id says: cog_record_write() with the dialect's
	 * member names.
	 */
	void (*record)(const struct cog_record_id *id, const char *msg,
	    size_t n, struct cog_buf *out);

	/*
	 * ---- The messages of many sessions in one scan (optional). ----
	 *
	 * As list_path() and list_page(), for the messages of every session
	 * from r->since on (of r->project), in time order: each page's
	 * rows that no earlier page gave are handed to each, with the id
	 * of their session, after the whole page is checked.  Stop when
	 * each returns non-zero.  Return the number of rows handed on, or
	 * -1 with a static reason in *why (none handed on then).
	 */
	void (*scan_path)(const struct cog_api_range *r, long page_size,
	    const char *cursor, struct cog_buf *path);
	long (*scan_page)(const char *cursor, const char *body, size_t n,
	    int (*each)(void *arg, const char *session, const char *msg,
	    size_t n), void *arg, struct cog_buf *next, const char **why);

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
extern const struct cog_api_backend cog_api_v1, cog_api_rest,
    cog_api_odata;
#define COG_API_DEFAULT "v1"

/* The backend called name, or NULL. */
const struct cog_api_backend *cog_api_find(const char *name);

/* Append how diagnostics name session id: "sess_1", "session 'x'". */
void cog_api_session_name(const struct cog_api_backend *api, const char *id,
    struct cog_buf *out);

/* Append the names of the backends, as "v1, rest or odata". */
void cog_api_names(struct cog_buf *out);

/*
 * Whether api can list r: NULL, or why not (a static message for a
 * usage error).
 */
const char *cog_api_range_check(const struct cog_api_backend *api,
    const struct cog_api_range *r);

/*
 * Whether the session line (n bytes, see cog-record(5)) is in r as far
 * as the server of api does not keep to it itself: its "id" in
 * from..to (byte order), its "projectId", its "startedAt" in
 * since..until.  A line that does not say is kept.
 */
int cog_api_in_range(const struct cog_api_backend *api,
    const struct cog_api_range *r, const char *line, size_t n);

/* ---- Helpers for the backends. ---- */

/* Append value percent-encoded but for the unreserved characters. */
void cog_api_add_encoded(struct cog_buf *path, const char *value);

/*
 * Append "?name=value" to path, or "&name=value" when it has a query,
 * value encoded so (RFC 3986).
 */
void cog_api_add_param(struct cog_buf *path, const char *name,
    const char *value);

/*
 * Append the n bytes at s to out for a diagnostic: at most 200 bytes,
 * control characters (line ends too) as '?'.
 */
void cog_api_add_text(struct cog_buf *out, const char *s, size_t n);

/*
 * Append the string, or the number, at key of the n bytes of body to out
 * as cog_api_add_text does; 1 if so and out is not empty then, else 0.
 */
int cog_api_add_scalar(const char *body, size_t n, const char *key,
    struct cog_buf *out);

/* The length of the first line of the n bytes at s (up to a CR or LF). */
size_t cog_api_first_line(const char *s, size_t n);

/*
 * End the line that lines holds from start: its CRs and LFs (none are
 * inside JSON strings) become spaces, and a newline is appended.
 */
void cog_api_end_line(struct cog_buf *lines, size_t start);

/* The record of a message whose text is inputText, data inputData. */
void cog_api_record_input(const struct cog_record_id *id, const char *msg,
    size_t n, struct cog_buf *out);

void cog_api_error_release(struct cog_api_error *e);
void cog_api_login_release(struct cog_api_login *l);

#endif
