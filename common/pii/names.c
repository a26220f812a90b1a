/* names.c -- the names scan: persons, places and addresses, word by word */

/*
 * The scan reads the tokens of the text (words.h) one by one and tries,
 * at each token not yet in a span, the recognizers over words: a street
 * address at a house number or a street word (address.h), a place
 * (place.h) and a person (person.h).  A capitalised word, any word of a
 * text with no capitals, and a lower-case word after a cue ("my name
 * is", "lives in") are candidates; the others are skipped.  Texts that
 * can hold none of them are refused first (prefilter.h).
 */
#include <stddef.h>

#include "pii/address.h"
#include "pii/lexicon.h"
#include "pii/names.h"
#include "pii/person.h"
#include "pii/place.h"
#include "pii/prefilter.h"
#include "pii/words.h"

#define WANT(sc, t)	(((sc)->types & COG_TYPEBIT(t)) != 0)

/*
 * The lower-case word i of a cased text: a candidate only after a word
 * that makes it one ("my name is maria", "lives in springfield").
 */
static size_t
lower_at(struct scan *sc, size_t i)
{
	struct tok *t = &sc->w[i], *u;
	struct tok *p = i && !(t->gap & G_SKIP) ? &sc->w[i - 1] : NULL;
	unsigned c1 = p != NULL && (!(p->f & T_LOWER) ||
	    (p->f & (T_TRIG | T_APOS | T_HIGH | T_HYPH))) ?
	    ctx_class(sc, p) : 0;
	size_t k = i;

	/* "soy de Albacete": the preposition of a place cue is no name. */
	if (WANT(sc, COG_LOCATION) && ((PERSON_CUES >> c1) & 1) &&
	    toklen(t) <= 3 && (u = tok(sc, i + 1)) != NULL &&
	    place_cue_before(sc, i + 1)) {
		look(sc, u);
		k = i + 1;
		if (u->lex & (COG_LEX_PLACE | COG_LEX_PREFIX))
			k = place_at(sc, i + 1);
		if (k == i + 1)
			k = place_cued_at(sc, i + 1);
		if (k > i + 1)
			return k;
	}
	k = i;
	/* "forwarded it to kasia": a given name that is no place. */
	if (WANT(sc, COG_PERSON) && (((PERSON_CUES >> c1) & 1) ||
	    (c1 == COG_W_IN && (look(sc, t), GIVEN(t)) &&
	    !(t->lex & COG_LEX_PLACE) && person_sent_to(sc, i))))
		k = person_at(sc, i);
	if (k == i && WANT(sc, COG_LOCATION) && ((PLACE_CUES >> c1) & 1))
		k = place_at(sc, i);
	return k;
}

/* Is the word before i a lower-case street word ("ul. Długa", "rue X")? */
static int
after_street_word(struct scan *sc, size_t i)
{
	struct tok *p = i > 0 ? &sc->w[i - 1] : NULL;

	if (p == NULL || !(p->f & T_LOWER) || toklen(p) > 7 ||
	    (sc->w[i].gap & ~(unsigned)(G_SPACE | G_DOT)))
		return 0;
	look(sc, p);
	return (p->lex & COG_LEX_ST_PREFIX) != 0;
}

/* Any other word i: a street first, then a place, then a person. */
static size_t
word_at(struct scan *sc, size_t i)
{
	struct tok *t = &sc->w[i], *u;
	size_t k = i;

	look(sc, t);
	/* "The", "Thanks", "I'm": no name, and no place either. */
	if (t->cls != COG_W_NONE && t->cls != COG_W_MONTH &&
	    t->cls != COG_W_PARTICLE && !(t->lex & (COG_LEX_PLACE |
	    COG_LEX_PREFIX | COG_LEX_COUNTRY_AB | COG_LEX_ST_PREFIX |
	    COG_LEX_BOX | COG_LEX_UNIT)) &&
	    !(t->cls == COG_W_STOP && COG_LEX_GIVEN(t->lex) &&
	    person_greeted(sc, i)))
		return i;
	if (WANT(sc, COG_STREET_ADDRESS) && ((t->lex & (COG_LEX_ST_PREFIX |
	    COG_LEX_BOX | COG_LEX_UNIT)) || after_street_word(sc, i) ||
	    (t->en + 1 < sc->n && sc->s[t->en] == ' ' &&
	    (unsigned)sc->s[t->en + 1] - '0' < 10) ||
	    ((u = tok(sc, i + 1)) != NULL && (!(u->f & T_WORD) ||
	    (capital(sc, u) && (look(sc, u), u->lex & COG_LEX_ST_SUFFIX))))))
		k = address_street_first_at(sc, i);
	else if (WANT(sc, COG_STREET_ADDRESS) && (t->gap & G_OTHER))
		k = address_gap_at(sc, i);
	if (k == i && (t->lex & (COG_LEX_PLACE | COG_LEX_PREFIX |
	    COG_LEX_COUNTRY_AB)))
		k = place_at(sc, i);
	if (k == i && WANT(sc, COG_LOCATION))
		k = place_cued_at(sc, i);
	if (k == i && WANT(sc, COG_PERSON))
		k = person_at(sc, i);
	return k;
}

/* The scan of a text that the prefilter let through. */
static void
scan_text(const char *s, size_t n, cog_typeset types, struct cog_spans *out)
{
	struct scan sc;
	struct tok *t;
	size_t i = 0, k;

	scan_init(&sc, s, n, types, out);
	if (WANT(&sc, COG_STREET_ADDRESS))
		address_whole_postcode(&sc);
	while (tok(&sc, i) != NULL) {
		scan_slide(&sc, &i);
		t = &sc.w[i];
		if (t->f & T_USED)
			k = i;
		else if (!(t->f & T_WORD))
			k = WANT(&sc, COG_STREET_ADDRESS) ? address_at(&sc, i) :
			    i;
		else if ((t->f & T_LOWER) && is_cased(&sc) && !(t->f & T_HIGH))
			k = lower_at(&sc, i);
		else
			k = word_at(&sc, i);
		i = k > i ? k : i + 1;
	}
}

void
cog_names_detect(const char *s, size_t n, cog_typeset types,
    struct cog_spans *out)
{
	/* Most values of a record are refused here, without a scan. */
	if ((types & COG_NAMES_TYPES) && prefilter_names(s, n))
		scan_text(s, n, types, out);
}
