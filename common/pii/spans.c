/* spans.c -- entities found in a text, as byte ranges: add, sort, merge */
#include <stdlib.h>

#include "base/err.h"
#include "pii/spans.h"

void
cog_spans_grow(struct cog_spans *sp, size_t k)
{
	while (sp->cap - sp->n < k)
		sp->cap = sp->cap ? sp->cap * 2 : 16;
	sp->v = cog_xreallocarray(sp->v, sp->cap, sizeof(*sp->v));
}

void
cog_spans_add(struct cog_spans *sp, size_t start, size_t end, int type,
    float score)
{
	if (sp->n == sp->cap) {
		sp->cap = sp->cap ? sp->cap * 2 : 16;
		sp->v = cog_xreallocarray(sp->v, sp->cap, sizeof(*sp->v));
	}
	sp->v[sp->n++] = (struct cog_span){ start, end, type, score, 1,
	    (unsigned short)sp->rec, 0 };
}

void
cog_spans_reject(struct cog_spans *sp, size_t start, size_t end, int type,
    float score, int why)
{
	if (!sp->explain)
		return;
	cog_spans_add(sp, start, end, type, score);
	sp->v[sp->n - 1].why = (unsigned char)why;
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

void
cog_spans_sort(struct cog_spans *sp)
{
	float min = cog_spans_min(sp);
	size_t i, n = 0;

	for (i = 0; i < sp->n; i++)
		if (sp->v[i].score >= min && sp->v[i].end > sp->v[i].start)
			sp->v[n++] = sp->v[i];
	sp->n = n;
	if (n > 1)
		qsort(sp->v, n, sizeof(*sp->v), bystart);
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

	cog_spans_sort(sp);
	if (sp->n < 2)
		return;
	for (i = 1; i < sp->n; i++) {
		struct cog_span *cur = &sp->v[n], *s = &sp->v[i];

		if (s->start < cur->end) {
			struct cog_span w = better(s, cur) ? *s : *cur;

			if (s->end > cur->end)
				cur->end = s->end;
			cur->type = w.type;
			cur->score = w.score;
			cur->rec = w.rec;
			cur->members += s->members;
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
