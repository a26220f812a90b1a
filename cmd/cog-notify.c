/* cog-notify -- deliver signed webhook events, spooling what cannot be */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "audit/audit.h"
#include "audit/sign.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/lines.h"
#include "base/secret.h"
#include "json/jget.h"
#include "json/json.h"
#include "net/http.h"
#include "notify/spool.h"

#define EVENT_TYPE "export_status_sync"
#define COMPLIANCE_TAG "pii_masked_v1"

enum {
	OPT_ALLOW_HTTP = 256, OPT_FLUSH, OPT_RAW, OPT_SPOOL, OPT_STATUS,
	OPT_URL
};

static const char shortopts[] = ":hkVv";
static const struct option longopts[] = {
	{ "allow-http", no_argument, NULL, OPT_ALLOW_HTTP },
	{ "cacert", required_argument, NULL, COG_OPT_CACERT },
	{ "flush", required_argument, NULL, OPT_FLUSH },
	{ "help", no_argument, NULL, 'h' },
	{ "insecure", no_argument, NULL, 'k' },
	{ "raw", no_argument, NULL, OPT_RAW },
	{ "retries", required_argument, NULL, COG_OPT_RETRIES },
	{ "retry-max-time", required_argument, NULL, COG_OPT_RETRY_MAX_TIME },
	{ "spool", required_argument, NULL, OPT_SPOOL },
	{ "status", required_argument, NULL, OPT_STATUS },
	{ "url", required_argument, NULL, OPT_URL },
	{ "verbose", no_argument, NULL, 'v' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static struct {
	const char *flush, *spool, *status, *url;
	int allow_http, raw;
} opt;

static struct cog_http http;
static struct cog_secret secret;
static unsigned long long nevents, nundelivered;

static void
help(void)
{
	fputs("usage: cog-notify [-kv] [--allow-http] [--cacert file] [--raw] "
	    "[--retries n]\n"
	    "                  [--retry-max-time seconds] [--spool dir] "
	    "[--status status]\n"
	    "                  --url url [file ...]\n"
	    "       cog-notify --flush dir [-kv] [--allow-http] "
	    "[--cacert file] [--retries n]\n"
	    "                  [--retry-max-time seconds] [--url url]\n"
"\n"
"POST a signed webhook for each JSON line read: an audit entry (or any\n"
"object) becomes the export_status_sync payload.  One result line per\n"
"event on standard output.\n\n"
"      --url URL            the receiver (https, unless --allow-http)\n"
"      --allow-http         also send to http:// URLs\n"
"      --spool DIR          keep events not delivered as files in DIR\n"
"      --flush DIR          send the events spooled in DIR again, in order;\n"
"                           each one delivered is removed\n"
"      --status STATUS      the payload's status (default: COMPLETED, or the\n"
"                           event's own)\n"
"      --raw                send each line as it is, not as the payload\n"
"      --cacert FILE        trust the CA certificates in FILE\n"
"  -k, --insecure           do not verify the server's certificate\n"
"      --retries N          retries after 429, 5xx, network errors (5)\n"
"      --retry-max-time S   give up retrying after S seconds (120)\n"
"  -v, --verbose            log requests and retries on stderr\n"
"  -h, --help               show this help\n"
"  -V, --version            show the version\n"
"\nThe signing secret comes from COG_WEBHOOK_SECRET.\n"
"Exit status: 0 all delivered, 1 some spooled or failed, 2 error.\n",
	    stdout);
	cog_exit(0);
}

static void
parse_options(int argc, char **argv)
{
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1)
		switch (c) {
		case 'h': help(); break;
		case 'V':
			puts("cog-notify (cogtools) " COG_VERSION);
			cog_exit(0);
		case OPT_ALLOW_HTTP: opt.allow_http = 1; break;
		case OPT_FLUSH: opt.flush = optarg; break;
		case OPT_RAW: opt.raw = 1; break;
		case OPT_SPOOL: opt.spool = optarg; break;
		case OPT_STATUS:
			if (*optarg == '\0')
				cog_usage_error("--status: empty status");
			opt.status = optarg;
			break;
		case OPT_URL: opt.url = optarg; break;
		default:
			if (!cog_http_option(&http, c, optarg))
				cog_bad_option(c, argv);
		}
	if (opt.flush) {
		if (opt.spool || opt.status || opt.raw)
			cog_usage_error("--flush resends events as they were "
			    "spooled: --spool, --status and --raw do not "
			    "apply");
		if (optind < argc)
			cog_usage_error("unexpected argument '%s' (--flush "
			    "reads the spool)", argv[optind]);
	} else if (opt.url == NULL) {
		cog_usage_error("no receiver: give --url");
	}
}

/* Die unless url may be sent to: https, or http with --allow-http. */
static void
check_url(const char *url, const char *what)
{
	char *scheme = NULL;
	CURLU *u;

	if ((u = curl_url()) == NULL)
		cog_die("out of memory");
	if (curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK)
		cog_usage_error("%s: not a URL: '%s'", what, url);
	if (strcmp(scheme, "http") == 0 && !opt.allow_http)
		cog_usage_error("%s: refusing plain http to '%s': use https, "
		    "or --allow-http", what, url);
	if (strcmp(scheme, "https") != 0 && strcmp(scheme, "http") != 0)
		cog_usage_error("%s: '%s' is not an http or https URL", what,
		    url);
	curl_free(scheme);
	curl_url_cleanup(u);
}

static void
load_secret(void)
{
	if (!cog_secret_env(&secret, "COG_WEBHOOK_SECRET"))
		cog_die("no signing secret: set COG_WEBHOOK_SECRET");
	if (secret.len < COG_SIGN_MIN_SECRET)
		cog_die("the secret in COG_WEBHOOK_SECRET is too short (at "
		    "least %d bytes)", COG_SIGN_MIN_SECRET);
}

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

/*
 * Build the payload of one event line into body.  Return 0, or -1 with
 * *why set when the line cannot be an event.
 */
static int
payload(const char *line, size_t n, struct cog_buf *body, const char **why)
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
	if (opt.raw) {
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
	if (opt.status)
		cog_buf_add_jstr(body, opt.status, strlen(opt.status));
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

/* The URL without its query, for logs: a query may carry a secret. */
static char *
loggable(const char *url)
{
	return cog_xstrndup(url, strcspn(url, "?#"));
}

/*
 * POST body to url, signed.  Return 1 when delivered (2xx); else 0 with
 * the reason in err.  *status and *tries describe the last answer.
 */
static int
deliver(const char *url, const char *body, size_t n, long *status,
    int *tries, struct cog_buf *err)
{
	struct cog_buf hdr = COG_BUF_INIT;
	struct cog_http_req req;
	struct cog_http_resp resp;
	struct curl_slist *extra;
	char *shown = loggable(url);
	int ok;

	cog_buf_adds(&hdr, "X-Cog-Signature: ");
	cog_webhook_signature(secret.p, secret.len, time(NULL), body, n, &hdr);
	if ((extra = curl_slist_append(NULL, hdr.p)) == NULL)
		cog_die("out of memory");
	memset(&req, 0, sizeof(req));
	memset(&resp, 0, sizeof(resp));
	req.method = "POST";
	req.path = shown;
	req.url = url;
	req.body = body;
	req.body_len = n;
	req.headers = extra;
	if (cog_http_request(&http, &req, &resp) < 0) {
		cog_buf_adds(err, resp.error);
		ok = 0;
	} else if (resp.status >= 200 && resp.status < 300) {
		ok = 1;
	} else {
		cog_buf_addf(err, "HTTP %ld", resp.status);
		ok = 0;
	}
	*status = resp.status;
	*tries = resp.tries;
	curl_slist_free_all(extra);
	cog_http_resp_release(&resp);
	cog_buf_release(&hdr);
	free(shown);
	return ok;
}

/* Print one result line. */
static void
result(unsigned long long event, const char *file, const char *status,
    long http_status, int tries, const char *spooled, const char *err)
{
	struct cog_buf b = COG_BUF_INIT;

	cog_buf_addf(&b, "{\"event\":%llu,", event);
	if (file) {
		cog_buf_adds(&b, "\"file\":");
		cog_buf_add_jstr(&b, file, strlen(file));
		cog_buf_addc(&b, ',');
	}
	cog_buf_addf(&b, "\"status\":\"%s\",\"http_status\":", status);
	if (http_status > 0)
		cog_buf_addf(&b, "%ld", http_status);
	else
		cog_buf_adds(&b, "null");
	cog_buf_addf(&b, ",\"attempts\":%d", tries);
	if (spooled) {
		cog_buf_adds(&b, ",\"spool\":");
		cog_buf_add_jstr(&b, spooled, strlen(spooled));
	}
	if (err && *err) {
		cog_buf_adds(&b, ",\"error\":");
		cog_buf_add_jstr(&b, err, strlen(err));
	}
	cog_buf_addc(&b, '}');
	puts(b.p);
	fflush(stdout);
	cog_buf_release(&b);
}

static void
event(const char *line, size_t n, const char *name, unsigned long lineno)
{
	struct cog_buf body = COG_BUF_INIT, err = COG_BUF_INIT,
	    spooled = COG_BUF_INIT;
	const char *why;
	long status = 0;
	int tries = 0;

	nevents++;
	if (payload(line, n, &body, &why) < 0) {
		cog_warn("%s:%lu: %s", name, lineno, why);
		nundelivered++;
		result(nevents, NULL, "failed", 0, 0, NULL, why);
		cog_buf_release(&body);
		return;
	}
	if (deliver(opt.url, body.p, body.len, &status, &tries, &err)) {
		result(nevents, NULL, "delivered", status, tries, NULL, NULL);
	} else {
		nundelivered++;
		if (opt.spool && cog_spool_put(opt.spool, opt.url, body.p,
		    body.len, &spooled) < 0)
			cog_die("cannot spool event %llu in '%s':", nevents,
			    opt.spool);
		cog_warn("event %llu not delivered: %s%s", nevents, err.p,
		    opt.spool ? " (spooled)" : "");
		result(nevents, NULL, opt.spool ? "spooled" : "failed", status,
		    tries, opt.spool ? spooled.p : NULL, err.p);
	}
	cog_buf_release(&body);
	cog_buf_release(&err);
	cog_buf_release(&spooled);
}

static void
send_input(int argc, char **argv)
{
	struct cog_lines in;
	char *line;
	size_t len;
	int nl, r;

	if (optind == argc)
		argv[--optind] = "-";
	for (; optind < argc; optind++) {
		if (cog_lines_open(&in, argv[optind]) < 0)
			cog_die("cannot open '%s':", argv[optind]);
		while ((r = cog_lines_next(&in, &line, &len, &nl)) > 0) {
			if (len > 0 && line[len - 1] == '\r')
				len--;
			if (!cog_blank(line, len))
				event(line, len, in.name, in.lineno);
		}
		if (r < 0)
			cog_die("cannot read '%s':", in.name);
		cog_lines_close(&in);
	}
}

/* Send each spooled event once more; remove it when delivered. */
static void
flush(void)
{
	struct cog_buf url = COG_BUF_INIT, body = COG_BUF_INIT,
	    err = COG_BUF_INIT;
	char **names;
	size_t i, n;
	long status;
	int fd, tries, r;

	if ((fd = cog_spool_lock(opt.flush)) < 0)
		cog_die("cannot lock the spool '%s':", opt.flush);
	if (cog_spool_list(opt.flush, &names, &n) < 0)
		cog_die("cannot read the spool '%s':", opt.flush);
	for (i = 0; i < n; i++) {
		cog_buf_reset(&url);
		cog_buf_reset(&body);
		cog_buf_reset(&err);
		status = 0;
		tries = 0;
		nevents++;
		r = cog_spool_read(opt.flush, names[i], &url, &body);
		if (r < 0) {
			if (r == -1 && errno == ENOENT) {
				nevents--;	/* gone meanwhile */
				continue;
			}
			cog_warn("%s/%s: %s", opt.flush, names[i], r == -1 ?
			    strerror(errno) : "not a spooled event");
			nundelivered++;
			result(nevents, names[i], "failed", 0, 0, NULL,
			    "not a spooled event");
			continue;
		}
		if (opt.url) {
			cog_buf_reset(&url);
			cog_buf_adds(&url, opt.url);
		} else {
			check_url(url.p, names[i]);
		}
		if (deliver(url.p, body.p, body.len, &status, &tries, &err)) {
			if (cog_spool_remove(opt.flush, names[i]) < 0)
				cog_die("delivered, but cannot remove "
				    "'%s/%s':", opt.flush, names[i]);
			result(nevents, names[i], "delivered", status, tries,
			    NULL, NULL);
		} else {
			nundelivered++;
			cog_warn("%s: not delivered: %s (left in the spool)",
			    names[i], err.p);
			result(nevents, names[i], "failed", status, tries, NULL,
			    err.p);
		}
	}
	close(fd);
	cog_spool_names_free(names, n);
	cog_buf_release(&url);
	cog_buf_release(&body);
	cog_buf_release(&err);
}

int
main(int argc, char **argv)
{
	cog_setprogname(argv[0]);
	cog_http_init(&http);
	parse_options(argc, argv);
	cog_http_setup_bare(&http);
	if (opt.url)
		check_url(opt.url, "--url");
	load_secret();
	if (opt.flush)
		flush();
	else
		send_input(argc, argv);
	cog_http_log(&http, "%llu event%s, %llu not delivered", nevents,
	    nevents == 1 ? "" : "s", nundelivered);
	cog_secret_release(&secret);
	cog_http_release(&http);
	return cog_close_stdout(nundelivered ? COG_EXIT_PARTIAL : COG_EXIT_OK);
}
