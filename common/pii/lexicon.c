/* lexicon.c -- the names lexicon: given names, surnames, places and words */
#include <string.h>

#include "base/utf8.h"
#include "pii/lexicon.h"

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

#define FNV_BASIS	0xcbf29ce484222325ULL
#define FNV_PRIME	0x100000001b3ULL

static uint64_t
mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h;
}

#define INFO_BITS	11

static uint32_t
probe(uint64_t h)
{
	uint64_t mask = (1ULL << cog_lex_bits) - 1;
	uint32_t fp = (uint32_t)(h >> (32 + INFO_BITS)), slot;
	size_t i = (size_t)(h & mask);

	if (fp == 0)
		fp = 1;
	for (; (slot = cog_lex_slots[i]) != 0; i = (i + 1) & mask)
		if (slot >> INFO_BITS == fp)
			return cog_lex_infos[slot & ((1u << INFO_BITS) - 1)];
	return 0;
}

static uint64_t
lexhash(const char *key, size_t n)
{
	uint64_t h = FNV_BASIS;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)key[i]) * FNV_PRIME;
	return mix(h);
}

uint32_t
cog_lex_get(const char *key, size_t n)
{
	return probe(lexhash(key, n));
}

static uint64_t
smallhash(uint64_t k0, uint64_t k1, size_t n)
{
	return (k0 * 0x9e3779b97f4a7c15ULL) ^ (k1 * 0xc2b2ae3d27d4eb4fULL) ^ n;
}

/* The small table's entry of the packed word k0, k1 of hash h. */
static int
small(uint64_t k0, uint64_t k1, uint64_t h, uint32_t *info)
{
	size_t i, mask = ((size_t)1 << cog_lex_small_bits) - 1;

	for (i = (size_t)(h >> (64 - cog_lex_small_bits));
	    cog_lex_small_tab[i].k0; i = (i + 1) & mask)
		if (cog_lex_small_tab[i].k0 == k0 &&
		    cog_lex_small_tab[i].k1 == k1) {
			*info = cog_lex_small_tab[i].info;
			return 1;
		}
	return 0;
}

/*
 * The short words each thread looked up last, found or not.  A chat's
 * capitalised words recur (the brand, the prompts' words, street words,
 * the names of the day), and a look-up in the big table is mostly a
 * cache miss; this table is small enough to stay in the first-level
 * cache.
 */
#define RECENT_BITS 10
static _Thread_local struct cog_lex_small recent[1 << RECENT_BITS];

/* lexhash() of the ASCII letters at u, lower-cased as they are hashed. */
static uint64_t
letters_hash(const unsigned char *u, size_t n)
{
	uint64_t h = FNV_BASIS;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (u[i] | 0x20u)) * FNV_PRIME;
	return mix(h);
}

uint32_t
cog_lex_letters(const char *s, size_t n, size_t room)
{
	uint64_t k0 = 0, k1 = 0, h;
	const unsigned char *u = (const unsigned char *)s;
	struct cog_lex_small *r;
	uint32_t x;
	size_t i;

	if (n == 0 || n > COG_LEX_MAXKEY)
		return 0;
	if (n <= 12) {
		/* Bit 5 makes an ASCII letter lower case. */
		if (room >= 16) {
			memcpy(&k0, u, 8);
			memcpy(&k1, u + 8, 8);
		} else {
			for (i = 0; i < n; i++)
				if (i < 8)
					k0 |= (uint64_t)u[i] << (8 * i);
				else
					k1 |= (uint64_t)u[i] << (8 * (i - 8));
		}
		k0 |= 0x2020202020202020ULL;
		k1 |= 0x2020202020202020ULL;
		if (n < 8) {
			k0 &= (1ULL << (8 * n)) - 1;
			k1 = 0;
		} else if (n < 16) {
			k1 &= (1ULL << (8 * (n - 8))) - 1;
		}
		h = smallhash(k0, k1, n);
		r = &recent[h >> (64 - RECENT_BITS)];
		if (r->k0 == k0 && r->k1 == k1)
			return r->info;
		if (!small(k0, k1, h, &x))
			x = probe(letters_hash(u, n));
		r->k0 = k0;
		r->k1 = (uint32_t)k1;
		r->info = x;
		return x;
	}
	return probe(letters_hash(u, n));
}

uint32_t
cog_lex_word(const char *s, size_t n)
{
	char key[COG_LEX_MAXKEY];
	uint64_t h = FNV_BASIS, k0 = 0, k1 = 0;
	size_t i, k;
	uint32_t x;

	if (n <= 12 && n > 0) {
		for (i = 0; i < n; i++) {
			uint64_t c = (unsigned char)s[i];

			if (c - 'A' < 26)
				c |= 0x20;
			else if (c - 'a' >= 26 && c != '\'')
				break;
			if (i < 8)
				k0 |= c << (8 * i);
			else
				k1 |= c << (8 * (i - 8));
		}
		if (i == n && small(k0, k1, smallhash(k0, k1, n), &x))
			return x;
	}

	/* Plain ASCII letters and hyphens fold as they are hashed. */
	for (i = 0; i < n; i++) {
		unsigned c = (unsigned char)s[i];

		if ((c | 0x20) - 'a' < 26)
			c |= 0x20;
		else if (c != '-')
			break;
		h = (h ^ c) * FNV_PRIME;
	}
	if (i == n)
		return n <= COG_LEX_MAXKEY ? probe(mix(h)) : 0;
	k = cog_lex_fold(s, n, key, sizeof(key));
	return k <= sizeof(key) ? cog_lex_get(key, k) : 0;
}

int
cog_lex_compound_street(const char *key, size_t n)
{
	unsigned c, k;

	if (n == 0)
		return 0;
	c = (unsigned char)key[n - 1];
	for (k = cog_lex_compound_at[c]; k < cog_lex_compound_at[c + 1]; k++) {
		size_t m = cog_lex_compound[k].n;

		if (n >= m + 3 && memcmp(key + n - m, cog_lex_compound[k].s,
		    m) == 0)
			return 1;
	}
	return 0;
}
