/* pattern.c -- the --pattern option: a user type found by a regex */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "pii/pattern.h"
#include "pii/types.h"

int
cog_pattern_add(struct cog_detector *d, const char *arg, char *err,
    size_t errlen)
{
	const char *eq = strchr(arg, '=');
	char *name, msg[384];
	int t;

	if (eq == NULL || eq == arg || eq[1] == '\0') {
		snprintf(err, errlen, "--pattern: expected TYPE=REGEX, got "
		    "'%s'", arg);
		return -1;
	}
	name = cog_xstrndup(arg, (size_t)(eq - arg));
	if ((t = cog_type_lookup(name, strlen(name))) < 0 &&
	    (t = cog_type_define(name)) < 0) {
		snprintf(err, errlen, "--pattern: bad type name '%s' (use A-Z, "
		    "0-9 and _)", name);
		free(name);
		return -1;
	}
	free(name);
	if (cog_detector_add_pattern(d, t, eq + 1, msg, sizeof(msg)) < 0) {
		snprintf(err, errlen, "--pattern %s: bad regex %s",
		    cog_type_name(t), msg);
		return -1;
	}
	return t;
}
