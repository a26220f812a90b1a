/* export.c -- an export job on the tenant: the quota, the start, the wait */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/clock.h"
#include "base/digest.h"
#include "base/encode.h"
#include "base/err.h"
#include "base/progress.h"
#include "net/export.h"
#include "net/jobline.h"
#include "net/listing.h"
#include "net/session.h"

#define MIB (1024.0 * 1024.0)

struct quota {
	unsigned long long bytes, sessions, unsized;
	struct cog_session_ref ref;
};

static void
quota_item(void *arg, const char *p, size_t n)
{
	struct quota *q = arg;
	const char *why;

	q->sessions++;
	if (cog_session_parse_line(p, n, &q->ref, &why) == 1 &&
	    q->ref.bytes >= 0)
		q->bytes += (unsigned long long)q->ref.bytes;
	else
		q->unsized++;
}

void
cog_export_check_quota(struct cog_auth *a, const struct cog_api_range *range,
    long max_mb)
{
	struct quota q;
	struct cog_listing l = { 1000, quota_item, NULL, &q };
	struct cog_buf what = COG_BUF_INIT;

	memset(&q, 0, sizeof(q));
	cog_listing_run(a, range, &l);
	cog_session_ref_release(&q.ref);
	if (q.unsized > 0) {
		cog_warn("warning: the session list gives no size for %llu of "
		    "%llu sessions: the quota is not checked", q.unsized,
		    q.sessions);
		return;
	}
	cog_http_log(a->http, "quota: %llu sessions, %.1f MB of %ld MB",
	    q.sessions, q.bytes / MIB, max_mb);
	if ((double)q.bytes <= max_mb * MIB)
		return;
	if (range->from && !range->project && !range->since && !range->until)
		cog_die("over quota: the range %s..%s holds %llu sessions, "
		    "%.1f MB of transcripts, over --max-storage-mb %ld (raise "
		    "it, or narrow the range)", range->from, range->to,
		    q.sessions, q.bytes / MIB, max_mb);
	cog_listing_describe(range, &what);
	cog_die("over quota: %s hold %llu sessions, %.1f MB of transcripts, "
	    "over --max-storage-mb %ld (raise it, or narrow the range)",
	    what.p, q.sessions, q.bytes / MIB, max_mb);
}

char *
cog_export_request_id(const struct cog_export_req *r,
    const struct cog_api_range *range)
{
	struct cog_buf b = COG_BUF_INIT, id = COG_BUF_INIT;
	struct cog_sha256 h = { NULL };
	unsigned char md[COG_SHA256_LEN];

	cog_export_request_json(r, &b);
	cog_buf_addc(&b, '\n');
	cog_listing_describe(range, &b);
	cog_sha256_update(&h, b.p, b.len);
	cog_sha256_final(&h, md);
	cog_sha256_release(&h);
	cog_buf_adds(&id, "req_");
	cog_hex_encode(&id, md, 8);
	cog_buf_release(&b);
	return cog_buf_detach(&id, NULL);
}

char *
cog_export_start(struct cog_auth *a, const struct cog_export_req *r)
{
	const struct cog_api_backend *api = a->api;
	struct cog_buf body = COG_BUF_INIT, msg = COG_BUF_INIT,
	    id = COG_BUF_INIT;
	struct cog_http_resp resp;

	if (api->export_path == NULL)
		cog_die("API %s has no export jobs", api->name);
	memset(&resp, 0, sizeof(resp));
	cog_export_request_json(r, &body);
	if (cog_auth_call(a, "POST", api->export_path, body.p, body.len,
	    api->scope_export, &resp, &msg) < 0)
		cog_die("cannot start the export job: %s", msg.p);
	if (api->export_started(resp.body.p, resp.body.len, &id) < 0 ||
	    !cog_session_id_valid(id.p, id.len))
		cog_die("cannot start the export job: the answer has no usable "
		    "\"jobId\"");
	cog_http_log(a->http, "started job %s", id.p);
	cog_http_resp_release(&resp);
	cog_buf_release(&body);
	cog_buf_release(&msg);
	return cog_buf_detach(&id, NULL);
}

static void
draw(const struct cog_export_job *j, const char *id, int force)
{
	char bar[21], line[200];
	long long p = j->progress < 0 ? 0 : j->progress;
	int i, filled = (int)(p / 5);

	for (i = 0; i < 20; i++)
		bar[i] = i < filled ? '#' : '.';
	bar[20] = '\0';
	snprintf(line, sizeof(line), "%s: %s %-10s [%s] %3lld%%", cog_progname,
	    id, j->status.p, bar, p);
	cog_progress_text(line, force);
}

/* Poll once: the state of job id in j; dies when the poll fails. */
static int
poll_job(struct cog_auth *a, const char *id, const char *path,
    struct cog_export_job *j)
{
	struct cog_buf msg = COG_BUF_INIT;
	struct cog_http_resp resp;
	int state;

	memset(&resp, 0, sizeof(resp));
	if (cog_auth_call(a, "GET", path, NULL, 0, a->api->scope_export,
	    &resp, &msg) < 0) {
		cog_progress_clear();
		if (resp.status == 404)
			cog_die("no export job '%s' (404)", id);
		cog_die("cannot poll job %s: %s; resume with 'cog-export "
		    "--job %s'", id, msg.p, id);
	}
	if ((state = a->api->job_status(resp.body.p, resp.body.len, j)) < 0) {
		cog_progress_clear();
		cog_die("cannot poll job %s: the answer has no \"status\"", id);
	}
	if (j->id.len == 0)
		cog_buf_adds(&j->id, id);
	cog_http_resp_release(&resp);
	cog_buf_release(&msg);
	return state;
}

/* The exit status of a job that ended in state. */
static int
ended(const struct cog_export_job *j, const char *id, int state,
    const struct cog_export_wait *w)
{
	if (state == COG_EXPORT_COMPLETED) {
		if (!w->from && j->start.len == 0)
			cog_warn("warning: the job does not say its session "
			    "range: cog-sessions needs --from and --to");
		return COG_EXIT_OK;
	}
	if (state == COG_EXPORT_FAILED) {
		cog_warn("export job %s failed: %s", id, j->error.len ?
		    j->error.p : COG_EXPORT_NO_ERROR);
		return COG_EXIT_PARTIAL;
	}
	cog_warn("export job %s ended with status '%s', which this program "
	    "does not know", id, j->status.p);
	return COG_EXIT_FATAL;
}

int
cog_export_follow(struct cog_auth *a, const char *id,
    const struct cog_export_wait *w, struct cog_out *out)
{
	struct cog_buf path = COG_BUF_INIT, last = COG_BUF_INIT;
	struct cog_export_job j;
	long long start = cog_clock_ms();
	double wait = w->poll;
	size_t mark;
	int state, status;

	memset(&j, 0, sizeof(j));
	a->api->job_path(id, &path);
	for (;;) {
		state = poll_job(a, id, path.p, &j);
		mark = out->b.len;
		cog_jobline_write(&j, state, w->from, w->to, &out->b);
		if (out->b.len - mark != last.len || memcmp(out->b.p + mark,
		    last.p, last.len) != 0) {
			cog_buf_reset(&last);
			cog_buf_add(&last, out->b.p + mark, out->b.len - mark);
			cog_buf_addc(&out->b, '\n');
			cog_progress_clear();
			cog_out_flush(out);
		} else {
			cog_buf_truncate(&out->b, mark);
		}
		draw(&j, id, state != COG_EXPORT_PENDING);
		if (state != COG_EXPORT_PENDING)
			break;
		if (w->max_time > 0 && (cog_clock_ms() - start) / 1000.0 +
		    wait > w->max_time) {
			cog_progress_clear();
			cog_die("job %s is still %s after %g s: resume with "
			    "'cog-export --job %s'", id, j.status.p,
			    w->max_time, id);
		}
		cog_http_sleep_ms((long)(wait * 1000));
		wait = fmin(wait * 1.5, fmax(w->poll_cap, w->poll));
	}
	cog_progress_clear();
	status = ended(&j, id, state, w);
	cog_export_job_release(&j);
	cog_buf_release(&path);
	cog_buf_release(&last);
	return status;
}
