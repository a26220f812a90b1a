/*
 * fuzz-api.c -- the answers of the tenant's API as the tools read them:
 * the login, a page of the session list, an export job's start and
 * status, and the text of an error answer.  All of them go through
 * json/jget.h, which is checked against the scanner on the way: a text
 * is invalid for one exactly when it is for the other, and every value
 * found is a valid JSON text of its own.
 *
 * Further endpoints and backends add their answers as a section of
 * LLVMFuzzerTestOneInput below, and seeds of their answers to
 * corpus/api/.
 */
#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "base/buf.h"
#include "json/jget.h"
#include "json/json.h"
#include "net/api.h"
#include "net/exportreq.h"
#include "net/session.h"

#include "fuzz.h"

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
job(const char *s, size_t n)
{
	struct cog_export_job j;
	struct cog_buf line = COG_BUF_INIT, from = COG_BUF_INIT,
	    to = COG_BUF_INIT, msg = COG_BUF_INIT;
	const char *err;
	int state, r;

	memset(&j, 0, sizeof(j));
	state = cog_export_job_parse(s, n, &j);
	if (state >= 0) {
		assert(j.status.len > 0);
		assert(j.progress >= -1 && j.progress <= 100);
		cog_export_status_line(&j, state, "sess_a", "sess_b", &line);
		assert(valid(line.p, line.len, NULL));
		r = cog_session_parse_job(line.p, line.len, &from, &to, &msg,
		    &err);
		if (state == COG_EXPORT_FAILED) {
			assert(r == COG_JOB_FAILED);
		} else if (state == COG_EXPORT_COMPLETED &&
		    (j.start.len == 0 || j.end.len == 0)) {
			assert(r == COG_JOB_COMPLETED &&
			    strcmp(from.p, "sess_a") == 0 &&
			    strcmp(to.p, "sess_b") == 0);
		} else if (state == COG_EXPORT_COMPLETED) {
			assert(r == -1 || (r == COG_JOB_COMPLETED &&
			    strcmp(from.p, j.start.p) == 0 &&
			    strcmp(to.p, j.end.p) == 0));
		} else {
			assert(r == COG_JOB_PENDING);
		}
	}
	cog_export_job_release(&j);
	cog_buf_release(&line);
	cog_buf_release(&from);
	cog_buf_release(&to);
	cog_buf_release(&msg);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const paths[] = {
		"", "access_token", "expires_in", "scope", "items",
		"pagination.nextCursor", "jobId", "status", "progress",
		"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p", "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q"
	};
	struct cog_buf body = COG_BUF_INIT, out = COG_BUF_INIT;
	const char *s = (const char *)data;
	struct each e;
	struct cog_jval v;
	long long num;
	size_t i;
	int ok, r;

	/* The parsers take the exact bytes; the error text a NUL too. */
	cog_buf_add(&body, data, size);
	ok = valid(s, size, NULL);
	for (i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
		r = cog_jget(s, size, paths[i], &v);
		if (i == sizeof(paths) / sizeof(paths[0]) - 1)
			assert(r == -1);	/* more keys than it takes */
		else
			assert((r == -1) == !ok);
		if (r == 1)
			value_ok(s, size, &v);
	}

	/* The login: POST /api/v1/auth/login. */
	cog_buf_reset(&out);
	(void)cog_jget_str(s, size, "access_token", &out);
	(void)cog_jget_int(s, size, "expires_in", &num);
	cog_buf_reset(&out);
	(void)cog_jget_str(s, size, "scope", &out);

	/* A page of GET /api/v1/sessions. */
	e.s = s;
	e.n = size;
	e.seen = 0;
	r = cog_jget_each(s, size, "items", item, &e);
	assert(r == -1 ? e.seen == 0 : r == e.seen);
	cog_buf_reset(&out);
	(void)cog_jget_str(s, size, "pagination.nextCursor", &out);

	/* POST /api/v1/export/jobs, then GET /api/v1/export/jobs/ID. */
	cog_buf_reset(&out);
	if (cog_jget_str(s, size, "jobId", &out) == 1)
		(void)cog_session_id_valid(out.p, out.len);
	job(s, size);

	/* An error answer, as printed: short, no control characters. */
	cog_buf_reset(&out);
	cog_api_error_text(&body, &out);
	assert(out.len <= 200);
	for (i = 0; i < out.len; i++)
		assert((unsigned char)out.p[i] >= 0x20 && out.p[i] != 0x7f);

	cog_buf_release(&body);
	cog_buf_release(&out);
	return 0;
}
