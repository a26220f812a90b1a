/* person.h -- PERSON over the word scan: a chunk of name parts, scored */
#ifndef COG_PERSON_H
#define COG_PERSON_H

/*
 * A candidate is a chunk of up to four name parts (initials, particles
 * such as "van" and "de", hyphenated and apostrophe names) scored by
 * adding evidence in points (words.h):
 *
 *	the lexicon	given name and surname frequency classes, minus
 *			more the commoner the same word is in English
 *	the shape	capitalised in a text that has capitals (less at
 *			the start of a sentence), lower case there, ALLCAPS
 *	the context	a title, "my name is", "call me", "I'm", "this is",
 *			a greeting, a sign-off, a relation ("my wife"),
 *			"speaking with", "X here", a vocative ", X!", the
 *			whole value; against: a determiner ("the", "my"),
 *			a month, weekday or brand, a number or an
 *			organisation word after it
 *
 * A span is reported when the points reach SCORE_MID.
 */
#include <stddef.h>

#include "pii/words.h"

/* Context classes (before a word) that make a lower-case word a candidate. */
#define PERSON_CUES	((1u << COG_W_IS) | (1u << COG_W_NAME) | \
    (1u << COG_W_ME) | (1u << COG_W_NAMED) | (1u << COG_W_IM) | \
    (1u << COG_W_AM) | (1u << COG_W_THIS) | (1u << COG_W_GREET) | \
    (1u << COG_W_THANKS) | (1u << COG_W_BYE) | (1u << COG_W_SPEAK) | \
    (1u << COG_W_REL) | (1u << COG_W_TITLE) | (1u << COG_W_AND))

/* The points of what cannot be a name. */
#define NO_NAME (-100.0f)

/*
 * The learned scorer, the measured alternative to the hand-set points
 * above (build with -DCOG_PERSON_LEARNED, e.g. make CFLAGS='-O2 -g
 * -DCOG_PERSON_LEARNED'; README.md, "Accuracy", compares the two on
 * held-out text, where the hand-set points win): a logistic regression
 * over the features of a candidate, trained by data/train-person.py on
 * labelled text generated from the tune half of the lists, its weights
 * compiled in from data/person-weights.tsv by data/gen-person.py.  Its
 * points are SCORE_MID plus the weighted sum, so that score() is the
 * model's probability.  The candidates are the same for both scorers.
 * The named features, each 0 or 1 but for the counts marked so:
 */
#define PERSON_FEATURES \
	PX(BIAS) \
	/* the words before (one of them, as context_before() tells) */ \
	PX(CB_TITLE) PX(CB_NAME_IS) PX(CB_NAME_COLON) PX(CB_CALL_ME) \
	PX(CB_NAMED) PX(CB_IM) PX(CB_THIS_IS) PX(CB_THIS_POSS) PX(CB_GREET) \
	PX(CB_YOU_THANKS) PX(CB_BYE) PX(CB_SPEAK) PX(CB_WITH_SPEAK) \
	PX(CB_REL) PX(CB_AND) PX(CB_SENT_TO) PX(CB_WITH) PX(CB_FOR) \
	PX(CB_DET) PX(CB_IN) \
	/* the words after, a vocative, a greeting, the context's level */ \
	PX(CA_HERE) PX(CA_ORG) PX(CA_NUM) PX(CA_FROM) PX(CA_VOCATIVE) \
	PX(GREETED) PX(LEVEL1) PX(LEVEL2) \
	/* the parts: how many, initials, case */ \
	PX(NP2) PX(NP3) PX(NP4) PX(INIT_BEFORE) PX(INIT_INSIDE) \
	PX(ANY_LOWER) PX(ALL_CAPITAL) PX(ALL_CAPITAL_SENT) PX(UPPER_PART) \
	PX(UNCASED) PX(ALL_UPPER_TEXT) PX(POSS) PX(WHOLE) PX(WHOLE_CAPITAL) \
	PX(HIGH) PX(HYPHEN) PX(APOS) PX(SHORT) \
	/* the first part in the lexicon (F_GIVEN1 .. F_GIVEN7, ...) */ \
	PX7(F_GIVEN) PX7(F_SURN) PX7(F_ENG) PX(F_NOUN_DE) PX(F_NONE) \
	PX(F_PLACE) PX(F_PLACE_WHOLE) PX(F_INTL) PX(F_WORD_ELSE) \
	PX(F_MONTH) PX(F_WEEKDAY) PX(F_PARTICLE) PX(F_STOP) \
	PX(F_MONTH_IN) PX(F_MONTH_CUED) \
	/* the last part, when there are two or more */ \
	PX7(L_GIVEN) PX7(L_SURN) PX7(L_ENG) PX(L_NOUN_DE) PX(L_NONE) \
	PX(L_PLACE) PX(L_INTL) PX(GIVEN_SURN) \
	/* counts over the parts: English words by level and context */ \
	PX7(ENG_L0_) PX7(ENG_L1_) PX7(ENG_L2_) PX7(NAMEISH_ENG) \
	PX(NOUN_L0) PX(NOUN_L1) PX(NOUN_L2) \
	/* the gap before, the classes of the words around */ \
	PX(GAP_START) PX(GAP_COMMA) PX(GAP_DOT) PX(GAP_EXCL) PX(GAP_NL) \
	PX(GAP_COLON) PX(GAP_OTHER) PX(SENT_START) \
	PX32(PREV) PX(PREV_NUM) PX32(NEXT) PX(NEXT_NUM) PX(NEXT_END)

#define PX(n)	PF_##n,
#define PX7(n)	PF_##n##1, PF_##n##2, PF_##n##3, PF_##n##4, PF_##n##5, \
    PF_##n##6, PF_##n##7,
#define PX32(n)	PF_##n, PF_##n##_LAST = PF_##n + 31,
enum person_feature { PERSON_FEATURES PF_NAMED };
#undef PX
#undef PX7
#undef PX32

/*
 * Then blocks of PERSON_HASHED hashed features each: the first three
 * letters of the first part, its last three, the last three and four of
 * the last part (folded to lower case, as bytes).
 */
#define PERSON_HASHED	1024
enum { PH_PREFIX, PH_SUFFIX_FIRST, PH_SUFFIX3, PH_SUFFIX4, PH_NBLOCK };
#define PERSON_NWEIGHTS	(PF_NAMED + PH_NBLOCK * PERSON_HASHED)

/* The weights, generated (build/gen/person-table.c). */
extern const float person_weights[PERSON_NWEIGHTS];

/* The features of a candidate, for the weights or for training. */
#define PERSON_MAXF	64
struct person_x {
	unsigned short f[PERSON_MAXF];
	float v[PERSON_MAXF];
	unsigned n;
};

/*
 * Called, when set, with every candidate that is weighed: its
 * tokens, features, the hand-set and the learned points.  For the
 * training tool (data/person-dump.c), and the scan then follows the
 * hand-set points; NULL otherwise.
 */
extern void (*person_trace)(struct scan *sc, size_t i, size_t j,
    const struct person_x *x, float hand, float learned);

/*
 * Try a person name starting at token i: report it and return the index
 * after it, or return i when there is none.
 */
size_t person_at(struct scan *sc, size_t i);

/*
 * The points of a person name starting at token i, its last token in
 * *jp; NO_NAME when token i cannot start one.  Nothing is reported.
 */
float person_eval(struct scan *sc, size_t i, size_t *jp);

/*
 * The points of the context of a name from token i to token j: the words
 * before (*strong for a title, "my name is", "call me") and after.
 */
float person_context(struct scan *sc, size_t i, size_t j, int *strong);

/*
 * May token t go on a name that has begun (prev is its last part, or
 * NULL)?  level is the context: 0 none, 1 medium ("Hi", "I'm"), 2
 * strong ("my name is", a title), which lets common English words be
 * names.
 */
int person_name_part(struct scan *sc, struct tok *t, const struct tok *prev,
    int level);

/*
 * Is the capitalised word i greeted, as in "Hi Bill, ..." or "Thanks,
 * Bill!"?  It may then be a name that is also a common word.
 */
int person_greeted(struct scan *sc, size_t i);

/*
 * Is token i after "to" and a word of sending ("sent to", "forwarded it
 * to")?  A name is as likely there as a place.
 */
int person_sent_to(struct scan *sc, size_t i);

#endif
