/* fuzz-names.c -- the names recognizer: spans inside the text, scores 0..1 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pii/detect.h"
#include "pii/names.h"
#include "pii/types.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const cog_typeset sets[] = {
		COG_NAMES_TYPES, COG_TYPEBIT(COG_PERSON),
		COG_TYPEBIT(COG_LOCATION), COG_TYPEBIT(COG_STREET_ADDRESS)
	};
	struct cog_spans sp = { 0 };
	char *copy;
	size_t i, k;

	/* A copy of the exact size, so that a read past the end is caught. */
	copy = malloc(size ? size : 1);
	assert(copy != NULL);
	memcpy(copy, data, size);
	for (k = 0; k < sizeof(sets) / sizeof(sets[0]); k++) {
		sp.n = 0;
		cog_names_detect(copy, size, sets[k], &sp);
		for (i = 0; i < sp.n; i++) {
			assert(sp.v[i].start < sp.v[i].end);
			assert(sp.v[i].end <= size);
			assert(sp.v[i].score >= COG_MIN_SCORE &&
			    sp.v[i].score <= 1.0f);
			assert(sets[k] & COG_TYPEBIT(sp.v[i].type));
		}
	}
	free(copy);
	cog_spans_release(&sp);
	return 0;
}
