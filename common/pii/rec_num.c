/* rec_num.c -- recognizers that start at a digit: cards, phones, ids, dates */
#include <string.h>

#include "pii/checksum.h"
#include "pii/numplan.h"
#include "pii/rec.h"

#define MAXG	16
#define MAXD	40

/*
 * A chain of digit groups joined by single separators (space - . /),
 * possibly with a leading '+' and parenthesised groups: the raw shape
 * every numeric recognizer reads.  Two spaces between groups, as card
 * numbers are often copied, are the separator TWO, and a hyphen with a
 * space either side ("4111 - 1111 - ...") is DASH: only cards read
 * across them.
 */
#define TWO	'_'
#define DASH	'~'

struct chain {
	size_t st;
	int plus, ng, nd;
	unsigned char len[MAXG], paren[MAXG];
	char sep[MAXG];		/* separator before group k, 0 if none */
	size_t gend[MAXG];	/* byte end of group k */
	char d[MAXD + 1];	/* the digits, as characters */
};

static void
chain_parse(const struct rec *r, size_t st, int lead, struct chain *c)
{
	size_t p = st;
	char sep = 0;

	c->st = st;
	c->plus = c->ng = c->nd = 0;
	if (lead && rec_at(r, p) == '+') {
		c->plus = 1;
		p++;
	}
	for (;;) {
		size_t q = p, gs;
		int par = 0, sc, nd;

		if (rec_at(r, q) == '(' && (lead || c->ng > 0)) {
			par = 1;
			q++;
			/* "(+39) 347 ...": the calling code in parentheses. */
			if (lead && c->ng == 0 && !c->plus &&
			    rec_at(r, q) == '+') {
				c->plus = 1;
				q++;
			}
			/* "(0-22) 807 38 95": Poland's former trunk 0. */
			if (lead && c->ng == 0 && rec_at(r, q) == '0' &&
			    rec_at(r, q + 1) == '-' && is_digit(rec_at(r, q + 2)))
				q += 2;
		}
		gs = q;
		nd = c->nd;
		while (q < r->n && is_digit(r->s[q]) && nd < MAXD)
			c->d[nd++] = (char)r->s[q++];
		if (q == gs || c->ng == MAXG || is_digit(rec_at(r, q)))
			break;
		if (par) {
			if (rec_at(r, q) != ')' || q - gs > 5)
				break;
			q++;
		}
		c->nd = nd;
		c->len[c->ng] = (unsigned char)(q - gs - par);
		c->paren[c->ng] = (unsigned char)par;
		c->sep[c->ng] = sep;
		c->gend[c->ng++] = q;
		p = q;
		sc = rec_at(r, p);
		if ((sc == ' ' || sc == '-' || sc == '.' || sc == '/') &&
		    (is_digit(rec_at(r, p + 1)) ||
		    (rec_at(r, p + 1) == '(' && sc != '.'))) {
			sep = (char)sc;
			p++;
		} else if (sc == ' ' && rec_at(r, p + 1) == ' ' && !lead &&
		    is_digit(rec_at(r, p + 2))) {
			sep = TWO;
			p += 2;
		} else if (sc == ' ' && rec_at(r, p + 1) == '-' && !lead &&
		    rec_at(r, p + 2) == ' ' && is_digit(rec_at(r, p + 3))) {
			sep = DASH;
			p += 3;
		} else if (sc == ' ' && rec_at(r, p + 1) == '/' &&
		    rec_at(r, p + 2) == ' ' && is_digit(rec_at(r, p + 3)) &&
		    c->ng == 1 && c->d[0] == '0' && c->len[0] >= 3 &&
		    c->len[0] <= 5) {
			sep = '/';	/* "089 / 123456": an area code */
			p += 3;
		} else if (sc == '(' && lead && c->plus &&
		    is_digit(rec_at(r, p + 1))) {
			sep = 0;	/* "+33(0)6 12 34 56 78" */
		} else if (par && is_digit(sc))
			sep = 0;
		else
			break;
	}
	c->d[c->nd] = '\0';
}

/* Digits in groups 0..k. */
static int
chain_digits(const struct chain *c, int k)
{
	int i, nd = 0;

	for (i = 0; i <= k; i++)
		nd += c->len[i];
	return nd;
}

/* May an entity made of groups 0..k end there? */
static int
chain_end_ok(const struct rec *r, const struct chain *c, int k)
{
	if (k < c->ng - 1)
		return c->sep[k + 1] == ' ' || c->sep[k + 1] == TWO ||
		    c->sep[k + 1] == DASH;
	return rec_num_right_ok(r, c->gend[k]);
}

/* Do groups 1..k all use the separator sep (0: any one of them)? */
static int
chain_same_sep(const struct chain *c, int k, const char *allowed)
{
	int i;

	if (k == 0)
		return 1;
	if (c->sep[1] == 0 || strchr(allowed, c->sep[1]) == NULL)
		return 0;
	for (i = 2; i <= k; i++)
		if (c->sep[i] != c->sep[1])
			return 0;
	return 1;
}

static int
chain_has_paren(const struct chain *c)
{
	int i;

	for (i = 0; i < c->ng; i++)
		if (c->paren[i])
			return 1;
	return 0;
}

/*
 * Is groups 0..k the layout of a card as printed: one run, groups of
 * four (the last shorter: 19 digits are 4-4-4-4-3), 4-4-5 (13 digits),
 * 4-6-5 (American Express), 4-6-4 (Diners Club) or 4-7-4 (enRoute)?
 */
static int
card_layout(const struct chain *c, int k)
{
	int i;

	if (k == 0)
		return 1;
	if (k == 2 && c->len[0] == 4 && ((c->len[1] == 6 &&
	    (c->len[2] == 5 || c->len[2] == 4)) ||
	    (c->len[1] == 4 && c->len[2] == 5) ||
	    (c->len[1] == 7 && c->len[2] == 4)))
		return 1;
	if (c->len[k] > 4)
		return 0;
	for (i = 0; i < k && c->len[i] == 4; i++)
		;
	return i == k;
}

/*
 * A card number: a brand's prefix and length (checksum.h), its Luhn
 * digit checked.  A number that passes no check (enRoute, UnionPay's
 * that fail Luhn) and one of 12 digits (Maestro's shortest, the length
 * of many other numbers) need a card word nearby.
 */
static size_t
card(struct rec *r, const struct chain *c)
{
	int k, nd, how;

	for (k = c->ng - 1; k >= 0; k--) {
		if ((nd = chain_digits(c, k)) < 12)
			break;
		if (nd > 19 || !chain_end_ok(r, c, k) ||
		    !chain_same_sep(c, k, " -._~") || !card_layout(c, k) ||
		    (how = cog_card_check(c->d, nd)) == 0)
			continue;
		if ((how != 1 || nd == 12) &&
		    !rec_ctx(r, c->st, c->gend[k], CTX(CTX_CARD)))
			continue;
		/* The first groups of a longer number ("9400 1000 ...
		 * 0000 00", 20-22 digits: a parcel's tracking number). */
		if (k < c->ng - 1 && c->sep[k + 1] == c->sep[1] &&
		    chain_same_sep(c, c->ng - 1, " -.") &&
		    chain_digits(c, c->ng - 1) <= 24 &&
		    chain_digits(c, c->ng - 1) > 19)
			return 0;
		rec_add(r, c->st, c->gend[k], COG_CREDIT_CARD,
		    how == 1 ? SC_CHECKSUM : SC_STRONG);
		return c->gend[k];
	}
	return 0;
}

static size_t
ssn(struct rec *r, const struct chain *c)
{
	float sc;
	int k;

	if (c->ng >= 3 && c->len[0] == 3 && c->len[1] == 2 &&
	    c->len[2] == 4 && chain_same_sep(c, 2, "- .") &&
	    chain_end_ok(r, c, 2)) {
		k = 2;
		sc = c->sep[1] == '-' ? SC_STRONG : SC_MEDIUM;
	} else if (c->len[0] == 9 && chain_end_ok(r, c, 0)) {
		k = 0;
		sc = SC_WEAK - 0.05f;
	} else if (c->ng >= 2 && c->sep[1] == '-' && c->len[0] + c->len[1] ==
	    9 && (c->len[0] == 3 || c->len[0] == 5) && chain_end_ok(r, c, 1)) {
		k = 1;
		sc = SC_WEAK - 0.05f;
	} else
		return 0;
	if (!cog_ssn_check(c->d, 9)) {
		if (r->out->explain)
			cog_spans_reject(r->out, c->st, c->gend[k], COG_US_SSN,
			    sc, cog_ssn_sample(c->d, 9) ? COG_WHY_SAMPLE :
			    COG_WHY_INVALID);
		return 0;
	}
	if (sc < SC_STRONG && rec_ctx(r, c->st, c->gend[k], CTX(CTX_SSN)))
		sc += SC_CONTEXT;
	rec_add(r, c->st, c->gend[k], COG_US_SSN, sc);
	return c->gend[k];
}

static size_t phone_ext(const struct rec *, size_t);

static size_t
nhs(struct rec *r, const struct chain *c)
{
	unsigned ctx;
	float sc;
	int k;

	if (c->len[0] == 10 && chain_end_ok(r, c, 0)) {
		k = 0;
		sc = 0.55f;
	} else if (c->ng >= 3 && c->len[0] == 3 && c->len[1] == 3 &&
	    c->len[2] == 4 && chain_same_sep(c, 2, " -") &&
	    chain_end_ok(r, c, 2)) {
		k = 2;
		sc = 0.75f;
	} else
		return 0;
	if (!cog_nhs_check(c->d, 10) || phone_ext(r, c->gend[k]) != c->gend[k])
		return 0;
	ctx = rec_ctx(r, c->st, c->gend[k], CTX(CTX_NHS) | CTX(CTX_NOT_PHONE));
	/* "please call me on 286-495-0898": the phone number it is. */
	if (ctx == 0 && rec_ctx(r, c->st, c->gend[k], CTX(CTX_PHONE)))
		return 0;
	if (ctx & CTX(CTX_NHS))
		sc = SC_CHECKSUM;
	else if (ctx)
		sc = SC_WEAK;
	rec_add(r, c->st, c->gend[k], COG_UK_NHS, sc);
	return c->gend[k];
}

static size_t
ipv4(struct rec *r, const struct chain *c)
{
	unsigned char a[4];
	size_t en;
	float sc = SC_STRONG;
	int i;

	if (c->ng < 4 || (c->ng > 4 && c->sep[4] == '.'))
		return 0;
	for (i = 1; i < 4; i++)
		if (c->sep[i] != '.')
			return 0;
	en = c->gend[3];
	if (cog_ipv4_parse((const char *)r->s + c->st, en - c->st, a) != 0)
		return 0;
	if (c->ng > 4 && c->sep[4] == '/' && c->len[4] <= 2 &&
	    (c->len[4] == 1 || c->d[chain_digits(c, 3)] != '0') &&
	    (c->d[chain_digits(c, 3)] - '0') * (c->len[4] == 2 ? 10 : 1) +
	    (c->len[4] == 2 ? c->d[chain_digits(c, 3) + 1] - '0' : 0) <= 32 &&
	    rec_right_ok(r, c->gend[4]))
		en = c->gend[4];
	else if (!rec_right_ok(r, en))
		return 0;
	if (rec_ctx(r, c->st, en, CTX(CTX_VERSION)))
		sc = SC_WEAK - 0.05f;
	rec_add(r, c->st, en, COG_IP_ADDRESS, sc);
	return en;
}

static int num(const char *, int);

/* Calling codes with the lengths of their national numbers. */
static const struct {
	unsigned short cc;
	unsigned char min, max;
} ccodes[] = {
	{ 1, 10, 10 }, { 7, 10, 10 }, { 20, 8, 10 }, { 27, 9, 9 },
	{ 30, 10, 10 }, { 31, 9, 9 }, { 32, 8, 9 }, { 33, 9, 9 },
	{ 34, 9, 9 }, { 36, 8, 9 }, { 39, 6, 11 }, { 40, 9, 9 },
	{ 41, 9, 9 }, { 43, 4, 13 }, { 44, 7, 10 }, { 45, 8, 8 },
	{ 46, 7, 13 }, { 47, 5, 8 }, { 48, 9, 9 }, { 49, 6, 13 },
	{ 51, 8, 11 }, { 52, 10, 10 }, { 53, 6, 10 }, { 54, 10, 11 },
	{ 55, 10, 11 }, { 56, 8, 9 }, { 57, 8, 10 }, { 58, 10, 10 },
	{ 60, 7, 10 }, { 61, 9, 9 }, { 62, 8, 12 }, { 63, 8, 10 },
	{ 64, 8, 10 }, { 65, 8, 8 }, { 66, 8, 9 }, { 81, 9, 10 },
	{ 82, 8, 10 }, { 84, 9, 10 }, { 86, 8, 11 }, { 90, 10, 10 },
	{ 91, 10, 10 }, { 92, 9, 10 }, { 93, 9, 9 }, { 94, 9, 9 },
	{ 95, 8, 10 }, { 98, 10, 10 },
	{ 211, 9, 9 }, { 212, 9, 9 }, { 213, 8, 9 }, { 216, 8, 8 },
	{ 218, 8, 9 }, { 220, 7, 7 }, { 221, 9, 9 }, { 222, 8, 8 },
	{ 223, 8, 8 }, { 224, 8, 9 }, { 225, 8, 10 }, { 226, 8, 8 },
	{ 227, 8, 8 }, { 228, 8, 8 }, { 229, 8, 10 }, { 230, 7, 8 },
	{ 231, 7, 9 }, { 232, 8, 8 }, { 233, 9, 9 }, { 234, 8, 10 },
	{ 235, 8, 8 }, { 236, 8, 8 }, { 237, 8, 9 }, { 238, 7, 7 },
	{ 239, 7, 7 }, { 240, 9, 9 }, { 241, 7, 8 }, { 242, 9, 9 },
	{ 243, 7, 9 }, { 244, 9, 9 }, { 245, 7, 9 }, { 246, 7, 7 },
	{ 247, 4, 5 }, { 248, 7, 7 }, { 249, 9, 9 }, { 250, 9, 9 },
	{ 251, 9, 9 }, { 252, 7, 9 }, { 253, 8, 8 }, { 254, 9, 10 },
	{ 255, 9, 9 }, { 256, 9, 9 }, { 257, 8, 8 }, { 258, 8, 9 },
	{ 260, 9, 9 }, { 261, 9, 9 }, { 262, 9, 9 }, { 263, 9, 10 },
	{ 264, 8, 9 }, { 265, 7, 9 }, { 266, 8, 8 }, { 267, 7, 8 },
	{ 268, 8, 8 }, { 269, 7, 7 }, { 290, 4, 5 }, { 291, 7, 7 },
	{ 297, 7, 7 }, { 298, 6, 6 }, { 299, 6, 6 },
	{ 350, 8, 8 }, { 351, 9, 9 }, { 352, 4, 11 }, { 353, 7, 9 },
	{ 354, 7, 9 }, { 355, 8, 9 }, { 356, 8, 8 }, { 357, 8, 8 },
	{ 358, 5, 12 }, { 359, 7, 9 }, { 370, 8, 8 }, { 371, 8, 8 },
	{ 372, 7, 8 }, { 373, 8, 8 }, { 374, 8, 8 }, { 375, 9, 10 },
	{ 376, 6, 9 }, { 377, 8, 9 }, { 378, 6, 10 }, { 380, 9, 9 },
	{ 381, 8, 9 }, { 382, 8, 8 }, { 383, 8, 8 }, { 385, 8, 9 },
	{ 386, 8, 8 }, { 387, 8, 8 }, { 389, 8, 8 },
	{ 420, 9, 9 }, { 421, 9, 9 }, { 423, 7, 9 },
	{ 500, 5, 5 }, { 501, 7, 7 }, { 502, 8, 8 }, { 503, 8, 8 },
	{ 504, 8, 8 }, { 505, 8, 8 }, { 506, 8, 8 }, { 507, 7, 8 },
	{ 508, 6, 6 }, { 509, 8, 8 }, { 590, 9, 9 }, { 591, 8, 8 },
	{ 592, 7, 7 }, { 593, 8, 9 }, { 594, 9, 9 }, { 595, 9, 9 },
	{ 596, 9, 9 }, { 597, 6, 7 }, { 598, 8, 8 }, { 599, 7, 8 },
	{ 670, 7, 8 }, { 672, 6, 6 }, { 673, 7, 7 }, { 674, 7, 7 },
	{ 675, 7, 8 }, { 676, 5, 7 }, { 677, 5, 7 }, { 678, 5, 7 },
	{ 679, 7, 7 }, { 680, 7, 7 }, { 681, 6, 6 }, { 682, 5, 5 },
	{ 683, 4, 4 }, { 685, 5, 7 }, { 686, 5, 8 }, { 687, 6, 6 },
	{ 688, 5, 6 }, { 689, 6, 8 }, { 690, 4, 4 }, { 691, 7, 7 },
	{ 692, 7, 7 },
	{ 850, 8, 10 }, { 852, 8, 8 }, { 853, 8, 8 }, { 855, 8, 9 },
	{ 856, 8, 10 }, { 880, 8, 10 }, { 886, 8, 9 },
	{ 960, 7, 7 }, { 961, 7, 8 }, { 962, 8, 9 }, { 963, 8, 9 },
	{ 964, 8, 10 }, { 965, 8, 8 }, { 966, 8, 9 }, { 967, 7, 9 },
	{ 968, 8, 8 }, { 970, 8, 9 }, { 971, 8, 9 }, { 972, 8, 9 },
	{ 973, 8, 8 }, { 974, 8, 8 }, { 975, 7, 8 }, { 976, 8, 8 },
	{ 977, 8, 10 }, { 992, 9, 9 }, { 993, 8, 8 }, { 994, 9, 9 },
	{ 995, 9, 9 }, { 996, 9, 9 }, { 998, 9, 9 },
};

/* Length of the calling code at the start of d (0: none); its range. */
static int
calling_code(const char *d, int nd, int *min, int *max)
{
	size_t lo, hi;
	int k, v = 0;

	for (k = 1; k <= 3 && k <= nd; k++) {
		v = v * 10 + (d[k - 1] - '0');
		lo = 0;
		hi = sizeof(ccodes) / sizeof(ccodes[0]);
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;

			if (ccodes[mid].cc == v) {
				*min = ccodes[mid].min;
				*max = ccodes[mid].max;
				return k;
			}
			if (ccodes[mid].cc < v)
				lo = mid + 1;
			else
				hi = mid;
		}
	}
	return 0;
}

/* A North American number: area and exchange codes start with 2-9. */
static int
nanp(const char *d)
{
	return d[0] >= '2' && d[3] >= '2' && !(d[1] == '1' && d[2] == '1');
}

/* Is a currency sign or code just before i ("$ 1 234", "EUR 12")? */
static int
money_before(const struct rec *r, size_t i)
{
	const unsigned char *s = r->s;

	if (i > 0 && s[i - 1] == ' ')
		i--;
	if (i == 0)
		return 0;
	if (s[i - 1] == '$')
		return 1;
	if (i >= 2 && s[i - 2] == 0xc2 && (s[i - 1] == 0xa3 || s[i - 1] == 0xa5))
		return 1;
	if (i >= 3 && s[i - 3] == 0xe2 && s[i - 2] == 0x82 &&
	    (s[i - 1] == 0xac || s[i - 1] == 0xb9))
		return 1;
	if (i >= 3 && is_upper(s[i - 1]) && is_upper(s[i - 2]) &&
	    is_upper(s[i - 3]) && (i == 3 || !is_alpha(s[i - 4])))
		return memcmp(s + i - 3, "USD", 3) == 0 ||
		    memcmp(s + i - 3, "EUR", 3) == 0 ||
		    memcmp(s + i - 3, "GBP", 3) == 0 ||
		    memcmp(s + i - 3, "INR", 3) == 0;
	return 0;
}

/*
 * Is the number of groups 0..k, its international prefix of pre digits
 * ("00") and calling code of cl digits taken off, a national number of
 * that country: of its plan where the plan is known (numplan.h), else of
 * a length in min..max?  A trunk prefix kept in parentheses ("+44 (0)20")
 * is not part of it.
 */
static int
intl_ok(const struct chain *c, int k, int pre, int cl, int min, int max)
{
	char nsn[MAXD];
	int i, j, at = 0, n = 0, ok;

	for (i = 0; i <= k; i++)
		for (j = 0; j < c->len[i]; j++, at++)
			if (at >= pre + cl && !(c->paren[i] && c->len[i] == 1 &&
			    c->d[at] == '0' && i > 0))
				nsn[n++] = c->d[at];
	ok = cog_numplan_nsn(num(c->d + pre, cl), nsn, n);
	return ok < 0 ? n >= min && n <= max : ok;
}

/* Does the word at i, in any case, start with the n bytes of w? */
static int
word_at(const struct rec *r, size_t i, const char *w, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (i + k >= r->n || lower(r->s[i + k]) != w[k])
			return 0;
	return 1;
}

/* Are groups 0..k the thousands of an amount ("1 234 567")? */
static int
phone_thou(const struct chain *c, int k)
{
	int i;

	if (k == 0 || c->len[0] > 3 || (c->sep[1] != ' ' && c->sep[1] != '.'))
		return 0;
	for (i = 1; i <= k; i++)
		if (c->len[i] != 3 || c->sep[i] != c->sep[1])
			return 0;
	return 1;
}

/* Are groups 0..k a date written with spaces ("12 05 2021")? */
static int
date_spaced(const struct chain *c, int k)
{
	const char *d = c->d;
	int a, b;

	if (k != 2 || c->len[0] > 2 || c->len[1] > 2 || c->len[2] != 4)
		return 0;
	a = num(d, c->len[0]);
	b = num(d + c->len[0], c->len[1]);
	d += c->len[0] + c->len[1];
	return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12) &&
	    ((d[0] == '1' && d[1] == '9') || (d[0] == '2' && d[1] == '0'));
}

/*
 * Are groups 0..k laid out as national numbers are written in the
 * countries of numplan.h: three groups or more of two to five digits
 * ("612 34 56 78", "22 574 82 57", "55 1234 5678", "(11) 91234-5678"),
 * one separator throughout, not the thousands of an amount (thou), nor
 * an SSN's 3-2-4; or an Italian mobile's 3-7 ("347 1234567")?
 */
static int
national_layout(const struct chain *c, int k, int thou)
{
	int i;

	if (k == 1)
		return c->len[0] == 3 && c->len[1] == 7 && c->d[0] == '3';
	/* "21 3059-1878", "55 1234-5678": spaced, then a hyphen. */
	if (k == 2 && c->sep[1] == ' ' && c->sep[2] == '-' && !thou &&
	    c->len[0] == 2 && c->len[1] >= 4)
		return 1;
	if (k < 2 || thou || (k == 2 && c->len[0] == 3 && c->len[1] == 2 &&
	    c->len[2] == 4))
		return 0;
	for (i = 0; i <= k; i++)
		if (c->len[i] < 2 || c->len[i] > 5)
			return 0;
	for (i = 2; i <= k; i++)
		if (c->sep[i] != c->sep[1] && !(c->paren[0] && i == 2))
			return 0;
	return 1;
}

/*
 * Is a currency sign, code or word just after i ("12 345 678 EUR",
 * "1 234 567 zł", "500 000 kr")?
 */
static int
money_after(const struct rec *r, size_t i)
{
	static const char *const cur[] = {
		"eur", "euro", "euros", "usd", "dollars", "gbp", "pounds", "chf",
		"franken", "pln", "z\xc5\x82", "zl", "zloty", "kr", "sek",
		"nok", "dkk", "brl", "reais", "mxn", "pesos", "inr", "rupees",
	};
	const unsigned char *s = r->s;
	size_t k, n, p = i;

	if (p < r->n && s[p] == ' ')
		p++;
	if (p >= r->n)
		return 0;
	if (s[p] == '$' || (p + 1 < r->n && s[p] == 0xc2 &&
	    (s[p + 1] == 0xa3 || s[p + 1] == 0xa5)) || (p + 2 < r->n &&
	    s[p] == 0xe2 && s[p + 1] == 0x82 && (s[p + 2] == 0xac ||
	    s[p + 2] == 0xb9)))
		return 1;
	for (k = 0; k < sizeof(cur) / sizeof(cur[0]); k++) {
		n = strlen(cur[k]);
		if (word_at(r, p, cur[k], n) && (p + n >= r->n ||
		    !is_alpha(s[p + n])))
			return 1;
	}
	return 0;
}

/* Score of groups 0..k as a phone number, 0 when it is not one. */
static float
phone_shape(const struct chain *c, int k)
{
	const char *d = c->d;
	int nd = chain_digits(c, k), i, ndot = 0, nslash = 0, thou;
	int min, max, cl;

	if (nd < 7 || nd > 15)
		return 0;
	for (i = 1; i <= k; i++) {
		ndot += c->sep[i] == '.';
		nslash += c->sep[i] == '/';
	}
	thou = phone_thou(c, k);
	/*
	 * A slash after the area code or mobile prefix only: "030/1234567",
	 * "347/1234567", "+39 347/1234567".
	 */
	if (nslash && (nslash > 1 || (c->sep[1] == '/' ? c->plus ||
	    (d[0] != '0' && !(d[0] == '3' && c->len[0] == 3)) :
	    c->sep[2] != '/' || c->sep[1] != ' ' || (!c->plus && d[0] != '0'))))
		return 0;
	/* Dots after a slash: "02/708.67.92" (Belgium) is no address. */
	if (ndot && !(c->sep[1] == '/' && nslash == 1)) {
		if (k < 2 || (k == 3 && c->len[0] <= 3 && c->len[1] <= 3 &&
		    c->len[2] <= 3 && c->len[3] <= 3))
			return 0;
		for (i = 1; i <= k; i++)
			if (c->len[i] < 2)
				return 0;
	}
	if (k == 2 && c->sep[1] == c->sep[2] && c->sep[1] != ' ' &&
	    ((c->len[0] <= 2 && c->len[1] <= 2 &&
	    (c->len[2] == 2 || c->len[2] == 4)) ||
	    (c->len[0] == 4 && c->len[1] <= 2 && c->len[2] <= 2)))
		return 0;
	if (c->plus) {
		if (nd < 8 || (cl = calling_code(d, nd, &min, &max)) == 0 ||
		    c->len[0] < cl)
			return 0;
		if (intl_ok(c, k, 0, cl, min, max))
			return SC_STRONG;
		/*
		 * "+1-555-010-4477": out of its country's plan, a phone
		 * number by its shape all the same; a cue decides.
		 */
		return k > 0 && nd - cl >= min && nd - cl <= max ? SC_WEAK : 0;
	}
	if (d[0] == '0' && d[1] == '0') {
		if (nd < 10 || (cl = calling_code(d + 2, nd - 2, &min, &max)) ==
		    0 || !intl_ok(c, k, 2, cl, min, max))
			return 0;
		return k > 0 ? 0.7f : SC_WEAK;
	}
	/* "011 44 20 7946 0958": dialled from North America. */
	if (d[0] == '0' && d[1] == '1' && d[2] == '1' && k > 0 &&
	    c->len[0] == 3 && nd >= 11 && (cl = calling_code(d + 3, nd - 3,
	    &min, &max)) != 0 && c->len[1] >= cl &&
	    intl_ok(c, k, 3, cl, min, max))
		return 0.7f;
	if (date_spaced(c, k))
		return 0;
	if (k == 2 && c->len[0] == 3 && c->len[1] == 2 && c->len[2] == 4)
		return 0.3f;	/* the layout of an SSN */
	if (c->paren[0]) {
		if (nd == 10 && nanp(d))
			return 0.8f;
		if (d[0] == '0' && nd >= 9 && nd <= 12)
			return 0.7f;
		return national_layout(c, k, 0) && cog_numplan_national(d, nd) ?
		    0.55f : 0.45f;
	}
	if (k > 0 && c->len[0] <= 3 && thou && d[0] != '0')
		return SC_WEAK;
	if (d[0] == '1' && nd == 11 && nanp(d + 1))
		return k > 0 && c->len[0] == 1 ? 0.75f : SC_WEAK;
	if (nd == 10 && nanp(d)) {
		if (k == 0)
			return SC_WEAK;
		if (k == 2 && c->len[0] == 3 && c->len[1] == 3)
			return c->sep[1] == ' ' && c->sep[2] == ' ' ? 0.65f :
			    0.8f;
		return 0.5f;
	}
	if (d[0] == '0' && nd >= 9 && nd <= 12)
		return k > 0 ? 0.65f : SC_WEAK;
	if (nd >= 8 && national_layout(c, k, 0) && cog_numplan_national(d, nd))
		return k == 1 ? 0.5f : 0.55f;
	if (k > 0 && nd >= 9 && nd <= 11 && d[0] >= '6')
		return 0.5f;
	if (nd == 7 && k == 1 && c->len[0] == 3 && c->sep[1] == '-')
		return SC_WEAK;
	return 0.3f;
}

/*
 * The end of an extension after a phone number that ends at i ("x123",
 * " ext. 12", " extension 45", " Durchwahl 12", " poste 12", " int. 7",
 * " wew. 12", " toestel 3", " anexo 4", " ramal 5", " #12"), or i.
 */
static size_t
phone_ext(const struct rec *r, size_t i)
{
	static const struct {
		const char *w;
		unsigned char n;
	} marks[] = {
		{ "extension", 9 }, { "durchwahl", 9 }, { "interno", 7 },
		{ "toestel", 7 }, { "poste", 5 }, { "anexo", 5 },
		{ "ramal", 5 }, { "extn", 4 }, { "ext", 3 }, { "int", 3 },
		{ "wew", 3 }, { "tst", 3 }, { "dw", 2 }, { "x", 1 }, { "#", 1 },
	};
	size_t p = i, q, k;

	if (rec_at(r, p) == ' ' || rec_at(r, p) == ',')
		p += rec_at(r, p) == ',' && rec_at(r, p + 1) == ' ' ? 2 : 1;
	for (k = 0; k < sizeof(marks) / sizeof(marks[0]); k++)
		if (word_at(r, p, marks[k].w, marks[k].n))
			break;
	if (k == sizeof(marks) / sizeof(marks[0]))
		return i;
	q = p + marks[k].n;
	/* "x" and "#" may touch the digits; a word may not go on. */
	if (marks[k].n > 1 && is_alpha(rec_at(r, q)))
		return i;
	if (rec_at(r, q) == '.')
		q++;
	if (rec_at(r, q) == ':')
		q++;
	if (rec_at(r, q) == ' ')
		q++;
	for (p = q; is_digit(rec_at(r, p)) && p - q < 7; p++)
		;
	if (p == q || p - q > 6 || !rec_num_right_ok(r, p))
		return i;
	return p;
}

/*
 * Does a phone number found end just before st, a joiner between them
 * ("555-0100 or 555-0199", "030 1234567 / 0171 1234567")?
 */
static int
phone_before(const struct rec *r, size_t st)
{
	static const char *const join[] = {
		" or ", ", ", " / ", " oder ", " ou ", " o ", " of ",
		" lub ", " and ", " und ", " y ", " e ", " - ", "; ",
	};
	const struct cog_span *v;
	size_t k, n;

	if (r->out->n == 0)
		return 0;
	v = &r->out->v[r->out->n - 1];
	if (v->type != COG_PHONE_NUMBER || v->end >= st || st - v->end > 6 ||
	    v->score < COG_MIN_SCORE)
		return 0;
	for (k = 0; k < sizeof(join) / sizeof(join[0]); k++) {
		n = strlen(join[k]);
		if (st - v->end == n && word_at(r, v->end, join[k], n))
			return 1;
	}
	return 0;
}

static size_t
phone(struct rec *r, const struct chain *c)
{
	unsigned ctx;
	size_t en;
	float sc;
	int k;

	if (money_before(r, c->st))
		return 0;
	/* The tail of a longer number ("parcel 6262 3161 3127 6767"). */
	if (c->st >= 2 && is_digit(r->s[c->st - 2]) &&
	    r->s[c->st - 1] == ' ' && is_digit(r->s[c->st]))
		return 0;
	for (k = 1; k < c->ng && c->sep[k] != TWO && c->sep[k] != DASH; k++)
		;
	for (k--; k >= 0; k--) {
		en = k == c->ng - 1 ? phone_ext(r, c->gend[k]) : c->gend[k];
		if ((en == c->gend[k] && !chain_end_ok(r, c, k)) ||
		    (sc = phone_shape(c, k)) == 0)
			continue;
		if (en == c->gend[k] && sc < SC_STRONG &&
		    money_after(r, c->gend[k]))
			return 0;
		/* Context decides only for the layouts that need it. */
		ctx = sc <= 0.65f ? rec_ctx(r, c->st, c->gend[k],
		    CTX(CTX_PHONE) | CTX(CTX_NOT_PHONE) | CTX(CTX_PHONE_AT)) :
		    0;
		if (ctx & CTX(CTX_NOT_PHONE))
			sc -= SC_CONTEXT;
		else if ((ctx & CTX(CTX_PHONE)) || (sc <= 0.65f &&
		    phone_before(r, c->st)))
			sc += SC_CONTEXT;
		else if (ctx && (c->plus || cog_numplan_national(c->d,
		    chain_digits(c, k))) && !phone_thou(c, k))
			sc += SC_CONTEXT;
		rec_add(r, c->st, en, COG_PHONE_NUMBER, sc);
		return en;
	}
	return 0;
}

int
rec_month(const struct rec *r, size_t i, size_t *len)
{
	static const struct {
		char name[10];
		unsigned char len;
	} months[12] = {
		{ "january", 7 }, { "february", 8 }, { "march", 5 },
		{ "april", 5 }, { "may", 3 }, { "june", 4 }, { "july", 4 },
		{ "august", 6 }, { "september", 9 }, { "october", 7 },
		{ "november", 8 }, { "december", 8 },
	};
	char w[10];
	size_t n = 0;
	int m, c = rec_at(r, i) | 0x20;

	/* The first letters of the months: a, d, f, j, m, n, o, s. */
	if ((unsigned)(c - 'a') >= 26 || !(0x47229u >> (c - 'a') & 1) ||
	    i + 3 > r->n)
		return 0;
	w[0] = (char)c;
	w[1] = (char)(r->s[i + 1] | 0x20);
	w[2] = (char)(r->s[i + 2] | 0x20);
	for (m = 0; m < 12; m++)
		if (w[0] == months[m].name[0] && w[1] == months[m].name[1] &&
		    w[2] == months[m].name[2])
			break;
	if (m == 12)
		return 0;
	while (n < sizeof(w) && is_alpha(rec_at(r, i + n))) {
		w[n] = (char)lower(r->s[i + n]);
		n++;
	}
	if (n < 3 || n == sizeof(w))
		return 0;
	for (; m < 12; m++) {
		if (w[0] != months[m].name[0] || w[1] != months[m].name[1] ||
		    w[2] != months[m].name[2])
			continue;
		if (n == 3 || (n == months[m].len &&
		    memcmp(w, months[m].name, n) == 0) ||
		    (m == 8 && n == 4 && w[3] == 't')) {
			*len = n;
			return m + 1;
		}
		return 0;
	}
	return 0;
}

/* Parse a time "HH:MM[:SS[.fff]][Z|+HH:MM]" at i; return its end or 0. */
static size_t
time_at(const struct rec *r, size_t i)
{
	size_t p = i;
	int h, m;

	if (!is_digit(rec_at(r, p)) || !is_digit(rec_at(r, p + 1)) ||
	    rec_at(r, p + 2) != ':' || !is_digit(rec_at(r, p + 3)) ||
	    !is_digit(rec_at(r, p + 4)))
		return 0;
	h = (r->s[p] - '0') * 10 + r->s[p + 1] - '0';
	m = (r->s[p + 3] - '0') * 10 + r->s[p + 4] - '0';
	if (h > 23 || m > 59)
		return 0;
	p += 5;
	if (rec_at(r, p) == ':' && is_digit(rec_at(r, p + 1)) &&
	    is_digit(rec_at(r, p + 2))) {
		p += 3;
		if (rec_at(r, p) == '.' && is_digit(rec_at(r, p + 1)))
			for (p++; is_digit(rec_at(r, p)); p++)
				;
	}
	if (rec_at(r, p) == 'Z')
		p++;
	else if ((rec_at(r, p) == '+' || rec_at(r, p) == '-') &&
	    is_digit(rec_at(r, p + 1)) && is_digit(rec_at(r, p + 2))) {
		p += 3;
		if (rec_at(r, p) == ':')
			p++;
		if (is_digit(rec_at(r, p)) && is_digit(rec_at(r, p + 1)))
			p += 2;
	}
	return p;
}

static int
num(const char *d, int n)
{
	int v = 0;

	while (n-- > 0)
		v = v * 10 + (*d++ - '0');
	return v;
}

/* Report a date found at [st, en): DATE_TIME, and DATE_OF_BIRTH in context. */
static size_t
date_add(struct rec *r, size_t st, size_t en, float sc)
{
	if (!rec_right_ok(r, en))
		return 0;
	if (WANT(r, COG_DATE_OF_BIRTH) && (r->dob < 0 ?
	    (r->dob = rec_dob_words(r)) : r->dob) &&
	    rec_ctx(r, st, en, CTX(CTX_DOB)))
		rec_add(r, st, en, COG_DATE_OF_BIRTH,
		    sc >= SC_MEDIUM ? 0.9f : SC_MEDIUM);
	if (WANT(r, COG_DATE_TIME))
		rec_add(r, st, en, COG_DATE_TIME, sc);
	return en;
}

/* A numeric date: Y-M-D (with an optional time), D/M/Y, M/D/Y, M/Y. */
static size_t
date_num(struct rec *r, const struct chain *c)
{
	const char *d = c->d;
	size_t en;
	int a, b;

	if (c->ng >= 3 && chain_same_sep(c, 2, "/-.") &&
	    c->len[0] == 4 && c->len[1] <= 2 && c->len[2] <= 2) {
		a = num(d + 4, c->len[1]);
		b = num(d + 4 + c->len[1], c->len[2]);
		if (a < 1 || a > 12 || b < 1 || b > 31 || d[0] < '1' ||
		    d[0] > '2')
			return 0;
		en = c->gend[2];
		if ((rec_at(r, en) == 'T' || rec_at(r, en) == ' ') &&
		    time_at(r, en + 1))
			en = time_at(r, en + 1);
		else if (!chain_end_ok(r, c, 2))
			return 0;
		return date_add(r, c->st, en, SC_STRONG);
	}
	if (c->ng >= 3 && chain_same_sep(c, 2, "/-.") && c->len[0] <= 2 &&
	    c->len[1] <= 2 && (c->len[2] == 2 || c->len[2] == 4) &&
	    chain_end_ok(r, c, 2)) {
		a = num(d, c->len[0]);
		b = num(d + c->len[0], c->len[1]);
		if (a < 1 || b < 1 || (a > 12 && b > 12) || a > 31 || b > 31)
			return 0;
		if (c->len[2] == 4 && (d[c->len[0] + c->len[1]] < '1' ||
		    d[c->len[0] + c->len[1]] > '2'))
			return 0;
		if (c->sep[1] == '.' && c->len[2] == 2 &&
		    rec_ctx(r, c->st, c->gend[2], CTX(CTX_VERSION)))
			return 0;
		return date_add(r, c->st, c->gend[2], SC_STRONG);
	}
	if (c->ng >= 2 && chain_same_sep(c, 1, "/-") && c->len[0] <= 2 &&
	    c->len[1] == 4 && chain_end_ok(r, c, 1)) {
		a = num(d, c->len[0]);
		if (a < 1 || a > 12 || d[c->len[0]] < '1' ||
		    d[c->len[0]] > '2')
			return 0;
		return date_add(r, c->st, c->gend[1], SC_WEAK);
	}
	return 0;
}

/* Day of month at i with an optional "st"/"nd"/"rd"/"th"; its end or 0. */
static size_t
day_at(const struct rec *r, size_t i)
{
	size_t p = i;
	int v = 0;

	while (is_digit(rec_at(r, p)) && p - i < 3)
		v = v * 10 + r->s[p++] - '0';
	if (p == i || p - i > 2 || v < 1 || v > 31)
		return 0;
	if (is_alpha(rec_at(r, p)) && is_alpha(rec_at(r, p + 1))) {
		int a = lower(r->s[p]), b = lower(r->s[p + 1]);

		if ((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
		    (a == 'r' && b == 'd') || (a == 't' && b == 'h'))
			p += 2;
	}
	return rec_right_ok(r, p) ? p : 0;
}

/* A year of 4 digits (1000-2999) at i not followed by a digit; end or 0. */
static size_t
year_at(const struct rec *r, size_t i, int two)
{
	size_t p = i;

	while (is_digit(rec_at(r, p)) && p - i < 5)
		p++;
	if (p - i == 4 && (r->s[i] == '1' || r->s[i] == '2'))
		return rec_right_ok(r, p) ? p : 0;
	if (two && p - i == 2)
		return rec_right_ok(r, p) ? p : 0;
	return 0;
}

/*
 * A month name alone is often a word ("may", "march"): without a year
 * it makes a date only when capitalised or joined by a dash.
 */
static float
month_day_score(const struct rec *r, size_t ms, int dash)
{
	return dash || is_upper(r->s[ms]) ? SC_MEDIUM : SC_WEAK;
}

/* Dates written with a month name, found from the digit at i. */
static size_t
date_words(struct rec *r, size_t i)
{
	size_t p, q, ws, ml, en, y;
	int c;

	/* "March 3rd, 1985", "Mar. 3", "May-21", "May 2021" */
	p = i;
	if (p > 0 && (r->s[p - 1] == ' ' || r->s[p - 1] == '-')) {
		c = r->s[--p];
		if (c == ' ' && p > 0 && (r->s[p - 1] == '.' ||
		    r->s[p - 1] == ','))
			p--;
		for (ws = p; ws > 0 && is_alpha(r->s[ws - 1]) && p - ws < 10;
		    ws--)
			;
		if (ws < p && rec_left_ok(r, ws) && rec_month(r, ws, &ml) &&
		    (ws + ml == p || (ws + ml + 1 == p &&
		    r->s[p] == '.' && c == ' '))) {
			if ((y = year_at(r, i, 0)) != 0)
				return date_add(r, ws, y, SC_STRONG);
			if ((en = day_at(r, i)) == 0)
				return 0;
			q = en;
			if (rec_at(r, q) == ',')
				q++;
			if (rec_at(r, q) == ' ')
				q++;
			if (q > en && (y = year_at(r, q, 0)) != 0)
				return date_add(r, ws, y, SC_STRONG);
			return date_add(r, ws, en,
			    month_day_score(r, ws, c == '-'));
		}
	}
	/* "3 March 1985", "3rd of March", "5-May-2021", "21-May" */
	if ((en = day_at(r, i)) == 0)
		return 0;
	p = en;
	c = rec_at(r, p);
	if (c != ' ' && c != '-' && c != '/' && c != '.')
		return 0;
	p++;
	if (c == ' ' && rec_at(r, p) == 'o' && rec_at(r, p + 1) == 'f' &&
	    rec_at(r, p + 2) == ' ')
		p += 3;
	if (!rec_month(r, p, &ml))
		return 0;
	q = p + ml;
	if (rec_at(r, q) == '.')
		q++;
	en = q;
	if (rec_at(r, q) == ',')
		q++;
	if (rec_at(r, q) == c || rec_at(r, q) == ' ')
		q++;
	if (q > en && (y = year_at(r, q, c != ' ')) != 0)
		return date_add(r, i, y, SC_STRONG);
	return date_add(r, i, en, month_day_score(r, p, c == '-'));
}

static size_t
passport(struct rec *r, size_t st, size_t en)
{
	if (!rec_ctx(r, st, en, CTX(CTX_PASSPORT)))
		return 0;
	rec_add(r, st, en, COG_US_PASSPORT, 0.75f);
	return en;
}

static size_t
iban(struct rec *r, size_t st)
{
	char buf[40];
	size_t p = st + 2;
	int len, nb = 2, up = is_upper(r->s[st]), sep = 0, c;

	buf[0] = (char)r->s[st];
	buf[1] = (char)r->s[st + 1];
	buf[2] = '\0';
	if (is_upper(buf[1]) != up || (len = cog_iban_length(buf)) == 0)
		return 0;
	while (nb < len) {
		c = rec_at(r, p);
		if (nb % 4 == 0 && nb > 0 && (c == ' ' || c == '-') &&
		    (nb == 4 ? sep == 0 : sep == c) &&
		    is_alnum(rec_at(r, p + 1))) {
			sep = c;
			c = r->s[++p];
		} else if (nb % 4 == 0 && sep)
			return 0;
		if (!is_alnum(c) || (is_alpha(c) && is_upper(c) != up) ||
		    (nb < 4 && !is_digit(c)))
			return 0;
		buf[nb++] = (char)c;
		p++;
	}
	if (!rec_right_ok(r, p) || !cog_iban_check(buf, nb))
		return 0;
	rec_add(r, st, p, COG_IBAN_CODE, SC_CHECKSUM);
	return p;
}

static size_t
base58(struct rec *r, size_t i)
{
	static const char b58[] =
	    "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
	size_t p = i;

	while (p - i < 36 && rec_at(r, p) > 0 && memchr(b58, r->s[p], 58))
		p++;
	if (p - i < 26 || p - i > 35 || !rec_right_ok(r, p) ||
	    !cog_btc_base58_check((const char *)r->s + i, p - i))
		return 0;
	rec_add(r, i, p, COG_CRYPTO, SC_CHECKSUM);
	return p;
}

static size_t
segwit(struct rec *r, size_t st)
{
	size_t p = st;

	while (is_alnum(rec_at(r, p)) && p - st <= 90)
		p++;
	if (p - st < 14 || p - st > 90 ||
	    !cog_btc_segwit_check((const char *)r->s + st, p - st))
		return 0;
	rec_add(r, st, p, COG_CRYPTO, SC_CHECKSUM);
	return p;
}

#define MAX(a, b)	((a) > (b) ? (a) : (b))

/*
 * Can a date here be reported: DATE_TIME is wanted, or DATE_OF_BIRTH and
 * the text has birth-date words (looked for once per text)?
 */
static int
dates_wanted(struct rec *r)
{
	if (WANT(r, COG_DATE_TIME))
		return 1;
	if (!WANT(r, COG_DATE_OF_BIRTH))
		return 0;
	if (r->dob < 0)
		r->dob = rec_dob_words(r);
	return r->dob;
}

/*
 * The end of an ISO 8601 date "YYYY-MM-DD" at i, with the time that may
 * follow after a 'T', or 0.  Such timestamps fill every transcript record
 * and can hold no other entity.
 */
static size_t
iso_date(const struct rec *r, size_t i)
{
	size_t k, e;

	for (k = 0; k < 10; k++)
		if (k == 4 || k == 7 ? rec_at(r, i + k) != '-' :
		    !is_digit(rec_at(r, i + k)))
			return 0;
	if (rec_at(r, i + 10) == 'T' && (e = time_at(r, i + 11)) != 0)
		return rec_right_ok(r, e) ? e : 0;
	return rec_num_right_ok(r, i + 10) ? i + 10 : 0;
}

/* Might a month name be next to the number at i?  (A cheap filter.) */
static int
near_word(const struct rec *r, size_t i)
{
	size_t p = i;
	int c;

	size_t ws, ml;

	c = i > 0 ? r->s[i - 1] : 0;
	if ((c == ' ' || c == '-') && i >= 4) {
		ws = i - 1;
		if (r->s[ws - 1] == '.' || r->s[ws - 1] == ',')
			ws--;
		while (ws > 0 && is_alpha(r->s[ws - 1]) && i - ws < 12)
			ws--;
		if (rec_month(r, ws, &ml))
			return 1;
	}
	while (is_digit(rec_at(r, p)) && p - i < 3)
		p++;
	if (is_alpha(rec_at(r, p)) && is_alpha(rec_at(r, p + 1)))
		p += 2;
	c = rec_at(r, p);
	if (c != ' ' && c != '-' && c != '/' && c != '.')
		return 0;
	p++;
	if (rec_at(r, p) == 'o' && rec_at(r, p + 1) == 'f' &&
	    rec_at(r, p + 2) == ' ')
		p += 3;
	return rec_month(r, p, &ml);
}

/* Letters glued before the digit at i: IBAN, segwit, passport. */
static size_t
lettered(struct rec *r, size_t ls, size_t i)
{
	size_t end = 0, p;

	if (i - ls == 2) {
		if (WANT(r, COG_IBAN_CODE))
			end = iban(r, ls);
		if (!end && WANT(r, COG_CRYPTO) && r->s[i] == '1')
			end = segwit(r, ls);
	} else if (i - ls == 1 && WANT(r, COG_US_PASSPORT) &&
	    is_upper(r->s[ls])) {
		for (p = i; is_digit(rec_at(r, p)) && p - i < 9; p++)
			;
		if (p - i == 8 && rec_right_ok(r, p))
			end = passport(r, ls, p);
	}
	return end;
}

/* A phone at i, or from a '+' or '(' just before it. */
static size_t
phone_lead(struct rec *r, size_t i, const struct chain *c)
{
	struct chain cp;
	size_t e;
	int lead = i > 0 ? r->s[i - 1] : 0;

	if ((lead != '+' && lead != '(') || !rec_left_ok(r, i - 1))
		return c->nd >= 7 ? phone(r, c) : 0;
	if (lead == '+' && i >= 2 && r->s[i - 2] == '(' &&
	    rec_left_ok(r, i - 2))
		chain_parse(r, i - 2, 1, &cp);	/* "(+39) 347 ..." */
	else
		chain_parse(r, i - 1, 1, &cp);
	e = cp.ng > 0 && !(lead == '(' && !chain_has_paren(&cp)) ?
	    phone(r, &cp) : 0;
	if (e == 0 && lead == '(' && c->nd >= 7)
		e = phone(r, c);
	return e;
}

size_t
rec_digits(struct rec *r, size_t i)
{
	struct chain c;
	size_t ls = i, end = 0, e, run;
	int dates;

	for (run = i; is_alnum(rec_at(r, run)); run++)
		;
	while (ls > 0 && is_alpha(r->s[ls - 1]) && i - ls < 3 &&
	    !rec_escaped(r, ls))
		ls--;
	if (ls < i) {
		if (rec_left_ok(r, ls))
			end = lettered(r, ls, i);
		return MAX(end, run);
	}
	if (!rec_num_left_ok(r, i))
		return run;
	/*
	 * A timestamp answers no question about a birth date: only the
	 * text's own words make it one.
	 */
	if (run - i == 4 && (e = iso_date(r, i)) != 0 && (!dates_wanted(r) ||
	    (e > i + 10 && !WANT(r, COG_DATE_TIME) && !rec_dob_words(r))))
		return e;
	if (WANT(r, COG_CRYPTO) && (r->s[i] == '1' || r->s[i] == '3' ||
	    r->s[i] == '2') && run - i >= 26 && (e = base58(r, i)) != 0)
		return e;
	dates = dates_wanted(r);
	/*
	 * Most numbers in chat are short and alone ("2 items", "$49"):
	 * then only a date with a month name can start here.
	 */
	for (e = i; e < run && is_digit(r->s[e]); e++)
		;
	if (e - i < 7 && (e == run || e - i < 3) &&
	    !(i > 0 && (r->s[i - 1] == '+' || r->s[i - 1] == '(')) &&
	    !(e + 1 < r->n && is_digit(r->s[e + 1]) &&
	    (r->s[e] == ' ' || r->s[e] == '-' || r->s[e] == '.' ||
	    r->s[e] == '/')) && !(e + 2 < r->n && r->s[e] == ' ' &&
	    (r->s[e + 1] == '(' || (r->s[e + 1] == ' ' &&
	    is_digit(r->s[e + 2])) || ((r->s[e + 1] == '-' ||
	    r->s[e + 1] == '/') && e + 3 < r->n && r->s[e + 2] == ' ' &&
	    is_digit(r->s[e + 3]))))) {
		if (dates && near_word(r, i) && (e = date_words(r, i)) != 0)
			return MAX(e, run);
		return run;
	}
	chain_parse(r, i, 0, &c);
	if (c.nd < 7) {
		/* Too short for anything but an address or a date. */
		if (c.ng >= 4 && WANT(r, COG_IP_ADDRESS) &&
		    (e = ipv4(r, &c)) != 0)
			return e;
		if (dates && ((e = date_num(r, &c)) != 0 ||
		    (near_word(r, i) && (e = date_words(r, i)) != 0)))
			return MAX(e, run);
		if (WANT(r, COG_PHONE_NUMBER) && i > 0 &&
		    (r->s[i - 1] == '+' || r->s[i - 1] == '(') &&
		    (e = phone_lead(r, i, &c)) != 0)
			return MAX(e, run);
		return run;
	}
	if (WANT(r, COG_CREDIT_CARD) && (e = card(r, &c)) != 0)
		return e;
	if (WANT(r, COG_IP_ADDRESS) && (e = ipv4(r, &c)) != 0)
		return e;
	if (dates && ((e = date_num(r, &c)) != 0 ||
	    (near_word(r, i) && (e = date_words(r, i)) != 0)))
		end = e;
	if (WANT(r, COG_US_SSN) && (e = ssn(r, &c)) != 0)
		end = MAX(end, e);
	if (WANT(r, COG_UK_NHS) && (e = nhs(r, &c)) != 0)
		end = MAX(end, e);
	if (WANT(r, COG_US_PASSPORT) && c.len[0] == 9 &&
	    chain_end_ok(r, &c, 0) && (e = passport(r, i, c.gend[0])) != 0)
		end = MAX(end, e);
	/*
	 * Nine digits in one run are as often a phone number (Spain,
	 * Portugal, Poland) as an SSN or a passport: the words around
	 * them decide.
	 */
	if (WANT(r, COG_PHONE_NUMBER) && (!end || (c.len[0] == 9 &&
	    (c.ng == 1 || c.sep[1] != '-') && rec_ctx(r, i, c.gend[0],
	    CTX(CTX_PHONE) | CTX(CTX_SSN) | CTX(CTX_PASSPORT)) ==
	    CTX(CTX_PHONE)))) {
		e = phone_lead(r, i, &c);
		end = MAX(end, e);
	}
	return MAX(end, run);
}
