/* fold.c -- text as detection reads it: valid UTF-8, look-alikes folded */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "base/err.h"
#include "base/utf8.h"
#include "mask/fold.h"

#define REPLACEMENT "\xef\xbf\xbd"

size_t
cog_fold_ascii(const char *s, size_t n)
{
	size_t i = 0;

#ifdef __SSE2__
	/* Sixty-four bytes a step, then sixteen to find the byte. */
	for (; n - i >= 64; i += 64) {
		const __m128i *p = (const __m128i *)(const void *)(s + i);
		__m128i x = _mm_or_si128(
		    _mm_or_si128(_mm_loadu_si128(p), _mm_loadu_si128(p + 1)),
		    _mm_or_si128(_mm_loadu_si128(p + 2), _mm_loadu_si128(p + 3)));

		if (_mm_movemask_epi8(x))
			break;
	}
	for (; n - i >= 16; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)
		    (s + i));
		unsigned bits = (unsigned)_mm_movemask_epi8(x);

		if (bits)
			return i + (size_t)__builtin_ctz(bits);
	}
	if (n >= 16 && i < n) {
		/* The last sixteen bytes, those before i left out. */
		size_t j = n - 16;
		unsigned bits = (unsigned)_mm_movemask_epi8(_mm_loadu_si128(
		    (const __m128i *)(const void *)(s + j))) &
		    (0xffffu << (i - j));

		return bits ? j + (size_t)__builtin_ctz(bits) : n;
	}
#endif
	while (i < n && (unsigned char)s[i] < 0x80)
		i++;
	return i;
}

/* Is the sequence of len bytes at s that decoded to cp invalid? */
static inline int
invalid(uint32_t cp, size_t len)
{
	return cp == COG_UTF8_BAD && len == 1;
}

size_t
cog_fold_valid(const char *s, size_t n)
{
	size_t i = cog_fold_ascii(s, n), len;
	uint32_t cp;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i += 1 + cog_fold_ascii(s + i + 1, n - i - 1);
			continue;
		}
		len = cog_utf8_decode(s + i, n - i, &cp);
		if (invalid(cp, len))
			return i;
		i += len;
	}
	return n;
}

void
cog_fold_clean(const char *s, size_t n, struct cog_buf *out)
{
	size_t i = 0, good, len;
	uint32_t cp;

	while (i < n) {
		good = cog_fold_valid(s + i, n - i);
		cog_buf_add(out, s + i, good);
		i += good;
		if (i == n)
			break;
		len = cog_utf8_decode(s + i, n - i, &cp);
		cog_buf_add(out, REPLACEMENT, 3);
		i += len;
	}
}

/* The ASCII character cp stands for, or 0. */
static int
ascii_of(uint32_t cp)
{
	if (cp >= 0xff01 && cp <= 0xff5e)
		return (int)(cp - 0xfee0);
	switch (cp) {
	case 0x00a0: case 0x2007: case 0x2009: case 0x200a: case 0x202f:
	case 0x3000:
		return ' ';
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212:
	case 0xfe63:
		return '-';
	default:
		return 0;
	}
}

/* May the byte start a character that folds?  (C2, E2, E3 or EF.) */
static inline int
lead(unsigned char c)
{
	return c == 0xc2 || c == 0xe2 || c == 0xe3 || c == 0xef;
}

/* The offset of the first character of s that folds, or n. */
static size_t
first_fold(const char *s, size_t n)
{
	size_t i = 0, len;
	uint32_t cp;

	while ((i += cog_fold_ascii(s + i, n - i)) < n) {
		if (!lead((unsigned char)s[i])) {
			i++;
			continue;
		}
		len = cog_utf8_decode(s + i, n - i, &cp);
		if (ascii_of(cp))
			return i;
		i += len;
	}
	return n;
}

int
cog_fold(const char *s, size_t n, struct cog_buf *out, size_t **map,
    size_t *mapcap)
{
	size_t i = first_fold(s, n), k, len;
	uint32_t cp;
	int c;

	if (i == n)
		return 0;
	cog_buf_reset(out);
	cog_buf_grow(out, n);
	if (*mapcap < n + 1) {
		*mapcap = n + 1;
		*map = cog_xreallocarray(*map, *mapcap, sizeof(**map));
	}
	cog_buf_add(out, s, i);
	for (k = 0; k < i; k++)
		(*map)[k] = k;
	while (i < n) {
		len = cog_utf8_decode(s + i, n - i, &cp);
		c = (unsigned char)s[i] < 0x80 ? 0 : ascii_of(cp);
		if (c) {
			(*map)[out->len] = i;
			cog_buf_addc(out, c);
		} else {
			for (k = 0; k < len; k++)
				(*map)[out->len + k] = i + k;
			cog_buf_add(out, s + i, len);
		}
		i += len;
	}
	(*map)[out->len] = n;
	return 1;
}
