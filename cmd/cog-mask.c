/* cog-mask -- detect and mask PII in JSONL or text, deterministically */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/csv.h"
#include "base/err.h"
#include "base/file.h"
#include "base/lines.h"
#include "base/par.h"
#include "json/extent.h"
#include "json/json.h"
#include "json/path.h"
#include "mask/csv.h"
#include "mask/keys.h"
#include "mask/mask.h"
#include "mask/rules.h"
#include "pii/detect.h"
#include "pii/normalize.h"
#include "pii/pattern.h"
#include "pii/typelist.h"
#include "pii/types.h"

enum { BAD_FAIL, BAD_TEXT, BAD_SKIP };

#define BLOCKSIZE (128 * 1024)

enum {
	OPT_ALLOW = 256, OPT_BAD_LINES, OPT_CONTEXT, OPT_CONVERSATION, OPT_CSV,
	OPT_DELIMITER, OPT_DEMO, OPT_DENY, OPT_EXPLAIN, OPT_EXPLAIN_FILE,
	OPT_KEY_FILE, OPT_SHOW_VALUES, OPT_THRESHOLD,
	OPT_LIST_TYPES, OPT_MASK_KEYS, OPT_REGION, OPT_STATS, OPT_STRICT,
	OPT_UNBUFFERED, OPT_VALIDATOR
};

static const char shortopts[] = ":df:hj:k:o:p:qR:r:s:T:tuV";
static const struct option longopts[] = {
	{ "allow", required_argument, NULL, OPT_ALLOW },
	{ "bad-lines", required_argument, NULL, OPT_BAD_LINES },
	{ "context", required_argument, NULL, OPT_CONTEXT },
	{ "conversation", no_argument, NULL, OPT_CONVERSATION },
	{ "csv", no_argument, NULL, OPT_CSV },
	{ "delimiter", required_argument, NULL, OPT_DELIMITER },
	{ "deny", required_argument, NULL, OPT_DENY },
	{ "detect", no_argument, NULL, 'd' },
	{ "explain", no_argument, NULL, OPT_EXPLAIN },
	{ "explain-file", required_argument, NULL, OPT_EXPLAIN_FILE },
	{ "field", required_argument, NULL, 'f' },
	{ "help", no_argument, NULL, 'h' },
	{ "insecure-demo-key", no_argument, NULL, OPT_DEMO },
	{ "key", required_argument, NULL, 'k' },
	{ "key-file", required_argument, NULL, OPT_KEY_FILE },
	{ "list-types", no_argument, NULL, OPT_LIST_TYPES },
	{ "mask-keys", no_argument, NULL, OPT_MASK_KEYS },
	{ "output", required_argument, NULL, 'o' },
	{ "parallel", required_argument, NULL, 'j' },
	{ "pattern", required_argument, NULL, 'p' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "region", required_argument, NULL, OPT_REGION },
	{ "rule", required_argument, NULL, 'R' },
	{ "rules", required_argument, NULL, 'r' },
	{ "show-values", no_argument, NULL, OPT_SHOW_VALUES },
	{ "skip", required_argument, NULL, 's' },
	{ "stats", required_argument, NULL, OPT_STATS },
	{ "strict", no_argument, NULL, OPT_STRICT },
	{ "text", no_argument, NULL, 't' },
	{ "threshold", required_argument, NULL, OPT_THRESHOLD },
	{ "types", required_argument, NULL, 'T' },
	{ "unbuffered", no_argument, NULL, OPT_UNBUFFERED },
	{ "unmask", no_argument, NULL, 'u' },
	{ "validator", required_argument, NULL, OPT_VALIDATOR },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

/* Options that name other options' types are applied after parsing. */
struct list {
	const char **v;
	size_t n;
};

static struct {
	int mode, text, bad, demo, unbuffered, jobs, mask_keys, conversation;
	int quiet, strict, csv, sep, explain, show_values;
	double threshold;		/* < 0: the default */
	const char *key_file, *stats, *types, *output, *explain_file;
	struct list fields, skips, keys, patterns, rulefiles, rules, allows;
	struct list denies, contexts, validators;
} opt;

/* Where the masked output goes: standard output, or -o's file. */
static struct cog_ofile outf;
static int out_fd = STDOUT_FILENO, out_open;

/* Where --explain writes: standard error, or --explain-file's file. */
static struct cog_ofile xf;
static int x_fd = STDERR_FILENO, x_open;

static struct cog_path *fields, *skips;
static struct cog_keyrule *keyrules;
static struct cog_rules rules;

static void
help(void)
{
	fputs("usage: cog-mask [-dqtu] [-f path] [-j threads] [-k name=type] "
	    "[-o file]\n"
	    "                [-p type=regex] [-R rule] [-r file] [-s path] "
	    "[-T types]\n"
	    "                [options] [file ...]\n"
"\n"
"Detect and mask PII in JSON lines (or text lines with --text).\n\n"
"  -d, --detect             print one line per entity instead of masking\n"
"  -t, --text               input lines are plain text, not JSON\n"
"  -u, --unmask             decrypt the tokens of the encrypt strategy\n"
"  -f, --field PATH         mask only these values (jq path, repeatable)\n"
"  -s, --skip PATH          never touch these values (repeatable)\n"
"  -k, --key NAME=TYPE      mask every value of key NAME wholly as TYPE\n"
"      --mask-keys          look for entities in object keys too\n"
"      --conversation       a line answers the one before it, in a session\n"
"      --csv                input is CSV with a header row (RFC 4180)\n"
"      --delimiter C        the separator of CSV fields (default ',')\n"
"  -p, --pattern TYPE=REGEX also detect TYPE with a PCRE2 regex\n"
"      --context TYPE=WORD[,WORD...]\n"
"                           words near a --pattern match of TYPE raise its\n"
"                           score (a match alone scores 0.4)\n"
"      --validator TYPE=NAME\n"
"                           a check the --pattern matches of TYPE pass:\n"
"                           luhn, card, iban, nhs, ssn or bitcoin\n"
"  -r, --rules FILE         redaction rules, JSON (the export format)\n"
"  -R, --rule TYPE[:STRATEGY[:MIN_LENGTH[:KEEP_LAST]]]\n"
"                           one rule; STRATEGY is hash (default), mask,\n"
"                           redact, keep or encrypt\n"
"      --threshold N        the score an entity needs, 0 to 1 (default 0.5)\n"
"      --explain            write why of every candidate entity, JSON lines\n"
"                           on standard error\n"
"      --explain-file FILE  write them to FILE instead (implies --explain)\n"
"      --show-values        put the values themselves in the explanations\n"
"      --allow [TYPE=]VALUE never mask VALUE (of TYPE, or ALL types); a\n"
"                           VALUE /REGEX/ or /REGEX/i matches a whole entity\n"
"      --deny TYPE=TERM     always mask TERM as TYPE, in any case and spacing\n"
"  -T, --types LIST         types to detect: TYPE,..., +TYPE, -TYPE, ALL,\n"
"                           NONE\n"
"      --list-types         list the built-in types and exit\n"
"  -j, --parallel N         worker threads (default: the CPUs, up to 8)\n"
"      --key-file FILE      read the masking secret from FILE\n"
"      --insecure-demo-key  use the public demonstration key\n"
"      --region CC          country of national phone numbers (US)\n"
"      --bad-lines MODE     invalid JSON lines: fail, text or skip\n"
"  -o, --output FILE        write the output to FILE, not standard output\n"
"      --stats FILE         write counts and the redaction map to FILE\n"
"                           (- for standard output, with -o)\n"
"      --strict             exit 1 when a --field, --skip or --key matched\n"
"                           nothing\n"
"  -q, --quiet              no summary on a terminal\n"
"      --unbuffered         write each line as soon as it is done\n"
"  -h, --help               show this help\n"
"  -V, --version            show the version\n"
"\nThe secret comes from --key-file, else COG_MASK_KEY, else\n"
"$XDG_CONFIG_HOME/cog/mask.key (~/.config/cog/mask.key).\n"
"Exit status: 0 done, 1 some lines invalid or not unmasked (or, with\n"
"--strict, a path that matched nothing), 2 error.\n",
	    stdout);
	cog_exit(0);
}

static void
add(struct list *l, const char *s)
{
	l->v = cog_xreallocarray(l->v, l->n + 1, sizeof(*l->v));
	l->v[l->n++] = s;
}

/* Split "NAME=VALUE" at the first '='; die naming the option if absent. */
static char *
split(const char *arg, const char *option, const char **value)
{
	const char *eq = strchr(arg, '=');

	if (eq == NULL || eq == arg || eq[1] == '\0')
		cog_usage_error("%s: expected NAME=VALUE, got '%s'", option,
		    arg);
	*value = eq + 1;
	return cog_xstrndup(arg, (size_t)(eq - arg));
}

static int
define_type(const char *name, const char *option)
{
	int t = cog_type_lookup(name, strlen(name));

	if (t < 0 && (t = cog_type_define(name)) < 0)
		cog_usage_error("%s: bad type name '%s' (use A-Z, 0-9 and _)",
		    option, name);
	return t;
}

/* Apply the options and load the key if needed. */
static void
setup(struct cog_mask_config *c)
{
	cog_typeset types = cog_default_types, users = 0;
	struct cog_pattern_opts po;
	struct cog_detector *det;
	char err[512];
	size_t i;
	int t, need_key = opt.mode == COG_MODE_UNMASK;

	cog_rules_init(&rules);
	/* Nothing found is left for its length unless a rule says so. */
	rules.min_length = 0;
	fields = cog_xcalloc(opt.fields.n + 1, sizeof(*fields));
	skips = cog_xcalloc(opt.skips.n + 1, sizeof(*skips));
	for (i = 0; i < opt.fields.n; i++)
		if (cog_path_parse(&fields[i], opt.fields.v[i], err,
		    sizeof(err)) < 0)
			cog_usage_error("--field: %s", err);
	for (i = 0; i < opt.skips.n; i++)
		if (cog_path_parse(&skips[i], opt.skips.v[i], err,
		    sizeof(err)) < 0)
			cog_usage_error("--skip: %s", err);
	if (opt.fields.n + opt.skips.n > COG_MASK_MAXPATHS)
		cog_usage_error("at most %d --field and --skip paths",
		    COG_MASK_MAXPATHS);
	if (opt.keys.n > COG_MASK_MAXKEYS)
		cog_usage_error("at most %d --key rules", COG_MASK_MAXKEYS);
	det = cog_detector_new(0);
	if (opt.threshold >= 0)
		cog_detector_set_threshold(det, (float)opt.threshold);
	cog_detector_set_explain(det, opt.explain);
	po.pattern = opt.patterns.v;
	po.npattern = opt.patterns.n;
	po.deny = opt.denies.v;
	po.ndeny = opt.denies.n;
	po.context = opt.contexts.v;
	po.ncontext = opt.contexts.n;
	po.validator = opt.validators.v;
	po.nvalidator = opt.validators.n;
	if (cog_pattern_apply(det, &po, &users, err, sizeof(err)) < 0)
		cog_usage_error("%s", err);
	keyrules = cog_xcalloc(opt.keys.n + 1, sizeof(*keyrules));
	for (i = 0; i < opt.keys.n; i++) {
		const char *type;

		keyrules[i].name = split(opt.keys.v[i], "--key", &type);
		keyrules[i].type = define_type(type, "--key");
	}
	for (i = 0; i < opt.rulefiles.n; i++)
		if (cog_rules_load(&rules, opt.rulefiles.v[i], err,
		    sizeof(err)) < 0)
			cog_usage_error("--rules: %s", err);
	for (i = 0; i < rules.recs.n; i++) {
		if (cog_detector_add(det, &rules.recs.v[i], err,
		    sizeof(err)) < 0)
			cog_usage_error("--rules: %s: %s", rules.recs.where[i],
			    err);
		users |= COG_TYPEBIT(rules.recs.v[i].type);
	}
	for (i = 0; i < opt.rules.n; i++)
		if (cog_rules_add_spec(&rules, opt.rules.v[i], err,
		    sizeof(err)) < 0)
			cog_usage_error("--rule: %s", err);
	for (i = 0; i < opt.allows.n; i++)
		if (cog_allow_arg(cog_rules_allow(&rules), opt.allows.v[i], err,
		    sizeof(err)) < 0)
			cog_usage_error("%s", err);
	if (opt.types && cog_typelist_parse(opt.types, types, &types, err,
	    sizeof(err)) < 0)
		cog_usage_error("--types: %s", err);
	types |= users | (rules.listed & ((1ULL << COG_NBUILTIN) - 1));
	if (types == 0 && opt.keys.n == 0 && opt.mode != COG_MODE_UNMASK)
		cog_warn("no type to detect: the input is copied unchanged");
	cog_detector_set_types(det, types);
	for (t = 0; t < cog_type_count() && opt.mode == COG_MODE_MASK; t++)
		if ((types & COG_TYPEBIT(t)) || rules.listed & COG_TYPEBIT(t))
			need_key |= rules.r[t].strategy == COG_HASH ||
			    rules.r[t].strategy == COG_ENCRYPT;
	for (i = 0; i < opt.keys.n && opt.mode == COG_MODE_MASK; i++)
		need_key |= rules.r[keyrules[i].type].strategy == COG_HASH ||
		    rules.r[keyrules[i].type].strategy == COG_ENCRYPT;
	memset(c, 0, sizeof(*c));
	if (need_key &&
	    !(c->keys = cog_keys_load(opt.key_file, opt.demo ?
	    COG_KEYS_DEMO : 0, err, sizeof(err))))
		cog_die("%s", err);
	c->mode = opt.mode;
	c->det = det;
	c->types = types;
	c->rules = &rules;
	c->fields = fields;
	c->nfields = opt.fields.n;
	c->skips = skips;
	c->nskips = opt.skips.n;
	c->keyrules = keyrules;
	c->nkeyrules = opt.keys.n;
	c->allow = cog_allow_empty(rules.allow) ? NULL : rules.allow;
	c->redaction_map = opt.stats != NULL;
	c->mask_keys = opt.mask_keys;
	c->conversation = opt.conversation;
	c->explain = opt.explain;
	c->show_values = opt.show_values;
}

/* What the lines of one block counted; added up in input order. */
struct counts {
	unsigned long long lines, bad, skipped, bytes_in, bytes_out;
	struct cog_mask_stats ms;
};

/* One worker thread's state. */
struct worker {
	struct cog_masker *m;
	struct cog_detector *det;
	struct cog_keys *keys;
	const char *name;	/* the input being read */
	unsigned long next;	/* the line after the last one masked */
	unsigned next_input;	/* ... of this input */
	struct cog_buf scratch;
	struct counts *scratch_counts;
};

/* A block's line before is given whole whenever it can answer. */
_Static_assert(COG_PAR_PREV_MAX >= COG_MASK_REPLY_MAX,
    "a line that can be answered must reach the next block");

/* The number of the input being read, from 1. */
static unsigned input_no;

/* The totals of the blocks written so far. */
static struct counts total;

/*
 * The run's configuration and workers.  They live at file scope so that
 * what they hold stays reachable when a fatal error exits from inside
 * the loop (cog_die does not return to main to free them).
 */
static struct {
	struct cog_mask_config cfg;
	struct worker *w;
	void **ctx;
} run;

static void
counts_free(void *p)
{
	struct counts *c = p;

	cog_mask_stats_reset(&c->ms);
	free(c);
}

static struct counts *
new_counts(void)
{
	return cog_xcalloc(1, sizeof(struct counts));
}

static void
zero_counts(struct counts *c)
{
	cog_mask_stats_reset(&c->ms);
	c->lines = c->bad = c->skipped = c->bytes_in = c->bytes_out = 0;
}

/*
 * Mask one line (without its newline) into out, counting into c.  Return
 * 0; 1 for a bad line skipped; -1 at a bad line in fail mode, with the
 * message in err.
 */
static int
mask_line(struct worker *w, const char *p, size_t len, unsigned long lineno,
    struct cog_buf *out, struct counts *c, char *err, size_t errlen)
{
	const char *msg;
	size_t off;

	if (opt.text) {
		cog_mask_text(w->m, p, len, lineno, out);
	} else if ((len == 0 || p[0] == ' ' || p[0] == '\t' || p[0] == '\r') &&
	    cog_blank(p, len)) {
		/* A blank line ends the conversation of the lines before. */
		cog_masker_new_input(w->m);
		if (opt.mode != COG_MODE_DETECT)
			cog_buf_add(out, p, len);
	} else if (cog_mask_json(w->m, p, len, lineno, out, &msg, &off) < 0) {
		c->bad++;
		if (opt.bad == BAD_FAIL) {
			/* In a value over several lines, the line of the error. */
			const char *bol = p, *nl;

			while ((nl = memchr(bol, '\n', (size_t)(p + off - bol)))) {
				bol = nl + 1;
				lineno++;
			}
			snprintf(err, errlen, "%s:%lu: invalid JSON: %s at "
			    "column %zu", w->name, lineno, msg,
			    (size_t)(p + off - bol) + 1);
			return -1;
		}
		if (opt.bad == BAD_SKIP) {
			c->skipped++;
			return 1;
		}
		cog_mask_loose(w->m, p, len, lineno, out);
	}
	return 0;
}

/*
 * With --conversation, bring the worker's masker to the state it has
 * after the line before the block (see cog_masker_new_input), unless it
 * masked that line last.
 */
static void
follow(struct worker *w, const struct cog_block *b)
{
	char err[8];

	if (!opt.conversation || (w->next == b->first &&
	    w->next_input == input_no))
		return;
	cog_masker_new_input(w->m);
	if (b->first == 1 || !b->prev_whole)
		return;
	if (w->scratch_counts == NULL)
		w->scratch_counts = new_counts();
	cog_masker_count_into(w->m, &w->scratch_counts->ms);
	cog_buf_reset(&w->scratch);
	(void)mask_line(w, b->prev.p, b->prev.len, b->first - 1, &w->scratch,
	    w->scratch_counts, err, sizeof(err));
	zero_counts(w->scratch_counts);
}

/* Mask the lines of a block; stop at a bad line in fail mode. */
static void
mask_block(void *ctx, struct cog_block *b)
{
	struct worker *w = ctx;
	const char *p = b->in.p, *end = p + b->in.len, *nl;
	unsigned long lineno = b->first;
	size_t len, before;
	struct counts *c = b->aux;
	int r;

	if (c == NULL) {
		b->aux = c = new_counts();
		b->aux_free = counts_free;
	}
	zero_counts(c);
	follow(w, b);
	cog_masker_count_into(w->m, &c->ms);
	for (; p < end; p += len + (nl != NULL), lineno++) {
		nl = memchr(p, '\n', (size_t)(end - p));
		len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		c->lines++;
		c->bytes_in += len + (nl != NULL);
		before = b->out.len;
		if ((r = mask_line(w, p, len, lineno, &b->out, c, b->err,
		    sizeof(b->err))) < 0) {
			b->stop = 1;
			break;
		}
		if (r > 0)
			continue;
		if (nl && opt.mode != COG_MODE_DETECT)
			cog_buf_addc(&b->out, '\n');
		c->bytes_out += b->out.len - before;
	}
	cog_masker_count_into(w->m, NULL);
	w->next = lineno;
	w->next_input = input_no;
}

/* The number of line ends in the n bytes at p. */
static unsigned long
count_nl(const char *p, size_t n)
{
	unsigned long c = 0;
	const char *e = p + n;

	while ((p = memchr(p, '\n', (size_t)(e - p))) != NULL) {
		c++;
		p++;
	}
	return c;
}

/*
 * Mask a block that holds a whole file of JSON texts laid out over lines
 * (a pretty-printed document, a top-level array), value by value, with
 * what lies between them copied as it is.  Each value counts as a line,
 * numbered by the line it starts on.
 */
static void
mask_values(struct worker *w, struct cog_block *b)
{
	const char *p = b->in.p, *end = p + b->in.len;
	unsigned long lineno = 1;
	size_t start, stop, before;
	struct counts *c = b->aux;
	int r;

	zero_counts(c);
	cog_masker_count_into(w->m, &c->ms);
	while (cog_json_extent(p, (size_t)(end - p), 1, &start, &stop) !=
	    COG_JX_NONE) {
		if (opt.mode != COG_MODE_DETECT)
			cog_buf_add(&b->out, p, start);
		lineno += count_nl(p, start);
		c->lines++;
		c->bytes_in += stop;
		before = b->out.len;
		if ((r = mask_line(w, p + start, stop - start, lineno, &b->out,
		    c, b->err, sizeof(b->err))) < 0) {
			b->stop = 1;
			break;
		}
		if (r == 0)
			c->bytes_out += b->out.len - before + start;
		lineno += count_nl(p + start, stop - start);
		p += stop;
	}
	if (!b->stop && opt.mode != COG_MODE_DETECT) {
		cog_buf_add(&b->out, p, (size_t)(end - p));
		c->bytes_in += (size_t)(end - p);
		c->bytes_out += (size_t)(end - p);
	}
	cog_masker_count_into(w->m, NULL);
}

/*
 * Is the file one of JSON texts over several lines, as jq reads them:
 * is its first line that is not blank the beginning of a longer value?
 */
static int
is_document(struct cog_lines *in)
{
	const char *line;
	size_t len;

	if (opt.text)
		return 0;
	if (cog_lines_peek(in, &line, &len) < 0)
		cog_die("cannot read '%s':", in->name);
	return cog_json_is_prefix(line, len);
}

static void
write_out(const char *p, size_t n)
{
	if (cog_write_all(out_fd, p, n) < 0) {
		if (out_open)
			cog_die("cannot write '%s':", opt.output);
		cog_die("write error:");
	}
}

/* Does the path name standard output, as the output file policy has it? */
static int
is_stdout(const char *path)
{
	return strcmp(path, "-") == 0 || strcmp(path, "/dev/stdout") == 0 ||
	    strcmp(path, "/dev/fd/1") == 0 ||
	    strcmp(path, "/proc/self/fd/1") == 0;
}

/* At any exit before the end, -o's file is left as it was. */
static void
abort_output(void)
{
	if (out_open)
		cog_ofile_abort(&outf);
	out_open = 0;
	if (x_open)
		cog_ofile_abort(&xf);
	x_open = 0;
}

static void
open_output(void)
{
	int other = opt.output && !is_stdout(opt.output);

	if (opt.stats && is_stdout(opt.stats) && !other)
		cog_usage_error("--stats %s: standard output takes the %s; "
		    "give it a file, or give -o FILE", opt.stats,
		    opt.mode == COG_MODE_DETECT ? "detections" :
		    "masked output");
	if (opt.explain_file && is_stdout(opt.explain_file) && !other)
		cog_usage_error("--explain-file %s: standard output takes the "
		    "%s; give it a file, or give -o FILE", opt.explain_file,
		    opt.mode == COG_MODE_DETECT ? "detections" :
		    "masked output");
	atexit(abort_output);
	if (opt.explain_file && is_stdout(opt.explain_file)) {
		x_fd = STDOUT_FILENO;
	} else if (opt.explain_file) {
		/* It may hold values (--show-values): for its owner alone. */
		if (cog_ofile_open(&xf, opt.explain_file, 0600) < 0)
			cog_die("cannot write '%s':", opt.explain_file);
		x_fd = xf.fd;
		x_open = 1;
	}
	if (!other)
		return;
	if (cog_ofile_open(&outf, opt.output, 0666) < 0)
		cog_die("cannot write '%s':", opt.output);
	out_fd = outf.fd;
	out_open = 1;
}

static void
close_output(void)
{
	if (x_open) {
		x_open = 0;
		if (cog_ofile_commit(&xf) < 0)
			cog_die("cannot write '%s':", opt.explain_file);
	}
	if (!out_open)
		return;
	out_open = 0;
	if (cog_ofile_commit(&outf) < 0)
		cog_die("cannot write '%s':", opt.output);
}

/*
 * Write a block's output and add its counts, in input order: what
 * threads did after a bad line is neither written nor counted.
 */
static int
take_block(void *arg, struct cog_block *b)
{
	const struct counts *c = b->aux;

	(void)arg;
	write_out(b->out.p, b->out.len);
	if (c != NULL && c->ms.explain.len && cog_write_all(x_fd,
	    c->ms.explain.p, c->ms.explain.len) < 0)
		cog_die("cannot write '%s':", opt.explain_file ?
		    opt.explain_file : "standard error");
	if (c != NULL) {
		total.lines += c->lines;
		total.bad += c->bad;
		total.skipped += c->skipped;
		total.bytes_in += c->bytes_in;
		total.bytes_out += c->bytes_out;
		cog_mask_stats_add(&total.ms, &c->ms);
	}
	if (b->stop && b->err[0])
		cog_warn("%s", b->err);
	return b->stop;
}

/*
 * Read the whole file and mask it as values (mask_values), on the first
 * worker.  Return 1 when a bad value stopped the run.
 */
static int
mask_document(struct cog_lines *in)
{
	struct cog_block b;
	unsigned long n;
	int r, stop;

	memset(&b, 0, sizeof(b));
	while ((r = cog_lines_block(in, &b.in, SIZE_MAX, &n)) > 0)
		;
	if (r < 0)
		cog_die("cannot read '%s':", in->name);
	b.first = 1;
	b.aux = new_counts();
	mask_values(&run.w[0], &b);
	stop = take_block(NULL, &b);
	counts_free(b.aux);
	cog_buf_release(&b.in);
	cog_buf_release(&b.out);
	return stop;
}

/*
 * Mask a CSV file record by record on the first worker: the header is
 * copied, each record masked as the object of its columns.  Return 1 when
 * a bad record stopped the run.
 */
static int
mask_csv_file(struct cog_lines *in)
{
	struct cog_csv head = { 0 }, row = { 0 };
	struct cog_block b;
	struct cog_buf scratch = COG_BUF_INIT;
	struct worker *w = &run.w[0];
	struct counts *c;
	const char *why;
	size_t at, before;
	int r, stop = 0;

	memset(&b, 0, sizeof(b));
	b.aux = c = new_counts();
	if ((r = cog_csv_next(in, opt.sep, &head, &why, &at)) == 1 &&
	    opt.mode != COG_MODE_DETECT) {
		cog_buf_add(&b.out, head.raw.p, head.raw.len);
		if (head.eol[0] == '\0' && head.raw.len > 0)
			cog_buf_addc(&b.out, '\n');
		else
			cog_buf_adds(&b.out, head.eol);
	}
	if (r == -2)
		cog_die("%s:%lu: invalid CSV header: %s", in->name,
		    head.lineno, why);
	write_out(b.out.p, b.out.len);
	while ((r == 1 || r == -2) && !stop) {
		zero_counts(c);
		cog_masker_count_into(w->m, &c->ms);
		cog_buf_reset(&b.out);
		r = cog_csv_next(in, opt.sep, &row, &why, &at);
		if (r == 1 || r == -2) {
			c->lines++;
			c->bytes_in += row.raw.len + strlen(row.eol);
		}
		before = b.out.len;
		if (r == 1 && row.raw.len == 0) {
			/* A blank line ends the conversation before it. */
			cog_masker_new_input(w->m);
			if (opt.mode != COG_MODE_DETECT)
				cog_buf_adds(&b.out, row.eol);
		} else if (r == 1) {
			cog_mask_csv(w->m, &head, &row, opt.sep, &scratch,
			    &b.out);
		} else if (r == -2) {
			c->bad++;
			if (opt.bad == BAD_FAIL) {
				snprintf(b.err, sizeof(b.err), "%s:%lu: invalid "
				    "CSV: %s", in->name, row.lineno, why);
				b.stop = 1;
			} else if (opt.bad == BAD_SKIP) {
				c->skipped++;
			} else {
				cog_mask_text(w->m, row.raw.p, row.raw.len,
				    row.lineno, &b.out);
				cog_buf_adds(&b.out, row.eol);
			}
		} else if (r < 0) {
			cog_die("cannot read '%s':", in->name);
		}
		c->bytes_out += b.out.len - before;
		cog_masker_count_into(w->m, NULL);
		stop = take_block(NULL, &b);
	}
	(void)at;
	counts_free(c);
	cog_buf_release(&b.out);
	cog_buf_release(&scratch);
	cog_csv_release(&head);
	cog_csv_release(&row);
	return stop;
}

/* The name of path i of the masker: "--field .text" or "--skip .id". */
static void
path_name(size_t i, struct cog_buf *b)
{
	if (i < opt.fields.n)
		cog_buf_addf(b, "--field %s", opt.fields.v[i]);
	else
		cog_buf_addf(b, "--skip %s", opt.skips.v[i - opt.fields.n]);
}

/*
 * Call fn for each --field and --skip path that matched no value in the
 * records read, and each --key that named no member ("--key email"); a
 * run that read no record matched nothing and is not reported.  Return
 * their number.
 */
static size_t
each_unmatched(void (*fn)(const char *what, void *arg), void *arg)
{
	struct cog_buf b = COG_BUF_INIT;
	size_t i, n = 0;

	if (total.ms.records == 0)
		return 0;
	for (i = 0; i < opt.fields.n + opt.skips.n; i++) {
		if (total.ms.paths_matched & (1ULL << i))
			continue;
		cog_buf_reset(&b);
		path_name(i, &b);
		fn(b.p, arg);
		n++;
	}
	for (i = 0; i < opt.keys.n; i++) {
		if (total.ms.keys_matched & (1ULL << i))
			continue;
		cog_buf_reset(&b);
		cog_buf_addf(&b, "--key %s", keyrules[i].name);
		fn(b.p, arg);
		n++;
	}
	cog_buf_release(&b);
	return n;
}

static void
add_unmatched(const char *what, void *arg)
{
	struct cog_buf *b = arg;

	if (b->p[b->len - 1] != '[')
		cog_buf_addc(b, ',');
	cog_buf_add_jstr(b, what, strlen(what));
}

/* Append ,"unmatched":[...] to the stats when something matched nothing. */
static void
unmatched_json(struct cog_buf *b)
{
	size_t mark = b->len;

	cog_buf_adds(b, ",\"unmatched\":[");
	if (each_unmatched(add_unmatched, b) == 0)
		cog_buf_truncate(b, mark);
	else
		cog_buf_addc(b, ']');
}

static void
warn_unmatched(const char *what, void *arg)
{
	(void)arg;
	cog_warn("%s matched nothing in the input", what);
}

static void
add_summary(const char *what, void *arg)
{
	struct cog_buf *b = arg;

	cog_buf_addf(b, "%s%s", b->p[b->len - 1] == ':' ? " " : ", ", what);
}

/* On a terminal: one line of what was done (records, types, paths). */
static void
summary(void)
{
	struct cog_buf b = COG_BUF_INIT;
	unsigned long long n, left = 0, brief = 0, allowed = 0;
	int t, first = 1;

	cog_buf_addf(&b, "%llu record%s", total.ms.records,
	    total.ms.records == 1 ? "" : "s");
	for (t = 0; t < cog_type_count(); t++) {
		n = opt.mode == COG_MODE_DETECT ? total.ms.found[t] :
		    total.ms.masked[t];
		left += total.ms.found[t] - total.ms.masked[t];
		brief += total.ms.too_short[t];
		allowed += total.ms.allowed[t];
		if (n == 0)
			continue;
		cog_buf_addf(&b, "%s %s %llu", first ? (opt.mode ==
		    COG_MODE_DETECT ? "; found" : "; masked") : ",",
		    cog_type_name(t), n);
		first = 0;
	}
	if (first && opt.mode != COG_MODE_UNMASK)
		cog_buf_adds(&b, "; no entity");
	if (opt.mode == COG_MODE_MASK && left && allowed)
		cog_buf_addf(&b, "; left %llu (%llu too short, %llu allowed)",
		    left, brief, allowed);
	else if (opt.mode == COG_MODE_MASK && left)
		cog_buf_addf(&b, "; left %llu (%llu too short)", left, brief);
	else if (opt.mode == COG_MODE_DETECT && brief)
		cog_buf_addf(&b, "; %llu too short to mask", brief);
	if (opt.mode == COG_MODE_DETECT && allowed)
		cog_buf_addf(&b, "; %llu allowed", allowed);
	cog_buf_adds(&b, "; matched nothing:");
	if (each_unmatched(add_summary, &b) == 0)
		cog_buf_truncate(&b, b.len - strlen("; matched nothing:"));
	cog_warn("%s", b.p);
	cog_buf_release(&b);
}

static void
write_stats(void)
{
	struct cog_buf b = COG_BUF_INIT;

	cog_buf_addf(&b, "{\"lines\":%llu,\"records\":%llu,\"bad_lines\":%llu,"
	    "\"skipped_lines\":%llu,\"bytes_in\":%llu,\"bytes_out\":%llu,",
	    total.lines, total.ms.records, total.bad, total.skipped,
	    total.bytes_in, total.bytes_out);
	cog_mask_stats_json(&total.ms, &b);
	unmatched_json(&b);
	cog_buf_adds(&b, "}\n");
	if (cog_file_write(opt.stats, b.p, b.len, 0666) < 0)
		cog_die("cannot write '%s':", opt.stats);
	cog_buf_release(&b);
}

/* A bad option; "--detect=yes" is an option that takes no value. */
static void
bad_option(int c, char **argv)
{
	const char *arg = argv[optind - 1], *eq = strchr(arg, '=');

	if (c == '?' && optopt != 0 && strncmp(arg, "--", 2) == 0 && eq)
		cog_usage_error("option '%.*s' takes no value", (int)(eq - arg),
		    arg);
	cog_bad_option(c, argv);
}

static void
parse_options(int argc, char **argv)
{
	int c;

	opt.jobs = cog_par_default_workers();
	opt.threshold = -1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1)
		switch (c) {
		case OPT_ALLOW: add(&opt.allows, optarg); break;
		case OPT_DENY: add(&opt.denies, optarg); break;
		case OPT_CONTEXT: add(&opt.contexts, optarg); break;
		case OPT_VALIDATOR: add(&opt.validators, optarg); break;
		case 'd': opt.mode = COG_MODE_DETECT; break;
		case 'f': add(&opt.fields, optarg); break;
		case 'h': help(); break;
		case 'j':
			opt.jobs = (int)cog_number_arg(optarg, "--parallel", 1,
			    64);
			break;
		case 'k': add(&opt.keys, optarg); break;
		case 'o': opt.output = optarg; break;
		case 'p': add(&opt.patterns, optarg); break;
		case 'q': opt.quiet = 1; break;
		case 'R': add(&opt.rules, optarg); break;
		case 'r': add(&opt.rulefiles, optarg); break;
		case 's': add(&opt.skips, optarg); break;
		case 'T': opt.types = optarg; break;
		case 't': opt.text = 1; break;
		case 'u': opt.mode = COG_MODE_UNMASK; break;
		case 'V':
			puts("cog-mask (cogtools) " COG_VERSION);
			cog_exit(0);
		case OPT_BAD_LINES:
			if (strcmp(optarg, "fail") == 0)
				opt.bad = BAD_FAIL;
			else if (strcmp(optarg, "text") == 0)
				opt.bad = BAD_TEXT;
			else if (strcmp(optarg, "skip") == 0)
				opt.bad = BAD_SKIP;
			else
				cog_usage_error("--bad-lines: expected fail, "
				    "text or skip, got '%s'", optarg);
			break;
		case OPT_DEMO: opt.demo = 1; break;
		case OPT_KEY_FILE: opt.key_file = optarg; break;
		case OPT_LIST_TYPES:
			cog_types_print(stdout);
			cog_exit(0);
		case OPT_MASK_KEYS: opt.mask_keys = 1; break;
		case OPT_CONVERSATION: opt.conversation = 1; break;
		case OPT_CSV: opt.csv = 1; break;
		case OPT_DELIMITER:
			if (strcmp(optarg, "\\t") == 0)
				optarg = "\t";
			if (strlen(optarg) != 1 || strchr("\"\r\n", *optarg))
				cog_usage_error("--delimiter: expected one "
				    "character (or \\t), got '%s'", optarg);
			opt.sep = (unsigned char)*optarg;
			break;
		case OPT_REGION:
			if (cog_normalize_set_region(optarg) < 0)
				cog_usage_error("--region: unknown region "
				    "'%s'", optarg);
			break;
		case OPT_STATS: opt.stats = optarg; break;
		case OPT_EXPLAIN: opt.explain = 1; break;
		case OPT_EXPLAIN_FILE:
			opt.explain = 1;
			opt.explain_file = optarg;
			break;
		case OPT_SHOW_VALUES: opt.show_values = 1; break;
		case OPT_THRESHOLD: {
			char *end;

			errno = 0;
			opt.threshold = strtod(optarg, &end);
			if (errno || end == optarg || *end || !(opt.threshold >=
			    0 && opt.threshold <= 1))
				cog_usage_error("--threshold: expected a score "
				    "from 0 to 1, got '%s'", optarg);
			break;
		}
		case OPT_STRICT: opt.strict = 1; break;
		case OPT_UNBUFFERED: opt.unbuffered = 1; break;
		default: bad_option(c, argv);
		}
	if (opt.sep && !opt.csv)
		cog_usage_error("--delimiter is for --csv");
	if (opt.csv && (opt.text || opt.mask_keys))
		cog_usage_error("--csv cannot go with %s", opt.text ?
		    "--text" : "--mask-keys");
	if (!opt.sep)
		opt.sep = ',';
	if (opt.explain && opt.mode == COG_MODE_UNMASK)
		cog_usage_error("--explain is for masking and --detect, not "
		    "--unmask");
	if (opt.show_values && !opt.explain)
		cog_usage_error("--show-values goes with --explain");
}

/* Workers share the detector's recognizers and the keys' secrets. */
static struct worker *
start_workers(const struct cog_mask_config *cfg, int n)
{
	struct worker *w = cog_xcalloc((size_t)n, sizeof(*w));
	struct cog_mask_config c = *cfg;
	int i;

	for (i = 0; i < n; i++) {
		w[i].det = i ? cog_detector_dup(cfg->det) : cfg->det;
		w[i].keys = i && cfg->keys ? cog_keys_dup(cfg->keys) :
		    cfg->keys;
		c.det = w[i].det;
		c.keys = w[i].keys;
		w[i].m = cog_masker_new(&c);
	}
	return w;
}

/* Free the workers but the first (whose detector and keys are main's). */
static void
stop_workers(struct worker *w, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		cog_masker_free(w[i].m);
		cog_buf_release(&w[i].scratch);
		if (w[i].scratch_counts)
			counts_free(w[i].scratch_counts);
		if (i) {
			cog_detector_free(w[i].det);
			cog_keys_free(w[i].keys);
		}
	}
	free(w);
}

int
main(int argc, char **argv)
{
	struct cog_lines in;
	int i, k, stopped = 0, status = 0;

	cog_setprogname(argv[0]);
	parse_options(argc, argv);
	setup(&run.cfg);
	open_output();
	if (opt.unbuffered)
		opt.jobs = 1;
	run.w = start_workers(&run.cfg, opt.jobs);
	run.ctx = cog_xcalloc((size_t)opt.jobs, sizeof(*run.ctx));
	if (optind == argc)
		argv[--optind] = "-";
	for (i = optind; i < argc && !stopped; i++) {
		if (cog_lines_open(&in, argv[i]) < 0)
			cog_die("cannot open '%s':", argv[i]);
		input_no++;
		for (k = 0; k < opt.jobs; k++) {
			run.ctx[k] = &run.w[k];
			run.w[k].name = in.name;
			cog_masker_set_file(run.w[k].m, argc - optind > 1 ?
			    in.name : NULL);
		}
		if (opt.csv)
			stopped = mask_csv_file(&in);
		else if (is_document(&in))
			stopped = mask_document(&in);
		else
			stopped = cog_par_each(&in, opt.unbuffered ? 1 :
			    BLOCKSIZE, opt.conversation, opt.jobs, run.ctx,
			    mask_block, take_block, NULL);
		/* Never join the last line of a file to the next file's. */
		if (in.unterminated && i + 1 < argc && !stopped &&
		    opt.mode != COG_MODE_DETECT)
			write_out("\n", 1);
		cog_lines_close(&in);
	}
	stop_workers(run.w, opt.jobs);
	run.w = NULL;
	if (stopped || (total.skipped > 0 && opt.bad == BAD_SKIP))
		status = COG_EXIT_PARTIAL;
	if (total.bad > 0 && opt.bad != BAD_FAIL)
		cog_warn("%llu invalid JSON line%s %s", total.bad,
		    total.bad == 1 ? "" : "s",
		    opt.bad == BAD_SKIP ? "skipped" : "masked as text");
	if (total.ms.unmask_failed > 0) {
		cog_warn("%llu token%s could not be decrypted with this key",
		    total.ms.unmask_failed,
		    total.ms.unmask_failed == 1 ? "" : "s");
		status = COG_EXIT_PARTIAL;
	}
	close_output();
	if (each_unmatched(warn_unmatched, NULL) > 0 && opt.strict)
		status = COG_EXIT_PARTIAL;
	if (opt.stats)
		write_stats();
	if (!opt.quiet && isatty(STDERR_FILENO))
		summary();
	cog_mask_stats_reset(&total.ms);
	cog_rules_release(&rules);
	cog_detector_free(run.cfg.det);
	cog_keys_free(run.cfg.keys);
	free(run.ctx);
	return cog_close_stdout(status);
}
