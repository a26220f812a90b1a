/* pattern.h -- the --pattern option: a user type found by a regex */
#ifndef COG_PATTERN_H
#define COG_PATTERN_H

#include <stddef.h>

#include "pii/detect.h"

/*
 * Take one --pattern argument "TYPE=REGEX": define TYPE (an existing type
 * or alias, or a new user type named [A-Z][A-Z0-9_]*, see
 * cog_type_define) and add REGEX, a PCRE2 regex, to d as a recognizer of
 * it (see cog_detector_add_pattern).  Types are defined in the order of
 * the calls, so that a --types list parsed after them can name them.
 * Return the type, or -1 with one line in err that names the option:
 *	--pattern: expected TYPE=REGEX, got 'ARG'
 *	--pattern: bad type name 'NAME' (use A-Z, 0-9 and _)
 *	--pattern TYPE: bad regex at offset N: MESSAGE
 * arg is not kept.
 */
int cog_pattern_add(struct cog_detector *d, const char *arg, char *err,
    size_t errlen);

/* The options of user recognizers, as given; every string is borrowed. */
struct cog_pattern_opts {
	const char *const *pattern;	/* --pattern TYPE=REGEX */
	size_t npattern;
	const char *const *deny;	/* --deny TYPE=TERM */
	size_t ndeny;
	const char *const *context;	/* --context TYPE=WORD[,WORD...] */
	size_t ncontext;
	const char *const *validator;	/* --validator TYPE=NAME */
	size_t nvalidator;
};

/*
 * Add to d the recognizers of the options: each --pattern as a
 * recognizer of its type (see cog_detector_add) with the --context words
 * and the last --validator of that type, its score the default; and the
 * --deny terms of each type as one deny list.  Types are defined in the
 * order of the options, --pattern first; each is added to *users.
 * Return 0, or -1 with one line in err that names the option:
 *	--pattern: expected TYPE=REGEX, got 'ARG'
 *	--pattern TYPE: bad regex at offset N: MESSAGE
 *	--deny: expected TYPE=TERM, got 'ARG'
 *	--deny TYPE: an empty term
 *	--context TYPE: no --pattern of the type
 *	--validator TYPE: unknown validator 'NAME' (luhn, ...)
 */
int cog_pattern_apply(struct cog_detector *d, const struct cog_pattern_opts *o,
    cog_typeset *users, char *err, size_t errlen);

#endif
