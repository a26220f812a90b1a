/* prefilter.h -- which texts the names scan can skip whole */
#ifndef COG_PREFILTER_H
#define COG_PREFILTER_H

#include <stddef.h>

/*
 * Can the n bytes at s hold a name, a place or an address?  Not an id, a
 * timestamp or a URL: one run without spaces that holds digits or '@',
 * '/', '_' and the like, unless a postcode of five digits; not words
 * without a letter ("555 0134", "4111 1111 1111 1111"); not one
 * lower-case word in no name or place list (the "user" or "agent" of a
 * record's source field).  Fast: most values of a record are refused
 * without a look at the lexicon.
 */
int prefilter_names(const char *s, size_t n);

#endif
