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
