/* mask.c -- the masking engine: find and replace PII in JSON and text lines */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/counter.h"
#include "base/err.h"
#include "base/utf8.h"
#include "json/json.h"
#include "mask/fold.h"
#include "mask/mask.h"
#include "pii/normalize.h"

typedef unsigned long long pmask;

/* Where a value sits with respect to --field, --skip and --key. */
struct vstate {
	pmask alive;		/* paths whose leading steps match so far */
	pmask full;		/* paths that match the value or an ancestor */
	int keytype;		/* type of the innermost --key above, or -1 */
};

/*
 * A key written in an object, decoded, with --mask-keys: a masked one may
 * take a suffix ("#2") to stay distinct from the keys around it.
 */
struct keyent {
	uint64_t hash;
	size_t off, len;	/* the key in the frame's keytext */
	size_t base;		/* its length without the suffix */
	size_t oend;		/* masked: offset in out of its end; else 0 */
	unsigned suffix;	/* the number of the suffix, 0 for none */
};

/* An open object or array, with the step to its current member. */
struct frame {
	int is_arr;
	size_t index;		/* array: current element */
	const char *key;	/* object: current key, decoded */
	size_t keylen;
	struct cog_buf keybuf;	/* holds the key when it had escapes */
	struct vstate st;	/* state of the container itself */
	struct keyent *ke;	/* --mask-keys: the keys written so far */
	size_t nke, kecap;
	struct cog_buf keytext;
};

/*
 * Recent hash tokens by type and value as written, so a repeated value
 * costs a lookup instead of its canonical form and an HMAC.  Values
 * mostly recur within a conversation, so a small table that stays in
 * the processor's cache does better than a big one that does not.
 */
#define TCACHE 1024
#define TCMAX 48
struct tcentry {
	uint64_t hash;
	unsigned short type;
	unsigned char len;
	char hex[16];
	char val[TCMAX];
};

/* A statistic of the line being processed, applied once it is valid. */
enum { EV_LEFT, EV_MASKED, EV_SHORT, EV_ALLOWED };

/* Why an entity found was left in clear (struct cog_masker's left). */
enum { LEFT_SHORT, LEFT_ALLOWED };
static const char *const left_name[] = { "min_length", "allow_list" };
struct event {
	int type;		/* -1: a replacement text alone */
	int kind;		/* EV_* */
	size_t rep_off, rep_len;	/* replacement text in evtext */
};

struct cog_masker {
	struct cog_mask_config c;
	const char *file;
	struct cog_mask_stats own, *st;

	/* Field selection compiled from the config. */
	const struct cog_path *pat[COG_MASK_MAXPATHS];
	pmask fieldbits, skipbits;
	int filtering;		/* any --field, --skip or --key */
	struct vstate root;
	size_t number_min;	/* shorter numbers are not scanned */
	pmask matched, kmatched;	/* paths and key rules met, this line */

	/* Per-line state. */
	struct cog_json j;
	struct frame *fr;
	size_t depth, frcap;
	const char *line;
	size_t copied;		/* line bytes already copied to out */
	unsigned long lineno;
	int json;		/* escape replacements for JSON */
	struct cog_buf *out;
	struct event *ev;
	size_t nev, evcap;
	struct cog_buf evtext;

	struct tcentry *tcache;
	char hex[17];

	/*
	 * Conversation context: what the last line asked for and did not
	 * get, and a hash of its session id (the next line answers it only
	 * in the same session).
	 */
	cog_typeset asked, found, pending;
	uint64_t session;

	/*
	 * Text as detection reads it: the line without invalid UTF-8, and
	 * a value's look-alike characters folded (see fold.h).
	 */
	int nonascii;		/* the line has bytes beyond ASCII */
	int wide;		/* and the value (or its escapes) may */
	int rep_plain;		/* m->rep needs no JSON escapes */
	int folded;		/* the value was folded for detection */
	struct cog_buf clean, fold, canon;
	size_t *fmap, fmapcap;

	/*
	 * The entities of a value left in clear for their min_length or by
	 * the allow list, and why (LEFT_*), for --detect.
	 */
	struct cog_spans left;
	unsigned char *leftwhy;
	size_t leftcap;
	struct cog_allow_scratch allow_sc;

	/* --explain: the lines of the line being processed. */
	struct cog_buf xline;

	/* Scratch. */
	struct cog_jdec dec;
	struct cog_spans spans;
	struct cog_buf norm, rep, path;
};

struct cog_masker *
cog_masker_new(const struct cog_mask_config *c)
{
	struct cog_masker *m = cog_xcalloc(1, sizeof(*m));
	size_t i, np = 0;

	m->c = *c;
	m->st = &m->own;
	m->tcache = cog_xcalloc(TCACHE, sizeof(*m->tcache));
	if (c->nfields + c->nskips > COG_MASK_MAXPATHS)
		cog_die("too many --field and --skip paths (at most %d)",
		    COG_MASK_MAXPATHS);
	if (c->nkeyrules > COG_MASK_MAXKEYS)
		cog_die("too many --key rules (at most %d)", COG_MASK_MAXKEYS);
	for (i = 0; i < c->nfields; i++) {
		m->fieldbits |= 1ULL << np;
		m->pat[np++] = &c->fields[i];
	}
	for (i = 0; i < c->nskips; i++) {
		m->skipbits |= 1ULL << np;
		m->pat[np++] = &c->skips[i];
	}
	m->filtering = np > 0 || c->nkeyrules > 0;
	/* No built-in type is written in fewer digits; a user's may be. */
	m->number_min = c->types & ~((1ULL << COG_NBUILTIN) - 1) ? 1 :
	    COG_MASK_NUMBER_MIN;
	m->root.keytype = -1;
	for (i = 0; i < np; i++) {
		if (m->pat[i]->n == 0)
			m->root.full |= 1ULL << i;
		else
			m->root.alive |= 1ULL << i;
	}
	return m;
}

void
cog_masker_free(struct cog_masker *m)
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->frcap; i++) {
		cog_buf_release(&m->fr[i].keybuf);
		cog_buf_release(&m->fr[i].keytext);
		free(m->fr[i].ke);
	}
	free(m->fr);
	free(m->ev);
	free(m->tcache);
	cog_json_release(&m->j);
	cog_jdec_release(&m->dec);
	cog_spans_release(&m->spans);
	cog_spans_release(&m->left);
	free(m->leftwhy);
	cog_allow_scratch_release(&m->allow_sc);
	cog_buf_release(&m->evtext);
	cog_buf_release(&m->xline);
	cog_buf_release(&m->norm);
	cog_buf_release(&m->rep);
	cog_buf_release(&m->path);
	cog_buf_release(&m->clean);
	cog_buf_release(&m->fold);
	cog_buf_release(&m->canon);
	free(m->fmap);
	cog_mask_stats_reset(&m->own);
	free(m);
}

void
cog_masker_set_file(struct cog_masker *m, const char *name)
{
	m->file = name;
}

int
cog_masker_mode(const struct cog_masker *m)
{
	return m->c.mode;
}

void
cog_masker_count_into(struct cog_masker *m, struct cog_mask_stats *st)
{
	m->st = st ? st : &m->own;
}

void
cog_mask_stats_add(struct cog_mask_stats *dst,
    const struct cog_mask_stats *src)
{
	size_t i;
	int t;

	for (t = 0; t < COG_MAXTYPES; t++) {
		dst->found[t] += src->found[t];
		dst->masked[t] += src->masked[t];
		dst->too_short[t] += src->too_short[t];
		dst->allowed[t] += src->allowed[t];
	}
	dst->records += src->records;
	dst->paths_matched |= src->paths_matched;
	dst->keys_matched |= src->keys_matched;
	dst->unmask_failed += src->unmask_failed;
	for (i = 0; i < src->map.cap; i++)
		if (src->map.slot[i].key)
			cog_counter_add(&dst->map, src->map.slot[i].key,
			    src->map.slot[i].len, src->map.slot[i].count);
}

void
cog_mask_stats_reset(struct cog_mask_stats *st)
{
	cog_counter_release(&st->map);
	cog_buf_release(&st->explain);
	memset(st, 0, sizeof(*st));
}

#define FNV_BASIS 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

static uint64_t
fnv(uint64_t h, const char *p, size_t n)
{
	while (n--)
		h = (h ^ (unsigned char)*p++) * FNV_PRIME;
	return h;
}

/* Does path step s match the current member of frame f? */
static int
stepmatch(const struct cog_pseg *s, const struct frame *f)
{
	switch (s->kind) {
	case COG_PSEG_ANY:
		return 1;
	case COG_PSEG_INDEX:
		return f->is_arr && f->index == s->index;
	default:
		return !f->is_arr && f->keylen == s->keylen &&
		    memcmp(f->key, s->key, s->keylen) == 0;
	}
}

/* The type of the first key rule naming the member of f, or -1. */
static int
keyrule(struct cog_masker *m, const struct frame *f)
{
	size_t i;

	for (i = 0; i < m->c.nkeyrules; i++) {
		const char *name = m->c.keyrules[i].name;

		if (strlen(name) == f->keylen &&
		    strncasecmp(name, f->key, f->keylen) == 0) {
			m->kmatched |= 1ULL << i;
			return m->c.keyrules[i].type;
		}
	}
	return -1;
}

/* The state of the value that is the current member of the top frame. */
static void
value_state(struct cog_masker *m, struct vstate *v)
{
	const struct frame *f;
	size_t step;
	pmask bits;
	int kt;

	if (m->depth == 0) {
		*v = m->root;
		return;
	}
	f = &m->fr[m->depth - 1];
	step = m->depth - 1;
	v->alive = 0;
	v->full = f->st.full;
	v->keytype = f->st.keytype;
	for (bits = f->st.alive; bits; bits &= bits - 1) {
		int p = __builtin_ctzll(bits);
		const struct cog_path *path = m->pat[p];

		if (!stepmatch(&path->seg[step], f))
			continue;
		if (path->n == step + 1) {
			v->full |= 1ULL << p;
			m->matched |= 1ULL << p;
		} else {
			v->alive |= 1ULL << p;
		}
	}
	if (!f->is_arr && m->c.nkeyrules && (kt = keyrule(m, f)) >= 0)
		v->keytype = kt;
}

static void
push(struct cog_masker *m, int is_arr, const struct vstate *st)
{
	struct frame *f;

	if (m->depth == m->frcap) {
		size_t old = m->frcap;

		m->frcap = m->frcap ? 2 * m->frcap : 16;
		m->fr = cog_xreallocarray(m->fr, m->frcap, sizeof(*m->fr));
		memset(m->fr + old, 0, (m->frcap - old) * sizeof(*m->fr));
	}
	f = &m->fr[m->depth++];
	f->is_arr = is_arr;
	f->index = (size_t)-1;
	f->key = NULL;
	f->keylen = 0;
	f->st = *st;
	f->nke = 0;
	cog_buf_reset(&f->keytext);
}

/* The jq path of the current value. */
static const char *
curpath(struct cog_masker *m)
{
	size_t i;

	cog_buf_reset(&m->path);
	if (!m->json || m->depth == 0)
		cog_buf_addc(&m->path, '.');
	for (i = 0; m->json && i < m->depth; i++) {
		const struct frame *f = &m->fr[i];

		if (f->is_arr)
			cog_buf_addf(&m->path, "%s[%zu]", i ? "" : ".",
			    f->index);
		else
			cog_path_add_key(&m->path, f->key, f->keylen);
	}
	return m->path.p;
}

static void
event(struct cog_masker *m, int type, int kind, const char *rep, size_t n)
{
	if (m->nev == m->evcap) {
		m->evcap = m->evcap ? 2 * m->evcap : 64;
		m->ev = cog_xreallocarray(m->ev, m->evcap, sizeof(*m->ev));
	}
	m->ev[m->nev++] = (struct event){ type, kind, m->evtext.len, n };
	if (n)
		cog_buf_add(&m->evtext, rep, n);
}

static void
commit_events(struct cog_masker *m)
{
	size_t i;

	for (i = 0; i < m->nev; i++) {
		const struct event *e = &m->ev[i];

		if (e->type >= 0) {
			m->st->found[e->type]++;
			if (e->kind == EV_MASKED)
				m->st->masked[e->type]++;
			else if (e->kind == EV_SHORT)
				m->st->too_short[e->type]++;
			else if (e->kind == EV_ALLOWED)
				m->st->allowed[e->type]++;
		}
		if (e->rep_len)
			cog_counter_add(&m->st->map, m->evtext.p + e->rep_off,
			    e->rep_len, 1);
	}
	m->nev = 0;
	cog_buf_reset(&m->evtext);
	if (m->c.explain) {
		cog_buf_add(&m->st->explain, m->xline.p, m->xline.len);
		cog_buf_reset(&m->xline);
	}
	m->st->records++;
	m->st->paths_matched |= m->matched | m->root.full;
	m->st->keys_matched |= m->kmatched;
}

/* The key of f's object equal to the n bytes at s, if any. */
static struct keyent *
key_find(struct frame *f, const char *s, size_t n)
{
	uint64_t h = fnv(FNV_BASIS, s, n);
	size_t i;

	for (i = 0; i < f->nke; i++)
		if (f->ke[i].hash == h && f->ke[i].len == n &&
		    memcmp(f->keytext.p + f->ke[i].off, s, n) == 0)
			return &f->ke[i];
	return NULL;
}

/* Give the key e the n bytes at s as its text. */
static void
key_set(struct frame *f, struct keyent *e, const char *s, size_t n)
{
	e->hash = fnv(FNV_BASIS, s, n);
	e->off = f->keytext.len;
	e->len = n;
	cog_buf_add(&f->keytext, s, n);
}

static struct keyent *
key_add(struct frame *f, const char *s, size_t n, size_t oend)
{
	struct keyent *e;

	if (f->nke == f->kecap) {
		f->kecap = f->kecap ? 2 * f->kecap : 16;
		f->ke = cog_xreallocarray(f->ke, f->kecap, sizeof(*f->ke));
	}
	e = &f->ke[f->nke++];
	e->base = n;
	e->oend = oend;
	e->suffix = 0;
	key_set(f, e, s, n);
	return e;
}

/*
 * Give the masked key e the first suffix "#N" (N from 2) that no key of
 * the object has, in the output too.
 */
static void
key_rename(struct cog_masker *m, struct frame *f, struct keyent *e)
{
	struct cog_buf *o = m->out;
	size_t old = e->len - e->base, i;
	char sfx[24];
	int sn;
	unsigned k;

	cog_buf_reset(&m->norm);
	cog_buf_add(&m->norm, f->keytext.p + e->off, e->base);
	for (k = e->suffix ? e->suffix + 1 : 2;; k++) {
		sn = snprintf(sfx, sizeof(sfx), "#%u", k);
		cog_buf_truncate(&m->norm, e->base);
		cog_buf_add(&m->norm, sfx, (size_t)sn);
		if (key_find(f, m->norm.p, m->norm.len) == NULL)
			break;
	}
	/* Replace the old suffix in the output, moving what follows. */
	cog_buf_grow(o, (size_t)sn);
	memmove(o->p + e->oend - old + sn, o->p + e->oend, o->len - e->oend);
	memcpy(o->p + e->oend - old, sfx, (size_t)sn);
	o->len = o->len - old + (size_t)sn;
	o->p[o->len] = '\0';
	for (i = 0; i < f->nke; i++)
		if (f->ke[i].oend > e->oend)
			f->ke[i].oend = f->ke[i].oend - old + (size_t)sn;
	e->oend = e->oend - old + (size_t)sn;
	e->suffix = k;
	key_set(f, e, m->norm.p, m->norm.len);
}

/* Append "[TYPE" and sep to m->rep. */
static void
opentoken(struct cog_masker *m, const char *name, int sep)
{
	cog_buf_addc(&m->rep, '[');
	cog_buf_adds(&m->rep, name);
	if (sep)
		cog_buf_addc(&m->rep, sep);
}

/* The 16 hex digits of the hash token of a value, through the cache. */
static const char *
hashtoken(struct cog_masker *m, int type, const char *s, size_t n)
{
	uint64_t h = cog_hash64(s, n) ^ (uint64_t)type * 0x9e3779b97f4a7c15ULL;
	struct tcentry *e = &m->tcache[h & (TCACHE - 1)];

	if (n <= TCMAX && e->hash == h && e->type == type && e->len == n &&
	    memcmp(e->val, s, n) == 0)
		return e->hex;
	cog_buf_reset(&m->norm);
	cog_normalize(type, s, n, &m->norm);
	cog_keys_hash(m->c.keys, cog_type_name(type),
	    m->norm.p ? m->norm.p : "", m->norm.len, m->hex);
	if (n > TCMAX)
		return m->hex;
	e->hash = h;
	e->type = (unsigned short)type;
	e->len = (unsigned char)n;
	memcpy(e->val, s, n);
	memcpy(e->hex, m->hex, 16);
	return e->hex;
}

/*
 * Build in m->rep the replacement of the n bytes at s, of the type; whole
 * leaves no character of it, whatever the rule's keep_last.
 */
static void
replacement(struct cog_masker *m, int type, const char *s, size_t n,
    int whole)
{
	const struct cog_rule *r = &m->c.rules->r[type];
	const char *name = cog_type_name(type);

	cog_buf_reset(&m->rep);
	/* Tokens need no JSON escapes: [, ], :, _, A-Z, 0-9, base64url. */
	m->rep_plain = r->strategy != COG_MASK;
	switch (r->strategy) {
	case COG_HASH:
		opentoken(m, name, '_');
		/* The token of the characters detection read. */
		if (m->folded && cog_fold(s, n, &m->canon, &m->fmap,
		    &m->fmapcap)) {
			s = m->canon.p;
			n = m->canon.len;
		}
		cog_buf_add(&m->rep, hashtoken(m, type, s, n), 16);
		cog_buf_addc(&m->rep, ']');
		break;
	case COG_REDACT:
		opentoken(m, name, 0);
		cog_buf_addc(&m->rep, ']');
		break;
	case COG_ENCRYPT:
		opentoken(m, name, ':');
		cog_keys_encrypt(m->c.keys, name, s, n, &m->rep);
		cog_buf_addc(&m->rep, ']');
		break;
	case COG_MASK: {
		size_t cps = cog_utf8_count(s, n), i = 0, k;
		size_t keep = whole ? 0 : r->keep_last;
		uint32_t cp;

		/* Never the whole value: a keep_last as long masks all. */
		if (keep >= cps)
			keep = 0;
		for (k = 0; k + keep < cps; k++) {
			cog_buf_adds(&m->rep, r->mask_char);
			i += cog_utf8_decode(s + i, n - i, &cp);
		}
		cog_buf_add(&m->rep, s + i, n - i);
		break;
	}
	}
}

/* Copy the line up to raw offset start, then the replacement text. */
static void
splice(struct cog_masker *m, size_t start, size_t end, const char *rep,
    size_t n)
{
	cog_buf_add(m->out, m->line + m->copied, start - m->copied);
	if (m->json && !m->rep_plain)
		cog_buf_add_json(m->out, rep, n);
	else
		cog_buf_add(m->out, rep, n);
	m->copied = end;
}

/* Copy the line up to raw offset at, then a quote (of a number masked). */
static void
quote_at(struct cog_masker *m, size_t at)
{
	cog_buf_add(m->out, m->line + m->copied, at - m->copied);
	cog_buf_addc(m->out, '"');
	m->copied = at;
}

/*
 * The members that a --detect line and an --explain line share, from
 * "{" to the score (under 0 written 0), of sp at [start, end).
 */
static void
entity_head(struct cog_masker *m, struct cog_buf *o,
    const struct cog_span *sp, size_t start, size_t end)
{
	cog_buf_addc(o, '{');
	if (m->file) {
		cog_buf_adds(o, "\"file\":");
		cog_buf_add_jstr(o, m->file, strlen(m->file));
		cog_buf_addc(o, ',');
	}
	cog_buf_addf(o, "\"line\":%lu,\"path\":", m->lineno);
	curpath(m);
	cog_buf_add_jstr(o, m->path.p, m->path.len);
	cog_buf_addf(o, ",\"type\":\"%s\",\"start\":%zu,\"end\":%zu,"
	    "\"score\":%.2g", cog_type_name(sp->type), start, end,
	    sp->score > 0 ? (double)sp->score : 0.0);
}

static void
detect_line(struct cog_masker *m, const struct cog_span *sp, size_t start,
    size_t end, const char *kept)
{
	struct cog_buf *o = m->out;

	entity_head(m, o, sp, start, end);
	if (kept)
		cog_buf_addf(o, ",\"kept\":\"%s\"", kept);
	cog_buf_adds(o, "}\n");
}

/*
 * A number is never a name, a place or an address (five digits alone
 * would be taken for a postcode): those entities found in one are
 * dropped.
 */
void
cog_mask_number_detect(struct cog_detector *d, const char *s, size_t n,
    struct cog_spans *sp)
{
	size_t i, k = 0;

	cog_detect_each(d, s, n, sp);
	for (i = 0; i < sp->n; i++)
		if (sp->v[i].type != COG_PERSON && sp->v[i].type != COG_LOCATION &&
		    sp->v[i].type != COG_STREET_ADDRESS)
			sp->v[k++] = sp->v[i];
	sp->n = k;
}

/* Detect the entities of a text, noting what it asks for. */
static void
detect(struct cog_masker *m, const char *s, size_t n)
{
	cog_detect_each(m->c.det, s, n, &m->spans);
	if (m->c.conversation)
		m->asked |= cog_detector_asks(m->c.det, s, n);
}

/*
 * Find the entities of a value's text into m->spans (see process()),
 * in offsets of the text.
 */
static void __attribute__((noinline))
find(struct cog_masker *m, const char *text, size_t n, int keytype,
    int number)
{
	struct cog_spans *sp = &m->spans;
	size_t i;

	m->folded = 0;
	if (keytype >= 0) {
		sp->n = 0;
		sp->rec = COG_REC_KEY;
		cog_spans_add(sp, 0, n, keytype, 1.0f);
		sp->rec = COG_REC_BUILTIN;
	} else if (number) {
		cog_mask_number_detect(m->c.det, text, n, sp);
	} else if (m->wide && cog_fold(text, n, &m->fold, &m->fmap,
	    &m->fmapcap)) {
		m->folded = 1;
		detect(m, m->fold.p, m->fold.len);
		for (i = 0; i < sp->n; i++) {
			sp->v[i].start = m->fmap[sp->v[i].start];
			sp->v[i].end = m->fmap[sp->v[i].end];
		}
	} else {
		detect(m, text, n);
	}
}

/* The first byte of the folded text that comes from byte off or later. */
static size_t
fold_at(const struct cog_masker *m, size_t off)
{
	size_t lo = 0, hi = m->fold.len;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (m->fmap[mid] < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * --explain: a line for the candidate s of the n bytes at text, with its
 * decision and reason (NULL for none); extra members follow the reason.
 */
static void __attribute__((noinline))
explain(struct cog_masker *m, const char *text, size_t n,
    const struct cog_span *s, const char *decision, const char *reason,
    const char *extra)
{
	struct cog_buf *o = &m->xline;
	size_t cp = cog_utf8_count(text, s->start);

	entity_head(m, o, s, cp, cp + cog_utf8_count(text + s->start,
	    s->end - s->start));
	cog_buf_addc(o, ',');
	if (m->folded) {
		/* The evidence of the text detection read. */
		struct cog_span f = *s;

		f.start = fold_at(m, s->start);
		f.end = fold_at(m, s->end);
		cog_detector_explain(m->c.det, m->fold.p, m->fold.len, &f, o);
	} else {
		cog_detector_explain(m->c.det, text, n, s, o);
	}
	cog_buf_addf(o, ",\"decision\":\"%s\"", decision);
	if (reason)
		cog_buf_addf(o, ",\"reason\":\"%s\"", reason);
	if (extra)
		cog_buf_adds(o, extra);
	if (m->c.show_values) {
		cog_buf_adds(o, ",\"value\":");
		cog_buf_add_jstr(o, text + s->start, s->end - s->start);
	}
	cog_buf_adds(o, "}\n");
}

/* --explain: the candidates the detector turned down, in text offsets. */
static void __attribute__((noinline))
explain_rejected(struct cog_masker *m, const char *text, size_t n,
    int number)
{
	static const char *const why[] = { "below_threshold", "sample_number",
	    "invalid_number", "validator" };
	const struct cog_spans *rj = cog_detector_rejected(m->c.det);
	char extra[48];
	size_t i;

	snprintf(extra, sizeof(extra), ",\"threshold\":%.2g",
	    (double)cog_spans_min(&m->spans));
	for (i = 0; i < rj->n; i++) {
		struct cog_span s = rj->v[i];

		if (number && (s.type == COG_PERSON || s.type == COG_LOCATION ||
		    s.type == COG_STREET_ADDRESS))
			continue;
		if (m->folded) {
			s.start = m->fmap[s.start];
			s.end = m->fmap[s.end];
		}
		explain(m, text, n, &s, "rejected", why[s.why & 3],
		    s.why ? NULL : extra);
	}
}

/* Leave the entity s in clear, for the reason why (LEFT_*); count it. */
static void
leave(struct cog_masker *m, const struct cog_span *s, int why)
{
	if (m->left.n == m->leftcap) {
		m->leftcap = m->leftcap ? 2 * m->leftcap : 16;
		m->leftwhy = cog_xreallocarray(m->leftwhy, m->leftcap, 1);
	}
	m->leftwhy[m->left.n] = (unsigned char)why;
	cog_spans_add(&m->left, s->start, s->end, s->type, s->score);
	event(m, s->type, why == LEFT_SHORT ? EV_SHORT : EV_ALLOWED, NULL, 0);
}

/* Leave the entities of the allow list, taking them from m->spans. */
static void
allowed(struct cog_masker *m, const char *text, size_t n)
{
	struct cog_spans *sp = &m->spans;
	size_t i, k = 0;

	for (i = 0; i < sp->n; i++) {
		const struct cog_span *s = &sp->v[i];

		if (cog_allow_match(m->c.allow, s->type, text + s->start,
		    s->end - s->start, &m->allow_sc)) {
			if (m->c.explain)
				explain(m, text, n, s, "left", "allow_list",
				    NULL);
			leave(m, s, LEFT_ALLOWED);
		} else
			sp->v[k++] = *s;
	}
	sp->n = k;
}

/*
 * Put the entities left in clear in order of position, as detect_all()
 * reads them: those of the allow list come first, those too short after.
 */
static void
sort_left(struct cog_masker *m)
{
	size_t i, k;

	for (i = 1; i < m->left.n; i++) {
		struct cog_span s = m->left.v[i];
		unsigned char why = m->leftwhy[i];

		for (k = i; k > 0 && m->left.v[k - 1].start > s.start; k--) {
			m->left.v[k] = m->left.v[k - 1];
			m->leftwhy[k] = m->leftwhy[k - 1];
		}
		m->left.v[k] = s;
		m->leftwhy[k] = why;
	}
}

/*
 * Judge each entity by its own rule before merging, so that an entity
 * kept, allowed, or too short for its rule, never shelters another one
 * that overlaps it; count them.  A value under --key is masked whole.
 */
static void __attribute__((noinline))
judge(struct cog_masker *m, const char *text, size_t n, int keytype)
{
	struct cog_spans *sp = &m->spans;
	size_t i, k = 0;

	for (i = 0; m->c.conversation && i < sp->n; i++)
		m->found |= COG_TYPEBIT(sp->v[i].type);
	m->left.n = 0;
	if (m->c.allow)
		allowed(m, text, n);
	for (i = 0; i < sp->n; i++) {
		const struct cog_span *s = &sp->v[i];
		const struct cog_rule *r = &m->c.rules->r[s->type];
		int kept = m->c.mode != COG_MODE_DETECT &&
		    r->strategy == COG_KEEP;

		if (keytype < 0 && r->min_length && cog_utf8_count(text +
		    s->start, s->end - s->start) < r->min_length) {
			/* Left in clear, but counted and reported. */
			if (m->c.explain) {
				char extra[32];

				snprintf(extra, sizeof(extra),
				    ",\"min_length\":%u", r->min_length);
				explain(m, text, n, s, "left", "min_length",
				    extra);
			}
			leave(m, s, LEFT_SHORT);
			continue;
		}
		if (m->c.explain) {
			char extra[48];

			snprintf(extra, sizeof(extra), ",\"strategy\":\"%s\"",
			    cog_strategy_name(r->strategy));
			explain(m, text, n, s, m->c.mode == COG_MODE_DETECT ?
			    "found" : kept ? "kept" : "masked",
			    kept ? "keep_rule" : NULL, m->c.mode ==
			    COG_MODE_DETECT || kept ? NULL : extra);
		}
		event(m, s->type, m->c.mode == COG_MODE_DETECT || kept ?
		    EV_LEFT : EV_MASKED, NULL, 0);
		if (!kept)
			sp->v[k++] = *s;
	}
	sp->n = k;
	cog_spans_merge(sp);
	if (m->c.mode == COG_MODE_DETECT)
		sort_left(m);
}

/*
 * Write a detection line for each merged span and each one left in
 * clear, in order of position (offsets in code points).
 */
static void
detect_all(struct cog_masker *m, const char *text)
{
	const struct cog_spans *sp = &m->spans, *lf = &m->left;
	size_t i = 0, k = 0, cp = 0, cpat = 0;

	while (i < sp->n || k < lf->n) {
		int isleft = i == sp->n || (k < lf->n &&
		    lf->v[k].start < sp->v[i].start);
		const char *kept = isleft ? left_name[m->leftwhy[k]] : NULL;
		const struct cog_span *s = isleft ? &lf->v[k++] : &sp->v[i++];

		cp += cog_utf8_count(text + cpat, s->start - cpat);
		cpat = s->start;
		detect_line(m, s, cp, cp + cog_utf8_count(text + s->start,
		    s->end - s->start), kept);
	}
}

/* Write the replacements of the merged spans. */
static void __attribute__((noinline))
emit(struct cog_masker *m, size_t raw, const char *text, size_t n,
    const size_t *map, int number)
{
	struct cog_spans *sp = &m->spans;
	size_t i;

	if (m->c.mode == COG_MODE_DETECT) {
		detect_all(m, text);
		return;
	}
	for (i = 0; i < sp->n; i++) {
		const struct cog_span *s = &sp->v[i];

		/* Several entities merged: replaced whole, none kept. */
		replacement(m, s->type, text + s->start, s->end - s->start,
		    s->members > 1);
		if (m->c.redaction_map)
			event(m, -1, EV_LEFT, m->rep.p, m->rep.len);
		if (number && i == 0)
			quote_at(m, raw);
		splice(m, raw + (map ? map[s->start] : s->start),
		    raw + (map ? map[s->end] : s->end), m->rep.p, m->rep.len);
	}
	if (number && sp->n > 0)
		quote_at(m, raw + n);
}

/*
 * Handle the text of one value: raw is its place in the line, text its
 * decoded bytes, map the raw offset of every text byte (NULL when text
 * is raw).  keytype >= 0 makes the whole value one entity.  A number
 * (raw text) with an entity becomes a string, the entity replaced in it.
 */
static inline __attribute__((always_inline)) void
process(struct cog_masker *m, size_t raw, const char *text, size_t n,
    const size_t *map, int keytype, int number)
{
	find(m, text, n, keytype, number);
	if (m->c.explain && keytype < 0)
		explain_rejected(m, text, n, number);
	if (m->spans.n == 0)
		return;
	judge(m, text, n, keytype);
	emit(m, raw, text, n, map, number);
}

/*
 * Replace every [TYPE:ciphertext] token of the encrypt rule in the text
 * by the value it encrypts.
 */
static void
unmask(struct cog_masker *m, size_t raw, const char *text, size_t n,
    const size_t *map)
{
	const char *p = text, *end = text + n;

	while ((p = memchr(p, '[', (size_t)(end - p))) != NULL) {
		const char *t = p + 1, *colon, *b, *close;

		while (t < end && ((*t >= 'A' && *t <= 'Z') ||
		    (*t >= '0' && *t <= '9') || *t == '_'))
			t++;
		if (t == p + 1 || t == end || *t != ':') {
			p++;
			continue;
		}
		colon = t;
		for (b = colon + 1; b < end && ((*b >= 'A' && *b <= 'Z') ||
		    (*b >= 'a' && *b <= 'z') || (*b >= '0' && *b <= '9') ||
		    *b == '-' || *b == '_'); b++)
			;
		close = b;
		if (close == end || *close != ']' || close - colon < 23) {
			p++;
			continue;
		}
		cog_buf_reset(&m->norm);
		cog_buf_add(&m->norm, p + 1, (size_t)(colon - p - 1));
		cog_buf_reset(&m->rep);
		if (cog_keys_decrypt(m->c.keys, m->norm.p, colon + 1,
		    (size_t)(close - colon - 1), &m->rep) < 0) {
			m->st->unmask_failed++;
			p = close + 1;
			continue;
		}
		m->rep_plain = 0;
		splice(m, raw + (map ? map[p - text] : (size_t)(p - text)),
		    raw + (map ? map[close + 1 - text] :
		    (size_t)(close + 1 - text)), m->rep.p, m->rep.len);
		p = close + 1;
	}
}

static void
string_value(struct cog_masker *m, const struct cog_jtok *t, int keytype)
{
	size_t raw = (size_t)(t->p - m->line);
	const char *text = t->p;
	const size_t *map = NULL;
	size_t n = t->n;

	m->wide = m->nonascii;
	if (t->escaped) {
		m->wide |= cog_json_decode(&m->dec, t->p, t->n, 1);
		text = m->dec.text.p;
		n = m->dec.text.len;
		map = m->dec.map;
	}
	if (m->c.mode == COG_MODE_UNMASK)
		unmask(m, raw, text, n, map);
	else
		process(m, raw, text, n, map, keytype, 0);
}

/*
 * With --mask-keys, keep the object's keys distinct: a masked key that
 * equals a key before it in its object, or that a later key equals,
 * takes a suffix.  ostart is where the key's text starts in the output.
 */
static void
distinct_key(struct cog_masker *m, struct frame *f, const struct cog_jtok *t,
    size_t ostart, int masked)
{
	size_t kend = (size_t)(t->p - m->line) + t->n;
	struct keyent *e;
	const char *s = f->key;
	size_t n = f->keylen;

	if (masked) {
		cog_buf_add(m->out, m->line + m->copied, kend - m->copied);
		m->copied = kend;
		cog_json_decode(&m->dec, m->out->p + ostart,
		    m->out->len - ostart, 0);
		s = m->dec.text.p ? m->dec.text.p : "";
		n = m->dec.text.len;
	}
	e = key_find(f, s, n);
	if (!masked) {
		if (e && e->oend)
			key_rename(m, f, e);
		key_add(f, s, n, 0);
	} else if (e) {
		key_rename(m, f, key_add(f, s, n, m->out->len));
	} else {
		key_add(f, s, n, m->out->len);
	}
}

/* An object key: the step to the value after it, and masked if asked. */
static void
object_key(struct cog_masker *m, const struct cog_jtok *t)
{
	struct frame *f = &m->fr[m->depth - 1];
	size_t raw = (size_t)(t->p - m->line), ostart = 0;
	int sel, distinct = m->c.mask_keys && m->c.mode == COG_MODE_MASK;

	if (t->escaped) {
		cog_json_decode(&m->dec, t->p, t->n, 0);
		cog_buf_reset(&f->keybuf);
		cog_buf_add(&f->keybuf, m->dec.text.p, m->dec.text.len);
		f->key = f->keybuf.p;
		f->keylen = f->keybuf.len;
	} else {
		f->key = t->p;
		f->keylen = t->n;
	}
	/* A key is masked (or unmasked) where its object is selected. */
	sel = m->c.mask_keys && !(f->st.full & m->skipbits) &&
	    (m->fieldbits == 0 || (f->st.full & m->fieldbits));
	if (sel && distinct) {
		cog_buf_add(m->out, m->line + m->copied, raw - m->copied);
		m->copied = raw;
		ostart = m->out->len;
	}
	if (sel)
		string_value(m, t, -1);
	if (distinct)
		distinct_key(m, f, t, ostart, sel && m->copied != raw);
}

/* A value of the current member: is it selected, and by a --key? */
static int
selected(struct cog_masker *m, struct vstate *v)
{
	if (!m->filtering) {
		v->keytype = -1;
		return 1;
	}
	value_state(m, v);
	if (v->full & m->skipbits)
		return 0;
	return v->keytype >= 0 || m->fieldbits == 0 ||
	    (v->full & m->fieldbits) != 0;
}

/* Is the key token, decoded, "session_id" or "sessionId"? */
static int
session_key(struct cog_masker *m, const struct cog_jtok *t)
{
	const char *k = t->p;
	size_t n = t->n;

	if (t->escaped) {
		cog_json_decode(&m->dec, t->p, t->n, 0);
		k = m->dec.text.p;
		n = m->dec.text.len;
	}
	return (n == 10 && memcmp(k, "session_id", 10) == 0) ||
	    (n == 9 && memcmp(k, "sessionId", 9) == 0);
}

/*
 * A hash of the session id of a line of JSON: the value of the first
 * member of the top-level object whose key, decoded, is "session_id" or
 * "sessionId": a string decoded, or a number as written.  0 when there is
 * none; -1 when the line is no valid JSON before one is found.
 */
static int
session_json(struct cog_masker *m, const char *line, size_t len,
    uint64_t *hash)
{
	struct cog_jtok t;
	int type, named = 0;

	cog_json_init(&m->j, line, len);
	while ((type = cog_json_next(&m->j, &t)) != COG_JT_END) {
		if (type == COG_JT_ERROR)
			return -1;
		if (cog_json_depth(&m->j) != 1)
			continue;
		if (type == COG_JT_KEY) {
			named = session_key(m, &t);
			continue;
		}
		if (!named)
			continue;
		if (type == COG_JT_STRING && t.escaped) {
			cog_json_decode(&m->dec, t.p, t.n, 0);
			*hash = fnv(FNV_BASIS ^ 's', m->dec.text.p,
			    m->dec.text.len) | 1;
		} else if (type == COG_JT_STRING || type == COG_JT_NUMBER) {
			*hash = fnv(FNV_BASIS ^ (type == COG_JT_STRING ? 's' :
			    'n'), t.p, t.n) | 1;
		} else {
			*hash = 0;
		}
		return 0;
	}
	*hash = 0;
	return 0;
}

/*
 * The same for a line that is no valid JSON: the string after the first
 * "session_id" or "sessionId" key written as such.
 */
static uint64_t
session_loose(const char *line, size_t len)
{
	const char *p = line, *end = line + len, *q;

	while ((p = memmem(p, (size_t)(end - p), "\"session", 8)) != NULL) {
		p += 8;
		if (end - p >= 4 && memcmp(p, "_id\"", 4) == 0)
			p += 4;
		else if (end - p >= 3 && memcmp(p, "Id\"", 3) == 0)
			p += 3;
		else
			continue;
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (p == end || *p++ != ':')
			continue;	/* a value, not a key */
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (p == end || *p != '"' ||
		    (q = memchr(p + 1, '"', (size_t)(end - p - 1))) == NULL)
			return 0;
		return fnv(FNV_BASIS ^ 's', p + 1, (size_t)(q - p - 1)) | 1;
	}
	return 0;
}

/* A line begins: it answers what the line before asked, if any. */
static void
line_begin(struct cog_masker *m, const char *line, size_t len, int json)
{
	uint64_t session;

	if (!m->c.conversation)
		return;
	session = 0;
	if (json && session_json(m, line, len, &session) < 0)
		session = session_loose(line, len);
	if (session != m->session)
		m->pending = 0;
	m->session = session;
	cog_detector_reply_to(m->c.det, m->pending);
	m->asked = m->found = 0;
}

/* A line ends: what it asked for and did not answer itself is pending. */
static void
line_end(struct cog_masker *m, size_t len, int ok)
{
	m->pending = ok && len <= COG_MASK_REPLY_MAX ? m->asked & ~m->found :
	    0;
}

void
cog_masker_new_input(struct cog_masker *m)
{
	m->pending = 0;
	m->session = 0;
}

/* Walk the tokens of a line of JSON, masking into m->out.  0 or -1. */
static int
walk(struct cog_masker *m, const char *line, size_t len)
{
	struct cog_jtok t;
	struct vstate v;
	int type;

	m->line = line;
	m->copied = 0;
	m->json = 1;
	m->depth = 0;
	m->nev = 0;
	m->matched = m->kmatched = 0;
	m->left.n = 0;
	cog_buf_reset(&m->evtext);
	if (m->c.explain)
		cog_buf_reset(&m->xline);
	cog_json_init(&m->j, line, len);
	/*
	 * Masked keys need their objects' frames to stay distinct, and
	 * explanations the paths.
	 */
	if (!m->filtering && m->c.mode == COG_MODE_MASK && !m->c.mask_keys &&
	    !m->c.explain)
		cog_json_want(&m->j, COG_JT_BIT(COG_JT_STRING) |
		    COG_JT_BIT(COG_JT_NUMBER));
	else if (!m->filtering && m->c.mode == COG_MODE_UNMASK)
		cog_json_want(&m->j, COG_JT_BIT(COG_JT_STRING) |
		    (m->c.mask_keys ? COG_JT_BIT(COG_JT_KEY) : 0));
	while ((type = cog_json_next(&m->j, &t)) != COG_JT_END) {
		if (type == COG_JT_ERROR)
			return -1;
		if (type == COG_JT_KEY && m->depth == 0) {
			/* Only --mask-keys asks for keys without frames. */
			string_value(m, &t, -1);
			continue;
		}
		if (type == COG_JT_KEY) {
			object_key(m, &t);
			continue;
		}
		if (type == COG_JT_OBJ_END || type == COG_JT_ARR_END) {
			m->depth--;
			continue;
		}
		/* A value: the next element of an enclosing array. */
		if (m->depth > 0 && m->fr[m->depth - 1].is_arr)
			m->fr[m->depth - 1].index++;
		if (type == COG_JT_OBJ_BEGIN || type == COG_JT_ARR_BEGIN) {
			if (m->filtering)
				value_state(m, &v);
			else
				v = m->root;
			push(m, type == COG_JT_ARR_BEGIN, &v);
		} else if (type == COG_JT_STRING) {
			if (selected(m, &v))
				string_value(m, &t, v.keytype);
		} else if (type == COG_JT_NUMBER &&
		    (t.n >= m->number_min || m->c.nkeyrules) &&
		    m->c.mode != COG_MODE_UNMASK && selected(m, &v) &&
		    (t.n >= m->number_min || v.keytype >= 0)) {
			/* Numbers are scanned too; masked, they are strings. */
			process(m, (size_t)(t.p - line), t.p, t.n, NULL,
			    v.keytype, 1);
		}
	}
	if (m->c.mode != COG_MODE_DETECT)
		cog_buf_add(m->out, line + m->copied, len - m->copied);
	return 0;
}

int
cog_mask_json(struct cog_masker *m, const char *line, size_t len,
    unsigned long lineno, struct cog_buf *out, const char **errmsg,
    size_t *erroff)
{
	size_t mark = out->len;

	m->lineno = lineno;
	m->out = out;
	m->nonascii = cog_fold_ascii(line, len) < len;
	line_begin(m, line, len, 1);
	if (walk(m, line, len) < 0) {
		cog_buf_truncate(out, mark);
		*errmsg = m->j.errmsg;
		*erroff = m->j.erroff;
		m->nev = 0;
		line_end(m, len, 0);
		return -1;
	}
	if (m->nonascii && cog_fold_valid(line, len) < len) {
		/* Invalid UTF-8 would make the output no strict JSON. */
		cog_buf_truncate(out, mark);
		cog_buf_reset(&m->clean);
		cog_fold_clean(line, len, &m->clean);
		m->asked = m->found = 0;
		(void)walk(m, m->clean.p, m->clean.len);
	}
	commit_events(m);
	line_end(m, len, 1);
	return 0;
}

static void
mask_text(struct cog_masker *m, const char *line, size_t len,
    unsigned long lineno, struct cog_buf *out, int escapes)
{
	size_t n = len;

	m->nonascii = m->wide = cog_fold_ascii(line, len) < len;
	m->line = line;
	m->copied = 0;
	m->lineno = lineno;
	m->out = out;
	m->json = 0;
	m->depth = 0;
	m->nev = 0;
	m->matched = m->kmatched = 0;
	cog_buf_reset(&m->evtext);
	if (m->c.explain)
		cog_buf_reset(&m->xline);
	line_begin(m, line, len, escapes);
	if (n > 0 && line[n - 1] == '\r')
		n--;
	if (escapes && memchr(line, '\\', n) != NULL) {
		m->wide |= cog_json_decode(&m->dec, line, n, 1);
		if (m->c.mode == COG_MODE_UNMASK)
			unmask(m, 0, m->dec.text.p, m->dec.text.len,
			    m->dec.map);
		else
			process(m, 0, m->dec.text.p, m->dec.text.len,
			    m->dec.map, -1, 0);
	} else if (m->c.mode == COG_MODE_UNMASK) {
		unmask(m, 0, line, n, NULL);
	} else {
		process(m, 0, line, n, NULL, -1, 0);
	}
	if (m->c.mode != COG_MODE_DETECT)
		cog_buf_add(out, line + m->copied, len - m->copied);
	commit_events(m);
	line_end(m, len, 1);
}

void
cog_mask_text(struct cog_masker *m, const char *line, size_t len,
    unsigned long lineno, struct cog_buf *out)
{
	mask_text(m, line, len, lineno, out, 0);
}

void
cog_mask_loose(struct cog_masker *m, const char *line, size_t len,
    unsigned long lineno, struct cog_buf *out)
{
	mask_text(m, line, len, lineno, out, 1);
}

void
cog_mask_stats_json(const struct cog_mask_stats *st, struct cog_buf *out)
{
	struct cog_counter_entry *e;
	size_t i, n;
	int t, first = 1;

	cog_buf_adds(out, "\"entities\":{");
	for (t = 0; t < cog_type_count(); t++) {
		if (st->found[t] == 0)
			continue;
		cog_buf_addf(out, "%s\"%s\":{\"found\":%llu,\"masked\":%llu",
		    first ? "" : ",", cog_type_name(t), st->found[t],
		    st->masked[t]);
		if (st->too_short[t])
			cog_buf_addf(out, ",\"too_short\":%llu",
			    st->too_short[t]);
		if (st->allowed[t])
			cog_buf_addf(out, ",\"allowed\":%llu",
			    st->allowed[t]);
		cog_buf_addc(out, '}');
		first = 0;
	}
	cog_buf_adds(out, "},\"redaction_map\":{");
	e = cog_counter_sorted(&st->map, &n);
	for (i = 0; i < n; i++) {
		if (i)
			cog_buf_addc(out, ',');
		cog_buf_add_jstr(out, e[i].key, e[i].len);
		cog_buf_addf(out, ":%llu", e[i].count);
	}
	free(e);
	cog_buf_addc(out, '}');
}
