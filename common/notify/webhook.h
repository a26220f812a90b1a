/* webhook.h -- a webhook event: its payload, its delivery, its result */
#ifndef COG_WEBHOOK_H
#define COG_WEBHOOK_H

#include <stddef.h>

#include "base/buf.h"
#include "net/http.h"

/* How events are made and sent; everything is borrowed. */
struct cog_webhook {
	struct cog_http *http;	/* set up for full URLs */
	const char *secret;	/* the signing secret */
	size_t secret_len;
	const char *status;	/* the payload's status, or NULL */
	int raw;		/* send event lines as they are */
};

/*
 * Append the payload of one event line (n bytes) to body: the seed's
 * export_status_sync object made of an audit entry or any object (see
 * cog-notify(1)), or with raw the line as it is.  Return 0, or -1 with a
 * static reason in *why when the line cannot be an event.
 */
int cog_webhook_payload(const struct cog_webhook *w, const char *line,
    size_t n, struct cog_buf *body, const char **why);

/* What became of one delivery. */
struct cog_webhook_result {
	long status;		/* the last HTTP status, 0 for none */
	int tries;		/* requests sent */
	struct cog_buf error;	/* why it was not delivered */
};

/*
 * POST the n bytes of body to url, signed (X-Cog-Signature), retrying as
 * cog_http_request does.  Return 1 when delivered (2xx), else 0; r (its
 * error reset first) says how it went.
 */
int cog_webhook_send(const struct cog_webhook *w, const char *url,
    const char *body, size_t n, struct cog_webhook_result *r);

/*
 * Append the result line of event number event (no newline; see
 * cog-notify(1)): "event", "file" when not NULL, "status" (delivered,
 * spooled or failed), "http_status", "attempts", "spool" when not NULL
 * and "error" when not empty.  r may be NULL for an event never sent.
 */
void cog_webhook_result_line(unsigned long long event, const char *file,
    const char *status, const struct cog_webhook_result *r,
    const char *spooled, const char *error, struct cog_buf *out);

#endif
