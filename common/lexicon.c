/* lexicon.c -- the names lexicon: given names, surnames, places and words */
#include <string.h>

#include "banned.h"
#include "lexicon.h"
#include "utf8.h"

#define LATIN_LO	0xc0
#define LATIN_HI	0x250
#define EXT_LO		0x1e00
#define EXT_HI		0x1f00

static const struct cog_lex_fold *
latin(uint32_t cp)
{
	if (cp >= LATIN_LO && cp < LATIN_HI)
		return &cog_lex_latin[cp - LATIN_LO];
	if (cp >= EXT_LO && cp < EXT_HI)
		return &cog_lex_latin_ext[cp - EXT_LO];
	return NULL;
}

static uint32_t
lower_gc(uint32_t cp)
{
	if (cp >= 0x410 && cp <= 0x42f)
		return cp + 0x20;
	if (cp >= 0x400 && cp <= 0x40f)
		return cp + 0x50;
	if (cp >= 0x391 && cp <= 0x3a9 && cp != 0x3a2)
		return cp + 0x20;
	return cp;
}

int
cog_lex_case(uint32_t cp)
{
	const struct cog_lex_fold *l;

	if (cp < 0x80) {
		if (cp - 'A' < 26)
			return 1;
		return cp - 'a' < 26 ? -1 : 0;
	}
	if ((l = latin(cp)) != NULL)
		return l->f & 2 ? 1 : l->f & 4 ? -1 : 0;
	if ((cp >= 0x400 && cp <= 0x42f) || (cp >= 0x391 && cp <= 0x3a9))
		return 1;
	if ((cp >= 0x430 && cp <= 0x45f) || (cp >= 0x3b1 && cp <= 0x3c9))
		return -1;
	return 0;
}

int
cog_lex_letter(uint32_t cp)
{
	const struct cog_lex_fold *l;

	if (cp < 0x80)
		return (cp | 0x20) - 'a' < 26;
	if ((l = latin(cp)) != NULL)
		return l->f & 1;
	/* Greek, Cyrillic and the other alphabets up to Arabic. */
	return (cp >= 0x370 && cp < 0x700 && cp != 0x37e && cp != 0x387) ||
	    (cp >= 0x900 && cp < 0x1000);
}

size_t
cog_lex_fold(const char *s, size_t n, char *out, size_t cap)
{
	const struct cog_lex_fold *l;
	size_t i = 0, k = 0, len;
	uint32_t cp;
	char enc[4];

	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80) {
			i++;
			if (c == '\'' || c == '.')
				continue;
			if (k == cap)
				return cap + 1;
			out[k++] = (char)((unsigned)(c - 'A') < 26 ? c + 32 : c);
			continue;
		}
		len = cog_utf8_decode(s + i, n - i, &cp);
		if (cp == 0x2019) {
			i += len;
			continue;
		}
		if ((l = latin(cp)) != NULL && (l->f & 1)) {
			size_t m = strlen(l->s);

			if (cap - k < m)
				return cap + 1;
			memcpy(out + k, l->s, m);
			k += m;
			i += len;
			continue;
		}
		if (l == NULL && cp != COG_UTF8_BAD && lower_gc(cp) != cp) {
			size_t m = cog_utf8_encode(lower_gc(cp), enc);

			if (cap - k < m)
				return cap + 1;
			memcpy(out + k, enc, m);
			k += m;
			i += len;
			continue;
		}
		if (cap - k < len)
			return cap + 1;
		memcpy(out + k, s + i, len);
		k += len;
		i += len;
	}
	return k;
}

static uint64_t
lexhash(const char *key, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)key[i];
		h *= 0x100000001b3ULL;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h;
}

uint32_t
cog_lex_get(const char *key, size_t n)
{
	uint64_t h = lexhash(key, n), mask = (1ULL << cog_lex_bits) - 1;
	uint32_t fp = (uint32_t)(h >> 32);
	size_t i = (size_t)(h & mask);

	if (fp == 0)
		fp = 1;
	for (; cog_lex_slots[i]; i = (i + 1) & mask)
		if ((uint32_t)(cog_lex_slots[i] >> 32) == fp)
			return (uint32_t)cog_lex_slots[i];
	return 0;
}

int
cog_lex_compound_street(const char *key, size_t n)
{
	const char *const *e;

	for (e = cog_lex_compound; *e; e++) {
		size_t m = strlen(*e);

		if (n >= m + 3 && memcmp(key + n - m, *e, m) == 0)
			return 1;
	}
	return 0;
}
