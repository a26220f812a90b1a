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

/*
 * A member of an object: its key (the raw body between the quotes;
 * key_escaped says it holds escapes), the key with its quotes, its value
 * (as cog_jget gives it) and the value's bytes as written (a string
 * with its quotes).  Pointers borrow the text.
 */
struct cog_jmember {
	const char *key;
	size_t keyn;
	int key_escaped;
	const char *kbeg, *kend;
	struct cog_jval v;
	const char *vbeg, *vend;
};

/*
 * Call fn for each member of the object that the n bytes at s hold, in
 * order, after checking the whole text; stop early when fn returns
 * non-zero.  Return the number of members visited, or -1 when the text
 * is not one valid JSON object (nothing is visited then).
 */
long cog_jget_members(const char *s, size_t n,
    int (*fn)(const struct cog_jmember *m, void *arg), void *arg);

/* Whether the key of m is name as written (a key with escapes is not). */
int cog_jmember_is(const struct cog_jmember *m, const char *name);

#endif
