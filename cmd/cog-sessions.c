/* cog-sessions -- list the sessions of an id range, following the cursor */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "api.h"
#include "auth.h"
#include "banned.h"
#include "buf.h"
#include "err.h"
#include "http.h"
#include "jget.h"
#include "json.h"
#include "lines.h"
#include "out.h"
#include "session.h"

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
	char *end;
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
			opt.page_size = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' ||
			    opt.page_size < 1 || opt.page_size > 1000)
				cog_usage_error("--page-size: expected a number "
				    "from 1 to 1000, got '%s'", optarg);
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
addparam(struct cog_buf *b, const char *name, const char *value)
{
	char *v = curl_easy_escape(NULL, value, 0);

	if (v == NULL)
		cog_die("out of memory");
	cog_buf_addf(b, "%c%s=%s", strchr(b->p, '?') ? '&' : '?', name, v);
	curl_free(v);
}

struct page {
	unsigned long n;
	const char *bad;
};

static int
item(const struct cog_jval *v, void *arg)
{
	struct page *pg = arg;

	if (v->type != COG_JT_OBJ_BEGIN) {
		pg->bad = "an item is not a JSON object";
		return 1;
	}
	pg->n++;
	return 0;
}

static int
print_item(const struct cog_jval *v, void *arg)
{
	(void)arg;
	cog_buf_add(&out.b, v->p, v->n);
	cog_buf_addc(&out.b, '\n');
	cog_out_commit(&out);
	return 0;
}

/* List one range, page by page; any failure is fatal. */
static void
list(const char *from, const char *to)
{
	struct cog_buf path = COG_BUF_INIT, cursor = COG_BUF_INIT,
	    next = COG_BUF_INIT, msg = COG_BUF_INIT;
	struct cog_http_resp resp;
	struct page pg;
	char size[24];
	unsigned long npage = 0;
	int r;

	memset(&resp, 0, sizeof(resp));
	snprintf(size, sizeof(size), "%ld", opt.page_size);
	for (;;) {
		npage++;
		cog_buf_reset(&path);
		cog_buf_adds(&path, "/api/v1/sessions");
		addparam(&path, "pageSize", size);
		addparam(&path, "startId", from);
		addparam(&path, "endId", to);
		if (cursor.len > 0)
			addparam(&path, "cursor", cursor.p);
		if (cog_api_call(&auth, "GET", path.p, NULL, 0, COG_SCOPE_READ,
		    &resp, &msg) < 0)
			cog_die("cannot list sessions %s..%s (page %lu): %s",
			    from, to, npage, msg.p);
		memset(&pg, 0, sizeof(pg));
		if (cog_jget_each(resp.body.p, resp.body.len, "items", item,
		    &pg) < 0 || pg.bad)
			cog_die("cannot list sessions %s..%s (page %lu): %s",
			    from, to, npage, pg.bad ? pg.bad :
			    "the answer is not a JSON object with an "
			    "\"items\" array");
		cog_buf_reset(&next);
		r = cog_jget_str(resp.body.p, resp.body.len,
		    "pagination.nextCursor", &next);
		if (r == 1 && next.len > 0 && cursor.len > 0 &&
		    strcmp(next.p, cursor.p) == 0)
			cog_die("cannot list sessions %s..%s (page %lu): the "
			    "server repeated its cursor", from, to, npage);
		cog_jget_each(resp.body.p, resp.body.len, "items", print_item,
		    NULL);
		cog_out_flush(&out);
		nsessions += pg.n;
		cog_http_log(&http, "page %lu: %lu session%s", npage, pg.n,
		    pg.n == 1 ? "" : "s");
		if (r != 1 || next.len == 0)
			break;
		cog_buf_reset(&cursor);
		cog_buf_add(&cursor, next.p, next.len);
	}
	cog_http_resp_release(&resp);
	cog_buf_release(&path);
	cog_buf_release(&cursor);
	cog_buf_release(&next);
	cog_buf_release(&msg);
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
