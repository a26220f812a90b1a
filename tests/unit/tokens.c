/* The replacement tokens of cog-mask, as cog-audit finds them. */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "mask/tokens.h"
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

int
main(void)
{
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
	return tap_done();
}
