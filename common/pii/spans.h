/* spans.h -- entities found in a text, as byte ranges: add, sort, merge */
#ifndef COG_SPANS_H
#define COG_SPANS_H

#include <stddef.h>

/* Who found an entity. */
enum cog_rec {
	COG_REC_BUILTIN,	/* the type's own: names.h for PERSON and
				   LOCATION, recognize.h for the others */
	COG_REC_PATTERN,	/* a user's regex (detect.h) */
	COG_REC_DENY,		/* a term of a deny list (detect.h) */
	COG_REC_KEY		/* the whole value of a --key member */
};

/* An entity found in a text: bytes [start, end) of the text. */
struct cog_span {
	size_t start, end;
	int type;
	float score;		/* confidence, 0 to 1 */
	unsigned members;	/* entities merged into it (1 unless merged) */
	unsigned short rec;	/* who found it: COG_REC_* */
};

/*
 * A growable array of spans, owned by whoever declared it: start it as
 * { 0 }, reuse it by setting n to 0, free it with cog_spans_release().
 * The spans added are marked as found by rec (COG_REC_BUILTIN unless
 * the caller sets it before a recognizer runs).
 */
struct cog_spans {
	struct cog_span *v;
	size_t n, cap;
	int rec;
};

/* Spans scoring below this are not reported. */
#define COG_MIN_SCORE 0.5f

/* Make room for k more spans, so that v[n] to v[n + k - 1] can be set. */
void cog_spans_grow(struct cog_spans *sp, size_t k);

static inline void
cog_spans_reserve(struct cog_spans *sp, size_t k)
{
	if (sp->cap - sp->n < k)
		cog_spans_grow(sp, k);
}

/* Append a span (recognizers call this; no ordering is required). */
void cog_spans_add(struct cog_spans *sp, size_t start, size_t end, int type,
    float score);

/*
 * Drop the spans scoring under COG_MIN_SCORE and the empty ones, and sort
 * the rest by position (by start, the longer first, then by type).
 */
void cog_spans_sort(struct cog_spans *sp);

/*
 * cog_spans_sort(), then merge every overlapping group into one span
 * covering their union, typed (and marked as found) as its highest-
 * scoring member (the longer one on a tie), members counting them.
 */
void cog_spans_merge(struct cog_spans *sp);

/* Free the array; sp is empty and reusable after. */
void cog_spans_release(struct cog_spans *sp);

#endif
