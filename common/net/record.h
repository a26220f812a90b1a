/* record.h -- a transcript message as the JSONL record of cog-record(5) */
#ifndef COG_RECORD_H
#define COG_RECORD_H

#include <stddef.h>

#include "base/buf.h"
#include "json/jget.h"

/* Which member of a dialect's message becomes which of the record. */
struct cog_record_names {
	const char *text;	/* what was said: "text", "inputText" */
	const char *data;	/* structured data: "data", "inputData" */
};

/* Which record a message becomes. */
struct cog_record_id {
	const char *session;	/* the session id */
	long long seq;		/* its place in the session, from 0 */
	const char *raw_sha256;	/* the raw file's SHA-256 in hex, or NULL */
};

/*
 * Append the record (no newline) of msg, n bytes holding one JSON
 * object: "session_id" and "seq" (then "raw_sha256" when given) go
 * first, then the message's members in their order, every byte as it
 * came but for these edits:
 *  - a member of the message named as one of those put first (its key
 *    decoded) is renamed "_<name>", or with as many more '_' as it
 *    takes to be a name the message does not use: each key is once;
 *  - the member names->text is named "text", names->data "data" (unless
 *    the message has a member of that name already);
 *  - "data" that is a string holding a JSON object or array becomes
 *    that value (on one line);
 *  - "timestamp" that is not an ISO 8601 UTC string already (an offset,
 *    {"$date": string or epoch ms}, epoch ms) is written as one,
 *    "YYYY-MM-DDTHH:MM:SS.mmmZ"; one that cannot be read is left.
 * A message already in the record's form (API v1's) is thus copied
 * byte for byte.
 */
void cog_record_write(const struct cog_record_id *id, const char *msg,
    size_t n, const struct cog_record_names *names, struct cog_buf *out);

/*
 * The time of a message (n bytes of JSON) in milliseconds since the
 * epoch, from its "timestamp" in any of the forms above.  Return 0, or
 * -1 when it has none that can be read.
 */
int cog_record_time(const char *msg, size_t n, long long *ms);

/* The same for a value found in a message (v), in any of those forms. */
int cog_record_value_time(const struct cog_jval *v, long long *ms);

/*
 * Sort the n messages of a transcript (each a pointer and length into
 * one buffer) stably by time: a message with no time keeps the time of
 * the one before it, so it stays after it.  Permutes msgs and lens.
 */
void cog_record_sort(const char **msgs, size_t *lens, size_t n);

/*
 * The messages of a transcript, pointers into its answer: collect the
 * objects of a JSON array (the n bytes at p) with cog_record_take(),
 * which returns -1 when the array holds anything but objects; then
 * cog_record_each() sorts them by time and hands each to each() until it
 * returns nonzero.  Zero the struct first; release it after.
 */
struct cog_record_msgs {
	const char **p;
	size_t *n, count, cap;
};

int cog_record_take(struct cog_record_msgs *m, const char *p, size_t n);
void cog_record_each(struct cog_record_msgs *m,
    int (*each)(void *, const char *, size_t), void *arg);
void cog_record_msgs_release(struct cog_record_msgs *m);

#endif
