/* cog-sessions -- list the sessions of an id range, following the cursor */
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

enum { OPT_FROM = 256, OPT_PAGE_SIZE, OPT_TO };

static const char shortopts[] = ":hkVv";
static const struct option longopts[] = {
	{ "from", required_argument, NULL, OPT_FROM },
	{ "page-size", required_argument, NULL, OPT_PAGE_SIZE },
	{ "to", required_argument, NULL, OPT_TO },
	{ NULL, 0, NULL, 0 }
};

static struct {
	const char *from, *to;
	long page_size;
} opt = { NULL, NULL, 100 };

static struct cog_tool tool;
static struct cog_out out;
static unsigned long long nsessions;

static const char help_head[] =
"usage: cog-sessions [-kv] [--allow-http] [--base-url url] "
"[--cacert file]\n"
"                    [--from id --to id] [--page-size n] "
"[--retries n]\n"
"                    [--retry-max-time seconds] [--token-file file]\n"
"\n"
"List the sessions of an id range, one JSON line per session as the server\n"
"sent it.  Without --from and --to, the range comes from the export job\n"
"status lines on standard input (cog-export's COMPLETED line).\n\n"
"      --from ID            first session id of the range\n"
"      --to ID              last session id of the range\n"
"      --page-size N        sessions per request, 1 to 1000 (100)\n";

static const char help_tail[] =
"\nThe token comes from --token-file, COG_TOKEN or cog-auth's cache.\n"
"Exit status: 0 done, 2 error (a page that kept failing included).\n";

static void
parse_options(int argc, char **argv)
{
	int c;

	while ((c = cog_tool_getopt(&tool, argc, argv, shortopts)) != -1)
		switch (c) {
		case OPT_FROM: opt.from = optarg; break;
		case OPT_PAGE_SIZE:
			opt.page_size = cog_number_arg(optarg, "--page-size", 1,
			    1000);
			break;
		case OPT_TO: opt.to = optarg; break;
		}
	if (optind < argc)
		cog_usage_error("unexpected argument '%s'", argv[optind]);
	if (!opt.from != !opt.to)
		cog_usage_error("--from and --to go together");
	if (opt.from && (!cog_session_id_valid(opt.from, strlen(opt.from)) ||
	    !cog_session_id_valid(opt.to, strlen(opt.to))))
		cog_usage_error("not a valid session id: '%s'",
		    cog_session_id_valid(opt.from, strlen(opt.from)) ?
		    opt.to : opt.from);
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
list(const char *from, const char *to)
{
	struct cog_listing l = { opt.page_size, print_item, page_done, NULL };

	nsessions += cog_listing_run(&tool.auth, from, to, &l);
}

/* Take the ranges of the COMPLETED job lines on standard input. */
static void
list_from_jobs(void)
{
	struct cog_export_job j;
	struct cog_lines in;
	const char *err;
	size_t len;
	char *line;
	int nl, r, done = 0;

	memset(&j, 0, sizeof(j));
	if (cog_lines_open(&in, "-") < 0)
		cog_die("cannot read standard input:");
	while ((r = cog_lines_next(&in, &line, &len, &nl)) > 0) {
		if (cog_blank(line, len))
			continue;
		switch (cog_jobline_read(line, len, &j, &err)) {
		case COG_EXPORT_PENDING:
		case COG_EXPORT_UNKNOWN:
			break;
		case COG_EXPORT_COMPLETED:
			list(j.start.p, j.end.p);
			done++;
			break;
		case COG_EXPORT_FAILED:
			cog_die("%s:%lu: the export job failed: %s", in.name,
			    in.lineno, j.error.p);
		default:
			cog_die("%s:%lu: %s", in.name, in.lineno, err);
		}
	}
	if (r < 0)
		cog_die("cannot read standard input:");
	if (!done)
		cog_die("no COMPLETED export job on standard input (or use "
		    "--from and --to)");
	cog_lines_close(&in);
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
	if (opt.from)
		list(opt.from, opt.to);
	else
		list_from_jobs();
	cog_out_flush(&out);
	cog_http_log(&tool.http, "%llu session%s", nsessions,
	    nsessions == 1 ? "" : "s");
	cog_out_release(&out);
	cog_tool_release(&tool);
	return cog_close_stdout(0);
}
