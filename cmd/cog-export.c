/* cog-export -- validate an export request, start the job, follow it */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/file.h"
#include "base/out.h"
#include "base/progress.h"
#include "net/export.h"
#include "net/exportreq.h"
#include "net/jobline.h"
#include "net/session.h"
#include "net/tool.h"

#define POLL_CAP 30.0		/* longest wait between polls, seconds */

enum {
	OPT_FORMAT = 256, OPT_FROM, OPT_JOB, OPT_JOB_FILE, OPT_MAX_MB,
	OPT_MAX_TIME, OPT_NO_PROGRESS, OPT_NO_QUOTA, OPT_NO_WAIT, OPT_POLL,
	OPT_PROGRESS, OPT_PROJECT, OPT_SINCE, OPT_TO, OPT_UNTIL
};

static const char shortopts[] = ":hknR:r:Vv";
static const struct option longopts[] = {
	{ "dry-run", no_argument, NULL, 'n' },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "from", required_argument, NULL, OPT_FROM },
	{ "job", required_argument, NULL, OPT_JOB },
	{ "job-file", required_argument, NULL, OPT_JOB_FILE },
	{ "max-storage-mb", required_argument, NULL, OPT_MAX_MB },
	{ "max-time", required_argument, NULL, OPT_MAX_TIME },
	{ "no-progress", no_argument, NULL, OPT_NO_PROGRESS },
	{ "no-quota-check", no_argument, NULL, OPT_NO_QUOTA },
	{ "no-wait", no_argument, NULL, OPT_NO_WAIT },
	{ "poll-interval", required_argument, NULL, OPT_POLL },
	{ "progress", no_argument, NULL, OPT_PROGRESS },
	{ "project", required_argument, NULL, OPT_PROJECT },
	{ "rule", required_argument, NULL, 'R' },
	{ "rules", required_argument, NULL, 'r' },
	{ "since", required_argument, NULL, OPT_SINCE },
	{ "to", required_argument, NULL, OPT_TO },
	{ "until", required_argument, NULL, OPT_UNTIL },
	{ NULL, 0, NULL, 0 }
};

static struct {
	struct cog_export_opts rq;
	struct cog_tool_range range;	/* --project, --since, --until */
	const char *job, *job_file;
	double poll, max_time;
	int dry_run, no_quota, no_wait, progress;
} opt = { .rq.max_mb = -1, .poll = 1.0, .progress = -1 };

static struct cog_tool tool;

static const char help_head[] =
"usage: cog-export [-knv] [-R rule] [-r file] [--allow-http] "
"[--api name]\n"
"                  [--base-url url] [--cacert file] "
"[--format jsonl|csv|xml]\n"
"                  [--from id --to id] [--job id] [--job-file file]\n"
"                  [--key-in-query] [--max-storage-mb n] "
"[--max-time seconds]\n"
"                  [--no-progress | --progress] [--no-quota-check] "
"[--no-wait]\n"
"                  [--poll-interval seconds] [--project id] "
"[--rate n/s]\n"
"                  [--retries n] [--retry-max-time seconds] "
"[--since time]\n"
"                  [--token-file file] [--until time]\n"
"\n"
"Validate an export request, start the export job and poll it until it is\n"
"COMPLETED or FAILED, printing a status line whenever it changes; the last\n"
"line feeds cog-sessions.  With --api rest or odata, which have no export\n"
"job, validate the request and print the COMPLETED line of its range.\n\n"
"      --from ID            first session id of the range\n"
"      --to ID              last session id of the range\n"
"      --project ID         the sessions of this project (rest, odata)\n"
"      --since TIME         the sessions started at TIME or later\n"
"      --until TIME         ... and before TIME (rest, odata; ISO 8601)\n"
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
"      --no-progress        do not (default: only on a terminal)\n";

static const char help_tail[] =
"\nExit status: 0 COMPLETED (or started, with --no-wait), "
"1 FAILED, 2 error.\n";

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

static void
parse_options(int argc, char **argv)
{
	int c;

	while ((c = cog_tool_getopt(&tool, argc, argv, shortopts)) != -1)
		switch (c) {
		case 'n': opt.dry_run = 1; break;
		case 'R':
			opt.rq.rules = add(opt.rq.rules, &opt.rq.nrules,
			    optarg);
			break;
		case 'r':
			opt.rq.rulefiles = add(opt.rq.rulefiles,
			    &opt.rq.nrulefiles, optarg);
			break;
		case OPT_FORMAT: opt.rq.format = optarg; break;
		case OPT_FROM: opt.rq.from = optarg; break;
		case OPT_JOB: opt.job = optarg; break;
		case OPT_JOB_FILE: opt.job_file = optarg; break;
		case OPT_MAX_MB:
			opt.rq.max_mb = cog_number_arg(optarg,
			    "--max-storage-mb", 1, 100000000);
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
		case OPT_PROJECT: opt.range.r.project = optarg; break;
		case OPT_SINCE: cog_tool_since(&opt.range, optarg); break;
		case OPT_TO: opt.rq.to = optarg; break;
		case OPT_UNTIL: cog_tool_until(&opt.range, optarg); break;
		}
	opt.rq.other_range = opt.range.r.project || opt.range.r.since ||
	    opt.range.r.until;
	if (optind < argc)
		cog_usage_error("unexpected argument '%s'", argv[optind]);
	if (opt.job && (opt.rq.nrules || opt.rq.nrulefiles || opt.rq.format ||
	    opt.rq.max_mb > 0 || opt.dry_run || opt.no_quota))
		cog_usage_error("--job follows a job already started: the "
		    "request options do not apply");
	if (opt.job && !cog_session_id_valid(opt.job, strlen(opt.job)))
		cog_usage_error("--job: not a valid job id '%s'", opt.job);
	if (opt.job && opt.no_wait)
		cog_usage_error("--job and --no-wait do not go together");
	if (tool.api->export_path && opt.rq.other_range)
		cog_usage_error("--api %s: --project, --since and --until: its "
		    "export job takes an id range only", tool.api->name);
	if (!tool.api->export_path && opt.job)
		cog_usage_error("--api %s has no export jobs: --job does not "
		    "apply", tool.api->name);
}

/*
 * A dialect with no export job: the request is checked as for a job
 * (and the quota), then the COMPLETED line of its range is printed for
 * cog-sessions, under an id made from the request.
 */
static int
no_job(const struct cog_export_req *r, struct cog_out *out)
{
	struct cog_api_range range = opt.range.r;
	struct cog_export_job j;
	const char *why;
	char *id;

	range.from = r->from;
	range.to = r->to;
	if ((why = cog_api_range_check(tool.api, &range)) != NULL)
		cog_usage_error("--api %s: %s", tool.api->name, why);
	if (!opt.no_quota)
		cog_export_check_quota(&tool.auth, &range, r->max_storage_mb);
	id = cog_export_request_id(r, &range);
	write_job_file(id);
	memset(&j, 0, sizeof(j));
	cog_buf_adds(&j.id, id);
	cog_buf_adds(&j.status, "COMPLETED");
	j.progress = 100;
	if (range.project)
		cog_buf_adds(&j.project, range.project);
	if (range.since)
		cog_buf_adds(&j.since, range.since);
	if (range.until)
		cog_buf_adds(&j.until, range.until);
	cog_jobline_write(&j, COG_EXPORT_COMPLETED, range.from, range.to,
	    &out->b);
	cog_buf_addc(&out->b, '\n');
	cog_http_log(&tool.http, "no export job with --api %s: the request "
	    "is %s", tool.api->name, id);
	cog_export_job_release(&j);
	free(id);
	return COG_EXIT_OK;
}


int
main(int argc, char **argv)
{
	struct cog_export_wait w = { 0, POLL_CAP, 0, NULL, NULL };
	struct cog_export_build rq;
	struct cog_out out;
	char *id;
	int status;

	cog_setprogname(argv[0]);
	cog_tool_init(&tool, COG_TOOL_TENANT | COG_TOOL_TOKEN_FILE, longopts,
	    help_head, help_tail);
	parse_options(argc, argv);
	memset(&rq, 0, sizeof(rq));
	if (!opt.job)
		cog_export_build(&rq, &opt.rq);
	cog_out_init(&out, STDOUT_FILENO);
	if (opt.dry_run) {
		cog_export_request_json(&rq.req, &out.b);
		cog_buf_addc(&out.b, '\n');
		status = COG_EXIT_OK;
		goto out;
	}
	cog_tool_setup(&tool);
	cog_progress_enable(opt.progress >= 0 ? opt.progress :
	    isatty(STDERR_FILENO));
	if (!tool.api->export_path) {
		status = no_job(&rq.req, &out);
		goto out;
	}
	if (opt.job) {
		id = cog_xstrdup(opt.job);
	} else {
		if (!opt.no_quota) {
			struct cog_api_range range = { .from = rq.req.from,
			    .to = rq.req.to };

			cog_export_check_quota(&tool.auth, &range,
			    rq.req.max_storage_mb);
		}
		id = cog_export_start(&tool.auth, &rq.req);
	}
	write_job_file(id);
	if (opt.no_wait) {
		cog_buf_addf(&out.b, "{\"jobId\":\"%s\"}\n", id);
		status = COG_EXIT_OK;
	} else {
		w.poll = opt.poll;
		w.max_time = opt.max_time;
		w.from = opt.job ? opt.rq.from : rq.req.from;
		w.to = opt.job ? opt.rq.to : rq.req.to;
		status = cog_export_follow(&tool.auth, id, &w, &out);
	}
	free(id);
out:
	cog_out_flush(&out);
	cog_out_release(&out);
	cog_export_build_release(&rq);
	free(opt.rq.rules);
	free(opt.rq.rulefiles);
	cog_tool_release(&tool);
	return cog_close_stdout(status);
}
