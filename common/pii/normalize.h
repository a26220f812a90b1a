/* normalize.h -- canonical forms of detected values, for stable tokens */
#ifndef COG_NORMALIZE_H
#define COG_NORMALIZE_H

#include <stddef.h>

#include "base/buf.h"

/*
 * Append to out the canonical form of the n bytes at s, a value of the
 * given type, so that one value written two ways gives one form:
 *	PHONE_NUMBER	"+" and digits (E.164-like): "00" and the region's
 *			international prefix become "+"; a national number
 *			gets the default region's code, less its trunk
 *			prefix; "(0)" after a country code is dropped;
 *			an extension ("x12", "ext. 12") becomes ";ext=12"
 *	CREDIT_CARD, US_SSN, UK_NHS	the digits
 *	IBAN_CODE	upper case, without spaces or dashes
 *	EMAIL_ADDRESS	lower case
 *	MAC_ADDRESS	12 lower-case hex digits
 *	IP_ADDRESS	inet_ntop's text (zone and prefix kept as written)
 *	URL		scheme and host in lower case
 *	PERSON, LOCATION, STREET_ADDRESS
 *			lower case (ASCII, Latin-1, Latin Extended, Greek,
 *			Cyrillic; simple case mapping), white space runs
 *			made one space, trimmed
 *	user types	the same, for those set by cog_normalize_as_words();
 *			the bytes unchanged for the others
 *	other types	the bytes unchanged
 * A value that does not have the type's shape is appended unchanged.
 */
void cog_normalize(int type, const char *s, size_t n, struct cog_buf *out);

/*
 * Append to out the n bytes at s as allow and deny lists compare them:
 * lower case as for PERSON above, white space runs made one space,
 * trimmed ("ACME  Corp " -> "acme corp").
 */
void cog_normalize_words(const char *s, size_t n, struct cog_buf *out);

/*
 * From now on, give the values of user type t the canonical form of
 * PERSON (a type with a deny list, whose terms are compared so).
 */
void cog_normalize_as_words(int t);

/*
 * Set the default region of national phone numbers by its ISO 3166
 * code ("US", "GB", "DE"; any case).  Return 0, or -1 for a region not
 * known, leaving the setting unchanged.  The default is "US".
 */
int cog_normalize_set_region(const char *cc);

#endif
