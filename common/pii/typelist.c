/* typelist.c -- the --types list: which entity types to look for */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "pii/typelist.h"

int
cog_typelist_parse(const char *list, cog_typeset set, cog_typeset *out,
    char *err, size_t errlen)
{
	const char *p = list;
	int first = 1;

	if (*p == '\0') {
		snprintf(err, errlen, "empty list (NONE selects no built-in "
		    "type)");
		return -1;
	}
	while (*p) {
		size_t len = strcspn(p, ",");
		int sign = 0, t;

		if (*p == '+' || *p == '-') {
			sign = *p++;
			len--;
		}
		if (first && !sign)
			set = 0;
		first = 0;
		if (len == 3 && strncasecmp(p, "ALL", 3) == 0) {
			set = sign == '-' ? 0 :
			    set | ((1ULL << COG_NBUILTIN) - 1);
		} else if (len == 4 && strncasecmp(p, "NONE", 4) == 0) {
			set = 0;
		} else if ((t = cog_type_lookup(p, len)) >= 0) {
			set = sign == '-' ? set & ~COG_TYPEBIT(t) :
			    set | COG_TYPEBIT(t);
		} else {
			snprintf(err, errlen, "unknown type '%.*s'", (int)len,
			    p);
			return -1;
		}
		p += len;
		if (*p == ',')
			p++;
	}
	*out = set;
	return 0;
}
