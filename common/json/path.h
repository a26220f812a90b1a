/* path.h -- the jq path subset used to select JSON fields */
#ifndef COG_PATH_H
#define COG_PATH_H

#include <stddef.h>

#include "base/buf.h"

enum { COG_PSEG_KEY, COG_PSEG_INDEX, COG_PSEG_ANY };

struct cog_pseg {
	int kind;
	char *key;		/* COG_PSEG_KEY: decoded key */
	size_t keylen;
	size_t index;		/* COG_PSEG_INDEX */
};

/* A path such as .messages[].text: a list of steps from the record. */
struct cog_path {
	struct cog_pseg *seg;
	size_t n;
};

/*
 * Parse a path made of .key, ."key", .["key"], .[N] and .[] steps (the
 * dot before a bracket may be left out after the first step; an optional
 * ? after a step is ignored); "." alone is the whole record.
 * Return 0, or -1 with a message in err: jq's own message when the text
 * is not a jq expression, else the reason it is not such a path.
 */
int cog_path_parse(struct cog_path *p, const char *text, char *err,
    size_t errlen);

void cog_path_free(struct cog_path *p);

/* Append the step for an object key in jq syntax: .key or .["k y"]. */
void cog_path_add_key(struct cog_buf *b, const char *key, size_t n);

#endif
