/* types.c -- entity types: names, aliases and user-defined types */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "base/err.h"
#include "pii/types.h"

/*
 * The built-in types: the one list that every other is made from (see
 * types.h on adding one).
 */
static const struct {
	const char *name, *alias, *about;
} builtin[COG_NBUILTIN] = {
	[COG_PERSON] = { "PERSON", NULL, "names of people" },
	[COG_LOCATION] = { "LOCATION", NULL,
	    "places: countries, regions, cities and towns" },
	[COG_STREET_ADDRESS] = { "STREET_ADDRESS", "ADDRESS",
	    "street addresses, PO boxes and postcodes" },
	[COG_EMAIL_ADDRESS] = { "EMAIL_ADDRESS", "EMAIL",
	    "email addresses whose domain has a public suffix" },
	[COG_PHONE_NUMBER] = { "PHONE_NUMBER", "PHONE",
	    "international and national phone numbers, with extensions" },
	[COG_CREDIT_CARD] = { "CREDIT_CARD", NULL,
	    "card numbers of a known brand, Luhn-checked" },
	[COG_IBAN_CODE] = { "IBAN_CODE", NULL,
	    "IBANs with a valid mod-97 check and country length" },
	[COG_US_SSN] = { "US_SSN", NULL,
	    "US social security numbers in valid ranges" },
	[COG_IP_ADDRESS] = { "IP_ADDRESS", NULL, "IPv4 and IPv6 addresses" },
	[COG_URL] = { "URL", NULL, "web addresses" },
	[COG_MAC_ADDRESS] = { "MAC_ADDRESS", NULL,
	    "network hardware addresses" },
	[COG_CRYPTO] = { "CRYPTO", NULL,
	    "Bitcoin addresses with a valid checksum" },
	[COG_UK_NHS] = { "UK_NHS", NULL,
	    "NHS numbers with a valid mod-11 check digit" },
	[COG_US_PASSPORT] = { "US_PASSPORT", NULL,
	    "US passport numbers near words such as \"passport\"" },
	[COG_DATE_OF_BIRTH] = { "DATE_OF_BIRTH", NULL,
	    "dates near words such as \"born\" or \"date of birth\"" },
	[COG_DATE_TIME] = { "DATE_TIME", NULL,
	    "any date; off, as it would mask every timestamp" },
};

/* Everything but DATE_TIME, which would mask every timestamp. */
const cog_typeset cog_default_types =
    ((1ULL << COG_NBUILTIN) - 1) & ~COG_TYPEBIT(COG_DATE_TIME);

/* User types, defined at run time, follow the built-in ones. */
static const char *user[COG_MAXTYPES - COG_NBUILTIN];
static int ntypes = COG_NBUILTIN;

const char *
cog_type_name(int t)
{
	if (t < 0 || t >= ntypes)
		return NULL;
	return t < COG_NBUILTIN ? builtin[t].name : user[t - COG_NBUILTIN];
}

static int
is_named(const char *s, const char *name, size_t len)
{
	return s != NULL && strlen(s) == len && strncasecmp(s, name, len) == 0;
}

int
cog_type_lookup(const char *name, size_t len)
{
	int t;

	for (t = 0; t < ntypes; t++)
		if (is_named(cog_type_name(t), name, len))
			return t;
	for (t = 0; t < COG_NBUILTIN; t++)
		if (is_named(builtin[t].alias, name, len))
			return t;
	return -1;
}

int
cog_type_define(const char *name)
{
	const char *p;
	int t;

	if (!isupper((unsigned char)name[0]))
		return -1;
	for (p = name; *p; p++)
		if (!isupper((unsigned char)*p) && !isdigit((unsigned char)*p) &&
		    *p != '_')
			return -1;
	if ((t = cog_type_lookup(name, strlen(name))) >= 0)
		return t;
	if (ntypes >= COG_MAXTYPES)
		return -1;
	user[ntypes - COG_NBUILTIN] = cog_xstrdup(name);
	return ntypes++;
}

int
cog_type_count(void)
{
	return ntypes;
}

void
cog_types_print(FILE *f)
{
	int t, wn = 0, wa = 1, len;

	for (t = 0; t < COG_NBUILTIN; t++) {
		if ((len = (int)strlen(builtin[t].name)) > wn)
			wn = len;
		if (builtin[t].alias && (len = (int)strlen(builtin[t].alias)) >
		    wa)
			wa = len;
	}
	for (t = 0; t < COG_NBUILTIN; t++)
		fprintf(f, "%-*s  %-3s  %-*s  %s\n", wn, builtin[t].name,
		    cog_default_types & COG_TYPEBIT(t) ? "on" : "off", wa,
		    builtin[t].alias ? builtin[t].alias : "-",
		    builtin[t].about);
}
