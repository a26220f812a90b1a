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
	unsigned char why;	/* a candidate turned down: COG_WHY_* */
};

/* Why a recognizer turned a candidate down (with --explain only). */
enum cog_why {
	COG_WHY_NONE,		/* it was not: its score decides */
	COG_WHY_SAMPLE,		/* a published sample number */
	COG_WHY_INVALID,	/* the number cannot be one of the type */
	COG_WHY_VALIDATOR	/* it fails its recognizer's validator */
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
	int explain;		/* recognizers add what they turn down */
	float min;		/* the score a span needs; 0: COG_MIN_SCORE */
};

/* Spans scoring below this are not reported, unless min says otherwise. */
#define COG_MIN_SCORE 0.5f

static inline float
cog_spans_min(const struct cog_spans *sp)
{
	return sp->min > 0 ? sp->min : COG_MIN_SCORE;
}

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
 * With sp->explain, append a candidate turned down for why (COG_WHY_*),
 * with the score it would have had.  Whoever sorts such spans first
 * takes them out (cog_detect_each does).
 */
void cog_spans_reject(struct cog_spans *sp, size_t start, size_t end,
    int type, float score, int why);

/*
 * Drop the spans scoring under cog_spans_min() (or turned down) and the
 * empty ones, and sort
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
