/* cog-export -- validate an export request, start the job, follow it */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/file.h"
#include "base/progress.h"
#include "json/jget.h"
#include "mask/rules.h"
#include "net/api.h"
#include "net/auth.h"
#include "net/exportreq.h"
#include "net/http.h"
#include "net/listing.h"
#include "net/retry.h"
#include "net/session.h"

#define MIB (1024.0 * 1024.0)
#define POLL_CAP 30.0		/* longest wait between polls, seconds */

enum {
	OPT_FORMAT = 256, OPT_FROM, OPT_JOB, OPT_JOB_FILE, OPT_MAX_MB,
	OPT_MAX_TIME, OPT_NO_PROGRESS, OPT_NO_QUOTA, OPT_NO_WAIT, OPT_POLL,
	OPT_PROGRESS, OPT_TO
};

static const char shortopts[] = ":hknR:r:Vv";
static const struct option longopts[] = {
	{ "allow-http", no_argument, NULL, COG_OPT_ALLOW_HTTP },
	{ "base-url", required_argument, NULL, COG_OPT_BASE_URL },
	{ "cacert", required_argument, NULL, COG_OPT_CACERT },
	{ "dry-run", no_argument, NULL, 'n' },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "from", required_argument, NULL, OPT_FROM },
	{ "help", no_argument, NULL, 'h' },
	{ "insecure", no_argument, NULL, 'k' },
	{ "job", required_argument, NULL, OPT_JOB },
	{ "job-file", required_argument, NULL, OPT_JOB_FILE },
	{ "max-storage-mb", required_argument, NULL, OPT_MAX_MB },
	{ "max-time", required_argument, NULL, OPT_MAX_TIME },
	{ "no-progress", no_argument, NULL, OPT_NO_PROGRESS },
	{ "no-quota-check", no_argument, NULL, OPT_NO_QUOTA },
	{ "no-wait", no_argument, NULL, OPT_NO_WAIT },
	{ "poll-interval", required_argument, NULL, OPT_POLL },
	{ "progress", no_argument, NULL, OPT_PROGRESS },
	{ "retries", required_argument, NULL, COG_OPT_RETRIES },
	{ "retry-max-time", required_argument, NULL, COG_OPT_RETRY_MAX_TIME },
	{ "rule", required_argument, NULL, 'R' },
	{ "rules", required_argument, NULL, 'r' },
	{ "to", required_argument, NULL, OPT_TO },
	{ "token-file", required_argument, NULL, COG_OPT_TOKEN_FILE },
	{ "verbose", no_argument, NULL, 'v' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static struct {
	const char *from, *to, *format, *job, *job_file, *token_file;
	const char **rulefiles, **rules;
	size_t nrulefiles, nrules;
	long max_mb;
	double poll, max_time;
	int dry_run, no_quota, no_wait, progress;
} opt = { .max_mb = -1, .poll = 1.0, .progress = -1 };

static struct cog_http http;
static struct cog_auth auth;

static void
help(void)
{
	fputs("usage: cog-export [-knv] [-R rule] [-r file] [--allow-http] "
	    "[--base-url url]\n"
	    "                  [--cacert file] [--format jsonl|csv|xml] "
	    "[--from id --to id]\n"
	    "                  [--job id] [--job-file file] "
	    "[--max-storage-mb n]\n"
	    "                  [--max-time seconds] "
	    "[--no-progress | --progress]\n"
	    "                  [--no-quota-check] [--no-wait] "
	    "[--poll-interval seconds]\n"
	    "                  [--retries n] [--retry-max-time seconds] "
	    "[--token-file file]\n"
"\n"
"Validate an export request, start the export job and poll it until it is\n"
"COMPLETED or FAILED, printing a status line whenever it changes; the last\n"
"line feeds cog-sessions.\n\n"
"      --from ID            first session id of the range\n"
"      --to ID              last session id of the range\n"
"  -r, --rules FILE         redaction rules: a list, or a whole export\n"
"                           request whose other members are defaults\n"
"  -R, --rule TYPE[:STRATEGY[:MIN_LENGTH[:KEEP_LAST]]]\n"
"                           one rule (repeatable)\n"
"      --format FORMAT      output format: jsonl (default), csv or xml\n"
"      --max-storage-mb N   the range must fit in N MB (500)\n"
"      --no-quota-check     do not list the range to check its size first\n"
"  -n, --dry-run            print the request and stop; no network\n"
"      --no-wait            print the job id once started; do not poll\n"
"      --job ID             follow the existing job ID (resume polling)\n"
"      --job-file FILE      write the job id to FILE once it is known\n"
"      --poll-interval S    first wait between polls, growing to 30 s (1)\n"
"      --max-time S         give up waiting after S seconds (no limit)\n"
"      --progress           show a progress bar on stderr\n"
"      --no-progress        do not (default: only on a terminal)\n"
"      --token-file FILE    read the bearer token from FILE\n"
"      --base-url URL       the tenant (default: COG_BASE_URL)\n"
"      --cacert FILE        trust the CA certificates in FILE\n"
"  -k, --insecure           do not verify the server's certificate\n"
"      --retries N          retries after 429, 5xx, network errors (5)\n"
"      --retry-max-time S   give up retrying after S seconds (120)\n"
"  -v, --verbose            log requests and retries on stderr\n"
"  -h, --help               show this help\n"
"  -V, --version            show the version\n"
"\nExit status: 0 COMPLETED (or started, with --no-wait), 1 FAILED, "
"2 error.\n", stdout);
	cog_exit(0);
}

static const char **
add(const char **v, size_t *n, const char *s)
{
	v = cog_xreallocarray(v, *n + 1, sizeof(*v));
	v[(*n)++] = s;
	return v;
}

static double
seconds(const char *arg, const char *name, double min)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(arg, &end);
	if (*arg == '\0' || *end != '\0' || errno || !isfinite(v) || v < min ||
	    v > 864000)
		cog_usage_error("%s: expected seconds from %g, got '%s'", name,
		    min, arg);
	return v;
}

static void
parse_options(int argc, char **argv)
{
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1)
		switch (c) {
		case 'h': help(); break;
		case 'n': opt.dry_run = 1; break;
		case 'R':
			opt.rules = add(opt.rules, &opt.nrules, optarg);
			break;
		case 'r':
			opt.rulefiles = add(opt.rulefiles, &opt.nrulefiles,
			    optarg);
			break;
		case 'V':
			puts("cog-export (cogtools) " COG_VERSION);
			cog_exit(0);
		case OPT_FORMAT: opt.format = optarg; break;
		case OPT_FROM: opt.from = optarg; break;
		case OPT_JOB: opt.job = optarg; break;
		case OPT_JOB_FILE: opt.job_file = optarg; break;
		case OPT_MAX_MB:
			opt.max_mb = cog_number_arg(optarg, "--max-storage-mb",
			    1, 100000000);
			break;
		case OPT_MAX_TIME:
			opt.max_time = seconds(optarg, "--max-time", 0);
			break;
		case OPT_NO_PROGRESS: opt.progress = 0; break;
		case OPT_NO_QUOTA: opt.no_quota = 1; break;
		case OPT_NO_WAIT: opt.no_wait = 1; break;
		case OPT_POLL:
			opt.poll = seconds(optarg, "--poll-interval", 0.01);
			break;
		case OPT_PROGRESS: opt.progress = 1; break;
		case OPT_TO: opt.to = optarg; break;
		case COG_OPT_TOKEN_FILE: opt.token_file = optarg; break;
		default:
			if (!cog_http_option(&http, c, optarg))
				cog_bad_option(c, argv);
		}
	if (optind < argc)
		cog_usage_error("unexpected argument '%s'", argv[optind]);
	if (opt.job && (opt.nrules || opt.nrulefiles || opt.format ||
	    opt.max_mb > 0 || opt.dry_run || opt.no_quota))
		cog_usage_error("--job follows a job already started: the "
		    "request options do not apply");
	if (opt.job && !cog_session_id_valid(opt.job, strlen(opt.job)))
		cog_usage_error("--job: not a valid job id '%s'", opt.job);
	if (opt.job && opt.no_wait)
		cog_usage_error("--job and --no-wait do not go together");
}

/* The request, from the options and the rules files. */
static struct {
	struct cog_rules rules;
	struct cog_buf from, to, format;
	struct cog_export_req req;
} rq;

static void
build_request(void)
{
	struct cog_buf text = COG_BUF_INIT;
	char err[512], sub[512];
	long file_mb = -1;
	size_t i;

	cog_rules_init(&rq.rules);
	for (i = 0; i < opt.nrulefiles; i++) {
		const char *f = opt.rulefiles[i];

		if (cog_rules_load(&rq.rules, f, err, sizeof(err)) < 0)
			cog_usage_error("--rules: %s", err);
		cog_buf_reset(&text);
		if (cog_file_read(f, &text) < 0)
			cog_die("cannot read '%s':", f);
		if (cog_export_file_fields(text.p, text.len, &rq.from, &rq.to,
		    &rq.format, &file_mb, sub, sizeof(sub)) < 0)
			cog_usage_error("--rules: %s: %s", f, sub);
	}
	cog_buf_release(&text);
	for (i = 0; i < opt.nrules; i++)
		if (cog_rules_add_spec(&rq.rules, opt.rules[i], err,
		    sizeof(err)) < 0)
			cog_usage_error("--rule: %s", err);
	rq.req.from = opt.from ? opt.from : rq.from.len ? rq.from.p : NULL;
	rq.req.to = opt.to ? opt.to : rq.to.len ? rq.to.p : NULL;
	rq.req.format = opt.format ? opt.format : rq.format.len ?
	    rq.format.p : "jsonl";
	rq.req.max_storage_mb = opt.max_mb > 0 ? opt.max_mb : file_mb > 0 ?
	    file_mb : COG_EXPORT_MAX_MB_DEFAULT;
	rq.req.rules = &rq.rules;
	if (!rq.req.from || !rq.req.to)
		cog_usage_error("no session range: give --from and --to (or a "
		    "request file with session_id_start and session_id_end)");
	if (!cog_session_id_valid(rq.req.from, strlen(rq.req.from)))
		cog_usage_error("not a valid session id: '%s'", rq.req.from);
	if (!cog_session_id_valid(rq.req.to, strlen(rq.req.to)))
		cog_usage_error("not a valid session id: '%s'", rq.req.to);
	if (!cog_export_format_ok(rq.req.format))
		cog_usage_error("unknown output format '%s' (jsonl, csv or "
		    "xml)", rq.req.format);
	if (rq.rules.listed == 0)
		cog_usage_error("no redaction rule: give --rules FILE or "
		    "--rule TYPE (an export needs at least one)");
	if (rq.rules.listed & ~((1ULL << COG_NBUILTIN) - 1))
		cog_usage_error("a rule names a type the API does not know");
}

/* ---- The quota: the sizes of the range's sessions, from the list. ---- */

struct quota {
	unsigned long long bytes, sessions, unsized;
};

static void
quota_item(void *arg, const char *p, size_t n)
{
	struct quota *q = arg;
	long long b;

	q->sessions++;
	if (cog_jget_int(p, n, "bytes", &b) == 1 && b >= 0)
		q->bytes += (unsigned long long)b;
	else
		q->unsized++;
}

static void
check_quota(void)
{
	struct quota q = { 0, 0, 0 };
	struct cog_listing l = { 1000, quota_item, NULL, &q };

	cog_listing_run(&auth, rq.req.from, rq.req.to, &l);
	if (q.unsized > 0) {
		cog_warn("warning: the session list gives no size for %llu of "
		    "%llu sessions: the quota is not checked", q.unsized,
		    q.sessions);
		return;
	}
	cog_http_log(&http, "quota: %llu sessions, %.1f MB of %ld MB",
	    q.sessions, q.bytes / MIB, rq.req.max_storage_mb);
	if ((double)q.bytes > rq.req.max_storage_mb * MIB)
		cog_die("over quota: the range %s..%s holds %llu sessions, "
		    "%.1f MB of transcripts, over --max-storage-mb %ld (raise "
		    "it, or narrow the range)", rq.req.from, rq.req.to,
		    q.sessions, q.bytes / MIB, rq.req.max_storage_mb);
}

/* ---- The job. ---- */

static void
write_job_file(const char *id)
{
	struct cog_buf b = COG_BUF_INIT;

	if (opt.job_file == NULL)
		return;
	cog_buf_addf(&b, "%s\n", id);
	if (cog_file_write(opt.job_file, b.p, b.len, 0666) < 0)
		cog_die("cannot write '%s':", opt.job_file);
	cog_buf_release(&b);
}

/* POST the request; return the job id (owned). */
static char *
start_job(void)
{
	struct cog_buf body = COG_BUF_INIT, msg = COG_BUF_INIT,
	    id = COG_BUF_INIT;
	struct cog_http_resp resp;

	memset(&resp, 0, sizeof(resp));
	cog_export_request_json(&rq.req, &body);
	if (cog_api_call(&auth, "POST", "/api/v1/export/jobs", body.p,
	    body.len, COG_SCOPE_EXPORT, &resp, &msg) < 0)
		cog_die("cannot start the export job: %s", msg.p);
	if (cog_jget_str(resp.body.p, resp.body.len, "jobId", &id) != 1 ||
	    !cog_session_id_valid(id.p, id.len))
		cog_die("cannot start the export job: the answer has no usable "
		    "\"jobId\"");
	cog_http_log(&http, "started job %s", id.p);
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

/* Poll job id until it ends; return the exit status. */
static int
follow(const char *id)
{
	struct cog_buf path = COG_BUF_INIT, msg = COG_BUF_INIT,
	    line = COG_BUF_INIT, last = COG_BUF_INIT;
	struct cog_export_job j;
	struct cog_http_resp resp;
	long long start = cog_clock_ms();
	double wait = opt.poll;
	int state, status;

	memset(&j, 0, sizeof(j));
	memset(&resp, 0, sizeof(resp));
	cog_buf_addf(&path, "/api/v1/export/jobs/%s", id);
	for (;;) {
		cog_buf_reset(&msg);
		if (cog_api_call(&auth, "GET", path.p, NULL, 0,
		    COG_SCOPE_EXPORT, &resp, &msg) < 0) {
			cog_progress_clear();
			if (resp.status == 404)
				cog_die("no export job '%s' (404)", id);
			cog_die("cannot poll job %s: %s; resume with "
			    "'cog-export --job %s'", id, msg.p, id);
		}
		state = cog_export_job_parse(resp.body.p, resp.body.len, &j);
		if (state < 0) {
			cog_progress_clear();
			cog_die("cannot poll job %s: the answer has no "
			    "\"status\"", id);
		}
		if (j.id.len == 0)
			cog_buf_adds(&j.id, id);
		cog_buf_reset(&line);
		cog_export_status_line(&j, state, rq.req.from, rq.req.to,
		    &line);
		if (line.len != last.len || memcmp(line.p, last.p,
		    line.len) != 0) {
			cog_progress_clear();
			printf("%s\n", line.p);
			fflush(stdout);
			cog_buf_reset(&last);
			cog_buf_add(&last, line.p, line.len);
		}
		draw(&j, id, state != COG_EXPORT_PENDING);
		if (state != COG_EXPORT_PENDING)
			break;
		if (opt.max_time > 0 && (cog_clock_ms() - start) / 1000.0 +
		    wait > opt.max_time) {
			cog_progress_clear();
			cog_die("job %s is still %s after %g s: resume with "
			    "'cog-export --job %s'", id, j.status.p,
			    opt.max_time, id);
		}
		cog_http_sleep_ms((long)(wait * 1000));
		wait = fmin(wait * 1.5, fmax(POLL_CAP, opt.poll));
	}
	cog_progress_clear();
	if (state == COG_EXPORT_COMPLETED) {
		status = COG_EXIT_OK;
		if (!rq.req.from && j.start.len == 0)
			cog_warn("warning: the job does not say its session "
			    "range: cog-sessions needs --from and --to");
	} else if (state == COG_EXPORT_FAILED) {
		cog_warn("export job %s failed: %s", id, j.error.len ?
		    j.error.p : "no errorMessage given");
		status = COG_EXIT_PARTIAL;
	} else {
		cog_warn("export job %s ended with status '%s', which this "
		    "program does not know", id, j.status.p);
		status = COG_EXIT_FATAL;
	}
	cog_export_job_release(&j);
	cog_http_resp_release(&resp);
	cog_buf_release(&path);
	cog_buf_release(&msg);
	cog_buf_release(&line);
	cog_buf_release(&last);
	return status;
}

int
main(int argc, char **argv)
{
	struct cog_buf b = COG_BUF_INIT;
	char *id;
	int status;

	cog_setprogname(argv[0]);
	cog_http_init(&http);
	parse_options(argc, argv);
	if (!opt.job)
		build_request();
	if (opt.dry_run) {
		cog_export_request_json(&rq.req, &b);
		printf("%s\n", b.p);
		cog_buf_release(&b);
		return cog_close_stdout(COG_EXIT_OK);
	}
	rq.req.from = opt.job ? opt.from : rq.req.from;
	rq.req.to = opt.job ? opt.to : rq.req.to;
	cog_http_setup(&http);
	cog_auth_init(&auth, &http, opt.token_file);
	cog_progress_enable(opt.progress >= 0 ? opt.progress :
	    isatty(STDERR_FILENO));
	if (opt.job) {
		id = cog_xstrdup(opt.job);
	} else {
		if (!opt.no_quota)
			check_quota();
		id = start_job();
	}
	write_job_file(id);
	if (opt.no_wait) {
		printf("{\"jobId\":\"%s\"}\n", id);
		status = COG_EXIT_OK;
	} else {
		status = follow(id);
	}
	free(id);
	cog_buf_release(&rq.from);
	cog_buf_release(&rq.to);
	cog_buf_release(&rq.format);
	free(opt.rules);
	free(opt.rulefiles);
	cog_auth_release(&auth);
	cog_http_release(&http);
	return cog_close_stdout(status);
}
