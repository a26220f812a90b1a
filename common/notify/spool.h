/* spool.h -- a directory of undelivered events, to be sent again in order */
#ifndef COG_SPOOL_H
#define COG_SPOOL_H

#include <stddef.h>

#include "base/buf.h"

/*
 * A spooled event is one file, DIR/<ns>-<pid>-<seq>.json (ns: 20 digits
 * of the nanoseconds since the epoch; seq: 6 digits counting the events
 * spooled by the process), so that the names sort in the order the
 * events were spooled.  It holds one line: {"url":URL,"body":BODY}, BODY
 * being the exact bytes that were to be sent.
 */

/*
 * Write an event for url with the n bytes of body (a JSON text) into
 * dir (created with mode 0700 when missing), atomically, mode 0600.
 * The file's name is appended to name.  Return 0, or -1 with errno set.
 */
int cog_spool_put(const char *dir, const char *url, const char *body,
    size_t n, struct cog_buf *name);

/*
 * Take the spool's lock (an exclusive flock on DIR/.lock), waiting for
 * another flush to end.  Return the descriptor to close to release it,
 * or -1 with errno set.
 */
int cog_spool_lock(const char *dir);

/*
 * The names of the spooled events, sorted; *n receives their number.
 * Free with cog_spool_names_free.  Return 0, or -1 with errno set.
 */
int cog_spool_list(const char *dir, char ***names, size_t *n);

void cog_spool_names_free(char **names, size_t n);

/*
 * Read a spooled event: its URL and body appended to url and body.
 * Return 0, -1 with errno set (cannot read), or -2 when the file is not
 * a spooled event.
 */
int cog_spool_read(const char *dir, const char *name, struct cog_buf *url,
    struct cog_buf *body);

/* Parse the text of a spooled event (n bytes), as cog_spool_read does. */
int cog_spool_parse(const char *text, size_t n, struct cog_buf *url,
    struct cog_buf *body);

/* Remove a spooled event; return 0 or -1 with errno set. */
int cog_spool_remove(const char *dir, const char *name);

#endif
