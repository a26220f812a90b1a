/* prefilter.c -- which texts the names scan can skip whole */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "pii/lexicon.h"
#include "pii/prefilter.h"
#include "pii/words.h"

/*
 * Can the text hold a name or place?  Not an id, a timestamp or a URL: one
 * run without spaces that holds digits or '@', '/', '_' and the like, but
 * is not a postcode of five digits; and not words without a letter
 * ("555 0134", "4111 1111 1111 1111").
 */
/*
 * Does the text hold white space (a byte up to ' ')?  If not, *digit
 * tells whether it holds a digit.
 */
static int
has_space(const unsigned char *u, size_t n, unsigned *digit)
{
#ifdef __SSE2__
	/*
	 * Sixteen bytes at a time: white space and digits.  The last
	 * sixteen overlap the ones before, or a short text is padded with
	 * letters.
	 */
	const unsigned char *p = u, *last;
	unsigned char pad[16];

	*digit = 0;
	if (n < 16) {
		memset(pad, 'a', sizeof(pad));
		memcpy(pad, u, n);
		p = last = pad;
	} else {
		last = u + n - 16;
	}
	for (;; p += 16) {
		__m128i v, d;

		if (p > last)
			p = last;
		v = _mm_loadu_si128((const __m128i *)(const void *)p);
		d = _mm_sub_epi8(v, _mm_set1_epi8('0'));
		if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v,
		    _mm_set1_epi8(' ')), v)))
			return 1;
		*digit |= (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		    _mm_min_epu8(d, _mm_set1_epi8(9)), d));
		if (p == last)
			return 0;
	}
#else
	size_t i;

	*digit = 0;
	for (i = 0; i < n; i++) {
		if (u[i] <= ' ')
			return 1;
		*digit |= scan_bc[u[i]] == B_DIG;
	}
	return 0;
#endif
}

static int
worth_scanning(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned digit;
	size_t i;
	int b;

	if (has_space(u, n, &digit)) {
		/* Words: a name, a place or a street has a letter. */
		for (i = 0; i < n; i++) {
			b = scan_bc[u[i]];
			if (b == B_LOW || b == B_UP || b == B_HIGH)
				return 1;
		}
		return 0;
	}
	/* One run with a digit: only a postcode of five digits. */
	if (digit) {
		if (n != 5)
			return 0;
		for (i = 0; i < n; i++)
			if (scan_bc[u[i]] != B_DIG)
				return 0;
		return 1;
	}
	/* One run of letters: not glued by '@', '/', '_', ':' and the like. */
	for (i = 0; i < n; i++) {
		b = scan_bc[u[i]];
		if (b == B_GLUE || b == B_COLON)
			return 0;
	}
	return 1;
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
		if (scan_bc[(unsigned char)s[i]] != B_LOW)
			return 0;
	x = cog_lex_letters(s, n, n);
	return !(x & (COG_LEX_PLACE | COG_LEX_PREFIX)) &&
	    !COG_LEX_GIVEN(x) && !COG_LEX_SURNAME(x);
}


int
prefilter_names(const char *s, size_t n)
{
	return n > 0 && worth_scanning(s, n) && !plain_word(s, n);
}
