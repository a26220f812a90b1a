/* cog-audit -- audit the masked stream: one signed, hash-chained entry */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit/audit.h"
#include "audit/log.h"
#include "audit/merge.h"
#include "audit/run.h"
#include "audit/scan.h"
#include "audit/sign.h"
#include "audit/split.h"
#include "base/buf.h"
#include "base/counter.h"
#include "base/err.h"
#include "base/file.h"
#include "base/lines.h"
#include "base/par.h"
#include "mask/keys.h"
#include "pii/detect.h"
#include "pii/pattern.h"
#include "pii/typelist.h"
#include "pii/types.h"

#define BLOCKSIZE (256 * 1024)

enum {
	OPT_ALLOW_RESIDUAL = 256, OPT_EXPECT_LAST, OPT_FAILED, OPT_JOB, OPT_JOB_FILE,
	OPT_KEY_FILE, OPT_LOG, OPT_MASK_KEY_FILE, OPT_MERGE, OPT_SPLIT_DIR,
	OPT_VERIFY
};

static const char shortopts[] = ":hj:p:T:V";
static const struct option longopts[] = {
	{ "allow-residual", no_argument, NULL, OPT_ALLOW_RESIDUAL },
	{ "expect-last", required_argument, NULL, OPT_EXPECT_LAST },
	{ "failed", required_argument, NULL, OPT_FAILED },
	{ "help", no_argument, NULL, 'h' },
	{ "job", required_argument, NULL, OPT_JOB },
	{ "job-file", required_argument, NULL, OPT_JOB_FILE },
	{ "key-file", required_argument, NULL, OPT_KEY_FILE },
	{ "log", required_argument, NULL, OPT_LOG },
	{ "mask-key-file", required_argument, NULL, OPT_MASK_KEY_FILE },
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
	const char *failed, *job, *job_file, *key_file, *log, *mask_key_file,
	    *split_dir, *types;
	char expect[65];		/* --expect-last, lowercase */
	const char **patterns;
	size_t npatterns;
	int verify, merge, jobs, allow_residual;
} opt;

/* The signing key, and for checking, one key of each algorithm. */
static struct cog_audit_keys keys;
static struct cog_audit_run run;
static struct cog_audit_split *split;

static void
help(void)
{
	fputs("usage: cog-audit [-j threads] [-p type=regex] [-T types] "
	    "[--allow-residual]\n"
	    "                 [--failed file] [--job id] [--job-file file] "
	    "[--key-file file]\n"
	    "                 [--log file] [--mask-key-file file] "
	    "[--split-dir dir] [file ...]\n"
	    "       cog-audit --verify [--expect-last hash] [--key-file file] "
	    "[log ...]\n"
	    "       cog-audit --merge [--allow-residual] [--job id] "
	    "[--job-file file]\n"
	    "                 [--key-file file] [--log file] [file ...]\n"
"\n"
"Read the masked stream and write one signed audit entry: metrics, tokens\n"
"per type, a residual PII scan, the SHA-256 of the data and the previous\n"
"entry's hash.  The entry goes to standard output (for cog-notify) and is\n"
"appended to the --log file.  Residual PII makes the exit status 1.\n\n"
"      --log FILE           append the entry to FILE, chained to its last\n"
"      --split-dir DIR      write each session's records to DIR/<id>.jsonl\n"
"      --failed FILE        cog-fetch's failed sessions, counted as listed\n"
"      --job ID             the export job the entry is about\n"
"      --job-file FILE      read the job id from FILE (cog-export --job-file)\n"
"      --key-file FILE      sign with this key: a PEM Ed25519 private key, or\n"
"                           an HMAC secret (default: COG_AUDIT_KEY)\n"
"      --mask-key-file FILE the masking secret, to check encrypt tokens with\n"
"                           (default: COG_MASK_KEY, ~/.config/cog/mask.key)\n"
"  -T, --types LIST         types of the residual scan: TYPE,..., +TYPE,\n"
"                           -TYPE, ALL\n"
"  -p, --pattern TYPE=REGEX also scan for TYPE with a PCRE2 regex\n"
"  -j, --parallel N         scanning threads (default: the CPUs, up to 8)\n"
"      --allow-residual     residual PII is reported in the entry, and the\n"
"                           exit status is 0 all the same\n"
"      --verify             check the hashes, chain and signatures of logs\n"
"      --expect-last HASH   with --verify: the log must still hold the entry\n"
"                           of this entry_hash (a last_hash kept earlier)\n"
"      --merge              combine the entries of shards into one\n"
"  -h, --help               show this help\n"
"  -V, --version            show the version\n"
"\nExit status: 0 done (or verified), 1 residual PII found (without\n"
"--allow-residual) or a log that does not verify, 2 error.\n", stdout);
	cog_exit(0);
}

/* The hash of --expect-last: 64 hex digits. */
static void
expect_last(const char *arg)
{
	size_t i;

	for (i = 0; i < 64 && arg[i]; i++)
		if (!((arg[i] >= '0' && arg[i] <= '9') ||
		    ((arg[i] | 0x20) >= 'a' && (arg[i] | 0x20) <= 'f')))
			break;
	if (i != 64 || arg[64] != '\0')
		cog_usage_error("--expect-last: expected an entry_hash of 64 "
		    "hex digits, got '%s'", arg);
	for (i = 0; i < 64; i++)
		opt.expect[i] = arg[i] >= 'A' && arg[i] <= 'F' ?
		    (char)(arg[i] | 0x20) : arg[i];
	opt.expect[64] = '\0';
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
		case OPT_ALLOW_RESIDUAL: opt.allow_residual = 1; break;
		case OPT_EXPECT_LAST: expect_last(optarg); break;
		case OPT_FAILED: opt.failed = optarg; break;
		case OPT_JOB: opt.job = optarg; break;
		case OPT_JOB_FILE: opt.job_file = optarg; break;
		case OPT_KEY_FILE: opt.key_file = optarg; break;
		case OPT_LOG: opt.log = optarg; break;
		case OPT_MASK_KEY_FILE: opt.mask_key_file = optarg; break;
		case OPT_MERGE: opt.merge = 1; break;
		case OPT_SPLIT_DIR: opt.split_dir = optarg; break;
		case OPT_VERIFY: opt.verify = 1; break;
		default: cog_bad_option(c, argv);
		}
	if (opt.verify && opt.merge)
		cog_usage_error("--verify and --merge do not go together");
	if (opt.verify && (opt.log || opt.split_dir || opt.failed ||
	    opt.job || opt.job_file || opt.types || opt.npatterns ||
	    opt.mask_key_file || opt.allow_residual))
		cog_usage_error("--verify takes only --expect-last, --key-file "
		    "and logs");
	if (*opt.expect && !opt.verify)
		cog_usage_error("--expect-last goes with --verify");
	if (*opt.expect && argc - optind > 1)
		cog_usage_error("--expect-last checks one log");
	if (opt.merge && (opt.split_dir || opt.failed || opt.types ||
	    opt.npatterns || opt.mask_key_file))
		cog_usage_error("--merge does not scan: --split-dir, --failed, "
		    "--types, --pattern and --mask-key-file do not apply");
	if (opt.job && opt.job_file)
		cog_usage_error("--job and --job-file do not go together");
}

static void
load_keys(int need_signer)
{
	struct cog_signkey *k, *env;
	char err[512];

	if (opt.key_file) {
		if ((k = cog_signkey_load(opt.key_file, err, sizeof(err))) ==
		    NULL)
			cog_die("%s", err);
		keys.k[cog_signkey_alg(k)] = k;
		if (need_signer && !cog_signkey_can_sign(k))
			cog_die("'%s' is a public key: signing needs the "
			    "private key", opt.key_file);
	}
	if (keys.k[COG_SIGN_HMAC] == NULL &&
	    (env = cog_signkey_from_env("COG_AUDIT_KEY", err, sizeof(err))))
		keys.k[COG_SIGN_HMAC] = env;
	if (need_signer && opt.key_file == NULL &&
	    keys.k[COG_SIGN_HMAC] == NULL)
		cog_die("no signing key: %s; or give an Ed25519 key with "
		    "--key-file", err);
}

static struct cog_signkey *
signer(void)
{
	if (opt.key_file && keys.k[COG_SIGN_ED25519])
		return keys.k[COG_SIGN_ED25519];
	return keys.k[COG_SIGN_HMAC];
}

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

/*
 * Say what residual PII the entry reports, per type; return the exit
 * status it makes: COG_EXIT_PARTIAL, or with --allow-residual (and when
 * there is none) COG_EXIT_OK.
 */
static int
tell_residual(void)
{
	struct cog_buf b = COG_BUF_INIT;
	struct cog_counter_entry *v;
	unsigned long long total = 0;
	size_t i, n;

	v = cog_counter_sorted(&run.found, &n);
	for (i = 0; i < n; i++) {
		cog_buf_addf(&b, "%s%s %llu", i ? ", " : "", v[i].key,
		    v[i].count);
		total += v[i].count;
	}
	free(v);
	if (total > 0)
		cog_warn("residual PII in the masked stream: %s (residual_pii "
		    "of the entry says where)%s", b.p, opt.allow_residual ?
		    "" : "; exit status 1");
	cog_buf_release(&b);
	return total > 0 && !opt.allow_residual ? COG_EXIT_PARTIAL :
	    COG_EXIT_OK;
}

/*
 * Chain the entry to the log, sign it, append it and print it; return
 * the exit status of the residual PII it reports.
 */
static int
commit(struct cog_buf *entry, const char *shard_job, size_t shard_len)
{
	struct cog_buf job = COG_BUF_INIT;

	job_json(&job, shard_job, shard_len);
	cog_audit_run_entry(&run, job.p, job.len, entry);
	cog_audit_log_commit(opt.log, entry, signer(), &keys);
	fwrite(entry->p, 1, entry->len, stdout);
	cog_buf_release(&job);
	return tell_residual();
}

/* The detector of the residual scan: the patterns, then the types. */
static struct cog_detector *
detector(void)
{
	cog_typeset types = cog_default_types, users = 0;
	struct cog_detector *det = cog_detector_new(0);
	char err[512];
	size_t i;
	int t;

	for (i = 0; i < opt.npatterns; i++) {
		if ((t = cog_pattern_add(det, opt.patterns[i], err,
		    sizeof(err))) < 0)
			cog_usage_error("%s", err);
		users |= COG_TYPEBIT(t);
	}
	if (opt.types && cog_typelist_parse(opt.types, types, &types, err,
	    sizeof(err)) < 0)
		cog_usage_error("--types: %s", err);
	cog_detector_set_types(det, types | users);
	return det;
}

static void
abort_split(void)
{
	if (split)
		cog_audit_split_abort(split);
	split = NULL;
}

/* Interrupted: remove the part being written, then die of the signal. */
static void
on_signal(int sig)
{
	if (split)
		cog_audit_split_unlink_tmp(split);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* The masking keys that tokens are checked with, or NULL: none at all. */
static struct cog_keys *
mask_keys(void)
{
	struct cog_keys *k;
	char err[512];

	if ((k = cog_keys_load(opt.mask_key_file, COG_KEYS_OPTIONAL, err,
	    sizeof(err))) == NULL && err[0] != '\0')
		cog_die("%s", err);
	return k;
}

/* Say what the vetting of tokens could not check, or turned down. */
static void
tell_vetted(const struct cog_audit_vetted *v)
{
	if (v->unchecked)
		cog_warn("%llu encrypt token%s checked by form only: no "
		    "masking key to decrypt with (COG_MASK_KEY or "
		    "--mask-key-file)", v->unchecked, v->unchecked > 1 ?
		    "s" : "");
	if (v->foreign)
		cog_warn("%llu token-shaped string%s not written by cog-mask "
		    "under this key (no ciphertext of it, or a type unknown "
		    "here with a digit): scanned as text", v->foreign,
		    v->foreign > 1 ? "s" : "");
}

static int
audit(int argc, char **argv)
{
	struct cog_buf entry = COG_BUF_INIT;
	struct cog_audit_vetted vetted = { 0, 0, 0 };
	/* Static: a file that cannot be opened ends the run with it held. */
	static struct cog_audit_scan **scan;
	struct cog_detector *det;
	struct cog_keys *mk;
	struct cog_lines in;
	struct timespec t0, t1;
	size_t i, n = (size_t)opt.jobs;
	int stopped = 0, status;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	load_keys(1);
	det = detector();
	mk = mask_keys();
	if (opt.split_dir) {
		split = cog_audit_split_open(opt.split_dir);
		run.split = split;
		atexit(abort_split);
		signal(SIGINT, on_signal);
		signal(SIGTERM, on_signal);
		signal(SIGHUP, on_signal);
	}
	scan = cog_xcalloc(n, sizeof(*scan));
	/* The first scanner takes det and mk; the others, copies. */
	for (i = n; i-- > 0;)
		scan[i] = cog_audit_scan_new(i ? cog_detector_dup(det) : det,
		    i && mk ? cog_keys_dup(mk) : mk);
	if (optind == argc)
		argv[--optind] = "-";
	for (; optind < argc && !stopped; optind++) {
		if (cog_lines_open(&in, argv[optind]) < 0)
			cog_die("cannot open '%s':", argv[optind]);
		for (i = 0; i < n; i++)
			cog_audit_scan_set_name(scan[i], in.name);
		run.name = in.name;
		stopped = cog_par_each(&in, BLOCKSIZE, 0, opt.jobs,
		    (void **)scan, cog_audit_scan_block, cog_audit_run_take,
		    &run);
		cog_lines_close(&in);
	}
	if (stopped)
		exit(COG_EXIT_FATAL);	/* abort_split removes a part */
	if (split)
		cog_audit_split_close(split);
	split = run.split = NULL;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	run.duration = (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	for (i = 0; i < n; i++) {
		cog_audit_scan_totals(scan[i], &run.tokens, &run.found,
		    &run.strings, &vetted);
		cog_audit_scan_free(scan[i]);
	}
	free(scan);
	tell_vetted(&vetted);
	run.sessions = run.seen.used;
	if (opt.failed)
		cog_audit_run_count_failed(&run, opt.failed);
	status = commit(&entry, NULL, 0);
	cog_buf_release(&entry);
	return status;
}

/* What a log that verified lacks: any entry, or the one expected. */
static void
verdict(struct cog_audit_verdict *v)
{
	if (v->entries == 0)
		v->why = "the log holds no entries";
	else if (*opt.expect && v->expect_line == 0)
		v->why = "no entry has the expected entry_hash: entries at "
		    "the end were removed, or it is another log";
}

static int
verify(int argc, char **argv)
{
	struct cog_buf out = COG_BUF_INIT;
	struct cog_audit_verdict v;
	struct cog_lines in;
	int bad = 0;

	load_keys(0);
	if (keys.k[0] == NULL && keys.k[1] == NULL)
		cog_die("no key to check signatures with: set COG_AUDIT_KEY or "
		    "give --key-file");
	if (optind == argc)
		argv[--optind] = "-";
	for (; optind < argc; optind++) {
		if (cog_lines_open(&in, argv[optind]) < 0)
			cog_die("cannot open '%s':", argv[optind]);
		if (cog_audit_log_verify(&in, &keys, 0, *opt.expect ?
		    opt.expect : NULL, &v) == 0)
			verdict(&v);
		if (v.why && v.line)
			cog_warn("%s:%lu: %s", in.name, v.line, v.why);
		else if (v.why)
			cog_warn("%s: %s", in.name, v.why);
		bad |= v.why != NULL;
		cog_buf_reset(&out);
		cog_audit_verdict_json(&v, in.name, &out);
		fwrite(out.p, 1, out.len, stdout);
		cog_lines_close(&in);
	}
	cog_buf_release(&out);
	return bad ? COG_EXIT_PARTIAL : COG_EXIT_OK;
}

/* Add the entries of one file of shard entries; -1 when one is bad. */
static int
merge_file(struct cog_audit_merge *m, const char *path)
{
	struct cog_audit_entry e;
	struct cog_lines in;
	const char *why;
	char *line;
	size_t len;
	int nl, r, c;

	if (cog_lines_open(&in, path) < 0)
		cog_die("cannot open '%s':", path);
	while ((r = cog_lines_next(&in, &line, &len, &nl)) > 0) {
		if (cog_blank(line, len))
			continue;
		if ((c = cog_audit_check(line, len, &keys, &e, &why)) ==
		    COG_AUDIT_NOKEY)
			cog_die("%s:%lu: %s", in.name, in.lineno, why);
		if (c < 0) {
			cog_warn("%s:%lu: %s: nothing merged", in.name,
			    in.lineno, why);
			cog_lines_close(&in);
			return -1;
		}
		cog_audit_merge_add(m, &run, line, len, &e, in.name,
		    in.lineno);
	}
	if (r < 0)
		cog_die("cannot read '%s':", in.name);
	cog_lines_close(&in);
	return 0;
}

static int
merge(int argc, char **argv)
{
	struct cog_buf entry = COG_BUF_INIT;
	struct cog_audit_merge m;
	int status = COG_EXIT_OK;

	load_keys(1);
	memset(&m, 0, sizeof(m));
	if (optind == argc)
		argv[--optind] = "-";
	for (; optind < argc && status == COG_EXIT_OK; optind++)
		if (merge_file(&m, argv[optind]) < 0)
			status = COG_EXIT_PARTIAL;
	if (status == COG_EXIT_OK) {
		if (m.n == 0)
			cog_die("no entries to merge");
		if (m.jobs_differ && !opt.job && !opt.job_file)
			cog_die("the entries are of different jobs: give "
			    "--job");
		cog_audit_merge_finish(&m, &run);
		status = commit(&entry, m.job.p, m.job.len);
	}
	cog_buf_release(&entry);
	cog_audit_merge_release(&m);
	return status;
}

int
main(int argc, char **argv)
{
	int status;

	cog_setprogname(argv[0]);
	parse_options(argc, argv);
	cog_audit_run_init(&run);
	if (opt.verify)
		status = verify(argc, argv);
	else if (opt.merge)
		status = merge(argc, argv);
	else
		status = audit(argc, argv);
	cog_signkey_free(keys.k[0]);
	cog_signkey_free(keys.k[1]);
	cog_audit_run_release(&run);
	return cog_close_stdout(status);
}
