/* extent.h -- where the values of a stream of JSON texts begin and end */
#ifndef COG_EXTENT_H
#define COG_EXTENT_H

#include <stddef.h>

/* What cog_json_extent found. */
enum {
	COG_JX_NONE,		/* only white space is left */
	COG_JX_WHOLE,		/* a value, ending within the bytes */
	COG_JX_PART		/* a value that goes on past the bytes */
};

/*
 * Find the next value in the n bytes at s, the rest of a stream of JSON
 * texts laid out over any number of lines (as jq reads its input): skip
 * white space, put the value's offset in *start and the offset just past
 * it in *end.  An object, array or string ends at the bracket or quote
 * that closes it, a number or literal at white space or a bracket, brace
 * or quote, or at the end of the bytes when eof is set; a line end
 * inside a string (which JSON does not allow) ends the string.  The value
 * is not checked: the JSON scanner does that.
 */
int cog_json_extent(const char *s, size_t n, int eof, size_t *start,
    size_t *end);

#endif
