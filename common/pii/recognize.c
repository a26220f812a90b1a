/* recognize.c -- the built-in pattern and checksum recognizers */

/*
 * One pass over the bytes.  A 256-entry class table marks the bytes that
 * can begin or reveal an entity: digits, '.', ':', '@' and '-'.  Every
 * other byte (letters, spaces, punctuation, UTF-8) is skipped sixteen at
 * a time (SSE2; four at a time without it).  At a marked byte a small
 * recognizer looks around it, bounded in both directions, and the scan
 * resumes after what it consumed, so the work stays linear and nothing
 * is allocated but the output spans.
 *
 *	digit	cards, IBAN (its letters are found by looking back), SSN,
 *		NHS, phones (with a '+' or '(' just before), IPv4,
 *		dates, passports, Bitcoin Base58Check and Bech32 ("bc1")
 *	'.'	URLs without a scheme (www.x.y, x.y/path), Cisco MAC
 *	':'	URLs with a scheme, IPv6, MAC aa:bb:..
 *	'@'	e-mail addresses
 *	'-'	MAC aa-bb-..
 *
 * Scores are simple and fixed:
 *	1.0	a checksum passed (card Luhn and issuer prefix, IBAN
 *		mod-97 and country length, Base58Check, Bech32/Bech32m),
 *		or an NHS mod-11 number with its context word
 *	0.85	a strong format (e-mail and URL whose suffix libpsl lists,
 *		IPv4/IPv6, MAC, "+CC" phone of a valid length, dashed SSN,
 *		ISO and numeric dates for DATE_TIME)
 *	0.5-0.8	national phone layouts (NANP, trunk '0' numbers), bare
 *		domains, NHS without context, spaced or dotted SSN
 *	0.3-0.35	weak: bare digit runs, passports and birth dates
 *		without their context words, the unspecified IPv6 "::"
 * A context word nearby (48 bytes before, 24 after: "phone", "call",
 * "ssn", "social security", "passport", "born", "date of birth",
 * "nhs", "website") adds 0.35 or is required; before a phone of a weak
 * or medium layout, "order", "invoice", "ref", "nhs" and the like take
 * 0.35 off; "version" or "build" before a dotted quad makes it weak.
 * The caller drops what scores under COG_MIN_SCORE (0.5).  An entity
 * never starts or ends inside a word: the byte beyond each end is not an
 * ASCII letter, digit or '_' (nor, for numbers, a separator followed by
 * more digits).  Published example SSNs (078-05-1120, 219-09-9999,
 * 123-45-6789) are not reported: see checksum.h.
 */
#include <stddef.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "pii/rec.h"
#include "pii/recognize.h"

enum {
	T_DIGIT = 1,
	T_DOT = 2,
	T_COLON = 4,
	T_AT = 8,
	T_DASH = 16
};

#define D T_DIGIT
static const unsigned char cls[256] = {
	['-'] = T_DASH, ['.'] = T_DOT, [':'] = T_COLON, ['@'] = T_AT,
	['0'] = D, ['1'] = D, ['2'] = D, ['3'] = D, ['4'] = D,
	['5'] = D, ['6'] = D, ['7'] = D, ['8'] = D, ['9'] = D,
};
#undef D

#define TB(t)	COG_TYPEBIT(t)

static const cog_typeset digit_types = TB(COG_PHONE_NUMBER) |
    TB(COG_CREDIT_CARD) | TB(COG_IBAN_CODE) | TB(COG_US_SSN) |
    TB(COG_IP_ADDRESS) | TB(COG_CRYPTO) | TB(COG_UK_NHS) |
    TB(COG_US_PASSPORT) | TB(COG_DATE_OF_BIRTH) | TB(COG_DATE_TIME);

/*
 * The end of an RFC 4122 UUID (8-4-4-4-12 hex digits) that the byte at i
 * belongs to, or 0.  Identifiers like these fill transcript records; none
 * of them is, or holds, an entity.
 */
static size_t
uuid_at(const struct rec *r, size_t i)
{
	static const unsigned char dash[36] = { [8] = 1, [13] = 1, [18] = 1,
	    [23] = 1 };
	size_t st = i, k;

	while (st > 0 && i - st < 36 && (is_hex(r->s[st - 1]) ||
	    r->s[st - 1] == '-'))
		st--;
	if (!rec_left_ok(r, st) || r->n - st < 36)
		return 0;
	for (k = 0; k < 36; k++)
		if (dash[k] ? r->s[st + k] != '-' : !is_hex(r->s[st + k]))
			return 0;
	return rec_right_ok(r, st + 36) ? st + 36 : 0;
}

/* The first byte at or after i whose class is in want, or n. */
static inline size_t
skip(const unsigned char *u, size_t i, size_t n, unsigned want)
{
#ifdef __SSE2__
	/* Sixteen bytes at a time: every class is in '-'..':' or '@'. */
	const __m128i lo = _mm_set1_epi8('-'), span = _mm_set1_epi8(':' - '-');
	const __m128i at = _mm_set1_epi8('@');

	for (; i + 16 <= n; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
		__m128i t = _mm_sub_epi8(v, lo);
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_cmpeq_epi8(_mm_min_epu8(t, span), t),
		    _mm_cmpeq_epi8(v, at)));

		for (; m; m &= m - 1)
			if (cls[u[i + __builtin_ctz(m)]] & want)
				return i + __builtin_ctz(m);
	}
#endif
	while (i + 4 <= n && !((cls[u[i]] | cls[u[i + 1]] | cls[u[i + 2]] |
	    cls[u[i + 3]]) & want))
		i += 4;
	while (i < n && !(cls[u[i]] & want))
		i++;
	return i;
}

/* The types a question can ask for, with their context word lists. */
static const struct {
	int type;
	unsigned ctx;
} askable[] = {
	{ COG_DATE_OF_BIRTH, CTX(CTX_DOB) },
	{ COG_US_PASSPORT, CTX(CTX_PASSPORT) },
	{ COG_US_SSN, CTX(CTX_SSN) },
	{ COG_UK_NHS, CTX(CTX_NHS) },
};

cog_typeset
cog_recognize_asks(const char *s, size_t n, cog_typeset types)
{
	struct rec r = { (const unsigned char *)s, n, types, NULL, -1, 0 };
	cog_typeset asked = 0;
	unsigned want = 0, found;
	size_t i;

	for (i = 0; i < sizeof(askable) / sizeof(*askable); i++)
		if (types & TB(askable[i].type))
			want |= askable[i].ctx;
	if (want == 0 || n == 0 || (found = rec_ctx(&r, n, n, want)) == 0)
		return 0;
	for (i = 0; i < sizeof(askable) / sizeof(*askable); i++)
		if (found & askable[i].ctx)
			asked |= TB(askable[i].type);
	return asked;
}

void
cog_recognize(const char *s, size_t n, cog_typeset types,
    struct cog_spans *out)
{
	cog_recognize_reply(s, n, types, 0, out);
}

void
cog_recognize_reply(const char *s, size_t n, cog_typeset types,
    cog_typeset carry, struct cog_spans *out)
{
	struct rec r = { (const unsigned char *)s, n, types, out, -1, 0 };
	const unsigned char *u = r.s;
	size_t i = 0, e, dot_done = 0, colon_done = 0;
	unsigned want = 0;

	for (i = 0; carry && i < sizeof(askable) / sizeof(*askable); i++)
		if (carry & TB(askable[i].type))
			r.carry |= askable[i].ctx;
	if (r.carry & CTX(CTX_DOB))
		r.dob = 1;
	i = 0;
	if (types & digit_types)
		want |= T_DIGIT;
	if (types & (TB(COG_URL) | TB(COG_MAC_ADDRESS)))
		want |= T_DOT;
	if (types & (TB(COG_URL) | TB(COG_IP_ADDRESS) | TB(COG_MAC_ADDRESS)))
		want |= T_COLON;
	if (types & TB(COG_EMAIL_ADDRESS))
		want |= T_AT;
	if (types & TB(COG_MAC_ADDRESS))
		want |= T_DASH;
	if (want == 0)
		return;
	for (;;) {
		if ((i = skip(u, i, n, want)) >= n)
			break;
		/* Sentence ends and "Note: ..." need no call. */
		if ((cls[u[i]] & (T_DOT | T_COLON)) &&
		    (i + 1 == n || u[i + 1] == ' ' || u[i + 1] == '\n')) {
			i++;
			continue;
		}
		if ((cls[u[i]] & (T_DIGIT | T_DASH)) && (e = uuid_at(&r, i))) {
			i = e;
			continue;
		}
		switch (cls[u[i]] & want) {
		case T_DIGIT:
			e = rec_digits(&r, i);
			break;
		case T_DOT:
			e = rec_dot(&r, i, &dot_done);
			break;
		case T_COLON:
			e = rec_colon(&r, i, &colon_done);
			break;
		case T_AT:
			e = rec_email(&r, i);
			break;
		default:
			e = rec_dash(&r, i);
			break;
		}
		i = e > i ? e : i + 1;
	}
}
