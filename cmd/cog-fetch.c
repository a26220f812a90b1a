/* cog-fetch -- download transcripts concurrently, one line per message */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/file.h"
#include "base/lines.h"
#include "base/progress.h"
#include "json/json.h"
#include "net/auth.h"
#include "net/download.h"
#include "net/http.h"
#include "net/session.h"

#define OUT_HIGHWATER (128 * 1024)

enum { OPT_DIR = 256, OPT_FAILED, OPT_NO_PROGRESS, OPT_PROGRESS };

static const char shortopts[] = ":hj:kVv";
static const struct option longopts[] = {
	{ "allow-http", no_argument, NULL, COG_OPT_ALLOW_HTTP },
	{ "base-url", required_argument, NULL, COG_OPT_BASE_URL },
	{ "cacert", required_argument, NULL, COG_OPT_CACERT },
	{ "dir", required_argument, NULL, OPT_DIR },
	{ "failed", required_argument, NULL, OPT_FAILED },
	{ "help", no_argument, NULL, 'h' },
	{ "insecure", no_argument, NULL, 'k' },
	{ "no-progress", no_argument, NULL, OPT_NO_PROGRESS },
	{ "parallel", required_argument, NULL, 'j' },
	{ "progress", no_argument, NULL, OPT_PROGRESS },
	{ "retries", required_argument, NULL, COG_OPT_RETRIES },
	{ "retry-max-time", required_argument, NULL, COG_OPT_RETRY_MAX_TIME },
	{ "token-file", required_argument, NULL, COG_OPT_TOKEN_FILE },
	{ "verbose", no_argument, NULL, 'v' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static struct {
	const char *dir, *failed, *token_file;
	int parallel, progress;
} opt = { NULL, NULL, NULL, 10, -1 };

static struct cog_http http;
static struct cog_auth auth;
static char *tempdir, *failed_tmp;
static FILE *failed_f;
static struct cog_buf out;
static volatile sig_atomic_t stop;
static long long ndone, nfailed, nmessages;

static void
help(void)
{
	fputs("usage: cog-fetch [-kv] [-j n] [--allow-http] [--base-url url] "
	    "[--cacert file]\n"
	    "                 [--dir dir] [--failed file] "
	    "[--no-progress | --progress]\n"
	    "                 [--retries n] [--retry-max-time seconds] "
	    "[--token-file file]\n", stdout);
	fputs("\n"
"Download the transcripts of the sessions named on standard input (session\n"
"list items, {\"session_id\":...} lines or bare ids) and print one JSON line\n"
"per message, with \"session_id\" and \"seq\" first, sessions in input order.\n\n"
"  -j, --parallel N         transfers at once, 1 to 1000 (10)\n"
"      --dir DIR            keep verified transcripts as DIR/<id>.jsonl and\n"
"                           resume or skip them on a rerun\n"
"      --failed FILE        write the lines of failed sessions to FILE\n"
"      --progress           show a progress line on stderr\n"
"      --no-progress        do not (default: only on a terminal)\n"
"      --token-file FILE    read the bearer token from FILE\n", stdout);
	fputs(cog_http_help, stdout);
	fputs("  -h, --help               show this help\n"
"  -V, --version            show the version\n"
"\nThe token comes from --token-file, COG_TOKEN or cog-auth's cache.\n"
"Exit status: 0 all sessions delivered, 1 some failed, 2 error.\n", stdout);
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
		case 'j':
			opt.parallel = (int)cog_number_arg(optarg, "--parallel",
			    1, 1000);
			break;
		case 'V':
			puts("cog-fetch (cogtools) " COG_VERSION);
			cog_exit(0);
		case OPT_DIR: opt.dir = optarg; break;
		case OPT_FAILED: opt.failed = optarg; break;
		case OPT_NO_PROGRESS: opt.progress = 0; break;
		case OPT_PROGRESS: opt.progress = 1; break;
		case COG_OPT_TOKEN_FILE: opt.token_file = optarg; break;
		default:
			if (!cog_http_option(&http, c, optarg))
				cog_bad_option(c, argv);
		}
	if (optind < argc)
		cog_usage_error("unexpected argument '%s' (sessions come on "
		    "standard input)", argv[optind]);
}

/* Move the failed lines into place: even a fatal error keeps them. */
static void
finish_failed(void)
{
	if (failed_f == NULL)
		return;
	if (fclose(failed_f) != 0 || rename(failed_tmp, opt.failed) < 0) {
		failed_f = NULL;
		unlink(failed_tmp);
		cog_die("cannot write '%s':", opt.failed);
	}
	failed_f = NULL;
	free(failed_tmp);
	failed_tmp = NULL;
}

static void
cleanup(void)
{
	struct dirent *e;
	DIR *dir;
	int fd;

	finish_failed();
	if (tempdir == NULL || (dir = opendir(tempdir)) == NULL)
		return;
	fd = dirfd(dir);
	while ((e = readdir(dir)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			unlinkat(fd, e->d_name, 0);
	closedir(dir);
	rmdir(tempdir);
	free(tempdir);
	tempdir = NULL;
}

static void
on_signal(int sig)
{
	stop = sig;
}

/* Write the output; a reader gone away ends us quietly, as SIGPIPE would. */
static void
flush_out(void)
{
	if (cog_write_all(STDOUT_FILENO, out.p, out.len) < 0) {
		if (errno == EPIPE) {
			cleanup();
			signal(SIGPIPE, SIG_DFL);
			raise(SIGPIPE);
		}
		cog_die("write error:");
	}
	cog_buf_reset(&out);
}

static void
setup(void)
{
	const char *tmp = getenv("TMPDIR");
	struct cog_buf b = COG_BUF_INIT;
	struct sigaction sa;
	int fd;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);	/* see flush_out */
	atexit(cleanup);
	if (opt.dir) {
		if (cog_mkdirs(opt.dir, 0700, 0700) < 0)
			cog_die("cannot create '%s':", opt.dir);
	} else {
		cog_buf_addf(&b, "%s/cog-fetch.XXXXXX", tmp && *tmp ? tmp :
		    "/tmp");
		if (mkdtemp(b.p) == NULL)
			cog_die("cannot create a directory in '%s':",
			    tmp && *tmp ? tmp : "/tmp");
		tempdir = cog_buf_detach(&b, NULL);
	}
	if (opt.failed) {
		cog_buf_addf(&b, "%s.tmp.%ld", opt.failed, (long)getpid());
		failed_tmp = cog_buf_detach(&b, NULL);
		if ((fd = open(failed_tmp, O_WRONLY | O_CREAT | O_TRUNC |
		    O_CLOEXEC, 0666)) < 0 ||
		    (failed_f = fdopen(fd, "w")) == NULL)
			cog_die("cannot create '%s':", failed_tmp);
	}
	cog_progress_enable(opt.progress >= 0 ? opt.progress :
	    isatty(STDERR_FILENO));
}

/* Whether line is one JSON object; *why says what is wrong if not. */
static int
is_object(const char *line, size_t n, const char **why)
{
	struct cog_json j;
	struct cog_jtok t;
	int type, r = 1;

	memset(&j, 0, sizeof(j));
	cog_json_init(&j, line, n);
	if (cog_json_next(&j, &t) != COG_JT_OBJ_BEGIN) {
		*why = j.errmsg ? j.errmsg : "not a JSON object";
		r = 0;
	} else {
		/* The rest need only be valid: ask for no more tokens. */
		cog_json_want(&j, 0);
		while ((type = cog_json_next(&j, &t)) != COG_JT_END)
			if (type == COG_JT_ERROR) {
				*why = j.errmsg;
				r = 0;
				break;
			}
	}
	cog_json_release(&j);
	return r;
}

/*
 * Print the messages of a verified transcript, "session_id" and "seq"
 * inserted after each object's '{', bytes otherwise as they came.  Every
 * line is checked first so that a bad one fails the session whole.
 */
static int
emit(const struct cog_dl_result *r, struct cog_buf *why)
{
	struct cog_lines in;
	const char *msg;
	char *line;
	size_t len;
	long long seq = 0;
	int nl, rc, pass;

	for (pass = 0; pass < 2; pass++) {
		if (cog_lines_open(&in, r->path) < 0) {
			cog_buf_addf(why, "cannot open '%s': %s", r->path,
			    strerror(errno));
			return -1;
		}
		while ((rc = cog_lines_next(&in, &line, &len, &nl)) > 0) {
			size_t lead = cog_span(line, len, " \t\r");

			if (cog_blank(line, len))
				continue;
			if (pass == 0) {
				if (!is_object(line, len, &msg)) {
					cog_buf_addf(why, "message %lu: %s",
					    in.lineno, msg);
					cog_lines_close(&in);
					return -1;
				}
				continue;
			}
			cog_buf_adds(&out, "{\"session_id\":");
			cog_buf_add_jstr(&out, r->id, strlen(r->id));
			cog_buf_addf(&out, ",\"seq\":%lld", seq++);
			line += lead + 1;
			len -= lead + 1;
			if (cog_span(line, len, " \t\r") == len ||
			    line[cog_span(line, len, " \t\r")] != '}')
				cog_buf_addc(&out, ',');
			cog_buf_add(&out, line, len);
			cog_buf_addc(&out, '\n');
			if (out.len >= OUT_HIGHWATER)
				flush_out();
		}
		cog_lines_close(&in);
		if (rc < 0) {
			cog_buf_addf(why, "cannot read '%s': %s", r->path,
			    strerror(errno));
			return -1;
		}
	}
	nmessages += seq;
	flush_out();
	return 0;
}

static void
report_failed(const struct cog_dl_result *r)
{
	nfailed++;
	if (failed_f) {
		fwrite(r->line, 1, r->line_len, failed_f);
		putc('\n', failed_f);
		if (fflush(failed_f) != 0)
			cog_die("cannot write '%s':", failed_tmp);
	}
}

/* Print the finished sessions at the head of the input order. */
static void
deliver(struct cog_dl *dl)
{
	struct cog_buf why = COG_BUF_INIT;
	struct cog_dl_result r;

	while (cog_dl_peek(dl, &r)) {
		if (r.failed) {
			report_failed(&r);
		} else if (emit(&r, &why) < 0) {
			cog_progress_clear();
			cog_warn("%s: %s", r.id, why.p);
			cog_buf_reset(&why);
			report_failed(&r);
		} else {
			ndone++;
		}
		cog_dl_pop(dl, tempdir != NULL);
	}
	cog_buf_release(&why);
}

/* Standard input, read only when poll says so: the transfers go on. */
static struct {
	struct cog_buf b;
	size_t start;
	int eof;
	long long nlines;
} in;

static int
next_line(char **line, size_t *len)
{
	char *p = in.b.p + in.start, *nl;
	size_t left = in.b.len - in.start;

	if (left == 0)
		return 0;
	if ((nl = memchr(p, '\n', left)) != NULL) {
		*line = p;
		*len = (size_t)(nl - p);
		in.start += *len + 1;
		return 1;
	}
	if (!in.eof)
		return 0;
	*line = p;
	*len = left;
	in.start = in.b.len;
	return 1;
}

/* Is a whole line (or the unterminated rest at end of input) buffered? */
static int
line_ready(void)
{
	size_t left = in.b.len - in.start;

	return left > 0 && (in.eof || memchr(in.b.p + in.start, '\n', left));
}

static void
read_input(void)
{
	ssize_t r;

	if (in.start > 0) {
		memmove(in.b.p, in.b.p + in.start, in.b.len - in.start);
		in.b.len -= in.start;
		in.start = 0;
	}
	cog_buf_grow(&in.b, 65536);
	do
		r = read(STDIN_FILENO, in.b.p + in.b.len, 65536);
	while (r < 0 && errno == EINTR);
	if (r < 0 && errno != EAGAIN)
		cog_die("cannot read standard input:");
	if (r == 0)
		in.eof = 1;
	if (r > 0)
		in.b.len += (size_t)r;
}

static void
take_input(struct cog_dl *dl)
{
	struct cog_session_ref ref;
	const char *why;
	char *line;
	size_t len;
	int r;

	memset(&ref, 0, sizeof(ref));
	while (cog_dl_room(dl) && next_line(&line, &len)) {
		if (len > 0 && line[len - 1] == '\r')
			len--;
		r = cog_session_parse_line(line, len, &ref, &why);
		if (r == 0)
			continue;
		in.nlines++;
		if (r < 0)
			cog_dl_add_bad(dl, line, len, why);
		else
			cog_dl_add(dl, &ref, line, len);
	}
	cog_session_ref_release(&ref);
}

static void
run(struct cog_dl *dl)
{
	int readable, want;

	while (!stop) {
		take_input(dl);
		deliver(dl);
		/* Delivering made room: take the lines already read first. */
		if (cog_dl_room(dl) && line_ready())
			continue;
		if (in.eof && !line_ready() && cog_dl_pending(dl) == 0)
			break;
		want = !in.eof && cog_dl_room(dl);
		readable = cog_dl_step(dl, want ? STDIN_FILENO : -1, 250);
		if (readable)
			read_input();
		cog_progress_update(ndone + nfailed, in.eof ? in.nlines : -1,
		    cog_dl_bytes(dl), 0);
	}
}

int
main(int argc, char **argv)
{
	struct cog_dl_conf conf;
	struct cog_dl *dl;
	int sig;

	cog_setprogname(argv[0]);
	argv[0] = (char *)cog_progname;	/* for getopt's messages */
	cog_http_init(&http);
	parse_options(argc, argv);
	cog_http_setup(&http);
	cog_auth_init(&auth, &http, opt.token_file);
	setup();
	memset(&conf, 0, sizeof(conf));
	conf.http = &http;
	conf.auth = &auth;
	conf.dir = opt.dir ? opt.dir : tempdir;
	conf.by_seq = opt.dir == NULL;
	conf.parallel = opt.parallel;
	conf.window = opt.parallel * 8 > 64 ? opt.parallel * 8 : 64;
	dl = cog_dl_new(&conf);
	run(dl);
	cog_progress_update(ndone + nfailed, in.nlines, cog_dl_bytes(dl), 1);
	cog_progress_clear();
	flush_out();
	cog_dl_free(dl);
	if ((sig = stop) != 0) {
		cleanup();
		signal(sig, SIG_DFL);
		raise(sig);
	}
	cog_http_log(&http, "%lld session%s delivered (%lld messages), "
	    "%lld failed", ndone, ndone == 1 ? "" : "s", nmessages, nfailed);
	finish_failed();
	cog_buf_release(&out);
	cog_buf_release(&in.b);
	cog_auth_release(&auth);
	cog_http_release(&http);
	return cog_close_stdout(nfailed ? COG_EXIT_PARTIAL : COG_EXIT_OK);
}
