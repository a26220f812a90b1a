/* lexicon.h -- the names lexicon: given names, surnames, places and words */
#ifndef COG_LEXICON_H
#define COG_LEXICON_H

#include <stddef.h>
#include <stdint.h>

/*
 * What the lexicon knows of a word, packed in 32 bits.  The table is
 * generated at build time from data/gazetteer/ by data/gen-lexicon.py.
 */
#define COG_LEX_GIVEN(x)	((x) & 7u)		/* 0, or 1 rare .. 7 */
#define COG_LEX_SURNAME(x)	(((x) >> 3) & 7u)	/* the same */
#define COG_LEX_ENGLISH(x)	(((x) >> 6) & 7u)	/* see below */
#define COG_LEX_COUNTRY		(1u << 9)
#define COG_LEX_STATE		(1u << 10)	/* US state, CA province */
#define COG_LEX_REGION		(1u << 11)	/* other states, counties */
#define COG_LEX_CITY		(1u << 12)
#define COG_LEX_STATE_AB	(1u << 13)	/* postal code: CA, NY */
#define COG_LEX_COUNTRY_AB	(1u << 14)	/* USA, UK: capitals only */
#define COG_LEX_PREFIX		(1u << 15)	/* begins a longer entry */
#define COG_LEX_ST_SUFFIX	(1u << 16)	/* Street, Ave, Rd */
#define COG_LEX_ST_PREFIX	(1u << 17)	/* rue, Via, Calle */
#define COG_LEX_BOX		(1u << 18)	/* begins a PO-box form */
#define COG_LEX_UNIT		(1u << 19)	/* Apt, Suite, Flat */
#define COG_LEX_DIR		(1u << 20)	/* N, North, SW */
#define COG_LEX_INTL		(1u << 21)	/* from the international lists */
#define COG_LEX_UNIT_AFTER	(1u << 22)	/* 3. Stock, 12 bis, links */
#define COG_LEX_FOUND		(1u << 23)	/* the word is in the table */
#define COG_LEX_CLASS(x)	(((x) >> 24) & 31u)	/* enum cog_lex_class */
#define COG_LEX_AREA		(1u << 29)	/* Colonia, Bairro */
#define COG_LEX_WORD_ELSE	(1u << 30)	/* a place's name that is an
						   ordinary word of another
						   language: Essen, Como */
#define COG_LEX_NOUN_DE		(1u << 31)	/* an ordinary German noun:
						   Termin, Hilfe (nouns-de.tsv) */

#define COG_LEX_PLACE	(COG_LEX_COUNTRY | COG_LEX_STATE | COG_LEX_REGION | \
    COG_LEX_CITY)

/*
 * COG_LEX_ENGLISH: 0 for a word that is not in the English word list,
 * else its commonness by SCOWL level: 1 = level 10 (the commonest
 * words: "will", "may", "long"), 2 = 20 ("bell"), 3 = 35, 4 = 40,
 * 5 = 50 (rare words).
 */

/* Classes of the words with a role (data/words/cues.txt). */
enum cog_lex_class {
	COG_W_NONE,
	COG_W_STOP,		/* function and chat words: never a name */
	COG_W_TITLE,		/* mr, dr, frau */
	COG_W_MONTH,
	COG_W_WEEKDAY,
	COG_W_NAME,		/* "name" */
	COG_W_IS,		/* is, was */
	COG_W_AM,
	COG_W_I,
	COG_W_IM,		/* i'm */
	COG_W_MY,
	COG_W_CALL,
	COG_W_ME,
	COG_W_THIS,		/* this, it('s) */
	COG_W_GREET,		/* hi, hello, dear */
	COG_W_THANKS,
	COG_W_BYE,		/* regards, cheers */
	COG_W_SPEAK,		/* speaking, talk, ask */
	COG_W_WITH,
	COG_W_FOR,
	COG_W_REL,		/* wife, neighbour, colleague */
	COG_W_HERE,
	COG_W_FROM,
	COG_W_NAMED,		/* named, called */
	COG_W_AND,
	COG_W_DET,		/* the, a, our */
	COG_W_IN,		/* in, at, near, to */
	COG_W_LIVE,		/* lives, moved, ship */
	COG_W_ORG,		/* inc, bank, hospital */
	COG_W_COMPANY,		/* brands */
	COG_W_SUFFIX,		/* jr, iii */
	COG_W_PARTICLE,		/* van, de, al */
	COG_W_NCLASS
};

/* The longest folded key looked up; longer words are in no list. */
#define COG_LEX_MAXKEY 64

/*
 * Fold the UTF-8 word at s (n bytes) for lookup: ASCII and Latin letters
 * lower-cased and stripped of diacritics ("Søren" -> "soren", "Straße" ->
 * "strasse"), Greek and Cyrillic lower-cased, apostrophes and periods
 * dropped, anything else kept.  Write at most cap bytes to out and
 * return the length, or cap + 1 when the folded word does not fit.
 */
size_t cog_lex_fold(const char *s, size_t n, char *out, size_t cap);

/* The entry of a folded key, or 0 when the key is in no list. */
uint32_t cog_lex_get(const char *key, size_t n);

/* The entry of the word at s as written: cog_lex_fold(), then cog_lex_get(). */
uint32_t cog_lex_word(const char *s, size_t n);

/*
 * The same for a word of ASCII letters only, with room bytes readable
 * at s (room >= n): faster, as nothing needs folding but the case.
 */
uint32_t cog_lex_letters(const char *s, size_t n, size_t room);

/*
 * Case of the code point cp: 1 upper, -1 lower, 0 neither (not a letter
 * of a cased script, or unknown).
 */
int cog_lex_case(uint32_t cp);

/* Is cp a letter the name scanner takes as part of a word? */
int cog_lex_letter(uint32_t cp);

/*
 * Does the folded word end like a one-word street name ("hauptstrasse",
 * "kalverstraat") with at least three letters before the ending?
 */
int cog_lex_compound_street(const char *key, size_t n);

/* The tables data/gen-lexicon.py generates, for lexicon.c. */
struct cog_lex_fold {
	char s[4];		/* ASCII fold, NUL-terminated */
	unsigned char f;	/* 1 letter, 2 upper, 4 lower */
};
extern const unsigned cog_lex_bits;
extern const uint32_t cog_lex_slots[];	/* 21-bit fingerprint, 11-bit index */
extern const uint32_t cog_lex_infos[];	/* the distinct entries */
extern const struct cog_lex_fold cog_lex_latin[], cog_lex_latin_ext[];
struct cog_lex_ending {
	const char *s;
	unsigned char n;
};
extern const struct cog_lex_ending cog_lex_compound[];
extern const unsigned short cog_lex_compound_at[257];

/*
 * The forms of PO boxes and military addresses (data/places/address/
 * po-boxes.tsv), folded, one word a space apart: '#' stands for a
 * number, '@' a letter, '*' a name ("po box #", "psc # box #", "uss *
 * fpo ap"); the first word of each has COG_LEX_BOX.
 */
extern const char *const cog_lex_boxforms[];

/*
 * The context and stop words of at most 12 bytes, in a table small enough
 * for the first-level cache: cog_lex_word() finds them here.
 * Slot (k0 * 0x9e3779b97f4a7c15 ^ k1 * 0xc2b2ae3d27d4eb4f ^ len) >>
 * (64 - cog_lex_small_bits), then the next ones, where k0 and k1 are the
 * word's lower-case bytes as two little-endian 64-bit words.
 */
struct cog_lex_small {
	uint64_t k0;		/* the word's bytes 0 to 7, 0 when free */
	uint32_t k1;		/* bytes 8 to 11 */
	uint32_t info;
};
extern const unsigned cog_lex_small_bits;
extern const struct cog_lex_small cog_lex_small_tab[];

/*
 * Bloom filters of the lower-case ASCII words that may have a context
 * class or be a particle (not stop, month, weekday, org, company or
 * suffix), and of the triggers among them: the words after which a
 * lower-case word of cased text may be a name or a place (titles,
 * "name", "is", "i'm", "me", greetings, thanks, sign-offs, relations,
 * "lives"), and of "and", "in" and "from", whose context reaches one
 * word only.  A word is in a filter when both bits of
 * cog_lex_filter_bits() are set.
 */
#define COG_LEX_FILTER_BITS 14
extern const unsigned char cog_lex_cuefilter[], cog_lex_trigger[],
    cog_lex_near[];

/* The two filter bits of a word of n bytes whose first bytes are k0. */
static inline void
cog_lex_filter_bits(uint64_t k0, size_t n, unsigned *a, unsigned *b)
{
	uint64_t h = (k0 * 0x9e3779b97f4a7c15ULL) ^
	    ((uint64_t)n * 0xc2b2ae3d27d4eb4fULL);

	*a = (unsigned)(h >> (64 - COG_LEX_FILTER_BITS));
	*b = (unsigned)(h >> 20) & ((1u << COG_LEX_FILTER_BITS) - 1);
}

#endif
