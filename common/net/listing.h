/* listing.h -- the session list of a range, page by page */
#ifndef COG_LISTING_H
#define COG_LISTING_H

#include <stddef.h>

#include "net/auth.h"

/* What to do with the sessions of a page, once the whole page has come. */
struct cog_listing {
	long page_size;		/* sessions per request, 1 to 1000 */
	/* Each session line (a JSON object, no newline), in order. */
	void (*item)(void *arg, const char *p, size_t n);
	/* After the sessions of page npage (from 1), n of them. */
	void (*page)(void *arg, unsigned long npage, unsigned long n);
	void *arg;
};

/*
 * List the sessions of r with the backend of a, following the cursor,
 * and hand each page's session lines to l once the page has been read
 * and checked, leaving out those outside r where the server does not
 * keep to it (cog_api_in_range).  Any failure is fatal ("cannot list
 * sessions F..T (page N): reason"), after the earlier pages were handed
 * on.  Return the number of sessions handed on.
 */
unsigned long long cog_listing_run(struct cog_auth *a,
    const struct cog_api_range *r, const struct cog_listing *l);

/*
 * After a page of the list of r (scan set: the scan of the backend) at
 * cursor failed with status: whether the backend says it lies past the
 * last row (it asks the server for that row), so that the list ends
 * there rather than fails.  Return 1 if so, else 0.
 */
int cog_listing_past_end(struct cog_auth *a, const struct cog_api_range *r,
    int scan, const char *cursor, long status);

/* Append what r names, for messages: "sessions F..T of project P". */
void cog_listing_describe(const struct cog_api_range *r,
    struct cog_buf *out);

#endif
