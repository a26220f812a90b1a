/* normalize.c -- canonical forms of detected values, for stable tokens */
#include <arpa/inet.h>
#include <string.h>

#include "pii/normalize.h"
#include "pii/types.h"

/* Regions: calling code, trunk prefix, international prefix. */
static const struct region {
	char cc[3];
	char code[4];
	char trunk[3];
	char intl[5];
} regions[] = {
	{ "AE", "971", "0", "00" }, { "AR", "54", "0", "00" },
	{ "AT", "43", "0", "00" }, { "AU", "61", "0", "0011" },
	{ "BE", "32", "0", "00" }, { "BR", "55", "0", "00" },
	{ "CA", "1", "1", "011" }, { "CH", "41", "0", "00" },
	{ "CL", "56", "", "00" }, { "CN", "86", "0", "00" },
	{ "CO", "57", "", "00" }, { "CZ", "420", "", "00" },
	{ "DE", "49", "0", "00" }, { "DK", "45", "", "00" },
	{ "EG", "20", "0", "00" }, { "ES", "34", "", "00" },
	{ "FI", "358", "0", "00" }, { "FR", "33", "0", "00" },
	{ "GB", "44", "0", "00" }, { "GR", "30", "", "00" },
	{ "HK", "852", "", "001" }, { "HU", "36", "06", "00" },
	{ "ID", "62", "0", "001" }, { "IE", "353", "0", "00" },
	{ "IL", "972", "0", "00" }, { "IN", "91", "0", "00" },
	{ "IS", "354", "", "00" }, { "IT", "39", "", "00" },
	{ "JP", "81", "0", "010" }, { "KR", "82", "0", "001" },
	{ "LU", "352", "", "00" }, { "MX", "52", "", "00" },
	{ "MY", "60", "0", "00" }, { "NG", "234", "0", "009" },
	{ "NL", "31", "0", "00" }, { "NO", "47", "", "00" },
	{ "NZ", "64", "0", "00" }, { "PH", "63", "0", "00" },
	{ "PK", "92", "0", "00" }, { "PL", "48", "", "00" },
	{ "PT", "351", "", "00" }, { "RO", "40", "0", "00" },
	{ "RU", "7", "8", "810" }, { "SA", "966", "0", "00" },
	{ "SE", "46", "0", "00" }, { "SG", "65", "", "000" },
	{ "SK", "421", "", "00" }, { "TH", "66", "0", "001" },
	{ "TR", "90", "0", "00" }, { "UA", "380", "0", "00" },
	{ "UK", "44", "0", "00" }, { "US", "1", "1", "011" },
	{ "VN", "84", "0", "00" }, { "ZA", "27", "0", "00" },
};

static const struct region us = { "US", "1", "1", "011" };

/* User types whose values are compared as words (see normalize.h). */
static cog_typeset words;
static const struct region *region = &us;

int
cog_normalize_set_region(const char *cc)
{
	size_t i;

	if (cc == NULL || strlen(cc) != 2)
		return -1;
	for (i = 0; i < sizeof(regions) / sizeof(regions[0]); i++)
		if ((cc[0] & ~0x20) == regions[i].cc[0] &&
		    (cc[1] & ~0x20) == regions[i].cc[1]) {
			region = &regions[i];
			return 0;
		}
	return -1;
}

static int
is_digit(int c)
{
	return (unsigned)c - '0' < 10;
}

static int
lower(int c)
{
	return (unsigned)c - 'A' < 26 ? c + 32 : c;
}

static int
starts(const char *d, size_t nd, const char *p)
{
	size_t k = strlen(p);

	return k > 0 && nd > k && memcmp(d, p, k) == 0;
}

/*
 * Split off an extension ("x123", " ext. 12", " Durchwahl 12"): the
 * length of the number before it, with the extension's digits at
 * *ext (*next of them); n when there is none.
 */
static size_t
phone_ext(const char *s, size_t n, const char **ext, size_t *next)
{
	size_t i, e, m;

	for (i = 1; i < n; i++)
		if ((lower((unsigned char)s[i]) >= 'a' &&
		    lower((unsigned char)s[i]) <= 'z') || s[i] == '#')
			break;
	if (i == n)
		return n;
	for (e = i; e < n && !is_digit((unsigned char)s[e]); e++)
		if (!strchr(" .:#", s[e]) && (lower((unsigned char)s[e]) < 'a' ||
		    lower((unsigned char)s[e]) > 'z'))
			return n;
	for (m = e; m < n && is_digit((unsigned char)s[m]); m++)
		;
	if (m == e || m != n)
		return n;
	*ext = s + e;
	*next = m - e;
	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == ','))
		i--;
	return i;
}

static void phone_number(const char *, size_t, struct cog_buf *);

/* The number as phone_number() writes it, then ";ext=" and its digits. */
static void
phone(const char *s, size_t n, struct cog_buf *out)
{
	const char *ext = NULL;
	size_t next = 0, n0 = phone_ext(s, n, &ext, &next);

	if (n0 == n || n0 == 0) {
		phone_number(s, n, out);
		return;
	}
	phone_number(s, n0, out);
	cog_buf_adds(out, ";ext=");
	cog_buf_add(out, ext, next);
}

static void
phone_number(const char *s, size_t n, struct cog_buf *out)
{
	char d[64];
	size_t i, nd = 0, k;
	int plus = 0, seen = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '+' && !seen)
			plus = 1;
		else if (is_digit(c)) {
			/* "+44 (0)20": the trunk prefix in parentheses. */
			if (plus && c == '0' && i > 0 && s[i - 1] == '(' &&
			    i + 1 < n && s[i + 1] == ')')
				continue;
			if (nd == sizeof(d))
				goto asis;
			d[nd++] = (char)c;
			seen = 1;
		} else if (!strchr(" -./()\t", c) || c == 0)
			goto asis;
	}
	if (nd < 3)
		goto asis;
	cog_buf_addc(out, '+');
	if (plus) {
		cog_buf_add(out, d, nd);
		return;
	}
	if (starts(d, nd, region->intl)) {
		k = strlen(region->intl);
		cog_buf_add(out, d + k, nd - k);
		return;
	}
	if (starts(d, nd, "00")) {
		cog_buf_add(out, d + 2, nd - 2);
		return;
	}
	k = 0;
	if (starts(d, nd, region->trunk) &&
	    (strcmp(region->code, "1") != 0 || nd == 11))
		k = strlen(region->trunk);
	cog_buf_adds(out, region->code);
	cog_buf_add(out, d + k, nd - k);
	return;
asis:
	cog_buf_add(out, s, n);
}

static void
digits(const char *s, size_t n, struct cog_buf *out)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (is_digit((unsigned char)s[i]))
			cog_buf_addc(out, s[i]);
}

static void
iban(const char *s, size_t n, struct cog_buf *out)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '-')
			cog_buf_addc(out, (unsigned)s[i] - 'a' < 26 ?
			    s[i] - 32 : s[i]);
}

static void
lowercase(const char *s, size_t n, struct cog_buf *out)
{
	size_t i;

	for (i = 0; i < n; i++)
		cog_buf_addc(out, lower((unsigned char)s[i]));
}

static void
mac(const char *s, size_t n, struct cog_buf *out)
{
	char h[12];
	size_t i, nh = 0;

	for (i = 0; i < n; i++) {
		int c = lower((unsigned char)s[i]);

		if (is_digit(c) || (c >= 'a' && c <= 'f')) {
			if (nh == sizeof(h))
				break;
			h[nh++] = (char)c;
		} else if (c != ':' && c != '-' && c != '.')
			break;
	}
	if (i == n && nh == sizeof(h))
		cog_buf_add(out, h, nh);
	else
		cog_buf_add(out, s, n);
}

static void
ip(const char *s, size_t n, struct cog_buf *out)
{
	char a[INET6_ADDRSTRLEN + 1], t[INET6_ADDRSTRLEN];
	unsigned char bin[16];
	size_t k;
	int af;

	for (k = 0; k < n && s[k] != '%' && s[k] != '/'; k++)
		;
	af = memchr(s, ':', k) ? AF_INET6 : AF_INET;
	if (k >= sizeof(a) || memchr(s, '\0', k))
		goto asis;
	memcpy(a, s, k);
	a[k] = '\0';
	if (inet_pton(af, a, bin) != 1 ||
	    inet_ntop(af, bin, t, sizeof(t)) == NULL)
		goto asis;
	cog_buf_adds(out, t);
	cog_buf_add(out, s + k, n - k);
	return;
asis:
	cog_buf_add(out, s, n);
}

static void
url(const char *s, size_t n, struct cog_buf *out)
{
	size_t i = 0, hs, he, k;

	for (k = 0; k + 2 < n && k < 32; k++)
		if (s[k] == ':' && s[k + 1] == '/' && s[k + 2] == '/')
			break;
	if (k + 2 < n && k < 32) {
		lowercase(s, k + 3, out);
		i = k + 3;
	}
	for (he = i; he < n && !strchr("/?#", s[he]); he++)
		;
	hs = i;
	for (k = i; k < he; k++)
		if (s[k] == '@')
			hs = k + 1;
	cog_buf_add(out, s + i, hs - i);
	for (k = hs; k < he && s[k] != ':'; k++)
		cog_buf_addc(out, lower((unsigned char)s[k]));
	cog_buf_add(out, s + k, n - k);
}

/* Decode one UTF-8 sequence at s (n bytes left); -1 when invalid. */
static long
utf8(const unsigned char *s, size_t n, size_t *len)
{
	long cp;
	size_t k, i;

	if (s[0] < 0x80) {
		*len = 1;
		return s[0];
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		k = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		k = 3, cp = s[0] & 0x0f;
	else
		return -1;
	if (k > n)
		return -1;
	for (i = 1; i < k; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return -1;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((k == 3 && cp < 0x800) || (cp >= 0xd800 && cp <= 0xdfff))
		return -1;
	*len = k;
	return cp;
}

static void
put_utf8(struct cog_buf *out, long cp)
{
	if (cp < 0x80)
		cog_buf_addc(out, (int)cp);
	else if (cp < 0x800) {
		cog_buf_addc(out, 0xc0 | (int)(cp >> 6));
		cog_buf_addc(out, 0x80 | (int)(cp & 0x3f));
	} else {
		cog_buf_addc(out, 0xe0 | (int)(cp >> 12));
		cog_buf_addc(out, 0x80 | (int)(cp >> 6 & 0x3f));
		cog_buf_addc(out, 0x80 | (int)(cp & 0x3f));
	}
}

/* Simple lower-case mapping of the Latin, Greek and Cyrillic letters. */
static long
fold(long c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0xc0 && c <= 0xde && c != 0xd7))
		return c + 32;
	if (c < 0x100)
		return c;
	if (c == 0x130)
		return 'i';
	if (c == 0x178)
		return 0xff;
	if ((c >= 0x100 && c <= 0x12f) || (c >= 0x132 && c <= 0x137) ||
	    (c >= 0x14a && c <= 0x177) || (c >= 0x1de && c <= 0x1ef) ||
	    (c >= 0x1f8 && c <= 0x21f) || (c >= 0x222 && c <= 0x233) ||
	    (c >= 0x460 && c <= 0x481) || (c >= 0x48a && c <= 0x4bf))
		return c % 2 == 0 ? c + 1 : c;
	if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e) ||
	    (c >= 0x1cd && c <= 0x1dc))
		return c % 2 == 1 ? c + 1 : c;
	if ((c >= 0x391 && c <= 0x3a9 && c != 0x3a2) ||
	    (c >= 0x410 && c <= 0x42f))
		return c + 32;
	if (c >= 0x400 && c <= 0x40f)
		return c + 80;
	if (c == 0x386)
		return 0x3ac;
	if (c >= 0x388 && c <= 0x38a)
		return c + 37;
	if (c == 0x38c)
		return 0x3cc;
	if (c == 0x38e || c == 0x38f)
		return c + 63;
	return c;
}

static int
is_space(long c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xa0 ||
	    (c >= 0x2000 && c <= 0x200a) || c == 0x202f || c == 0x3000;
}

static void
name(const char *s, size_t n, struct cog_buf *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, len, start = out->len;
	int space = 0;
	long c;

	while (i < n) {
		if (u[i] < 0x80) {
			/* ASCII, the common case: fold() and is_space() of it. */
			c = u[i++];
			if (c == ' ' || (c >= '\t' && c <= '\r')) {
				space = 1;
				continue;
			}
			if (space && out->len > start)
				cog_buf_addc(out, ' ');
			space = 0;
			cog_buf_addc(out, c >= 'A' && c <= 'Z' ? (int)c + 32 :
			    (int)c);
			continue;
		}
		if ((c = utf8(u + i, n - i, &len)) < 0) {
			c = -1;
			len = 1;
		}
		if (c >= 0 && is_space(c)) {
			space = 1;
			i += len;
			continue;
		}
		if (space && out->len > start)
			cog_buf_addc(out, ' ');
		space = 0;
		if (c < 0)
			cog_buf_addc(out, u[i]);
		else
			put_utf8(out, fold(c));
		i += len;
	}
}


void
cog_normalize(int type, const char *s, size_t n, struct cog_buf *out)
{
	switch (type) {
	case COG_PHONE_NUMBER:
		phone(s, n, out);
		break;
	case COG_CREDIT_CARD:
	case COG_US_SSN:
	case COG_UK_NHS:
		digits(s, n, out);
		break;
	case COG_IBAN_CODE:
		iban(s, n, out);
		break;
	case COG_EMAIL_ADDRESS:
		lowercase(s, n, out);
		break;
	case COG_MAC_ADDRESS:
		mac(s, n, out);
		break;
	case COG_IP_ADDRESS:
		ip(s, n, out);
		break;
	case COG_URL:
		url(s, n, out);
		break;
	case COG_PERSON:
	case COG_LOCATION:
	case COG_STREET_ADDRESS:
		name(s, n, out);
		break;
	default:
		if (words & COG_TYPEBIT(type))
			cog_normalize_words(s, n, out);
		else
			cog_buf_add(out, s, n);
		break;
	}
}

void
cog_normalize_words(const char *s, size_t n, struct cog_buf *out)
{
	/* name() stays inlined in cog_normalize(), its one caller. */
	cog_normalize(COG_PERSON, s, n, out);
}

void
cog_normalize_as_words(int t)
{
	if (t >= COG_NBUILTIN && t < COG_MAXTYPES)
		words |= COG_TYPEBIT(t);
}
