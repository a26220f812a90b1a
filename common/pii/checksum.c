/* checksum.c -- validators for numbers and addresses that carry a check */
#include <openssl/sha.h>
#include <stdint.h>
#include <string.h>

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
static int
prefix(const char *d, int k)
{
	int i, v = 0;

	for (i = 0; i < k; i++)
		v = v * 10 + d[i];
	return v;
}

int
cog_card_check(const char *s, size_t n)
{
	char d[24];
	int nd = digits_of(s, n, d, sizeof(d));
	int p2, p3, p4, p6;

	if (nd < 12 || nd > 19 || !luhn(d, nd))
		return 0;
	p2 = prefix(d, 2), p3 = prefix(d, 3), p4 = prefix(d, 4);
	p6 = prefix(d, 6);
	switch (d[0]) {
	case 1:		/* UATP */
		return nd == 15;
	case 2:		/* Mir; Mastercard 2-series */
		if (p4 >= 2200 && p4 <= 2204)
			return nd >= 16;
		return p4 >= 2221 && p4 <= 2720 && nd == 16;
	case 3:
		if (p2 == 34 || p2 == 37)	/* American Express */
			return nd == 15;
		if (p4 >= 3528 && p4 <= 3589)	/* JCB */
			return nd >= 16;
		if ((p3 >= 300 && p3 <= 305) || p4 == 3095 || p2 == 36 ||
		    p2 == 38 || p2 == 39)	/* Diners Club */
			return nd >= 14;
		return 0;
	case 4:		/* Visa */
		return nd >= 13;
	case 5:
		if (p2 >= 51 && p2 <= 55)	/* Mastercard */
			return nd == 16;
		return nd >= 12 && (p2 == 50 || p2 >= 56);	/* Maestro */
	case 6:		/* Discover, UnionPay, Maestro, RuPay */
		return nd >= 12 || (p6 >= 622126 && p6 <= 622925);
	case 8:		/* RuPay */
		return (p2 == 81 || p2 == 82) && nd == 16;
	case 9:		/* Troy */
		return p4 == 9792 && nd == 16;
	}
	return 0;
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

int
cog_ssn_check(const char *s, size_t n)
{
	char d[9];
	int area, group, serial, i;

	if (digits_of(s, n, d, sizeof(d)) != 9)
		return 0;
	area = prefix(d, 3);
	group = d[3] * 10 + d[4];
	serial = prefix(d + 5, 4);
	if (area == 0 || area == 666 || area >= 900 || group == 0 ||
	    serial == 0)
		return 0;
	for (i = 1; i < 9 && d[i] == d[0]; i++)
		;
	if (i == 9)
		return 0;
	if ((area == 78 && group == 5 && serial == 1120) ||
	    (area == 219 && group == 9 && serial == 9999) ||
	    (area == 123 && group == 45 && serial == 6789))
		return 0;
	return 1;
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
