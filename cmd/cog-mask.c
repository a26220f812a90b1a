/* cog-mask -- detect and mask PII in JSONL or text, deterministically */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "banned.h"
#include "detect.h"
#include "err.h"
#include "file.h"
#include "keys.h"
#include "lines.h"
#include "mask.h"
#include "normalize.h"
#include "out.h"
#include "path.h"
#include "rules.h"
#include "types.h"

enum { BAD_FAIL, BAD_TEXT, BAD_SKIP };

enum {
	OPT_BAD_LINES = 256, OPT_DEMO, OPT_KEY_FILE, OPT_REGION, OPT_STATS,
	OPT_UNBUFFERED
};

static const char shortopts[] = ":df:hk:p:R:r:s:T:tuV";
static const struct option longopts[] = {
	{ "bad-lines", required_argument, NULL, OPT_BAD_LINES },
	{ "detect", no_argument, NULL, 'd' },
	{ "field", required_argument, NULL, 'f' },
	{ "help", no_argument, NULL, 'h' },
	{ "insecure-demo-key", no_argument, NULL, OPT_DEMO },
	{ "key", required_argument, NULL, 'k' },
	{ "key-file", required_argument, NULL, OPT_KEY_FILE },
	{ "pattern", required_argument, NULL, 'p' },
	{ "region", required_argument, NULL, OPT_REGION },
	{ "rule", required_argument, NULL, 'R' },
	{ "rules", required_argument, NULL, 'r' },
	{ "skip", required_argument, NULL, 's' },
	{ "stats", required_argument, NULL, OPT_STATS },
	{ "text", no_argument, NULL, 't' },
	{ "types", required_argument, NULL, 'T' },
	{ "unbuffered", no_argument, NULL, OPT_UNBUFFERED },
	{ "unmask", no_argument, NULL, 'u' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

/* Options that name other options' types are applied after parsing. */
struct list {
	const char **v;
	size_t n;
};

static struct {
	int mode, text, bad, demo, unbuffered;
	const char *key_file, *stats, *types;
	struct list fields, skips, keys, patterns, rulefiles, rules;
} opt;

static struct cog_path *fields, *skips;
static struct cog_keyrule *keyrules;
static struct cog_rules rules;
static unsigned long long nlines, nbad, nskipped, bytes_in, bytes_out;

static void
help(void)
{
	fputs("usage: cog-mask [-dtu] [-f path] [-k name=type] "
	    "[-p type=regex] [-R rule] [-r file]\n"
	    "                [-s path] [-T types] [options] [file ...]\n"
"\n"
"Detect and mask PII in JSON lines (or text lines with --text).\n\n"
"  -d, --detect             print one line per entity instead of masking\n"
"  -t, --text               input lines are plain text, not JSON\n"
"  -u, --unmask             decrypt the tokens of the encrypt strategy\n"
"  -f, --field PATH         mask only these values (jq path, repeatable)\n"
"  -s, --skip PATH          never touch these values (repeatable)\n"
"  -k, --key NAME=TYPE      mask every value of key NAME wholly as TYPE\n"
"  -p, --pattern TYPE=REGEX also detect TYPE with a PCRE2 regex\n"
"  -r, --rules FILE         redaction rules, JSON (the export format)\n"
"  -R, --rule TYPE[:STRATEGY[:MIN_LENGTH[:KEEP_LAST]]]\n"
"                           one rule; STRATEGY is hash (default), mask,\n"
"                           redact, keep or encrypt\n"
"  -T, --types LIST         types to detect: TYPE,..., +TYPE, -TYPE, ALL\n"
"      --key-file FILE      read the masking secret from FILE\n"
"      --insecure-demo-key  use the public demonstration key\n"
"      --region CC          country of national phone numbers (US)\n"
"      --bad-lines MODE     invalid JSON lines: fail, text or skip\n"
"      --stats FILE         write counts and the redaction map to FILE\n"
"      --unbuffered         write each line as soon as it is done\n"
"  -h, --help               show this help\n"
"  -V, --version            show the version\n"
"\nThe secret comes from COG_MASK_KEY unless --key-file is given.\n"
"Exit status: 0 done, 1 some lines invalid or not unmasked, 2 error.\n",
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

static cog_typeset
parse_types(const char *list, cog_typeset set)
{
	const char *p = list;
	int first = 1;

	while (*p) {
		size_t len = strcspn(p, ",");
		int sign = 0, t;

		if (*p == '+' || *p == '-')
			sign = *p++, len--;
		if (first && !sign)
			set = 0;
		first = 0;
		if (len == 3 && strncasecmp(p, "ALL", 3) == 0) {
			set = sign == '-' ? 0 :
			    set | ((1ULL << COG_NBUILTIN) - 1);
		} else if ((t = cog_type_lookup(p, len)) >= 0) {
			set = sign == '-' ? set & ~COG_TYPEBIT(t) :
			    set | COG_TYPEBIT(t);
		} else {
			cog_usage_error("--types: unknown type '%.*s'",
			    (int)len, p);
		}
		p += len;
		if (*p == ',')
			p++;
	}
	return set;
}

/* Apply the options; return the detector, and load the key if needed. */
static struct cog_detector *
setup(struct cog_mask_config *c)
{
	cog_typeset types = cog_default_types, users = 0;
	struct cog_detector *det;
	char err[512];
	size_t i;
	int *ptypes, t, need_key = opt.mode == COG_MODE_UNMASK;

	cog_rules_init(&rules);
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
	ptypes = cog_xcalloc(opt.patterns.n + 1, sizeof(*ptypes));
	for (i = 0; i < opt.patterns.n; i++) {
		const char *re;
		char *name = split(opt.patterns.v[i], "--pattern", &re);

		ptypes[i] = define_type(name, "--pattern");
		users |= COG_TYPEBIT(ptypes[i]);
		free(name);
	}
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
	for (i = 0; i < opt.rules.n; i++)
		if (cog_rules_add_spec(&rules, opt.rules.v[i], err,
		    sizeof(err)) < 0)
			cog_usage_error("--rule: %s", err);
	if (opt.types)
		types = parse_types(opt.types, types);
	types |= users | (rules.listed & ((1ULL << COG_NBUILTIN) - 1));
	det = cog_detector_new(types);
	for (i = 0; i < opt.patterns.n; i++)
		if (cog_detector_add_pattern(det, ptypes[i],
		    strchr(opt.patterns.v[i], '=') + 1, err, sizeof(err)) < 0)
			cog_usage_error("--pattern %s: bad regex %s",
			    cog_type_name(ptypes[i]), err);
	free(ptypes);
	for (t = 0; t < cog_type_count() && opt.mode == COG_MODE_MASK; t++)
		if ((types & COG_TYPEBIT(t)) || rules.listed & COG_TYPEBIT(t))
			need_key |= rules.r[t].strategy == COG_HASH ||
			    rules.r[t].strategy == COG_ENCRYPT;
	for (i = 0; i < opt.keys.n && opt.mode == COG_MODE_MASK; i++)
		need_key |= rules.r[keyrules[i].type].strategy == COG_HASH ||
		    rules.r[keyrules[i].type].strategy == COG_ENCRYPT;
	memset(c, 0, sizeof(*c));
	if (need_key &&
	    !(c->keys = cog_keys_load(opt.key_file, opt.demo, err,
	    sizeof(err))))
		cog_die("%s", err);
	c->mode = opt.mode;
	c->det = det;
	c->rules = &rules;
	c->fields = fields;
	c->nfields = opt.fields.n;
	c->skips = skips;
	c->nskips = opt.skips.n;
	c->keyrules = keyrules;
	c->nkeyrules = opt.keys.n;
	c->redaction_map = opt.stats != NULL;
	return det;
}

static int
blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

/* Mask one input; return 0, or -1 after a bad line in fail mode. */
static int
run(struct cog_masker *m, struct cog_lines *in, struct cog_out *out)
{
	const char *msg;
	size_t len, off, before;
	char *line;
	int nl, r;

	while ((r = cog_lines_next(in, &line, &len, &nl)) > 0) {
		nlines++;
		bytes_in += len + nl;
		before = out->b.len;
		if (opt.text) {
			cog_mask_text(m, line, len, in->lineno, &out->b);
		} else if (blank(line, len)) {
			if (opt.mode != COG_MODE_DETECT)
				cog_buf_add(&out->b, line, len);
		} else if (cog_mask_json(m, line, len, in->lineno, &out->b,
		    &msg, &off) < 0) {
			nbad++;
			if (opt.bad == BAD_FAIL) {
				cog_warn("%s:%lu: invalid JSON: %s at column "
				    "%zu", in->name, in->lineno, msg, off + 1);
				return -1;
			}
			if (opt.bad == BAD_SKIP) {
				nskipped++;
				continue;
			}
			cog_mask_text(m, line, len, in->lineno, &out->b);
		}
		if (nl && opt.mode != COG_MODE_DETECT)
			cog_buf_addc(&out->b, '\n');
		bytes_out += out->b.len - before;
		cog_out_commit(out);
	}
	if (r < 0)
		cog_die("cannot read '%s':", in->name);
	return 0;
}

static void
write_stats(const struct cog_masker *m)
{
	struct cog_buf b = COG_BUF_INIT;

	cog_buf_addf(&b, "{\"lines\":%llu,\"records\":%llu,\"bad_lines\":%llu,"
	    "\"skipped_lines\":%llu,\"bytes_in\":%llu,\"bytes_out\":%llu,",
	    nlines, cog_masker_stats(m)->records, nbad, nskipped, bytes_in,
	    bytes_out);
	cog_masker_stats_json(m, &b);
	cog_buf_adds(&b, "}\n");
	if (cog_file_replace(opt.stats, b.p, b.len, 0666) < 0)
		cog_die("cannot write '%s':", opt.stats);
	cog_buf_release(&b);
}

static void
parse_options(int argc, char **argv)
{
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1)
		switch (c) {
		case 'd': opt.mode = COG_MODE_DETECT; break;
		case 'f': add(&opt.fields, optarg); break;
		case 'h': help(); break;
		case 'k': add(&opt.keys, optarg); break;
		case 'p': add(&opt.patterns, optarg); break;
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
		case OPT_REGION:
			if (cog_normalize_set_region(optarg) < 0)
				cog_usage_error("--region: unknown region "
				    "'%s'", optarg);
			break;
		case OPT_STATS: opt.stats = optarg; break;
		case OPT_UNBUFFERED: opt.unbuffered = 1; break;
		default: cog_bad_option(c, argv);
		}
}

int
main(int argc, char **argv)
{
	struct cog_mask_config cfg;
	struct cog_detector *det;
	struct cog_masker *m;
	struct cog_lines in;
	struct cog_out out;
	int i, status = 0;

	cog_setprogname(argv[0]);
	parse_options(argc, argv);
	det = setup(&cfg);
	m = cog_masker_new(&cfg);
	cog_out_init(&out, STDOUT_FILENO);
	out.unbuffered = opt.unbuffered;
	if (optind == argc)
		argv[--optind] = "-";
	for (i = optind; i < argc; i++) {
		const char *path = argv[i];

		if (cog_lines_open(&in, path) < 0)
			cog_die("cannot open '%s':", path);
		if (argc - optind > 1)
			cog_masker_set_file(m, in.name);
		status = run(m, &in, &out);
		cog_lines_close(&in);
		if (status < 0)
			break;
	}
	cog_out_flush(&out);
	if (status < 0 || (nskipped > 0 && opt.bad == BAD_SKIP))
		status = COG_EXIT_PARTIAL;
	if (nbad > 0 && opt.bad != BAD_FAIL)
		cog_warn("%llu invalid JSON line%s %s", nbad,
		    nbad == 1 ? "" : "s",
		    opt.bad == BAD_SKIP ? "skipped" : "masked as text");
	if (cog_masker_stats(m)->unmask_failed > 0) {
		cog_warn("%llu token%s could not be decrypted with this key",
		    cog_masker_stats(m)->unmask_failed,
		    cog_masker_stats(m)->unmask_failed == 1 ? "" : "s");
		status = COG_EXIT_PARTIAL;
	}
	if (opt.stats)
		write_stats(m);
	cog_masker_free(m);
	cog_detector_free(det);
	cog_keys_free(cfg.keys);
	cog_out_release(&out);
	return cog_close_stdout(status);
}
