/*
 * fuzz-api.c -- the answers of the tenant's API as the tools read them,
 * through every backend of net/api.h: the login, a page of the session
 * list, a page of a scan of many sessions' messages, a transcript's
 * messages and their records, an export job's start and status, an
 * error answer.  What must hold: each session line a page gives is one
 * cog-fetch reads; each row of a scan is a JSON text with its session;
 * each record is a JSON object that starts with the session id; a job's
 * status line reads back in cog-sessions; an error text is short and has
 * no control characters.  jget, under all
 * of them, is checked against the scanner on the way: a text is invalid
 * for one exactly when it is for the other, and every value found is a
 * valid JSON text of its own.
 *
 * A backend is fuzzed once cog_api_find() knows the name it has in
 * backends[] below ("rest" and "odata" are listed before they exist and
 * skipped until then); seeds of its answers go to corpus/api/, where the
 * rest-* and odata-* files are answers of those dialects.
 */
#include <assert.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/file.h"
#include "json/jget.h"
#include "json/json.h"
#include "net/api.h"
#include "net/jobline.h"
#include "net/session.h"
#include "net/tokencache.h"

#include "fuzz.h"

/* The backends by the names --api takes; those not built are skipped. */
static const char *const backends[] = { "v1", "rest", "odata" };
static const struct cog_api_backend *be[8];
static size_t nbe;
static char path[sizeof(fuzz_dir) + 32];

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	size_t i;

	(void)argc;
	(void)argv;
	for (i = 0; i < sizeof(backends) / sizeof(backends[0]); i++)
		if ((be[nbe] = cog_api_find(backends[i])) != NULL)
			nbe++;
	assert(nbe > 0);
	snprintf(path, sizeof(path), "%s/transcript", fuzz_tmpdir());
	return 0;
}

/* Whether the n bytes at s are one valid JSON text, as the scanner says. */
static int
valid(const char *s, size_t n, int *first)
{
	struct cog_json j = { 0 };
	struct cog_jtok t;
	int type, k = 0;

	cog_json_init(&j, s, n);
	while ((type = cog_json_next(&j, &t)) != COG_JT_END &&
	    type != COG_JT_ERROR)
		if (k++ == 0 && first != NULL)
			*first = type;
	cog_json_release(&j);
	return type == COG_JT_END && k > 0;
}

/* A value found in s lies in s and, when a container, is valid alone. */
static void
value_ok(const char *s, size_t n, const struct cog_jval *v)
{
	int first = -1;

	assert(v->p >= s && v->p + v->n <= s + n);
	if (v->type == COG_JT_OBJ_BEGIN || v->type == COG_JT_ARR_BEGIN) {
		assert(valid(v->p, v->n, &first) && first == v->type);
		assert(v->p[0] == (v->type == COG_JT_OBJ_BEGIN ? '{' : '['));
	} else if (v->type == COG_JT_STRING) {
		assert(v->p > s && v->p[-1] == '"' && v->p[v->n] == '"');
	}
}

struct each {
	const char *s;
	size_t n;
	long seen;
};

static int
item(const struct cog_jval *v, void *arg)
{
	struct each *e = arg;

	value_ok(e->s, e->n, v);
	e->seen++;
	return 0;
}

/* cog-export's job status line is read back by cog-sessions. */
static void
job(const struct cog_api_backend *b, const char *s, size_t n)
{
	struct cog_export_job j, back;
	struct cog_buf line = COG_BUF_INIT;
	const char *err = NULL;
	int state, r;

	memset(&j, 0, sizeof(j));
	memset(&back, 0, sizeof(back));
	state = b->job_status(s, n, &j);
	if (state >= 0) {
		assert(j.status.len > 0);
		assert(j.progress >= -1 && j.progress <= 100);
		cog_jobline_write(&j, state, "sess_a", "sess_b", &line);
		assert(valid(line.p, line.len, NULL));
		r = cog_jobline_read(line.p, line.len, &back, &err);
		if (state == COG_EXPORT_COMPLETED) {
			assert(r == -1 ? err != NULL : r == state);
			if (j.start.len == 0 || j.end.len == 0)
				assert(r == state &&
				    strcmp(back.start.p, "sess_a") == 0 &&
				    strcmp(back.end.p, "sess_b") == 0);
			else if (r == state)
				assert(strcmp(back.start.p, j.start.p) == 0 &&
				    strcmp(back.end.p, j.end.p) == 0);
		} else {
			assert(r == state);
		}
		if (r == COG_EXPORT_COMPLETED) {
			assert(cog_session_id_valid(back.start.p,
			    back.start.len));
			assert(cog_session_id_valid(back.end.p, back.end.len));
		}
	}
	cog_export_job_release(&j);
	cog_export_job_release(&back);
	cog_buf_release(&line);
}

/* Every session line of a page is one that cog-fetch reads. */
static void
page(const struct cog_api_backend *b, const char *s, size_t n)
{
	struct cog_buf lines = COG_BUF_INIT, next = COG_BUF_INIT;
	struct cog_session_ref ref = { COG_BUF_INIT, { 0 }, 0, -1, COG_BUF_INIT };
	const char *why = NULL, *p, *end, *nl;
	long count, seen = 0;
	int r;

	count = b->list_page("", s, n, &lines, &next, &why);
	if (count < 0) {
		assert(why != NULL && lines.len == 0);
	} else {
		p = lines.p;
		end = p ? p + lines.len : p;
		for (; p < end; p = nl + 1, seen++) {
			nl = memchr(p, '\n', (size_t)(end - p));
			assert(nl != NULL);
			assert(valid(p, (size_t)(nl - p), NULL));
			/* Read, or refused with a reason: never blank. */
			why = NULL;
			r = cog_session_parse_line(p, (size_t)(nl - p), &ref,
			    &why);
			assert(r == 1 || (r == -1 && why != NULL));
		}
		assert(seen == count);
	}
	cog_session_ref_release(&ref);
	cog_buf_release(&lines);
	cog_buf_release(&next);
}

/* The seq the next record is to carry, and the backend that writes it. */
struct rec {
	long long seq;
	const struct cog_api_backend *b;
};

static int
message(void *arg, const char *msg, size_t n)
{
	struct rec *r = arg;
	struct cog_buf out = COG_BUF_INIT, id = COG_BUF_INIT;
	struct cog_record_id rid = { "sess_00001", 0, NULL };
	struct cog_jval v;
	long long seq;

	assert(valid(msg, n, NULL));
	rid.seq = r->seq;
	r->b->record(&rid, msg, n, &out);
	assert(valid(out.p, out.len, NULL));
	assert(cog_jget(out.p, out.len, "", &v) == 1 &&
	    v.type == COG_JT_OBJ_BEGIN);
	assert(cog_jget_str(out.p, out.len, "session_id", &id) == 1 &&
	    strcmp(id.p, "sess_00001") == 0);
	assert(cog_jget_int(out.p, out.len, "seq", &seq) == 1 &&
	    seq == r->seq);
	r->seq++;
	cog_buf_release(&out);
	cog_buf_release(&id);
	return 0;
}

struct scanned {
	long rows;
	int stopped;
};

static int
scan_row(void *arg, const char *session, const char *msg, size_t n)
{
	struct scanned *sc = arg;

	assert(session != NULL && session[0] != '\0');
	assert(strchr(session, '\n') == NULL);
	assert(valid(msg, n, NULL));
	sc->rows++;
	/* Stop early now and then: the count is then of those handed on. */
	if (n % 7 == 0) {
		sc->stopped = 1;
		return 1;
	}
	return 0;
}

/*
 * A page of a scan of many sessions' messages: rows are JSON texts with
 * a session; the count is the rows handed on; a refusal says why and
 * hands on none.
 */
static void
scan_page(const struct cog_api_backend *b, const char *s, size_t n)
{
	struct cog_buf next = COG_BUF_INIT;
	struct scanned sc = { 0, 0 };
	const char *why = NULL;
	long count;

	count = b->scan_page("", s, n, scan_row, &sc, &next, &why);
	if (count < 0)
		assert(why != NULL && sc.rows == 0);
	else
		assert(count == sc.rows);
	cog_buf_release(&next);
}

/* A transcript as the file it is downloaded to. */
static void
transcript(const struct cog_api_backend *b, const uint8_t *data,
    size_t size)
{
	struct cog_buf why = COG_BUF_INIT;
	struct rec r = { 0, b };
	int fd;

	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	assert(fd >= 0 && cog_write_all(fd, data, size) == 0);
	close(fd);
	if (b->messages(path, message, &r, &why) < 0)
		assert(why.len > 0 && r.seq == 0);
	cog_buf_release(&why);
}

static void
backend(const struct cog_api_backend *b, const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *why = NULL;
	struct cog_bearer t = { NULL, NULL, NULL, 0, 0, NULL };
	struct cog_api_error e = COG_API_ERROR_INIT;
	struct cog_buf id = COG_BUF_INIT;
	size_t i;

	if (b->login_answer(s, size, &t, &why) == 0) {
		assert(t.token != NULL && t.token[0] != '\0');
		assert(t.scope != NULL && t.lifetime > 0);
	} else {
		assert(why != NULL && t.token == NULL);
	}
	cog_bearer_release(&t);
	page(b, s, size);
	if (b->scan_page != NULL)
		scan_page(b, s, size);
	transcript(b, data, size);
	if (b->export_started != NULL) {
		(void)b->export_started(s, size, &id);
		job(b, s, size);
	}
	b->read_error(s, size, &e);
	assert(e.text.len <= 200);
	for (i = 0; i < e.text.len; i++)
		assert((unsigned char)e.text.p[i] >= 0x20 &&
		    e.text.p[i] != 0x7f);
	cog_api_error_release(&e);
	cog_buf_release(&id);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const paths[] = {
		"", "access_token", "expires_in", "scope", "items",
		"pagination.nextCursor", "jobId", "status", "progress",
		/* Members the rest and odata dialects answer with. */
		"nextCursor", "_links.next.href", "timestamp.$date",
		"value", "error.message", "title", "detail", "code",
		"traceId", "refresh_token",
		"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p",
		"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q"
	};
	const size_t npaths = sizeof(paths) / sizeof(paths[0]);
	const char *s = (const char *)data;
	struct each e = { s, size, 0 };
	struct cog_jval v;
	size_t i;
	int ok, r;

	ok = valid(s, size, NULL);
	for (i = 0; i < npaths; i++) {
		r = cog_jget(s, size, paths[i], &v);
		if (i == npaths - 1)
			assert(r == -1);	/* more keys than it takes */
		else
			assert((r == -1) == !ok);
		if (r == 1)
			value_ok(s, size, &v);
	}
	r = cog_jget_each(s, size, "items", item, &e);
	assert(r == -1 ? e.seen == 0 : r == e.seen);
	e.seen = 0;
	r = cog_jget_each(s, size, "value", item, &e);
	assert(r == -1 ? e.seen == 0 : r == e.seen);
	for (i = 0; i < nbe; i++)
		backend(be[i], data, size);
	return 0;
}
