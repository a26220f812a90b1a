/* jobline.c -- the export job and its status line, written and read here */
#include <string.h>

#include "base/lines.h"
#include "base/utc.h"
#include "json/jget.h"
#include "json/json.h"
#include "net/jobline.h"
#include "net/session.h"

int
cog_export_state(const char *status)
{
	if (strcmp(status, "QUEUED") == 0 || strcmp(status, "PROCESSING") == 0)
		return COG_EXPORT_PENDING;
	if (strcmp(status, "COMPLETED") == 0)
		return COG_EXPORT_COMPLETED;
	if (strcmp(status, "FAILED") == 0)
		return COG_EXPORT_FAILED;
	return COG_EXPORT_UNKNOWN;
}

static void
member(struct cog_buf *out, const char *name, const struct cog_buf *v)
{
	if (v->len == 0)
		return;
	cog_buf_addf(out, ",\"%s\":", name);
	cog_buf_add_jstr(out, v->p, v->len);
}

void
cog_jobline_write(const struct cog_export_job *j, int state,
    const char *from, const char *to, struct cog_buf *out)
{
	cog_buf_adds(out, "{\"jobId\":");
	cog_buf_add_jstr(out, j->id.p ? j->id.p : "", j->id.len);
	cog_buf_adds(out, ",\"status\":");
	cog_buf_add_jstr(out, j->status.p ? j->status.p : "", j->status.len);
	if (j->progress >= 0)
		cog_buf_addf(out, ",\"progress\":%lld", j->progress);
	else if (state == COG_EXPORT_COMPLETED)
		cog_buf_adds(out, ",\"progress\":100");
	if (state == COG_EXPORT_COMPLETED) {
		if (j->start.len > 0 && j->end.len > 0) {
			from = j->start.p;
			to = j->end.p;
		}
		if (from && to) {
			cog_buf_adds(out, ",\"sessionIdStart\":");
			cog_buf_add_jstr(out, from, strlen(from));
			cog_buf_adds(out, ",\"sessionIdEnd\":");
			cog_buf_add_jstr(out, to, strlen(to));
		}
		member(out, "projectId", &j->project);
		member(out, "since", &j->since);
		member(out, "until", &j->until);
	}
	if (state == COG_EXPORT_FAILED) {
		cog_buf_adds(out, ",\"errorMessage\":");
		if (j->error.len > 0)
			cog_buf_add_jstr(out, j->error.p, j->error.len);
		else
			cog_buf_adds(out, "\"" COG_EXPORT_NO_ERROR "\"");
	}
	cog_buf_addc(out, '}');
}

/* Copy the string at key into out, reset first; return 1, 0 or -1. */
static int
str(const char *line, size_t n, const char *key, struct cog_buf *out)
{
	cog_buf_reset(out);
	return cog_jget_str(line, n, key, out);
}

/* The project and times of a completed line; -1 when a time is bad. */
static int
others(const char *line, size_t n, struct cog_export_job *j,
    const char **err)
{
	long long ms;

	str(line, n, "projectId", &j->project);
	str(line, n, "since", &j->since);
	str(line, n, "until", &j->until);
	if ((j->since.len && cog_utc_parse(j->since.p, j->since.len,
	    &ms) < 0) || (j->until.len && cog_utc_parse(j->until.p,
	    j->until.len, &ms) < 0)) {
		*err = "\"since\" or \"until\" is not an ISO 8601 time";
		return -1;
	}
	return 0;
}

int
cog_jobline_read(const char *line, size_t n, struct cog_export_job *j,
    const char **err)
{
	struct cog_jval v;
	long long p;
	int r, state = COG_EXPORT_COMPLETED;

	cog_trim(&line, &n);
	cog_buf_reset(&j->id);
	cog_buf_reset(&j->error);
	cog_buf_reset(&j->start);
	cog_buf_reset(&j->end);
	cog_buf_reset(&j->project);
	cog_buf_reset(&j->since);
	cog_buf_reset(&j->until);
	j->progress = -1;
	if ((r = cog_jget(line, n, "", &v)) < 0 || v.type !=
	    COG_JT_OBJ_BEGIN) {
		*err = r < 0 ? "invalid JSON" : "not a JSON object";
		return -1;
	}
	str(line, n, "jobId", &j->id);
	if (cog_jget(line, n, "progress", &v) == 1 && v.type ==
	    COG_JT_NUMBER && cog_jget_int(line, n, "progress", &p) == 1)
		j->progress = p < 0 ? 0 : p > 100 ? 100 : p;
	if (str(line, n, "status", &j->status) == 1) {
		state = cog_export_state(j->status.p);
		if (state == COG_EXPORT_FAILED) {
			/* A missing or empty message reads as one. */
			if (str(line, n, "errorMessage", &j->error) != 1 ||
			    j->error.len == 0) {
				cog_buf_reset(&j->error);
				cog_buf_adds(&j->error, COG_EXPORT_NO_ERROR);
			}
			return state;
		}
		if (state != COG_EXPORT_COMPLETED)
			return state;
		if (others(line, n, j, err) < 0)
			return -1;
		if (str(line, n, "sessionIdStart", &j->start) == 1 &&
		    str(line, n, "sessionIdEnd", &j->end) == 1)
			goto check;
		if (j->start.len == 0 && j->end.len == 0 && (j->project.len ||
		    j->since.len || j->until.len))
			return COG_EXPORT_COMPLETED;
	} else if (others(line, n, j, err) < 0) {
		return -1;
	}
	if (str(line, n, "from", &j->start) != 1 ||
	    str(line, n, "to", &j->end) != 1) {
		if (j->start.len == 0 && j->end.len == 0 && (j->project.len ||
		    j->since.len || j->until.len))
			return COG_EXPORT_COMPLETED;
		*err = "no session range (\"sessionIdStart\" and "
		    "\"sessionIdEnd\", or \"from\" and \"to\")";
		return -1;
	}
check:
	if (!cog_session_id_valid(j->start.p, j->start.len) ||
	    !cog_session_id_valid(j->end.p, j->end.len)) {
		*err = "not a valid session id in the range";
		return -1;
	}
	return COG_EXPORT_COMPLETED;
}

void
cog_export_job_release(struct cog_export_job *j)
{
	cog_buf_release(&j->id);
	cog_buf_release(&j->status);
	cog_buf_release(&j->error);
	cog_buf_release(&j->start);
	cog_buf_release(&j->end);
	cog_buf_release(&j->project);
	cog_buf_release(&j->since);
	cog_buf_release(&j->until);
}
