/* postcode.c -- the postcodes of the address formats, on tokens and bytes */
#include <stddef.h>
#include <string.h>

#include "pii/postcode.h"
#include "pii/words.h"

static int
digit(int c)
{
	return (unsigned)c - '0' < 10;
}

static int
upper(int c)
{
	return (unsigned)c - 'A' < 26;
}

/* How many digits from s[0] on, at most n. */
static size_t
digits(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && digit((unsigned char)s[i]))
		i++;
	return i;
}

/* The country prefixes written before a postcode, as in D-10115. */
static const char *const prefixes[] = {
	"A", "B", "CH", "D", "DK", "E", "F", "FI", "I", "L", "N", "NL", "NO",
	"P", "PL", "S", "SE", NULL
};

/* The length of a country prefix and its hyphen at s, or 0. */
static size_t
prefix(const char *s, size_t n)
{
	const char *const *p;
	size_t k = 0;

	while (k < n && k < 3 && upper((unsigned char)s[k]))
		k++;
	if (k == 0 || k >= n || s[k] != '-')
		return 0;
	for (p = prefixes; *p; p++)
		if (strlen(*p) == k && memcmp(*p, s, k) == 0)
			return k + 1;
	return 0;
}

int
postcode_run(const char *s, size_t n, int *prefixed)
{
	size_t p = prefix(s, n), a, b;

	*prefixed = p != 0;
	s += p, n -= p;
	a = digits(s, n);
	if (a == n)
		/* D-10115, CH-8001; SE-111 (43 follows) */
		return p && (a == 4 || a == 5 || a == 3) ? PC_STRONG : PC_NONE;
	if (s[a] != '-')
		return PC_NONE;
	b = digits(s + a + 1, n - a - 1);
	if (a + 1 + b != n)
		return PC_NONE;
	/* 00-950, 1100-053, 01001-000, 12345-6789 */
	if ((a == 2 && b == 3) || (a == 4 && b == 3) || (a == 5 && b == 3) ||
	    (a == 5 && b == 4 && !p))
		return PC_STRONG;
	return PC_NONE;
}

/* The letter class of the byte at s[i] for the UK and CA shapes. */
static int
letter_at(struct scan *sc, const struct tok *t, size_t i)
{
	int c = (unsigned char)sc->s[t->st + i];

	if (upper(c))
		return 1;
	return !is_cased(sc) && (unsigned)c - 'a' < 26;
}

static int
digit_at(struct scan *sc, const struct tok *t, size_t i)
{
	return digit((unsigned char)sc->s[t->st + i]);
}

/* The outward part of a UK postcode: A9, A99, A9A, AA9, AA99, AA9A. */
static int
uk_outward(struct scan *sc, const struct tok *t)
{
	size_t n = toklen(t), k = 1;

	if (n < 2 || n > 4 || !letter_at(sc, t, 0))
		return 0;
	if (letter_at(sc, t, 1))
		k = 2;
	if (k >= n || !digit_at(sc, t, k))
		return 0;
	if (k + 1 == n)
		return 1;
	return k + 2 == n && (digit_at(sc, t, k + 1) ||
	    letter_at(sc, t, k + 1));
}

int
postcode_uk_ca(struct scan *sc, size_t k, size_t *last)
{
	struct tok *a = tok(sc, k), *b = tok(sc, k + 1);

	if (a == NULL || b == NULL || !plain(b->gap) || !(a->f & T_ALNUM) ||
	    !(b->f & T_ALNUM) || toklen(b) != 3)
		return PC_NONE;
	*last = k + 1;
	/* The inward part of the UK, 9AA; of Canada, 9A9 after A9A. */
	if (digit_at(sc, b, 0) && letter_at(sc, b, 1) && letter_at(sc, b, 2) &&
	    uk_outward(sc, a))
		return PC_STRONG;
	if (toklen(a) == 3 && letter_at(sc, a, 0) && digit_at(sc, a, 1) &&
	    letter_at(sc, a, 2) && digit_at(sc, b, 0) && letter_at(sc, b, 1) &&
	    digit_at(sc, b, 2))
		return PC_STRONG;
	return PC_NONE;
}

int
postcode_at(struct scan *sc, size_t k, size_t *last)
{
	struct tok *t = tok(sc, k), *u;
	size_t n;

	if (t == NULL)
		return PC_NONE;
	*last = k;
	/* 1012NX: the Netherlands' postcode written as one word. */
	if ((t->f & T_ALNUM) && toklen(t) == 6 && sc->s[t->st] != '0' &&
	    digit_at(sc, t, 0) && digit_at(sc, t, 1) && digit_at(sc, t, 2) &&
	    digit_at(sc, t, 3) && letter_at(sc, t, 4) && letter_at(sc, t, 5))
		return PC_STRONG;
	if (!(t->f & T_NUM))
		return postcode_uk_ca(sc, k, last);
	n = toklen(t);
	u = tok(sc, k + 1);
	if (u != NULL && !plain(u->gap))
		u = NULL;
	if (n == 5)
		return PC_DIGITS;
	/* 1012 NX: the Netherlands. */
	if (n == 4 && u != NULL && (u->f & T_WORD) && toklen(u) == 2 &&
	    ((u->f & T_UPPER) || !is_cased(sc))) {
		*last = k + 1;
		return PC_STRONG;
	}
	if (n == 4)
		return PC_WEAK;
	/* 111 43: Sweden. */
	if (n == 3 && u != NULL && (u->f & T_NUM) && toklen(u) == 2) {
		*last = k + 1;
		return PC_STRONG;
	}
	return PC_NONE;
}
