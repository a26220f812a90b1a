/* The replacement tokens of cog-mask, as cog-audit finds and vets them. */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "mask/keys.h"
#include "mask/tokens.h"
#include "pii/detect.h"
#include "pii/types.h"
#include "tap.h"

/* "TYPE/form@start-end ..." for every token in s. */
static const char *
scan(const char *s)
{
	static struct cog_buf b;
	struct cog_token t;
	size_t pos = 0;

	cog_buf_reset(&b);
	cog_buf_adds(&b, "");
	while (cog_token_next(s, strlen(s), &pos, &t))
		cog_buf_addf(&b, "%.*s/%c@%zu-%zu ", (int)t.typelen, t.type,
		    "hre"[t.form], t.start, t.end);
	return b.p;
}

static struct cog_token_vetter vet;

/*
 * The verdict on the first token of s, as "genuine", "unchecked",
 * "foreign" or "pii TYPE@start-end ...".
 */
static const char *
verdict(const char *s)
{
	static const char *const names[] = { "genuine", "unchecked",
	    "foreign", "pii" };
	static struct cog_buf b;
	struct cog_token t;
	size_t pos = 0, i;
	int v;

	cog_buf_reset(&b);
	if (!cog_token_next(s, strlen(s), &pos, &t))
		return "no token";
	v = cog_token_vet(&vet, s, &t);
	cog_buf_adds(&b, names[v]);
	for (i = 0; v == COG_TOKEN_HOLDS_PII && i < vet.found.n; i++)
		cog_buf_addf(&b, " %s@%zu-%zu",
		    cog_type_name(vet.found.v[i].type), vet.found.v[i].start,
		    vet.found.v[i].end);
	return b.p;
}

/* s as cog_token_open leaves it. */
static const char *
opened(const char *s, size_t *count)
{
	static struct cog_buf b;

	cog_buf_reset(&b);
	cog_buf_adds(&b, s);
	*count = cog_token_open(b.p, b.len);
	return b.p;
}

/* An encrypt token of value, of the type, under k, into b. */
static const char *
encrypted(struct cog_keys *k, const char *type, const char *value,
    struct cog_buf *b)
{
	cog_buf_reset(b);
	cog_buf_addf(b, "[%s:", type);
	cog_keys_encrypt(k, type, value, strlen(value), b);
	cog_buf_addc(b, ']');
	return b->p;
}

int
main(void)
{
	struct cog_keys *k = cog_keys_new((const unsigned char *)
	    "unit-mask-key-0123456789", 24);
	struct cog_keys *other = cog_keys_new((const unsigned char *)
	    "another-mask-key-0123456789", 27);
	struct cog_buf enc = COG_BUF_INIT;
	size_t n;

	is_str(scan("call [PHONE_NUMBER_3f2a9c0d5e7b1a46] now"),
	    "PHONE_NUMBER/h@5-36 ", "a hash token");
	is_str(scan("[US_SSN_1234567890123456]"), "US_SSN/h@0-25 ",
	    "a hash token of digits only");
	is_str(scan("[EMAIL_ADDRESS] and [PERSON]"),
	    "EMAIL_ADDRESS/r@0-15 PERSON/r@20-28 ", "redact tokens");
	is_str(scan("[OK] [NOTE] [EMAIL]"), "",
	    "[OK], an unknown type and an alias are no tokens");
	is_str(scan("[IBAN_CODE:AbCdEfGhIjKlMnOpQrStUv-_]"),
	    "IBAN_CODE/e@0-36 ", "an encrypt token");
	is_str(scan("[IBAN_CODE:short]"), "", "... not when too short");
	is_str(scan("[CUSTOMER_ID_0123456789abcdef]"), "CUSTOMER_ID/h@0-30 ",
	    "a hash token of any type name");
	is_str(scan("[PERSON_0123456789ABCDEF]"), "",
	    "upper-case hex is no hash");
	is_str(scan("[PERSON_0123456789abcde]"), "", "15 hex digits are not");
	is_str(scan("[PERSON_0123456789abcdef0]"), "", "17 are not");
	is_str(scan("[[PERSON]]"), "PERSON/r@1-9 ", "inside brackets");
	is_str(scan("[person]"), "", "lower-case type");
	is_str(scan("[_PERSON]"), "", "a type starting with _");
	is_str(scan("[PERSON"), "", "unclosed");
	is_str(scan("["), "", "a lone bracket");
	is_str(scan("[URL][URL_0123456789abcdef][URL:AAAAAAAAAAAAAAAAAAAAAA]"),
	    "URL/r@0-5 URL/h@5-27 URL/e@27-55 ", "three tokens in a row");
	ok(cog_type_define("EMPLOYEE_ID") >= 0, "a user type");
	is_str(scan("[EMPLOYEE_ID]"), "EMPLOYEE_ID/r@0-13 ",
	    "... makes its redact token known");

	/* Vetting: only what cog-mask could have written is a token. */
	vet.det = cog_detector_new(cog_default_types);
	vet.keys = k;
	is_str(verdict(encrypted(k, "IBAN_CODE", "DE89370400440532013000",
	    &enc)), "genuine", "an encrypt token of the key is genuine");
	is_str(verdict(encrypted(k, "CUSTOMER_7", "x", &enc)), "genuine",
	    "... of any type name, since it decrypts");
	is_str(verdict(encrypted(other, "IBAN_CODE", "DE89370400440532013000",
	    &enc)), "foreign", "one of another key is foreign");
	cog_buf_reset(&enc);
	encrypted(k, "IBAN_CODE", "DE89370400440532013000", &enc);
	memcpy(enc.p + 1, "US_SSN___", 9);
	is_str(verdict(enc.p), "foreign", "... and so is one of another type");
	is_str(verdict("[IBAN:DE89370400440532013000]"),
	    "pii IBAN_CODE@6-28",
	    "an IBAN in the form of an encrypt token holds PII");
	is_str(verdict("[PHONE_NUMBER:AbCdEfGhIjKlMnOpQrStUv]"), "foreign",
	    "base64url of the right length that does not decrypt: foreign");
	is_str(verdict("[PERSON_0123456789abcdef]"), "genuine",
	    "a hash token is genuine by its form");
	is_str(verdict("[CREDIT_CARD_4111111111111111]"), "genuine",
	    "... whatever 16 hex digits it holds");
	is_str(verdict("[CUSTOMER_ID_0123456789abcdef]"), "genuine",
	    "... of a user's type");
	is_str(verdict("[X4111111111111111_0123456789abcdef]"), "foreign",
	    "a type name unknown here with digits in it is foreign");
	is_str(verdict("[EMPLOYEE_ID]"), "genuine", "a redact token");
	vet.keys = NULL;
	is_str(verdict(encrypted(k, "IBAN_CODE", "DE89370400440532013000",
	    &enc)), "unchecked", "without a key, an encrypt token is unchecked");
	is_str(verdict("[IBAN:DE89370400440532013000]"),
	    "pii IBAN_CODE@6-28", "... but the IBAN in one is found");
	is_str(verdict("[US_SSN:4111111111111111xxxxxxxxxx]"), "unchecked",
	    "... and nothing but what is a value alone");
	is_str(verdict("[URL:DE89370400440532013000-GB82WEST12345698765432]"),
	    "pii IBAN_CODE@5-27 IBAN_CODE@28-50",
	    "... each entity in it, at its offsets in the text");
	is_str(verdict("[X4111111111111111:AbCdEfGhIjKlMnOpQrStUv]"),
	    "foreign", "... and a numbered type name unknown here is foreign");

	/* Look-alikes read as text. */
	is_str(opened("iban [IBAN_CODE_DE89370400440532013000].", &n),
	    "iban  IBAN CODE DE89370400440532013000 .",
	    "a look-alike of a hash token is opened");
	is_int(n, 1, "... one");
	is_str(opened("[PERSON_Dennis] [EMAIL:d@x.org] [A_B:c_d]", &n),
	    " PERSON Dennis   EMAIL d@x.org   A B c_d ",
	    "the brackets and the separators of the type name become spaces");
	is_int(n, 3, "... three");
	is_str(opened("[SURNAME] [OK] [Dennis] [a_b] [NOTE 1] [A_", &n),
	    "[SURNAME] [OK] [Dennis] [a_b] [NOTE 1] [A_",
	    "a user's redact token, [OK], a word and a space are left");
	is_int(n, 0, "... none opened");
	is_str(opened("[NOTE_1234]", &n), " NOTE 1234 ",
	    "an upper-case name with a digit is opened");
	is_str(opened("[PERSON_Dennis_Miller]", &n), " PERSON Dennis_Miller ",
	    "only the name and its separator are opened");

	cog_token_vetter_release(&vet);
	cog_detector_free(vet.det);
	cog_keys_free(k);
	cog_keys_free(other);
	cog_buf_release(&enc);
	return tap_done();
}
