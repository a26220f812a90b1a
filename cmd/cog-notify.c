/* cog-notify -- deliver signed webhook events, spooling what cannot be */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "audit/sign.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/lines.h"
#include "base/out.h"
#include "base/secret.h"
#include "net/tool.h"
#include "notify/spool.h"
#include "notify/webhook.h"

enum { OPT_FLUSH = 256, OPT_RAW, OPT_SPOOL, OPT_STATUS, OPT_URL };

static const char shortopts[] = ":hkVv";
static const struct option longopts[] = {
	{ "flush", required_argument, NULL, OPT_FLUSH },
	{ "raw", no_argument, NULL, OPT_RAW },
	{ "spool", required_argument, NULL, OPT_SPOOL },
	{ "status", required_argument, NULL, OPT_STATUS },
	{ "url", required_argument, NULL, OPT_URL },
	{ NULL, 0, NULL, 0 }
};

static struct {
	const char *flush, *spool, *url;
} opt;

static struct cog_tool tool;
static struct cog_webhook hook;
static struct cog_secret secret;
static struct cog_out out;
static unsigned long long nevents, nundelivered;

static const char help_head[] =
"usage: cog-notify [-kv] [--allow-http] [--cacert file] [--raw] "
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
"      --url URL            the receiver: https, or see --allow-http\n"
"      --spool DIR          keep events not delivered as files in DIR\n"
"      --flush DIR          send the events spooled in DIR again, in order;\n"
"                           each one delivered is removed\n"
"      --status STATUS      the payload's status (default: COMPLETED, or the\n"
"                           event's own)\n"
"      --raw                send each line as it is, not as the payload\n";

static const char help_tail[] =
"\nThe signing secret comes from COG_WEBHOOK_SECRET.\n"
"Exit status: 0 all delivered, 1 some spooled or failed, 2 error.\n";

static void
parse_options(int argc, char **argv)
{
	int c;

	while ((c = cog_tool_getopt(&tool, argc, argv, shortopts)) != -1)
		switch (c) {
		case OPT_FLUSH: opt.flush = optarg; break;
		case OPT_RAW: hook.raw = 1; break;
		case OPT_SPOOL: opt.spool = optarg; break;
		case OPT_STATUS:
			if (*optarg == '\0')
				cog_usage_error("--status: empty status");
			hook.status = optarg;
			break;
		case OPT_URL: opt.url = optarg; break;
		}
	if (opt.flush) {
		if (opt.spool || hook.status || hook.raw)
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

static void
load_secret(void)
{
	if (!cog_secret_env(&secret, "COG_WEBHOOK_SECRET"))
		cog_die("no signing secret: set COG_WEBHOOK_SECRET");
	if (secret.len < COG_SIGN_MIN_SECRET)
		cog_die("the secret in COG_WEBHOOK_SECRET is too short (at "
		    "least %d bytes)", COG_SIGN_MIN_SECRET);
	hook.secret = secret.p;
	hook.secret_len = secret.len;
}

/* Print one result line. */
static void
result(const char *file, const char *status,
    const struct cog_webhook_result *r, const char *spooled,
    const char *error)
{
	cog_webhook_result_line(nevents, file, status, r, spooled, error,
	    &out.b);
	cog_buf_addc(&out.b, '\n');
	cog_out_commit(&out);
}

static void
event(const char *line, size_t n, const char *name, unsigned long lineno)
{
	struct cog_buf body = COG_BUF_INIT, spooled = COG_BUF_INIT;
	struct cog_webhook_result r;
	const char *why;

	memset(&r, 0, sizeof(r));
	nevents++;
	if (cog_webhook_payload(&hook, line, n, &body, &why) < 0) {
		cog_warn("%s:%lu: %s", name, lineno, why);
		nundelivered++;
		result(NULL, "failed", NULL, NULL, why);
	} else if (cog_webhook_send(&hook, opt.url, body.p, body.len, &r)) {
		result(NULL, "delivered", &r, NULL, NULL);
	} else {
		nundelivered++;
		if (opt.spool && cog_spool_put(opt.spool, opt.url, body.p,
		    body.len, &spooled) < 0)
			cog_die("cannot spool event %llu in '%s':", nevents,
			    opt.spool);
		cog_warn("event %llu not delivered: %s%s", nevents, r.error.p,
		    opt.spool ? " (spooled)" : "");
		result(NULL, opt.spool ? "spooled" : "failed", &r,
		    opt.spool ? spooled.p : NULL, r.error.p);
	}
	cog_buf_release(&body);
	cog_buf_release(&r.error);
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
	struct cog_buf url = COG_BUF_INIT, body = COG_BUF_INIT;
	struct cog_webhook_result r;
	char **names;
	size_t i, n;
	int fd, rc;

	memset(&r, 0, sizeof(r));
	if ((fd = cog_spool_lock(opt.flush)) < 0)
		cog_die("cannot lock the spool '%s':", opt.flush);
	if (cog_spool_list(opt.flush, &names, &n) < 0)
		cog_die("cannot read the spool '%s':", opt.flush);
	for (i = 0; i < n; i++) {
		cog_buf_reset(&url);
		cog_buf_reset(&body);
		rc = cog_spool_read(opt.flush, names[i], &url, &body);
		if (rc == -1 && errno == ENOENT)
			continue;	/* gone meanwhile */
		nevents++;
		if (rc < 0) {
			cog_warn("%s/%s: %s", opt.flush, names[i], rc == -1 ?
			    strerror(errno) : "not a spooled event");
			nundelivered++;
			result(names[i], "failed", NULL, NULL,
			    "not a spooled event");
			continue;
		}
		if (opt.url) {
			cog_buf_reset(&url);
			cog_buf_adds(&url, opt.url);
		} else {
			cog_http_check_url(&tool.http, url.p, names[i]);
		}
		if (cog_webhook_send(&hook, url.p, body.p, body.len, &r)) {
			if (cog_spool_remove(opt.flush, names[i]) < 0)
				cog_die("delivered, but cannot remove "
				    "'%s/%s':", opt.flush, names[i]);
			result(names[i], "delivered", &r, NULL, NULL);
		} else {
			nundelivered++;
			cog_warn("%s: not delivered: %s (left in the spool)",
			    names[i], r.error.p);
			result(names[i], "failed", &r, NULL, r.error.p);
		}
	}
	close(fd);
	cog_spool_names_free(names, n);
	cog_buf_release(&url);
	cog_buf_release(&body);
	cog_buf_release(&r.error);
}

int
main(int argc, char **argv)
{
	cog_setprogname(argv[0]);
	cog_tool_init(&tool, 0, longopts, help_head,
	    help_tail);
	hook.http = &tool.http;
	parse_options(argc, argv);
	cog_tool_setup(&tool);
	if (opt.url)
		cog_http_check_url(&tool.http, opt.url, "--url");
	load_secret();
	cog_out_init(&out, STDOUT_FILENO);
	out.unbuffered = 1;
	if (opt.flush)
		flush();
	else
		send_input(argc, argv);
	cog_http_log(&tool.http, "%llu event%s, %llu not delivered", nevents,
	    nevents == 1 ? "" : "s", nundelivered);
	cog_out_release(&out);
	cog_secret_release(&secret);
	cog_tool_release(&tool);
	return cog_close_stdout(nundelivered ? COG_EXIT_PARTIAL : COG_EXIT_OK);
}
