/* words.h -- the word scan under the names recognizers: tokens, a window */
#ifndef COG_WORDS_H
#define COG_WORDS_H

/*
 * The text is cut into tokens (words, numbers, words with digits) with a
 * byte-class table; a run glued to '@', '/', '_' and the like (e-mail
 * addresses, URLs, ids) is skipped whole.  Tokens are read on demand into
 * a window (tok()) that the caller slides; each knows its shape (T_*),
 * what separates it from the token before (G_*), and, once looked up
 * (look()), its lexicon entry and class.  A plain lower-case word of a
 * cased text is skipped unless it may be context (the cue filter says
 * "name", "in", "hi" may be) or follows one that makes it a candidate.
 *
 * The recognizers over words (person.h, place.h, address.h) read the
 * window of one struct scan and report through scan_emit().  Nothing is
 * allocated; a struct scan lives on the stack of one call.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pii/lexicon.h"
#include "pii/spans.h"
#include "pii/types.h"

/* Byte classes (scan_bc[]). */
enum {
	B_OTHER, B_SPACE, B_NL, B_LOW, B_UP, B_DIG, B_HIGH, B_APOS, B_HYPH,
	B_DOT, B_COMMA, B_EXCL, B_COLON, B_GLUE, B_HASH
};

extern const unsigned char scan_bc[256];

/* Token kinds and shape. */
enum {
	T_WORD = 1 << 0,	/* letters, with inner ' and - */
	T_NUM = 1 << 1,		/* digits only */
	T_ALNUM = 1 << 2,	/* letters and digits: 5th, NW1, X200 */
	T_CAP = 1 << 3,		/* first letter upper, some lower after */
	T_UPPER = 1 << 4,	/* every letter upper (one letter: initial) */
	T_LOWER = 1 << 5,	/* every letter lower */
	T_MIXED = 1 << 6,	/* upper after lower: SoundPro, iPhone */
	T_HIGH = 1 << 7,	/* letters beyond ASCII */
	T_POSS = 1 << 8,	/* a possessive 's was cut off */
	T_APOS = 1 << 9,	/* inner apostrophe: O'Brien, don't */
	T_HYPH = 1 << 10,	/* inner hyphen: Jean-Luc */
	T_DOTTED = 1 << 11,	/* directly followed by '.' */
	T_LOOKED = 1 << 12,	/* lex and cls are set */
	T_SENT = 1 << 13,	/* first of a sentence */
	T_USED = 1 << 14,	/* part of a reported span */
	T_CUE = 1 << 15,	/* lower-case ASCII word that may be context */
	T_TRIG = 1 << 16,	/* ... after which a lower-case word may count */
	T_NEAR = 1 << 17	/* ... the next word only */
};

/* What separates a token from the one before it. */
enum {
	G_START = 1 << 0,	/* nothing before: start of the text */
	G_SPACE = 1 << 1,
	G_COMMA = 1 << 2,	/* , or ; */
	G_DOT = 1 << 3,		/* . followed by a space */
	G_EXCL = 1 << 4,	/* ! or ? */
	G_NL = 1 << 5,
	G_COLON = 1 << 6,
	G_OTHER = 1 << 7,	/* quotes, brackets, dashes, emoji */
	G_HASH = 1 << 8,
	G_END = 1 << 9,		/* (gap after the last token) end of text */
	G_SKIP = 1 << 10	/* plain lower-case words were skipped */
};

struct tok {
	size_t st, en;		/* the word, without a possessive 's */
	size_t next;		/* where the scan goes on */
	unsigned f;		/* T_* */
	unsigned gap;		/* G_*: what is between this and the last */
	uint32_t lex;		/* lexicon entry, once T_LOOKED */
	unsigned cls;		/* its class */
	unsigned char c0, c1;	/* first two bytes, folded, for the filter */
};

#define WIN 40			/* tokens kept: behind, current, ahead */
#define BACK 6			/* tokens kept behind the current one */

struct scan {
	const char *s;
	size_t n, pos;
	int cased;		/* the text capitalises some word; -1 unknown */
	int upper;		/* the text has no lower-case ASCII letter */
	int eof;
	struct tok w[WIN];
	size_t nw;		/* tokens in w */
	cog_typeset types;
	struct cog_spans *out;
	size_t last_person;	/* index + 1 of the last person's end */
	int started;		/* a token was read */
	int keep;		/* plain lower-case words to keep as tokens */
	size_t tailat;		/* tail holds the text from here on ... */
	unsigned char tail[32];	/* ... padded with spaces, for masks16() */
};

/* Start a scan of the n bytes at s for the types, reporting to out. */
static inline void
scan_init(struct scan *sc, const char *s, size_t n, cog_typeset types,
    struct cog_spans *out)
{
	sc->s = s;
	sc->n = n;
	sc->pos = 0;
	sc->upper = 0;
	sc->cased = -1;
	sc->eof = 0;
	sc->nw = 0;
	sc->types = types;
	sc->out = out;
	sc->last_person = 0;
	sc->started = 0;
	sc->keep = 1;
	sc->tailat = n > 16 ? n - 16 : 0;
	memset(sc->tail, ' ', sizeof(sc->tail));
	memcpy(sc->tail, s + sc->tailat, n - sc->tailat);
}

/* Drop the tokens behind token *i but BACK; see scan_slide(). */
void scan_shift(struct scan *sc, size_t *i);

/*
 * Drop tokens behind the window once token *i is past its middle, keeping
 * BACK of them; *i and the indexes in sc follow.
 */
static inline void
scan_slide(struct scan *sc, size_t *i)
{
	if (*i >= WIN / 2)
		scan_shift(sc, i);
}

/* Does the text capitalise a word ("Hi", "Maria"), beyond "I"? */
int scan_has_capitals(const char *s, size_t n, int *upper);

/* Does the text capitalise words?  Worked out when first asked. */
static inline int
is_cased(struct scan *sc)
{
	if (sc->cased < 0)
		sc->cased = scan_has_capitals(sc->s, sc->n, &sc->upper);
	return sc->cased;
}

/* A text in capitals only. */
static inline int
all_upper(struct scan *sc)
{
	return !is_cased(sc) && sc->upper;
}

/* Read the next token into t; return 0 at the end of the text. */
int scan_next(struct scan *sc, struct tok *t);

/* The token at index k of the window, read as needed; NULL at the end. */
static inline struct tok *
tok(struct scan *sc, size_t k)
{
	while (k >= sc->nw) {
		if (sc->eof || sc->nw == WIN)
			return NULL;
		if (!scan_next(sc, &sc->w[sc->nw])) {
			sc->eof = 1;
			return NULL;
		}
		sc->nw++;
	}
	return &sc->w[k];
}

static inline size_t
toklen(const struct tok *t)
{
	return t->en - t->st;
}

/* The gap after token k: the next token's, or G_END. */
unsigned scan_gap_after(struct scan *sc, size_t k);

/* Only a space between. */
static inline int
plain(unsigned gap)
{
	return (gap & ~(unsigned)G_SPACE) == 0;
}

/* Only a space or a comma between. */
static inline int
soft(unsigned gap)
{
	return (gap & ~(unsigned)(G_SPACE | G_COMMA)) == 0;
}

/* Set t->lex and t->cls from the lexicon; look() calls it once a token. */
void scan_lookup(struct scan *sc, struct tok *t);

static inline void
look(struct scan *sc, struct tok *t)
{
	if (!(t->f & T_LOOKED))
		scan_lookup(sc, t);
}

/* The class of token t as context, looking it up only if it may have one. */
static inline unsigned
ctx_class(struct scan *sc, struct tok *t)
{
	if (t == NULL || !(t->f & T_WORD))
		return COG_W_NONE;
	if (!(t->f & T_LOOKED)) {
		if ((t->f & (T_LOWER | T_HIGH | T_APOS | T_HYPH | T_CUE)) ==
		    T_LOWER && is_cased(sc))
			return COG_W_NONE;
		scan_lookup(sc, t);
	}
	return t->cls;
}

/* Capitalised in the sense of a proper noun. */
static inline int
capital(struct scan *sc, const struct tok *t)
{
	if (t->f & T_CAP)
		return 1;
	/* Every letter upper: in an all-caps text, or one letter. */
	return (t->f & T_UPPER) && (all_upper(sc) || toklen(t) == 1);
}

/* What the lexicon says of a looked-up token. */
#define ENG(t)		COG_LEX_ENGLISH((t)->lex)
#define GIVEN(t)	COG_LEX_GIVEN((t)->lex)
#define SURN(t)		COG_LEX_SURNAME((t)->lex)
#define NAMEISH(t)	(GIVEN(t) || SURN(t))

/* Is the token the word w (lower-case ASCII)?  NULL is no word. */
int scan_is_word(const struct scan *sc, const struct tok *t, const char *w);

/*
 * Is token k the last word of the text, with only punctuation, space and
 * emoji after it (not a skipped URL or number)?
 */
int scan_last_word(struct scan *sc, size_t k);

/* Is token k the first of a sentence? */
int scan_sent_start(struct scan *sc, size_t k);

/* May token k go on an entry of several words (a single space before)? */
int scan_joins(struct scan *sc, size_t k);

/* Fold token t onto key at *kn (COG_LEX_MAXKEY); 0 when it does not fit. */
int scan_fold_onto(struct scan *sc, const struct tok *t, char *key,
    size_t *kn);

/* The ASCII letter c in lower case; other bytes as they are. */
static inline unsigned char
fold1(int c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) :
	    (unsigned char)c;
}

/*
 * Evidence is added up in points; SCORE_MID points are an even chance,
 * and score() makes points the span's score, 1 / (1 + e^(MID - points)).
 */
#define SCORE_MID 2.5f

static inline float
score(float points)
{
	return 1.0f / (1.0f + expf(SCORE_MID - points));
}

/* How much a word's commonness in English (ENG()) speaks against a name. */
extern const float scan_english_cost[8];

/*
 * Report tokens a to b as an entity of the type with score sc_ (nothing
 * under COG_MIN_SCORE), and mark them T_USED.
 */
void scan_emit(struct scan *sc, size_t a, size_t b, int type, float sc_);

#endif
