/* listing.c -- the session list of a range, page by page */
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "net/api.h"
#include "net/http.h"
#include "net/listing.h"

void
cog_listing_describe(const struct cog_api_range *r, struct cog_buf *out)
{
	if (r->from)
		cog_buf_addf(out, "sessions %s..%s", r->from, r->to);
	else
		cog_buf_adds(out, "the sessions");
	if (r->project)
		cog_buf_addf(out, " of project %s", r->project);
	if (r->since)
		cog_buf_addf(out, " since %s", r->since);
	if (r->until)
		cog_buf_addf(out, " until %s", r->until);
}

/* Hand each line of the n bytes of lines in r to l; return how many. */
static long
give(const struct cog_auth *a, const struct cog_api_range *r,
    const struct cog_listing *l, const char *lines, size_t n)
{
	const char *end = lines + n, *nl;
	long given = 0;

	for (; lines < end; lines = nl + 1) {
		nl = memchr(lines, '\n', (size_t)(end - lines));
		if (!cog_api_in_range(a->api, r, lines, (size_t)(nl - lines)))
			continue;
		given++;
		if (l->item)
			l->item(l->arg, lines, (size_t)(nl - lines));
	}
	return given;
}

int
cog_listing_past_end(struct cog_auth *a, const struct cog_api_range *r,
    int scan, const char *cursor, long status)
{
	const struct cog_api_backend *api = a->api;
	struct cog_buf path = COG_BUF_INIT, msg = COG_BUF_INIT;
	struct cog_http_resp resp;
	int past = 0;

	if (status != 500 || api->last_path == NULL || api->past_end == NULL)
		return 0;
	memset(&resp, 0, sizeof(resp));
	api->last_path(r, scan, &path);
	cog_http_log(a->http, "HTTP 500 for a page: is it past the last "
	    "row?");
	if (cog_auth_call(a, "GET", path.p, NULL, 0, api->scope_read, &resp,
	    &msg) == 0)
		past = api->past_end(r, scan, cursor, resp.body.p,
		    resp.body.len) == 1;
	cog_http_log(a->http, "%s", past ? "the page lies past the last row: "
	    "the list ends" : "the page does not lie past the last row");
	cog_http_resp_release(&resp);
	cog_buf_release(&path);
	cog_buf_release(&msg);
	return past;
}

unsigned long long
cog_listing_run(struct cog_auth *a, const struct cog_api_range *range,
    const struct cog_listing *l)
{
	const struct cog_api_backend *api = a->api;
	struct cog_buf path = COG_BUF_INIT, cursor = COG_BUF_INIT,
	    next = COG_BUF_INIT, msg = COG_BUF_INIT, lines = COG_BUF_INIT,
	    what = COG_BUF_INIT;
	struct cog_http_resp resp;
	unsigned long npage = 0;
	unsigned long long total = 0;
	const char *why;
	long n;

	memset(&resp, 0, sizeof(resp));
	cog_listing_describe(range, &what);
	cog_buf_adds(&cursor, "");
	for (;;) {
		npage++;
		cog_buf_reset(&path);
		api->list_path(range, l->page_size, cursor.p, &path);
		if (cog_auth_call(a, "GET", path.p, NULL, 0, api->scope_read,
		    &resp, &msg) < 0) {
			if (cog_listing_past_end(a, range, 0, cursor.p,
			    resp.status))
				break;
			cog_die("cannot list %s (page %lu): %s", what.p, npage,
			    msg.p);
		}
		cog_buf_reset(&lines);
		cog_buf_reset(&next);
		if ((n = api->list_page(cursor.p, resp.body.p, resp.body.len,
		    &lines, &next, &why)) < 0)
			cog_die("cannot list %s (page %lu): %s", what.p, npage,
			    why);
		if (next.len > 0 && cursor.len > 0 &&
		    strcmp(next.p, cursor.p) == 0)
			cog_die("cannot list %s (page %lu): the server repeated "
			    "its cursor", what.p, npage);
		n = give(a, range, l, lines.p, lines.len);
		total += (unsigned long long)n;
		if (l->page)
			l->page(l->arg, npage, (unsigned long)n);
		cog_http_log(a->http, "page %lu: %ld session%s", npage, n,
		    n == 1 ? "" : "s");
		if (next.len == 0)
			break;
		cog_buf_reset(&cursor);
		cog_buf_add(&cursor, next.p, next.len);
	}
	cog_http_resp_release(&resp);
	cog_buf_release(&path);
	cog_buf_release(&cursor);
	cog_buf_release(&next);
	cog_buf_release(&msg);
	cog_buf_release(&lines);
	cog_buf_release(&what);
	return total;
}
