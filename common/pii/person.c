/* person.c -- PERSON: name parts, their context, their points */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pii/lexicon.h"
#include "pii/person.h"
#include "pii/place.h"
#include "pii/words.h"

/*
 * How common a word is as an ordinary word, on the scale of ENG(): its
 * English level, or level 3 for an ordinary German noun that is no
 * English word and no common name ("Termin", "Hilfe", "Ihnen": German
 * capitalises every noun and the polite pronouns; "Fischer" and "Marie"
 * stay names).
 */
#define WORDLY(t)	(ENG(t) ? ENG(t) : ((t)->lex & COG_LEX_NOUN_DE) && \
    GIVEN(t) < 3 && SURN(t) < 4 ? 3u : 0u)

/*
 * Is token i after "to" and a word of sending, with "it" or "them" in
 * between or not ("sent to", "forwarded it to")?
 */
int
person_sent_to(struct scan *sc, size_t i)
{
	struct tok *p;

	if (i < 2 || !plain(sc->w[i].gap) || (sc->w[i - 1].gap & G_SKIP) ||
	    !scan_is_word(sc, &sc->w[i - 1], "to"))
		return 0;
	p = &sc->w[i - 2];
	if (place_sending(sc, p))
		return 1;
	return i >= 3 && !(p->gap & G_SKIP) && (scan_is_word(sc, p, "it") ||
	    scan_is_word(sc, p, "them")) && place_sending(sc, &sc->w[i - 3]);
}

/*
 * Is token t, of class c, the "and" of a list in one of the languages
 * ("and", "und", "et", "e", "y", "en", "i", "og", "och")?
 */
static int
list_and(struct scan *sc, const struct tok *t, unsigned c)
{
	if (c == COG_W_AND)
		return 1;
	return toklen(t) <= 3 && (scan_is_word(sc, t, "en") ||
	    scan_is_word(sc, t, "y") || scan_is_word(sc, t, "i") ||
	    scan_is_word(sc, t, "og") || scan_is_word(sc, t, "och"));
}

/*
 * Is token t, of class c, a title that is another word too: Spanish
 * "Sr." (a suffix after a name: "John Smith Sr."), Polish "Pan", French
 * "M." (an initial too)?  Only capitalised.
 */
static int
title_else(struct scan *sc, const struct tok *t, unsigned c)
{
	/* French "M." (Monsieur) before a name. */
	if (toklen(t) == 1 && (t->f & T_DOTTED) && sc->s[t->st] == 'M')
		return 1;
	if (!(t->f & T_CAP) || toklen(t) > 3)
		return 0;
	return (c == COG_W_SUFFIX && scan_is_word(sc, t, "sr")) ||
	    (c == COG_W_NONE && scan_is_word(sc, t, "pan"));
}

/*
 * Is token t a given name that is no other word and no place, so that a
 * word of many uses before it ("sono": "I am", "they are") may be a cue?
 */
static int
plain_given(struct scan *sc, struct tok *t)
{
	if (!(t->f & T_WORD))
		return 0;
	look(sc, t);
	return t->cls == COG_W_NONE && GIVEN(t) >= 2 && !WORDLY(t) &&
	    !(t->lex & COG_LEX_PLACE);
}

/* Which evidence the words before a name give (context_before()). */
enum {
	CB_NONE, CB_TITLE, CB_NAME_IS, CB_NAME_COLON, CB_CALL_ME, CB_NAMED,
	CB_IM, CB_THIS_IS, CB_THIS_POSS, CB_GREET, CB_YOU_THANKS, CB_BYE,
	CB_SPEAK, CB_WITH_SPEAK, CB_REL, CB_AND, CB_SENT_TO, CB_WITH, CB_FOR,
	CB_DET, CB_IN, CB_N
};

/* Their hand-set points for and against; the first four are strong. */
static const float cb_pos[CB_N] = {
	0, 4.0f, 4.0f, 4.0f, 4.0f, 3.0f, 2.5f, 2.5f, 2.0f, 2.5f, 2.5f, 2.5f,
	2.5f, 2.5f, 2.5f, 2.0f, 2.5f, 1.2f, 0.5f, 0, 0
};
static const float cb_neg[CB_N] = {
	[CB_DET] = 4.0f, [CB_IN] = 1.0f
};

/* The evidence for a name of the words before token i: a CB_* code. */
static int
before_code(struct scan *sc, size_t i)
{
	struct tok *p1 = i >= 1 ? &sc->w[i - 1] : NULL;
	struct tok *p2 = i >= 2 ? &sc->w[i - 2] : NULL;
	unsigned g1 = sc->w[i].gap, g2 = p1 ? p1->gap : 0;
	unsigned c1 = ctx_class(sc, p1), c2;

	/* The next of a list: "Anna, Piotr and Jonas". */
	if (sc->last_person == i && i > 0 && (g1 & G_COMMA) && soft(g1) &&
	    capital(sc, &sc->w[i]))
		return CB_AND;
	if (c1 == COG_W_NONE || (g1 & G_SKIP))
		return CB_NONE;
	c2 = (g2 & G_SKIP) ? COG_W_NONE : ctx_class(sc, p2);
	if ((c1 == COG_W_TITLE || title_else(sc, p1, c1)) && (plain(g1) ||
	    ((p1->f & T_DOTTED) && !(g1 & ~(unsigned)(G_DOT | G_SPACE)))))
		return CB_TITLE;
	if (c1 == COG_W_IS && c2 == COG_W_NAME && plain(g1) && plain(g2))
		return CB_NAME_IS;
	if (c1 == COG_W_NAME && ((g1 & G_COLON) ||
	    ((p1->f & T_POSS) && plain(g1))))
		return CB_NAME_COLON;
	if (c1 == COG_W_ME && c2 == COG_W_CALL && plain(g1) && plain(g2))
		return CB_CALL_ME;
	if (c1 == COG_W_NAMED && plain(g1))
		return CB_NAMED;
	if ((c1 == COG_W_IM && plain(g1)) ||
	    (c1 == COG_W_AM && c2 == COG_W_I && plain(g1)))
		return CB_IM;
	if (c1 == COG_W_IS && c2 == COG_W_THIS && plain(g1))
		return CB_THIS_IS;
	/*
	 * Italian "sono", Portuguese "aqui é", "its" of chat (for "it's"):
	 * before a given name only.
	 */
	if (plain(g1) && ((c1 == COG_W_STOP && toklen(p1) == 4 &&
	    scan_is_word(sc, p1, "sono")) || (c1 == COG_W_DET &&
	    toklen(p1) == 3 && (sc->w[i].f & T_LOWER) &&
	    scan_is_word(sc, p1, "its")) || (c1 == COG_W_IS && c2 ==
	    COG_W_HERE && scan_is_word(sc, p2, "aqui") && plain(g2))) &&
	    plain_given(sc, &sc->w[i]))
		return c1 == COG_W_STOP ? CB_IM : CB_THIS_IS;
	if (c1 == COG_W_THIS && (p1->f & T_POSS) && plain(g1))
		return CB_THIS_POSS;
	if ((c1 == COG_W_GREET || c1 == COG_W_THANKS) && soft(g1))
		return CB_GREET;
	if (scan_is_word(sc, p1, "you") && c2 == COG_W_THANKS && soft(g1))
		return CB_YOU_THANKS;
	if (c1 == COG_W_BYE && (soft(g1) || (g1 & G_NL)))
		return CB_BYE;
	if (c1 == COG_W_SPEAK && plain(g1))
		return CB_SPEAK;
	if ((c1 == COG_W_WITH || c1 == COG_W_FOR ||
	    (c1 == COG_W_IN && scan_is_word(sc, p1, "to"))) &&
	    c2 == COG_W_SPEAK && plain(g1))
		return CB_WITH_SPEAK;
	if (c1 == COG_W_REL && soft(g1))
		return CB_REL;
	if (sc->last_person == i - 1 && plain(g1) && list_and(sc, p1, c1))
		return CB_AND;
	if (c1 == COG_W_IN && person_sent_to(sc, i) &&
	    (look(sc, &sc->w[i]), GIVEN(&sc->w[i])) &&
	    !(sc->w[i].lex & COG_LEX_PLACE))
		return CB_SENT_TO;
	if (c1 == COG_W_WITH && plain(g1))
		return CB_WITH;
	if (c1 == COG_W_FOR && plain(g1))
		return CB_FOR;
	if ((c1 == COG_W_DET || c1 == COG_W_MY) && plain(g1))
		return CB_DET;
	if (c1 == COG_W_IN && plain(g1))
		return CB_IN;
	return CB_NONE;
}

/*
 * Evidence for a name from the words before token i: *pos for it, *neg
 * against it.  *strong is set for a title, "my name is" and "call me".
 * The code of before_code() is returned.
 */
static int
context_before(struct scan *sc, size_t i, int *strong, float *pos,
    float *neg)
{
	int c = before_code(sc, i);

	*pos = cb_pos[c];
	*neg = cb_neg[c];
	*strong = c >= CB_TITLE && c <= CB_CALL_ME;
	return c;
}

/*
 * Is the capitalised word i greeted, as in "Hi Bill, ..." or "Thanks,
 * Bill!"?  It may then be a name that is also a common word.
 */
int
person_greeted(struct scan *sc, size_t i)
{
	unsigned c;

	if (i == 0 || !capital(sc, &sc->w[i]) || !soft(sc->w[i].gap) ||
	    !(scan_gap_after(sc, i) & (G_COMMA | G_DOT | G_EXCL | G_END)))
		return 0;
	c = ctx_class(sc, &sc->w[i - 1]);
	return c == COG_W_GREET || c == COG_W_THANKS;
}

/* Is the one word i a vocative, between a comma and the sentence's end? */
static int
vocative(struct scan *sc, size_t i, size_t j)
{
	return is_cased(sc) && (sc->w[i].gap & G_COMMA) && i == j &&
	    (scan_gap_after(sc, j) & (G_DOT | G_EXCL | G_END));
}

/* What the words after a name say (after_flags()). */
enum {
	CA_HERE = 1, CA_ORG = 2, CA_NUM = 4, CA_FROM = 8, CA_VOCATIVE = 16,
	CA_LIST = 32
};

/*
 * Does a list of names begin after token j ("Anna, Piotr and ...")?  A
 * comma, then a capitalised given name that is no other word.
 */
static int
list_after(struct scan *sc, size_t j, unsigned ga)
{
	struct tok *nx = tok(sc, j + 1);

	if (nx == NULL || !(ga & G_COMMA) || !soft(ga) || !capital(sc, nx) ||
	    !is_cased(sc) || (nx->f & T_UPPER))
		return 0;
	look(sc, nx);
	return nx->cls == COG_W_NONE && GIVEN(nx) >= 2 && !WORDLY(nx) &&
	    !(nx->lex & COG_LEX_PLACE);
}

/* The evidence of the words after a name from token i to token j. */
static unsigned
after_flags(struct scan *sc, size_t i, size_t j)
{
	struct tok *nx = tok(sc, j + 1);
	unsigned ga = scan_gap_after(sc, j), fl = 0;

	if (nx != NULL && plain(ga)) {
		unsigned cn = ctx_class(sc, nx);

		if (cn == COG_W_HERE || (cn == COG_W_SPEAK &&
		    scan_is_word(sc, nx, "speaking")))
			fl |= CA_HERE;
		else if (cn == COG_W_ORG || cn == COG_W_COMPANY)
			fl |= CA_ORG;
		else if (nx->f & (T_NUM | T_ALNUM))
			fl |= CA_NUM;
		else if (cn == COG_W_FROM)
			fl |= CA_FROM;
	}
	/* A vocative: "Thanks for your patience, Maria." */
	if (vocative(sc, i, j))
		fl |= CA_VOCATIVE;
	else if (list_after(sc, j, ga))
		fl |= CA_LIST;
	return fl;
}

/* Add the hand-set points of the flags of after_flags(). */
static void
after_points(unsigned fl, float *pos, float *neg)
{
	if ((fl & CA_HERE) && *pos < 2.5f)
		*pos = 2.5f;
	else if (fl & CA_ORG)
		*neg += 3.0f;
	else if (fl & CA_NUM)
		*neg += 2.5f;
	else if ((fl & CA_FROM) && *pos < 1.0f)
		*pos = 1.0f;
	if ((fl & (CA_VOCATIVE | CA_LIST)) && *pos < 1.0f)
		*pos = 1.0f;
}

/* Add the evidence of the words after a name from token i to token j. */
static void
context_after(struct scan *sc, size_t i, size_t j, float *pos, float *neg)
{
	after_points(after_flags(sc, i, j), pos, neg);
}

/* All the context of a name from token i to token j. */
float
person_context(struct scan *sc, size_t i, size_t j, int *strong)
{
	float pos, neg;

	context_before(sc, i, strong, &pos, &neg);
	context_after(sc, i, j, &pos, &neg);
	return pos - neg;
}

/*
 * May token t go on a name that has begun (prev is its last part)?
 * level is the context: 0 none, 1 medium ("Hi", "I'm"), 2 strong ("my
 * name is", a title), which lets common English words be names.
 */
int
person_name_part(struct scan *sc, struct tok *t, const struct tok *prev,
    int level)
{
	int given = prev != NULL && GIVEN(prev);

	if (!(t->f & T_WORD) || (t->f & T_MIXED))
		return 0;
	if (capital(sc, t)) {
		look(sc, t);
		/* "Dan May", but not "Monday" or "the". */
		if (t->cls == COG_W_MONTH && SURN(t) && given)
			return 1;
		/* "Quentin Via." (but "Maria via email" in lower case). */
		if (t->cls == COG_W_IN && SURN(t) && given &&
		    (scan_gap_after(sc, (size_t)(t - sc->w)) & (G_END | G_DOT |
		    G_EXCL | G_COMMA)))
			return 1;
		/* "Duc Lê", "Bao Đỗ": short surnames that fold to a stop word. */
		if ((t->cls == COG_W_STOP || t->cls == COG_W_PARTICLE) &&
		    (t->f & T_HIGH) && given && toklen(t) <= 6)
			return 1;
		if (t->cls != COG_W_NONE)
			return 0;
		/* "Smart Plug": a common English word that is no name. */
		return NAMEISH(t) || WORDLY(t) == 0 || WORDLY(t) > 3 || level >= 2 ||
		    (given && (level >= 1 || WORDLY(t) >= 2));
	}
	/* In cased text a lower-case word does not go on a capitalised name. */
	if (!(t->f & T_LOWER) || (prev != NULL && capital(sc, prev) &&
	    is_cased(sc)))
		return 0;
	look(sc, t);
	if (t->cls != COG_W_NONE)
		return 0;
	if (!NAMEISH(t))
		return (level >= 1 && WORDLY(t) == 0) ||
		    (level >= 2 && WORDLY(t) >= 3);
	return WORDLY(t) == 0 || WORDLY(t) >= 3 || (SURN(t) >= 4 && given);
}

/*
 * Do the particle at token k and at most two more ("van der", "de la")
 * come before a name part, a space apart?  The index of that part, or 0.
 */
static size_t
particles_end(struct scan *sc, size_t k, int level)
{
	size_t m;

	for (m = k + 1; m < k + 4; m++) {
		if (tok(sc, m) == NULL || !plain(sc->w[m].gap))
			return 0;
		if (ctx_class(sc, &sc->w[m]) != COG_W_PARTICLE)
			return person_name_part(sc, &sc->w[m], NULL, level) ?
			    m : 0;
	}
	return 0;
}

/* May token t start a name?  See person_name_part() for level. */
static int
name_start(struct scan *sc, struct tok *t, int lower_ok, int level,
    int whole)
{
	if (!(t->f & T_WORD) || (t->f & T_MIXED))
		return 0;
	if (!capital(sc, t) && !((t->f & T_LOWER) && lower_ok))
		return 0;
	look(sc, t);
	if (t->cls == COG_W_NONE)
		return NAMEISH(t) || WORDLY(t) == 0 || (level >= 1 &&
		    (capital(sc, t) || WORDLY(t) >= 3));
	/* "Mr. May", "Ben" alone in a field. */
	/*
	 * ... but "Merci de transmettre": no name begins at a lower-case
	 * "de" but after a title ("Dr. de Ballester", "Mevrouw van de Pol").
	 */
	if (t->cls == COG_W_PARTICLE && (t->f & T_LOWER) && is_cased(sc))
		return level >= 2 && particles_end(sc, (size_t)(t - sc->w),
		    level) != 0;
	if (t->cls == COG_W_MONTH || t->cls == COG_W_PARTICLE)
		return NAMEISH(t) && (level >= 1 || whole);
	/* "Hi Bill," (see person_greeted()). */
	return t->cls == COG_W_STOP && GIVEN(t) && level >= 2 &&
	    capital(sc, t);
}

/*
 * Is token t (index i) a German noun after the preposition "am" or "im"
 * ("am Freitag", "im Januar", "im Anhang"), not after "I" ("I am")?  A
 * German noun that is a common given name stays a name there ("im
 * Rose" for "I'm Rose").
 */
static int
german_after_prep(struct scan *sc, size_t i, const struct tok *t)
{
	const struct tok *p;

	if (i == 0 || !(t->lex & COG_LEX_NOUN_DE) || GIVEN(t) >= 3 ||
	    !plain(t->gap))
		return 0;
	p = &sc->w[i - 1];
	if (!scan_is_word(sc, p, "am") && !scan_is_word(sc, p, "im"))
		return 0;
	return i < 2 || (p->gap & G_SKIP) ||
	    ctx_class(sc, &sc->w[i - 2]) != COG_W_I;
}

/*
 * Cheap refusals of token t (index i) as the start of a name, before the
 * context is weighed: not a word, lower case in cased text without
 * strong context, a word with a role, a common English word with no cue.
 */
static int
refused(struct scan *sc, size_t i, struct tok *t)
{
	float cpos, cneg;
	int strong;

	if (!(t->f & T_WORD))
		return 1;
	if ((t->f & T_LOWER) && is_cased(sc)) {
		context_before(sc, i, &strong, &cpos, &cneg);
		if (cpos - cneg < 2.0f)
			return 1;
	}
	look(sc, t);
	if (toklen(t) == 1 && (t->f & T_DOTTED))
		return 0;
	if (german_after_prep(sc, i, t))
		return 1;
	if (t->cls != COG_W_NONE && t->cls != COG_W_MONTH &&
	    t->cls != COG_W_PARTICLE && !(t->cls == COG_W_STOP &&
	    GIVEN(t) && person_greeted(sc, i)))
		return 1;
	return t->cls == COG_W_NONE && !NAMEISH(t) && WORDLY(t) &&
	    !((PERSON_CUES >> ctx_class(sc, i ? &sc->w[i - 1] : NULL)) & 1);
}

/*
 * The level of the context before token i (see person_name_part()), the
 * context's points in *cpos and *cneg, *strong as context_before() sets
 * it or for a greeting.
 */
static int
context_level(struct scan *sc, size_t i, int *strong, float *cpos,
    float *cneg, int *code)
{
	struct tok *t = &sc->w[i];
	int level;

	*code = context_before(sc, i, strong, cpos, cneg);
	if (!*strong && person_greeted(sc, i))
		*strong = 1;
	level = *strong ? 2 : *cpos - *cneg >= 2.0f ? 1 : 0;
	/* A given name as a vocative: "Thanks for your patience, April." */
	if (level == 0 && i > 0 && GIVEN(t) && capital(sc, t) &&
	    vocative(sc, i, i) && !(sc->w[i - 1].f & (T_NUM | T_ALNUM)) &&
	    ctx_class(sc, &sc->w[i - 1]) != COG_W_MONTH)
		level = 1;
	/* ... or introducing itself: "April here." */
	if (level == 0 && GIVEN(t) && capital(sc, t) && tok(sc, i + 1) &&
	    plain(scan_gap_after(sc, i)) && ctx_class(sc, &sc->w[i + 1]) ==
	    COG_W_HERE)
		level = 1;
	return level;
}

/*
 * The first name part of a name at token i: i itself, or the word after
 * initials ("J. Smith", "J. R. R. Tolkien"); (size_t)-1 when there is
 * none.
 */
static size_t
first_part(struct scan *sc, size_t i, int lower_ok, int level)
{
	struct tok *t = &sc->w[i], *u = NULL;
	size_t j;

	if (toklen(t) == 1 && (t->f & T_UPPER) && (t->f & T_DOTTED)) {
		/* "M. Dupont": the name begins after the title. */
		if (sc->s[t->st] == 'M' && tok(sc, i + 1) != NULL &&
		    !(toklen(&sc->w[i + 1]) == 1 && (sc->w[i + 1].f & T_DOTTED)))
			return (size_t)-1;
		for (j = i + 1; j < i + 4; j++) {
			u = tok(sc, j);
			if (u == NULL || (u->gap & ~(unsigned)(G_DOT | G_SPACE)))
				return (size_t)-1;
			if (!(toklen(u) == 1 && (u->f & T_UPPER) &&
			    (u->f & T_DOTTED)))
				break;
		}
		if (u == NULL || !name_start(sc, u, 0, level, 0) ||
		    !NAMEISH(u))
			return (size_t)-1;
		return j;
	}
	if (!name_start(sc, t, lower_ok, level,
	    (t->gap & G_START) && scan_last_word(sc, i)))
		return (size_t)-1;
	return i;
}

/*
 * The name parts after the first, parts[0] (middle initials, particles
 * and a suffix go in the name but are no parts): their indexes in
 * parts, their number returned, the name's last token in *jp.
 */
static size_t
more_parts(struct scan *sc, size_t *parts, int level, size_t *jp)
{
	struct tok *u;
	size_t np = 1, j = parts[0], k, m;

	for (k = j + 1; np < 4; k++) {
		u = tok(sc, k);
		/* A possessive ends the name: "Anna's Smart Plug". */
		if (u == NULL || (sc->w[k - 1].f & T_POSS))
			break;
		if (!plain(u->gap) && !((u->gap & ~(unsigned)(G_DOT | G_SPACE))
		    == 0 && (sc->w[k - 1].f & T_DOTTED) &&
		    toklen(&sc->w[k - 1]) == 1))
			break;
		/* Middle initial: "Richard M. Nixon", "Richard M Nixon". */
		if (toklen(u) == 1 && (u->f & T_UPPER) && tok(sc, k + 1) &&
		    person_name_part(sc, &sc->w[k + 1], NULL, level)) {
			j = k;
			continue;
		}
		/* "de Vries", "van der Berg", "dos Santos". */
		if (ctx_class(sc, u) == COG_W_PARTICLE &&
		    (m = particles_end(sc, k, level)) != 0) {
			j = k = m - 1;
			continue;
		}
		if (u->cls == COG_W_SUFFIX && (u->f & T_LOOKED)) {
			j = k;
			break;
		}
		if (!person_name_part(sc, u, &sc->w[parts[np - 1]], level))
			break;
		/*
		 * A bare -s after a given name is the surname's own ("Lieke
		 * Vissers"), not a genitive (see genitive() of words.c).
		 */
		if ((u->f & T_POSS) && u->en < sc->n && sc->s[u->en] == 's') {
			u->en++;
			u->f &= ~(unsigned)T_POSS;
		}
		parts[np++] = k;
		j = k;
	}
	*jp = j;
	return np;
}

/* What the case of the parts says: any capitalised, all, any lower. */
struct parts_case {
	int anyup, allcap, anylow;
};

/*
 * Subtract from *pts what the commonness of each part as an English word
 * speaks against a name (less with stronger context), and an ALLCAPS
 * part in a text that is not; tell the case of the parts in *pc.
 */
static void
english_points(struct scan *sc, const size_t *parts, size_t np, int level,
    float *pts, struct parts_case *pc)
{
	float soften = level == 2 ? 0.3f : level == 1 ? 0.6f : 1.0f;
	struct tok *u;
	size_t k;
	unsigned e;

	pc->anyup = 0, pc->allcap = 1, pc->anylow = 0;
	for (k = 0; k < np; k++) {
		u = &sc->w[parts[k]];
		e = WORDLY(u);
		if (capital(sc, u))
			pc->anyup = 1;
		else
			pc->allcap = 0, pc->anylow = 1;
		if (NAMEISH(u))
			*pts -= scan_english_cost[e];
		else if (e)
			*pts -= (1.5f * scan_english_cost[e] + 0.5f) * soften;
		if (u->f & T_UPPER && toklen(u) > 1 && !all_upper(sc))
			*pts -= 1.5f;
	}
}

/*
 * Does token t end like a surname of a language whose surnames the
 * lists hold few of (Slavic, Romanian, Greek, Georgian, Armenian,
 * Turkish, Nordic patronymics)?  At least three letters before the
 * ending.
 */
static int
surname_shape(const struct scan *sc, const struct tok *t)
{
	static const char *const end[] = {
		"ovi\xc4\x87", "evi\xc4\x87", "ovic", "evic", "ov\xc3\xa1",
		"sk\xc3\xbd", "ck\xc3\xbd", "czyk", "wicz", "escu", "eanu",
		"oulos", "akis", "idis", "o\xc4\x9flu", "oglu", "sson", "dze",
		"shvili", "yan", "enko", "chuk", "nen", "ski", "ska", "sky",
		NULL
	};
	size_t n = toklen(t), k, m;
	const char *w = sc->s + t->st;

	for (k = 0; end[k] != NULL; k++) {
		m = strlen(end[k]);
		if (n >= m + 3 && memcmp(w + n - m, end[k], m) == 0)
			return 1;
	}
	return 0;
}

/*
 * Add to *pts what the lexicon says of the first and last parts: given
 * names and surnames by frequency class, words in no list, and against
 * a one-word name, a place.
 */
static void
lexicon_points(struct scan *sc, size_t i, size_t j, const struct tok *first,
    const struct tok *last, size_t np, int anyup, int level, float *pts)
{
	if (np == 1) {
		if (GIVEN(first))
			*pts += 1.6f + 0.2f * GIVEN(first);
		else if (SURN(first))
			*pts += 0.8f + 0.2f * SURN(first);
		else if (!WORDLY(first) && (anyup || level >= 1))
			*pts += 0.4f;
		if (first->lex & COG_LEX_PLACE)
			*pts -= (sc->w[i].gap & G_START) &&
			    scan_last_word(sc, j) ? 2.0f : 1.5f;
		return;
	}
	if (GIVEN(first))
		*pts += 1.6f + 0.2f * GIVEN(first);
	else if (SURN(first))
		*pts += 0.6f + 0.15f * SURN(first);
	else if (!WORDLY(first))
		*pts += 0.6f;
	if (SURN(last))
		*pts += 0.8f + 0.2f * SURN(last);
	else if (GIVEN(last))
		*pts += 0.8f;
	else if (!WORDLY(last))
		*pts += 0.6f;
	if (GIVEN(first) && (SURN(last) || !WORDLY(last)))
		*pts += 1.2f;
	/*
	 * A word in no list before a surname: a given name the lists lack
	 * ("Krešimir Kovačević", "Zurab Beridze").
	 */
	else if (!(first->lex & COG_LEX_FOUND) && toklen(last) > 1 &&
	    !(sc->s[last->st + 1] >= 'A' && sc->s[last->st + 1] <= 'Z') &&
	    (SURN(last) >= 3 ||
	    (!last->lex && surname_shape(sc, last))))
		*pts += 0.6f;
}

/* A candidate as person_eval() has found it, for the scorers. */
struct cand {
	size_t i, j, parts[6], np;
	struct tok *first, *last;
	int strong, level, code;
	float cpos, cneg;	/* the context's points, after included */
	unsigned after;		/* after_flags() */
};

/* The hand-set points of a candidate. */
static float
hand_points(struct scan *sc, const struct cand *c)
{
	struct tok *first = c->first, *last = c->last;
	struct parts_case pc;
	size_t i = c->i, j = c->j, np = c->np;
	float pts = 0;

	/* Initials before or inside: "J. Smith", "Richard M. Nixon". */
	if (c->parts[0] > i)
		pts += 1.5f;
	else if (c->parts[np - 1] - c->parts[0] >= np)
		pts += 0.5f;
	english_points(sc, c->parts, np, c->level, &pts, &pc);
	lexicon_points(sc, i, j, first, last, np, pc.anyup, c->level, &pts);
	if (first->cls == COG_W_MONTH || first->cls == COG_W_WEEKDAY)
		pts -= (np > 1 && SURN(last)) || c->level == 2 ||
		    (first->cls == COG_W_MONTH && ((c->cpos >= 2.5f &&
		    c->cneg == 0) || vocative(sc, i, j))) ? 1.0f : 4.0f;
	if (is_cased(sc)) {
		if (pc.anylow && !c->strong)
			pts -= 2.0f;
		else if (pc.allcap && pc.anyup)
			pts += scan_sent_start(sc, c->parts[0]) ? 0.3f : 1.5f;
	}
	if ((last->f & T_POSS) && pc.anyup)
		pts += 0.4f;
	/* The whole value: a name field of a record. */
	if ((sc->w[i].gap & G_START) && scan_last_word(sc, j)) {
		pts += 2.5f;
		if (is_cased(sc) && pc.allcap)
			pts += 0.7f;
	}
	return pts + c->cpos - c->cneg;
}

static void
feat(struct person_x *x, unsigned f, float v)
{
	if (x->n < PERSON_MAXF) {
		x->f[x->n] = (unsigned short)f;
		x->v[x->n++] = v;
	}
}

/* A hashed feature of block b: the bytes at s (n of them), folded. */
static void
hashed(struct person_x *x, unsigned b, const char *s, size_t n)
{
	uint32_t h = 2166136261u ^ b;
	size_t k;

	for (k = 0; k < n; k++)
		h = (h ^ fold1((unsigned char)s[k])) * 16777619u;
	feat(x, PF_NAMED + b * PERSON_HASHED + (h >> 7) % PERSON_HASHED, 1);
}

/* The lexicon features of a part, from base (PF_F_GIVEN1 or PF_L_GIVEN1). */
static void
lexicon_feats(struct person_x *x, const struct tok *t, unsigned given,
    unsigned surn, unsigned eng, unsigned noun, unsigned none)
{
	if (GIVEN(t))
		feat(x, given + GIVEN(t) - 1, 1);
	if (SURN(t))
		feat(x, surn + SURN(t) - 1, 1);
	if (ENG(t))
		feat(x, eng + ENG(t) - 1, 1);
	if (t->lex & COG_LEX_NOUN_DE)
		feat(x, noun, 1);
	if (!NAMEISH(t) && !WORDLY(t))
		feat(x, none, 1);
}

/* The features of a candidate (see person.h). */
static void
features(struct scan *sc, const struct cand *c, struct person_x *x)
{
	static const unsigned short gaps[][2] = {
		{ G_START, PF_GAP_START }, { G_COMMA, PF_GAP_COMMA },
		{ G_DOT, PF_GAP_DOT }, { G_EXCL, PF_GAP_EXCL },
		{ G_NL, PF_GAP_NL }, { G_COLON, PF_GAP_COLON },
		{ G_OTHER, PF_GAP_OTHER }
	};
	const struct tok *first = c->first, *last = c->last, *u;
	size_t k, np = c->np;
	unsigned g = sc->w[c->i].gap, cnt[4][8] = { { 0 } }, nouns[3] = { 0 };
	int anyup = 0, allcap = 1, anylow = 0, whole;
	struct tok *nx;

	x->n = 0;
	feat(x, PF_BIAS, 1);
	if (c->code != CB_NONE)
		feat(x, PF_CB_TITLE + (unsigned)c->code - CB_TITLE, 1);
	for (k = 0; k < 5; k++)
		if (c->after & (1u << k))
			feat(x, PF_CA_HERE + k, 1);
	if (c->code < CB_TITLE || c->code > CB_CALL_ME ? c->strong : 0)
		feat(x, PF_GREETED, 1);
	if (c->level)
		feat(x, c->level == 2 ? PF_LEVEL2 : PF_LEVEL1, 1);
	if (np > 1)
		feat(x, PF_NP2 + (unsigned)np - 2, 1);
	if (c->parts[0] > c->i)
		feat(x, PF_INIT_BEFORE, 1);
	else if (c->parts[np - 1] - c->parts[0] >= np)
		feat(x, PF_INIT_INSIDE, 1);
	for (k = 0; k < np; k++) {
		u = &sc->w[c->parts[k]];
		if (capital(sc, u))
			anyup = 1;
		else
			allcap = 0, anylow = 1;
		if (NAMEISH(u)) {
			if (ENG(u))
				cnt[3][ENG(u)]++;
		} else if (ENG(u))
			cnt[c->level][ENG(u)]++;
		else if (WORDLY(u))
			nouns[c->level]++;
		if ((u->f & T_UPPER) && toklen(u) > 1 && !all_upper(sc))
			feat(x, PF_UPPER_PART, 1);
	}
	for (k = 1; k < 8; k++) {
		if (cnt[0][k])
			feat(x, PF_ENG_L0_1 + k - 1, (float)cnt[0][k]);
		if (cnt[1][k])
			feat(x, PF_ENG_L1_1 + k - 1, (float)cnt[1][k]);
		if (cnt[2][k])
			feat(x, PF_ENG_L2_1 + k - 1, (float)cnt[2][k]);
		if (cnt[3][k])
			feat(x, PF_NAMEISH_ENG1 + k - 1, (float)cnt[3][k]);
	}
	for (k = 0; k < 3; k++)
		if (nouns[k])
			feat(x, PF_NOUN_L0 + k, (float)nouns[k]);
	if (!is_cased(sc))
		feat(x, PF_UNCASED, 1);
	else if (anylow)
		feat(x, PF_ANY_LOWER, 1);
	else if (allcap && anyup)
		feat(x, scan_sent_start(sc, c->parts[0]) ? PF_ALL_CAPITAL_SENT :
		    PF_ALL_CAPITAL, 1);
	if (all_upper(sc))
		feat(x, PF_ALL_UPPER_TEXT, 1);
	if ((last->f & T_POSS) && anyup)
		feat(x, PF_POSS, 1);
	whole = (g & G_START) && scan_last_word(sc, c->j);
	if (whole)
		feat(x, allcap && is_cased(sc) ? PF_WHOLE_CAPITAL : PF_WHOLE, 1);
	if (first->f & T_HIGH)
		feat(x, PF_HIGH, 1);
	if (first->f & T_HYPH)
		feat(x, PF_HYPHEN, 1);
	if (first->f & T_APOS)
		feat(x, PF_APOS, 1);
	if (toklen(first) <= 3)
		feat(x, PF_SHORT, 1);
	lexicon_feats(x, first, PF_F_GIVEN1, PF_F_SURN1, PF_F_ENG1,
	    PF_F_NOUN_DE, PF_F_NONE);
	if (first->lex & COG_LEX_PLACE)
		feat(x, np == 1 && whole ? PF_F_PLACE_WHOLE : PF_F_PLACE, 1);
	if (first->lex & COG_LEX_INTL)
		feat(x, PF_F_INTL, 1);
	if (first->lex & COG_LEX_WORD_ELSE)
		feat(x, PF_F_WORD_ELSE, 1);
	if (first->cls == COG_W_MONTH) {
		feat(x, PF_F_MONTH, 1);
		/* "in April here" is a time; "Thanks, April" a name. */
		if (c->code == CB_IN || c->code == CB_FOR)
			feat(x, PF_F_MONTH_IN, 1);
		else if (c->level >= 1)
			feat(x, PF_F_MONTH_CUED, 1);
	}
	else if (first->cls == COG_W_WEEKDAY)
		feat(x, PF_F_WEEKDAY, 1);
	else if (first->cls == COG_W_PARTICLE)
		feat(x, PF_F_PARTICLE, 1);
	else if (first->cls == COG_W_STOP)
		feat(x, PF_F_STOP, 1);
	if (np > 1) {
		lexicon_feats(x, last, PF_L_GIVEN1, PF_L_SURN1, PF_L_ENG1,
		    PF_L_NOUN_DE, PF_L_NONE);
		if (last->lex & COG_LEX_PLACE)
			feat(x, PF_L_PLACE, 1);
		if (last->lex & COG_LEX_INTL)
			feat(x, PF_L_INTL, 1);
		if (GIVEN(first) && (SURN(last) || !WORDLY(last)))
			feat(x, PF_GIVEN_SURN, 1);
	}
	for (k = 0; k < sizeof(gaps) / sizeof(gaps[0]); k++)
		if (g & gaps[k][0])
			feat(x, gaps[k][1], 1);
	if (scan_sent_start(sc, c->i))
		feat(x, PF_SENT_START, 1);
	if (c->i > 0 && !(g & G_SKIP)) {
		u = &sc->w[c->i - 1];
		if (u->f & (T_NUM | T_ALNUM))
			feat(x, PF_PREV_NUM, 1);
		else
			feat(x, PF_PREV + ctx_class(sc, &sc->w[c->i - 1]), 1);
	}
	nx = tok(sc, c->j + 1);
	if (nx == NULL || scan_last_word(sc, c->j))
		feat(x, PF_NEXT_END, 1);
	else if (nx->f & (T_NUM | T_ALNUM))
		feat(x, PF_NEXT_NUM, 1);
	else if (!(nx->gap & G_SKIP))
		feat(x, PF_NEXT + ctx_class(sc, nx), 1);
	hashed(x, PH_PREFIX, sc->s + first->st, toklen(first) < 3 ?
	    toklen(first) : 3);
	k = toklen(first) < 3 ? toklen(first) : 3;
	hashed(x, PH_SUFFIX_FIRST, sc->s + first->en - k, k);
	k = toklen(last) < 3 ? toklen(last) : 3;
	hashed(x, PH_SUFFIX3, sc->s + last->en - k, k);
	k = toklen(last) < 4 ? toklen(last) : 4;
	hashed(x, PH_SUFFIX4, sc->s + last->en - k, k);
}

/* The learned points of the features x. */
static float
learned_points(const struct person_x *x)
{
	float sum = SCORE_MID;
	unsigned k;

	for (k = 0; k < x->n; k++)
		sum += person_weights[x->f[k]] * x->v[k];
	return sum;
}

void (*person_trace)(struct scan *sc, size_t i, size_t j,
    const struct person_x *x, float hand, float learned);

/*
 * Is token i a capitalised word in no list that begins a sentence, before
 * a common given name ("Dodaję Anna Nowak", "Laut Jürgen Weber")?  It is
 * a word of the sentence, and the name begins after it.
 */
static int
foreign_start(struct scan *sc, size_t i, int level)
{
	struct tok *t = &sc->w[i], *u = tok(sc, i + 1);

	if (level >= 1 || (t->lex & COG_LEX_FOUND) || u == NULL ||
	    !plain(u->gap) || !capital(sc, u) || !scan_sent_start(sc, i))
		return 0;
	look(sc, u);
	/* "No: Cogbot Jones": a surname first is the end of a name. */
	return GIVEN(u) >= 3 && GIVEN(u) >= SURN(u) && u->cls == COG_W_NONE;
}

/* Find the candidate at token i in *c; 0 when token i starts none. */
static int
candidate(struct scan *sc, size_t i, struct cand *c)
{
	struct tok *t = &sc->w[i];
	int lower_ok;

	if (refused(sc, i, t))
		return 0;
	c->i = i;
	/* Context first: it lets a lower-case word start a name. */
	c->level = context_level(sc, i, &c->strong, &c->cpos, &c->cneg,
	    &c->code);
	lower_ok = !is_cased(sc) || c->level >= 1;
	if (!lower_ok && (t->f & T_LOWER))
		return 0;
	if ((c->parts[0] = first_part(sc, i, lower_ok, c->level)) ==
	    (size_t)-1 || foreign_start(sc, i, c->level))
		return 0;
	c->np = more_parts(sc, c->parts, c->level, &c->j);
	c->first = &sc->w[c->parts[0]];
	c->last = &sc->w[c->parts[c->np - 1]];
	c->after = after_flags(sc, i, c->j);
	after_points(c->after, &c->cpos, &c->cneg);
	return 1;
}

/*
 * The points of the candidate c, by the scorer built in; traced (see
 * person_trace), the hand-set ones.
 */
static float
points(struct scan *sc, const struct cand *c)
{
	struct person_x x;
	float pts;

	if (person_trace != NULL) {
		features(sc, c, &x);
		pts = hand_points(sc, c);
		person_trace(sc, c->i, c->j, &x, pts, learned_points(&x));
		return pts;
	}
#ifdef COG_PERSON_LEARNED
	features(sc, c, &x);
	return learned_points(&x);
#else
	return hand_points(sc, c);
#endif
}

float
person_eval(struct scan *sc, size_t i, size_t *jp)
{
	struct cand c;

	if (!candidate(sc, i, &c))
		return NO_NAME;
	*jp = c.j;
	return points(sc, &c);
}

size_t
person_at(struct scan *sc, size_t i)
{
	struct cand c;
	float pts;

	if (!candidate(sc, i, &c))
		return i;
	pts = points(sc, &c);
	if (pts < SCORE_MID)
		return i;
	scan_emit(sc, i, c.j, COG_PERSON, score(pts));
	sc->last_person = c.j + 1;
	return c.j + 1;
}
