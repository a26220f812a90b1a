/*
 * fuzz-tokens.c -- finding cog-mask's replacement tokens in any text, and
 * opening what only looks like one: spaces in place of some of its '[',
 * ']', '_' and ':', nothing else changed.
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mask/tokens.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	struct cog_token t;
	size_t pos = 0, last = 0;

	while (cog_token_next(s, size, &pos, &t)) {
		assert(t.start >= last && t.start < t.end && t.end <= size);
		assert(pos == t.end && s[t.start] == '[');
		assert(s[t.end - 1] == ']');
		assert(t.typelen > 0 && t.typelen <= COG_TOKEN_TYPE_MAX);
		assert(t.type == s + t.start + 1);
		last = t.end;
	}
	assert(pos == size);

	{
		char *o = malloc(size + 1);
		size_t i, opened;

		assert(o != NULL);
		memcpy(o, s, size);
		opened = cog_token_open(o, size);
		for (i = 0; i < size; i++)
			assert(o[i] == s[i] || (o[i] == ' ' && (s[i] == '[' ||
			    s[i] == ']' || s[i] == '_' || s[i] == ':')));
		assert(opened <= size / 3);
		free(o);
	}
	return 0;
}
