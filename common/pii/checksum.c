/* checksum.c -- validators for numbers and addresses that carry a check */
#include <openssl/sha.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "pii/checksum.h"

/* Copy the digits of s to d (at most max); -1 on any other byte. */
static int
digits_of(const char *s, size_t n, char *d, int max)
{
	size_t i;
	int nd = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= '0' && c <= '9') {
			if (nd == max)
				return -1;
			d[nd++] = (char)(c - '0');
		} else if (c != ' ' && c != '-')
			return -1;
	}
	return nd;
}

static int
luhn(const char *d, int nd)
{
	int i, sum = 0, dbl = 0;

	for (i = nd - 1; i >= 0; i--) {
		int v = d[i];

		if (dbl && (v *= 2) > 9)
			v -= 9;
		sum += v;
		dbl = !dbl;
	}
	return sum % 10 == 0;
}

int
cog_luhn_check(const char *s, size_t n)
{
	char d[64];
	int nd = digits_of(s, n, d, sizeof(d));

	return nd >= 2 && luhn(d, nd);
}

/* The first k digits of d as a number. */
static unsigned
prefix(const char *d, int k)
{
	unsigned v = 0;
	int i;

	for (i = 0; i < k; i++)
		v = v * 10 + (unsigned)d[i];
	return v;
}

/*
 * Issuer prefixes and lengths of the card brands, as the brands' and
 * ISO/IEC 7812's public IIN tables give them (the Wikipedia article
 * "Payment card number" collects them; Elo, Hipercard and Verve from
 * the processors' published BIN lists).  A row: the prefix range lo-hi
 * of plen digits, the lengths allowed (bit n: n digits), and how the
 * last digit checks.  The first row that matches names the brand, so
 * the narrow ranges come before the wide ones they lie in.
 */
enum { LUHN, NOCHECK, LUHN_OPT };

#define L(n)		(1u << (n))
#define L_RANGE(a, b)	((1u << ((b) + 1)) - (1u << (a)))

static const struct brand {
	const char *name;
	unsigned lo, hi;
	unsigned char plen, check;
	unsigned lens;
} brands[] = {
	{ "Elo", 401178, 401179, 6, LUHN, L(16) },
	{ "Elo", 431274, 431274, 6, LUHN, L(16) },
	{ "Elo", 438935, 438935, 6, LUHN, L(16) },
	{ "Elo", 451416, 451416, 6, LUHN, L(16) },
	{ "Elo", 457393, 457393, 6, LUHN, L(16) },
	{ "Elo", 457631, 457632, 6, LUHN, L(16) },
	{ "Elo", 504175, 504175, 6, LUHN, L(16) },
	{ "Elo", 506699, 506778, 6, LUHN, L(16) },
	{ "Elo", 509000, 509999, 6, LUHN, L(16) },
	{ "Elo", 627780, 627780, 6, LUHN, L(16) },
	{ "Elo", 636297, 636297, 6, LUHN, L(16) },
	{ "Elo", 636368, 636368, 6, LUHN, L(16) },
	{ "Elo", 650031, 650033, 6, LUHN, L(16) },
	{ "Elo", 650035, 650051, 6, LUHN, L(16) },
	{ "Elo", 650405, 650439, 6, LUHN, L(16) },
	{ "Elo", 650485, 650538, 6, LUHN, L(16) },
	{ "Elo", 650541, 650598, 6, LUHN, L(16) },
	{ "Elo", 650700, 650718, 6, LUHN, L(16) },
	{ "Elo", 650720, 650727, 6, LUHN, L(16) },
	{ "Elo", 650901, 650978, 6, LUHN, L(16) },
	{ "Elo", 651652, 651679, 6, LUHN, L(16) },
	{ "Elo", 655000, 655019, 6, LUHN, L(16) },
	{ "Elo", 655021, 655058, 6, LUHN, L(16) },
	{ "Hipercard", 606282, 606282, 6, LUHN, L(16) | L(19) },
	{ "Hipercard", 384100, 384100, 6, LUHN, L(16) | L(19) },
	{ "Hipercard", 384140, 384140, 6, LUHN, L(16) | L(19) },
	{ "Hipercard", 384160, 384160, 6, LUHN, L(16) | L(19) },
	{ "Verve", 506099, 506198, 6, LUHN, L(16) | L(18) | L(19) },
	{ "Verve", 507865, 507964, 6, LUHN, L(16) | L(18) | L(19) },
	{ "Verve", 650002, 650027, 6, LUHN, L(16) | L(18) | L(19) },
	{ "enRoute", 2014, 2014, 4, NOCHECK, L(15) },
	{ "enRoute", 2149, 2149, 4, NOCHECK, L(15) },
	{ "Mir", 2200, 2204, 4, LUHN, L_RANGE(16, 19) },
	{ "BORICA", 2205, 2205, 4, LUHN, L(16) },
	{ "Mastercard", 2221, 2720, 4, LUHN, L(16) },
	{ "Mastercard", 51, 55, 2, LUHN, L(16) },
	{ "Visa", 4, 4, 1, LUHN, L_RANGE(13, 19) },
	{ "American Express", 34, 34, 2, LUHN, L(15) },
	{ "American Express", 37, 37, 2, LUHN, L(15) },
	{ "JCB", 3528, 3589, 4, LUHN, L_RANGE(16, 19) },
	{ "JCB", 2131, 2131, 4, LUHN, L(15) },
	{ "JCB", 1800, 1800, 4, LUHN, L(15) },
	{ "Diners Club", 300, 305, 3, LUHN, L_RANGE(14, 19) },
	{ "Diners Club", 3095, 3095, 4, LUHN, L_RANGE(14, 19) },
	{ "Diners Club", 36, 36, 2, LUHN, L_RANGE(14, 19) },
	{ "Diners Club", 38, 39, 2, LUHN, L_RANGE(14, 19) },
	{ "Discover", 6011, 6011, 4, LUHN, L_RANGE(16, 19) },
	{ "Discover", 622126, 622925, 6, LUHN, L_RANGE(16, 19) },
	{ "Discover", 644, 649, 3, LUHN, L_RANGE(16, 19) },
	{ "Discover", 65, 65, 2, LUHN, L_RANGE(16, 19) },
	{ "UnionPay", 62, 62, 2, LUHN_OPT, L_RANGE(16, 19) },
	{ "RuPay", 508, 508, 3, LUHN, L(16) },
	{ "RuPay", 60, 60, 2, LUHN, L(16) },
	{ "RuPay", 81, 82, 2, LUHN, L(16) },
	{ "RuPay", 353, 353, 3, LUHN, L(16) },
	{ "RuPay", 356, 356, 3, LUHN, L(16) },
	{ "Troy", 9792, 9792, 4, LUHN, L(16) },
	{ "UzCard", 8600, 8600, 4, LUHN, L(16) },
	{ "Humo", 9860, 9860, 4, LUHN, L(16) },
	{ "Napas", 9704, 9704, 4, LUHN, L(16) | L(19) },
	{ "Maestro", 50, 50, 2, LUHN, L_RANGE(12, 19) },
	{ "Maestro", 56, 69, 2, LUHN, L_RANGE(12, 19) },
	{ "UATP", 1, 1, 1, LUHN, L(15) },
};

#undef L
#undef L_RANGE

/*
 * The brand whose prefix and length the nd digits at d have, and
 * whether its check holds (1), or fails where the brand's numbers need
 * not pass it (2); NULL when no brand takes the number.
 */
static const struct brand *
brand_of(const char *d, int nd, int *how)
{
	const struct brand *b, *weak = NULL;
	int ok = luhn(d, nd);
	size_t i;

	for (i = 0; i < sizeof(brands) / sizeof(brands[0]); i++) {
		b = &brands[i];
		if (!(b->lens >> nd & 1) || prefix(d, b->plen) < b->lo ||
		    prefix(d, b->plen) > b->hi)
			continue;
		if (b->check == NOCHECK || (!ok && b->check == LUHN_OPT)) {
			if (weak == NULL)
				weak = b;
		} else if (ok) {
			*how = 1;
			return b;
		}
	}
	*how = 2;
	return weak;
}

int
cog_card_check(const char *s, size_t n)
{
	char d[24];
	int nd = digits_of(s, n, d, sizeof(d)), how;

	if (nd < 12 || nd > 19 || brand_of(d, nd, &how) == NULL)
		return 0;
	return how;
}

const char *
cog_card_brand(const char *s, size_t n)
{
	char d[24];
	int nd = digits_of(s, n, d, sizeof(d)), how;
	const struct brand *b;

	if (nd < 12 || nd > 19 || (b = brand_of(d, nd, &how)) == NULL)
		return NULL;
	return b->name;
}

/* IBAN lengths by country (SWIFT IBAN registry plus a few in use). */
static const struct {
	char cc[3];
	unsigned char len;
} iban_len[] = {
	{ "AD", 24 }, { "AE", 23 }, { "AL", 28 }, { "AT", 20 }, { "AZ", 28 },
	{ "BA", 20 }, { "BE", 16 }, { "BG", 22 }, { "BH", 22 }, { "BI", 27 },
	{ "BR", 29 }, { "BY", 28 }, { "CH", 21 }, { "CR", 22 }, { "CY", 28 },
	{ "CZ", 24 }, { "DE", 22 }, { "DJ", 27 }, { "DK", 18 }, { "DO", 28 },
	{ "DZ", 26 }, { "EE", 20 }, { "EG", 29 }, { "ES", 24 }, { "FI", 18 },
	{ "FK", 18 }, { "FO", 18 }, { "FR", 27 }, { "GB", 22 }, { "GE", 22 },
	{ "GI", 23 }, { "GL", 18 }, { "GR", 27 }, { "GT", 28 }, { "HN", 28 },
	{ "HR", 21 }, { "HU", 28 }, { "IE", 22 }, { "IL", 23 }, { "IQ", 23 },
	{ "IS", 26 }, { "IT", 27 }, { "JO", 30 }, { "KW", 30 }, { "KZ", 20 },
	{ "LB", 28 }, { "LC", 32 }, { "LI", 21 }, { "LT", 20 }, { "LU", 20 },
	{ "LV", 21 }, { "LY", 25 }, { "MC", 27 }, { "MD", 24 }, { "ME", 22 },
	{ "MK", 19 }, { "MN", 20 }, { "MR", 27 }, { "MT", 31 }, { "MU", 30 },
	{ "NI", 28 }, { "NL", 18 }, { "NO", 15 }, { "OM", 23 }, { "PK", 24 },
	{ "PL", 28 }, { "PS", 29 }, { "PT", 25 }, { "QA", 29 }, { "RO", 24 },
	{ "RS", 22 }, { "RU", 33 }, { "SA", 24 }, { "SC", 31 }, { "SD", 18 },
	{ "SE", 24 }, { "SI", 19 }, { "SK", 24 }, { "SM", 27 }, { "SO", 23 },
	{ "ST", 25 }, { "SV", 28 }, { "TL", 23 }, { "TN", 24 }, { "TR", 26 },
	{ "UA", 29 }, { "VA", 22 }, { "VG", 24 }, { "XK", 20 }, { "YE", 30 },
};

static int
upper(int c)
{
	return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

int
cog_iban_length(const char *cc)
{
	size_t lo = 0, hi = sizeof(iban_len) / sizeof(iban_len[0]);
	char a, b;

	if (cc[0] == '\0' || cc[1] == '\0')
		return 0;
	a = (char)upper((unsigned char)cc[0]);
	b = (char)upper((unsigned char)cc[1]);
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = a - iban_len[mid].cc[0];

		if (c == 0)
			c = b - iban_len[mid].cc[1];
		if (c == 0)
			return iban_len[mid].len;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

int
cog_iban_check(const char *s, size_t n)
{
	char v[40];
	size_t i;
	int nv = 0, k, rem = 0;

	for (i = 0; i < n; i++) {
		int c = upper((unsigned char)s[i]);

		if (c == ' ' || c == '-')
			continue;
		if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) ||
		    nv == (int)sizeof(v))
			return 0;
		v[nv++] = (char)c;
	}
	if (nv < 5 || v[0] < 'A' || v[1] < 'A' || v[2] > '9' || v[3] > '9')
		return 0;
	if (cog_iban_length(v) != nv)
		return 0;
	/* Move the first four characters to the end; letters count 10-35. */
	for (k = 0; k < nv; k++) {
		int c = v[(k + 4) % nv];

		if (c <= '9')
			rem = (rem * 10 + (c - '0')) % 97;
		else
			rem = (rem * 100 + (c - 'A' + 10)) % 97;
	}
	return rem == 1;
}

int
cog_nhs_check(const char *s, size_t n)
{
	char d[10];
	int i, sum = 0, check;

	if (digits_of(s, n, d, sizeof(d)) != 10)
		return 0;
	for (i = 0; i < 9; i++)
		sum += d[i] * (10 - i);
	check = 11 - sum % 11;
	if (check == 11)
		check = 0;
	return check != 10 && check == d[9];
}

/*
 * The area, group and serial of a US SSN of nine digits; 0 when s is not
 * one, 2 when it is a published sample (one digit nine times, or one of
 * the numbers printed on sample cards and in ads), else 1.
 */
static int
ssn_parts(const char *s, size_t n, int *area, int *group, int *serial)
{
	char d[9];
	int i;

	if (digits_of(s, n, d, sizeof(d)) != 9)
		return 0;
	*area = prefix(d, 3);
	*group = d[3] * 10 + d[4];
	*serial = prefix(d + 5, 4);
	for (i = 1; i < 9 && d[i] == d[0]; i++)
		;
	if (i == 9 || (*area == 78 && *group == 5 && *serial == 1120) ||
	    (*area == 219 && *group == 9 && *serial == 9999) ||
	    (*area == 123 && *group == 45 && *serial == 6789))
		return 2;
	return 1;
}

int
cog_ssn_check(const char *s, size_t n)
{
	int area, group, serial;

	return ssn_parts(s, n, &area, &group, &serial) == 1 && area != 0 &&
	    area != 666 && area < 900 && group != 0 && serial != 0;
}

int
cog_ssn_sample(const char *s, size_t n)
{
	int area, group, serial;

	return ssn_parts(s, n, &area, &group, &serial) == 2;
}

static const char b58[] =
    "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

int
cog_base58check_decode(const char *s, size_t n, unsigned char *out,
    size_t outlen)
{
	unsigned char buf[64], h[SHA256_DIGEST_LENGTH];
	size_t i, j, zeros = 0, len = 0;

	if (n == 0 || n > 90)
		return -1;
	while (zeros < n && s[zeros] == '1')
		zeros++;
	/* buf holds the big-endian value in its last len bytes. */
	for (i = zeros; i < n; i++) {
		const char *p = memchr(b58, s[i], sizeof(b58) - 1);
		unsigned carry;

		if (p == NULL || s[i] == '\0')
			return -1;
		carry = (unsigned)(p - b58);
		for (j = 0; j < len; j++) {
			carry += 58u * buf[sizeof(buf) - 1 - j];
			buf[sizeof(buf) - 1 - j] = carry & 0xff;
			carry >>= 8;
		}
		while (carry) {
			if (len == sizeof(buf))
				return -1;
			buf[sizeof(buf) - 1 - len++] = carry & 0xff;
			carry >>= 8;
		}
	}
	if (zeros + len > sizeof(buf) || zeros + len < 5)
		return -1;
	memmove(buf + zeros, buf + sizeof(buf) - len, len);
	memset(buf, 0, zeros);
	len += zeros;
	SHA256(buf, len - 4, h);
	SHA256(h, sizeof(h), h);
	if (memcmp(h, buf + len - 4, 4) != 0 || len - 4 > outlen)
		return -1;
	memcpy(out, buf, len - 4);
	return (int)(len - 4);
}

int
cog_btc_base58_check(const char *s, size_t n)
{
	unsigned char p[32];

	if (n < 26 || n > 35)
		return 0;
	if (cog_base58check_decode(s, n, p, sizeof(p)) != 21)
		return 0;
	return p[0] == 0x00 || p[0] == 0x05 || p[0] == 0x6f || p[0] == 0xc4;
}

static const char b32[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

static uint32_t
polymod_step(uint32_t chk, int v)
{
	static const uint32_t gen[5] = {
		0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3
	};
	uint32_t top = chk >> 25;
	int i;

	chk = (chk & 0x1ffffff) << 5 ^ (uint32_t)v;
	for (i = 0; i < 5; i++)
		if (top >> i & 1)
			chk ^= gen[i];
	return chk;
}

/* Decode the data part into d (5-bit values); return its length or -1. */
static int
bech32_decode(const char *s, size_t n, unsigned char *d, size_t dmax,
    size_t *hrplen, int *kind)
{
	size_t i, sep = 0;
	int lower = 0, upperc = 0, nd = 0;
	uint32_t chk = 1;

	if (n < 8 || n > 90)
		return -1;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 33 || c > 126)
			return -1;
		lower |= c >= 'a' && c <= 'z';
		upperc |= c >= 'A' && c <= 'Z';
		if (c == '1')
			sep = i;
	}
	if ((lower && upperc) || sep < 1 || sep + 7 > n)
		return -1;
	for (i = 0; i < sep; i++)
		chk = polymod_step(chk, (s[i] | 0x20) >> 5);
	chk = polymod_step(chk, 0);
	for (i = 0; i < sep; i++)
		chk = polymod_step(chk, (s[i] | 0x20) & 31);
	for (i = sep + 1; i < n; i++) {
		const char *p = memchr(b32, s[i] | 0x20, 32);

		if (p == NULL || (size_t)nd == dmax)
			return -1;
		d[nd] = (unsigned char)(p - b32);
		chk = polymod_step(chk, d[nd++]);
	}
	if (chk == 1)
		*kind = 1;
	else if (chk == 0x2bc830a3)
		*kind = 2;
	else
		return -1;
	*hrplen = sep;
	return nd - 6;
}

int
cog_bech32_check(const char *s, size_t n)
{
	unsigned char d[90];
	size_t hrp;
	int kind;

	return bech32_decode(s, n, d, sizeof(d), &hrp, &kind) < 0 ? 0 : kind;
}

int
cog_btc_segwit_check(const char *s, size_t n)
{
	unsigned char d[90];
	size_t hrp;
	int nd, kind, i, bits = 0, plen = 0;
	unsigned acc = 0;

	nd = bech32_decode(s, n, d, sizeof(d), &hrp, &kind);
	if (nd < 1 || hrp != 2)
		return 0;
	if (!((s[0] | 0x20) == 'b' && (s[1] | 0x20) == 'c') &&
	    !((s[0] | 0x20) == 't' && (s[1] | 0x20) == 'b'))
		return 0;
	if (d[0] > 16 || (d[0] == 0) != (kind == 1))
		return 0;
	/* Regroup the program from 5-bit to 8-bit values. */
	for (i = 1; i < nd; i++) {
		acc = acc << 5 | d[i];
		bits += 5;
		if (bits >= 8) {
			bits -= 8;
			plen++;
		}
	}
	if (bits >= 5 || (acc & ((1u << bits) - 1)) != 0)
		return 0;
	if (plen < 2 || plen > 40)
		return 0;
	return d[0] != 0 || plen == 20 || plen == 32;
}

int
cog_ipv4_parse(const char *s, size_t n, unsigned char out[4])
{
	size_t i = 0;
	int k;

	for (k = 0; k < 4; k++) {
		int v = 0, nd = 0;

		if (k > 0) {
			if (i >= n || s[i] != '.')
				return -1;
			i++;
		}
		while (i < n && s[i] >= '0' && s[i] <= '9' && nd < 4) {
			v = v * 10 + (s[i++] - '0');
			nd++;
		}
		if (nd == 0 || nd > 3 || v > 255 ||
		    (nd > 1 && s[i - nd] == '0'))
			return -1;
		out[k] = (unsigned char)v;
	}
	return i == n ? 0 : -1;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

int
cog_ipv6_parse(const char *s, size_t n, unsigned char out[16])
{
	unsigned char b[16];
	size_t i = 0;
	int ng = 0, gap = -1, k;

	if (n >= 2 && s[0] == ':' && s[1] == ':') {
		gap = 0;
		i = 2;
	}
	while (i < n) {
		size_t st = i;
		int v = 0, nd = 0, h;

		while (i < n && (h = hexval((unsigned char)s[i])) >= 0 &&
		    nd < 5) {
			v = v << 4 | h;
			i++, nd++;
		}
		if (nd == 0 || nd > 4)
			return -1;
		if (i < n && s[i] == '.') {
			if (ng > 6 || cog_ipv4_parse(s + st, n - st, b + 2 * ng))
				return -1;
			ng += 2;
			i = n;
			break;
		}
		if (ng == 8)
			return -1;
		b[2 * ng] = (unsigned char)(v >> 8);
		b[2 * ng + 1] = (unsigned char)v;
		ng++;
		if (i == n)
			break;
		if (s[i] != ':' || ++i == n)
			return -1;
		if (s[i] == ':') {
			if (gap >= 0)
				return -1;
			gap = ng;
			i++;
		}
	}
	if (gap < 0 ? ng != 8 : ng > 7)
		return -1;
	memset(out, 0, 16);
	if (gap < 0)
		memcpy(out, b, 16);
	else {
		memcpy(out, b, 2 * gap);
		k = ng - gap;
		memcpy(out + 16 - 2 * k, b + 2 * gap, 2 * k);
	}
	return 0;
}

static const struct {
	const char *name;
	int v;
} validators[] = {
	{ "luhn", COG_VALID_LUHN }, { "card", COG_VALID_CARD },
	{ "iban", COG_VALID_IBAN }, { "mod97", COG_VALID_IBAN },
	{ "nhs", COG_VALID_NHS }, { "mod11", COG_VALID_NHS },
	{ "ssn", COG_VALID_SSN }, { "bitcoin", COG_VALID_BITCOIN },
};

int
cog_validator_lookup(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(validators) / sizeof(*validators); i++)
		if (strlen(validators[i].name) == len &&
		    strncasecmp(validators[i].name, name, len) == 0)
			return validators[i].v;
	return -1;
}

const char *
cog_validator_name(int v)
{
	size_t i;

	for (i = 0; i < sizeof(validators) / sizeof(*validators); i++)
		if (validators[i].v == v)
			return validators[i].name;
	return NULL;
}

int
cog_validate(int v, const char *s, size_t n)
{
	switch (v) {
	case COG_VALID_NONE:
		return 1;
	case COG_VALID_LUHN:
		return cog_luhn_check(s, n);
	case COG_VALID_CARD:
		return cog_card_check(s, n) == 1;
	case COG_VALID_IBAN:
		return cog_iban_check(s, n);
	case COG_VALID_NHS:
		return cog_nhs_check(s, n);
	case COG_VALID_SSN:
		return cog_ssn_check(s, n);
	case COG_VALID_BITCOIN:
		return cog_btc_base58_check(s, n) || cog_btc_segwit_check(s, n);
	}
	return 0;
}
