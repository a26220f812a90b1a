/* detect.h -- find entities in a UTF-8 text: built-in and user recognizers */
#ifndef COG_DETECT_H
#define COG_DETECT_H

#include <stddef.h>

#include "pii/spans.h"
#include "pii/types.h"

/*
 * The detector runs the built-in recognizers (recognize.h, names.h) and
 * the user's regexes over a text and merges what they find.  To add an
 * entity type and its recognizer, see types.h.
 */
struct cog_detector;

/* A detector for the types in the set (see cog_default_types). */
struct cog_detector *cog_detector_new(cog_typeset types);
void cog_detector_free(struct cog_detector *d);

/*
 * A detector sharing d's recognizers, with its own scratch state, for use
 * on another thread; free it before d.
 */
struct cog_detector *cog_detector_dup(const struct cog_detector *d);

/*
 * Look for the types in the set from now on, before the first cog_detect()
 * or cog_detector_dup(); the types of user recognizers are found whatever
 * the set.
 */
void cog_detector_set_types(struct cog_detector *d, cog_typeset types);

/*
 * Conversation context.  cog_detector_asks() tells which types the end of
 * a message asks for ("... your date of birth?"); after
 * cog_detector_reply_to(d, asked) the texts detected are read as the
 * answer to such a message ("It's 1978-09-27."), until it is called
 * again (with 0 for a message that answers nothing).
 */
cog_typeset cog_detector_asks(const struct cog_detector *d, const char *s,
    size_t n);
void cog_detector_reply_to(struct cog_detector *d, cog_typeset asked);

/*
 * Add a user recognizer: every match of the PCRE2 regex is an entity of
 * the type (score 1).  Return 0, or -1 with a message in err.
 */
int cog_detector_add_pattern(struct cog_detector *d, int type,
    const char *regex, char *err, size_t errlen);

/*
 * Find the entities in the n bytes at s (UTF-8, possibly invalid, may hold
 * NUL bytes).  out is reset and receives the merged spans in order.
 */
void cog_detect(struct cog_detector *d, const char *s, size_t n,
    struct cog_spans *out);

/*
 * The same, before merging: every entity scoring at least COG_MIN_SCORE,
 * in order of position, overlapping ones included (for callers that
 * judge each entity before merging).
 */
void cog_detect_each(struct cog_detector *d, const char *s, size_t n,
    struct cog_spans *out);

#endif
