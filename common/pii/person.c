/* person.c -- PERSON: name parts, their context, their points */
#include <stddef.h>

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
 * Evidence for a name from the words before token i: *pos for it, *neg
 * against it.  *strong is set for a title, "my name is" and "call me".
 */
static void
context_before(struct scan *sc, size_t i, int *strong, float *pos,
    float *neg)
{
	struct tok *p1 = i >= 1 ? &sc->w[i - 1] : NULL;
	struct tok *p2 = i >= 2 ? &sc->w[i - 2] : NULL;
	unsigned g1 = sc->w[i].gap, g2 = p1 ? p1->gap : 0;
	unsigned c1 = ctx_class(sc, p1), c2;

	*strong = 0;
	*pos = *neg = 0;
	if (c1 == COG_W_NONE || (g1 & G_SKIP))
		return;
	c2 = (g2 & G_SKIP) ? COG_W_NONE : ctx_class(sc, p2);
	if (c1 == COG_W_TITLE && (plain(g1) ||
	    ((p1->f & T_DOTTED) && !(g1 & ~(unsigned)(G_DOT | G_SPACE)))))
		*pos = 4.0f, *strong = 1;
	else if (c1 == COG_W_IS && c2 == COG_W_NAME && plain(g1) && plain(g2))
		*pos = 4.0f, *strong = 1;
	else if (c1 == COG_W_NAME && ((g1 & G_COLON) ||
	    ((p1->f & T_POSS) && plain(g1))))
		*pos = 4.0f, *strong = 1;
	else if (c1 == COG_W_ME && c2 == COG_W_CALL && plain(g1) && plain(g2))
		*pos = 4.0f, *strong = 1;
	else if (c1 == COG_W_NAMED && plain(g1))
		*pos = 3.0f;
	else if ((c1 == COG_W_IM && plain(g1)) ||
	    (c1 == COG_W_AM && c2 == COG_W_I && plain(g1)))
		*pos = 2.5f;
	else if (c1 == COG_W_IS && c2 == COG_W_THIS && plain(g1))
		*pos = 2.5f;
	else if (c1 == COG_W_THIS && (p1->f & T_POSS) && plain(g1))
		*pos = 2.0f;
	else if ((c1 == COG_W_GREET || c1 == COG_W_THANKS) && soft(g1))
		*pos = 2.5f;
	else if (scan_is_word(sc, p1, "you") && c2 == COG_W_THANKS && soft(g1))
		*pos = 2.5f;
	else if (c1 == COG_W_BYE && (soft(g1) || (g1 & G_NL)))
		*pos = 2.5f;
	else if (c1 == COG_W_SPEAK && plain(g1))
		*pos = 2.5f;
	else if ((c1 == COG_W_WITH || c1 == COG_W_FOR ||
	    (c1 == COG_W_IN && scan_is_word(sc, p1, "to"))) &&
	    c2 == COG_W_SPEAK && plain(g1))
		*pos = 2.5f;
	else if (c1 == COG_W_REL && soft(g1))
		*pos = 2.5f;
	else if (c1 == COG_W_AND && sc->last_person == i - 1 && plain(g1))
		*pos = 2.0f;
	else if (c1 == COG_W_IN && person_sent_to(sc, i) &&
	    (look(sc, &sc->w[i]), GIVEN(&sc->w[i])) &&
	    !(sc->w[i].lex & COG_LEX_PLACE))
		*pos = 2.5f;
	else if (c1 == COG_W_WITH && plain(g1))
		*pos = 1.2f;
	else if (c1 == COG_W_FOR && plain(g1))
		*pos = 0.5f;
	else if ((c1 == COG_W_DET || c1 == COG_W_MY) && plain(g1))
		*neg = 4.0f;
	else if (c1 == COG_W_IN && plain(g1))
		*neg = 1.0f;
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

/* Add the evidence of the words after a name from token i to token j. */
static void
context_after(struct scan *sc, size_t i, size_t j, float *pos, float *neg)
{
	struct tok *nx = tok(sc, j + 1);
	unsigned ga = scan_gap_after(sc, j);

	if (nx != NULL && plain(ga)) {
		unsigned cn = ctx_class(sc, nx);

		if ((cn == COG_W_HERE || (cn == COG_W_SPEAK &&
		    scan_is_word(sc, nx, "speaking"))) && *pos < 2.5f)
			*pos = 2.5f;
		else if (cn == COG_W_ORG || cn == COG_W_COMPANY)
			*neg += 3.0f;
		else if (nx->f & (T_NUM | T_ALNUM))
			*neg += 2.5f;
		else if (cn == COG_W_FROM && *pos < 1.0f)
			*pos = 1.0f;
	}
	/* A vocative: "Thanks for your patience, Maria." */
	if (vocative(sc, i, j) && *pos < 1.0f)
		*pos = 1.0f;
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
	if (t->cls == COG_W_MONTH || t->cls == COG_W_PARTICLE)
		return NAMEISH(t) && (level >= 1 || whole);
	/* "Hi Bill," (see person_greeted()). */
	return t->cls == COG_W_STOP && GIVEN(t) && level >= 2 &&
	    capital(sc, t);
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
    float *cneg)
{
	struct tok *t = &sc->w[i];
	int level;

	context_before(sc, i, strong, cpos, cneg);
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
	size_t np = 1, j = parts[0], k;

	for (k = j + 1; np < 4; k++) {
		u = tok(sc, k);
		if (u == NULL)
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
		if (ctx_class(sc, u) == COG_W_PARTICLE && tok(sc, k + 1) &&
		    plain(sc->w[k + 1].gap) &&
		    person_name_part(sc, &sc->w[k + 1], NULL, level)) {
			j = k;
			continue;
		}
		if (u->cls == COG_W_SUFFIX && (u->f & T_LOOKED)) {
			j = k;
			break;
		}
		if (!person_name_part(sc, u, &sc->w[parts[np - 1]], level))
			break;
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
}

float
person_eval(struct scan *sc, size_t i, size_t *jp)
{
	struct tok *t = &sc->w[i], *first, *last;
	struct parts_case pc;
	size_t parts[6], np, j;
	float pts = 0, ctx, cpos, cneg;
	int strong, lower_ok, level;

	if (refused(sc, i, t))
		return NO_NAME;
	/* Context first: it lets a lower-case word start a name. */
	level = context_level(sc, i, &strong, &cpos, &cneg);
	lower_ok = !is_cased(sc) || level >= 1;
	if (!lower_ok && (t->f & T_LOWER))
		return NO_NAME;
	if ((parts[0] = first_part(sc, i, lower_ok, level)) == (size_t)-1)
		return NO_NAME;
	np = more_parts(sc, parts, level, &j);
	first = &sc->w[parts[0]];
	last = &sc->w[parts[np - 1]];
	/* Initials before or inside: "J. Smith", "Richard M. Nixon". */
	if (parts[0] > i)
		pts += 1.5f;
	else if (parts[np - 1] - parts[0] >= np)
		pts += 0.5f;
	context_after(sc, i, j, &cpos, &cneg);
	ctx = cpos - cneg;
	english_points(sc, parts, np, level, &pts, &pc);
	lexicon_points(sc, i, j, first, last, np, pc.anyup, level, &pts);
	if (first->cls == COG_W_MONTH || first->cls == COG_W_WEEKDAY)
		pts -= (np > 1 && SURN(last)) || level == 2 ||
		    (first->cls == COG_W_MONTH && ((cpos >= 2.5f && cneg == 0) ||
		    vocative(sc, i, j))) ? 1.0f : 4.0f;
	if (is_cased(sc)) {
		if (pc.anylow && !strong)
			pts -= 2.0f;
		else if (pc.allcap && pc.anyup)
			pts += scan_sent_start(sc, parts[0]) ? 0.3f : 1.5f;
	}
	if ((last->f & T_POSS) && pc.anyup)
		pts += 0.4f;
	/* The whole value: a name field of a record. */
	if ((sc->w[i].gap & G_START) && scan_last_word(sc, j)) {
		pts += 2.5f;
		if (is_cased(sc) && pc.allcap)
			pts += 0.7f;
	}
	*jp = j;
	return pts + ctx;
}

size_t
person_at(struct scan *sc, size_t i)
{
	size_t j;
	float pts = person_eval(sc, i, &j);

	if (pts < SCORE_MID)
		return i;
	scan_emit(sc, i, j, COG_PERSON, score(pts));
	sc->last_person = j + 1;
	return j + 1;
}
