/* types.h -- entity types: names, aliases and user-defined types */
#ifndef COG_TYPES_H
#define COG_TYPES_H

#include <stddef.h>

/* Built-in entity types (Presidio's names).  User types follow. */
enum cog_type {
	COG_PERSON,
	COG_LOCATION,
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
 * Look up a type by name, case-insensitively, accepting the aliases
 * EMAIL and PHONE.  Return the type or -1.
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

#endif
