/* rules.h -- redaction rules: how each entity type is replaced */
#ifndef COG_RULES_H
#define COG_RULES_H

#include <stddef.h>

#include "mask/userrec.h"
#include "pii/allow.h"
#include "pii/types.h"

enum cog_strategy {
	COG_HASH,		/* [TYPE_<16 hex>], keyed HMAC of the value */
	COG_MASK,		/* mask_character for each character */
	COG_REDACT,		/* [TYPE] */
	COG_KEEP,		/* detected and counted, left as it was */
	COG_ENCRYPT		/* [TYPE:<AES-SIV ciphertext>], reversible */
};

struct cog_rule {
	int strategy;
	char mask_char[5];	/* one UTF-8 character, NUL-terminated */
	unsigned min_length;	/* entities shorter than this are kept */
	unsigned keep_last;	/* COG_MASK: characters left at the end */
};

/* The min_length of a rule that gives none, in the export format. */
#define COG_RULES_MIN_LENGTH 4

/*
 * The rule of every type; types without a rule use the default.  The
 * allow lists and recognizers of the files are cog-mask's alone:
 * cog-export sends none.
 */
struct cog_rules {
	struct cog_rule r[COG_MAXTYPES];
	cog_typeset listed;	/* types named by a rule */
	unsigned min_length;	/* of a rule that gives none */
	struct cog_allow *allow;	/* NULL until an entry is added */
	struct cog_userrecs recs;	/* "recognizers" (userrec.h) */
};

/*
 * Every type: hash, '*', no minimum length; a rule added without one
 * gets rs->min_length, COG_RULES_MIN_LENGTH unless the caller sets it.
 * cog_rules_release() frees what the files added (lists, recognizers).
 */
void cog_rules_init(struct cog_rules *rs);
void cog_rules_release(struct cog_rules *rs);

/* The allow list of rs, made when it has none yet. */
struct cog_allow *cog_rules_allow(struct cog_rules *rs);

/* Name of a strategy ("hash"). */
const char *cog_strategy_name(int strategy);

/*
 * Add the rules of a JSON file: the seed's list of {entity_type,
 * replacement_strategy, mask_character, min_length} (plus keep_last and
 * allow_list, the values of the type never masked), or an export request
 * object holding one as "redaction_rules", and "allow_list", the values
 * of any type never masked (see allow.h), and "recognizers" (userrec.h),
 * read first so that the rules can name their types.  Unknown fields,
 * types and strategies are errors.  Return 0, or -1 with a message in
 * err.
 */
int cog_rules_load(struct cog_rules *rs, const char *path, char *err,
    size_t errlen);

/* Parse a JSON text as cog_rules_load does; name is used in messages. */
int cog_rules_parse(struct cog_rules *rs, const char *json, size_t len,
    char *err, size_t errlen);

/* Add a rule "TYPE[:strategy[:min_length[:keep_last]]]". */
int cog_rules_add_spec(struct cog_rules *rs, const char *spec, char *err,
    size_t errlen);

#endif
