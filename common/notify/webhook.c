/* webhook.c -- a webhook event: its payload, its delivery, its result */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit/audit.h"
#include "audit/sign.h"
#include "base/err.h"
#include "json/jget.h"
#include "json/json.h"
#include "notify/webhook.h"

#define EVENT_TYPE "export_status_sync"
#define COMPLIANCE_TAG "pii_masked_v1"

/* Append the raw JSON value at key (a string with its quotes), or dflt. */
static void
raw_member(const char *line, size_t n, const char *key, const char *dflt,
    struct cog_buf *out)
{
	struct cog_jval v;

	if (cog_jget(line, n, key, &v) != 1) {
		cog_buf_adds(out, dflt);
		return;
	}
	if (v.type == COG_JT_STRING) {
		v.p--;
		v.n += 2;
	}
	cog_buf_add(out, v.p, v.n);
}

int
cog_webhook_payload(const struct cog_webhook *w, const char *line,
    size_t n, struct cog_buf *body, const char **why)
{
	struct cog_buf status = COG_BUF_INIT;
	struct cog_json j;
	struct cog_jtok t;
	struct cog_jval v;
	struct timespec ts;
	int type, audit;

	memset(&j, 0, sizeof(j));
	cog_json_init(&j, line, n);
	cog_json_want(&j, 0);
	while ((type = cog_json_next(&j, &t)) != COG_JT_END)
		if (type == COG_JT_ERROR) {
			*why = "invalid JSON";
			cog_json_release(&j);
			return -1;
		}
	cog_json_release(&j);
	if (w->raw) {
		cog_buf_add(body, line, n);
		return 0;
	}
	if (cog_jget(line, n, "", &v) != 1 || v.type != COG_JT_OBJ_BEGIN) {
		*why = "not a JSON object (use --raw to send it as it is)";
		return -1;
	}
	audit = cog_jget(line, n, "entry_hash", &v) == 1 &&
	    cog_jget(line, n, "metrics", &v) == 1 && v.type ==
	    COG_JT_OBJ_BEGIN;
	cog_buf_adds(body, "{\"eventType\":\"" EVENT_TYPE "\",");
	cog_buf_adds(body, "\"timestamp\":\"");
	clock_gettime(CLOCK_REALTIME, &ts);
	cog_audit_time(body, &ts);
	cog_buf_adds(body, "\",\"jobId\":");
	raw_member(line, n, "jobId", "null", body);
	cog_buf_adds(body, ",\"status\":");
	if (w->status)
		cog_buf_add_jstr(body, w->status, strlen(w->status));
	else if (!audit && cog_jget_str(line, n, "status", &status) == 1)
		cog_buf_add_jstr(body, status.p, status.len);
	else
		cog_buf_adds(body, "\"COMPLETED\"");
	cog_buf_adds(body, ",\"metrics\":");
	if (cog_jget(line, n, "metrics", &v) == 1 && v.type ==
	    COG_JT_OBJ_BEGIN)
		cog_buf_add(body, v.p, v.n);
	else
		cog_buf_adds(body, "{}");
	cog_buf_adds(body, ",\"complianceTag\":\"" COMPLIANCE_TAG "\"");
	if (audit) {
		cog_buf_adds(body, ",\"audit\":{\"entry_hash\":");
		raw_member(line, n, "entry_hash", "null", body);
		cog_buf_adds(body, ",\"prev_hash\":");
		raw_member(line, n, "prev_hash", "null", body);
		cog_buf_adds(body, ",\"data_sha256\":");
		raw_member(line, n, "data_sha256", "null", body);
		cog_buf_adds(body, ",\"residual_pii\":");
		raw_member(line, n, "residual_pii", "null", body);
		cog_buf_addc(body, '}');
	} else if (cog_jget(line, n, "errorMessage", &v) == 1) {
		cog_buf_adds(body, ",\"errorMessage\":");
		raw_member(line, n, "errorMessage", "null", body);
	}
	cog_buf_addc(body, '}');
	cog_buf_release(&status);
	return 0;
}

/* The URL as it may be printed, for logs. */
static char *
loggable(const char *url)
{
	struct cog_buf b = COG_BUF_INIT;

	cog_http_shown_url(url, &b);
	return cog_buf_detach(&b, NULL);
}

int
cog_webhook_send(const struct cog_webhook *w, const char *url,
    const char *body, size_t n, struct cog_webhook_result *r)
{
	struct cog_buf hdr = COG_BUF_INIT;
	struct cog_http_req req;
	struct cog_http_resp resp;
	char *shown = loggable(url);
	int ok;

	cog_buf_reset(&r->error);
	cog_buf_adds(&hdr, "X-Cog-Signature: ");
	cog_webhook_signature(w->secret, w->secret_len, time(NULL), body, n,
	    &hdr);
	memset(&req, 0, sizeof(req));
	memset(&resp, 0, sizeof(resp));
	req.method = "POST";
	req.path = shown;
	req.url = url;
	req.body = body;
	req.body_len = n;
	req.headers = cog_http_headers(hdr.p, NULL);
	if (cog_http_request(w->http, &req, &resp) < 0) {
		cog_buf_adds(&r->error, resp.error);
		ok = 0;
	} else if (resp.status >= 200 && resp.status < 300) {
		ok = 1;
	} else {
		cog_buf_addf(&r->error, "HTTP %ld", resp.status);
		ok = 0;
	}
	r->status = resp.status;
	r->tries = resp.tries;
	cog_http_headers_free(req.headers);
	cog_http_resp_release(&resp);
	cog_buf_release(&hdr);
	free(shown);
	return ok;
}

void
cog_webhook_result_line(unsigned long long event, const char *file,
    const char *status, const struct cog_webhook_result *r,
    const char *spooled, const char *error, struct cog_buf *out)
{
	cog_buf_addf(out, "{\"event\":%llu,", event);
	if (file) {
		cog_buf_adds(out, "\"file\":");
		cog_buf_add_jstr(out, file, strlen(file));
		cog_buf_addc(out, ',');
	}
	cog_buf_addf(out, "\"status\":\"%s\",\"http_status\":", status);
	if (r && r->status > 0)
		cog_buf_addf(out, "%ld", r->status);
	else
		cog_buf_adds(out, "null");
	cog_buf_addf(out, ",\"attempts\":%d", r ? r->tries : 0);
	if (spooled) {
		cog_buf_adds(out, ",\"spool\":");
		cog_buf_add_jstr(out, spooled, strlen(spooled));
	}
	if (error && *error) {
		cog_buf_adds(out, ",\"error\":");
		cog_buf_add_jstr(out, error, strlen(error));
	}
	cog_buf_addc(out, '}');
}
