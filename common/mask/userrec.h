/* userrec.h -- the user recognizers of a rules file ("recognizers") */
#ifndef COG_USERREC_H
#define COG_USERREC_H

#include <jv.h>
#include <stddef.h>

#include "pii/detect.h"

/*
 * The recognizers read from rules files, every string and array owned;
 * start it as { 0 }.  where[i] names recognizer i in messages
 * ("rules.json: recognizer 2").
 */
struct cog_userrecs {
	struct cog_recognizer *v;
	char **where;
	size_t n;
};

/*
 * Add the recognizers of the JSON list (borrowed), each an object:
 *	"entity_type"	the type, a known one or a new name [A-Z][A-Z0-9_]*
 *			(defined here, so that later rules can name it)
 *	"name"		optional, for messages
 *	"patterns"	a list of {"regex": PCRE2, "score": 0 to 1, "name"}
 *			(no score: the default of detect.h)
 *	"context"	words near a match that raise its score
 *	"validator"	a validator's name (checksum.h)
 *	"deny_list"	a list of terms
 * with patterns or deny_list or both; "supported_entity" is taken for
 * "entity_type", as Presidio writes it.  Unknown fields are errors.
 * Return 0, or -1 with a message in err ("recognizer 2: ...").  Regexes
 * are compiled only when added to a detector.
 */
int cog_userrecs_parse(struct cog_userrecs *u, jv list, char *err,
    size_t errlen);

/* Prefix the names of the recognizers from index i on with "path: ". */
void cog_userrecs_name(struct cog_userrecs *u, size_t i, const char *path);

void cog_userrecs_release(struct cog_userrecs *u);

#endif
