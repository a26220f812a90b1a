/*
 * learned.c -- unit tests of the learned PERSON scorer (person.h), which
 * the default build compiles but does not score with: every candidate the
 * names scan weighs is traced with both scorers' points, so the table of
 * weights and the features are checked on clear names and clear
 * non-names as the -DCOG_PERSON_LEARNED build would use them.
 */
#include <stdlib.h>
#include <string.h>

#include "pii/names.h"
#include "pii/person.h"
#include "pii/words.h"
#include "tap.h"

/* The candidate of the case at hand that covers its name, if any. */
static size_t want_st, want_en;
static int seen;
static float hand_pts, learned_pts;

static void
trace(struct scan *sc, size_t i, size_t j, const struct person_x *x,
    float hand, float learned)
{
	(void)x;
	if (sc->w[i].st > want_st || sc->w[j].en < want_en)
		return;
	/* The first candidate that covers the name is the one weighed. */
	if (!seen) {
		seen = 1;
		hand_pts = hand;
		learned_pts = learned;
	}
}

/* Trace text and keep the points of the candidate covering name. */
static void
weigh(const char *text, const char *name)
{
	struct cog_spans sp = { 0 };
	const char *at = strstr(text, name);

	want_st = at ? (size_t)(at - text) : 0;
	want_en = want_st + strlen(name);
	seen = 0;
	hand_pts = learned_pts = NO_NAME;
	cog_names_detect(text, strlen(text), COG_NAMES_TYPES, &sp);
	cog_spans_release(&sp);
}

static const struct {
	const char *text, *name;
} names[] = {
	{ "Hello, my name is Katarzyna Wiśniewska and I need help.",
	    "Katarzyna Wiśniewska" },
	{ "Hi, this is Jonas Lindqvist speaking.", "Jonas Lindqvist" },
	{ "Thanks for your help.\nBest regards,\nMarta Oliveira",
	    "Marta Oliveira" },
	{ "Guten Tag, ich heiße Lukas Brandt.", "Lukas Brandt" },
	{ "Bonjour, je m'appelle Camille Durand.", "Camille Durand" },
	{ "Me llamo Javier Morales y tengo una pregunta.",
	    "Javier Morales" },
};

static const struct {
	const char *text, *word;
} others[] = {
	{ "I can come back on Monday morning.", "Monday" },
	{ "Reading the manual did not help.", "Reading" },
	{ "The Invoice arrived twice this month.", "Invoice" },
	{ "Ich habe eine Frage zur Rechnung.", "Rechnung" },
	{ "Thank you very much for the quick answer.", "Thank" },
	{ "Will you send the parcel today?", "Will" },
	{ "Hope you are doing well.", "Hope" },
	{ "Mark the box as fragile, please.", "Mark" },
	{ "The Grand Hotel was fully booked.", "Grand Hotel" },
	{ "We use Microsoft Teams for calls.", "Microsoft Teams" },
};

int
main(void)
{
	size_t k, nonzero = 0;

	for (k = 0; k < PERSON_NWEIGHTS; k++)
		nonzero += person_weights[k] != 0.0f;
	ok(nonzero > PF_NAMED / 2, "the weights table is filled "
	    "(%zu of %d weights set)", nonzero, PERSON_NWEIGHTS);
	ok(person_weights[0] != 0.0f, "the bias has a weight");

	person_trace = trace;
	for (k = 0; k < sizeof names / sizeof names[0]; k++) {
		weigh(names[k].text, names[k].name);
		ok(seen, "'%s' is a candidate", names[k].name);
		ok(learned_pts >= SCORE_MID, "learned: '%s' is a name "
		    "(%.2f points)", names[k].name, learned_pts);
		ok(hand_pts >= SCORE_MID, "hand-set: '%s' is a name "
		    "(%.2f points)", names[k].name, hand_pts);
	}
	for (k = 0; k < sizeof others / sizeof others[0]; k++) {
		weigh(others[k].text, others[k].word);
		ok(!seen || learned_pts < SCORE_MID, "learned: '%s' is no "
		    "name (%.2f points)", others[k].word,
		    seen ? learned_pts : NO_NAME);
		ok(!seen || hand_pts < SCORE_MID, "hand-set: '%s' is no "
		    "name (%.2f points)", others[k].word,
		    seen ? hand_pts : NO_NAME);
	}
	person_trace = NULL;
	return tap_done();
}
