/* types.h -- entity types: names, aliases and user-defined types */
#ifndef COG_TYPES_H
#define COG_TYPES_H

#include <stdio.h>

/*
 * Adding a built-in entity type and its recognizer
 *
 *  1. Name it here, before COG_NBUILTIN, and give it its line in the
 *     table of types.c: its name (Presidio's where Presidio has one),
 *     an alias if any, and what it finds in a few words.  Every list of
 *     types comes from that table: cog_type_name(), --types, the rules
 *     files, `cog-mask --list-types`.  A type is detected by default
 *     unless cog_default_types (types.c) leaves it out.
 *  2. Write the recognizer.  One that starts at a byte the scan of
 *     recognize.c stops at (a digit, '.', ':', '@', '-') is a function
 *     of rec_num.c, rec_net.c or a new rec_*.c, declared in rec.h, that
 *     looks around that byte and calls rec_add() (see rec.h for the
 *     bounds and the context-word lists); add its type to the bytes it
 *     needs in cog_recognize_reply().  One over words (names, places,
 *     addresses) is a module of the names scan: a pii/<what>.c with its
 *     header, that reads the token window of words.h (tok(), look(),
 *     the T_* shape and G_* gap bits, the lexicon entry of a word),
 *     adds up points as person.c and place.c do, and reports with
 *     scan_emit(); call it at the tokens it starts at from the loop
 *     of names.c, and add its type to COG_NAMES_TYPES (names.h).
 *     Either kind only appends spans (spans.h); the detector merges
 *     them.
 *  3. If values of the type have one canonical form (digits only, lower
 *     case), add it to cog_normalize() in normalize.c, so that a value
 *     written two ways masks to one token.
 *  4. Test it in tests/unit/recognize.c or tests/unit/names.c, and list
 *     it in man/cog-mask.1, README.md and both completions
 *     (completions/cog.bash, completions/_cog): t1011-mask-list-types.t
 *     fails until they list what --list-types prints.
 */

/* Built-in entity types (Presidio's names).  User types follow. */
enum cog_type {
	COG_PERSON,
	COG_LOCATION,
	COG_STREET_ADDRESS,
	COG_EMAIL_ADDRESS,
	COG_PHONE_NUMBER,
	COG_CREDIT_CARD,
	COG_IBAN_CODE,
	COG_US_SSN,
	COG_IP_ADDRESS,
	COG_URL,
	COG_MAC_ADDRESS,
	COG_CRYPTO,
	COG_UK_NHS,
	COG_US_PASSPORT,
	COG_DATE_OF_BIRTH,
	COG_DATE_TIME,
	COG_NBUILTIN
};

/* At most this many types, built-in and user-defined together. */
#define COG_MAXTYPES 64

/* A set of types as a bit mask. */
typedef unsigned long long cog_typeset;
#define COG_TYPEBIT(t) (1ULL << (t))

/* Types detected when the user does not choose (--types). */
extern const cog_typeset cog_default_types;

/* Name of type t ("EMAIL_ADDRESS"); NULL when t is not defined. */
const char *cog_type_name(int t);

/*
 * Look up a type by name or by alias, case-insensitively.  Return the
 * type or -1.
 */
int cog_type_lookup(const char *name, size_t len);

/*
 * Define a user type (from --pattern or --key); return its number, the
 * existing number when the name is already known, or -1 when the name is
 * not of the form [A-Z][A-Z0-9_]* or the table is full.
 */
int cog_type_define(const char *name);

/* Number of types defined so far (built-in plus user). */
int cog_type_count(void);

/*
 * Print the built-in types to f, one a line, in four columns: the name,
 * "on" or "off" (in cog_default_types or not), the alias or "-", and
 * what it finds.  A write error is left in ferror(f).
 */
void cog_types_print(FILE *f);

#endif
