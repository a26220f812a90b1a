/* words.c -- the word scan: byte classes, tokens, the window, look-ups */
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "base/utf8.h"
#include "pii/lexicon.h"
#include "pii/words.h"

/* The class of every byte (B_*). */
const unsigned char scan_bc[256] = {
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

static int
bclass(const struct scan *sc, size_t i)
{
	return i < sc->n ? scan_bc[(unsigned char)sc->s[i]] : B_OTHER;
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
	while (i < sc->n && scan_bc[(unsigned char)sc->s[i]] != B_SPACE &&
	    scan_bc[(unsigned char)sc->s[i]] != B_NL && sc->s[i] != '=' &&
	    !escape_at(sc, i))
		i++;
	return i;
}

/* Letters and digits of ASCII, for the inner loop of scan_next(). */
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
	if (st + len < sc->n && ((b = scan_bc[u[st + len]]) == B_APOS ||
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
 * The common case of scan_next(): a word of ASCII letters at st, ended
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
	if (e < n && ((m = wc[u[e]]) != 0 || ((b = scan_bc[u[e]]) != B_SPACE &&
	    b != B_COMMA && !((b == B_DOT || b == B_EXCL) && (e + 1 == n ||
	    scan_bc[u[e + 1]] == B_SPACE || scan_bc[u[e + 1]] == B_NL)))))
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
 * Skip from sc->pos to the start of the next token and return its
 * offset, with the class of its first byte in *b (and for a letter
 * beyond ASCII its case in *cas and its length in *len) and what was
 * skipped in *gap.  Return (size_t)-1 when fast_word() has read the
 * token into t whole, and sc->n at the end of the text.
 */
static size_t
token_start(struct scan *sc, struct tok *t, unsigned *gapp, int *bp,
    int *casp, size_t *lenp)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t i = sc->pos, n = sc->n, len = 0;
	unsigned gap = 0;
	int b, cas = 0;

	for (;; i++) {
		if (i >= n) {
			sc->pos = i;
			return n;
		}
		b = scan_bc[u[i]];
		if (b == B_LOW || b == B_UP) {
			size_t e;

			if ((e = fast_word(sc, t, i, gap)) == 0)
				break;
			if (e == (size_t)-1)
				return e;
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
			/*
			 * A run that holds '@', '/' and the like: text, so
			 * the word after it does not start the value.
			 */
			i = skip_run(sc, i) - 1;
			gap |= G_OTHER;
			sc->started = 1;
			continue;
		}
		gap |= gapbit[b];
	}
	*gapp = gap;
	*bp = b;
	*casp = cas;
	*lenp = len;
	return i;
}

/* The letters of a token as scan_next() reads them. */
struct shape {
	unsigned acc;		/* W_* of the first byte (all, at the end) */
	unsigned rest;		/* W_* of the others */
	unsigned f;		/* T_APOS, T_HYPH of inner ' and - */
	int firstcase;		/* 1 upper, -1 lower, 0 neither */
};

/*
 * The end of the token at st whose first byte is of class b (cas and
 * len as token_start() gave them), its letters in *sh.
 */
static size_t
token_end(struct scan *sc, size_t st, int b, int cas, size_t len,
    struct shape *sh)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t i = st, n = sc->n;
	unsigned acc, rest, f = 0;

	if (b != B_HIGH && (len = quick_word(sc, st, &acc, &rest)) != 0) {
		sh->firstcase = b == B_UP ? 1 : b == B_LOW ? -1 : 0;
		sh->acc = acc, sh->rest = rest, sh->f = 0;
		return st + len;
	}
	if (b == B_HIGH) {
		sh->firstcase = cas;
		acc = W_HIGH | (cas > 0 ? W_UP : cas < 0 ? W_LOW : 0);
		i += len;
	} else {
		sh->firstcase = b == B_UP ? 1 : b == B_LOW ? -1 : 0;
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
		b = scan_bc[u[i]];
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
	sh->acc = acc, sh->rest = rest, sh->f = f;
	return i;
}

/*
 * The kind and shape flags (T_*) of the token t that ends at i, of the
 * letters sh; a possessive 's is cut off t->en.
 */
static unsigned
token_flags(struct scan *sc, struct tok *t, size_t i, const struct shape *sh)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t st = t->st;
	unsigned acc = sh->acc | sh->rest, f = sh->f;

	if (!(acc & (W_LOW | W_UP | W_HIGH)))
		return f | T_NUM;
	if (acc & W_DIG)
		return f | T_ALNUM;
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
	else if (sh->firstcase < 0 || ((sh->rest & W_UP) &&
	    inner_capital(sc, st, t->en)))
		f |= T_MIXED;
	else
		f |= T_CAP;
	return f;
}

/* The token and what was skipped before it (t->gap). */
int
scan_next(struct scan *sc, struct tok *t)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	struct shape sh;
	size_t n = sc->n, len, st, i;
	unsigned gap, f;
	int b, cas;

	st = token_start(sc, t, &gap, &b, &cas, &len);
	if (st == (size_t)-1)
		return 1;
	if (st >= n)
		return 0;
	i = token_end(sc, st, b, cas, len, &sh);
	t->st = st;
	t->en = t->next = i;
	if ((i < n && scan_bc[u[i]] != B_SPACE && scan_bc[u[i]] != B_COMMA &&
	    glued_after(sc, i)) || (st > 0 && scan_bc[u[st - 1]] == B_GLUE)) {
		sc->pos = skip_run(sc, i);
		sc->started = 1;
		return scan_next(sc, t) ? (t->gap |= G_OTHER, 1) : 0;
	}
	t->gap = gap | (sc->started ? 0 : G_START);
	t->lex = 0;
	t->cls = 0;
	sc->started = 1;
	f = token_flags(sc, t, i, &sh);
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

unsigned
scan_gap_after(struct scan *sc, size_t k)
{
	struct tok *t = tok(sc, k + 1);
	size_t i;
	unsigned gap = G_END;

	if (t != NULL)
		return t->gap;
	/* Only punctuation, emoji and space after: classify it anyway. */
	for (i = sc->w[k].next; i < sc->n; i++) {
		int b = scan_bc[(unsigned char)sc->s[i]];

		gap |= b == B_DOT ? G_DOT : b == B_EXCL ? G_EXCL :
		    b == B_COMMA ? G_COMMA : b == B_SPACE ? G_SPACE :
		    b == B_NL ? G_NL : G_OTHER;
	}
	return gap;
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

/*
 * The genitive of German, Dutch and the Nordic languages, a bare -s on a
 * word that is in no list ("Fischers Bestellung", "Jans fiets"): when
 * the word without it is a common name that is no other word, the token
 * is that name, possessive, as "Maria's" is.
 */
static void
genitive(struct tok *t, const char *w)
{
	size_t n = toklen(t);
	uint32_t x;

	if (n < 4 || n > COG_LEX_MAXKEY || w[n - 1] != 's' || w[n - 2] == 's')
		return;
	x = cog_lex_word(w, n - 1);
	if (COG_LEX_CLASS(x) != COG_W_NONE || COG_LEX_ENGLISH(x) ||
	    (x & COG_LEX_PLACE) || (COG_LEX_GIVEN(x) < 3 &&
	    COG_LEX_SURNAME(x) < 4) || ((x & COG_LEX_NOUN_DE) &&
	    COG_LEX_SURNAME(x) < 4 && COG_LEX_GIVEN(x) < 4))
		return;
	t->lex = x;
	t->en--;
	t->f |= T_POSS;
}

void
scan_lookup(struct scan *sc, struct tok *t)
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
	if (t->lex == 0 && (t->f & T_CAP) && !(t->f & T_POSS))
		genitive(t, sc->s + t->st);
	t->cls = COG_LEX_CLASS(t->lex);
}

int
scan_is_word(const struct scan *sc, const struct tok *t, const char *w)
{
	size_t n = strlen(w), k;

	if (t == NULL || toklen(t) != n)
		return 0;
	for (k = 0; k < n; k++)
		if (fold1((unsigned char)sc->s[t->st + k]) != (unsigned char)w[k])
			return 0;
	return 1;
}

int
scan_last_word(struct scan *sc, size_t k)
{
	size_t i, len;
	int cas;

	if (tok(sc, k + 1) != NULL || sc->n - sc->w[k].next > 64)
		return 0;
	for (i = sc->w[k].next; i < sc->n; i++) {
		int b = scan_bc[(unsigned char)sc->s[i]];

		if (b == B_LOW || b == B_UP || b == B_DIG || b == B_GLUE)
			return 0;
		if (b == B_HIGH && high_letter(sc, i, &len, &cas))
			return 0;
	}
	return 1;
}

int
scan_sent_start(struct scan *sc, size_t k)
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

int
scan_fold_onto(struct scan *sc, const struct tok *t, char *key, size_t *kn)
{
	size_t k = cog_lex_fold(sc->s + t->st, toklen(t), key + *kn,
	    COG_LEX_MAXKEY - *kn);

	if (k > COG_LEX_MAXKEY - *kn)
		return 0;
	*kn += k;
	return 1;
}

int
scan_joins(struct scan *sc, size_t k)
{
	struct tok *u = tok(sc, k);

	if (u == NULL || !(u->f & T_WORD))
		return 0;
	return plain(u->gap) || ((sc->w[k - 1].f & T_DOTTED) &&
	    !(u->gap & ~(unsigned)(G_DOT | G_SPACE)));
}

const float scan_english_cost[8] = { 0, 2.5f, 1.8f, 0.8f, 0.5f, 0.3f,
	0.3f, 0.3f };

void
scan_emit(struct scan *sc, size_t a, size_t b, int type, float sc_)
{
	size_t k;

	if (sc_ < cog_spans_min(sc->out)) {
		/* Proposed, for --explain, but its words stay free. */
		if (sc->out->explain)
			cog_spans_add(sc->out, sc->w[a].st, sc->w[b].en, type,
			    sc_);
		return;
	}
	cog_spans_add(sc->out, sc->w[a].st, sc->w[b].en, type, sc_);
	for (k = a; k <= b; k++)
		sc->w[k].f |= T_USED;
}


/* Does the text capitalise a word ("Hi", "Maria"), beyond "I"? */
int
scan_has_capitals(const char *s, size_t n, int *upper)
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
		prev = i > 0 && (scan_bc[(unsigned char)s[i - 1]] == B_LOW ||
		    scan_bc[(unsigned char)s[i - 1]] == B_UP);
		if (up & lo >> 1 & ~((lo | up) << 1 | prev) & 0x7fff)
			return 1;
		low |= lo != 0;
	}
#endif
	for (; i + 1 < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (scan_bc[c] == B_LOW) {
			low = 1;
			continue;
		}
		if (scan_bc[c] == B_UP &&
		    scan_bc[(unsigned char)s[i + 1]] == B_LOW &&
		    (i == 0 || (scan_bc[(unsigned char)s[i - 1]] != B_LOW &&
		    scan_bc[(unsigned char)s[i - 1]] != B_UP)))
			return 1;
	}
	if (n > 0 && scan_bc[(unsigned char)s[n - 1]] == B_LOW)
		low = 1;
	*upper = !low;
	return 0;
}


void
scan_shift(struct scan *sc, size_t *i)
{
	size_t d = *i - BACK;

	memmove(sc->w, sc->w + d, (sc->nw - d) * sizeof(*sc->w));
	sc->nw -= d;
	*i -= d;
	sc->last_person = sc->last_person > d ? sc->last_person - d : 0;
}
