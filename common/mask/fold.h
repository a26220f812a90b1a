/* fold.h -- text as detection reads it: valid UTF-8, look-alikes folded */
#ifndef COG_FOLD_H
#define COG_FOLD_H

#include <stddef.h>

#include "base/buf.h"

/* The offset of the first byte of the n at s that is not ASCII, or n. */
size_t cog_fold_ascii(const char *s, size_t n);

/*
 * The offset of the first byte of the n at s that starts no valid UTF-8
 * sequence (as cog_utf8_decode reads it: no overlong form, no surrogate,
 * nothing above U+10FFFF), or n.
 */
size_t cog_fold_valid(const char *s, size_t n);

/* Append s to out with every invalid byte replaced by U+FFFD. */
void cog_fold_clean(const char *s, size_t n, struct cog_buf *out);

/*
 * A copy for detection of the n bytes of UTF-8 at s, with the characters
 * that stand for ASCII ones folded to them: full-width forms (U+FF01 to
 * U+FF5E: digits, letters, '@'), the ideographic space, no-break, figure
 * and thin spaces, and hyphens and minus signs (U+2010 to U+2013, U+2212,
 * U+FE63).  Every character folds to one character, so offsets counted
 * in code points agree.  Return 0 when s holds none (out untouched), else
 * 1 with out reset to the copy and (*map)[i] the offset in s of the
 * character that gave byte i, (*map)[out->len] being n; *map is grown
 * as needed (*mapcap entries), the caller frees it.
 */
int cog_fold(const char *s, size_t n, struct cog_buf *out, size_t **map,
    size_t *mapcap);

#endif
