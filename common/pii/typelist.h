/* typelist.h -- the --types list: which entity types to look for */
#ifndef COG_TYPELIST_H
#define COG_TYPELIST_H

#include <stddef.h>

#include "pii/types.h"

/*
 * Apply a list "TYPE,..." (replace the set), "+TYPE" (add), "-TYPE"
 * (remove), ALL (every built-in type), NONE (no type) to set; an empty
 * list is an error.
 * Return 0 and the new set in *out, or -1 with a message in err.
 */
int cog_typelist_parse(const char *list, cog_typeset set, cog_typeset *out,
    char *err, size_t errlen);

#endif
