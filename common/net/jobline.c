/* jobline.c -- the export job and its status line, written and read here */
#include <string.h>

#include "base/lines.h"
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
	}
	if (state == COG_EXPORT_FAILED) {
		cog_buf_adds(out, ",\"errorMessage\":");
		if (j->error.len > 0)
			cog_buf_add_jstr(out, j->error.p, j->error.len);
		else
			cog_buf_adds(out, "\"no errorMessage given\"");
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
			if (str(line, n, "errorMessage", &j->error) != 1)
				cog_buf_adds(&j->error,
				    "no errorMessage given");
			return state;
		}
		if (state != COG_EXPORT_COMPLETED)
			return state;
		if (str(line, n, "sessionIdStart", &j->start) == 1 &&
		    str(line, n, "sessionIdEnd", &j->end) == 1)
			goto check;
	}
	if (str(line, n, "from", &j->start) != 1 ||
	    str(line, n, "to", &j->end) != 1) {
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
}
