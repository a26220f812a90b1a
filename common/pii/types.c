/* types.c -- entity types: names, aliases and user-defined types */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "base/err.h"
#include "pii/types.h"

static const char *names[COG_MAXTYPES] = {
	[COG_PERSON] = "PERSON",
	[COG_LOCATION] = "LOCATION",
	[COG_EMAIL_ADDRESS] = "EMAIL_ADDRESS",
	[COG_PHONE_NUMBER] = "PHONE_NUMBER",
	[COG_CREDIT_CARD] = "CREDIT_CARD",
	[COG_IBAN_CODE] = "IBAN_CODE",
	[COG_US_SSN] = "US_SSN",
	[COG_IP_ADDRESS] = "IP_ADDRESS",
	[COG_URL] = "URL",
	[COG_MAC_ADDRESS] = "MAC_ADDRESS",
	[COG_CRYPTO] = "CRYPTO",
	[COG_UK_NHS] = "UK_NHS",
	[COG_US_PASSPORT] = "US_PASSPORT",
	[COG_DATE_OF_BIRTH] = "DATE_OF_BIRTH",
	[COG_DATE_TIME] = "DATE_TIME",
};
static int ntypes = COG_NBUILTIN;

/* Everything but DATE_TIME, which would mask every timestamp. */
const cog_typeset cog_default_types =
    ((1ULL << COG_NBUILTIN) - 1) & ~COG_TYPEBIT(COG_DATE_TIME);

static const struct {
	const char *alias;
	int type;
} aliases[] = {
	{ "EMAIL", COG_EMAIL_ADDRESS },
	{ "PHONE", COG_PHONE_NUMBER },
};

const char *
cog_type_name(int t)
{
	return t >= 0 && t < ntypes ? names[t] : NULL;
}

int
cog_type_lookup(const char *name, size_t len)
{
	size_t i;
	int t;

	for (t = 0; t < ntypes; t++)
		if (strlen(names[t]) == len &&
		    strncasecmp(names[t], name, len) == 0)
			return t;
	for (i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++)
		if (strlen(aliases[i].alias) == len &&
		    strncasecmp(aliases[i].alias, name, len) == 0)
			return aliases[i].type;
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
	names[ntypes] = cog_xstrdup(name);
	return ntypes++;
}

int
cog_type_count(void)
{
	return ntypes;
}
