/* jget.h -- pick members out of one JSON text by key path, as raw bytes */
#ifndef COG_JGET_H
#define COG_JGET_H

#include <stddef.h>

#include "base/buf.h"

/*
 * A value found in a text: type is a COG_JT_* of json.h (OBJ_BEGIN or
 * ARR_BEGIN for containers).  p and n delimit its raw bytes: a string's
 * body without the quotes, a container from its bracket to the matching
 * one.  escaped says a string holds escapes.  Pointers borrow the text.
 */
struct cog_jval {
	int type;
	const char *p;
	size_t n;
	int escaped;
};

/*
 * Find the value at path, a dot-separated list of object keys
 * ("pagination.nextCursor"; "" is the whole text), in the n bytes at s,
 * which must hold one valid JSON value.  Return 1 and fill *v when found,
 * 0 when not, -1 when the text is not valid JSON.
 */
int cog_jget(const char *s, size_t n, const char *path, struct cog_jval *v);

/*
 * As cog_jget for a string value, appending its decoded UTF-8 to out.
 * Return 1, 0 when absent or not a string, -1 for invalid JSON.
 */
int cog_jget_str(const char *s, size_t n, const char *path,
    struct cog_buf *out);

/* As cog_jget for an integer number.  Return 1, 0 or -1. */
int cog_jget_int(const char *s, size_t n, const char *path, long long *out);

/*
 * Call fn for each element of the array at path, in order, with the
 * element's raw value; stop early when fn returns non-zero.  Return the
 * number of elements visited, or -1 when the text is invalid, or the
 * value at path is absent or not an array (nothing is visited then).
 */
long cog_jget_each(const char *s, size_t n, const char *path,
    int (*fn)(const struct cog_jval *v, void *arg), void *arg);

#endif
