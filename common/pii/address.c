/* address.c -- STREET_ADDRESS: house number, street, unit, city, code */
#include <stddef.h>
#include <stdint.h>

#include "pii/address.h"
#include "pii/lexicon.h"
#include "pii/place.h"
#include "pii/words.h"

/* A house number: 12, 221B, 12a. */
static int
house_number(const struct scan *sc, const struct tok *t)
{
	size_t k, d = 0;

	if (t->f & T_NUM)
		return toklen(t) <= 6;
	if (!(t->f & T_ALNUM))
		return 0;
	while (t->st + d < t->en && scan_bc[(unsigned char)sc->s[t->st + d]] ==
	    B_DIG)
		d++;
	if (d == 0 || d > 6 || toklen(t) - d > 1)
		return 0;
	for (k = t->st + d; k < t->en; k++)
		if (scan_bc[(unsigned char)sc->s[k]] != B_LOW &&
		    scan_bc[(unsigned char)sc->s[k]] != B_UP)
			return 0;
	return 1;
}

/* An ordinal street name: 5th, 42nd, 1st. */
static int
ordinal(const struct scan *sc, const struct tok *t)
{
	const char *e = sc->s + t->en;

	if (!(t->f & T_ALNUM) || toklen(t) < 3 || toklen(t) > 6)
		return 0;
	return (fold1(e[-2]) == 's' && fold1(e[-1]) == 't') ||
	    (fold1(e[-2]) == 'n' && fold1(e[-1]) == 'd') ||
	    (fold1(e[-2]) == 'r' && fold1(e[-1]) == 'd') ||
	    (fold1(e[-2]) == 't' && fold1(e[-1]) == 'h');
}

/* Is token t a word of a street name (capitalised where text is cased)? */
static int
street_word(struct scan *sc, struct tok *t)
{
	if (ordinal(sc, t))
		return 1;
	if (!(t->f & T_WORD) || (t->f & T_MIXED))
		return 0;
	look(sc, t);
	if (t->cls != COG_W_NONE && t->cls != COG_W_PARTICLE &&
	    t->cls != COG_W_TITLE && t->cls != COG_W_MONTH &&
	    t->cls != COG_W_ORG && t->cls != COG_W_COMPANY)
		return 0;
	return !is_cased(sc) || capital(sc, t) || t->cls == COG_W_PARTICLE;
}

/* A postcode: UK "NW1 6XE" as two tokens; the index of its end or 0. */
static size_t
uk_postcode(struct scan *sc, size_t k)
{
	struct tok *a = tok(sc, k), *b = tok(sc, k + 1);
	size_t la, lb;

	if (a == NULL || b == NULL || !plain(b->gap))
		return 0;
	la = toklen(a), lb = toklen(b);
	if (!(a->f & T_ALNUM) || la < 2 || la > 4 || !(b->f & T_ALNUM) ||
	    lb != 3)
		return 0;
	if (scan_bc[(unsigned char)sc->s[a->st]] != B_UP &&
	    (is_cased(sc) || scan_bc[(unsigned char)sc->s[a->st]] != B_LOW))
		return 0;
	if (scan_bc[(unsigned char)sc->s[b->st]] != B_DIG)
		return 0;
	return k + 1;
}

/*
 * After a street ending at token e, take a unit, a city, a state and a
 * ZIP or postcode; return the last token of the address.
 */
static size_t
address_tail(struct scan *sc, size_t e, int *parts)
{
	struct tok *u, *v;
	size_t k, pe;
	uint32_t x;

	/* Apt 5, Suite 200, Flat 2, #12. */
	u = tok(sc, e + 1);
	if (u != NULL && soft(u->gap) && (u->f & T_WORD)) {
		look(sc, u);
		v = tok(sc, e + 2);
		if ((u->lex & COG_LEX_UNIT) && v != NULL &&
		    !(v->gap & ~(unsigned)(G_SPACE | G_HASH | G_DOT)) &&
		    (house_number(sc, v) || toklen(v) == 1)) {
			e += 2;
			(*parts)++;
		}
	} else if (u != NULL && (u->gap & G_HASH) && house_number(sc, u)) {
		e += 1;
		(*parts)++;
	}
	u = tok(sc, e + 1);
	if (u == NULL || !(u->gap & G_COMMA) || !soft(u->gap))
		return e;
	/* 75002 Paris, 10115 Berlin. */
	if ((u->f & T_NUM) && toklen(u) >= 4 && toklen(u) <= 5 &&
	    (v = tok(sc, e + 2)) != NULL && plain(v->gap) && street_word(sc, v)) {
		x = place_entry(sc, e + 2, &pe);
		(*parts)++;
		return x & COG_LEX_PLACE ? pe : e + 2;
	}
	if (!(u->f & T_WORD) || !street_word(sc, u))
		return e;
	x = place_entry(sc, e + 1, &pe);
	if (!(x & COG_LEX_PLACE)) {
		/* Up to three capitalised words. */
		pe = e + 1;
		while (pe < e + 3 && scan_joins(sc, pe + 1) &&
		    street_word(sc, &sc->w[pe + 1]) &&
		    sc->w[pe + 1].cls == COG_W_NONE)
			pe++;
	}
	e = pe;
	(*parts)++;
	if ((k = place_state_after(sc, e)) != 0)
		e = k;
	u = tok(sc, e + 1);
	if (u != NULL && soft(u->gap)) {
		if ((u->f & T_NUM) && toklen(u) == 5)
			e++;
		else if ((k = uk_postcode(sc, e + 1)) != 0)
			e = k;
	}
	return e;
}

static float
address_score(int parts)
{
	float s = 0.8f + 0.05f * (float)parts;

	return s > 0.99f ? 0.99f : s;
}

/* "12 Elm Street", "12 rue de la Paix", "5th Avenue" forms. */
size_t
address_at(struct scan *sc, size_t i)
{
	struct tok *u;
	size_t k, m, e = 0;
	int words = 0, parts = 1;

	if (!house_number(sc, &sc->w[i]))
		return i;
	u = tok(sc, i + 1);
	if (u == NULL || !soft(u->gap) || !(u->f & T_WORD))
		return i;
	look(sc, u);
	if (u->lex & COG_LEX_ST_PREFIX) {
		/* 12 rue de la Paix, 3 avenue Victor Hugo. */
		for (m = i + 2; m < i + 7 && scan_joins(sc, m) &&
		    street_word(sc, &sc->w[m]); m++) {
			words += sc->w[m].cls != COG_W_PARTICLE;
			e = m;
		}
		if (words == 0 || sc->w[e].cls == COG_W_PARTICLE)
			e = 0;
	}
	if (e == 0) {
		words = 0;
		for (m = i + 1; m < i + 6; m++) {
			u = tok(sc, m);
			if (u == NULL || (m > i + 1 && !plain(u->gap)))
				return i;
			if (u->f & T_WORD)
				look(sc, u);
			if ((u->lex & COG_LEX_ST_SUFFIX) && words > 0 &&
			    (u->f & T_WORD) && (capital(sc, u) || !is_cased(sc))) {
				e = m;
				break;
			}
			if ((u->lex & COG_LEX_DIR) && (u->f & T_WORD) &&
			    capital(sc, u))
				continue;
			if (!street_word(sc, u))
				return i;
			words++;
		}
		if (e == 0)
			return i;
		/* 12 Main St NW */
		u = tok(sc, e + 1);
		if (u != NULL && plain(u->gap) && (u->f & T_UPPER) &&
		    (u->f & T_WORD) && toklen(u) <= 2) {
			look(sc, u);
			if (u->lex & COG_LEX_DIR)
				e++;
		}
	}
	k = address_tail(sc, e, &parts);
	scan_emit(sc, i, k, COG_STREET_ADDRESS, address_score(parts));
	return k + 1;
}

size_t
address_street_first_at(struct scan *sc, size_t i)
{
	char key[COG_LEX_MAXKEY];
	struct tok *t = &sc->w[i], *u;
	size_t kn = 0, m, k;
	int parts = 1;

	if (!street_word(sc, t))
		return i;
	u = tok(sc, i + 1);
	if (u != NULL && plain(u->gap) && house_number(sc, u) &&
	    scan_fold_onto(sc, t, key, &kn) && !ENG(t) &&
	    cog_lex_compound_street(key, kn)) {
		m = i + 1;
	} else if (t->lex & (COG_LEX_ST_PREFIX | COG_LEX_ST_SUFFIX) &&
	    capital(sc, t)) {
		/* Via Roma 5: the street word, then one to three words. */
		for (m = i + 1; m < i + 4 && scan_joins(sc, m) &&
		    street_word(sc, &sc->w[m]); m++)
			;
		if (m == i + 1 || (u = tok(sc, m)) == NULL || !plain(u->gap) ||
		    !house_number(sc, u))
			return i;
	} else if (u != NULL && plain(u->gap) && (u->f & T_WORD) &&
	    capital(sc, u) && (look(sc, u), u->lex & COG_LEX_ST_SUFFIX) &&
	    (u = tok(sc, i + 2)) != NULL && plain(u->gap) &&
	    house_number(sc, u)) {
		/* Berliner Strasse 5. */
		m = i + 2;
	} else {
		return i;
	}
	k = address_tail(sc, m, &parts);
	scan_emit(sc, i, k, COG_STREET_ADDRESS, address_score(parts));
	return k + 1;
}

static int
no_lower(const struct scan *sc, const struct tok *t)
{
	size_t k;

	for (k = t->st; k < t->en; k++)
		if (scan_bc[(unsigned char)sc->s[k]] == B_LOW)
			return 0;
	return 1;
}

void
address_whole_postcode(struct scan *sc)
{
	struct tok *t = tok(sc, 0);

	if (t == NULL || !(t->gap & G_START) || t->st > 0)
		return;
	if (tok(sc, 1) == NULL && (t->f & T_NUM) && toklen(t) == 5 &&
	    t->en == sc->n)
		scan_emit(sc, 0, 0, COG_STREET_ADDRESS, 0.5f);
	else if (tok(sc, 2) == NULL && uk_postcode(sc, 0) &&
	    no_lower(sc, t) && no_lower(sc, &sc->w[1]) && sc->w[1].en == sc->n)
		scan_emit(sc, 0, 1, COG_STREET_ADDRESS, 0.7f);
}
