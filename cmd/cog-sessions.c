/* cog-sessions -- list the sessions of a range, following the cursor */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/lines.h"
#include "base/out.h"
#include "net/jobline.h"
#include "net/listing.h"
#include "net/session.h"
#include "net/tool.h"

enum {
	OPT_FROM = 256, OPT_PAGE_SIZE, OPT_PROJECT, OPT_SINCE, OPT_TO,
	OPT_UNTIL
};

static const char shortopts[] = ":hkVv";
static const struct option longopts[] = {
	{ "from", required_argument, NULL, OPT_FROM },
	{ "page-size", required_argument, NULL, OPT_PAGE_SIZE },
	{ "project", required_argument, NULL, OPT_PROJECT },
	{ "since", required_argument, NULL, OPT_SINCE },
	{ "to", required_argument, NULL, OPT_TO },
	{ "until", required_argument, NULL, OPT_UNTIL },
	{ NULL, 0, NULL, 0 }
};

static struct {
	struct cog_tool_range range;
	long page_size;
} opt = { .page_size = 100 };

static struct cog_tool tool;
static struct cog_out out;
static unsigned long long nsessions;

static const char help_head[] =
"usage: cog-sessions [-kv] [--allow-http] [--api name] "
"[--base-url url]\n"
"                    [--cacert file] [--from id --to id] "
"[--key-in-query]\n"
"                    [--page-size n] [--project id] [--rate n/s] "
"[--retries n]\n"
"                    [--retry-max-time seconds] [--since time]\n"
"                    [--token-file file] [--until time] [file ...]\n"
"\n"
"List the sessions of a range, one JSON line per session.  Without --from\n"
"and --to, --project, --since or --until, the range comes from the export\n"
"job status lines (cog-export's COMPLETED line) in the files, or on\n"
"standard input without one or where a file is -.\n\n"
"      --from ID            first session id of the range\n"
"      --to ID              last session id of the range\n"
"      --project ID         the sessions of this project (rest, odata)\n"
"      --since TIME         the sessions started at TIME or later\n"
"      --until TIME         ... and before TIME (ISO 8601, 2026-03-01T09:00Z)\n"
"      --page-size N        sessions per request, 1 to 1000 (100)\n";

static const char help_tail[] =
"\nThe token comes from --token-file, COG_TOKEN (rest, odata: the API key in\n"
"COG_API_KEY or COG_API_KEY_FILE) or cog-auth's cache.\n"
"Exit status: 0 done, 2 error (a page that kept failing included).\n";

/* Whether the options name a range (else job lines give it). */
static int
given(const struct cog_api_range *r)
{
	return r->from || r->project || r->since || r->until;
}

static void
parse_options(int argc, char **argv)
{
	const struct cog_api_range *r = &opt.range.r;
	int c;

	while ((c = cog_tool_getopt(&tool, argc, argv, shortopts)) != -1)
		switch (c) {
		case OPT_FROM: opt.range.r.from = optarg; break;
		case OPT_PAGE_SIZE:
			opt.page_size = cog_number_arg(optarg, "--page-size", 1,
			    1000);
			break;
		case OPT_PROJECT: opt.range.r.project = optarg; break;
		case OPT_SINCE: cog_tool_since(&opt.range, optarg); break;
		case OPT_TO: opt.range.r.to = optarg; break;
		case OPT_UNTIL: cog_tool_until(&opt.range, optarg); break;
		}
	if (optind < argc && given(r))
		cog_usage_error("a range is given by options or by job lines, "
		    "not both ('%s')", argv[optind]);
	if (!r->from != !r->to)
		cog_usage_error("--from and --to go together");
	if (r->from && (!cog_session_id_valid(r->from, strlen(r->from)) ||
	    !cog_session_id_valid(r->to, strlen(r->to))))
		cog_usage_error("not a valid session id: '%s'",
		    cog_session_id_valid(r->from, strlen(r->from)) ?
		    r->to : r->from);
	if (r->from && cog_session_id_cmp(r->from, r->to) > 0)
		cog_usage_error("the range is reversed: --from '%s' comes "
		    "after --to '%s'", r->from, r->to);
}

static void
print_item(void *arg, const char *p, size_t n)
{
	(void)arg;
	cog_buf_add(&out.b, p, n);
	cog_buf_addc(&out.b, '\n');
	cog_out_commit(&out);
}

static void
page_done(void *arg, unsigned long npage, unsigned long n)
{
	(void)arg;
	(void)npage;
	(void)n;
	cog_out_flush(&out);
}

/* List one range, page by page; any failure is fatal. */
static void
list(const struct cog_api_range *r)
{
	struct cog_listing l = { opt.page_size, print_item, page_done, NULL };
	const char *why = cog_api_range_check(tool.api, r);

	if (why)
		cog_usage_error("--api %s: %s", tool.api->name, why);
	nsessions += cog_listing_run(&tool.auth, r, &l);
}

/* List the range of each COMPLETED job line of in; count them in *done. */
static void
list_from_jobs(struct cog_lines *in, struct cog_export_job *j, int *done)
{
	struct cog_api_range rg = { NULL, NULL, NULL, NULL, NULL, 0, 0 };
	const char *err;
	size_t len;
	char *line;
	int nl, r;

	while ((r = cog_lines_next(in, &line, &len, &nl)) > 0) {
		if (cog_blank(line, len))
			continue;
		switch (cog_jobline_read(line, len, j, &err)) {
		case COG_EXPORT_PENDING:
		case COG_EXPORT_UNKNOWN:
			break;
		case COG_EXPORT_COMPLETED:
			rg.from = j->start.len ? j->start.p : NULL;
			rg.to = j->end.len ? j->end.p : NULL;
			rg.project = j->project.len ? j->project.p : NULL;
			rg.since = j->since.len ? j->since.p : NULL;
			rg.until = j->until.len ? j->until.p : NULL;
			if (rg.since)
				cog_utc_parse(rg.since, j->since.len,
				    &rg.since_ms);
			if (rg.until)
				cog_utc_parse(rg.until, j->until.len,
				    &rg.until_ms);
			list(&rg);
			++*done;
			break;
		case COG_EXPORT_FAILED:
			cog_die("%s:%lu: the export job failed: %s", in->name,
			    in->lineno, j->error.p);
		default:
			cog_die("%s:%lu: %s", in->name, in->lineno, err);
		}
	}
	if (r < 0)
		cog_die("cannot read '%s':", in->name);
}

/* The job lines of each file named (standard input for none, or -). */
static void
list_from_files(int n, char **files)
{
	static char *const std_input[] = { "-" };
	struct cog_export_job j;
	struct cog_lines in;
	int i, done = 0;

	if (n == 0) {
		n = 1;
		files = (char **)std_input;
	}
	memset(&j, 0, sizeof(j));
	for (i = 0; i < n; i++) {
		if (cog_lines_open(&in, files[i]) < 0)
			cog_die("cannot open '%s':", files[i]);
		list_from_jobs(&in, &j, &done);
		cog_lines_close(&in);
	}
	if (!done)
		cog_die("no COMPLETED export job in the input (or use "
		    "--from and --to)");
	cog_export_job_release(&j);
}

int
main(int argc, char **argv)
{
	cog_setprogname(argv[0]);
	cog_tool_init(&tool, COG_TOOL_TENANT | COG_TOOL_TOKEN_FILE, longopts,
	    help_head, help_tail);
	parse_options(argc, argv);
	cog_tool_setup(&tool);
	cog_out_init(&out, STDOUT_FILENO);
	if (given(&opt.range.r))
		list(&opt.range.r);
	else
		list_from_files(argc - optind, argv + optind);
	cog_out_flush(&out);
	cog_http_log(&tool.http, "%llu session%s", nsessions,
	    nsessions == 1 ? "" : "s");
	cog_out_release(&out);
	cog_tool_release(&tool);
	return cog_close_stdout(0);
}
