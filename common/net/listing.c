/* listing.c -- the session list of an id range, page by page */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "json/jget.h"
#include "json/json.h"
#include "net/api.h"
#include "net/http.h"
#include "net/listing.h"

static void
addparam(struct cog_buf *b, const char *name, const char *value)
{
	char *v = curl_easy_escape(NULL, value, 0);

	if (v == NULL)
		cog_die("out of memory");
	cog_buf_addf(b, "%c%s=%s", strchr(b->p, '?') ? '&' : '?', name, v);
	curl_free(v);
}

struct page {
	unsigned long n;
	const char *bad;
	const struct cog_listing *l;
};

static int
count_item(const struct cog_jval *v, void *arg)
{
	struct page *pg = arg;

	if (v->type != COG_JT_OBJ_BEGIN) {
		pg->bad = "an item is not a JSON object";
		return 1;
	}
	pg->n++;
	return 0;
}

static int
give_item(const struct cog_jval *v, void *arg)
{
	struct page *pg = arg;

	pg->l->item(pg->l->arg, v->p, v->n);
	return 0;
}

unsigned long long
cog_listing_run(struct cog_auth *a, const char *from, const char *to,
    const struct cog_listing *l)
{
	struct cog_buf path = COG_BUF_INIT, cursor = COG_BUF_INIT,
	    next = COG_BUF_INIT, msg = COG_BUF_INIT;
	struct cog_http_resp resp;
	struct page pg;
	char size[24];
	unsigned long npage = 0;
	unsigned long long total = 0;
	int r;

	memset(&resp, 0, sizeof(resp));
	snprintf(size, sizeof(size), "%ld", l->page_size);
	for (;;) {
		npage++;
		cog_buf_reset(&path);
		cog_buf_adds(&path, "/api/v1/sessions");
		addparam(&path, "pageSize", size);
		addparam(&path, "startId", from);
		addparam(&path, "endId", to);
		if (cursor.len > 0)
			addparam(&path, "cursor", cursor.p);
		if (cog_api_call(a, "GET", path.p, NULL, 0, COG_SCOPE_READ,
		    &resp, &msg) < 0)
			cog_die("cannot list sessions %s..%s (page %lu): %s",
			    from, to, npage, msg.p);
		memset(&pg, 0, sizeof(pg));
		pg.l = l;
		if (cog_jget_each(resp.body.p, resp.body.len, "items",
		    count_item, &pg) < 0 || pg.bad)
			cog_die("cannot list sessions %s..%s (page %lu): %s",
			    from, to, npage, pg.bad ? pg.bad :
			    "the answer is not a JSON object with an "
			    "\"items\" array");
		cog_buf_reset(&next);
		r = cog_jget_str(resp.body.p, resp.body.len,
		    "pagination.nextCursor", &next);
		if (r == 1 && next.len > 0 && cursor.len > 0 &&
		    strcmp(next.p, cursor.p) == 0)
			cog_die("cannot list sessions %s..%s (page %lu): the "
			    "server repeated its cursor", from, to, npage);
		if (l->item)
			cog_jget_each(resp.body.p, resp.body.len, "items",
			    give_item, &pg);
		total += pg.n;
		if (l->page)
			l->page(l->arg, npage, pg.n);
		cog_http_log(a->http, "page %lu: %lu session%s", npage, pg.n,
		    pg.n == 1 ? "" : "s");
		if (r != 1 || next.len == 0)
			break;
		cog_buf_reset(&cursor);
		cog_buf_add(&cursor, next.p, next.len);
	}
	cog_http_resp_release(&resp);
	cog_buf_release(&path);
	cog_buf_release(&cursor);
	cog_buf_release(&next);
	cog_buf_release(&msg);
	return total;
}
