/* normalize.h -- canonical forms of detected values, for stable tokens */
#ifndef COG_NORMALIZE_H
#define COG_NORMALIZE_H

#include <stddef.h>

#include "buf.h"

/*
 * Append to out the canonical form of the n bytes at s, a value of the
 * given type, so that one value written two ways gives one token.
 */
void cog_normalize(int type, const char *s, size_t n, struct cog_buf *out);

/*
 * Choose the region whose national phone numbers lack a country code
 * (ISO 3166 code such as "US" or "GB").  Return 0, or -1 if unknown.
 */
int cog_normalize_set_region(const char *cc);

#endif
