/* apierr.h -- error answers read by a backend of the API, for its unit tests */
#ifndef COG_APIERR_H
#define COG_APIERR_H

#include <stddef.h>
#include <string.h>

#include "net/api.h"
#include "tap.h"

/*
 * An error answer, the text read from it, and one more member of the
 * error (the scope, the code: which, the caller says): NULL when it is
 * not checked, "" when it must be empty.
 */
struct apierr {
	const char *body;
	const char *text, *text_is;
	const char *more, *more_is;
};

/* Each of the n answers at c, read by api; more is offsetof the member. */
static void
apierr_check(const struct cog_api_backend *api, const struct apierr *c,
    size_t n, size_t more) __attribute__((unused));

static void
apierr_check(const struct cog_api_backend *api, const struct apierr *c,
    size_t n, size_t more)
{
	struct cog_api_error e = COG_API_ERROR_INIT;
	const struct cog_buf *m = (const struct cog_buf *)((char *)&e + more);

	for (; n > 0; n--, c++) {
		api->read_error(c->body, strlen(c->body), &e);
		is_str(e.text.p, c->text, "%s", c->text_is);
		if (c->more && c->more[0])
			is_str(m->p, c->more, "%s", c->more_is);
		else if (c->more)
			ok(m->len == 0, "%s", c->more_is);
		cog_api_error_release(&e);
	}
}

#endif
