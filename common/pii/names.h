/* names.h -- PERSON, LOCATION, STREET_ADDRESS: names, places, addresses */
#ifndef COG_NAMES_H
#define COG_NAMES_H

#include <stddef.h>

#include "pii/spans.h"
#include "pii/types.h"

/* The types the names scan finds. */
#define COG_NAMES_TYPES (COG_TYPEBIT(COG_PERSON) | COG_TYPEBIT(COG_LOCATION) | \
    COG_TYPEBIT(COG_STREET_ADDRESS))

/*
 * Append to out a span for every person name (COG_PERSON), place
 * (COG_LOCATION) and street address (COG_STREET_ADDRESS) found in the n
 * bytes at s, when the type is in types.  s is UTF-8, possibly invalid, may hold NUL bytes and is
 * never read beyond s[n - 1]; offsets are byte offsets into s.  Scores
 * run from 0 to 1; spans scoring under COG_MIN_SCORE are not added.
 * Evidence: the lexicon (common/pii/lexicon.h), the words around (titles, "my
 * name is", greetings, "lives in"), and capitalisation where the text
 * has any.  Nothing is allocated but the output spans; safe to call from
 * several threads at once.
 */
void cog_names_detect(const char *s, size_t n, cog_typeset types,
    struct cog_spans *out);

#endif
