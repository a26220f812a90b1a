/* download.h -- transcripts fetched concurrently, resumed and verified */
#ifndef COG_DOWNLOAD_H
#define COG_DOWNLOAD_H

#include "net/auth.h"
#include "net/http.h"
#include "net/session.h"

struct cog_dl;

struct cog_dl_conf {
	struct cog_http *http;	/* borrowed */
	struct cog_auth *auth;	/* borrowed */
	const char *dir;	/* where <id>.jsonl files go, as named */
	int dfd;		/* that folder, open (cog_dir_open_private) */
	int by_seq;		/* name files <n>.jsonl, not by id (temp dir) */
	int parallel;		/* transfers at once */
	int window;		/* sessions held, running or finished */
};

/*
 * A downloader keeps the sessions added to it in input order and runs up
 * to parallel transfers at once over kept-alive connections (libcurl's
 * multi interface).  Each transcript streams into DIR/<id>.jsonl.part,
 * resuming with "Range: bytes=<size>-" when a part file is there (a 200
 * answer starts it over, 416 means it is complete); the SHA-256 of the
 * whole file is checked against the Repr-Digest answered and the list
 * item's sha256 and bytes, a mismatch deletes it and fetches it once
 * more; only a verified file is renamed to DIR/<id>.jsonl.  A dialect
 * that sends no digest (no COG_API_DIGEST) has each answer checked to be
 * a whole transcript (the backend's messages()) instead, and each
 * verified file's SHA-256 appended to DIR/manifest.sha256 (net/manifest.h)
 * with --dir.  A final file is used without a request: checked first
 * against the item's sha256 when there is one (the manifest's, without
 * digests), else trusted since only verified files get that name.  Files
 * are made and opened under dfd, never through a link: a link (or
 * anything but a regular file) at either name fails the session, and a
 * request that brought no byte leaves no part file.  429, 5xx and
 * network errors are retried within the budget of
 * cog_http; 401 logs in again once; a 401 after that, and 403, are fatal.
 */
struct cog_dl *cog_dl_new(const struct cog_dl_conf *conf);

/* Whether another session can be added (the window is not full). */
int cog_dl_room(const struct cog_dl *d);

/* Add a session; line (the input line, n bytes) is kept for reports. */
void cog_dl_add(struct cog_dl *d, const struct cog_session_ref *ref,
    const char *line, size_t n);

/* Add a line that named no session: it fails, in its place in order. */
void cog_dl_add_bad(struct cog_dl *d, const char *line, size_t n,
    const char *why);

/* Sessions added and not yet taken with cog_dl_pop. */
long cog_dl_pending(const struct cog_dl *d);

/*
 * Start what can be started, move the transfers along and wait for
 * something to happen: a transfer's progress, a retry falling due, or
 * fd (when >= 0) becoming readable, at most timeout_ms.  Return 1 when
 * fd is readable, else 0.
 */
int cog_dl_step(struct cog_dl *d, int fd, long timeout_ms);

/* The first session in input order, once it is finished. */
struct cog_dl_result {
	const char *id;
	const char *line;	/* the input line */
	size_t line_len;
	const char *path;	/* the verified file, or NULL when failed */
	const char *sha256;	/* its SHA-256 in hex when the dialect sends
				   no digest (the manifest's), else NULL */
	const char *reason;	/* why it failed */
	int failed;
};

/* Return 1 and fill r when the first session is finished, else 0. */
int cog_dl_peek(struct cog_dl *d, struct cog_dl_result *r);

/* Drop the first session (its file is deleted when unlink is set). */
void cog_dl_pop(struct cog_dl *d, int unlink_file);

/*
 * Call fn with the input line of every session added and not yet taken
 * with cog_dl_pop, finished or not, in input order.
 */
void cog_dl_each(const struct cog_dl *d,
    void (*fn)(void *arg, const char *line, size_t n), void *arg);

/* Bytes received so far. */
long long cog_dl_bytes(const struct cog_dl *d);

void cog_dl_free(struct cog_dl *d);

#endif
