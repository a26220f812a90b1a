/* scan.c -- the residual scan: the tokens and the PII left in masked records */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit/scan.h"
#include "base/err.h"
#include "base/lines.h"
#include "base/utf8.h"
#include "json/json.h"
#include "json/path.h"
#include "mask/mask.h"
#include "mask/tokens.h"
#include "net/session.h"
#include "pii/types.h"

/* Where a value is: one object or array around it. */
struct frame {
	int array;
	long index;
	const char *key;
	size_t keylen;
	int escaped;
};

struct cog_audit_scan {
	struct cog_detector *det;
	struct cog_keys *keys;
	struct cog_token_vetter vet;
	struct cog_spans spans, held;
	struct cog_json j;
	struct cog_jdec dec, kdec;
	struct cog_buf scratch, path, sid, found_here;
	struct frame *fr;
	size_t nfr, capfr;
	struct cog_counter tokens, found;
	unsigned long long strings;
	struct cog_audit_vetted vetted;
	unsigned examples;	/* in this block */
	const char *name;
	long long seq;
	int has_seq;
};

struct cog_audit_scan *
cog_audit_scan_new(struct cog_detector *det, struct cog_keys *keys)
{
	struct cog_audit_scan *s = cog_xcalloc(1, sizeof(*s));

	s->det = det;
	s->keys = keys;
	s->vet.det = det;
	s->vet.keys = keys;
	s->name = "<stdin>";
	return s;
}

void
cog_audit_scan_free(struct cog_audit_scan *s)
{
	if (s == NULL)
		return;
	cog_token_vetter_release(&s->vet);
	cog_detector_free(s->det);
	cog_keys_free(s->keys);
	cog_spans_release(&s->spans);
	cog_spans_release(&s->held);
	cog_json_release(&s->j);
	cog_jdec_release(&s->dec);
	cog_jdec_release(&s->kdec);
	cog_buf_release(&s->scratch);
	cog_buf_release(&s->path);
	cog_buf_release(&s->sid);
	cog_buf_release(&s->found_here);
	cog_counter_release(&s->tokens);
	cog_counter_release(&s->found);
	free(s->fr);
	free(s);
}

void
cog_audit_scan_set_name(struct cog_audit_scan *s, const char *name)
{
	s->name = name;
}

static void
push(struct cog_audit_scan *s, int array)
{
	if (s->nfr == s->capfr) {
		s->capfr = s->capfr ? 2 * s->capfr : 16;
		s->fr = cog_xreallocarray(s->fr, s->capfr, sizeof(*s->fr));
	}
	s->fr[s->nfr++] = (struct frame){ array, -1, NULL, 0, 0 };
}

/* Count a value in the innermost array, if it is one. */
static void
element(struct cog_audit_scan *s)
{
	if (s->nfr > 0 && s->fr[s->nfr - 1].array)
		s->fr[s->nfr - 1].index++;
}

/* The jq path of the current value into s->path. */
static void
make_path(struct cog_audit_scan *s)
{
	size_t i;

	cog_buf_reset(&s->path);
	for (i = 0; i < s->nfr; i++) {
		const struct frame *f = &s->fr[i];

		if (f->array) {
			cog_buf_addf(&s->path, "%s[%ld]", i ? "" : ".",
			    f->index);
		} else if (f->escaped) {
			cog_json_decode(&s->kdec, f->key, f->keylen, 0);
			cog_path_add_key(&s->path, s->kdec.text.p,
			    s->kdec.text.len);
		} else {
			cog_path_add_key(&s->path, f->key, f->keylen);
		}
	}
	if (s->path.len == 0)
		cog_buf_addc(&s->path, '.');
}

/* Count the entities found in text (n bytes), keeping a few positions. */
static void
report(struct cog_audit_scan *s, const char *text, unsigned long lineno)
{
	size_t i;

	for (i = 0; i < s->spans.n; i++) {
		const struct cog_span *sp = &s->spans.v[i];
		const char *name = cog_type_name(sp->type);

		cog_counter_add(&s->found, name, strlen(name), 1);
		if (s->examples >= COG_AUDIT_EXAMPLES)
			continue;
		s->examples++;
		make_path(s);
		cog_buf_addf(&s->found_here, "\"line\":%lu,\"path\":", lineno);
		cog_buf_add_jstr(&s->found_here, s->path.p, s->path.len);
		cog_buf_addf(&s->found_here, ",\"type\":\"%s\",\"start\":%zu,"
		    "\"end\":%zu}\n", name, cog_utf8_count(text, sp->start),
		    cog_utf8_count(text, sp->end));
	}
}

/*
 * Vet the token tok of text: 1 when it is one (counted), 0 when it is
 * text, the PII it holds kept in s->held.
 */
static int
vet(struct cog_audit_scan *s, const char *text, const struct cog_token *tok)
{
	size_t i;

	switch (cog_token_vet(&s->vet, text, tok)) {
	case COG_TOKEN_UNCHECKED:
		s->vetted.unchecked++;
		/* FALLTHROUGH */
	case COG_TOKEN_GENUINE:
		cog_counter_add(&s->tokens, tok->type, tok->typelen, 1);
		return 1;
	case COG_TOKEN_FOREIGN:
		s->vetted.foreign++;
		return 0;
	default:
		s->vetted.holding++;
		for (i = 0; i < s->vet.found.n; i++)
			cog_spans_add(&s->held, s->vet.found.v[i].start,
			    s->vet.found.v[i].end, s->vet.found.v[i].type,
			    s->vet.found.v[i].score);
		return 0;
	}
}

/*
 * Scan one string value: count its tokens, then look for PII around
 * them, and in what looked like a token but is none.
 */
static void
scan_string(struct cog_audit_scan *s, const struct cog_jtok *t,
    unsigned long lineno)
{
	const char *text = t->p, *scan;
	size_t n = t->n, pos = 0, i;
	struct cog_token tok;
	int copied = 0;

	if (t->escaped) {
		cog_json_decode(&s->dec, t->p, t->n, 0);
		text = s->dec.text.p ? s->dec.text.p : "";
		n = s->dec.text.len;
	}
	s->strings++;
	s->held.n = 0;
	while (cog_token_next(text, n, &pos, &tok)) {
		if (!vet(s, text, &tok))
			continue;
		if (!copied) {
			cog_buf_reset(&s->scratch);
			cog_buf_add(&s->scratch, text, n);
			copied = 1;
		}
		memset(s->scratch.p + tok.start, '_', tok.end - tok.start);
	}
	/* What is left in a token's form is text: let it read as such. */
	if (memchr(copied ? s->scratch.p : text, '[', n) != NULL) {
		if (!copied) {
			cog_buf_reset(&s->scratch);
			cog_buf_add(&s->scratch, text, n);
			copied = 1;
		}
		cog_token_open(s->scratch.p, n);
	}
	scan = copied ? s->scratch.p : text;
	cog_detect(s->det, scan, n, &s->spans);
	if (s->held.n > 0) {
		for (i = 0; i < s->held.n; i++)
			cog_spans_add(&s->spans, s->held.v[i].start,
			    s->held.v[i].end, s->held.v[i].type,
			    s->held.v[i].score);
		cog_spans_merge(&s->spans);
	}
	report(s, scan, lineno);
}

/* Remember the top-level "session_id" (or "sessionId") and "seq". */
static void
top_member(struct cog_audit_scan *s, const struct cog_jtok *t,
    int *have_sid)
{
	const struct frame *f;

	/* Only a member of the record itself; fr is NULL before any. */
	if (s->nfr != 1)
		return;
	f = &s->fr[0];
	if (f->array || f->escaped)
		return;
	if (t->type == COG_JT_STRING && ((f->keylen == 10 &&
	    memcmp(f->key, "session_id", 10) == 0) || (!*have_sid &&
	    f->keylen == 9 && memcmp(f->key, "sessionId", 9) == 0))) {
		cog_buf_reset(&s->sid);
		if (t->escaped) {
			cog_json_decode(&s->kdec, t->p, t->n, 0);
			cog_buf_add(&s->sid, s->kdec.text.p ? s->kdec.text.p :
			    "", s->kdec.text.len);
		} else {
			cog_buf_add(&s->sid, t->p, t->n);
		}
		*have_sid = f->keylen == 10 ? 2 : 1;
	} else if (t->type == COG_JT_NUMBER && f->keylen == 3 &&
	    memcmp(f->key, "seq", 3) == 0) {
		char num[24];

		if (t->n < sizeof(num)) {
			memcpy(num, t->p, t->n);
			num[t->n] = '\0';
			s->seq = strtoll(num, NULL, 10);
			s->has_seq = 1;
		}
	}
}

/* The record's session line, then its examples, session and seq first. */
static void
emit(struct cog_audit_scan *s, int have_sid, struct cog_buf *out)
{
	size_t from, at;

	if (!have_sid)
		cog_buf_adds(out, "N\n");
	else if (!cog_session_id_valid(s->sid.p, s->sid.len))
		cog_buf_adds(out, "I\n");
	else
		cog_buf_addf(out, "S%s\n", s->sid.p);
	for (from = 0; from < s->found_here.len; from = at + 1) {
		at = (size_t)((char *)memchr(s->found_here.p + from, '\n',
		    s->found_here.len - from) - s->found_here.p);
		cog_buf_adds(out, "E{");
		if (have_sid) {
			cog_buf_adds(out, "\"session_id\":");
			cog_buf_add_jstr(out, s->sid.p, s->sid.len);
			cog_buf_addc(out, ',');
		}
		if (s->has_seq)
			cog_buf_addf(out, "\"seq\":%lld,", s->seq);
		cog_buf_add(out, s->found_here.p + from, at + 1 - from);
	}
}

/*
 * Scan one record, the len bytes of line (number lineno), into out as
 * cog_audit_scan_block says.  Return 0, or -1 for invalid JSON.
 */
static int
scan_line(struct cog_audit_scan *s, const char *line, size_t len,
    unsigned long lineno, struct cog_buf *out)
{
	struct cog_jtok t;
	int type, have_sid = 0;

	s->nfr = 0;
	s->has_seq = 0;
	cog_buf_reset(&s->found_here);
	cog_json_init(&s->j, line, len);
	while ((type = cog_json_next(&s->j, &t)) != COG_JT_END) {
		switch (type) {
		case COG_JT_ERROR:
			return -1;
		case COG_JT_OBJ_BEGIN:
		case COG_JT_ARR_BEGIN:
			element(s);
			push(s, type == COG_JT_ARR_BEGIN);
			break;
		case COG_JT_OBJ_END:
		case COG_JT_ARR_END:
			s->nfr--;
			break;
		case COG_JT_KEY:
			s->fr[s->nfr - 1].key = t.p;
			s->fr[s->nfr - 1].keylen = t.n;
			s->fr[s->nfr - 1].escaped = t.escaped;
			break;
		case COG_JT_STRING:
			element(s);
			top_member(s, &t, &have_sid);
			scan_string(s, &t, lineno);
			break;
		case COG_JT_NUMBER:
			/* PII written as a number, as cog-mask reads it. */
			element(s);
			top_member(s, &t, &have_sid);
			cog_mask_number_detect(s->det, t.p, t.n, &s->spans);
			cog_spans_merge(&s->spans);
			report(s, t.p, lineno);
			break;
		default:
			element(s);
			top_member(s, &t, &have_sid);
		}
	}
	emit(s, have_sid, out);
	return 0;
}

void
cog_audit_scan_block(void *ctx, struct cog_block *b)
{
	struct cog_audit_scan *s = ctx;
	const char *p = b->in.p, *end = p + b->in.len, *nl;
	unsigned long lineno = b->first;
	size_t len;

	s->examples = 0;
	for (; p < end; p += len + (nl != NULL), lineno++) {
		nl = memchr(p, '\n', (size_t)(end - p));
		len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		if (cog_blank(p, len))
			continue;
		if (scan_line(s, p, len, lineno, &b->out) < 0) {
			snprintf(b->err, sizeof(b->err), "%s:%lu: invalid "
			    "JSON: %s at column %zu", s->name, lineno,
			    s->j.errmsg, s->j.erroff + 1);
			b->stop = 1;
			return;
		}
	}
}

static void
add_counts(struct cog_counter *to, const struct cog_counter *from)
{
	size_t i;

	for (i = 0; i < from->cap; i++)
		if (from->slot[i].key)
			cog_counter_add(to, from->slot[i].key,
			    from->slot[i].len, from->slot[i].count);
}

void
cog_audit_scan_totals(const struct cog_audit_scan *s,
    struct cog_counter *tokens, struct cog_counter *found,
    unsigned long long *strings, struct cog_audit_vetted *vetted)
{
	add_counts(tokens, &s->tokens);
	add_counts(found, &s->found);
	*strings += s->strings;
	vetted->unchecked += s->vetted.unchecked;
	vetted->foreign += s->vetted.foreign;
	vetted->holding += s->vetted.holding;
}
