/* names.c -- PERSON and LOCATION: names, places and street addresses */

/*
 * The text is cut into tokens (words, numbers, words with digits) with a
 * byte-class table; a run glued to '@', '/', '_' and the like (e-mail
 * addresses, URLs, ids) is skipped whole.  A word is looked up in the
 * lexicon only when it can matter: a capitalised word, any word of a
 * text with no capitalised word at all ("my name is maria lopez"), a
 * word that context makes a candidate, and a lower-case word that the
 * cue filter says may be a context word ("name", "in", "hi").  A
 * candidate becomes a chunk of up to four name parts (initials,
 * particles such as "van" and "de", hyphenated and apostrophe names),
 * which is scored by adding evidence:
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
 * and the sum s becomes the score 1 / (1 + e^(2.5 - s)).  Places are
 * scored the same way from the place lists, with "in", "lives in",
 * "moved to", "ship to" and a following state as context; street
 * addresses are a house number, street name words and a street suffix
 * (or a street word and a number, "Hauptstrasse 5", "Via Roma 5"),
 * extended over a unit, city, state and ZIP or postcode.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "base/utf8.h"
#include "pii/lexicon.h"
#include "pii/names.h"

/* Byte classes. */
enum {
	B_OTHER, B_SPACE, B_NL, B_LOW, B_UP, B_DIG, B_HIGH, B_APOS, B_HYPH,
	B_DOT, B_COMMA, B_EXCL, B_COLON, B_GLUE, B_HASH
};

static const unsigned char bc[256] = {
	['\t'] = B_SPACE, [' '] = B_SPACE, ['\n'] = B_NL, ['\r'] = B_NL,
	['\v'] = B_NL, ['\f'] = B_NL,
	['a'] = B_LOW, ['b'] = B_LOW, ['c'] = B_LOW, ['d'] = B_LOW,
	['e'] = B_LOW, ['f'] = B_LOW, ['g'] = B_LOW, ['h'] = B_LOW,
	['i'] = B_LOW, ['j'] = B_LOW, ['k'] = B_LOW, ['l'] = B_LOW,
	['m'] = B_LOW, ['n'] = B_LOW, ['o'] = B_LOW, ['p'] = B_LOW,
	['q'] = B_LOW, ['r'] = B_LOW, ['s'] = B_LOW, ['t'] = B_LOW,
	['u'] = B_LOW, ['v'] = B_LOW, ['w'] = B_LOW, ['x'] = B_LOW,
	['y'] = B_LOW, ['z'] = B_LOW,
	['A'] = B_UP, ['B'] = B_UP, ['C'] = B_UP, ['D'] = B_UP,
	['E'] = B_UP, ['F'] = B_UP, ['G'] = B_UP, ['H'] = B_UP,
	['I'] = B_UP, ['J'] = B_UP, ['K'] = B_UP, ['L'] = B_UP,
	['M'] = B_UP, ['N'] = B_UP, ['O'] = B_UP, ['P'] = B_UP,
	['Q'] = B_UP, ['R'] = B_UP, ['S'] = B_UP, ['T'] = B_UP,
	['U'] = B_UP, ['V'] = B_UP, ['W'] = B_UP, ['X'] = B_UP,
	['Y'] = B_UP, ['Z'] = B_UP,
	['0'] = B_DIG, ['1'] = B_DIG, ['2'] = B_DIG, ['3'] = B_DIG,
	['4'] = B_DIG, ['5'] = B_DIG, ['6'] = B_DIG, ['7'] = B_DIG,
	['8'] = B_DIG, ['9'] = B_DIG,
	['\''] = B_APOS, ['-'] = B_HYPH, ['.'] = B_DOT, [','] = B_COMMA,
	[';'] = B_COMMA, ['!'] = B_EXCL, ['?'] = B_EXCL, [':'] = B_COLON,
	['#'] = B_HASH,
	['@'] = B_GLUE, ['/'] = B_GLUE, ['\\'] = B_GLUE, ['_'] = B_GLUE,
	['='] = B_COLON, ['&'] = B_GLUE, ['%'] = B_GLUE, ['+'] = B_GLUE,
	['|'] = B_GLUE, ['~'] = B_GLUE, ['<'] = B_GLUE, ['>'] = B_GLUE,
	['{'] = B_GLUE, ['}'] = B_GLUE, ['['] = B_GLUE, [']'] = B_GLUE,
	['^'] = B_GLUE, ['`'] = B_GLUE, ['$'] = B_GLUE,
#define H4(x) [x] = B_HIGH, [x + 1] = B_HIGH, [x + 2] = B_HIGH, [x + 3] = B_HIGH
#define H16(x) H4(x), H4(x + 4), H4(x + 8), H4(x + 12)
	H16(0x80), H16(0x90), H16(0xa0), H16(0xb0), H16(0xc0), H16(0xd0),
	H16(0xe0), H16(0xf0)
#undef H16
#undef H4
};

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

static int has_capitals(const char *s, size_t n, int *upper);

/* Does the text capitalise words?  Worked out when first asked. */
static inline int
is_cased(struct scan *sc)
{
	if (sc->cased < 0)
		sc->cased = has_capitals(sc->s, sc->n, &sc->upper);
	return sc->cased;
}

static inline int
all_upper(struct scan *sc)
{
	return !is_cased(sc) && sc->upper;
}

#define SCORE_MID 2.5f

static float
score(float points)
{
	return 1.0f / (1.0f + expf(SCORE_MID - points));
}

static int
bclass(const struct scan *sc, size_t i)
{
	return i < sc->n ? bc[(unsigned char)sc->s[i]] : B_OTHER;
}

/* Is the code point at i a letter?  Sets *len to its length. */
static int
high_letter(const struct scan *sc, size_t i, size_t *len, int *cas)
{
	uint32_t cp;

	*len = cog_utf8_decode(sc->s + i, sc->n - i, &cp);
	*cas = cog_lex_case(cp);
	return cp != COG_UTF8_BAD && cog_lex_letter(cp);
}

/* The right single quote U+2019 at i, used as an apostrophe. */
static int
rsquo(const struct scan *sc, size_t i)
{
	return i + 2 < sc->n && (unsigned char)sc->s[i] == 0xe2 &&
	    (unsigned char)sc->s[i + 1] == 0x80 &&
	    (unsigned char)sc->s[i + 2] == 0x99;
}

static int
is_letter_at(const struct scan *sc, size_t i)
{
	size_t len;
	int b = bclass(sc, i), cas;

	if (b == B_LOW || b == B_UP)
		return 1;
	return b == B_HIGH && high_letter(sc, i, &len, &cas);
}

/*
 * Is there a "\n"-style escape at i, left in the text by double-encoded
 * JSON or a log line?  It separates words like a line break.
 */
static int
escape_at(const struct scan *sc, size_t i)
{
	int c;

	if (i + 1 >= sc->n || sc->s[i] != '\\')
		return 0;
	c = sc->s[i + 1];
	return c == 'n' || c == 'r' || c == 't' || c == 'b' || c == 'f';
}

/* Does the byte at i glue what is before it to a URL, address or id? */
static int
glued_after(const struct scan *sc, size_t i)
{
	int b = bclass(sc, i), c;

	if (escape_at(sc, i))
		return 0;
	if (b == B_GLUE)
		return 1;
	if (b != B_DOT && b != B_COLON && b != B_EXCL && b != B_APOS &&
	    b != B_HYPH)
		return 0;
	c = bclass(sc, i + 1);
	if (b == B_COLON)		/* http://, id:1234; not Name:Maria */
		return c == B_GLUE || c == B_DIG;
	if (b == B_APOS || b == B_HYPH)
		return c == B_DIG || c == B_GLUE;
	return c == B_LOW || c == B_UP || c == B_DIG || c == B_GLUE ||
	    (c == B_HIGH && is_letter_at(sc, i + 1));
}

/* Skip to the next white space (a byte up to ' '). */
static size_t
skip_run(const struct scan *sc, size_t i)
{
	const uint64_t ones = 0x0101010101010101ULL;
	uint64_t x;

	/*
	 * Eight bytes at a time while none is a control byte, a space, a
	 * '=' (the value of "key=value" is text again) or a backslash.
	 */
	while (i + 8 <= sc->n) {
		uint64_t eq, bs;

		memcpy(&x, sc->s + i, 8);
		eq = x ^ ones * '=';
		bs = x ^ ones * '\\';
		if ((((x - ones * 0x21) & ~x) | ((eq - ones) & ~eq) |
		    ((bs - ones) & ~bs)) & ones * 0x80)
			break;
		i += 8;
	}
	while (i < sc->n && bc[(unsigned char)sc->s[i]] != B_SPACE &&
	    bc[(unsigned char)sc->s[i]] != B_NL && sc->s[i] != '=' &&
	    !escape_at(sc, i))
		i++;
	return i;
}

static unsigned char
fold1(int c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) :
	    (unsigned char)c;
}

/* Letters and digits of ASCII, for the inner loop of next_token(). */
enum { W_LOW = 1, W_UP = 2, W_DIG = 4, W_HIGH = 8 };

#define L8(x, v) [x] = v, [x + 1] = v, [x + 2] = v, [x + 3] = v, \
	[x + 4] = v, [x + 5] = v, [x + 6] = v, [x + 7] = v
static const unsigned char wc[256] = {
	L8('a', W_LOW), L8('i', W_LOW), L8('q', W_LOW), ['y'] = W_LOW,
	['z'] = W_LOW, L8('A', W_UP), L8('I', W_UP), L8('Q', W_UP),
	['Y'] = W_UP, ['Z'] = W_UP, L8('0', W_DIG), ['8'] = W_DIG,
	['9'] = W_DIG
};
#undef L8

/* Is there an upper-case letter after a lower-case one, four bytes in? */
static int
inner_capital(const struct scan *sc, size_t st, size_t en)
{
	size_t i;
	int low = 0;

	for (i = st; i < en; i++) {
		unsigned char c = (unsigned char)sc->s[i];

		if (wc[c] & W_LOW)
			low = 1;
		else if (c == '-')
			low = 0;
		else if ((wc[c] & W_UP) && low)
			return i - st >= 4;
	}
	return 0;
}

static inline size_t
toklen(const struct tok *t)
{
	return t->en - t->st;
}

/*
 * The first (up to) eight bytes of the word at s of n bytes, packed; eight
 * bytes must be readable at s (sixteen() gives that).
 */
static inline uint64_t
pack8(const unsigned char *s, size_t n)
{
	uint64_t k;

	memcpy(&k, s, 8);
	return n >= 8 ? k : k & ((1ULL << (8 * n)) - 1);
}

/*
 * The token flags of the lower-case ASCII word at s (n bytes, sixteen()
 * bytes) from the filters: T_CUE, and T_TRIG for a trigger (with T_NEAR
 * when its context reaches the next word only).
 */
static inline unsigned
cue_word(const unsigned char *s, size_t n)
{
	unsigned a, b;

	cog_lex_filter_bits(pack8(s, n), n, &a, &b);
	if (!((cog_lex_cuefilter[a >> 3] >> (a & 7)) &
	    (cog_lex_cuefilter[b >> 3] >> (b & 7)) & 1))
		return 0;
	if ((cog_lex_trigger[a >> 3] >> (a & 7)) &
	    (cog_lex_trigger[b >> 3] >> (b & 7)) & 1)
		return T_CUE | T_TRIG;
	if ((cog_lex_near[a >> 3] >> (a & 7)) &
	    (cog_lex_near[b >> 3] >> (b & 7)) & 1)
		return T_CUE | T_TRIG | T_NEAR;
	return T_CUE;
}

/*
 * After a token of flags f: how many plain lower-case words after it
 * may matter (a name after "is", a word after a capital or a number).
 */
static inline int
keep_after(unsigned f, int keep)
{
	if ((f & (T_LOWER | T_HIGH | T_APOS | T_HYPH)) != T_LOWER ||
	    !(f & T_WORD))
		return 1;
	if (f & T_TRIG)
		return f & T_NEAR ? 1 : 3;
	if (f & T_CUE)
		return 0;
	return keep > 0 ? keep - 1 : 0;
}

/* Bits of the lower-case letters, capitals and digits of 16 bytes at p. */
static void
masks16(const unsigned char *p, unsigned *lo, unsigned *up, unsigned *dg)
{
#ifdef __SSE2__
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p), d;

	d = _mm_sub_epi8(v, _mm_set1_epi8('a'));
	*lo = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
	    _mm_min_epu8(d, _mm_set1_epi8(25)), d));
	d = _mm_sub_epi8(v, _mm_set1_epi8('A'));
	*up = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
	    _mm_min_epu8(d, _mm_set1_epi8(25)), d));
	d = _mm_sub_epi8(v, _mm_set1_epi8('0'));
	*dg = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
	    _mm_min_epu8(d, _mm_set1_epi8(9)), d));
#else
	int k;

	*lo = *up = *dg = 0;
	for (k = 0; k < 16; k++) {
		*lo |= (unsigned)((wc[p[k]] & W_LOW) != 0) << k;
		*up |= (unsigned)((wc[p[k]] & W_UP) != 0) << k;
		*dg |= (unsigned)((wc[p[k]] & W_DIG) != 0) << k;
	}
#endif
}

/*
 * Sixteen bytes of the text from st on, for masks16(): near the end they
 * come from the padded copy of the tail, so that the last words take the
 * same path as the others.
 */
static inline const unsigned char *
sixteen(const struct scan *sc, size_t st)
{
	return st + 16 <= sc->n ? (const unsigned char *)sc->s + st :
	    sc->tail + (st - sc->tailat);
}

/*
 * A plain ASCII word of under 16 letters and digits at st, ended by no
 * apostrophe, hyphen or UTF-8: its length, with its letter classes in
 * *first (of the first byte) and *rest (of the others).  0 otherwise.
 */
static size_t
quick_word(const struct scan *sc, size_t st, unsigned *first, unsigned *rest)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	unsigned lo, up, dg, al, m;
	size_t len;
	int b;

	masks16(sixteen(sc, st), &lo, &up, &dg);
	al = lo | up | dg;
	if ((~al & 0xffff) == 0)
		return 0;
	len = (size_t)__builtin_ctz(~al);
	if (st + len < sc->n && ((b = bc[u[st + len]]) == B_APOS ||
	    b == B_HYPH || b == B_HIGH))
		return 0;
	m = (1u << len) - 1;
	*first = (lo & 1 ? W_LOW : 0) | (up & 1 ? W_UP : 0) |
	    (dg & 1 ? W_DIG : 0);
	m &= ~1u;
	*rest = (lo & m ? W_LOW : 0) | (up & m ? W_UP : 0) |
	    (dg & m ? W_DIG : 0);
	return len;
}

/*
 * The common case of next_token(): a word of ASCII letters at st, ended
 * by a space, a comma, the end, or '.', '!' or '?' before a space or the
 * end.  Fill t and return (size_t)-1; or skip a plain word that cannot
 * matter (see keep_after()) and return its end; or return 0 for the slow
 * path.
 */
static size_t
fast_word(struct scan *sc, struct tok *t, size_t st, unsigned gap)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t n = sc->n, e, len;
	unsigned first, more, m, f, lo, up, dg, al, mk;
	int b;

	masks16(sixteen(sc, st), &lo, &up, &dg);
	al = lo | up;
	if ((~al & 0xffff) == 0)
		return 0;
	len = (size_t)__builtin_ctz(~al);
	mk = ((1u << len) - 1) & ~1u;
	first = lo & 1 ? W_LOW : W_UP;
	more = (lo & mk ? W_LOW : 0) | (up & mk ? W_UP : 0);
	e = st + len;
	if (e < n && ((m = wc[u[e]]) != 0 || ((b = bc[u[e]]) != B_SPACE &&
	    b != B_COMMA && !((b == B_DOT || b == B_EXCL) && (e + 1 == n ||
	    bc[u[e + 1]] == B_SPACE || bc[u[e + 1]] == B_NL)))))
		return 0;
	if (!((first | more) & W_UP)) {
		if ((f = cue_word(sixteen(sc, st), len)) != 0)
			f |= T_WORD | T_LOWER;
		else if (sc->keep == 0 && is_cased(sc))
			return e;
		else
			f = T_WORD | T_LOWER;
	} else if (!((first | more) & W_LOW)) {
		f = T_WORD | T_UPPER;
	} else if (!(first & W_UP) || ((more & W_UP) &&
	    inner_capital(sc, st, e))) {
		f = T_WORD | T_MIXED;
	} else {
		f = T_WORD | T_CAP;
	}
	if (e < n && u[e] == '.')
		f |= T_DOTTED;
	t->st = st;
	t->en = t->next = sc->pos = e;
	t->gap = gap | (sc->started ? 0 : G_START);
	sc->started = 1;
	t->f = f;
	t->lex = 0;
	t->cls = 0;
	t->c0 = (unsigned char)(u[st] | 0x20);
	t->c1 = len > 1 ? (unsigned char)(u[st + 1] | 0x20) : 0;
	sc->keep = keep_after(f, sc->keep);
	return (size_t)-1;
}

/* The gap bit of each byte class that separates words. */
static const unsigned short gapbit[] = {
	[B_OTHER] = G_OTHER, [B_SPACE] = G_SPACE, [B_NL] = G_NL,
	[B_DOT] = G_DOT, [B_COMMA] = G_COMMA, [B_EXCL] = G_EXCL,
	[B_COLON] = G_COLON, [B_HASH] = G_HASH, [B_APOS] = G_OTHER,
	[B_HYPH] = G_OTHER
};

/*
 * Read the next token into t; return 0 at the end of the text.  t->gap
 * tells what was skipped before it.
 */
static int
next_token(struct scan *sc, struct tok *t)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t i = sc->pos, n = sc->n, len, st;
	unsigned gap = 0, acc, rest, f = 0;
	int b, cas = 0, firstcase;

	for (;; i++) {
		if (i >= n) {
			sc->pos = i;
			return 0;
		}
		b = bc[u[i]];
		if (b == B_LOW || b == B_UP) {
			size_t e;

			if ((e = fast_word(sc, t, i, gap)) == 0)
				break;
			if (e == (size_t)-1)
				return 1;
			/* A plain word skipped: go on after it. */
			gap = G_SKIP;
			i = e - 1;
			continue;
		}
		if (b == B_DIG)
			break;
		if (b == B_HIGH) {
			if (high_letter(sc, i, &len, &cas))
				break;
			gap |= G_OTHER;
			i += len - 1;
			continue;
		}
		if (b == B_GLUE && escape_at(sc, i)) {
			gap |= G_NL;
			i++;
			continue;
		}
		if (b == B_GLUE) {
			/* A run that holds '@', '/' and the like. */
			i = skip_run(sc, i) - 1;
			gap |= G_OTHER;
			continue;
		}
		gap |= gapbit[b];
	}
	st = i;
	if (b != B_HIGH && (len = quick_word(sc, st, &acc, &rest)) != 0) {
		firstcase = b == B_UP ? 1 : b == B_LOW ? -1 : 0;
		i = st + len;
		goto word;
	}
	if (b == B_HIGH) {
		firstcase = cas;
		acc = W_HIGH | (cas > 0 ? W_UP : cas < 0 ? W_LOW : 0);
		i += len;
	} else {
		firstcase = b == B_UP ? 1 : b == B_LOW ? -1 : 0;
		acc = wc[u[i++]];
	}
	rest = 0;
	for (;;) {
		unsigned m;

		while (i < n && (m = wc[u[i]]) != 0) {
			rest |= m;
			i++;
		}
		if (i >= n)
			break;
		b = bc[u[i]];
		if (b == B_SPACE || b == B_COMMA || b == B_DOT || b == B_NL)
			break;
		if (b == B_HIGH) {
			if (high_letter(sc, i, &len, &cas)) {
				rest |= W_HIGH | (cas > 0 ? W_UP : cas < 0 ?
				    W_LOW : 0);
				i += len;
				continue;
			}
			if (rsquo(sc, i) && ((acc | rest) & ~W_DIG) &&
			    is_letter_at(sc, i + 3)) {
				f |= T_APOS;
				i += 3;
				continue;
			}
			break;
		}
		if ((b == B_APOS || b == B_HYPH) && ((acc | rest) & ~W_DIG) &&
		    is_letter_at(sc, i + 1)) {
			f |= b == B_APOS ? T_APOS : T_HYPH;
			i++;
			continue;
		}
		break;
	}
word:
	t->st = st;
	t->en = t->next = i;
	if ((i < n && bc[u[i]] != B_SPACE && bc[u[i]] != B_COMMA &&
	    glued_after(sc, i)) || (st > 0 && bc[u[st - 1]] == B_GLUE)) {
		sc->pos = skip_run(sc, i);
		return next_token(sc, t) ? (t->gap |= G_OTHER, 1) : 0;
	}
	t->gap = gap | (sc->started ? 0 : G_START);
	t->lex = 0;
	t->cls = 0;
	sc->started = 1;
	acc |= rest;
	if (!(acc & (W_LOW | W_UP | W_HIGH))) {
		f |= T_NUM;
	} else if (acc & W_DIG) {
		f |= T_ALNUM;
	} else {
		f |= T_WORD;
		if (acc & W_HIGH)
			f |= T_HIGH;
		/* Cut a possessive 's (or ’s). */
		if ((f & T_APOS) && i - st > 2 && (u[i - 1] | 0x20) == 's') {
			if (u[i - 2] == '\'')
				t->en = i - 2;
			else if (i - st > 4 && rsquo(sc, i - 4))
				t->en = i - 4;
			if (t->en < i) {
				size_t k;

				f = (f & ~(unsigned)T_APOS) | T_POSS;
				for (k = st; k < t->en; k++)
					if (u[k] == '\'' || u[k] == 0xe2)
						f |= T_APOS;
			}
		}
		/* McDonald and DeShawn are capitalised; SoundPro is not. */
		if (!(acc & W_UP))
			f |= T_LOWER;
		else if (!(acc & W_LOW))
			f |= T_UPPER;
		else if (firstcase < 0 || ((rest & W_UP) &&
		    inner_capital(sc, st, t->en)))
			f |= T_MIXED;
		else
			f |= T_CAP;
	}
	if (i < n && u[i] == '.')
		f |= T_DOTTED;
	t->c0 = fold1(u[st]);
	t->c1 = t->en - st > 1 ? fold1(u[st + 1]) : 0;
	sc->pos = i;
	if ((f & (T_LOWER | T_HIGH | T_APOS | T_HYPH)) == T_LOWER)
		f |= cue_word(sixteen(sc, st), toklen(t));
	t->f = f;
	sc->keep = keep_after(f, sc->keep);
	return 1;
}

/* The token at index k of the window, read as needed; NULL at the end. */
static struct tok *
tok(struct scan *sc, size_t k)
{
	while (k >= sc->nw) {
		if (sc->eof || sc->nw == WIN)
			return NULL;
		if (!next_token(sc, &sc->w[sc->nw])) {
			sc->eof = 1;
			return NULL;
		}
		sc->nw++;
	}
	return &sc->w[k];
}

/* The gap after token k: the next token's, or G_END. */
static unsigned
gap_after(struct scan *sc, size_t k)
{
	struct tok *t = tok(sc, k + 1);
	size_t i;
	unsigned gap = G_END;

	if (t != NULL)
		return t->gap;
	/* Only punctuation, emoji and space after: classify it anyway. */
	for (i = sc->w[k].next; i < sc->n; i++) {
		int b = bc[(unsigned char)sc->s[i]];

		gap |= b == B_DOT ? G_DOT : b == B_EXCL ? G_EXCL :
		    b == B_COMMA ? G_COMMA : b == B_SPACE ? G_SPACE :
		    b == B_NL ? G_NL : G_OTHER;
	}
	return gap;
}

static inline int
plain(unsigned gap)
{
	return (gap & ~(unsigned)G_SPACE) == 0;
}

static inline int
soft(unsigned gap)
{
	return (gap & ~(unsigned)(G_SPACE | G_COMMA)) == 0;
}

/* Look a hyphenated word up by its parts: Jean-Luc, Smith-Jones. */
static uint32_t
look_parts(const char *key, size_t n)
{
	size_t a = 0, b;
	unsigned g = 0, su = 0, e = 7;
	int names = 1, words = 1;

	while (a < n) {
		uint32_t x;

		for (b = a; b < n && key[b] != '-'; b++)
			;
		x = cog_lex_get(key + a, b - a);
		if (!COG_LEX_GIVEN(x) && !COG_LEX_SURNAME(x))
			names = 0;
		if (!COG_LEX_ENGLISH(x))
			words = 0;
		else if (COG_LEX_ENGLISH(x) < e)
			e = COG_LEX_ENGLISH(x);
		if (COG_LEX_GIVEN(x) > g)
			g = COG_LEX_GIVEN(x);
		if (COG_LEX_SURNAME(x) > su)
			su = COG_LEX_SURNAME(x);
		a = b + 1;
	}
	if (names)
		return COG_LEX_FOUND | g | su << 3;
	if (words)
		return COG_LEX_FOUND | e << 6;
	return 0;
}

static void
look(struct scan *sc, struct tok *t)
{
	char key[COG_LEX_MAXKEY];
	size_t k;

	if (t->f & T_LOOKED)
		return;
	t->f |= T_LOOKED;
	if (!(t->f & T_WORD))
		return;
	if (toklen(t) == 1 && (t->c0 == 'i' || t->c0 == 'a')) {
		t->cls = t->c0 == 'i' ? COG_W_I : COG_W_DET;
		t->lex = COG_LEX_FOUND | 1u << 6 | (uint32_t)t->cls << 24;
		return;
	}
	if (!(t->f & (T_HIGH | T_APOS | T_HYPH)))
		t->lex = cog_lex_letters((const char *)sixteen(sc, t->st),
		    toklen(t), t->st + 16 <= sc->n ? sc->n - t->st : 16);
	else
		t->lex = cog_lex_word(sc->s + t->st, toklen(t));
	if (t->lex == 0 && (t->f & T_HYPH)) {
		k = cog_lex_fold(sc->s + t->st, toklen(t), key, sizeof(key));
		if (k <= sizeof(key))
			t->lex = look_parts(key, k);
	}
	t->cls = COG_LEX_CLASS(t->lex);
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
		look(sc, t);
	}
	return t->cls;
}

/* Is the token the word w (lower-case ASCII)? */
static int
is_word(const struct scan *sc, const struct tok *t, const char *w)
{
	size_t n = strlen(w), k;

	if (t == NULL || toklen(t) != n)
		return 0;
	for (k = 0; k < n; k++)
		if (fold1((unsigned char)sc->s[t->st + k]) != (unsigned char)w[k])
			return 0;
	return 1;
}

/*
 * Is token k the last word of the text, with only punctuation, space and
 * emoji after it (not a skipped URL or number)?
 */
static int
last_word(struct scan *sc, size_t k)
{
	size_t i, len;
	int cas;

	if (tok(sc, k + 1) != NULL || sc->n - sc->w[k].next > 64)
		return 0;
	for (i = sc->w[k].next; i < sc->n; i++) {
		int b = bc[(unsigned char)sc->s[i]];

		if (b == B_LOW || b == B_UP || b == B_DIG || b == B_GLUE)
			return 0;
		if (b == B_HIGH && high_letter(sc, i, &len, &cas))
			return 0;
	}
	return 1;
}

/* Is token k the first of a sentence? */
static int
sent_start(struct scan *sc, size_t k)
{
	const struct tok *t = &sc->w[k], *p;

	if (t->gap & (G_START | G_NL | G_EXCL | G_COLON))
		return 1;
	if (!(t->gap & G_DOT) || k == 0)
		return 0;
	p = &sc->w[k - 1];
	/* "Mr. Smith", "J. Smith", "St. Louis" go on. */
	if (toklen(p) == 1 || ctx_class(sc, (struct tok *)p) == COG_W_TITLE)
		return 0;
	return 1;
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

#define ENG(t)		COG_LEX_ENGLISH((t)->lex)
#define GIVEN(t)	COG_LEX_GIVEN((t)->lex)
#define SURN(t)		COG_LEX_SURNAME((t)->lex)
#define NAMEISH(t)	(GIVEN(t) || SURN(t))

/* How much the commonness of a word in English speaks against a name. */
static const float english_cost[8] = { 0, 2.5f, 1.8f, 0.8f, 0.5f, 0.3f,
	0.3f, 0.3f };

static void
emit(struct scan *sc, size_t a, size_t b, int type, float sc_)
{
	size_t k;

	if (sc_ < COG_MIN_SCORE)
		return;
	cog_spans_add(sc->out, sc->w[a].st, sc->w[b].en, type, sc_);
	for (k = a; k <= b; k++)
		sc->w[k].f |= T_USED;
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
	else if (is_word(sc, p1, "you") && c2 == COG_W_THANKS && soft(g1))
		*pos = 2.5f;
	else if (c1 == COG_W_BYE && (soft(g1) || (g1 & G_NL)))
		*pos = 2.5f;
	else if (c1 == COG_W_SPEAK && plain(g1))
		*pos = 2.5f;
	else if ((c1 == COG_W_WITH || c1 == COG_W_FOR ||
	    (c1 == COG_W_IN && is_word(sc, p1, "to"))) &&
	    c2 == COG_W_SPEAK && plain(g1))
		*pos = 2.5f;
	else if (c1 == COG_W_REL && soft(g1))
		*pos = 2.5f;
	else if (c1 == COG_W_AND && sc->last_person == i - 1 && plain(g1))
		*pos = 2.0f;
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
static int
greeted(struct scan *sc, size_t i)
{
	unsigned c;

	if (i == 0 || !capital(sc, &sc->w[i]) || !soft(sc->w[i].gap) ||
	    !(gap_after(sc, i) & (G_COMMA | G_DOT | G_EXCL | G_END)))
		return 0;
	c = ctx_class(sc, &sc->w[i - 1]);
	return c == COG_W_GREET || c == COG_W_THANKS;
}

/* Is the one word i a vocative, between a comma and the sentence's end? */
static int
vocative(struct scan *sc, size_t i, size_t j)
{
	return is_cased(sc) && (sc->w[i].gap & G_COMMA) && i == j &&
	    (gap_after(sc, j) & (G_DOT | G_EXCL | G_END));
}

/* Add the evidence of the words after a name from token i to token j. */
static void
context_after(struct scan *sc, size_t i, size_t j, float *pos, float *neg)
{
	struct tok *nx = tok(sc, j + 1);
	unsigned ga = gap_after(sc, j);

	if (nx != NULL && plain(ga)) {
		unsigned cn = ctx_class(sc, nx);

		if ((cn == COG_W_HERE || (cn == COG_W_SPEAK &&
		    is_word(sc, nx, "speaking"))) && *pos < 2.5f)
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
static float
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
static int
name_part(struct scan *sc, struct tok *t, const struct tok *prev, int level)
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
		    (gap_after(sc, (size_t)(t - sc->w)) & (G_END | G_DOT |
		    G_EXCL | G_COMMA)))
			return 1;
		if (t->cls != COG_W_NONE)
			return 0;
		/* "Smart Plug": a common English word that is no name. */
		return NAMEISH(t) || ENG(t) == 0 || ENG(t) > 3 || level >= 2 ||
		    (given && (level >= 1 || ENG(t) >= 2));
	}
	/* In cased text a lower-case word does not go on a capitalised name. */
	if (!(t->f & T_LOWER) || (prev != NULL && capital(sc, prev) &&
	    is_cased(sc)))
		return 0;
	look(sc, t);
	if (t->cls != COG_W_NONE)
		return 0;
	if (!NAMEISH(t))
		return (level >= 1 && ENG(t) == 0) ||
		    (level >= 2 && ENG(t) >= 3);
	return ENG(t) == 0 || ENG(t) >= 3 || (SURN(t) >= 4 && given);
}

/* May token t start a name?  See name_part() for level. */
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
		return NAMEISH(t) || ENG(t) == 0 || (level >= 1 &&
		    (capital(sc, t) || ENG(t) >= 3));
	/* "Mr. May", "Ben" alone in a field. */
	if (t->cls == COG_W_MONTH || t->cls == COG_W_PARTICLE)
		return NAMEISH(t) && (level >= 1 || whole);
	/* "Hi Bill," (see greeted()). */
	return t->cls == COG_W_STOP && GIVEN(t) && level >= 2 &&
	    capital(sc, t);
}

/* Person context classes that make a lower-case word a candidate. */
#define PCUE	((1u << COG_W_IS) | (1u << COG_W_NAME) | (1u << COG_W_ME) | \
    (1u << COG_W_NAMED) | (1u << COG_W_IM) | (1u << COG_W_AM) | \
    (1u << COG_W_THIS) | (1u << COG_W_GREET) | (1u << COG_W_THANKS) | \
    (1u << COG_W_BYE) | (1u << COG_W_SPEAK) | (1u << COG_W_REL) | \
    (1u << COG_W_TITLE) | (1u << COG_W_AND))
#define LCUE	((1u << COG_W_IN) | (1u << COG_W_FROM) | (1u << COG_W_LIVE))

#define NO_NAME (-100.0f)

/*
 * Score a person name starting at token i; its last token goes to *jp.
 * NO_NAME when token i cannot start one.
 */
static float
person_eval(struct scan *sc, size_t i, size_t *jp)
{
	struct tok *t = &sc->w[i], *u = NULL, *first, *last;
	size_t parts[6], np = 0, j = i, k;
	float pts = 0, ctx, soften, cpos, cneg;
	int strong, lower_ok, level, allcap = 1, anylow = 0, anyup = 0;
	unsigned e;

	/* Cheap refusals before the context is weighed. */
	if (!(t->f & T_WORD))
		return NO_NAME;
	if ((t->f & T_LOWER) && is_cased(sc)) {
		context_before(sc, i, &strong, &cpos, &cneg);
		if (cpos - cneg < 2.0f)
			return NO_NAME;
	}
	look(sc, t);
	if (!(toklen(t) == 1 && (t->f & T_DOTTED))) {
		if (t->cls != COG_W_NONE && t->cls != COG_W_MONTH &&
		    t->cls != COG_W_PARTICLE && !(t->cls == COG_W_STOP &&
		    GIVEN(t) && greeted(sc, i)))
			return NO_NAME;
		if (t->cls == COG_W_NONE && !NAMEISH(t) && ENG(t) &&
		    !((PCUE >> ctx_class(sc, i ? &sc->w[i - 1] : NULL)) & 1))
			return NO_NAME;
	}
	/* Context first: it lets a lower-case word start a name. */
	context_before(sc, i, &strong, &cpos, &cneg);
	if (!strong && greeted(sc, i))
		strong = 1;
	level = strong ? 2 : cpos - cneg >= 2.0f ? 1 : 0;
	/* A given name as a vocative: "Thanks for your patience, April." */
	if (level == 0 && i > 0 && GIVEN(t) && capital(sc, t) &&
	    vocative(sc, i, i) && !(sc->w[i - 1].f & (T_NUM | T_ALNUM)) &&
	    ctx_class(sc, &sc->w[i - 1]) != COG_W_MONTH)
		level = 1;
	/* ... or introducing itself: "April here." */
	if (level == 0 && GIVEN(t) && capital(sc, t) && tok(sc, i + 1) &&
	    plain(gap_after(sc, i)) && ctx_class(sc, &sc->w[i + 1]) ==
	    COG_W_HERE)
		level = 1;
	lower_ok = !is_cased(sc) || level >= 1;
	if (!lower_ok && (t->f & T_LOWER))
		return NO_NAME;
	/* Initials: "J. Smith", "J. R. R. Tolkien". */
	if (toklen(t) == 1 && (t->f & T_UPPER) && (t->f & T_DOTTED)) {
		for (j = i + 1; j < i + 4; j++) {
			u = tok(sc, j);
			if (u == NULL || (u->gap & ~(unsigned)(G_DOT | G_SPACE)))
				return NO_NAME;
			if (!(toklen(u) == 1 && (u->f & T_UPPER) &&
			    (u->f & T_DOTTED)))
				break;
		}
		if (u == NULL || !name_start(sc, u, 0, level, 0) ||
		    !NAMEISH(u))
			return NO_NAME;
	} else if (!name_start(sc, t, lower_ok, level,
	    (t->gap & G_START) && last_word(sc, i))) {
		return NO_NAME;
	}
	parts[np++] = j;
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
		    name_part(sc, &sc->w[k + 1], NULL, level)) {
			j = k;
			continue;
		}
		if (ctx_class(sc, u) == COG_W_PARTICLE && tok(sc, k + 1) &&
		    plain(sc->w[k + 1].gap) &&
		    name_part(sc, &sc->w[k + 1], NULL, level)) {
			j = k;
			continue;
		}
		if (u->cls == COG_W_SUFFIX && (u->f & T_LOOKED)) {
			j = k;
			break;
		}
		if (!name_part(sc, u, &sc->w[parts[np - 1]], level))
			break;
		parts[np++] = k;
		j = k;
	}
	first = &sc->w[parts[0]];
	last = &sc->w[parts[np - 1]];
	/* Initials before or inside: "J. Smith", "Richard M. Nixon". */
	if (parts[0] > i)
		pts += 1.5f;
	else if (parts[np - 1] - parts[0] >= np)
		pts += 0.5f;
	context_after(sc, i, j, &cpos, &cneg);
	ctx = cpos - cneg;
	soften = level == 2 ? 0.3f : level == 1 ? 0.6f : 1.0f;
	for (k = 0; k < np; k++) {
		u = &sc->w[parts[k]];
		e = ENG(u);
		if (capital(sc, u))
			anyup = 1;
		else
			allcap = 0, anylow = 1;
		if (NAMEISH(u))
			pts -= english_cost[e];
		else if (e)
			pts -= (1.5f * english_cost[e] + 0.5f) * soften;
		if (u->f & T_UPPER && toklen(u) > 1 && !all_upper(sc))
			pts -= 1.5f;
	}
	if (np == 1) {
		if (GIVEN(first))
			pts += 1.6f + 0.2f * GIVEN(first);
		else if (SURN(first))
			pts += 0.8f + 0.2f * SURN(first);
		else if (!ENG(first) && (anyup || level >= 1))
			pts += 0.4f;
		if (first->lex & COG_LEX_PLACE)
			pts -= (sc->w[i].gap & G_START) && last_word(sc, j) ?
			    2.0f : 1.5f;
	} else {
		if (GIVEN(first))
			pts += 1.6f + 0.2f * GIVEN(first);
		else if (SURN(first))
			pts += 0.6f + 0.15f * SURN(first);
		else if (!ENG(first))
			pts += 0.6f;
		if (SURN(last))
			pts += 0.8f + 0.2f * SURN(last);
		else if (GIVEN(last))
			pts += 0.8f;
		else if (!ENG(last))
			pts += 0.6f;
		if (GIVEN(first) && (SURN(last) || !ENG(last)))
			pts += 1.2f;
	}
	if (first->cls == COG_W_MONTH || first->cls == COG_W_WEEKDAY)
		pts -= (np > 1 && SURN(last)) || level == 2 ||
		    (first->cls == COG_W_MONTH && ((cpos >= 2.5f && cneg == 0) ||
		    vocative(sc, i, j))) ? 1.0f : 4.0f;
	if (is_cased(sc)) {
		if (anylow && !strong)
			pts -= 2.0f;
		else if (allcap && anyup)
			pts += sent_start(sc, parts[0]) ? 0.3f : 1.5f;
	}
	if ((last->f & T_POSS) && anyup)
		pts += 0.4f;
	/* The whole value: a name field of a record. */
	if ((sc->w[i].gap & G_START) && last_word(sc, j)) {
		pts += 2.5f;
		if (is_cased(sc) && allcap)
			pts += 0.7f;
	}
	*jp = j;
	return pts + ctx;
}

/*
 * Try a person name starting at token i; return the index after it, or
 * i when there is none.
 */
static size_t
person_at(struct scan *sc, size_t i)
{
	size_t j;
	float pts = person_eval(sc, i, &j);

	if (pts < SCORE_MID)
		return i;
	emit(sc, i, j, COG_PERSON, score(pts));
	sc->last_person = j + 1;
	return j + 1;
}

/* Fold token t onto key at *kn; 0 when it does not fit. */
static int
fold_onto(struct scan *sc, const struct tok *t, char *key, size_t *kn)
{
	size_t k = cog_lex_fold(sc->s + t->st, toklen(t), key + *kn,
	    COG_LEX_MAXKEY - *kn);

	if (k > COG_LEX_MAXKEY - *kn)
		return 0;
	*kn += k;
	return 1;
}

/* May token k go on an entry of several words (a single space before)? */
static int
joins(struct scan *sc, size_t k)
{
	struct tok *u = tok(sc, k);

	if (u == NULL || !(u->f & T_WORD))
		return 0;
	return plain(u->gap) || ((sc->w[k - 1].f & T_DOTTED) &&
	    !(u->gap & ~(unsigned)(G_DOT | G_SPACE)));
}

/* The longest place entry starting at token i: its entry, last in *j. */
static uint32_t
place_entry(struct scan *sc, size_t i, size_t *j)
{
	char key[COG_LEX_MAXKEY];
	size_t kn = 0, m;
	uint32_t best = 0, x;
	struct tok *t = &sc->w[i];

	look(sc, t);
	*j = i;
	if (t->lex & (COG_LEX_PLACE | COG_LEX_COUNTRY_AB))
		best = t->lex;
	if (!(t->lex & COG_LEX_PREFIX) || !fold_onto(sc, t, key, &kn))
		return best;
	for (m = 1; m <= 4 && joins(sc, i + m); m++) {
		if (kn + 1 >= COG_LEX_MAXKEY)
			break;
		key[kn++] = ' ';
		if (!fold_onto(sc, &sc->w[i + m], key, &kn))
			break;
		x = cog_lex_get(key, kn);
		if (x & COG_LEX_PLACE) {
			best = x & ~(uint32_t)(7 | 7 << 3 | 7 << 6);
			*j = i + m;
		}
		if (!(x & COG_LEX_PREFIX))
			break;
	}
	return best;
}

/* A US state after a city: "Austin, TX", "Springfield, Illinois". */
static size_t
state_after(struct scan *sc, size_t j)
{
	struct tok *u = tok(sc, j + 1);
	size_t e;

	if (u == NULL || !soft(u->gap) || !(u->f & T_WORD))
		return 0;
	look(sc, u);
	if ((u->lex & COG_LEX_STATE_AB) && toklen(u) == 2 &&
	    ((u->f & T_UPPER) || !is_cased(sc)))
		return j + 1;
	if (capital(sc, u) || !is_cased(sc)) {
		uint32_t x = place_entry(sc, j + 1, &e);

		if (x & (COG_LEX_STATE | COG_LEX_COUNTRY))
			return e;
	}
	return 0;
}

#define LOC_CUES ((1u << COG_W_IN) | (1u << COG_W_FROM) | (1u << COG_W_LIVE))

/*
 * Try a place name at token i; return the index after it, or i.  Person
 * context ("Hi Austin", "Mr. Lincoln") and a surname after it ("Paris
 * Hilton") leave the word to person_at().
 */
static size_t
place_at(struct scan *sc, size_t i)
{
	struct tok *t = &sc->w[i], *p1, *p2, *u;
	size_t j, k, st;
	uint32_t x = place_entry(sc, i, &j);
	unsigned c1, c2;
	float pts, pctx;
	int strong, allcap = 1, anylow = 0;

	if (!(x & (COG_LEX_PLACE | COG_LEX_COUNTRY_AB)))
		return i;
	if (!(x & COG_LEX_PLACE)) {
		/* USA, UK: only in capitals. */
		if (!(t->f & T_UPPER) || all_upper(sc))
			return i;
		pts = 3.0f;
	} else {
		pts = x & (COG_LEX_COUNTRY | COG_LEX_STATE) ? 3.0f :
		    x & COG_LEX_CITY ? 2.5f : 2.0f;
	}
	for (k = i; k <= j; k++) {
		u = &sc->w[k];
		if (!capital(sc, u) && !(u->cls == COG_W_PARTICLE) &&
		    !(u->cls == COG_W_DET && k > i))
			allcap = 0, anylow |= (u->f & T_LOWER) != 0;
	}
	if (j == i) {
		pts -= english_cost[ENG(t)];
		if (t->cls == COG_W_STOP)
			pts -= 1.0f;
		u = tok(sc, i + 1);
		if (u != NULL && plain(u->gap) && capital(sc, u) &&
		    name_part(sc, u, t, 0) && SURN(u) &&
		    !(u->lex & COG_LEX_PLACE))
			return i;
	}
	if (is_cased(sc)) {
		if (allcap)
			pts += sent_start(sc, i) ? 0.5f : 1.0f;
		else if (anylow)
			pts -= 2.5f;
	}
	p1 = i >= 1 ? &sc->w[i - 1] : NULL;
	p2 = i >= 2 ? &sc->w[i - 2] : NULL;
	c1 = ctx_class(sc, p1);
	c2 = ctx_class(sc, p2);
	if ((c1 == COG_W_IN || c1 == COG_W_FROM) && plain(t->gap))
		pts += c2 == COG_W_LIVE && plain(p1->gap) ? 2.5f : 1.5f;
	else if (c1 == COG_W_LIVE && plain(t->gap))
		pts += 2.0f;
	else if (c1 == COG_W_DET && plain(t->gap))
		pts += 0.5f;
	pctx = person_context(sc, i, j, &strong);
	if (strong || pctx >= 2.0f)
		pts -= 3.0f;
	st = state_after(sc, j);
	if (st && (x & COG_LEX_CITY))
		pts += 1.5f;
	if ((t->gap & G_START) && last_word(sc, j))
		pts += is_cased(sc) ? 2.0f : 1.3f;
	/* The Austin clinic, the Denver office. */
	if ((u = tok(sc, j + 1)) != NULL && plain(u->gap) &&
	    ctx_class(sc, u) == COG_W_ORG)
		pts += 0.8f;
	/* Austin, Regina, Mendoza: a name too, and the name may win. */
	if (j == i && NAMEISH(t) && !((LOC_CUES >> c1) & 1)) {
		size_t pj;

		if (GIVEN(t) >= 5)
			pts -= 0.8f;
		if (SURN(t) >= 6)
			pts -= 0.8f;
		if (person_eval(sc, i, &pj) > pts)
			return i;
	}
	if (pts < SCORE_MID)
		return i;
	if (st && (x & COG_LEX_CITY))
		j = st;
	/* A place is no person, even when only persons are wanted. */
	if (sc->types & COG_TYPEBIT(COG_LOCATION))
		emit(sc, i, j, COG_LOCATION, score(pts));
	return j + 1;
}

/* A house number: 12, 221B, 12a. */
static int
house_number(const struct scan *sc, const struct tok *t)
{
	size_t k, d = 0;

	if (t->f & T_NUM)
		return toklen(t) <= 6;
	if (!(t->f & T_ALNUM))
		return 0;
	while (t->st + d < t->en && bc[(unsigned char)sc->s[t->st + d]] ==
	    B_DIG)
		d++;
	if (d == 0 || d > 6 || toklen(t) - d > 1)
		return 0;
	for (k = t->st + d; k < t->en; k++)
		if (bc[(unsigned char)sc->s[k]] != B_LOW &&
		    bc[(unsigned char)sc->s[k]] != B_UP)
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
	if (bc[(unsigned char)sc->s[a->st]] != B_UP &&
	    (is_cased(sc) || bc[(unsigned char)sc->s[a->st]] != B_LOW))
		return 0;
	if (bc[(unsigned char)sc->s[b->st]] != B_DIG)
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
		while (pe < e + 3 && joins(sc, pe + 1) &&
		    street_word(sc, &sc->w[pe + 1]) &&
		    sc->w[pe + 1].cls == COG_W_NONE)
			pe++;
	}
	e = pe;
	(*parts)++;
	if ((k = state_after(sc, e)) != 0)
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

/*
 * A street address at the house number i: "12 Elm Street", "12 rue de la
 * Paix", "5th Avenue" forms.  Return the index after it, or i.
 */
static size_t
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
		for (m = i + 2; m < i + 7 && joins(sc, m) &&
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
	emit(sc, i, k, COG_LOCATION, address_score(parts));
	return k + 1;
}

/*
 * A street address that starts with the street: "Hauptstrasse 12",
 * "Berliner Strasse 5", "Via Roma 5", "Calle Mayor 3".
 */
static size_t
street_first_at(struct scan *sc, size_t i)
{
	char key[COG_LEX_MAXKEY];
	struct tok *t = &sc->w[i], *u;
	size_t kn = 0, m, k;
	int parts = 1;

	if (!street_word(sc, t))
		return i;
	u = tok(sc, i + 1);
	if (u != NULL && plain(u->gap) && house_number(sc, u) &&
	    fold_onto(sc, t, key, &kn) && !ENG(t) &&
	    cog_lex_compound_street(key, kn)) {
		m = i + 1;
	} else if (t->lex & (COG_LEX_ST_PREFIX | COG_LEX_ST_SUFFIX) &&
	    capital(sc, t)) {
		/* Via Roma 5: the street word, then one to three words. */
		for (m = i + 1; m < i + 4 && joins(sc, m) &&
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
	emit(sc, i, k, COG_LOCATION, address_score(parts));
	return k + 1;
}

static int
no_lower(const struct scan *sc, const struct tok *t)
{
	size_t k;

	for (k = t->st; k < t->en; k++)
		if (bc[(unsigned char)sc->s[k]] == B_LOW)
			return 0;
	return 1;
}

/*
 * A postcode alone as the whole value: UK "NW1 6XE" (0.7), or five
 * digits, a ZIP or a German or French postcode (0.5).
 */
static void
whole_postcode(struct scan *sc)
{
	struct tok *t = tok(sc, 0);

	if (t == NULL || !(t->gap & G_START) || t->st > 0)
		return;
	if (tok(sc, 1) == NULL && (t->f & T_NUM) && toklen(t) == 5 &&
	    t->en == sc->n)
		emit(sc, 0, 0, COG_LOCATION, 0.5f);
	else if (tok(sc, 2) == NULL && uk_postcode(sc, 0) &&
	    no_lower(sc, t) && no_lower(sc, &sc->w[1]) && sc->w[1].en == sc->n)
		emit(sc, 0, 1, COG_LOCATION, 0.7f);
}

/* Does the text capitalise a word ("Hi", "Maria"), beyond "I"? */
static int
has_capitals(const char *s, size_t n, int *upper)
{
	size_t i = 0;
	int low = 0;

#ifdef __SSE2__
	/*
	 * Sixteen bytes at a time, stepping fifteen: a capital at k of the
	 * first fifteen has its next byte in the same sixteen.
	 */
	for (; i + 16 <= n; i += 15) {
		unsigned lo, up, dg, prev;

		masks16((const unsigned char *)s + i, &lo, &up, &dg);
		prev = i > 0 && (bc[(unsigned char)s[i - 1]] == B_LOW ||
		    bc[(unsigned char)s[i - 1]] == B_UP);
		if (up & lo >> 1 & ~((lo | up) << 1 | prev) & 0x7fff)
			return 1;
		low |= lo != 0;
	}
#endif
	for (; i + 1 < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (bc[c] == B_LOW) {
			low = 1;
			continue;
		}
		if (bc[c] == B_UP && bc[(unsigned char)s[i + 1]] == B_LOW &&
		    (i == 0 || (bc[(unsigned char)s[i - 1]] != B_LOW &&
		    bc[(unsigned char)s[i - 1]] != B_UP)))
			return 1;
	}
	if (n > 0 && bc[(unsigned char)s[n - 1]] == B_LOW)
		low = 1;
	*upper = !low;
	return 0;
}

/*
 * Can the text hold a name or place?  Not an id, a timestamp or a URL: one
 * run without spaces that holds digits or '@', '/', '_' and the like, but
 * is not a postcode of five digits; and not words without a letter
 * ("555 0134", "4111 1111 1111 1111").
 */
static int
worth_scanning(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned digit = 0;
	size_t i = 0;
	int b;

#ifdef __SSE2__
	/*
	 * Sixteen bytes at a time: white space (any byte up to ' ') and
	 * digits.  The last sixteen overlap the ones before, or a short
	 * text is padded with letters.
	 */
	unsigned char pad[16];

	if (n < 16) {
		memset(pad, 'a', sizeof(pad));
		memcpy(pad, u, n);
	}
	for (i = 0; i < n; i += 16) {
		const unsigned char *p = n < 16 ? pad : i + 16 > n ?
		    u + n - 16 : u + i;
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
		__m128i d = _mm_sub_epi8(v, _mm_set1_epi8('0'));

		if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v,
		    _mm_set1_epi8(' ')), v)))
			goto words;
		digit |= (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		    _mm_min_epu8(d, _mm_set1_epi8(9)), d));
	}
#else
	for (; i < n; i++) {
		if (u[i] <= ' ')
			goto words;
		digit |= bc[u[i]] == B_DIG;
	}
#endif
	/* One run with a digit: only a postcode of five digits. */
	if (digit) {
		if (n != 5)
			return 0;
		for (i = 0; i < n; i++)
			if (bc[u[i]] != B_DIG)
				return 0;
		return 1;
	}
	/* One run of letters: not glued by '@', '/', '_', ':' and the like. */
	for (i = 0; i < n; i++) {
		b = bc[u[i]];
		if (b == B_GLUE || b == B_COLON)
			return 0;
	}
	return 1;
words:
	/* A name, a place or a street has a letter. */
	for (i = 0; i < n; i++) {
		b = bc[u[i]];
		if (b == B_LOW || b == B_UP || b == B_HIGH)
			return 1;
	}
	return 0;
}

/*
 * Is the text one lower-case word that is in no name or place list, such
 * as the "user" or "agent" of a record's source field?
 */
static int
plain_word(const char *s, size_t n)
{
	size_t i;
	uint32_t x;

	if (n > 16)
		return 0;
	for (i = 0; i < n; i++)
		if (bc[(unsigned char)s[i]] != B_LOW)
			return 0;
	x = cog_lex_letters(s, n, n);
	return !(x & (COG_LEX_PLACE | COG_LEX_PREFIX)) &&
	    !COG_LEX_GIVEN(x) && !COG_LEX_SURNAME(x);
}

void
cog_names_detect(const char *s, size_t n, cog_typeset types,
    struct cog_spans *out)
{
	struct scan sc;
	struct tok *t;
	size_t i = 0, k;
	int want_p = (types & COG_TYPEBIT(COG_PERSON)) != 0;
	int want_l = (types & COG_TYPEBIT(COG_LOCATION)) != 0;

	if ((!want_p && !want_l) || n == 0 || !worth_scanning(s, n))
		return;
	if (plain_word(s, n))
		return;
	sc.s = s;
	sc.n = n;
	sc.pos = 0;
	sc.upper = 0;
	sc.cased = -1;
	sc.eof = 0;
	sc.nw = 0;
	sc.types = types;
	sc.out = out;
	sc.last_person = 0;
	sc.started = 0;
	sc.keep = 1;
	sc.tailat = n > 16 ? n - 16 : 0;
	memset(sc.tail, ' ', sizeof(sc.tail));
	memcpy(sc.tail, s + sc.tailat, n - sc.tailat);
	if (want_l)
		whole_postcode(&sc);
	while ((t = tok(&sc, i)) != NULL) {
		if (i >= WIN / 2) {
			size_t d = i - BACK;

			memmove(sc.w, sc.w + d, (sc.nw - d) * sizeof(*sc.w));
			sc.nw -= d;
			i -= d;
			sc.last_person = sc.last_person > d ?
			    sc.last_person - d : 0;
			t = &sc.w[i];
		}
		k = i;
		if (t->f & T_USED) {
			i++;
			continue;
		}
		if (!(t->f & T_WORD)) {
			if (want_l)
				k = address_at(&sc, i);
			i = k > i ? k : i + 1;
			continue;
		}
		if ((t->f & T_LOWER) && is_cased(&sc) && !(t->f & T_HIGH)) {
			/* Only context makes a lower-case word a candidate. */
			struct tok *p = i && !(t->gap & G_SKIP) ?
			    &sc.w[i - 1] : NULL;
			unsigned c1 = p != NULL && (!(p->f & T_LOWER) ||
			    (p->f & (T_TRIG | T_APOS | T_HIGH | T_HYPH))) ?
			    ctx_class(&sc, p) : 0;

			if (want_p && ((PCUE >> c1) & 1))
				k = person_at(&sc, i);
			if (k == i && want_l && ((LCUE >> c1) & 1))
				k = place_at(&sc, i);
			i = k > i ? k : i + 1;
			continue;
		}
		look(&sc, t);
		/* "The", "Thanks", "I'm": no name, and no place either. */
		if (t->cls != COG_W_NONE && t->cls != COG_W_MONTH &&
		    t->cls != COG_W_PARTICLE && !(t->lex & (COG_LEX_PLACE |
		    COG_LEX_PREFIX | COG_LEX_COUNTRY_AB | COG_LEX_ST_PREFIX)) &&
		    !(t->cls == COG_W_STOP && COG_LEX_GIVEN(t->lex) &&
		    greeted(&sc, i))) {
			i++;
			continue;
		}
		if (want_l && ((t->lex & COG_LEX_ST_PREFIX) ||
		    (tok(&sc, i + 1) && (!(sc.w[i + 1].f & T_WORD) ||
		    (capital(&sc, &sc.w[i + 1]) && (look(&sc, &sc.w[i + 1]),
		    sc.w[i + 1].lex & COG_LEX_ST_SUFFIX))))))
			k = street_first_at(&sc, i);
		if (k == i && (t->lex & (COG_LEX_PLACE | COG_LEX_PREFIX |
		    COG_LEX_COUNTRY_AB)))
			k = place_at(&sc, i);
		if (k == i && want_p)
			k = person_at(&sc, i);
		i = k > i ? k : i + 1;
	}
}
