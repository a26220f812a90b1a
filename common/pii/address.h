/* address.h -- STREET_ADDRESS over the word scan */
#ifndef COG_ADDRESS_H
#define COG_ADDRESS_H

/*
 * A street address is a house number, street name words and a street
 * suffix ("12 Elm Street", "12 rue de la Paix"), or a street word and a
 * number ("Hauptstrasse 5", "Via Roma 5"), extended over a unit, city,
 * state and ZIP or postcode; its score grows with its parts.
 */
#include <stddef.h>

#include "pii/words.h"

/*
 * A street address at the house number i: report it and return the
 * index after it, or return i.
 */
size_t address_at(struct scan *sc, size_t i);

/*
 * A street address that starts with the street at token i ("Hauptstrasse
 * 12", "Berliner Strasse 5", "Via Roma 5", "Calle Mayor 3"): report it
 * and return the index after it, or return i.
 */
size_t address_street_first_at(struct scan *sc, size_t i);

/*
 * At a word after a run the scan skipped (G_OTHER): "C/ Gran Vía 12" or
 * a postcode and its town, "00-950 Warszawa", "D-10115 Berlin".  Report
 * it and return the index after it, or return i.
 */
size_t address_gap_at(struct scan *sc, size_t i);

/*
 * A postcode alone as the whole value: UK "NW1 6XE" (0.7), or five
 * digits, a ZIP or a German or French postcode (0.5).  Call it before
 * the first token is read.
 */
void address_whole_postcode(struct scan *sc);

#endif
