/* normalize.c -- unit tests of common/pii/normalize.h */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "pii/normalize.h"
#include "pii/types.h"
#include "tap.h"

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

	/* phones, default region US */
	norm(COG_PHONE_NUMBER, "(415) 555-0132", "+14155550132");
	norm(COG_PHONE_NUMBER, "415.555.0132", "+14155550132");
	norm(COG_PHONE_NUMBER, "+1 415 555 0132", "+14155550132");
	norm(COG_PHONE_NUMBER, "1-415-555-0132", "+14155550132");
	norm(COG_PHONE_NUMBER, "011 44 20 7946 0958", "+442079460958");
	norm(COG_PHONE_NUMBER, "0044 20 7946 0958", "+442079460958");
	norm(COG_PHONE_NUMBER, "+44 (0)20 7946 0958", "+442079460958");
	norm(COG_PHONE_NUMBER, "+44 (20) 7946 0958", "+442079460958");
	norm(COG_PHONE_NUMBER, "(415) 555-0132 x123", "+14155550132;ext=123");
	norm(COG_PHONE_NUMBER, "415-555-0132 ext. 123", "+14155550132;ext=123");
	norm(COG_PHONE_NUMBER, "+1 415 555 0132, extension 123",
	    "+14155550132;ext=123");
	norm(COG_PHONE_NUMBER, "+1 415 555 0132x", "+1 415 555 0132x");
	norm(COG_PHONE_NUMBER, "call me", "call me");
	norm(COG_PHONE_NUMBER, "12", "12");
	ok(cog_normalize_set_region("gb") == 0, "region gb");
	norm(COG_PHONE_NUMBER, "020 7946 0958", "+442079460958");
	norm(COG_PHONE_NUMBER, "+44 20 7946 0958", "+442079460958");
	ok(cog_normalize_set_region("DE") == 0, "region DE");
	norm(COG_PHONE_NUMBER, "030/1234567", "+49301234567");
	ok(cog_normalize_set_region("IT") == 0, "region IT");
	norm(COG_PHONE_NUMBER, "06 678 4343", "+39066784343");
	ok(cog_normalize_set_region("AU") == 0, "region AU");
	norm(COG_PHONE_NUMBER, "0011 44 20 7946 0958", "+442079460958");
	norm(COG_PHONE_NUMBER, "0412 345 678", "+61412345678");
	is_int(cog_normalize_set_region("XX"), -1, "unknown region");
	is_int(cog_normalize_set_region("USA"), -1, "three letters");
	is_int(cog_normalize_set_region(""), -1, "empty region");
	norm(COG_PHONE_NUMBER, "0412 345 678", "+61412345678");
	ok(cog_normalize_set_region("US") == 0, "back to US");
	norm(COG_PHONE_NUMBER, "415-555-0132", "+14155550132");

	norm(COG_CREDIT_CARD, "4526 0181-5908 3012", "4526018159083012");
	norm(COG_US_SSN, "536-22-1234", "536221234");
	norm(COG_UK_NHS, "943 476 5919", "9434765919");
	norm(COG_IBAN_CODE, "de89 3704-0044 0532 0130 00",
	    "DE89370400440532013000");
	norm(COG_EMAIL_ADDRESS, "Maria.Lopez@Example.COM",
	    "maria.lopez@example.com");
	norm(COG_MAC_ADDRESS, "00:1A:2B:3C:4D:5E", "001a2b3c4d5e");
	norm(COG_MAC_ADDRESS, "001A.2B3C.4D5E", "001a2b3c4d5e");
	norm(COG_MAC_ADDRESS, "00-1a-2b-3c-4d", "00-1a-2b-3c-4d");
	norm(COG_IP_ADDRESS, "2001:0DB8:0000:0000:0000:0000:0000:0001",
	    "2001:db8::1");
	norm(COG_IP_ADDRESS, "fe80:0::1%eth0", "fe80::1%eth0");
	norm(COG_IP_ADDRESS, "2001:db8:0::/32", "2001:db8::/32");
	norm(COG_IP_ADDRESS, "192.168.1.1/24", "192.168.1.1/24");
	norm(COG_IP_ADDRESS, "::FFFF:192.0.2.1", "::ffff:192.0.2.1");
	norm(COG_IP_ADDRESS, "not an ip", "not an ip");
	norm(COG_URL, "HTTPS://WWW.Example.COM/Path?Q=A",
	    "https://www.example.com/Path?Q=A");
	norm(COG_URL, "https://User@Example.com:8080/X",
	    "https://User@example.com:8080/X");
	norm(COG_URL, "Example.COM/Pricing", "example.com/Pricing");
	norm(COG_PERSON, "  Maria   LOPEZ\t", "maria lopez");
	norm(COG_PERSON, "JOS\xc3\x89 \xc3\x81LVAREZ", "jos\xc3\xa9 \xc3\xa1lvarez");
	norm(COG_PERSON, "\xc5\x81UKASZ \xc5\xbb\xc3\x93\xc5\x81W",
	    "\xc5\x82ukasz \xc5\xbc\xc3\xb3\xc5\x82w");
	norm(COG_PERSON, "\xc4\xb0STANBUL", "istanbul");
	norm(COG_LOCATION, "S\xc3\xa3o\xc2\xa0Paulo", "s\xc3\xa3o paulo");
	norm(COG_LOCATION, "\xd0\x9c\xd0\x9e\xd0\xa1\xd0\x9a\xd0\x92\xd0\x90",
	    "\xd0\xbc\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0");
	norm(COG_LOCATION, "\xce\x91\xce\x98\xce\x97\xce\x9d\xce\x91",
	    "\xce\xb1\xce\xb8\xce\xb7\xce\xbd\xce\xb1");
	norm(COG_PERSON, "BAD\xff" "BYTE", "bad\xff" "byte");
	norm(COG_DATE_TIME, "12/05/2021", "12/05/2021");
	norm(COG_CRYPTO, "BC1QAR0", "BC1QAR0");

	/* Output is appended. */
	cog_buf_adds(&b, "x:");
	cog_normalize(COG_US_SSN, "536-22-1234", 11, &b);
	is_str(b.p, "x:536221234", "appends to the buffer");
	cog_buf_release(&b);
	return tap_done();
}
