/* cog-audit -- audit the masked stream: one signed, hash-chained entry */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "audit/audit.h"
#include "audit/sign.h"
#include "base/buf.h"
#include "base/counter.h"
#include "base/digest.h"
#include "base/encode.h"
#include "base/err.h"
#include "base/file.h"
#include "base/lines.h"
#include "base/par.h"
#include "base/utf8.h"
#include "json/jget.h"
#include "json/json.h"
#include "json/path.h"
#include "mask/tokens.h"
#include "net/session.h"
#include "pii/detect.h"
#include "pii/typelist.h"
#include "pii/types.h"

#define BLOCKSIZE (256 * 1024)
#define EXAMPLES 10		/* residual PII positions kept per entry */
#define SPLIT_HIGHWATER (64 * 1024)

enum {
	OPT_FAILED = 256, OPT_JOB, OPT_JOB_FILE, OPT_KEY_FILE, OPT_LOG,
	OPT_MERGE, OPT_SPLIT_DIR, OPT_VERIFY
};

static const char shortopts[] = ":hj:p:T:V";
static const struct option longopts[] = {
	{ "failed", required_argument, NULL, OPT_FAILED },
	{ "help", no_argument, NULL, 'h' },
	{ "job", required_argument, NULL, OPT_JOB },
	{ "job-file", required_argument, NULL, OPT_JOB_FILE },
	{ "key-file", required_argument, NULL, OPT_KEY_FILE },
	{ "log", required_argument, NULL, OPT_LOG },
	{ "merge", no_argument, NULL, OPT_MERGE },
	{ "parallel", required_argument, NULL, 'j' },
	{ "pattern", required_argument, NULL, 'p' },
	{ "split-dir", required_argument, NULL, OPT_SPLIT_DIR },
	{ "types", required_argument, NULL, 'T' },
	{ "verify", no_argument, NULL, OPT_VERIFY },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static struct {
	const char *failed, *job, *job_file, *key_file, *log, *split_dir,
	    *types;
	const char **patterns;
	size_t npatterns;
	int verify, merge, jobs;
} opt;

/* The totals of a run (or of merged shards). */
static struct {
	unsigned long long sessions, failed, messages, bytes, strings;
	double duration;
	struct cog_counter seen, tokens, found;
	struct cog_buf examples;	/* ",{...}" each */
	unsigned nexamples;
	struct cog_buf shards;		/* merge: ",{...}" each */
	struct cog_sha256 data;
	struct timespec start;
} run;

static void
help(void)
{
	fputs("usage: cog-audit [-j threads] [-p type=regex] [-T types] "
	    "[--failed file] [--job id]\n"
	    "                 [--job-file file] [--key-file file] [--log file] "
	    "[--split-dir dir]\n"
	    "                 [file ...]\n"
	    "       cog-audit --verify [--key-file file] [log ...]\n"
	    "       cog-audit --merge [--job id] [--job-file file] "
	    "[--key-file file] [--log file]\n"
	    "                 [file ...]\n"
"\n"
"Read the masked stream and write one signed audit entry: metrics, tokens\n"
"per type, a residual PII scan, the SHA-256 of the data and the previous\n"
"entry's hash.  The entry goes to standard output (for cog-notify) and is\n"
"appended to the --log file.\n\n"
"      --log FILE           append the entry to FILE, chained to its last\n"
"      --split-dir DIR      write each session's records to DIR/<id>.jsonl\n"
"      --failed FILE        cog-fetch's failed sessions, counted as listed\n"
"      --job ID             the export job the entry is about\n"
"      --job-file FILE      read the job id from FILE (cog-export --job-file)\n"
"      --key-file FILE      sign with this key: a PEM Ed25519 private key, or\n"
"                           an HMAC secret (default: COG_AUDIT_KEY)\n"
"  -T, --types LIST         types of the residual scan: TYPE,..., +TYPE,\n"
"                           -TYPE, ALL\n"
"  -p, --pattern TYPE=REGEX also scan for TYPE with a PCRE2 regex\n"
"  -j, --parallel N         scanning threads (default: the CPUs, up to 8)\n"
"      --verify             check the hashes, chain and signatures of logs\n"
"      --merge              combine the entries of shards into one\n"
"  -h, --help               show this help\n"
"  -V, --version            show the version\n"
"\nExit status: 0 done (or verified), 1 a bad entry, 2 error.\n", stdout);
	cog_exit(0);
}

static void
parse_options(int argc, char **argv)
{
	int c;

	opt.jobs = cog_par_default_workers();
	opterr = 0;
	while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1)
		switch (c) {
		case 'h': help(); break;
		case 'j':
			opt.jobs = (int)cog_number_arg(optarg, "--parallel", 1,
			    64);
			break;
		case 'p':
			opt.patterns = cog_xreallocarray(opt.patterns,
			    opt.npatterns + 1, sizeof(*opt.patterns));
			opt.patterns[opt.npatterns++] = optarg;
			break;
		case 'T': opt.types = optarg; break;
		case 'V':
			puts("cog-audit (cogtools) " COG_VERSION);
			cog_exit(0);
		case OPT_FAILED: opt.failed = optarg; break;
		case OPT_JOB: opt.job = optarg; break;
		case OPT_JOB_FILE: opt.job_file = optarg; break;
		case OPT_KEY_FILE: opt.key_file = optarg; break;
		case OPT_LOG: opt.log = optarg; break;
		case OPT_MERGE: opt.merge = 1; break;
		case OPT_SPLIT_DIR: opt.split_dir = optarg; break;
		case OPT_VERIFY: opt.verify = 1; break;
		default: cog_bad_option(c, argv);
		}
	if (opt.verify && opt.merge)
		cog_usage_error("--verify and --merge do not go together");
	if (opt.verify && (opt.log || opt.split_dir || opt.failed ||
	    opt.job || opt.job_file || opt.types || opt.npatterns))
		cog_usage_error("--verify takes only --key-file and logs");
	if (opt.merge && (opt.split_dir || opt.failed || opt.types ||
	    opt.npatterns))
		cog_usage_error("--merge does not scan: --split-dir, --failed, "
		    "--types and --pattern do not apply");
	if (opt.job && opt.job_file)
		cog_usage_error("--job and --job-file do not go together");
}

/* Keys: the signing key, and for checking, one of each algorithm. */
static struct cog_signkey *keys[2];

static void
load_keys(int need_signer)
{
	struct cog_signkey *k, *env;
	char err[512];

	if (opt.key_file) {
		if ((k = cog_signkey_load(opt.key_file, err, sizeof(err))) ==
		    NULL)
			cog_die("%s", err);
		keys[cog_signkey_alg(k)] = k;
		if (need_signer && !cog_signkey_can_sign(k))
			cog_die("'%s' is a public key: signing needs the "
			    "private key", opt.key_file);
	}
	if (keys[COG_SIGN_HMAC] == NULL &&
	    (env = cog_signkey_from_env("COG_AUDIT_KEY", err, sizeof(err))))
		keys[COG_SIGN_HMAC] = env;
	if (need_signer && opt.key_file == NULL && keys[COG_SIGN_HMAC] == NULL)
		cog_die("no signing key: %s; or give an Ed25519 key with "
		    "--key-file", err);
}

static struct cog_signkey *
signer(void)
{
	if (opt.key_file)
		return keys[COG_SIGN_ED25519] ? keys[COG_SIGN_ED25519] :
		    keys[COG_SIGN_HMAC];
	return keys[COG_SIGN_HMAC];
}

/* ---- The scan: tokens and residual PII, on worker threads. ---- */

struct frame {
	int array;
	long index;
	const char *key;
	size_t keylen;
	int escaped;
};

struct worker {
	struct cog_detector *det;
	struct cog_spans spans;
	struct cog_json j;
	struct cog_jdec dec, kdec;
	struct cog_buf scratch, path, sid, found_here;
	struct frame *fr;
	size_t nfr, capfr;
	struct cog_counter tokens, found;
	unsigned long long strings;
	unsigned examples;	/* in this block */
	const char *name;
	long long seq;
	int has_seq;
};

static void
push(struct worker *w, int array)
{
	if (w->nfr == w->capfr) {
		w->capfr = w->capfr ? 2 * w->capfr : 16;
		w->fr = cog_xreallocarray(w->fr, w->capfr, sizeof(*w->fr));
	}
	w->fr[w->nfr++] = (struct frame){ array, -1, NULL, 0, 0 };
}

/* Count a value in the innermost array, if it is one. */
static void
element(struct worker *w)
{
	if (w->nfr > 0 && w->fr[w->nfr - 1].array)
		w->fr[w->nfr - 1].index++;
}

/* The jq path of the current value into w->path. */
static void
make_path(struct worker *w)
{
	size_t i;

	cog_buf_reset(&w->path);
	for (i = 0; i < w->nfr; i++) {
		const struct frame *f = &w->fr[i];

		if (f->array) {
			cog_buf_addf(&w->path, "[%ld]", f->index);
		} else if (f->escaped) {
			cog_json_decode(&w->kdec, f->key, f->keylen, 0);
			cog_path_add_key(&w->path, w->kdec.text.p,
			    w->kdec.text.len);
		} else {
			cog_path_add_key(&w->path, f->key, f->keylen);
		}
	}
	if (w->path.len == 0)
		cog_buf_addc(&w->path, '.');
}

/*
 * Scan one string value: count its tokens, then look for PII around them,
 * each token replaced by underscores: an opaque word that no recognizer
 * takes for PII and that, unlike blanks, leaves no gap that makes a label
 * such as "DOB:" look like a name.
 */
static void
scan_string(struct worker *w, const struct cog_jtok *t, unsigned long lineno)
{
	const char *text = t->p, *scan;
	size_t n = t->n, pos = 0, i;
	struct cog_token tok;
	int copied = 0;

	if (t->escaped) {
		cog_json_decode(&w->dec, t->p, t->n, 0);
		text = w->dec.text.p ? w->dec.text.p : "";
		n = w->dec.text.len;
	}
	w->strings++;
	while (cog_token_next(text, n, &pos, &tok)) {
		cog_counter_add(&w->tokens, tok.type, tok.typelen, 1);
		if (!copied) {
			cog_buf_reset(&w->scratch);
			cog_buf_add(&w->scratch, text, n);
			copied = 1;
		}
		memset(w->scratch.p + tok.start, '_', tok.end - tok.start);
	}
	scan = copied ? w->scratch.p : text;
	cog_detect(w->det, scan, n, &w->spans);
	for (i = 0; i < w->spans.n; i++) {
		const struct cog_span *sp = &w->spans.v[i];
		const char *name = cog_type_name(sp->type);

		cog_counter_add(&w->found, name, strlen(name), 1);
		if (w->examples >= EXAMPLES)
			continue;
		w->examples++;
		make_path(w);
		cog_buf_addf(&w->found_here, "\"line\":%lu,\"path\":", lineno);
		cog_buf_add_jstr(&w->found_here, w->path.p, w->path.len);
		cog_buf_addf(&w->found_here, ",\"type\":\"%s\",\"start\":%zu,"
		    "\"end\":%zu}\n", name, cog_utf8_count(scan, sp->start),
		    cog_utf8_count(scan, sp->end));
	}
}

/* Remember the top-level "session_id" (or "sessionId") and "seq". */
static void
top_member(struct worker *w, const struct cog_jtok *t, int *have_sid)
{
	const struct frame *f = &w->fr[0];

	if (w->nfr != 1 || f->array || f->escaped)
		return;
	if (t->type == COG_JT_STRING && ((f->keylen == 10 &&
	    memcmp(f->key, "session_id", 10) == 0) || (!*have_sid &&
	    f->keylen == 9 && memcmp(f->key, "sessionId", 9) == 0))) {
		cog_buf_reset(&w->sid);
		if (t->escaped) {
			cog_json_decode(&w->kdec, t->p, t->n, 0);
			cog_buf_add(&w->sid, w->kdec.text.p ? w->kdec.text.p :
			    "", w->kdec.text.len);
		} else {
			cog_buf_add(&w->sid, t->p, t->n);
		}
		*have_sid = f->keylen == 10 ? 2 : 1;
	} else if (t->type == COG_JT_NUMBER && f->keylen == 3 &&
	    memcmp(f->key, "seq", 3) == 0) {
		char num[24];

		if (t->n < sizeof(num)) {
			memcpy(num, t->p, t->n);
			num[t->n] = '\0';
			w->seq = strtoll(num, NULL, 10);
			w->has_seq = 1;
		}
	}
}

/*
 * Scan one record.  For the sink, append "S<id>\n" (its session), "I\n"
 * (a session id unfit for a file name) or "N\n" (none), then its
 * examples as "E{...}\n".  Return -1 for invalid JSON.
 */
static int
scan_line(struct worker *w, const char *line, size_t len,
    unsigned long lineno, struct cog_buf *out)
{
	struct cog_jtok t;
	int type, have_sid = 0;
	size_t from, at;

	w->nfr = 0;
	w->has_seq = 0;
	cog_buf_reset(&w->found_here);
	cog_json_init(&w->j, line, len);
	while ((type = cog_json_next(&w->j, &t)) != COG_JT_END) {
		switch (type) {
		case COG_JT_ERROR:
			return -1;
		case COG_JT_OBJ_BEGIN:
		case COG_JT_ARR_BEGIN:
			element(w);
			push(w, type == COG_JT_ARR_BEGIN);
			break;
		case COG_JT_OBJ_END:
		case COG_JT_ARR_END:
			w->nfr--;
			break;
		case COG_JT_KEY:
			w->fr[w->nfr - 1].key = t.p;
			w->fr[w->nfr - 1].keylen = t.n;
			w->fr[w->nfr - 1].escaped = t.escaped;
			break;
		case COG_JT_STRING:
			element(w);
			top_member(w, &t, &have_sid);
			scan_string(w, &t, lineno);
			break;
		default:
			element(w);
			top_member(w, &t, &have_sid);
		}
	}
	if (!have_sid)
		cog_buf_adds(out, "N\n");
	else if (!cog_session_id_valid(w->sid.p, w->sid.len))
		cog_buf_adds(out, "I\n");
	else
		cog_buf_addf(out, "S%s\n", w->sid.p);
	/* Each example: session and seq, now known, go first. */
	for (from = 0; from < w->found_here.len; from = at + 1) {
		at = (size_t)((char *)memchr(w->found_here.p + from, '\n',
		    w->found_here.len - from) - w->found_here.p);
		cog_buf_adds(out, "E{");
		if (have_sid) {
			cog_buf_adds(out, "\"session_id\":");
			cog_buf_add_jstr(out, w->sid.p, w->sid.len);
			cog_buf_addc(out, ',');
		}
		if (w->has_seq)
			cog_buf_addf(out, "\"seq\":%lld,", w->seq);
		cog_buf_add(out, w->found_here.p + from, at + 1 - from);
	}
	return 0;
}

static void
scan_block(void *ctx, struct cog_block *b)
{
	struct worker *w = ctx;
	const char *p = b->in.p, *end = p + b->in.len, *nl;
	unsigned long lineno = b->first;
	size_t len;

	w->examples = 0;
	for (; p < end; p += len + (nl != NULL), lineno++) {
		nl = memchr(p, '\n', (size_t)(end - p));
		len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		if (cog_blank(p, len))
			continue;
		if (scan_line(w, p, len, lineno, &b->out) < 0) {
			snprintf(b->err, sizeof(b->err), "%s:%lu: invalid "
			    "JSON: %s at column %zu", w->name, lineno,
			    w->j.errmsg, w->j.erroff + 1);
			b->stop = 1;
			return;
		}
	}
}

/* ---- The split: one file per session, on the main thread. ---- */

static struct {
	int fd;
	char *tmp, *final;
	struct cog_buf id, pending;
} split = { -1, NULL, NULL, COG_BUF_INIT, COG_BUF_INIT };

static void
split_write(void)
{
	if (cog_write_all(split.fd, split.pending.p, split.pending.len) < 0)
		cog_die("cannot write '%s':", split.tmp);
	cog_buf_reset(&split.pending);
}

/* Move the current session's file into place. */
static void
split_finish(void)
{
	if (split.fd < 0)
		return;
	split_write();
	if (fsync(split.fd) < 0 || close(split.fd) < 0)
		cog_die("cannot write '%s':", split.tmp);
	split.fd = -1;
	if (rename(split.tmp, split.final) < 0)
		cog_die("cannot rename '%s' to '%s':", split.tmp, split.final);
	free(split.tmp);
	free(split.final);
	split.tmp = split.final = NULL;
}

static void
split_cleanup(void)
{
	if (split.fd >= 0) {
		close(split.fd);
		unlink(split.tmp);
		split.fd = -1;
	}
}

/* Interrupted: remove the part being written, then die of the signal. */
static void
on_signal(int sig)
{
	if (split.fd >= 0)
		unlink(split.tmp);
	signal(sig, SIG_DFL);
	raise(sig);
}

/*
 * Start the file of session id.  When the session came earlier in this
 * run, its file is copied into the new one first, so that it holds all
 * of the session's records, in stream order.
 */
static void
split_start(const char *id, int again)
{
	struct cog_buf b = COG_BUF_INIT;

	cog_buf_addf(&b, "%s/%s.jsonl", opt.split_dir, id);
	split.final = cog_buf_detach(&b, NULL);
	cog_buf_addf(&b, "%s/.%s.jsonl.tmp.%ld", opt.split_dir, id,
	    (long)getpid());
	split.tmp = cog_buf_detach(&b, NULL);
	if ((split.fd = open(split.tmp, O_WRONLY | O_CREAT | O_TRUNC |
	    O_CLOEXEC, 0666)) < 0)
		cog_die("cannot create '%s':", split.tmp);
	if (again) {
		if (cog_file_read(split.final, &split.pending) < 0)
			cog_die("cannot read '%s':", split.final);
		split_write();
	}
	cog_buf_reset(&split.id);
	cog_buf_adds(&split.id, id);
}

/* ---- The sink: totals, data hash and split, in input order. ---- */

struct sink {
	const char *name;
};

/* Handle one record line with its session line s (from scan_line). */
static void
record(const char *line, size_t len, const char *s, size_t sn,
    const char *name, unsigned long lineno)
{
	size_t before;

	run.messages++;
	if (*s == 'S') {
		before = run.seen.used;
		if (split.fd < 0 || split.id.len != sn - 1 ||
		    memcmp(split.id.p, s + 1, sn - 1) != 0) {
			cog_counter_add(&run.seen, s + 1, sn - 1, 1);
			if (opt.split_dir) {
				char *id = cog_xstrndup(s + 1, sn - 1);

				split_finish();
				split_start(id, run.seen.used == before);
				free(id);
			}
		}
	} else if (opt.split_dir) {
		split_cleanup();
		cog_die("%s:%lu: %s", name, lineno, *s == 'I' ?
		    "the session_id cannot name a file" :
		    "no \"session_id\": --split-dir needs one in every record");
	}
	if (opt.split_dir) {
		cog_buf_add(&split.pending, line, len);
		cog_buf_addc(&split.pending, '\n');
		if (split.pending.len >= SPLIT_HIGHWATER)
			split_write();
	}
}

static int
take_block(void *arg, struct cog_block *b)
{
	const struct sink *k = arg;
	const char *p = b->in.p, *end = p + b->in.len, *nl;
	const char *s = b->out.p, *send = s + b->out.len, *snl;
	unsigned long lineno = b->first;
	size_t len;

	if (b->stop) {
		cog_warn("%s", b->err);
		return 1;
	}
	cog_sha256_update(&run.data, b->in.p, b->in.len);
	run.bytes += b->in.len;
	for (; p < end; p += len + (nl != NULL), lineno++) {
		nl = memchr(p, '\n', (size_t)(end - p));
		len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		if (cog_blank(p, len))
			continue;
		snl = memchr(s, '\n', (size_t)(send - s));
		record(p, len, s, (size_t)(snl - s), k->name, lineno);
		s = snl + 1;
		/* The record's examples follow its session line. */
		while (s < send && *s == 'E') {
			snl = memchr(s, '\n', (size_t)(send - s));
			if (run.nexamples < EXAMPLES) {
				cog_buf_addc(&run.examples, ',');
				cog_buf_add(&run.examples, s + 1,
				    (size_t)(snl - s - 1));
				run.nexamples++;
			}
			s = snl + 1;
		}
	}
	return 0;
}

/* ---- The entry. ---- */

/* The job id as JSON (a string or null) into b. */
static void
job_json(struct cog_buf *b, const char *shard_job, size_t shard_len)
{
	struct cog_buf f = COG_BUF_INIT;
	const char *env = getenv("COG_JOB_ID");
	size_t n;

	if (opt.job) {
		cog_buf_add_jstr(b, opt.job, strlen(opt.job));
	} else if (opt.job_file) {
		if (cog_file_read(opt.job_file, &f) < 0)
			cog_die("cannot read '%s':", opt.job_file);
		n = f.p ? strcspn(f.p, "\r\n") : 0;
		if (n == 0)
			cog_die("'%s' holds no job id", opt.job_file);
		cog_buf_add_jstr(b, f.p, n);
		cog_buf_release(&f);
	} else if (shard_job) {
		cog_buf_add(b, shard_job, shard_len);
	} else if (env && *env) {
		cog_buf_add_jstr(b, env, strlen(env));
	} else {
		cog_buf_adds(b, "null");
	}
}

/* Read the log's last entry hash, under the lock held on fd. */
static void
last_hash(int fd, char hash[65])
{
	struct cog_buf tail = COG_BUF_INIT;
	struct cog_audit_entry e;
	const char *why, *start;
	off_t size, off;
	struct stat st;
	size_t want = 4096;

	if (fstat(fd, &st) < 0)
		cog_die("cannot read '%s':", opt.log);
	if ((size = st.st_size) == 0) {
		memcpy(hash, COG_AUDIT_GENESIS, 65);
		return;
	}
	for (;;) {
		off = size > (off_t)want ? size - (off_t)want : 0;
		cog_buf_reset(&tail);
		cog_buf_grow(&tail, (size_t)(size - off));
		if (pread(fd, tail.p, (size_t)(size - off), off) !=
		    (ssize_t)(size - off))
			cog_die("cannot read '%s':", opt.log);
		tail.len = (size_t)(size - off);
		tail.p[tail.len] = '\0';
		if (tail.p[tail.len - 1] != '\n')
			cog_die("'%s' ends in an incomplete line: not "
			    "appending (cog-audit --verify shows where it "
			    "breaks)", opt.log);
		start = tail.len > 1 ? memrchr(tail.p, '\n', tail.len - 1) :
		    NULL;
		if (start || off == 0)
			break;
		want *= 4;
	}
	start = start ? start + 1 : tail.p;
	if (cog_audit_parse(start, (size_t)(tail.p + tail.len - 1 - start),
	    &e, &why) < 0)
		cog_die("the last entry of '%s' is damaged (%s): not appending",
		    opt.log, why);
	if (!cog_audit_hash_ok(start, &e))
		cog_die("the last entry of '%s' does not match its hash: not "
		    "appending", opt.log);
	memcpy(hash, e.entry_hash, 65);
	cog_buf_release(&tail);
}

/*
 * Finish the entry whose text up to "data_sha256" is in b: chain it to
 * the log (under an exclusive lock), seal it, append it and print it.
 */
static void
commit(struct cog_buf *b)
{
	char prev[65];
	int fd = -1;

	if (opt.log) {
		if ((fd = open(opt.log, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC,
		    0666)) < 0)
			cog_die("cannot open '%s':", opt.log);
		while (flock(fd, LOCK_EX) < 0)
			if (errno != EINTR)
				cog_die("cannot lock '%s':", opt.log);
		last_hash(fd, prev);
	} else {
		memcpy(prev, COG_AUDIT_GENESIS, 65);
	}
	cog_buf_addf(b, ",\"prev_hash\":\"%s\"", prev);
	cog_audit_seal(b, 0, signer());
	cog_buf_addc(b, '\n');
	if (fd >= 0) {
		if (cog_write_all(fd, b->p, b->len) < 0 || fsync(fd) < 0 ||
		    close(fd) < 0)
			cog_die("cannot write '%s':", opt.log);
	}
	fwrite(b->p, 1, b->len, stdout);
}

static void
metrics_json(struct cog_buf *b)
{
	cog_buf_addf(b, "\"metrics\":{\"total_sessions\":%llu,"
	    "\"successful_downloads\":%llu,\"messages\":%llu,"
	    "\"bytes_processed\":%llu,\"duration_seconds\":%.3f,"
	    "\"redaction_token_count\":", run.sessions + run.failed,
	    run.sessions, run.messages, run.bytes, run.duration);
	cog_audit_counts_json(&run.tokens, b);
	cog_buf_addf(b, "},\"residual_pii\":{\"scanned_strings\":%llu,"
	    "\"found\":", run.strings);
	cog_audit_counts_json(&run.found, b);
	if (run.nexamples > 0) {
		cog_buf_adds(b, ",\"examples\":[");
		cog_buf_add(b, run.examples.p + 1, run.examples.len - 1);
		cog_buf_addc(b, ']');
	}
	cog_buf_addc(b, '}');
}

static void
now(struct timespec *t)
{
	clock_gettime(CLOCK_REALTIME, t);
}

static double
elapsed(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - run.start.tv_sec) +
	    (double)(t.tv_nsec - run.start.tv_nsec) / 1e9;
}

/* Count the sessions of cog-fetch's --failed file not delivered after all. */
static void
count_failed(void)
{
	struct cog_session_ref ref;
	struct cog_counter ids = { NULL, 0, 0 };
	struct cog_lines in;
	const char *why;
	char *line;
	size_t len, before;
	int nl, r;

	memset(&ref, 0, sizeof(ref));
	if (cog_lines_open(&in, opt.failed) < 0)
		cog_die("cannot open '%s':", opt.failed);
	while ((r = cog_lines_next(&in, &line, &len, &nl)) > 0) {
		if ((r = cog_session_parse_line(line, len, &ref, &why)) <= 0) {
			if (r < 0)
				run.failed++;	/* a bad line: one lost */
			continue;
		}
		if (cog_counter_find(&run.seen, ref.id.p, ref.id.len))
			continue;	/* delivered after all */
		before = ids.used;
		cog_counter_add(&ids, ref.id.p, ref.id.len, 1);
		run.failed += ids.used > before;
	}
	if (r < 0)
		cog_die("cannot read '%s':", opt.failed);
	cog_lines_close(&in);
	cog_session_ref_release(&ref);
	cog_counter_release(&ids);
}

static int
audit(int argc, char **argv)
{
	cog_typeset types = cog_default_types, users = 0;
	struct cog_detector *det;
	struct cog_buf entry = COG_BUF_INIT;
	struct cog_lines in;
	struct worker *w;
	struct sink k;
	struct timespec ts;
	unsigned char d[COG_SHA256_LEN];
	char err[512];
	void **ctx;
	size_t i;
	int *ptypes, stopped = 0;

	clock_gettime(CLOCK_MONOTONIC, &run.start);
	load_keys(1);
	ptypes = cog_xcalloc(opt.npatterns + 1, sizeof(*ptypes));
	for (i = 0; i < opt.npatterns; i++) {
		const char *eq = strchr(opt.patterns[i], '=');
		char *name;

		if (eq == NULL || eq == opt.patterns[i] || eq[1] == '\0')
			cog_usage_error("--pattern: expected TYPE=REGEX, got "
			    "'%s'", opt.patterns[i]);
		name = cog_xstrndup(opt.patterns[i],
		    (size_t)(eq - opt.patterns[i]));
		if ((ptypes[i] = cog_type_lookup(name, strlen(name))) < 0 &&
		    (ptypes[i] = cog_type_define(name)) < 0)
			cog_usage_error("--pattern: bad type name '%s' (use "
			    "A-Z, 0-9 and _)", name);
		users |= COG_TYPEBIT(ptypes[i]);
		free(name);
	}
	if (opt.types && cog_typelist_parse(opt.types, types, &types, err,
	    sizeof(err)) < 0)
		cog_usage_error("--types: %s", err);
	det = cog_detector_new(types | users);
	for (i = 0; i < opt.npatterns; i++)
		if (cog_detector_add_pattern(det, ptypes[i],
		    strchr(opt.patterns[i], '=') + 1, err, sizeof(err)) < 0)
			cog_usage_error("--pattern %s: bad regex %s",
			    cog_type_name(ptypes[i]), err);
	free(ptypes);
	if (opt.split_dir && cog_mkdirs(opt.split_dir, 0777, 0777) < 0)
		cog_die("cannot create '%s':", opt.split_dir);
	atexit(split_cleanup);
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	signal(SIGHUP, on_signal);
	cog_sha256_init(&run.data);
	w = cog_xcalloc((size_t)opt.jobs, sizeof(*w));
	ctx = cog_xcalloc((size_t)opt.jobs, sizeof(*ctx));
	for (i = 0; i < (size_t)opt.jobs; i++) {
		w[i].det = i ? cog_detector_dup(det) : det;
		ctx[i] = &w[i];
	}
	if (optind == argc)
		argv[--optind] = "-";
	for (; optind < argc && !stopped; optind++) {
		if (cog_lines_open(&in, argv[optind]) < 0)
			cog_die("cannot open '%s':", argv[optind]);
		for (i = 0; i < (size_t)opt.jobs; i++)
			w[i].name = in.name;
		k.name = in.name;
		stopped = cog_par_each(&in, BLOCKSIZE, 0, opt.jobs, ctx,
		    scan_block, take_block, &k);
		cog_lines_close(&in);
	}
	if (stopped)
		exit(COG_EXIT_FATAL);	/* split_cleanup removes a part */
	split_finish();
	run.duration = elapsed();
	for (i = 0; i < (size_t)opt.jobs; i++) {
		size_t s;

		for (s = 0; s < w[i].tokens.cap; s++)
			if (w[i].tokens.slot[s].key)
				cog_counter_add(&run.tokens,
				    w[i].tokens.slot[s].key,
				    w[i].tokens.slot[s].len,
				    w[i].tokens.slot[s].count);
		for (s = 0; s < w[i].found.cap; s++)
			if (w[i].found.slot[s].key)
				cog_counter_add(&run.found,
				    w[i].found.slot[s].key,
				    w[i].found.slot[s].len,
				    w[i].found.slot[s].count);
		run.strings += w[i].strings;
	}
	run.sessions = run.seen.used;
	if (opt.failed)
		count_failed();
	if (opt.split_dir) {
		int dfd = open(opt.split_dir, O_RDONLY | O_DIRECTORY);

		if (dfd >= 0) {
			fsync(dfd);
			close(dfd);
		}
	}
	cog_buf_adds(&entry, "{\"jobId\":");
	job_json(&entry, NULL, 0);
	now(&ts);
	cog_buf_adds(&entry, ",\"timestamp\":\"");
	cog_audit_time(&entry, &ts);
	cog_buf_adds(&entry, "\",");
	metrics_json(&entry);
	cog_sha256_final(&run.data, d);
	cog_buf_adds(&entry, ",\"data_sha256\":\"");
	cog_hex_encode(&entry, d, sizeof(d));
	cog_buf_addc(&entry, '"');
	commit(&entry);
	cog_buf_release(&entry);
	for (i = 0; i < (size_t)opt.jobs; i++) {
		if (i)
			cog_detector_free(w[i].det);
		cog_spans_release(&w[i].spans);
		cog_json_release(&w[i].j);
		cog_jdec_release(&w[i].dec);
		cog_jdec_release(&w[i].kdec);
		cog_buf_release(&w[i].scratch);
		cog_buf_release(&w[i].path);
		cog_buf_release(&w[i].sid);
		cog_buf_release(&w[i].found_here);
		cog_counter_release(&w[i].tokens);
		cog_counter_release(&w[i].found);
		free(w[i].fr);
	}
	cog_detector_free(det);
	free(w);
	free(ctx);
	return COG_EXIT_OK;
}

/* ---- --verify and --merge. ---- */

/*
 * Check one entry's hash and signature; *why says what is wrong.  A
 * missing key for its algorithm is fatal.
 */
static int
check_entry(const char *line, size_t n, struct cog_audit_entry *e,
    const char *name, unsigned long lineno, const char **why)
{
	static char msg[160];
	struct cog_signkey *k;

	if (cog_audit_parse(line, n, e, why) < 0)
		return -1;
	if (!cog_audit_hash_ok(line, e)) {
		*why = "entry_hash does not match the entry";
		return -1;
	}
	if ((k = keys[e->alg]) == NULL)
		cog_die("%s:%lu: the entry is signed with %s: %s", name, lineno,
		    cog_sign_alg_name(e->alg), e->alg == COG_SIGN_HMAC ?
		    "set COG_AUDIT_KEY or give the secret with --key-file" :
		    "give the public key with --key-file");
	if (strcmp(e->key_id, cog_signkey_id(k)) != 0) {
		snprintf(msg, sizeof(msg), "signed by another key (key_id %s; "
		    "this key is %s)", e->key_id, cog_signkey_id(k));
		*why = msg;
		return -1;
	}
	if (!cog_audit_sig_ok(line, e, k)) {
		*why = "bad signature";
		return -1;
	}
	return 0;
}

static int
verify_log(const char *path)
{
	struct cog_buf out = COG_BUF_INIT;
	struct cog_audit_entry e;
	struct cog_lines in;
	const char *why = NULL;
	char prev[65], *line;
	size_t len;
	unsigned long good = 0;
	int nl, r, bad = 0;

	memcpy(prev, COG_AUDIT_GENESIS, 65);
	if (cog_lines_open(&in, path) < 0)
		cog_die("cannot open '%s':", path);
	while ((r = cog_lines_next(&in, &line, &len, &nl)) > 0) {
		if (!nl) {
			why = "incomplete last line";
			bad = 1;
		} else if (len == 0) {
			why = "blank line";
			bad = 1;
		} else if (check_entry(line, len, &e, in.name, in.lineno,
		    &why) < 0) {
			bad = 1;
		} else if (memcmp(e.prev_hash, prev, 64) != 0) {
			why = good == 0 ? "prev_hash is not the start of a log "
			    "(entries before it are missing)" :
			    "prev_hash is not the previous entry's hash "
			    "(an entry was removed, added or reordered)";
			bad = 1;
		}
		if (bad)
			break;
		memcpy(prev, e.entry_hash, 65);
		good++;
	}
	if (r < 0)
		cog_die("cannot read '%s':", in.name);
	cog_buf_adds(&out, "{\"log\":");
	cog_buf_add_jstr(&out, in.name, strlen(in.name));
	cog_buf_addf(&out, ",\"entries\":%lu,", good);
	if (bad) {
		cog_warn("%s:%lu: %s", in.name, in.lineno, why);
		cog_buf_addf(&out, "\"verified\":false,\"line\":%lu,"
		    "\"error\":", in.lineno);
		cog_buf_add_jstr(&out, why, strlen(why));
		cog_buf_adds(&out, "}\n");
	} else {
		cog_buf_addf(&out, "\"verified\":true,\"last_hash\":\"%s\"}\n",
		    prev);
	}
	fwrite(out.p, 1, out.len, stdout);
	cog_buf_release(&out);
	cog_lines_close(&in);
	return bad;
}

static int
verify(int argc, char **argv)
{
	int bad = 0;

	load_keys(0);
	if (keys[0] == NULL && keys[1] == NULL)
		cog_die("no key to check signatures with: set COG_AUDIT_KEY or "
		    "give --key-file");
	if (optind == argc)
		argv[--optind] = "-";
	for (; optind < argc; optind++)
		bad |= verify_log(argv[optind]);
	return bad ? COG_EXIT_PARTIAL : COG_EXIT_OK;
}

static unsigned long long
member_int(const char *line, size_t n, const char *path, const char *name,
    unsigned long lineno)
{
	long long v;

	if (cog_jget_int(line, n, path, &v) != 1 || v < 0)
		cog_die("%s:%lu: no \"%s\" count", name, lineno, path);
	return (unsigned long long)v;
}

struct merge {
	struct cog_buf job, hashes;
	int have_job, jobs_differ;
	double first, last;
	unsigned long n;
	const char *name;
	unsigned long lineno;
};

static int
add_example(const struct cog_jval *v, void *arg)
{
	(void)arg;
	if (run.nexamples >= EXAMPLES)
		return 1;
	cog_buf_addc(&run.examples, ',');
	cog_buf_add(&run.examples, v->p, v->n);
	run.nexamples++;
	return 0;
}

/* Add one shard entry (already checked) to the totals. */
static void
merge_one(struct merge *m, const char *line, size_t n,
    const struct cog_audit_entry *e)
{
	struct cog_buf s = COG_BUF_INIT;
	struct cog_jval v;
	double t, dur;

	run.sessions += member_int(line, n, "metrics.successful_downloads",
	    m->name, m->lineno);
	run.failed += member_int(line, n, "metrics.total_sessions", m->name,
	    m->lineno) - member_int(line, n, "metrics.successful_downloads",
	    m->name, m->lineno);
	run.messages += member_int(line, n, "metrics.messages", m->name,
	    m->lineno);
	run.bytes += member_int(line, n, "metrics.bytes_processed", m->name,
	    m->lineno);
	run.strings += member_int(line, n, "residual_pii.scanned_strings",
	    m->name, m->lineno);
	if (cog_jget(line, n, "metrics.redaction_token_count", &v) != 1 ||
	    cog_audit_counts_add(v.p, v.n, &run.tokens) < 0 ||
	    cog_jget(line, n, "residual_pii.found", &v) != 1 ||
	    cog_audit_counts_add(v.p, v.n, &run.found) < 0)
		cog_die("%s:%lu: bad redaction_token_count or residual_pii "
		    "counts", m->name, m->lineno);
	cog_jget_each(line, n, "residual_pii.examples", add_example, NULL);
	if (cog_jget(line, n, "metrics.duration_seconds", &v) != 1 ||
	    v.type != COG_JT_NUMBER || cog_jget_str(line, n, "timestamp",
	    &s) != 1 || cog_audit_parse_time(s.p, s.len, &t) < 0)
		cog_die("%s:%lu: bad timestamp or duration_seconds", m->name,
		    m->lineno);
	dur = strtod(v.p, NULL);
	if (m->n == 0 || t - dur < m->first)
		m->first = t - dur;
	if (m->n == 0 || t > m->last)
		m->last = t;
	if (cog_jget(line, n, "jobId", &v) != 1)
		cog_die("%s:%lu: no \"jobId\"", m->name, m->lineno);
	if (v.type == COG_JT_STRING) {
		v.p--;
		v.n += 2;
	}
	if (!m->have_job) {
		cog_buf_add(&m->job, v.p, v.n);
		m->have_job = 1;
	} else if (m->job.len != v.n || memcmp(m->job.p, v.p, v.n) != 0) {
		m->jobs_differ = 1;
	}
	cog_buf_reset(&s);
	if (cog_jget_str(line, n, "data_sha256", &s) != 1 || s.len != 64)
		cog_die("%s:%lu: no \"data_sha256\"", m->name, m->lineno);
	cog_buf_addf(&run.shards, ",{\"entry_hash\":\"%s\",\"data_sha256\":"
	    "\"%s\"}", e->entry_hash, s.p);
	cog_buf_addf(&m->hashes, "%s\n", s.p);
	cog_buf_release(&s);
	m->n++;
}

static int
merge(int argc, char **argv)
{
	struct cog_buf entry = COG_BUF_INIT;
	struct cog_audit_entry e;
	struct cog_lines in;
	struct merge m;
	struct timespec ts;
	unsigned char d[COG_SHA256_LEN];
	const char *why;
	char *line;
	size_t len;
	int nl, r;

	load_keys(1);
	memset(&m, 0, sizeof(m));
	if (optind == argc)
		argv[--optind] = "-";
	for (; optind < argc; optind++) {
		if (cog_lines_open(&in, argv[optind]) < 0)
			cog_die("cannot open '%s':", argv[optind]);
		m.name = in.name;
		while ((r = cog_lines_next(&in, &line, &len, &nl)) > 0) {
			if (cog_blank(line, len))
				continue;
			m.lineno = in.lineno;
			if (check_entry(line, len, &e, in.name, in.lineno,
			    &why) < 0) {
				cog_warn("%s:%lu: %s: nothing merged", in.name,
				    in.lineno, why);
				cog_lines_close(&in);
				cog_buf_release(&m.job);
				cog_buf_release(&m.hashes);
				return COG_EXIT_PARTIAL;
			}
			merge_one(&m, line, len, &e);
		}
		if (r < 0)
			cog_die("cannot read '%s':", in.name);
		cog_lines_close(&in);
	}
	if (m.n == 0)
		cog_die("no entries to merge");
	if (m.jobs_differ && !opt.job && !opt.job_file)
		cog_die("the entries are of different jobs: give --job");
	run.duration = m.last - m.first;
	cog_buf_adds(&entry, "{\"jobId\":");
	job_json(&entry, m.job.p, m.job.len);
	now(&ts);
	cog_buf_adds(&entry, ",\"timestamp\":\"");
	cog_audit_time(&entry, &ts);
	cog_buf_adds(&entry, "\",");
	metrics_json(&entry);
	cog_buf_adds(&entry, ",\"shards\":[");
	cog_buf_add(&entry, run.shards.p + 1, run.shards.len - 1);
	cog_buf_adds(&entry, "],\"data_sha256\":\"");
	cog_sha256_init(&run.data);
	cog_sha256_update(&run.data, m.hashes.p, m.hashes.len);
	cog_sha256_final(&run.data, d);
	cog_hex_encode(&entry, d, sizeof(d));
	cog_buf_addc(&entry, '"');
	commit(&entry);
	cog_buf_release(&entry);
	cog_buf_release(&m.job);
	cog_buf_release(&m.hashes);
	return COG_EXIT_OK;
}

int
main(int argc, char **argv)
{
	int status;

	cog_setprogname(argv[0]);
	parse_options(argc, argv);
	if (opt.verify)
		status = verify(argc, argv);
	else if (opt.merge)
		status = merge(argc, argv);
	else
		status = audit(argc, argv);
	cog_signkey_free(keys[0]);
	cog_signkey_free(keys[1]);
	cog_counter_release(&run.seen);
	cog_counter_release(&run.tokens);
	cog_counter_release(&run.found);
	cog_buf_release(&run.examples);
	cog_buf_release(&run.shards);
	cog_sha256_release(&run.data);
	return cog_close_stdout(status);
}
