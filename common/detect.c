/* detect.c -- find entities in a UTF-8 text: built-in and user recognizers */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "detect.h"
#include "err.h"
#include "names.h"
#include "recognize.h"

struct pattern {
	int type;
	pcre2_code *re;
};

struct cog_detector {
	cog_typeset types;
	struct pattern *pat;
	size_t npat;
	int owner;		/* frees the patterns (not a dup) */
	pcre2_match_data *md;
};

void
cog_spans_add(struct cog_spans *sp, size_t start, size_t end, int type,
    float score)
{
	if (sp->n == sp->cap) {
		sp->cap = sp->cap ? sp->cap * 2 : 16;
		sp->v = cog_xreallocarray(sp->v, sp->cap, sizeof(*sp->v));
	}
	sp->v[sp->n++] = (struct cog_span){ start, end, type, score };
}

static int
bystart(const void *a, const void *b)
{
	const struct cog_span *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	return x->type - y->type;
}

/* Does span a win over b as the type of a merged group? */
static int
better(const struct cog_span *a, const struct cog_span *b)
{
	if (a->score != b->score)
		return a->score > b->score;
	return a->end - a->start > b->end - b->start;
}

void
cog_spans_merge(struct cog_spans *sp)
{
	size_t i, n = 0;

	for (i = 0; i < sp->n; i++)
		if (sp->v[i].score >= COG_MIN_SCORE &&
		    sp->v[i].end > sp->v[i].start)
			sp->v[n++] = sp->v[i];
	sp->n = n;
	if (n < 2)
		return;
	qsort(sp->v, n, sizeof(*sp->v), bystart);
	n = 0;
	for (i = 1; i < sp->n; i++) {
		struct cog_span *cur = &sp->v[n], *s = &sp->v[i];

		if (s->start < cur->end) {
			struct cog_span w = better(s, cur) ? *s : *cur;

			if (s->end > cur->end)
				cur->end = s->end;
			cur->type = w.type;
			cur->score = w.score;
		} else {
			sp->v[++n] = *s;
		}
	}
	sp->n = n + 1;
}

void
cog_spans_release(struct cog_spans *sp)
{
	free(sp->v);
	sp->v = NULL;
	sp->n = sp->cap = 0;
}

struct cog_detector *
cog_detector_new(cog_typeset types)
{
	struct cog_detector *d = cog_xcalloc(1, sizeof(*d));

	d->types = types;
	d->owner = 1;
	return d;
}

struct cog_detector *
cog_detector_dup(const struct cog_detector *d)
{
	struct cog_detector *c = cog_xcalloc(1, sizeof(*c));

	c->types = d->types;
	c->npat = d->npat;
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
	for (i = 0; i < d->npat && d->owner; i++)
		pcre2_code_free(d->pat[i].re);
	free(d->pat);
	pcre2_match_data_free(d->md);
	free(d);
}

cog_typeset
cog_detector_types(const struct cog_detector *d)
{
	return d->types;
}

int
cog_detector_add_pattern(struct cog_detector *d, int type, const char *regex,
    char *err, size_t errlen)
{
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	pcre2_code *re;
	int code;

	re = pcre2_compile((PCRE2_SPTR)regex, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &code, &off, NULL);
	if (re == NULL) {
		pcre2_get_error_message(code, msg, sizeof(msg));
		snprintf(err, errlen, "at offset %zu: %s", (size_t)off,
		    (char *)msg);
		return -1;
	}
	/* JIT is an optimisation; the interpreter is used without it. */
	(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	d->pat = cog_xreallocarray(d->pat, d->npat + 1, sizeof(*d->pat));
	d->pat[d->npat++] = (struct pattern){ type, re };
	if (d->md == NULL)
		d->md = pcre2_match_data_create(1, NULL);
	return 0;
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
		if (ov[1] > ov[0])
			cog_spans_add(out, ov[0], ov[1], p->type, 1.0f);
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

void
cog_detect(struct cog_detector *d, const char *s, size_t n,
    struct cog_spans *out)
{
	size_t i;

	out->n = 0;
	cog_recognize(s, n, d->types, out);
	if (d->types & (COG_TYPEBIT(COG_PERSON) | COG_TYPEBIT(COG_LOCATION)))
		cog_names_detect(s, n, d->types, out);
	for (i = 0; i < d->npat; i++)
		match_pattern(d, &d->pat[i], s, n, out);
	cog_spans_merge(out);
}
