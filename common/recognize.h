/* recognize.h -- the built-in pattern and checksum recognizers */
#ifndef COG_RECOGNIZE_H
#define COG_RECOGNIZE_H

#include <stddef.h>

#include "detect.h"
#include "types.h"

/*
 * Append to out a span for every entity of a type in types found in the
 * n bytes at s (UTF-8, possibly invalid, may hold NUL bytes; offsets are
 * byte offsets into s).  Spans may overlap; the caller merges them.
 */
void cog_recognize(const char *s, size_t n, cog_typeset types,
    struct cog_spans *out);

#endif
