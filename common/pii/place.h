/* place.h -- LOCATION over the word scan: countries, regions, cities */
#ifndef COG_PLACE_H
#define COG_PLACE_H

/*
 * A place is an entry of the lexicon's place lists of up to five words
 * ("New York", "Rio de Janeiro"), scored in points (words.h) as persons
 * are: by its kind (a country or state more than a city), its
 * commonness as an English word, its shape, and its context: "in",
 * "from", "lives in", "moved to", "ship to", a state after a city
 * ("Austin, TX"), the whole value.  A word that is also a name is left
 * to person.h when the name scores higher ("Paris Hilton", "Hi Austin").
 */
#include <stddef.h>
#include <stdint.h>

#include "pii/words.h"

/* Context classes (before a word) that make a lower-case word a place. */
#define PLACE_CUES ((1u << COG_W_IN) | (1u << COG_W_FROM) | (1u << COG_W_LIVE))

/*
 * Try a place name at token i: report it (when LOCATION is wanted) and
 * return the index after it, or return i when there is none.
 */
size_t place_at(struct scan *sc, size_t i);

/*
 * The lexicon entry of the longest place entry starting at token i (0
 * for none; COG_LEX_COUNTRY_AB alone for USA, UK), its last token in *j.
 */
uint32_t place_entry(struct scan *sc, size_t i, size_t *j);

/*
 * A state or country after the place ending at token j ("Austin, TX",
 * "Springfield, Illinois"): the index of its last token, or 0.
 */
size_t place_state_after(struct scan *sc, size_t j);

/*
 * A place that no list holds, after words that say where someone lives,
 * comes from or moves ("ich wohne in Gütersloh", "soy de Albacete",
 * "originally from Tamworth"): the capitalised words at token i,
 * reported and the index after them returned; i when the words before
 * are no such cue, when they send something ("ship to"), or when the
 * word is a name or a common English word.
 */
size_t place_cued_at(struct scan *sc, size_t i);

/*
 * Are the two words before token i such a cue ("vivo en", "abito a",
 * "soy de", "originally from"), but for sending ("ship to")?
 */
int place_cue_before(struct scan *sc, size_t i);

/*
 * The words of a town's name after its first at token e, on the same
 * line: capitalised words, and lower-case particles between them ("San
 * Fior di Sopra", "Arcos de Valdevez", "Rivolta d'Adda", "Wola
 * Żarczycka"), up to four more tokens.  The index of the last.
 */
size_t place_rest(struct scan *sc, size_t e);

/* Is t a word of sending ("send", "shipped", "forwarded")? */
int place_sending(const struct scan *sc, const struct tok *t);

#endif
