/* recognize.h -- the built-in pattern and checksum recognizers */
#ifndef COG_RECOGNIZE_H
#define COG_RECOGNIZE_H

#include <stddef.h>

#include "pii/spans.h"
#include "pii/types.h"

/*
 * Append to out a span for every entity of a type in types found in the
 * n bytes at s (UTF-8, possibly invalid, may hold NUL bytes; offsets are
 * byte offsets into s).  Spans may overlap; the caller merges them.
 */
void cog_recognize(const char *s, size_t n, cog_typeset types,
    struct cog_spans *out);

/*
 * The same, for a text that answers a question: the context words of the
 * types in carry (see cog_recognize_asks) count as if they stood just
 * before the text, for an entity that starts in its first bytes.
 */
void cog_recognize_reply(const char *s, size_t n, cog_typeset types,
    cog_typeset carry, struct cog_spans *out);

/*
 * Which of the types in types that need context words (DATE_OF_BIRTH,
 * US_PASSPORT, US_SSN, UK_NHS) does the end of the text ask for, as in
 * "Can you confirm your date of birth?"
 */
cog_typeset cog_recognize_asks(const char *s, size_t n, cog_typeset types);

#endif
