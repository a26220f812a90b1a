/* extent.c -- where the values of a stream of JSON texts begin and end */
#include <string.h>

#include "json/extent.h"

static int
is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The offset just past the string whose opening quote is at s[i]. */
static size_t
string_end(const char *s, size_t n, size_t i, int *closed)
{
	for (i++; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n && s[i + 1] != '\n')
			i++;
		else if (s[i] == '"' || s[i] == '\n')
			break;
	}
	*closed = i < n && s[i] == '"';
	return i < n ? i + 1 : n;
}

int
cog_json_extent(const char *s, size_t n, int eof, size_t *start,
    size_t *end)
{
	size_t i = 0, depth = 0;
	int closed;

	while (i < n && is_ws(s[i]))
		i++;
	*start = *end = i;
	if (i == n)
		return COG_JX_NONE;
	if (s[i] != '{' && s[i] != '[' && s[i] != '"') {
		while (i < n && !is_ws(s[i]) && !strchr("{}[]\"", s[i]))
			i++;
		if (i == *start)	/* a stray '}' or ']' */
			i++;
		*end = i;
		return i < n || eof ? COG_JX_WHOLE : COG_JX_PART;
	}
	for (; i < n; i++) {
		if (s[i] == '"') {
			i = string_end(s, n, i, &closed) - 1;
			if (!closed && i + 1 == n)
				break;
		} else if (s[i] == '{' || s[i] == '[') {
			depth++;
		} else if (s[i] == '}' || s[i] == ']') {
			depth--;
		}
		if (depth == 0) {
			*end = i + 1;
			return COG_JX_WHOLE;
		}
	}
	*end = n;
	return COG_JX_PART;
}
