/* cog-sessions -- list the sessions of an id range, following the cursor */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/lines.h"
#include "base/out.h"
#include "net/api.h"
#include "net/auth.h"
#include "net/http.h"
#include "net/listing.h"
#include "net/session.h"

enum { OPT_FROM = 256, OPT_PAGE_SIZE, OPT_TO };

static const char shortopts[] = ":hkVv";
static const struct option longopts[] = {
	{ "allow-http", no_argument, NULL, COG_OPT_ALLOW_HTTP },
	{ "base-url", required_argument, NULL, COG_OPT_BASE_URL },
	{ "cacert", required_argument, NULL, COG_OPT_CACERT },
	{ "from", required_argument, NULL, OPT_FROM },
	{ "help", no_argument, NULL, 'h' },
	{ "insecure", no_argument, NULL, 'k' },
	{ "page-size", required_argument, NULL, OPT_PAGE_SIZE },
	{ "retries", required_argument, NULL, COG_OPT_RETRIES },
	{ "retry-max-time", required_argument, NULL, COG_OPT_RETRY_MAX_TIME },
	{ "to", required_argument, NULL, OPT_TO },
	{ "token-file", required_argument, NULL, COG_OPT_TOKEN_FILE },
	{ "verbose", no_argument, NULL, 'v' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static struct {
	const char *from, *to, *token_file;
	long page_size;
} opt = { NULL, NULL, NULL, 100 };

static struct cog_http http;
static struct cog_auth auth;
static struct cog_out out;
static unsigned long long nsessions;

static void
help(void)
{
	fputs("usage: cog-sessions [-kv] [--allow-http] [--base-url url] "
	    "[--cacert file]\n"
	    "                    [--from id --to id] [--page-size n] "
	    "[--retries n]\n"
	    "                    [--retry-max-time seconds] [--token-file file]\n",
	    stdout);
	fputs("\n"
"List the sessions of an id range, one JSON line per session as the server\n"
"sent it.  Without --from and --to, the range comes from the export job\n"
"status lines on standard input (cog-export's COMPLETED line).\n\n"
"      --from ID            first session id of the range\n"
"      --to ID              last session id of the range\n"
"      --page-size N        sessions per request, 1 to 1000 (100)\n"
"      --token-file FILE    read the bearer token from FILE\n", stdout);
	fputs(cog_http_help, stdout);
	fputs("  -h, --help               show this help\n"
"  -V, --version            show the version\n"
"\nThe token comes from --token-file, COG_TOKEN or cog-auth's cache.\n"
"Exit status: 0 done, 2 error (a page that kept failing included).\n", stdout);
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
			puts("cog-sessions (cogtools) " COG_VERSION);
			cog_exit(0);
		case OPT_FROM: opt.from = optarg; break;
		case OPT_PAGE_SIZE:
			opt.page_size = cog_number_arg(optarg, "--page-size", 1,
			    1000);
			break;
		case OPT_TO: opt.to = optarg; break;
		case COG_OPT_TOKEN_FILE: opt.token_file = optarg; break;
		default:
			if (!cog_http_option(&http, c, optarg))
				cog_bad_option(c, argv);
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

	nsessions += cog_listing_run(&auth, from, to, &l);
}

/* Take the ranges of the COMPLETED job lines on standard input. */
static void
list_from_jobs(void)
{
	struct cog_buf from = COG_BUF_INIT, to = COG_BUF_INIT,
	    msg = COG_BUF_INIT;
	struct cog_lines in;
	const char *err;
	size_t len;
	char *line;
	int nl, r, done = 0;

	if (cog_lines_open(&in, "-") < 0)
		cog_die("cannot read standard input:");
	while ((r = cog_lines_next(&in, &line, &len, &nl)) > 0) {
		if (cog_blank(line, len))
			continue;
		switch (cog_session_parse_job(line, len, &from, &to, &msg,
		    &err)) {
		case COG_JOB_PENDING:
			break;
		case COG_JOB_COMPLETED:
			list(from.p, to.p);
			done++;
			break;
		case COG_JOB_FAILED:
			cog_die("%s:%lu: the export job failed: %s", in.name,
			    in.lineno, msg.p);
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
	cog_buf_release(&from);
	cog_buf_release(&to);
	cog_buf_release(&msg);
}

int
main(int argc, char **argv)
{
	cog_setprogname(argv[0]);
	argv[0] = (char *)cog_progname;	/* for getopt's messages */
	cog_http_init(&http);
	parse_options(argc, argv);
	cog_http_setup(&http);
	cog_auth_init(&auth, &http, opt.token_file);
	cog_out_init(&out, STDOUT_FILENO);
	if (opt.from)
		list(opt.from, opt.to);
	else
		list_from_jobs();
	cog_out_flush(&out);
	cog_http_log(&http, "%llu session%s", nsessions,
	    nsessions == 1 ? "" : "s");
	cog_out_release(&out);
	cog_auth_release(&auth);
	cog_http_release(&http);
	return cog_close_stdout(0);
}
