/* cog-fetch -- download transcripts concurrently, one line per message */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/counter.h"
#include "base/err.h"
#include "base/file.h"
#include "base/lines.h"
#include "base/out.h"
#include "base/progress.h"
#include "base/tmpdir.h"
#include "net/download.h"
#include "net/scan.h"
#include "net/session.h"
#include "net/tool.h"

enum { OPT_DIR = 256, OPT_FAILED, OPT_NO_PROGRESS, OPT_PROGRESS, OPT_SCAN };

static const char shortopts[] = ":hj:kVv";
static const struct option longopts[] = {
	{ "dir", required_argument, NULL, OPT_DIR },
	{ "failed", required_argument, NULL, OPT_FAILED },
	{ "no-progress", no_argument, NULL, OPT_NO_PROGRESS },
	{ "parallel", required_argument, NULL, 'j' },
	{ "progress", no_argument, NULL, OPT_PROGRESS },
	{ "scan", no_argument, NULL, OPT_SCAN },
	{ NULL, 0, NULL, 0 }
};

static struct {
	const char *dir, *failed;
	int parallel, progress, scan;
} opt = { NULL, NULL, 10, -1, 0 };

static struct cog_tool tool;
static struct cog_tmpdir tmpd = { NULL, -1 };
static int dir_fd = -1;
static struct cog_ofile failed_f;
static int failed_open;
static struct cog_out out;
static struct cog_lines in;
static int in_open;
static char **files;		/* the input files, "-" standard input */
static int nfiles, curfile;
static unsigned long lines_before;	/* lines of the files before in */
static struct cog_dl *the_dl;	/* for the rerun list at any exit */
static struct cog_scan *the_scan;	/* the same, with --scan */
static volatile sig_atomic_t stop;
static struct cog_counter seen;	/* ids taken, with their input line */
static long long ndone, nfailed, nmessages, nlines, nleft, ndup;

static const char help_head[] =
"usage: cog-fetch [-kv] [-j n] [--allow-http] [--api name] "
"[--base-url url]\n"
"                 [--cacert file] [--dir dir] [--failed file] "
"[--key-in-query]\n"
"                 [--no-progress | --progress] [--rate n/s]\n"
"                 [--retries n] [--retry-max-time seconds] [--scan]\n"
"                 [--token-file file] [file ...]\n"
"\n"
"Download the transcripts of the sessions named in the files, one after\n"
"the other, or on standard input without one or where a file is -\n"
"(session list items, {\"session_id\":...} lines or bare ids), and print\n"
"one JSON line per message, with \"session_id\" and \"seq\" first, sessions\n"
"in input order.\n\n"
"  -j, --parallel N         transfers at once, 1 to 1000 (10)\n"
"      --dir DIR            keep verified transcripts as DIR/<id>.jsonl and\n"
"                           resume or skip them on a rerun\n"
"      --failed FILE        write the lines of failed sessions to FILE\n"
"      --progress           show a progress line on stderr\n"
"      --no-progress        do not (default: only on a terminal)\n"
"      --scan               odata: read the messages of all the sessions in\n"
"                           one keyset scan, a request a page of 1000 rows,\n"
"                           instead of a request a session\n";

static const char help_tail[] =
"\nThe token comes from --token-file, COG_TOKEN (rest, odata: the API key in\n"
"COG_API_KEY or COG_API_KEY_FILE) or cog-auth's cache.\n"
"Exit status: 0 all sessions delivered, 1 some failed, 2 error.\n";

static void
parse_options(int argc, char **argv)
{
	int c;

	while ((c = cog_tool_getopt(&tool, argc, argv, shortopts)) != -1)
		switch (c) {
		case 'j':
			opt.parallel = (int)cog_number_arg(optarg, "--parallel",
			    1, 1000);
			break;
		case OPT_DIR: opt.dir = optarg; break;
		case OPT_FAILED: opt.failed = optarg; break;
		case OPT_NO_PROGRESS: opt.progress = 0; break;
		case OPT_PROGRESS: opt.progress = 1; break;
		case OPT_SCAN: opt.scan = 1; break;
		}
	files = argv + optind;
	nfiles = argc - optind;
}

/* Open the input file at curfile (standard input when there is none). */
static void
open_input(void)
{
	const char *path = nfiles > 0 ? files[curfile] : "-";

	if (cog_lines_open(&in, path) < 0)
		cog_die("cannot open '%s':", path);
	in_open = 1;
}

/*
 * At the end of one input file, go on to the next: return 1, or 0 when
 * it was the last.  Line numbers count on through the files, as if they
 * had come concatenated.
 */
static int
next_input(void)
{
	if (curfile + 1 >= nfiles)
		return 0;
	lines_before += in.lineno;
	cog_lines_close(&in);
	in_open = 0;
	curfile++;
	open_input();
	return 1;
}

/* Whether every input file has been read to its end. */
static int
input_done(void)
{
	return in.eof && !cog_lines_ready(&in) && curfile + 1 >= nfiles;
}

/* Add a line to the rerun list; after a write error, nothing more. */
static void
put_left(void *arg, const char *line, size_t n)
{
	(void)arg;
	if (!failed_open)
		return;
	if (cog_write_all(failed_f.fd, line, n) < 0 ||
	    cog_write_all(failed_f.fd, "\n", 1) < 0) {
		cog_warn("cannot write '%s':", opt.failed);
		cog_ofile_abort(&failed_f);
		failed_open = 0;
		return;
	}
	nleft++;
}

/*
 * The run ends before the input does (a fatal error, a signal, the
 * reader gone): after the sessions that failed, the rerun list gets
 * every session read and not delivered, in input order, and with drain
 * (a fatal error) the rest of standard input too, unless it is a
 * terminal, so that the list names everything left to fetch.
 */
static void
save_left(int drain)
{
	char *line;
	size_t len;
	int nl;

	if (!failed_open)
		return;
	if (the_dl)
		cog_dl_each(the_dl, put_left, NULL);
	if (the_scan)
		cog_scan_each(the_scan, put_left, NULL);
	while (in_open) {
		if (drain && isatty(in.fd))
			drain = 0;
		while (failed_open && (drain ? cog_lines_next(&in, &line,
		    &len, &nl) > 0 : cog_lines_take(&in, &line, &len))) {
			if (len > 0 && line[len - 1] == '\r')
				len--;
			if (!cog_blank(line, len))
				put_left(NULL, line, len);
		}
		if (!drain || !failed_open || curfile + 1 >= nfiles)
			break;
		lines_before += in.lineno;
		cog_lines_close(&in);
		in_open = 0;
		curfile++;
		if (cog_lines_open(&in, files[curfile]) < 0) {
			cog_warn("cannot open '%s':", files[curfile]);
			break;
		}
		in_open = 1;
	}
	if (nleft > 0 && failed_open)
		cog_warn("%lld session%s not delivered added to '%s'", nleft,
		    nleft == 1 ? "" : "s", opt.failed);
}

/* Put the failed lines in place: even a fatal error keeps them. */
static int
finish_failed(void)
{
	if (!failed_open)
		return 0;
	failed_open = 0;
	if (cog_ofile_commit(&failed_f) < 0) {
		cog_warn("cannot write '%s':", opt.failed);
		return -1;
	}
	return 0;
}

static void
cleanup(int drain)
{
	save_left(drain);
	finish_failed();
	cog_tmpdir_remove(&tmpd);
}

/* At exit: after main's own end the list is in place and this is a no-op
 * but for the temporary folder; else it is a fatal error. */
static void
cleanup_at_exit(void)
{
	cleanup(1);
}

static void
on_signal(int sig)
{
	stop = sig;
}

/* A reader gone away ends us quietly, as SIGPIPE would, but cleaned up. */
static void
on_epipe(void)
{
	cleanup(0);
	signal(SIGPIPE, SIG_DFL);
	raise(SIGPIPE);
}

static void
setup(void)
{
	struct sigaction sa;
	char err[512];

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);	/* see on_epipe */
	atexit(cleanup_at_exit);
	if (opt.dir) {
		if ((dir_fd = cog_dir_open_private(opt.dir, err,
		    sizeof(err))) < 0)
			cog_die("%s", err);
	} else {
		if (cog_tmpdir_make(&tmpd, "cog-fetch", err, sizeof(err)) < 0)
			cog_die("%s", err);
		dir_fd = tmpd.fd;
	}
	if (opt.failed) {
		if (cog_ofile_open(&failed_f, opt.failed, 0666) < 0)
			cog_die("cannot write '%s':", opt.failed);
		failed_open = 1;
	}
	cog_progress_enable(opt.progress >= 0 ? opt.progress :
	    isatty(STDERR_FILENO));
	cog_out_init(&out, STDOUT_FILENO);
	out.on_epipe = on_epipe;
	open_input();
}

struct emit {
	const struct cog_dl_result *r;
	long long seq;
};

static int
emit_one(void *arg, const char *msg, size_t n)
{
	struct emit *e = arg;
	struct cog_record_id id = { e->r->id, e->seq++, e->r->sha256 };

	tool.api->record(&id, msg, n, &out.b);
	cog_buf_addc(&out.b, '\n');
	cog_out_commit(&out);
	return 0;
}

/* Print the records of a verified transcript, all of them or none. */
static int
emit(const struct cog_dl_result *r, struct cog_buf *why)
{
	struct emit e = { r, 0 };

	if (tool.api->messages(r->path, emit_one, &e, why) < 0)
		return -1;
	nmessages += e.seq;
	cog_out_flush(&out);
	return 0;
}

static void
report_failed(const struct cog_dl_result *r)
{
	nfailed++;
	if (failed_open && (cog_write_all(failed_f.fd, r->line,
	    r->line_len) < 0 || cog_write_all(failed_f.fd, "\n", 1) < 0)) {
		failed_open = 0;	/* nothing more: the list is unusable */
		cog_ofile_abort(&failed_f);
		cog_die("cannot write '%s':", opt.failed);
	}
}

/* Print a finished session's records, or report it failed. */
static void
deliver_one(const struct cog_dl_result *r)
{
	struct cog_buf why = COG_BUF_INIT, name = COG_BUF_INIT;

	if (r->failed) {
		report_failed(r);
	} else if (emit(r, &why) < 0) {
		cog_progress_clear();
		cog_api_session_name(tool.api, r->id, &name);
		cog_warn("%s: %s", name.p, why.p);
		report_failed(r);
	} else {
		ndone++;
	}
	cog_buf_release(&why);
	cog_buf_release(&name);
}

/* Print the finished sessions at the head of the input order. */
static void
deliver(struct cog_dl *dl)
{
	struct cog_dl_result r;

	while (cog_dl_peek(dl, &r)) {
		deliver_one(&r);
		cog_dl_pop(dl, opt.dir == NULL);
	}
}

/*
 * A session named again: it is fetched and printed once, in the place
 * of its first line; this one is skipped with a warning.
 */
static int
skip_dup(const struct cog_session_ref *ref, struct cog_buf *name)
{
	const struct cog_counter_entry *e;

	e = cog_counter_find(&seen, ref->id.p, ref->id.len);
	if (e == NULL) {
		cog_counter_add(&seen, ref->id.p, ref->id.len,
		    lines_before + in.lineno);
		return 0;
	}
	ndup++;
	cog_progress_clear();
	cog_buf_reset(name);
	cog_api_session_name(tool.api, ref->id.p, name);
	cog_warn("input line %lu: %s: already on line %llu, skipped",
	    lines_before + in.lineno, name->p, e->count);
	return 1;
}

/*
 * Read one input line (its CR dropped from *len) into ref: return 1 for
 * a session to fetch, -1 for a bad line (why says why), 0 for a line
 * to pass over (blank, or a session named again); the first two count
 * as lines.
 */
static int
read_line(char *line, size_t *len, struct cog_session_ref *ref,
    struct cog_buf *name, const char **why)
{
	int r;

	if (*len > 0 && line[*len - 1] == '\r')
		--*len;
	r = cog_session_parse_line(line, *len, ref, why);
	if (r == 0 || (r > 0 && skip_dup(ref, name)))
		return 0;
	nlines++;
	return r;
}

static void
take_input(struct cog_dl *dl)
{
	struct cog_buf name = COG_BUF_INIT;
	struct cog_session_ref ref;
	const char *why;
	char *line;
	size_t len;
	int r;

	memset(&ref, 0, sizeof(ref));
	while (cog_dl_room(dl) && cog_lines_take(&in, &line, &len)) {
		r = read_line(line, &len, &ref, &name, &why);
		if (r < 0)
			cog_dl_add_bad(dl, line, len, why);
		else if (r > 0)
			cog_dl_add(dl, &ref, line, len);
	}
	cog_session_ref_release(&ref);
	cog_buf_release(&name);
}

static void
run(struct cog_dl *dl)
{
	int readable, want;

	while (!stop) {
		take_input(dl);
		deliver(dl);
		/* Delivering made room: take the lines already read first. */
		if (cog_dl_room(dl) && cog_lines_ready(&in))
			continue;
		if (in.eof && !cog_lines_ready(&in) && next_input())
			continue;
		if (input_done() && cog_dl_pending(dl) == 0)
			break;
		want = !in.eof && cog_dl_room(dl);
		readable = cog_dl_step(dl, want ? in.fd : -1, 250);
		if (readable && cog_lines_read(&in) < 0 && errno != EAGAIN)
			cog_die("cannot read '%s':", in.name);
		cog_progress_update(ndone + nfailed, input_done() ? nlines : -1,
		    cog_dl_bytes(dl), 0);
	}
}

/*
 * --scan: every session line first, then one scan of the messages of
 * them all, then the sessions in input order.
 */
static void
run_scan(void)
{
	struct cog_buf name = COG_BUF_INIT;
	struct cog_scan_conf conf;
	struct cog_session_ref ref;
	struct cog_dl_result r;
	const char *why;
	char *line;
	size_t len;
	int nl, got;

	memset(&conf, 0, sizeof(conf));
	conf.auth = &tool.auth;
	conf.dir = opt.dir ? opt.dir : tmpd.path;
	conf.dfd = dir_fd;
	conf.keep = opt.dir != NULL;
	conf.page_size = 1000;
	the_scan = cog_scan_new(&conf);
	memset(&ref, 0, sizeof(ref));
	while (!stop && ((got = cog_lines_next(&in, &line, &len, &nl)) != 0 ||
	    next_input())) {
		if (got == 0)
			continue;
		if (got < 0)
			cog_die("cannot read '%s':", in.name);
		got = read_line(line, &len, &ref, &name, &why);
		if (got < 0)
			cog_scan_add_bad(the_scan, line, len, why);
		else if (got > 0)
			cog_scan_add(the_scan, &ref, line, len);
	}
	cog_session_ref_release(&ref);
	cog_buf_release(&name);
	if (!stop)
		cog_scan_run(the_scan);
	while (!stop && cog_scan_next(the_scan, &r)) {
		deliver_one(&r);
		cog_progress_update(ndone + nfailed, nlines,
		    cog_scan_bytes(the_scan), 0);
	}
	cog_progress_update(ndone + nfailed, nlines, cog_scan_bytes(the_scan),
	    1);
}

int
main(int argc, char **argv)
{
	struct cog_dl_conf conf;
	int sig, status;

	cog_setprogname(argv[0]);
	cog_tool_init(&tool, COG_TOOL_TENANT | COG_TOOL_TOKEN_FILE, longopts,
	    help_head, help_tail);
	parse_options(argc, argv);
	if (opt.scan && tool.api->scan_path == NULL)
		cog_usage_error("--scan needs a dialect that can scan messages "
		    "(--api odata), not '%s'", tool.api->name);
	cog_tool_setup(&tool);
	setup();
	if (opt.scan) {
		run_scan();
		goto done;
	}
	memset(&conf, 0, sizeof(conf));
	conf.http = &tool.http;
	conf.auth = &tool.auth;
	conf.dir = opt.dir ? opt.dir : tmpd.path;
	conf.dfd = dir_fd;
	conf.by_seq = opt.dir == NULL;
	conf.parallel = opt.parallel;
	conf.window = opt.parallel * 8 > 64 ? opt.parallel * 8 : 64;
	the_dl = cog_dl_new(&conf);
	run(the_dl);
	cog_progress_update(ndone + nfailed, nlines, cog_dl_bytes(the_dl), 1);
done:
	cog_progress_clear();
	cog_out_flush(&out);
	if ((sig = stop) != 0) {
		cleanup(0);
		signal(sig, SIG_DFL);
		raise(sig);
	}
	if (the_dl)
		cog_dl_free(the_dl);
	the_dl = NULL;
	cog_scan_free(the_scan);
	the_scan = NULL;
	cog_http_log(&tool.http, "%lld session%s delivered (%lld messages), "
	    "%lld failed, %lld duplicate%s skipped", ndone, ndone == 1 ? "" :
	    "s", nmessages, nfailed, ndup, ndup == 1 ? "" : "s");
	status = nfailed ? COG_EXIT_PARTIAL : COG_EXIT_OK;
	if (finish_failed() < 0)
		status = COG_EXIT_FATAL;
	cog_out_release(&out);
	cog_lines_close(&in);
	cog_counter_release(&seen);
	cog_tool_release(&tool);
	return cog_close_stdout(status);
}
