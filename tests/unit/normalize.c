/* normalize.c -- unit tests of common/pii/normalize.h */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "pii/normalize.h"
#include "pii/types.h"
#include "tap.h"

#define REGION	(-1)	/* a row that sets the region of phone numbers */

/*
 * Each row: a type, a text and its normal form; or REGION, the region
 * to set, the result cog_normalize_set_region must give and the name of
 * the check.  The rows run in order, so a region holds until the next.
 */
static const struct nrow {
	int type;
	const char *s;
	int rc;
	const char *want;
} rows[] = {
#define N(t, s, w)	{ COG_##t, (s), 0, (w) }
#define R(s, rc, name)	{ REGION, (s), (rc), (name) }
	/* phones, default region US */
	N(PHONE_NUMBER, "(415) 555-0132", "+14155550132"),
	N(PHONE_NUMBER, "415.555.0132", "+14155550132"),
	N(PHONE_NUMBER, "+1 415 555 0132", "+14155550132"),
	N(PHONE_NUMBER, "1-415-555-0132", "+14155550132"),
	N(PHONE_NUMBER, "011 44 20 7946 0958", "+442079460958"),
	N(PHONE_NUMBER, "0044 20 7946 0958", "+442079460958"),
	N(PHONE_NUMBER, "+44 (0)20 7946 0958", "+442079460958"),
	N(PHONE_NUMBER, "+44 (20) 7946 0958", "+442079460958"),
	N(PHONE_NUMBER, "(415) 555-0132 x123", "+14155550132;ext=123"),
	N(PHONE_NUMBER, "415-555-0132 ext. 123", "+14155550132;ext=123"),
	N(PHONE_NUMBER, "+1 415 555 0132, extension 123", "+14155550132;ext=123"),
	N(PHONE_NUMBER, "+1 415 555 0132x", "+1 415 555 0132x"),
	N(PHONE_NUMBER, "call me", "call me"),
	N(PHONE_NUMBER, "12", "12"),
	R("gb", 0, "region gb"),
	N(PHONE_NUMBER, "020 7946 0958", "+442079460958"),
	N(PHONE_NUMBER, "+44 20 7946 0958", "+442079460958"),
	R("DE", 0, "region DE"),
	N(PHONE_NUMBER, "030/1234567", "+49301234567"),
	R("IT", 0, "region IT"),
	N(PHONE_NUMBER, "06 678 4343", "+39066784343"),
	R("AU", 0, "region AU"),
	N(PHONE_NUMBER, "0011 44 20 7946 0958", "+442079460958"),
	N(PHONE_NUMBER, "0412 345 678", "+61412345678"),
	R("XX", -1, "unknown region"),
	R("USA", -1, "three letters"),
	R("", -1, "empty region"),
	N(PHONE_NUMBER, "0412 345 678", "+61412345678"),
	R("US", 0, "back to US"),
	N(PHONE_NUMBER, "415-555-0132", "+14155550132"),

	N(CREDIT_CARD, "4526 0181-5908 3012", "4526018159083012"),
	N(US_SSN, "536-22-1234", "536221234"),
	N(UK_NHS, "943 476 5919", "9434765919"),
	N(IBAN_CODE, "de89 3704-0044 0532 0130 00", "DE89370400440532013000"),
	N(EMAIL_ADDRESS, "Maria.Lopez@Example.COM", "maria.lopez@example.com"),
	N(MAC_ADDRESS, "00:1A:2B:3C:4D:5E", "001a2b3c4d5e"),
	N(MAC_ADDRESS, "001A.2B3C.4D5E", "001a2b3c4d5e"),
	N(MAC_ADDRESS, "00-1a-2b-3c-4d", "00-1a-2b-3c-4d"),
	N(IP_ADDRESS, "2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1"),
	N(IP_ADDRESS, "fe80:0::1%eth0", "fe80::1%eth0"),
	N(IP_ADDRESS, "2001:db8:0::/32", "2001:db8::/32"),
	N(IP_ADDRESS, "192.168.1.1/24", "192.168.1.1/24"),
	N(IP_ADDRESS, "::FFFF:192.0.2.1", "::ffff:192.0.2.1"),
	N(IP_ADDRESS, "not an ip", "not an ip"),
	N(URL, "HTTPS://WWW.Example.COM/Path?Q=A", "https://www.example.com/Path?Q=A"),
	N(URL, "https://User@Example.com:8080/X", "https://User@example.com:8080/X"),
	N(URL, "Example.COM/Pricing", "example.com/Pricing"),
	N(PERSON, "  Maria   LOPEZ\t", "maria lopez"),
	N(PERSON, "JOS\xc3\x89 \xc3\x81LVAREZ", "jos\xc3\xa9 \xc3\xa1lvarez"),
	N(PERSON, "\xc5\x81UKASZ \xc5\xbb\xc3\x93\xc5\x81W", "\xc5\x82ukasz \xc5\xbc\xc3\xb3\xc5\x82w"),
	N(PERSON, "\xc4\xb0STANBUL", "istanbul"),
	N(LOCATION, "S\xc3\xa3o\xc2\xa0Paulo", "s\xc3\xa3o paulo"),
	N(LOCATION, "\xd0\x9c\xd0\x9e\xd0\xa1\xd0\x9a\xd0\x92\xd0\x90", "\xd0\xbc\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0"),
	N(LOCATION, "\xce\x91\xce\x98\xce\x97\xce\x9d\xce\x91", "\xce\xb1\xce\xb8\xce\xb7\xce\xbd\xce\xb1"),
	N(PERSON, "BAD\xff" "BYTE", "bad\xff" "byte"),
	N(DATE_TIME, "12/05/2021", "12/05/2021"),
	N(CRYPTO, "BC1QAR0", "BC1QAR0"),
#undef R
#undef N
};

static void
norm(int type, const char *s, const char *want)
{
	struct cog_buf b = COG_BUF_INIT;

	cog_normalize(type, s, strlen(s), &b);
	is_str(b.p ? b.p : "", want, "%s '%s'", cog_type_name(type), s);
	cog_buf_release(&b);
}

int
main(void)
{
	struct cog_buf b = COG_BUF_INIT;
	size_t i;

	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
		if (rows[i].type == REGION)
			is_int(cog_normalize_set_region(rows[i].s), rows[i].rc,
			    "%s", rows[i].want);
		else
			norm(rows[i].type, rows[i].s, rows[i].want);

	/* Output is appended. */
	cog_buf_adds(&b, "x:");
	cog_normalize(COG_US_SSN, "536-22-1234", 11, &b);
	is_str(b.p, "x:536221234", "appends to the buffer");
	cog_buf_release(&b);
	return tap_done();
}
