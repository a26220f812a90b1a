/* detect.c -- find entities in a UTF-8 text: built-in and user recognizers */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/utf8.h"
#include "pii/checksum.h"
#include "pii/detect.h"
#include "pii/lexicon.h"
#include "pii/names.h"
#include "pii/normalize.h"
#include "pii/recognize.h"

/* A regex of a user recognizer, or the deny list of one as a regex. */
struct pattern {
	int type;
	int rec;		/* COG_REC_PATTERN or COG_REC_DENY */
	pcre2_code *re;
	float score;
	int user;		/* its context and validator, or -1 */
	char *name;		/* its recognizer's name, or NULL */
};

/* The context words (lower case) and validator of a user recognizer. */
struct user {
	char **ctx;
	size_t nctx;
	int validator;
};

/*
 * Transcripts repeat much of their text word for word (bot prompts,
 * agent boilerplate, "source" values), so the merged spans of short
 * texts are remembered.  A text is remembered only when it is seen a
 * second time, so that unique texts (ids, timestamps, most messages) do
 * not push out the ones that recur.  seen[] holds a 32-bit tag of each
 * text seen once, by hash: a table of bits would, once every bit is
 * set, let every unique text in.
 *
 * The memo is a set-associative cache: a text's hash picks a set of
 * MEMOWAYS entries, which are kept in order of last use and the least
 * recently used one makes room.  The tags of a set sit together in a
 * small array, so that a text met for the first time (most texts)
 * costs a look at one cache line of it, not at an entry.
 */
#define MEMOSETS 512		/* sets of remembered texts, a power of two */
#define MEMOWAYS 4		/* texts in a set */
#define MEMOTEXT 136		/* longest text remembered */
#define MEMOSPANS 6		/* most spans of a remembered text */
#define SEEN 8192		/* tags of texts seen once, a power of two */

struct memo {
	uint64_t hash;
	unsigned short len;
	unsigned char nspans;
	struct {
		unsigned short start, end, type;
		unsigned char rec;
		float score;
	} sp[MEMOSPANS];
	char text[MEMOTEXT];
};

/* The tags of a set, most recently used first, and their entries. */
struct memoset {
	uint32_t tag[MEMOWAYS];
	unsigned char way[MEMOWAYS];
};

struct cog_detector {
	cog_typeset types;
	struct pattern *pat;
	size_t npat;
	struct user *user;	/* shared by dups, freed by the owner */
	size_t nuser;
	int owner;		/* frees the patterns (not a dup) */
	pcre2_match_data *md;
	cog_typeset carry;	/* asked for by the message before */
	struct memoset *sets;
	struct memo *memo;
	uint32_t *seen;
	float min;		/* the threshold; 0 for COG_MIN_SCORE */
	int explain;		/* keep what is turned down, no memo */
	struct cog_spans rej;	/* ... the last text's */
};

static void
memo_new(struct cog_detector *d)
{
	size_t i;
	int w;

	d->sets = cog_xreallocarray(NULL, MEMOSETS, sizeof(*d->sets));
	for (i = 0; i < MEMOSETS; i++)
		for (w = 0; w < MEMOWAYS; w++) {
			d->sets[i].tag[w] = 0;
			d->sets[i].way[w] = (unsigned char)w;
		}
	d->memo = cog_xcalloc(MEMOSETS * MEMOWAYS, sizeof(*d->memo));
	d->seen = cog_xcalloc(SEEN, sizeof(*d->seen));
}

struct cog_detector *
cog_detector_new(cog_typeset types)
{
	struct cog_detector *d = cog_xcalloc(1, sizeof(*d));

	d->types = types;
	d->owner = 1;
	memo_new(d);
	return d;
}

struct cog_detector *
cog_detector_dup(const struct cog_detector *d)
{
	struct cog_detector *c = cog_xcalloc(1, sizeof(*c));

	c->types = d->types;
	c->min = d->min;
	c->explain = d->explain;
	c->npat = d->npat;
	c->user = d->user;
	c->nuser = d->nuser;
	memo_new(c);
	if (d->npat) {
		c->pat = cog_xreallocarray(NULL, d->npat, sizeof(*c->pat));
		memcpy(c->pat, d->pat, d->npat * sizeof(*c->pat));
		c->md = pcre2_match_data_create(1, NULL);
	}
	return c;
}

void
cog_detector_free(struct cog_detector *d)
{
	size_t i;

	if (d == NULL)
		return;
	for (i = 0; i < d->npat && d->owner; i++) {
		pcre2_code_free(d->pat[i].re);
		free(d->pat[i].name);
	}
	for (i = 0; i < d->nuser && d->owner; i++) {
		size_t k;

		for (k = 0; k < d->user[i].nctx; k++)
			free(d->user[i].ctx[k]);
		free(d->user[i].ctx);
	}
	if (d->owner)
		free(d->user);
	free(d->pat);
	pcre2_match_data_free(d->md);
	free(d->sets);
	free(d->memo);
	free(d->seen);
	cog_spans_release(&d->rej);
	free(d);
}

void
cog_detector_set_types(struct cog_detector *d, cog_typeset types)
{
	d->types = types;
}

void
cog_detector_set_threshold(struct cog_detector *d, float min)
{
	/* Scores are sums of floats: 0.35 - 0.05 is to reach 0.3. */
	d->min = min > 2e-6f ? min - 1e-6f : 1e-6f;
}

void
cog_detector_set_explain(struct cog_detector *d, int on)
{
	d->explain = on;
}

const struct cog_spans *
cog_detector_rejected(const struct cog_detector *d)
{
	return &d->rej;
}

void
cog_detector_reply_to(struct cog_detector *d, cog_typeset asked)
{
	d->carry = asked & d->types;
}

cog_typeset
cog_detector_asks(const struct cog_detector *d, const char *s, size_t n)
{
	return cog_recognize_asks(s, n, d->types);
}

static int
compile(struct cog_detector *d, int type, int rec, float score, int user,
    const char *name, const char *regex, size_t len, uint32_t flags,
    char *err, size_t errlen)
{
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	pcre2_code *re;
	int code;

	re = pcre2_compile((PCRE2_SPTR)regex, len, PCRE2_UTF |
	    PCRE2_MATCH_INVALID_UTF | flags, &code, &off, NULL);
	if (re == NULL) {
		pcre2_get_error_message(code, msg, sizeof(msg));
		snprintf(err, errlen, "at offset %zu: %s", (size_t)off,
		    (char *)msg);
		return -1;
	}
	/* JIT is an optimisation; the interpreter is used without it. */
	(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	d->pat = cog_xreallocarray(d->pat, d->npat + 1, sizeof(*d->pat));
	d->pat[d->npat++] = (struct pattern){ type, rec, re, score, user,
	    name ? cog_xstrdup(name) : NULL };
	if (d->md == NULL)
		d->md = pcre2_match_data_create(1, NULL);
	return 0;
}

int
cog_detector_add_pattern(struct cog_detector *d, int type, const char *regex,
    char *err, size_t errlen)
{
	return compile(d, type, COG_REC_PATTERN, 1.0f, -1, NULL, regex,
	    PCRE2_ZERO_TERMINATED, 0, err, errlen);
}

/* Does the byte c belong to a word (a letter or digit, any non-ASCII)? */
static int
wordbyte(int c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' &&
	    (c | 0x20) <= 'z') || c == '_' || c >= 0x80;
}

static int
longer_first(const void *a, const void *b)
{
	const struct cog_buf *x = a, *y = b;

	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	return strcmp(x->p, y->p);
}

/*
 * The regex of a deny list: its terms normalised, longest first, each
 * space a run of white space, each end that is a letter or digit a word
 * boundary; matched without regard to case.
 */
static int
add_deny(struct cog_detector *d, const struct cog_recognizer *r, char *err,
    size_t errlen)
{
	struct cog_buf *t = cog_xcalloc(r->ndeny, sizeof(*t)), re = COG_BUF_INIT;
	size_t i, k, n = 0;
	int rc;

	for (i = 0; i < r->ndeny; i++) {
		cog_normalize_words(r->deny[i], strlen(r->deny[i]), &t[n]);
		if (t[n].len == 0) {
			snprintf(err, errlen, "an empty term");
			for (k = 0; k <= n; k++)
				cog_buf_release(&t[k]);
			free(t);
			return -1;
		}
		n++;
	}
	qsort(t, n, sizeof(*t), longer_first);
	for (i = 0; i < n; i++) {
		const char *p = t[i].p;
		size_t len = t[i].len;

		if (i > 0 && strcmp(p, t[i - 1].p) == 0)
			continue;
		if (re.len)
			cog_buf_addc(&re, '|');
		if (wordbyte((unsigned char)p[0]))
			cog_buf_adds(&re, "(?<!\\w)");
		for (k = 0; k < len; k++) {
			if (p[k] == ' ') {
				cog_buf_adds(&re, "\\s+");
				continue;
			}
			if (strchr("\\^$.|?*+()[]{}#-", p[k]) && p[k] != '\0')
				cog_buf_addc(&re, '\\');
			cog_buf_addc(&re, p[k]);
		}
		if (wordbyte((unsigned char)p[len - 1]))
			cog_buf_adds(&re, "(?!\\w)");
	}
	rc = compile(d, r->type, COG_REC_DENY, 1.0f, -1, r->name, re.p, re.len,
	    PCRE2_CASELESS | PCRE2_UCP, err, errlen);
	cog_normalize_as_words(r->type);
	for (i = 0; i < n; i++)
		cog_buf_release(&t[i]);
	free(t);
	cog_buf_release(&re);
	return rc;
}

/* Keep r's context words and validator; return their index, or -1. */
static int
add_user(struct cog_detector *d, const struct cog_recognizer *r)
{
	struct user *u;
	size_t i, k;

	if (r->ncontext == 0 && r->validator == COG_VALID_NONE)
		return -1;
	d->user = cog_xreallocarray(d->user, d->nuser + 1, sizeof(*d->user));
	u = &d->user[d->nuser];
	u->validator = r->validator;
	u->nctx = 0;
	u->ctx = cog_xcalloc(r->ncontext + 1, sizeof(*u->ctx));
	for (i = 0; i < r->ncontext; i++) {
		char *w = cog_xstrdup(r->context[i]);

		for (k = 0; w[k]; k++)
			if (w[k] >= 'A' && w[k] <= 'Z')
				w[k] += 'a' - 'A';
		if (w[0] == '\0')
			free(w);
		else
			u->ctx[u->nctx++] = w;
	}
	return (int)d->nuser++;
}

int
cog_detector_add(struct cog_detector *d, const struct cog_recognizer *r,
    char *err, size_t errlen)
{
	char msg[320];
	size_t i;
	int user = r->nregex ? add_user(d, r) : -1;
	float score;

	for (i = 0; i < r->nregex; i++) {
		if ((score = r->score[i]) < 0)
			score = r->ncontext ? COG_PATTERN_SCORE_CONTEXT :
			    COG_PATTERN_SCORE;
		if (compile(d, r->type, COG_REC_PATTERN, score, user, r->name,
		    r->regex[i], PCRE2_ZERO_TERMINATED, 0, msg,
		    sizeof(msg)) < 0) {
			snprintf(err, errlen, "bad regex %s", msg);
			return -1;
		}
	}
	if (r->ndeny && add_deny(d, r, err, errlen) < 0)
		return -1;
	return 0;
}

/*
 * The score of the match [st, en) of a pattern with a user entry: -1
 * when it fails the validator.
 */
static float
user_score(const struct cog_detector *d, const struct pattern *p,
    const char *s, size_t n, size_t st, size_t en)
{
	const struct user *u = &d->user[p->user];
	float sc = p->score;

	if (u->validator != COG_VALID_NONE) {
		if (!cog_validate(u->validator, s + st, en - st))
			return -1;
		sc = 1.0f;
	}
	if (u->nctx && sc < 1.0f && cog_recognize_context(s, n, st, en,
	    (const char *const *)u->ctx, u->nctx)) {
		sc += COG_CONTEXT_BOOST;
		if (sc < COG_PATTERN_SCORE_CONTEXT)
			sc = COG_PATTERN_SCORE_CONTEXT;
		if (sc > 1.0f)
			sc = 1.0f;
	}
	return sc;
}

static void
match_pattern(struct cog_detector *d, const struct pattern *p, const char *s,
    size_t n, struct cog_spans *out)
{
	PCRE2_SIZE off = 0, *ov;
	int rc;

	while (off <= n) {
		rc = pcre2_match(p->re, (PCRE2_SPTR)s, n, off, 0, d->md, NULL);
		if (rc < 0)
			return;
		ov = pcre2_get_ovector_pointer(d->md);
		if (ov[1] > ov[0]) {
			float sc = p->user < 0 ? p->score :
			    user_score(d, p, s, n, ov[0], ov[1]);

			if (sc >= 0)
				cog_spans_add(out, ov[0], ov[1], p->type, sc);
			else
				cog_spans_reject(out, ov[0], ov[1], p->type,
				    p->score, COG_WHY_VALIDATOR);
		}
		if (ov[1] > off)
			off = ov[1];
		else {
			/* Empty match: step over one UTF-8 sequence. */
			off++;
			while (off < n && ((unsigned char)s[off] & 0xc0) == 0x80)
				off++;
		}
	}
}

/* A fast 64-bit hash of a short text, eight bytes at a time. */
static uint64_t
texthash(const char *s, size_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, w;

	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
	}
	w = 0;
	memcpy(&w, s, n);
	h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
	return h ^ h >> 29;
}

static inline uint32_t
memotag(uint64_t h)
{
	return (uint32_t)(h >> 32) | 1;
}

/* Make way w of the set its most recently used one. */
static void
touch(struct memoset *set, int w, uint32_t tag, unsigned char way)
{
	for (; w > 0; w--) {
		set->tag[w] = set->tag[w - 1];
		set->way[w] = set->way[w - 1];
	}
	set->tag[0] = tag;
	set->way[0] = way;
}

/* Copy remembered spans of the text to out; return 0 if there are none. */
static int
recall(struct cog_detector *d, uint64_t h, const char *s, size_t n,
    struct cog_spans *out)
{
	size_t si = (size_t)(h & (MEMOSETS - 1));
	struct memoset *set = &d->sets[si];
	uint32_t tag = memotag(h);
	const struct memo *e;
	int w, i;

	for (w = 0; w < MEMOWAYS; w++) {
		if (set->tag[w] != tag)
			continue;
		e = &d->memo[si * MEMOWAYS + set->way[w]];
		if (e->hash != h || e->len != n || memcmp(e->text, s, n) != 0)
			continue;
		if (w > 0)
			touch(set, w, tag, set->way[w]);
		if (e->nspans == 0)
			return 1;
		cog_spans_reserve(out, e->nspans);
		for (i = 0; i < e->nspans; i++)
			out->v[out->n++] = (struct cog_span){ e->sp[i].start,
			    e->sp[i].end, e->sp[i].type, e->sp[i].score, 1,
			    e->sp[i].rec, 0 };
		return 1;
	}
	return 0;
}

/* Remember the spans of a text seen before, if they fit. */
static void
remember(struct cog_detector *d, uint64_t h, const char *s, size_t n,
    const struct cog_spans *sp)
{
	size_t si = (size_t)(h & (MEMOSETS - 1));
	struct memoset *set = &d->sets[si];
	uint32_t *seen = &d->seen[(h >> 20) & (SEEN - 1)];
	uint32_t tag = memotag(h);
	unsigned char way = set->way[MEMOWAYS - 1];	/* the oldest */
	struct memo *e;
	size_t i;

	if (*seen != tag) {
		*seen = tag;
		return;
	}
	if (sp->n > MEMOSPANS)
		return;
	e = &d->memo[si * MEMOWAYS + way];
	e->hash = h;
	e->len = (unsigned short)n;
	e->nspans = (unsigned char)sp->n;
	for (i = 0; i < sp->n; i++) {
		e->sp[i].start = (unsigned short)sp->v[i].start;
		e->sp[i].end = (unsigned short)sp->v[i].end;
		e->sp[i].type = (unsigned short)sp->v[i].type;
		e->sp[i].rec = (unsigned char)sp->v[i].rec;
		e->sp[i].score = sp->v[i].score;
	}
	memcpy(e->text, s, n);
	touch(set, MEMOWAYS - 1, tag, way);
}

/* With explain: the candidates that sorting out will drop, in d->rej. */
static void
keep_rejected(struct cog_detector *d, struct cog_spans *out)
{
	float min = cog_spans_min(out);
	size_t i;

	d->rej.n = 0;
	for (i = 0; i < out->n; i++) {
		const struct cog_span *v = &out->v[i];

		if ((v->score < min || v->why) && v->end > v->start) {
			cog_spans_reserve(&d->rej, 1);
			d->rej.v[d->rej.n++] = *v;
		}
		/* Turned down whatever its score: sorting drops it. */
		if (v->why)
			out->v[i].score = -1;
	}
	/* In order of position (few: an insertion sort). */
	for (i = 1; i < d->rej.n; i++) {
		struct cog_span t = d->rej.v[i];
		size_t k = i;

		for (; k > 0 && d->rej.v[k - 1].start > t.start; k--)
			d->rej.v[k] = d->rej.v[k - 1];
		d->rej.v[k] = t;
	}
}

void
cog_detect_each(struct cog_detector *d, const char *s, size_t n,
    struct cog_spans *out)
{
	uint64_t h = 0;
	size_t i;

	out->n = 0;
	out->min = d->min;
	out->explain = d->explain;
	if (n <= MEMOTEXT && !(d->carry | (cog_typeset)d->explain)) {
		h = texthash(s, n);
		if (recall(d, h, s, n, out))
			return;
	}
	cog_recognize_reply(s, n, d->types, d->carry, out);
	if (d->types & COG_NAMES_TYPES)
		cog_names_detect(s, n, d->types, out);
	for (i = 0; i < d->npat; i++) {
		out->rec = d->pat[i].rec;
		match_pattern(d, &d->pat[i], s, n, out);
		out->rec = COG_REC_BUILTIN;
	}
	if (d->explain)
		keep_rejected(d, out);
	cog_spans_sort(out);
	if (n <= MEMOTEXT && !(d->carry | (cog_typeset)d->explain))
		remember(d, h, s, n, out);
}

void
cog_detect(struct cog_detector *d, const char *s, size_t n,
    struct cog_spans *out)
{
	cog_detect_each(d, s, n, out);
	cog_spans_merge(out);
}

/* Append the JSON string of the n bytes at p, lower-cased ASCII. */
static void
add_lower(struct cog_buf *out, const char *p, size_t n)
{
	char w[64];
	size_t i;

	if (n >= sizeof(w))
		n = sizeof(w) - 1;
	for (i = 0; i < n; i++)
		w[i] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
	cog_buf_add_jstr(out, w, n);
}

static int
wordch(int c)
{
	return wordbyte(c) && c != '_';
}

/* The classes of a lexicon entry, joined by '+'. */
static void
lex_classes(uint32_t x, struct cog_buf *out)
{
	static const struct {
		uint32_t bit;
		const char *name;
	} bits[] = {
		{ COG_LEX_COUNTRY, "country" }, { COG_LEX_STATE, "state" },
		{ COG_LEX_REGION, "region" }, { COG_LEX_CITY, "city" },
		{ COG_LEX_STATE_AB, "state_code" },
		{ COG_LEX_COUNTRY_AB, "country_code" },
		{ COG_LEX_ST_SUFFIX, "street_word" },
		{ COG_LEX_ST_PREFIX, "street_word" },
		{ COG_LEX_BOX, "po_box" }, { COG_LEX_UNIT, "unit" },
		{ COG_LEX_DIR, "direction" }, { COG_LEX_AREA, "area" },
	};
	size_t i, mark = out->len;

	cog_buf_addc(out, '"');
	if (COG_LEX_GIVEN(x))
		cog_buf_adds(out, "+given");
	if (COG_LEX_SURNAME(x))
		cog_buf_adds(out, "+surname");
	for (i = 0; i < sizeof(bits) / sizeof(*bits); i++)
		if ((x & bits[i].bit) && !(i == 7 && (x & COG_LEX_ST_SUFFIX)))
			cog_buf_addf(out, "+%s", bits[i].name);
	if (COG_LEX_ENGLISH(x))
		cog_buf_adds(out, "+english_word");
	if (out->len == mark + 1)
		cog_buf_adds(out, "+unknown");
	/* Drop the first '+'. */
	memmove(out->p + mark + 1, out->p + mark + 2, out->len - mark - 2);
	out->len--;
	out->p[out->len] = '\0';
	cog_buf_addc(out, '"');
}

/* Is a word of the class a cue of a name or place ("my name is")? */
static int
cue_class(int c)
{
	return c != COG_W_NONE && c != COG_W_STOP && c != COG_W_MONTH &&
	    c != COG_W_WEEKDAY && c != COG_W_ORG && c != COG_W_COMPANY &&
	    c != COG_W_PARTICLE && c != COG_W_AND && c != COG_W_DET;
}

/*
 * Names, places, addresses: the lexicon classes of the words, the cue
 * words just before (and one just after), capitalisation.
 */
static void
names_evidence(const char *s, size_t n, const struct cog_span *sp,
    struct cog_buf *out)
{
	size_t i = sp->start, st[3], en[3], k = 0, e;
	int words = 0, caps = 1;

	cog_buf_adds(out, "\"lexicon\":[");
	while (i < sp->end) {
		if (!wordch((unsigned char)s[i])) {
			i++;
			continue;
		}
		for (e = i; e < sp->end && wordch((unsigned char)s[e]); e++)
			;
		if (words++)
			cog_buf_addc(out, ',');
		if (s[i] >= '0' && s[i] <= '9')
			cog_buf_adds(out, "\"number\"");
		else
			lex_classes(cog_lex_word(s + i, e - i), out);
		if (!(s[i] >= 'A' && s[i] <= 'Z') && (unsigned char)s[i] < 0x80 &&
		    !(s[i] >= '0' && s[i] <= '9'))
			caps = 0;
		i = e;
	}
	cog_buf_addc(out, ']');
	/* Up to three cue words right before. */
	for (i = sp->start; k < 3;) {
		while (i > 0 && !wordch((unsigned char)s[i - 1]) &&
		    s[i - 1] != '\n' && sp->start - i < 8)
			i--;
		if (i == 0 || !wordch((unsigned char)s[i - 1]))
			break;
		for (e = i; i > 0 && wordch((unsigned char)s[i - 1]); i--)
			;
		if (!cue_class((int)COG_LEX_CLASS(cog_lex_word(s + i, e - i))))
			break;
		st[k] = i;
		en[k++] = e;
	}
	if (k) {
		struct cog_buf cue = COG_BUF_INIT;

		while (k--) {
			if (cue.len)
				cog_buf_addc(&cue, ' ');
			cog_buf_add(&cue, s + st[k], en[k] - st[k]);
		}
		cog_buf_adds(out, ",\"cue\":");
		add_lower(out, cue.p, cue.len);
		cog_buf_release(&cue);
	}
	for (i = sp->end; i < n && i < sp->end + 3 && !wordch((unsigned char)s[i]) &&
	    s[i] != '\n'; i++)
		;
	for (e = i; e < n && wordch((unsigned char)s[e]); e++)
		;
	k = e > i && i > sp->end ? COG_LEX_CLASS(cog_lex_word(s + i, e - i)) :
	    COG_W_NONE;
	if (k == COG_W_SPEAK || k == COG_W_HERE || k == COG_W_SUFFIX) {
		cog_buf_adds(out, ",\"cue_after\":");
		add_lower(out, s + i, e - i);
	}
	if (words && caps)
		cog_buf_adds(out, ",\"capitalised\":true");
}

/* The checksum a built-in entity passes, or NULL. */
static const char *
builtin_checksum(int type, const char *s, size_t n)
{
	switch (type) {
	case COG_CREDIT_CARD:
		return cog_validate(COG_VALID_LUHN, s, n) ? "luhn" : NULL;
	case COG_IBAN_CODE:
		return cog_validate(COG_VALID_IBAN, s, n) ? "mod97" : NULL;
	case COG_UK_NHS:
		return cog_validate(COG_VALID_NHS, s, n) ? "mod11" : NULL;
	case COG_CRYPTO:
		if (cog_validate(COG_VALID_BITCOIN, s, n))
			return n > 3 && (s[0] | 0x20) == 'b' &&
			    (s[1] | 0x20) == 'c' && s[2] == '1' ? "bech32" :
			    "base58check";
		return NULL;
	}
	return NULL;
}

/*
 * The user pattern of sp's type and kind whose regex matches exactly
 * sp's bytes of s, or NULL.
 */
static const struct pattern *
found_by(const struct cog_detector *d, const char *s, size_t n,
    const struct cog_span *sp)
{
	const PCRE2_SIZE *ov;
	size_t i;

	for (i = 0; i < d->npat; i++) {
		const struct pattern *p = &d->pat[i];

		if (p->type != sp->type || p->rec != sp->rec)
			continue;
		if (pcre2_match(p->re, (PCRE2_SPTR)s, n, sp->start,
		    PCRE2_ANCHORED, d->md, NULL) < 1)
			continue;
		ov = pcre2_get_ovector_pointer(d->md);
		if (ov[1] == sp->end)
			return p;
	}
	return NULL;
}

void
cog_detector_explain(const struct cog_detector *d, const char *s, size_t n,
    const struct cog_span *sp, struct cog_buf *out)
{
	const struct pattern *by;
	static const char *const recname[] = { "builtin", "pattern",
	    "deny_list", "key" };
	const char *w, *ck;
	size_t len = sp->end - sp->start, mark, i, k;
	int t = sp->type;

	/* A user recognizer by the name its rules file gives it. */
	if ((sp->rec == COG_REC_PATTERN || sp->rec == COG_REC_DENY) &&
	    (by = found_by(d, s, n, sp)) != NULL && by->name != NULL) {
		cog_buf_adds(out, "\"recognizer_name\":");
		cog_buf_add_jstr(out, by->name, strlen(by->name));
		cog_buf_addc(out, ',');
	}
	cog_buf_addf(out, "\"recognizer\":\"%s\",\"evidence\":{",
	    sp->rec == COG_REC_BUILTIN && ((COG_NAMES_TYPES >> t) & 1) ?
	    "names" : recname[sp->rec & 3]);
	mark = out->len;
	if (sp->rec == COG_REC_KEY) {
		cog_buf_adds(out, "\"key\":true");
	} else if (sp->rec == COG_REC_DENY) {
		cog_buf_adds(out, "\"term\":true");
	} else if (sp->rec == COG_REC_PATTERN) {
		/* The user recognizers of the type that match it so. */
		cog_buf_adds(out, "\"regex\":true");
		for (i = 0; i < d->npat; i++) {
			const struct pattern *p = &d->pat[i];
			const struct user *u;

			if (p->type != t || p->user < 0)
				continue;
			u = &d->user[p->user];
			if (u->validator != COG_VALID_NONE && cog_validate(
			    u->validator, s + sp->start, len))
				cog_buf_addf(out, ",\"checksum\":\"%s\"",
				    cog_validator_name(u->validator));
			if (u->nctx && (k = cog_recognize_context(s, n,
			    sp->start, sp->end, (const char *const *)u->ctx,
			    u->nctx))) {
				cog_buf_adds(out, ",\"context\":");
				cog_buf_add_jstr(out, u->ctx[k - 1],
				    strlen(u->ctx[k - 1]));
			}
			break;
		}
	} else if ((COG_NAMES_TYPES >> t) & 1) {
		names_evidence(s, n, sp, out);
	} else if (t < COG_NBUILTIN) {
		if ((ck = builtin_checksum(t, s + sp->start, len)) != NULL)
			cog_buf_addf(out, "\"checksum\":\"%s\"", ck);
		if ((w = cog_recognize_context_word(s, n, sp->start, sp->end,
		    t, 0)) != NULL) {
			cog_buf_adds(out, out->len > mark ? "," : "");
			cog_buf_adds(out, "\"context\":");
			cog_buf_add_jstr(out, w, strlen(w));
		} else if (d->carry & COG_TYPEBIT(t) && sp->start < 32) {
			cog_buf_adds(out, out->len > mark ? "," : "");
			cog_buf_adds(out, "\"asked\":true");
		}
		if ((w = cog_recognize_context_word(s, n, sp->start, sp->end,
		    t, 1)) != NULL) {
			cog_buf_adds(out, out->len > mark ? "," : "");
			cog_buf_adds(out, "\"context_against\":");
			cog_buf_add_jstr(out, w, strlen(w));
		}
		if (out->len == mark)
			cog_buf_adds(out, "\"format\":true");
	}
	cog_buf_addc(out, '}');
}
