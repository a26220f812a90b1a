/* allow.h -- allow lists: values never masked, for one type or all */
#ifndef COG_ALLOW_H
#define COG_ALLOW_H

#include <stddef.h>

#include "base/buf.h"

/*
 * An allow list holds entries for one type or for every type (the bot's
 * name, the company's own address, product names).  An entry is a value,
 * compared with the whole text of an entity found as cog_normalize_words
 * leaves both (case and runs of white space do not count), or, written
 * "/REGEX/" or "/REGEX/i" (case-insensitive), a PCRE2 regex that must
 * match that whole text.  Once built, a list is read by any number of
 * threads, each with its own scratch.
 */
struct cog_allow;

#define COG_ALLOW_ALL (-1)	/* the type of an entry for every type */

struct cog_allow *cog_allow_new(void);
void cog_allow_free(struct cog_allow *a);

/*
 * Add the entry of n bytes at s for type t (or COG_ALLOW_ALL).  Return
 * 0, or -1 with a message in err for a bad regex ("bad regex '/x(/':
 * missing closing parenthesis at offset 2") or an empty entry.
 */
int cog_allow_add(struct cog_allow *a, int t, const char *s, size_t n,
    char *err, size_t errlen);

/*
 * Add the entry of one --allow argument, "[TYPE=]ENTRY": a type name or
 * alias (or ALL) before the first '=' gives the type, else the whole
 * argument is an entry for every type.  A name of upper-case letters,
 * digits and '_' that is no type is an error, so a misspelt type is
 * never taken for a value.  Return 0 or -1 with one line in err.
 */
int cog_allow_arg(struct cog_allow *a, const char *arg, char *err,
    size_t errlen);

/* Is the list empty? (NULL is.) */
int cog_allow_empty(const struct cog_allow *a);

/* A thread's scratch for cog_allow_match: start it as { 0 }. */
struct cog_allow_scratch {
	struct cog_buf norm;
	void *md;		/* PCRE2 match data */
};
void cog_allow_scratch_release(struct cog_allow_scratch *sc);

/*
 * Does an entry for type t or for every type take the n bytes at s (an
 * entity found)?  0 for no, COG_ALLOWED_VALUE or COG_ALLOWED_REGEX for
 * the kind of entry that does.
 */
#define COG_ALLOWED_VALUE 1
#define COG_ALLOWED_REGEX 2
int cog_allow_match(const struct cog_allow *a, int t, const char *s, size_t n,
    struct cog_allow_scratch *sc);

#endif
