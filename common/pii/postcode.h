/* postcode.h -- the postcodes of the address formats, on tokens and bytes */
#ifndef COG_POSTCODE_H
#define COG_POSTCODE_H

/*
 * The shapes of data/places/address/postcodes.tsv: five digits (US, DE,
 * FR, IT, ES, FI, MX), four (AT, CH, BE, DK, NO), the US ZIP+4 and the
 * codes with a hyphen (PL 00-950, PT 1100-053, BR 01001-000), the Dutch
 * 1012 NX, the Swedish 111 43, the UK's NW1 6XE and Canada's M5V 2T6, and
 * a country prefix before the digits (D-10115, CH-8001, SE-111 43).  The
 * scan skips a run joined by a hyphen whole (words.h), so those are read
 * from the bytes; the others are tokens.
 */
#include <stddef.h>

#include "pii/words.h"

/* How sure a postcode's shape is alone. */
enum {
	PC_NONE,
	PC_WEAK,	/* four digits: a house number or a year too */
	PC_DIGITS,	/* five digits: a ZIP too, or an order number */
	PC_STRONG	/* a shape only postcodes have: 00-950, NW1 6XE */
};

/*
 * Is the run of n bytes at s (no spaces in it) a postcode with a hyphen or
 * a country prefix (00-950, 1100-053, 01001-000, 12345-6789, D-10115,
 * CH-8001)?  Return PC_STRONG or PC_NONE; *prefixed is set when it
 * begins with a country prefix whose digits may go on in the next token
 * (SE-111 43).
 */
int postcode_run(const char *s, size_t n, int *prefixed);

/*
 * A postcode of tokens starting at token k: its strength (PC_*), its
 * last token in *last.  cased: capitals count (UK, CA and NL letters must
 * be capitals in cased text).
 */
int postcode_at(struct scan *sc, size_t k, size_t *last);

/*
 * The same for a postcode of the UK or Canada alone, in strict shape
 * (outward and inward parts of the UK, A9A 9A9): PC_STRONG or PC_NONE.
 */
int postcode_uk_ca(struct scan *sc, size_t k, size_t *last);

#endif
