/* api_odata.c -- the backend of Cognigy.AI's OData v2.4 service */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/file.h"
#include "base/utc.h"
#include "json/jget.h"
#include "json/json.h"
#include "net/api.h"

/*
 *	GET /v2.4/Sessions?$filter=..&$orderby=startedAt asc,id asc&$top=N
 *		-> {"value":[{id,sessionId,startedAt,projectId,...}]}
 *	GET /v2.4/Conversations?$filter=sessionId eq 'S'
 *		&$orderby=timestamp asc,id asc&$count=true
 *		-> {"value":[{id,sessionId,inputText,inputData,source,
 *		timestamp,...}],"@odata.count":n[,"@odata.nextLink":..]}
 *	GET /v2.4/Conversations?$filter=timestamp ge T..
 *		&$orderby=timestamp asc,id asc&$top=N	(a scan)
 *	errors: {"error":{"code","message"}} (code a number or a string;
 *		message a string or {"value"}), else the body's first line
 *	credential: "apikey: <key>" (or ?apikey=<key>, see auth.h)
 *
 * Lists are read with keyset paging on the time stamp, never a growing
 * $skip: each page asks for the rows at or after the time of the last
 * row of the page before, and drops those it has seen already; the
 * cursor is that state, as text:
 *
 *	"<bound ms> <skip>" then "\n<id>" for each row seen at the bound
 *
 * where skip counts the rows at the bound taken by pages that held
 * nothing else (one time stamp filling a page), asked for with $skip.
 * A listing ends with a page that adds no row.  $ of the query options
 * is sent as it is (some servers refuse %24top), spaces as %20.
 */

#define BASE "/v2.4/"
#define SESSIONS "Sessions"
#define CONVERSATIONS "Conversations"

/* A collection read page by page: its name and the time it runs on. */
struct coll {
	const char *name, *time;
	int by_session;		/* rows carry the "sessionId" they are of */
};

static const struct coll sessions = { SESSIONS, "startedAt", 0 };
static const struct coll conversations = { CONVERSATIONS, "timestamp", 1 };

/* Whether date literals go unquoted, at second precision (CXone). */
static int
unquoted(void)
{
	const char *v = getenv("COG_ODATA_DATES");

	if (v == NULL || *v == '\0' || strcmp(v, "quoted") == 0)
		return 0;
	if (strcmp(v, "unquoted") == 0)
		return 1;
	cog_die("COG_ODATA_DATES: expected 'quoted' or 'unquoted', got '%s'",
	    v);
}

/* The start of the span of times one literal names: ms, or seconds. */
static long long
bucket(long long ms)
{
	if (!unquoted())
		return ms;
	return ms >= 0 ? ms - ms % 1000 : ms - (1000 + ms % 1000) % 1000;
}

/* Append a date literal for ms (rounded up to a second when ceil). */
static void
add_time(struct cog_buf *b, long long ms, int ceil)
{
	char iso[COG_UTC_LEN + 1];

	if (!unquoted()) {
		cog_utc_format(ms, iso);
		cog_buf_addf(b, "'%s'", iso);
		return;
	}
	if (ceil && bucket(ms) != ms)
		ms = bucket(ms) + 1000;
	cog_utc_format(bucket(ms), iso);
	/* "YYYY-MM-DDTHH:MM:SS.mmmZ" without the milliseconds. */
	cog_buf_addf(b, "%.19sZ", iso);
}

/* Append a string literal: in single quotes, a quote doubled. */
static void
add_string(struct cog_buf *b, const char *s)
{
	cog_buf_addc(b, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			cog_buf_addc(b, '\'');
		cog_buf_addc(b, *s);
	}
	cog_buf_addc(b, '\'');
}

/*
 * Append "?name=value" or "&name=value": the name as it is ($ literal),
 * the value percent-encoded but for the unreserved characters and the
 * punctuation of OData expressions, ' ( ) , :.
 */
static void
add_option(struct cog_buf *path, const char *name, const char *value)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *v;

	cog_buf_addc(path, path->p && strchr(path->p, '?') ? '&' : '?');
	cog_buf_adds(path, name);
	cog_buf_addc(path, '=');
	for (v = (const unsigned char *)value; *v; v++) {
		if ((*v >= 'A' && *v <= 'Z') || (*v >= 'a' && *v <= 'z') ||
		    (*v >= '0' && *v <= '9') || strchr("-._~'(),:", *v)) {
			cog_buf_addc(path, *v);
		} else {
			cog_buf_addc(path, '%');
			cog_buf_addc(path, hex[*v >> 4]);
			cog_buf_addc(path, hex[*v & 15]);
		}
	}
}

/* Append " and " to a filter that has a condition already. */
static void
and(struct cog_buf *f)
{
	if (f->len > 0)
		cog_buf_adds(f, " and ");
}

/* ---- The keyset cursor. ---- */

struct keyset {
	int bounded;		/* bound holds */
	long long bound;	/* rows before it are taken */
	long skip;		/* rows at the bound taken by full pages */
	const char **ids;	/* the rows seen at the bound, sorted */
	size_t *idn, nids;
};

static int
cmp_id(const char *a, size_t an, const char *b, size_t bn)
{
	int c = memcmp(a, b, an < bn ? an : bn);

	return c ? c : an < bn ? -1 : an > bn;
}

/* The cursor's state; ids point into cursor. */
static void
keyset_read(const char *cursor, struct keyset *k)
{
	const char *p, *nl;
	char *end;
	size_t i, j;

	memset(k, 0, sizeof(*k));
	if (*cursor == '\0')
		return;
	k->bounded = 1;
	k->bound = strtoll(cursor, &end, 10);
	k->skip = strtol(end, &end, 10);
	for (p = strchr(cursor, '\n'); p; p = nl) {
		p++;
		nl = strchr(p, '\n');
		k->ids = cog_xreallocarray(k->ids, k->nids + 1,
		    sizeof(*k->ids));
		k->idn = cog_xreallocarray(k->idn, k->nids + 1,
		    sizeof(*k->idn));
		k->ids[k->nids] = p;
		k->idn[k->nids++] = nl ? (size_t)(nl - p) : strlen(p);
	}
	/* Sorted, for bsearch-like lookups (insertion: they are few). */
	for (i = 1; i < k->nids; i++)
		for (j = i; j > 0 && cmp_id(k->ids[j - 1], k->idn[j - 1],
		    k->ids[j], k->idn[j]) > 0; j--) {
			const char *tp = k->ids[j];
			size_t tn = k->idn[j];

			k->ids[j] = k->ids[j - 1];
			k->idn[j] = k->idn[j - 1];
			k->ids[j - 1] = tp;
			k->idn[j - 1] = tn;
		}
}

static int
keyset_seen(const struct keyset *k, const char *id, size_t n)
{
	size_t lo = 0, hi = k->nids, mid;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = cmp_id(k->ids[mid], k->idn[mid], id, n);
		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static void
keyset_release(struct keyset *k)
{
	free(k->ids);
	free(k->idn);
}

/*
 * The filter of a page: the base conditions (base, may be empty) and
 * the lower bound of the keyset, from the cursor, else since.
 */
static void
page_query(const struct coll *c, const struct cog_api_range *r,
    const char *base, long page_size, const char *cursor,
    struct cog_buf *path)
{
	struct cog_buf f = COG_BUF_INIT, o = COG_BUF_INIT;
	struct keyset k;
	char top[24];

	keyset_read(cursor, &k);
	cog_buf_adds(&f, base);
	if (k.bounded || r->since) {
		and(&f);
		cog_buf_addf(&f, "%s ge ", c->time);
		add_time(&f, k.bounded ? k.bound : r->since_ms, 0);
	}
	cog_buf_addf(path, BASE "%s", c->name);
	if (f.len > 0)
		add_option(path, "$filter", f.p);
	cog_buf_addf(&o, "%s asc,id asc", c->time);
	add_option(path, "$orderby", o.p);
	snprintf(top, sizeof(top), "%ld", page_size);
	add_option(path, "$top", top);
	if (k.skip > 0) {
		snprintf(top, sizeof(top), "%ld", k.skip);
		add_option(path, "$skip", top);
	}
	keyset_release(&k);
	cog_buf_release(&f);
	cog_buf_release(&o);
}

/* One row of a page, as read and checked. */
struct row {
	const char *p;		/* the row's bytes */
	size_t n;
	const char *id;		/* its "id" as written (no quotes) */
	size_t idn;
	const char *sid;	/* its "sessionId" (decoded), or NULL */
	size_t sidoff, sidn;	/* ... its place in page.sids, its length */
	long long ms;		/* its time */
	int fresh;		/* not seen on an earlier page */
};

struct page {
	const struct coll *c;
	struct row *rows;
	size_t n, cap;
	struct cog_buf sids;	/* the decoded session ids, NUL-separated */
	const char *why;
};

struct rowscan {
	struct page *pg;
	struct row *r;
	int has_time, has_id, has_sid;
};

static int
row_member(const struct cog_jmember *m, void *arg)
{
	struct rowscan *s = arg;
	struct row *r = s->r;

	if (cog_jmember_is(m, "id") && (m->v.type == COG_JT_STRING ||
	    m->v.type == COG_JT_NUMBER)) {
		r->id = m->v.p;
		r->idn = m->v.n;
		s->has_id = 1;
	} else if (cog_jmember_is(m, s->pg->c->time)) {
		s->has_time = cog_record_value_time(&m->v, &r->ms) == 0;
	} else if (s->pg->c->by_session &&
	    cog_jmember_is(m, "sessionId") &&
	    m->v.type == COG_JT_STRING) {
		r->sidoff = s->pg->sids.len;
		cog_jget_str(m->vbeg, (size_t)(m->vend - m->vbeg), "",
		    &s->pg->sids);
		r->sidn = s->pg->sids.len - r->sidoff;
		cog_buf_addc(&s->pg->sids, '\0');
		s->has_sid = r->sidn > 0;
	}
	return 0;
}

static int
take_row(const struct cog_jval *v, void *arg)
{
	struct page *pg = arg;
	struct rowscan s;
	struct row *r;

	if (pg->n == pg->cap) {
		pg->cap = pg->cap ? 2 * pg->cap : 128;
		pg->rows = cog_xreallocarray(pg->rows, pg->cap,
		    sizeof(*pg->rows));
	}
	r = &pg->rows[pg->n];
	memset(r, 0, sizeof(*r));
	memset(&s, 0, sizeof(s));
	s.pg = pg;
	s.r = r;
	r->p = v->p;
	r->n = v->n;
	if (v->type != COG_JT_OBJ_BEGIN ||
	    cog_jget_members(v->p, v->n, row_member, &s) < 0) {
		pg->why = "a row is not a JSON object";
		return 1;
	}
	if (!s.has_id) {
		pg->why = "a row has no \"id\"";
		return 1;
	}
	if (!s.has_time) {
		pg->why = pg->c->by_session ? "a row has no \"timestamp\" that "
		    "can be read" : "a row has no \"startedAt\" that can be "
		    "read";
		return 1;
	}
	if (pg->c->by_session && !s.has_sid) {
		pg->why = "a row has no \"sessionId\"";
		return 1;
	}
	pg->n++;
	return 0;
}

/*
 * Read and check a page of c: every row an object with an id, a time
 * and (Conversations) a session, in time order.  Mark the rows the
 * cursor has not seen and write the cursor of the next page to next
 * (nothing when the page adds no row).  Return 0, or -1 with pg->why.
 */
static int
page_read(const struct coll *c, const char *cursor, const char *body,
    size_t n, struct page *pg, struct cog_buf *next)
{
	struct keyset k;
	struct cog_jval v;
	size_t i, fresh = 0, at_last = 0;
	long long last;

	memset(pg, 0, sizeof(*pg));
	pg->c = c;
	if (cog_jget(body, n, "value", &v) != 1 ||
	    v.type != COG_JT_ARR_BEGIN) {
		pg->why = "the answer is not a JSON object with a \"value\" "
		    "array";
		return -1;
	}
	if (cog_jget_each(v.p, v.n, "", take_row, pg) < 0 || pg->why) {
		if (pg->why == NULL)
			pg->why = "the answer is not valid JSON";
		return -1;
	}
	for (i = 0; i < pg->n; i++) {
		/* Pointers now that the buffer has stopped moving. */
		pg->rows[i].sid = c->by_session ? pg->sids.p +
		    pg->rows[i].sidoff : NULL;
		if (i > 0 && pg->rows[i].ms < pg->rows[i - 1].ms) {
			pg->why = "the rows are not in time order";
			return -1;
		}
	}
	cog_buf_reset(next);
	if (pg->n == 0)
		return 0;
	keyset_read(cursor, &k);
	for (i = 0; i < pg->n; i++) {
		struct row *r = &pg->rows[i];
		long long b = bucket(r->ms);

		r->fresh = !k.bounded || b > k.bound || (b == k.bound &&
		    !keyset_seen(&k, r->id, r->idn));
		fresh += r->fresh;
	}
	last = bucket(pg->rows[pg->n - 1].ms);
	for (i = pg->n; i > 0 && bucket(pg->rows[i - 1].ms) == last; i--)
		at_last++;
	if (fresh > 0) {
		/* A page all at one time: $skip inside it next. */
		long skip = at_last < pg->n ? 0 : k.bounded &&
		    k.bound == last ? k.skip + (long)pg->n : (long)pg->n;

		cog_buf_addf(next, "%lld %ld", last, skip);
		for (i = pg->n - at_last; i < pg->n; i++) {
			cog_buf_addc(next, '\n');
			cog_buf_add(next, pg->rows[i].id, pg->rows[i].idn);
		}
	}
	keyset_release(&k);
	return 0;
}

static void
page_release(struct page *pg)
{
	free(pg->rows);
	cog_buf_release(&pg->sids);
}

/* ---- Credentials. ---- */

static int
have_credentials(void)
{
	return 0;
}

static void
login_request(struct cog_api_login *l)
{
	(void)l;
	cog_die("OData has no login: set COG_API_KEY or COG_API_KEY_FILE");
}

static int
login_answer(const char *body, size_t n, struct cog_bearer *b,
    const char **why)
{
	(void)body;
	(void)n;
	(void)b;
	*why = "OData has no login";
	return -1;
}

static void
credential(const char *key, struct cog_buf *line)
{
	cog_buf_adds(line, "apikey: ");
	cog_buf_adds(line, key);
}

/* ---- The session list. ---- */

/* The conditions every page of r has: project, and before until. */
static void
base_filter(const struct coll *c, const struct cog_api_range *r,
    struct cog_buf *f)
{
	if (r->project) {
		cog_buf_adds(f, "projectId eq ");
		add_string(f, r->project);
	}
	if (r->until && c == &sessions) {
		and(f);
		cog_buf_addf(f, "%s lt ", c->time);
		add_time(f, r->until_ms, 1);
	}
}

static void
list_path(const struct cog_api_range *r, long page_size, const char *cursor,
    struct cog_buf *path)
{
	struct cog_buf f = COG_BUF_INIT;

	base_filter(&sessions, r, &f);
	page_query(&sessions, r, f.p ? f.p : "", page_size, cursor, path);
	cog_buf_release(&f);
}

struct line {
	struct cog_buf *out;
	struct cog_buf id;
	size_t mark;
};

static int
line_member(const struct cog_jmember *m, void *arg)
{
	struct line *l = arg;
	char iso[COG_UTC_LEN + 1];
	long long ms;

	if (cog_jmember_is(m, "sessionId") && m->v.type == COG_JT_STRING)
		cog_jget_str(m->vbeg, (size_t)(m->vend - m->vbeg), "", &l->id);
	if (cog_jmember_is(m, "id"))
		return 0;
	cog_buf_addc(l->out, ',');
	cog_buf_add(l->out, m->kbeg, (size_t)(m->kend - m->kbeg));
	cog_buf_addc(l->out, ':');
	if (cog_jmember_is(m, "startedAt") &&
	    cog_record_value_time(&m->v, &ms) == 0) {
		cog_utc_format(ms, iso);
		cog_buf_addf(l->out, "\"%s\"", iso);
	} else {
		cog_buf_add(l->out, m->vbeg, (size_t)(m->vend - m->vbeg));
	}
	return 0;
}

/*
 * A session line: {"id":<sessionId>, then the row's members but its own
 * "id" (the row's, not the session's), "startedAt" in ISO 8601 UTC}.
 */
static int
add_line(const struct row *r, struct cog_buf *lines)
{
	struct cog_buf rest = COG_BUF_INIT;
	struct line l = { &rest, COG_BUF_INIT, 0 };
	size_t start = lines->len;

	cog_jget_members(r->p, r->n, line_member, &l);
	if (l.id.len == 0) {
		cog_buf_release(&rest);
		cog_buf_release(&l.id);
		return -1;
	}
	cog_buf_adds(lines, "{\"id\":");
	cog_buf_add_jstr(lines, l.id.p, l.id.len);
	cog_buf_add(lines, rest.p, rest.len);
	cog_buf_addc(lines, '}');
	cog_api_end_line(lines, start);
	cog_buf_release(&rest);
	cog_buf_release(&l.id);
	return 0;
}

static long
list_page(const char *cursor, const char *body, size_t n,
    struct cog_buf *lines, struct cog_buf *next, const char **why)
{
	struct page pg;
	size_t i, before = lines->len;
	long count = 0;

	if (page_read(&sessions, cursor, body, n, &pg, next) < 0) {
		*why = pg.why;
		page_release(&pg);
		return -1;
	}
	for (i = 0; i < pg.n; i++) {
		if (!pg.rows[i].fresh)
			continue;
		if (add_line(&pg.rows[i], lines) < 0) {
			cog_buf_truncate(lines, before);
			cog_buf_reset(next);
			*why = "a row has no \"sessionId\"";
			page_release(&pg);
			return -1;
		}
		count++;
	}
	page_release(&pg);
	return count;
}

/* ---- The end of a list, for a server that fails past it. ---- */

static void
last_path(const struct cog_api_range *r, int scan, struct cog_buf *path)
{
	const struct coll *c = scan ? &conversations : &sessions;
	struct cog_buf f = COG_BUF_INIT, o = COG_BUF_INIT;

	base_filter(c, r, &f);
	cog_buf_addf(path, BASE "%s", c->name);
	if (f.len > 0)
		add_option(path, "$filter", f.p);
	cog_buf_addf(&o, "%s desc,id desc", c->time);
	add_option(path, "$orderby", o.p);
	add_option(path, "$top", "1");
	cog_buf_release(&f);
	cog_buf_release(&o);
}

static int
past_end(const struct cog_api_range *r, int scan, const char *cursor,
    const char *body, size_t n)
{
	const struct coll *c = scan ? &conversations : &sessions;
	struct cog_buf next = COG_BUF_INIT;
	struct keyset k;
	struct page pg;
	long long b;
	int past;

	if (page_read(c, "", body, n, &pg, &next) < 0) {
		page_release(&pg);
		cog_buf_release(&next);
		return -1;
	}
	cog_buf_release(&next);
	if (pg.n == 0) {
		page_release(&pg);
		return 1;
	}
	keyset_read(cursor, &k);
	b = bucket(pg.rows[0].ms);
	if (k.bounded)
		past = b < k.bound || (b == k.bound &&
		    keyset_seen(&k, pg.rows[0].id, pg.rows[0].idn));
	else
		past = r->since && b < bucket(r->since_ms);
	keyset_release(&k);
	page_release(&pg);
	return past;
}

/* ---- One transcript. ---- */

static void
transcript_path(const char *id, const char *project, struct cog_buf *path)
{
	struct cog_buf f = COG_BUF_INIT;

	(void)project;
	cog_buf_adds(&f, "sessionId eq ");
	add_string(&f, id);
	cog_buf_adds(path, BASE CONVERSATIONS);
	add_option(path, "$filter", f.p);
	add_option(path, "$orderby", "timestamp asc,id asc");
	add_option(path, "$count", "true");
	cog_buf_release(&f);
}

/* Line ends between the tokens of the n bytes at p become spaces. */
static void
one_line(char *p, size_t n)
{
	size_t i;

	/* JSON strings hold none: any there is between tokens. */
	for (i = 0; i < n; i++)
		if (p[i] == '\n' || p[i] == '\r')
			p[i] = ' ';
}

struct find {
	const char *name;
	struct cog_jval *v;
	int found;
};

static int
find_member(const struct cog_jmember *m, void *arg)
{
	struct find *f = arg;

	if (!cog_jmember_is(m, f->name))
		return 0;
	*f->v = m->v;
	f->found = 1;
	return 1;
}

/* The member name (which has a dot: "@odata.count") of the object. */
static int
annotation(const char *body, size_t n, const char *name, struct cog_jval *v)
{
	struct find f = { name, v, 0 };

	cog_jget_members(body, n, find_member, &f);
	return f.found;
}

/*
 * The transcript is one answer, {"value":[...]}: all of it (an
 * "@odata.count" above the rows, or an "@odata.nextLink", says the
 * server cut it short, which is refused rather than half read).
 */
static int
messages(const char *path, int (*each)(void *, const char *, size_t),
    void *arg, struct cog_buf *why)
{
	struct cog_buf b = COG_BUF_INIT;
	struct cog_record_msgs m = { NULL, NULL, 0, 0 };
	struct cog_jval v;
	long long total;
	int r = -1;

	if (cog_file_read(path, &b) < 0) {
		cog_buf_addf(why, "cannot read '%s': %s", path,
		    strerror(errno));
		return -1;
	}
	one_line(b.p, b.len);
	if (cog_jget(b.p ? b.p : "", b.len, "value", &v) != 1 ||
	    v.type != COG_JT_ARR_BEGIN) {
		cog_buf_adds(why, "the answer is not a JSON object with a "
		    "\"value\" array");
		goto out;
	}
	if (cog_record_take(&m, v.p, v.n) < 0) {
		cog_buf_adds(why, "a message is not a JSON object");
		goto out;
	}
	if (annotation(b.p, b.len, "@odata.count", &v) &&
	    v.type == COG_JT_NUMBER &&
	    cog_jget_int(v.p, v.n, "", &total) == 1 &&
	    total > (long long)m.count) {
		cog_buf_addf(why, "the answer holds %zu of %lld messages (the "
		    "server's page limit)", m.count, total);
		goto out;
	}
	if (annotation(b.p, b.len, "@odata.nextLink", &v)) {
		cog_buf_addf(why, "the answer holds the first %zu messages "
		    "(the server's page limit)", m.count);
		goto out;
	}
	cog_record_each(&m, each, arg);
	r = 0;
out:
	cog_record_msgs_release(&m);
	cog_buf_release(&b);
	return r;
}

/* ---- The messages of a range in one scan. ---- */

static void
scan_path(const struct cog_api_range *r, long page_size, const char *cursor,
    struct cog_buf *path)
{
	struct cog_buf f = COG_BUF_INIT;

	base_filter(&conversations, r, &f);
	page_query(&conversations, r, f.p ? f.p : "", page_size, cursor,
	    path);
	cog_buf_release(&f);
}

static long
scan_page(const char *cursor, const char *body, size_t n,
    int (*each)(void *arg, const char *session, const char *msg,
    size_t n), void *arg, struct cog_buf *next, const char **why)
{
	struct page pg;
	size_t i;
	long count = 0;

	if (page_read(&conversations, cursor, body, n, &pg, next) < 0) {
		*why = pg.why;
		page_release(&pg);
		return -1;
	}
	for (i = 0; i < pg.n; i++) {
		if (!pg.rows[i].fresh)
			continue;
		count++;
		if (each(arg, pg.rows[i].sid, pg.rows[i].p, pg.rows[i].n))
			break;
	}
	page_release(&pg);
	return count;
}

/* ---- Errors. ---- */

/*
 * OData's {"error":{"code","message"}}, the message a string or (OData
 * v3) {"lang","value"}; a bare {"message"}; else the first line.
 */
static void
read_error(const char *body, size_t n, struct cog_api_error *e)
{
	struct cog_jval v;

	if (n == 0)
		return;
	if (cog_jget(body, n, "", &v) != 1 || v.type != COG_JT_OBJ_BEGIN) {
		cog_api_add_text(&e->text, body, cog_api_first_line(body, n));
		return;
	}
	if (!cog_api_add_scalar(body, n, "error.message", &e->text) &&
	    !cog_api_add_scalar(body, n, "error.message.value", &e->text) &&
	    !cog_api_add_scalar(body, n, "message", &e->text) &&
	    !cog_api_add_scalar(body, n, "error", &e->text))
		cog_api_add_text(&e->text, body, cog_api_first_line(body, n));
	cog_api_add_scalar(body, n, "error.code", &e->code);
}

const struct cog_api_backend cog_api_odata = {
	.name = "odata",
	.flags = COG_API_PROJECTS,
	.session_label = "session '%s'",
	/* 1,000 requests per 5 minutes per address, with room to spare. */
	.rate = "900/300",
	.token_env = "COG_API_KEY",
	.token_file_env = "COG_API_KEY_FILE",
	.user_token = "apikey",
	/* What cog-auth -p prints: the key, sent as COG_API_KEY is. */
	.bearer_env = "COG_TOKEN",
	.key_param = "apikey",
	.scopes = "",
	.scope_read = "odata",
	.scope_export = "odata",
	.credentials = "COG_API_KEY",
	.credentials_all = "COG_API_KEY or COG_API_KEY_FILE",
	.have_credentials = have_credentials,
	.login_request = login_request,
	.login_answer = login_answer,
	.credential = credential,
	.check_path = "/v2.4",
	.list_path = list_path,
	.list_page = list_page,
	.last_path = last_path,
	.past_end = past_end,
	.transcript_path = transcript_path,
	.transcript_accept = "Accept: application/json",
	.messages = messages,
	.record = cog_api_record_input,
	.scan_path = scan_path,
	.scan_page = scan_page,
	.read_error = read_error,
};
