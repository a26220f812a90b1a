/* addrpart.h -- the parts of a street address, for address.c */
#ifndef COG_ADDRPART_H
#define COG_ADDRPART_H

/*
 * An address is read as a street (address.c) and the parts after it,
 * each a comma, a line break or a space apart (a dash, parentheses and
 * the dot of an abbreviation may stand between them too): a unit (Apt
 * 4B, Suite 200, #12, bus 3, m. 5, lgh 1102, 3. Stock, 2º andar, A 5), a
 * PO box or military line (APO AE 09021), a district (Col. Del Valle), a
 * postcode and its town (10115 Berlin, 00-950 Warszawa, 1012 NX
 * Amsterdam, 75002 Paris CEDEX 02), a town with its state, province and
 * postcode (Springfield, IL 62704; Toronto, ON M5V 2T6; London NW1 6XE;
 * Roma RM; São Paulo - SP, 01001-000) and a country.  The words of a
 * part are read from the token window and, where the scan skipped them
 * (a run joined by '-' or '/', a plain lower-case word), from the bytes.
 */
#include <stddef.h>
#include <stdint.h>

#include "pii/words.h"

/* An address being read: tokens first to last, bytes st to en. */
struct addr {
	size_t first, last;	/* its first and last tokens */
	size_t st, en;		/* its bytes, which may reach past them */
	int parts;		/* how many parts: the street is one */
	int unit;		/* the last part was a unit */
};

/* Start an address at tokens first to last. */
void addr_start(struct scan *sc, struct addr *a, size_t first, size_t last);

/* Take every part that follows the address (see above). */
void addr_tail(struct scan *sc, struct addr *a);

/* A house number: 12, 221B, 12a. */
int addr_house_number(const struct scan *sc, const struct tok *t);

/* Is token t a word of a street name (capitalised where text is cased)? */
int addr_street_word(struct scan *sc, struct tok *t);

/*
 * The same after a street word that begins the name ("Gran Vía", "Calle
 * del Carmen"): any capitalised word too, whatever its class.
 */
int addr_name_word(struct scan *sc, struct tok *t);

/*
 * A house number after the street ending at a->last: a token (after a
 * space or a comma, or after "Nr.", "nº"), or a run the scan skipped
 * (12/3/4, 123-2, 10-12, s/n).  Take it into a and return 1, or return
 * 0.
 */
int addr_number(struct scan *sc, struct addr *a);

/*
 * A PO-box or military form (cog_lex_boxforms) that begins at byte p, at
 * or before token k: take it into a (from p) and return 1, or return 0.
 */
int addr_box(struct scan *sc, struct addr *a, size_t p, size_t k);

/*
 * A postcode at token k, or in the run the scan skipped before it, and
 * the town after it: take them into a and return the postcode's strength
 * (PC_*, postcode.h); town is set when one was taken.
 */
int addr_code_town(struct scan *sc, struct addr *a, size_t k, int *town);

/*
 * The start of a word the scan skipped that ends a space before byte q,
 * in the same line and after token i - 1: "ul." before "Długa", "C/"
 * before "Mayor", "P.O." before "Box"; its lexicon entry in *lex.
 * (size_t)-1 when there is none.
 */
size_t addr_word_before(struct scan *sc, size_t i, size_t q, uint32_t *lex);

/* The score of an address of so many parts. */
float addr_score(int parts);

/* Report the address a; return the index of the token after it. */
size_t addr_emit(struct scan *sc, const struct addr *a, float score);

#endif
