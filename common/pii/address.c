/* address.c -- STREET_ADDRESS: where an address starts, and its street */
#include <stddef.h>
#include <stdint.h>

#include "pii/address.h"
#include "pii/addrpart.h"
#include "pii/lexicon.h"
#include "pii/postcode.h"
#include "pii/words.h"

/* A PO box or a military address scores this before its other parts. */
#define BOX_SCORE 0.9f

/*
 * The name of a street after its street word: up to five words from token
 * m on ("de la Paix", "Victor Hugo"), not ending in a particle.  Its last
 * token, or 0.
 */
static size_t
street_name(struct scan *sc, size_t m)
{
	size_t k, e = 0;
	int words = 0;

	for (k = m; k < m + 5 && (k == m || scan_joins(sc, k)) &&
	    addr_name_word(sc, &sc->w[k]); k++) {
		words += sc->w[k].cls != COG_W_PARTICLE;
		e = k;
	}
	return words > 0 && sc->w[e].cls != COG_W_PARTICLE ? e : 0;
}

/* Is the word the scan skipped just before token k a street word (rue)? */
static int
skipped_prefix(struct scan *sc, size_t k)
{
	uint32_t lex = 0;

	return tok(sc, k) != NULL && (sc->w[k].gap & G_SKIP) &&
	    addr_word_before(sc, k, sc->w[k].st, &lex) != (size_t)-1 &&
	    (lex & COG_LEX_ST_PREFIX);
}

/*
 * The street after a house number at token i: "12 rue de la Paix", "3
 * avenue Victor Hugo" (a street word first), "12 Elm Street", "1600
 * Pennsylvania Ave NW", "5th Avenue" (a street word last).  Its last
 * token, or 0.
 */
static size_t
street_after(struct scan *sc, size_t i)
{
	struct tok *u = &sc->w[i + 1];
	size_t m, e;
	int words;

	if ((u->lex & COG_LEX_ST_PREFIX) && scan_joins(sc, i + 2) &&
	    (e = street_name(sc, i + 2)) != 0)
		return e;
	for (words = 0, m = i + 1; m < i + 6; m++) {
		u = tok(sc, m);
		if (u == NULL || (m > i + 1 && !plain(u->gap)))
			return 0;
		if (u->f & T_WORD)
			look(sc, u);
		if ((u->lex & COG_LEX_ST_SUFFIX) && words > 0 &&
		    (u->f & T_WORD) && (capital(sc, u) || !is_cased(sc)))
			break;
		if ((u->lex & COG_LEX_DIR) && (u->f & T_WORD) && capital(sc, u))
			continue;
		if (!addr_street_word(sc, u))
			return 0;
		words++;
	}
	if (m == i + 6)
		return 0;
	/* 5 Mill Creek Road, 10 Spring Valley Rd: a suffix after a suffix */
	while ((u = tok(sc, m + 1)) != NULL && plain(u->gap) &&
	    (u->f & T_WORD) && (capital(sc, u) || !is_cased(sc)) &&
	    (look(sc, u), u->lex & COG_LEX_ST_SUFFIX) && m < i + 6)
		m++;
	/* 12 Main St NW */
	u = tok(sc, m + 1);
	if (u != NULL && plain(u->gap) && (u->f & T_UPPER) &&
	    (u->f & T_WORD) && toklen(u) <= 2 && (look(sc, u),
	    u->lex & COG_LEX_DIR))
		m++;
	return m;
}

/*
 * A street address whose house number comes first, at token i, into a:
 * the street after it, "12 bis" and "221B" forms included.
 */
static int
number_first(struct scan *sc, size_t i, struct addr *a)
{
	struct tok *u;
	size_t j = i, e;

	if (!addr_house_number(sc, &sc->w[i]))
		return 0;
	u = tok(sc, i + 1);
	if (u == NULL || !soft(u->gap) || !(u->f & T_WORD))
		return 0;
	look(sc, u);
	/* 12 bis rue des Lilas ("rue" skipped after "bis", or not) */
	if ((u->lex & COG_LEX_UNIT_AFTER) && (u->f & T_LOWER) &&
	    tok(sc, i + 2) != NULL) {
		if (skipped_prefix(sc, i + 2) && (e = street_name(sc, i + 2)))
			goto found;
		if (plain(sc->w[i + 2].gap) && (look(sc, &sc->w[i + 2]),
		    sc->w[i + 2].lex & COG_LEX_ST_PREFIX))
			j = i + 1;
	}
	if ((e = street_after(sc, j)) == 0)
		return 0;
found:
	addr_start(sc, a, i, e);
	return 1;
}

/* Does a digit follow token t, a space or a comma apart? */
static int
digit_next(const struct scan *sc, const struct tok *t)
{
	size_t p = t->en;

	while (p < sc->n && (sc->s[p] == ' ' || sc->s[p] == ','))
		p++;
	return p < sc->n && p > t->en && (unsigned)sc->s[p] - '0' < 10;
}

/* Is token k, before a street word, a German adjective (Berliner)? */
static int
adjective(struct scan *sc, size_t k)
{
	struct tok *t = &sc->w[k];

	return (t->f & T_CAP) && !(t->f & T_USED) && plain(sc->w[k + 1].gap) &&
	    toklen(t) > 4 && fold1(sc->s[t->en - 2]) == 'e' &&
	    fold1(sc->s[t->en - 1]) == 'r';
}

/* Capitalised, or any word where the text capitalises none. */
static int
name_cap(struct scan *sc, const struct tok *t)
{
	return capital(sc, t) || !is_cased(sc);
}

/*
 * A short lower-case word between the words of a street's name, a name
 * after it: the "do" of "Rua do Comércio", the "del" of "Calle del Sol".
 */
static int
name_link(struct scan *sc, size_t m)
{
	struct tok *t = &sc->w[m];

	if (!(t->f & T_LOWER) || toklen(t) > 4 || !scan_joins(sc, m + 1))
		return 0;
	look(sc, t);
	return (t->cls == COG_W_STOP || t->cls == COG_W_DET) &&
	    capital(sc, &sc->w[m + 1]) && addr_name_word(sc, &sc->w[m + 1]);
}

/*
 * A street in no list at token i, a word of its own with its house
 * number, is an address when a postcode and a town follow: "Havnevænget
 * 905, 8517 Bjerringbro", "Kantmarkt 497\nD-51882 Ostrau".
 */
static int
street_unlisted(struct scan *sc, size_t i, struct addr *a)
{
	struct tok *t = &sc->w[i];
	int town;

	if (!(t->f & T_WORD) || !name_cap(sc, t) || toklen(t) < 4 ||
	    t->cls != COG_W_NONE || (t->lex & (COG_LEX_PLACE |
	    COG_LEX_COUNTRY_AB)) || COG_LEX_GIVEN(t->lex))
		return 0;
	addr_start(sc, a, i, i);
	if (!addr_number(sc, a) || addr_code_town(sc, a, a->last + 1,
	    &town) == PC_NONE || !town)
		return 0;
	return 1;
}

/*
 * A street address that starts with its street at token i, into a:
 * "Hauptstraße 5", "Kalverstraat 12-2" (one word), "Via Roma 5", "Rua das
 * Flores, 123", "ul. Długa 7", "C/ Mayor 3" (a street word first),
 * "Berliner Straße 5", "Am Markt 3" (a street word last or first), its
 * house number after it.
 */
static int
street_first(struct scan *sc, size_t i, struct addr *a)
{
	char key[COG_LEX_MAXKEY];
	struct tok *t = &sc->w[i], *u;
	size_t kn = 0, m, st = t->st, p;
	uint32_t before = 0;

	look(sc, t);
	if (!addr_street_word(sc, t) && !((t->lex & COG_LEX_ST_PREFIX) &&
	    name_cap(sc, t)))
		return 0;
	p = addr_word_before(sc, i, t->st, &before);
	if (p != (size_t)-1 && (before & COG_LEX_ST_PREFIX) && name_cap(sc, t))
		st = p;
	else
		before = 0;
	u = tok(sc, i + 1);
	if (!before && digit_next(sc, t) && !ENG(t) &&
	    scan_fold_onto(sc, t, key, &kn) &&
	    !(t->lex & COG_LEX_PLACE) && cog_lex_compound_street(key, kn)) {
		m = i;
	} else if (before || (name_cap(sc, t) && ((t->lex & COG_LEX_ST_PREFIX) ||
	    ((t->lex & COG_LEX_ST_SUFFIX) && u != NULL && plain(u->gap) &&
	    ctx_class(sc, u) == COG_W_PARTICLE)))) {
		/* Laan van Meerdervoort 50: a street word, then "van". */
		/* Via Roma 5: the street word, then one to four words. */
		for (m = before ? i : i + 1; m < i + 5 && (m == i ||
		    scan_joins(sc, m)) && (addr_name_word(sc, &sc->w[m]) ||
		    name_link(sc, m)); m++)
			;
		if (m == i + (before ? 0 : 1) || sc->w[m - 1].cls ==
		    COG_W_PARTICLE)
			return 0;
		m--;
	} else if (u != NULL && plain(u->gap) && (u->f & T_WORD) &&
	    name_cap(sc, u) && (look(sc, u), u->lex & COG_LEX_ST_SUFFIX)) {
		/* Berliner Straße 5. */
		m = i + 1;
	} else {
		return street_unlisted(sc, i, a);
	}
	addr_start(sc, a, i, m);
	a->st = st;
	/* Landstraßer Hauptstraße, Berliner Straße: a name in -er before it. */
	if (m == i && !before && i > 0 && adjective(sc, i - 1)) {
		a->first = i - 1;
		a->st = sc->w[i - 1].st;
	}
	return addr_number(sc, a);
}

/* "Flat 2, 14 Baker Street": a unit, then the address it is in. */
static int
unit_first(struct scan *sc, size_t i, struct addr *a)
{
	struct tok *t = &sc->w[i], *v = tok(sc, i + 1), *w;

	if (!(t->lex & COG_LEX_UNIT) || !(capital(sc, t) || !is_cased(sc)) ||
	    v == NULL || (v->gap & ~(unsigned)(G_SPACE | G_HASH | G_DOT)) ||
	    !(addr_house_number(sc, v) || (toklen(v) <= 2 &&
	    (v->f & T_UPPER))) || (w = tok(sc, i + 2)) == NULL ||
	    (w->gap & ~(unsigned)(G_SPACE | G_COMMA | G_NL)) ||
	    !number_first(sc, i + 2, a))
		return 0;
	a->first = i;
	a->st = t->st;
	a->parts++;
	return 1;
}

/*
 * A PO box at token i, or one or two words before it that the scan
 * skipped ("P.O. Box 12", "skr. poczt. 12").
 */
static int
box_first(struct scan *sc, size_t i, struct addr *a)
{
	struct tok *t = &sc->w[i];
	size_t p = t->st;
	uint32_t lex = 0;
	int k;

	for (k = 0; k < 2; k++) {
		/* Before a word or a number, a dotted word: "P.O. Box". */
		if (p < 2 || sc->s[p - 2] != '.')
			break;
		if ((p = addr_word_before(sc, i, p, &lex)) == (size_t)-1)
			break;
		a->parts = 0;
		a->en = 0;
		if ((lex & COG_LEX_BOX) && addr_box(sc, a, p, i))
			return 1;
	}
	a->parts = 0;
	a->en = 0;
	return (t->f & T_WORD) && (t->lex & COG_LEX_BOX) && (capital(sc, t) ||
	    (t->f & T_UPPER) || !is_cased(sc)) && addr_box(sc, a, t->st, i);
}

/* Has token t no lower-case ASCII letter? */
static int
no_lower(const struct scan *sc, const struct tok *t)
{
	size_t k;

	for (k = t->st; k < t->en; k++)
		if (scan_bc[(unsigned char)sc->s[k]] == B_LOW)
			return 0;
	return 1;
}

/* Is the number of token t a year (1900 to 2099)? */
static int
year(const struct scan *sc, const struct tok *t)
{
	const char *s = sc->s + t->st;

	return toklen(t) == 4 && (t->f & T_NUM) && ((s[0] == '1' &&
	    s[1] == '9') || (s[0] == '2' && s[1] == '0'));
}

/*
 * A postcode and its town without a street, at token i or in the run
 * skipped before it: "10115 Berlin", "00-950 Warszawa", "1012 NX
 * Amsterdam", or a UK or Canadian postcode alone (NW1 6XE).  Report it
 * and return the index after it, or return i.
 */
static size_t
code_town_at(struct scan *sc, size_t i)
{
	struct tok *t = &sc->w[i];
	struct addr a;
	size_t last;
	int pc, town;

	a.parts = 0;
	a.unit = 0;
	a.last = i;
	a.en = i > 0 ? sc->w[i - 1].next : 0;
	if (year(sc, t))
		return i;
	pc = addr_code_town(sc, &a, i, &town);
	if (pc != PC_NONE && town == 1 && a.first == i)
		return addr_emit(sc, &a, pc == PC_STRONG ? 0.8f :
		    pc == PC_DIGITS ? 0.7f : 0.6f);
	if (postcode_uk_ca(sc, i, &last) == PC_STRONG && no_lower(sc,
	    &sc->w[i]) && no_lower(sc, &sc->w[last])) {
		addr_start(sc, &a, i, last);
		return addr_emit(sc, &a, 0.7f);
	}
	return i;
}

/* May token t (no word) begin a postcode: three to five digits, 9AA, A9A? */
static int
code_shape(const struct scan *sc, const struct tok *t)
{
	if (t->gap & G_OTHER)
		return 1;
	if (t->f & T_NUM)
		return toklen(t) >= 3 && toklen(t) <= 5 && !year(sc, t);
	return toklen(t) >= 2 && toklen(t) <= 4;
}

size_t
address_at(struct scan *sc, size_t i)
{
	struct tok *t = &sc->w[i];
	struct addr a;

	if (number_first(sc, i, &a)) {
		addr_tail(sc, &a);
		return addr_emit(sc, &a, addr_score(a.parts));
	}
	/* "B.P. 12", "skr. poczt. 3": a dotted form before the number. */
	if (t->st >= 2 && sc->s[t->st - 2] == '.' && box_first(sc, i, &a)) {
		addr_tail(sc, &a);
		return addr_emit(sc, &a, BOX_SCORE);
	}
	return code_shape(sc, t) ? code_town_at(sc, i) : i;
}

size_t
address_street_first_at(struct scan *sc, size_t i)
{
	struct addr a;

	if (street_first(sc, i, &a) || unit_first(sc, i, &a)) {
		addr_tail(sc, &a);
		/* Where no word is capitalised, a street alone is too weak. */
		if (a.parts < 2 && !is_cased(sc) && !(sc->w[i].lex &
		    COG_LEX_ST_PREFIX))
			return address_gap_at(sc, i);
		return addr_emit(sc, &a, addr_score(a.parts));
	}
	if (((sc->w[i].lex & COG_LEX_BOX) || (sc->w[i].st >= 2 &&
	    sc->s[sc->w[i].st - 2] == '.')) && box_first(sc, i, &a)) {
		addr_tail(sc, &a);
		return addr_emit(sc, &a, BOX_SCORE);
	}
	return address_gap_at(sc, i);
}

size_t
address_gap_at(struct scan *sc, size_t i)
{
	const char *s = sc->s;
	size_t p = sc->w[i].st, lo = i > 0 ? sc->w[i - 1].next : 0;
	struct addr a;

	if (!(sc->w[i].gap & G_OTHER))
		return i;
	/* The run the scan skipped before the word, as far back as 10 bytes. */
	while (p > lo && (s[p - 1] == ' ' || s[p - 1] == '\t'))
		p--;
	while (p > lo && p + 10 > sc->w[i].st && s[p - 1] != ' ' &&
	    s[p - 1] != '\t' && s[p - 1] != '\n' && s[p - 1] != ',')
		p--;
	if (p + 2 < sc->w[i].st && (s[p] | 0x20) == 'c' && s[p + 1] == '/' &&
	    street_first(sc, i, &a)) {
		addr_tail(sc, &a);
		return addr_emit(sc, &a, addr_score(a.parts));
	}
	if (p < sc->w[i].st && ((unsigned)s[p] - '0' < 10 ||
	    (unsigned)s[p] - 'A' < 26))
		return code_town_at(sc, i);
	return i;
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
