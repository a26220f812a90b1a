/* spancase.h -- text cases of the recognizer unit tests, and spans as text */
#ifndef COG_SPANCASE_H
#define COG_SPANCASE_H

#include "base/buf.h"
#include "pii/detect.h"
#include "pii/types.h"

/*
 * A case: a text (a literal, so it may hold NUL bytes), the types to
 * look for, and the merged spans expected as "TYPE start-end" joined by
 * ", " (byte offsets); "" when nothing is to be found.
 */
struct spancase {
	const char *text;
	size_t len;
	cog_typeset types;
	const char *want;
};
#define C(t, ty, w)	{ (t), sizeof(t) - 1, (ty), (w) }

/* The spans of sp into b, as the cases write them ("" for none). */
static void
spans_str(const struct cog_spans *sp, struct cog_buf *b)
    __attribute__((unused));

static void
spans_str(const struct cog_spans *sp, struct cog_buf *b)
{
	size_t i;

	cog_buf_reset(b);
	cog_buf_adds(b, "");
	for (i = 0; i < sp->n; i++)
		cog_buf_addf(b, "%s%s %zu-%zu", i ? ", " : "",
		    cog_type_name(sp->v[i].type), sp->v[i].start,
		    sp->v[i].end);
}

#endif
