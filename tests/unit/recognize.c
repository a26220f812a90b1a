/* recognize.c -- unit tests of the built-in recognizers (common/pii/recognize.h) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "pii/detect.h"
#include "pii/recognize.h"
#include "pii/types.h"
#include "spancase.h"
#include "tap.h"

#define ALL	(((1ULL << COG_NBUILTIN) - 1) & \
	~(COG_TYPEBIT(COG_PERSON) | COG_TYPEBIT(COG_LOCATION)))
#define DEF	0	/* cog_default_types */
#define TB(t)	COG_TYPEBIT(t)

/* The cases: see spancase.h. */
static const struct spancase cases[] = {
	/* e-mail */
	C("write to maria.lopez@example.com please", DEF, "EMAIL_ADDRESS 9-32"),
	C("maria@example.com", DEF, "EMAIL_ADDRESS 0-17"),
	C("\nmaria@example.com", DEF, "EMAIL_ADDRESS 1-18"),
	C("\\nmaria@example.com", DEF, "EMAIL_ADDRESS 2-19"),
	C("(j_o+tag@mail.example.co.uk).", DEF, "EMAIL_ADDRESS 1-27"),
	C("mail me: Bob.Smith@Example.ORG.", DEF, "EMAIL_ADDRESS 9-30"),
	C("a@xn--80ak6aa92e.com", DEF, "EMAIL_ADDRESS 0-20"),
	C("info@company.", DEF, ""),
	C("user@localhost", DEF, ""),
	C("user@example.notatld", DEF, ""),
	C("twitter @handle and foo@bar", DEF, ""),
	C("x@y.com_", DEF, ""),
	C("4155550132@txt.example.net", DEF, "EMAIL_ADDRESS 0-26"),
	/* phone */
	C("call me at (415) 555-0132 tomorrow", DEF, "PHONE_NUMBER 11-25"),
	C("my cell is 415-555-0132.", DEF, "PHONE_NUMBER 11-23"),
	C("415.555.0132", DEF, "PHONE_NUMBER 0-12"),
	C("+1 415 555 0132", DEF, "PHONE_NUMBER 0-15"),
	C("+1-800-555-0199", DEF, "PHONE_NUMBER 0-15"),
	C("1-800-555-0199", DEF, "PHONE_NUMBER 0-14"),
	C("ring +44 20 7946 0958 or", DEF, "PHONE_NUMBER 5-21"),
	C("+44 (0)20 7946 0958", DEF, "PHONE_NUMBER 0-19"),
	C("+44 (20) 7946 0958", DEF, "PHONE_NUMBER 0-18"),
	C("my number: 020 7946 0958", DEF, "PHONE_NUMBER 11-24"),
	C("07700 900123", DEF, "PHONE_NUMBER 0-12"),
	C("Tel. 030 12345678", DEF, "PHONE_NUMBER 5-17"),
	C("030/1234567", DEF, "PHONE_NUMBER 0-11"),
	C("+49 30 1234567", DEF, "PHONE_NUMBER 0-14"),
	C("01 42 68 53 00", DEF, "PHONE_NUMBER 0-14"),
	C("+33 1 42 68 53 00", DEF, "PHONE_NUMBER 0-17"),
	C("+34 612 34 56 78", DEF, "PHONE_NUMBER 0-16"),
	C("+39 06 6784 4343", DEF, "PHONE_NUMBER 0-16"),
	C("06-12345678", DEF, "PHONE_NUMBER 0-11"),
	C("call 98765 43210", DEF, "PHONE_NUMBER 5-16"),
	/* A format of each country (gen-numbers.py --wide). */
	C("call me at (415) 555-0132 x204", DEF, "PHONE_NUMBER 11-30"),
	C("Tel. 1 (800) 420-0708", DEF, "PHONE_NUMBER 5-21"),
	C("desk: +1.604.555.0187", DEF, "PHONE_NUMBER 6-21"),
	C("T: 011 44 20 7946 0958", DEF, "PHONE_NUMBER 3-22"),
	C("mobile: +44 (0)7700 900123", DEF, "PHONE_NUMBER 8-26"),
	C("0161 496 0000 ext. 12", DEF, "PHONE_NUMBER 0-21"),
	C("Handy: 0151/23456789", DEF, "PHONE_NUMBER 7-20"),
	C("T 0049 (0)30 99439134", DEF, "PHONE_NUMBER 2-21"),
	C("Tel.: 089/123 45 67 Durchwahl 12", DEF, "PHONE_NUMBER 6-32"),
	C("Mobil: +43 (0)664 123 45 67", DEF, "PHONE_NUMBER 7-27"),
	C("Tel. +41 (0)44 668 18 00", DEF, "PHONE_NUMBER 5-24"),
	C("portable : 06.12.34.56.78 poste 21", DEF, "PHONE_NUMBER 11-34"),
	C("fijo: 912345678", DEF, "PHONE_NUMBER 6-15"),
	C("cel. 655 237 047", DEF, "PHONE_NUMBER 5-16"),
	C("fone: (+351) 21 956 8356", DEF, "PHONE_NUMBER 6-24"),
	C("chiamami al (+39) 347 123 4567", DEF, "PHONE_NUMBER 12-30"),
	C("Tel. 02/708.67.92", DEF, "PHONE_NUMBER 5-17"),
	C("GSM 0475 12 34 56", DEF, "PHONE_NUMBER 4-17"),
	C("tel. kom. (0-22) 807 38 95 wew. 12", DEF, "PHONE_NUMBER 10-34"),
	C("mobiili 040 123 4567", DEF, "PHONE_NUMBER 8-20"),
	C("mob. 48074061", DEF, "PHONE_NUMBER 5-13"),
	C("tlf. 5838 5182", DEF, "PHONE_NUMBER 5-14"),
	C("whats (11) 91234-5678", DEF, "PHONE_NUMBER 6-21"),
	C("móvil: +52 1 55 1234 5678", DEF, "PHONE_NUMBER 8-26"),
	C("call 555-0100 or 555-0199", DEF, "PHONE_NUMBER 5-13, PHONE_NUMBER 17-25"),
	C("+91 98765 43210", DEF, "PHONE_NUMBER 0-15"),
	C("(02) 9876 5432", DEF, "PHONE_NUMBER 0-14"),
	C("0412 345 678", DEF, "PHONE_NUMBER 0-12"),
	C("phone: 4155550132", DEF, "PHONE_NUMBER 7-17"),
	C("4155550132", DEF, ""),
	C("order number 4155550132", DEF, ""),
	C("invoice 415-555-0132", DEF, "PHONE_NUMBER 8-20"),
	C("invoice 4155550132", DEF, ""),
	C("ref 555-0132", DEF, ""),
	C("call 555-0132", DEF, "PHONE_NUMBER 5-13"),
	C("+999 1234 5678", DEF, ""),
	C("+1 415 555", DEF, ""),
	C("price $1 234 567 total", DEF, ""),
	C("it costs 1 234 567", DEF, ""),
	C("pi is 3.14159265", DEF, ""),
	C("version 10.0.19041.1", DEF, ""),
	C("on 12/05/2021 at 10:30", DEF, ""),
	C("2021-05-20", DEF, ""),
	C("is415-555-0132", DEF, ""),
	C("415-555-0132abc", DEF, ""),
	C("A1234567890", DEF, ""),
	C("id 1-2-3-4-5-6-7-8", DEF, ""),
	/*
	 * National formats of the countries of numplan.h, with and without
	 * trunk prefix and country code, extensions, cues of their
	 * languages; and numbers that are none.
	 */
	C("call (415) 555-0132 x123", DEF, "PHONE_NUMBER 5-24"),
	C("desk: 415-555-0132 ext. 12", DEF, "PHONE_NUMBER 6-26"),
	C("Mobile: 604 555 0143", DEF, "PHONE_NUMBER 8-20"),
	C("call me at 020 7946 0958", DEF, "PHONE_NUMBER 11-24"),
	C("+44 20 7946 0958", DEF, "PHONE_NUMBER 0-16"),
	C("0044 161 496 0000", DEF, "PHONE_NUMBER 0-17"),
	C("Tel. 030 12345678", DEF, "PHONE_NUMBER 5-17"),
	C("Handy: 0176 1234 5678", DEF, "PHONE_NUMBER 7-21"),
	C("erreichen Sie mich unter 089 1234 5678, Durchwahl 12", DEF, "PHONE_NUMBER 25-52"),
	C("+49 (0)30 1234567", DEF, "PHONE_NUMBER 0-17"),
	C("Mobil 0664 1234567", DEF, "PHONE_NUMBER 6-18"),
	C("+43 1 5880 0", DEF, "PHONE_NUMBER 0-12"),
	C("Festnetz 0316 123456", DEF, "PHONE_NUMBER 9-20"),
	C("044 668 18 00", DEF, "PHONE_NUMBER 0-13"),
	C("+41 79 123 45 67", DEF, "PHONE_NUMBER 0-16"),
	C("portable : 06 12 34 56 78", DEF, "PHONE_NUMBER 11-25"),
	C("06.12.34.56.78", DEF, "PHONE_NUMBER 0-14"),
	C("+33 6 12 34 56 78", DEF, "PHONE_NUMBER 0-17"),
	C("m\xc3\xb3vil: 612 34 56 78", DEF, "PHONE_NUMBER 8-20"),
	C("ll\xc3\xa1mame al 912 345 678", DEF, "PHONE_NUMBER 12-23"),
	C("+34 612 345 678", DEF, "PHONE_NUMBER 0-15"),
	C("telem\xc3\xb3vel 912 345 678", DEF, "PHONE_NUMBER 11-22"),
	C("21 123 4567", DEF, "PHONE_NUMBER 0-11"),
	C("+351 912 345 678", DEF, "PHONE_NUMBER 0-16"),
	C("cellulare 347 1234567", DEF, "PHONE_NUMBER 10-21"),
	C("347/1234567", DEF, "PHONE_NUMBER 0-11"),
	C("06 6784 4343", DEF, "PHONE_NUMBER 0-12"),
	C("+39 06 6784 4343", DEF, "PHONE_NUMBER 0-16"),
	C("mobiel: 06-12345678", DEF, "PHONE_NUMBER 8-19"),
	C("bel me op 020 123 4567", DEF, "PHONE_NUMBER 10-22"),
	C("+31 6 12345678", DEF, "PHONE_NUMBER 0-14"),
	C("0470 12 34 56", DEF, "PHONE_NUMBER 0-13"),
	C("02 123 45 67", DEF, "PHONE_NUMBER 0-12"),
	C("+32 2 123 45 67", DEF, "PHONE_NUMBER 0-15"),
	C("zadzwo\xc5\x84 pod 512 345 678", DEF, "PHONE_NUMBER 13-24"),
	C("22 574 82 57", DEF, "PHONE_NUMBER 0-12"),
	C("+48 512 345 678", DEF, "PHONE_NUMBER 0-15"),
	C("070-123 45 67", DEF, "PHONE_NUMBER 0-13"),
	C("08-123 456 78", DEF, "PHONE_NUMBER 0-13"),
	C("+46 70 123 45 67", DEF, "PHONE_NUMBER 0-16"),
	C("tlf 22 12 34 56", DEF, "PHONE_NUMBER 4-15"),
	C("mobil 412 34 567", DEF, "PHONE_NUMBER 6-16"),
	C("+47 412 34 567", DEF, "PHONE_NUMBER 0-14"),
	C("32 12 34 56", DEF, "PHONE_NUMBER 0-11"),
	C("+45 32 12 34 56", DEF, "PHONE_NUMBER 0-15"),
	C("puh. 040 123 4567", DEF, "PHONE_NUMBER 5-17"),
	C("09 1234 567", DEF, "PHONE_NUMBER 0-11"),
	C("+358 40 123 4567", DEF, "PHONE_NUMBER 0-16"),
	C("(11) 91234-5678", DEF, "PHONE_NUMBER 0-15"),
	C("21 3059-1878", DEF, "PHONE_NUMBER 0-12"),
	C("+55 11 91234-5678", DEF, "PHONE_NUMBER 0-17"),
	C("(55) 1234 5678", DEF, "PHONE_NUMBER 0-14"),
	C("55 1234 5678", DEF, "PHONE_NUMBER 0-12"),
	C("+52 55 1234 5678", DEF, "PHONE_NUMBER 0-16"),
	C("+52 1 55 1234 5678", DEF, "PHONE_NUMBER 0-18"),
	C("fax: 0041 61 204 38 32x06", DEF, "PHONE_NUMBER 5-25"),
	C("order 612 34 56 78", DEF, ""),
	C("Bestellnummer 0176 1234 5678", DEF, ""),
	C("total 612 345 678 EUR", DEF, ""),
	C("it costs 1 234 567 z\xc5\x82", DEF, ""),
	C("on 12 05 2021 we met", DEF, ""),
	C("at 10:30 or 14.30", DEF, ""),
	C("the meeting is on 12.05.2021", DEF, ""),
	C("invoice 2023-004512", DEF, ""),
	C("between 9 and 17", DEF, ""),
	C("room 612 34 56", DEF, ""),
	C("price: 612 34 56 78 \xe2\x82\xac", DEF, ""),
	C("+34 512 345 678", DEF, ""),
	C("+49 176", DEF, ""),
	C("912 345 678", DEF, ""),
	C("612-345-678", DEF, "PHONE_NUMBER 0-11"),
	C("call 415-555-0132 x", DEF, "PHONE_NUMBER 5-17"),
	C("call 415-555-0132 ext. ab", DEF, "PHONE_NUMBER 5-17"),
	C("call 415-555-0132 extra 12", DEF, "PHONE_NUMBER 5-17"),
	/* credit card */
	C("card 4526 0181 5908 3012 exp", DEF, "CREDIT_CARD 5-24"),
	C("4526-0181-5908-3012", DEF, "CREDIT_CARD 0-19"),
	C("4526018159083012", DEF, "CREDIT_CARD 0-16"),
	C("amex 3481 948219 93518.", DEF, "CREDIT_CARD 5-22"),
	C("4526018159083012 4526-0181-5908-3012", DEF, "CREDIT_CARD 0-16, CREDIT_CARD 17-36"),
	C("4526018159083013", DEF, ""),
	C("4526 0181-5908 3012", DEF, ""),
	C("x4526018159083012", DEF, ""),
	C("45260181590830121", DEF, ""),
	/* every brand, as printed, with its one-digit-off twin */
	C("visa 4526.0181.5908.3012 exp", DEF, "CREDIT_CARD 5-24"),
	C("visa 4526.0181.5908.3013 exp", DEF, ""),
	C("Mastercard: 2720-3786-5797-5434", DEF, "CREDIT_CARD 12-31"),
	C("Mastercard: 2720-3786-5797-5435", DEF, ""),
	C("amex 3723 194875 74919", DEF, "CREDIT_CARD 5-22"),
	C("amex 3723 194875 74910", DEF, ""),
	C("6011 1862 5276 0187", DEF, "CREDIT_CARD 0-19"),
	C("6011 1862 5276 0188", DEF, ""),
	C("JCB 3528 3212 2330 7924 404", DEF, "CREDIT_CARD 4-27"),
	C("cards: 6761 2366 7127 6844 and 5020 0189 55594", DEF, "CREDIT_CARD 7-26, CREDIT_CARD 31-46"),
	C("carte  4026  5260  1815  9083", DEF, "CREDIT_CARD 7-29"),
	C("{\"pan\": \"2203  3079  2440  2685  993\"}", DEF, "CREDIT_CARD 9-36"),
	C("karta 1231 9487 5749 114", DEF, "CREDIT_CARD 6-24"),
	C("bancomat 501886252763", DEF, "CREDIT_CARD 9-21"),
	C("tarjeta 4933.6338.75008", DEF, "CREDIT_CARD 8-23"),
	C("card 4026 5260 1815 9083", DEF, "CREDIT_CARD 5-24"),
	C("Kreditkarte: 4933 6338 75008", DEF, "CREDIT_CARD 13-28"),
	C("tarjeta 5020-0189-55594", DEF, "CREDIT_CARD 8-23"),
	C("card  4526  0181  5908  3012 exp", DEF, "CREDIT_CARD 6-28"),
	C("Karten: 2203  3079  2440  2685  993, ok", DEF, "CREDIT_CARD 8-35"),
	C("karta 1231 9487 5749 114", DEF, "CREDIT_CARD 6-24"),
	C("carte 3540 7280 3852 8084 0", DEF, "CREDIT_CARD 6-27"),
	C("bancomat 501886252763", DEF, "CREDIT_CARD 9-21"),
	C("cards: 6761 2366 7127 6844 and 6304 7465 0752 9170 345", DEF, "CREDIT_CARD 7-26, CREDIT_CARD 31-54"),
	C("tel. 030 1234567  4526 0181 5908 3012", DEF, "PHONE_NUMBER 5-16, CREDIT_CARD 18-37"),
	C("JCB 3528 4212 2330 7924 404", DEF, ""),
	C("5893 2890 7866 6617 601", DEF, "CREDIT_CARD 0-23"),
	C("5893 2890 7866 6617 602", DEF, ""),
	C("maestro 6759 2685 9959", DEF, "CREDIT_CARD 8-22"),
	C("maestro 6759 2685 9958", DEF, ""),
	C("6759 2685 9959", DEF, ""),
	C("diners 3058 159013 9625", DEF, "CREDIT_CARD 7-23"),
	C("diners 3058 159013 9626", DEF, ""),
	C("enRoute 2014 2808414 8527", DEF, "CREDIT_CARD 8-25"),
	C("enRoute 2015 2808414 8527", DEF, ""),
	C("2014 2808414 8527", DEF, ""),
	C("UnionPay 6263 3875 0047 4391", DEF, "CREDIT_CARD 9-28"),
	C("6263 3875 0047 4391", DEF, ""),
	C("6263 3875 0047 4390", DEF, "CREDIT_CARD 0-19"),
	C("Karte 6263387500474391", DEF, "CREDIT_CARD 6-22"),
	C("numer karty: 2014 2808414 8527", DEF, "CREDIT_CARD 13-30"),
	C("n\xc3\xbamero de tarjeta 6759-2685-9959", DEF, "CREDIT_CARD 19-33"),
	C("mir 2204 5167 6122 2029 720", DEF, "CREDIT_CARD 4-27"),
	C("mir 2204 5167 6122 2029 721", DEF, ""),
	C("RuPay 8126 3304 3483 9547", DEF, "CREDIT_CARD 6-25"),
	C("RuPay 8126 3304 3483 9548", DEF, ""),
	C("troy 9792 8620 5798 6826", DEF, "CREDIT_CARD 5-24"),
	C("troy 9792 8620 5798 6827", DEF, ""),
	C("verve 5060 9982 8807 2904", DEF, "CREDIT_CARD 6-25"),
	C("verve 5060 9982 8807 2905", DEF, ""),
	C("elo 6363 6871 8033 4015", DEF, "CREDIT_CARD 4-23"),
	C("elo 6363 6871 8033 4016", DEF, ""),
	C("hipercard 6062 8298 3478 8782", DEF, "CREDIT_CARD 10-29"),
	C("hipercard 6062 8298 3478 8783", DEF, ""),
	C("4526 0181.5908 3012", DEF, ""),
	C("45260 18159 08301 2", DEF, ""),
	/* IBAN */
	C("IBAN: DE89 3704 0044 0532 0130 00.", DEF, "IBAN_CODE 6-33"),
	C("DE89370400440532013000", DEF, "IBAN_CODE 0-22"),
	C("de89 3704 0044 0532 0130 00", DEF, "IBAN_CODE 0-27"),
	C("GB29-NWBK-6016-1331-9268-19", DEF, "IBAN_CODE 0-27"),
	C("pay NO9386011117947 now", DEF, "IBAN_CODE 4-19"),
	C("DE89 3704 0044 0532 0130 00 X", DEF, "IBAN_CODE 0-27"),
	C("DE89 3704 0044 0532 0130 01", DEF, ""),
	C("DE8937040044053201300", DEF, ""),
	C("DE890370400440532013000", DEF, ""),
	C("De89 3704 0044 0532 0130 00", DEF, ""),
	C("XDE89370400440532013000", DEF, ""),
	/* SSN */
	C("ssn 536-22-1234", DEF, "US_SSN 4-15"),
	C("536-22-1234", DEF, "US_SSN 0-11"),
	C("536 22 1234", DEF, "US_SSN 0-11"),
	C("my social security number is 536221234", DEF, "US_SSN 29-38"),
	C("536221234", DEF, ""),
	C("000-22-1234", DEF, ""),
	C("666-22-1234", DEF, ""),
	C("912-22-1234", DEF, ""),
	C("536-00-1234", DEF, ""),
	C("536-22-0000", DEF, ""),
	C("123-45-6789", DEF, ""),
	C("abc123-45-6789xyz", DEF, ""),
	C("abc536-22-1234xyz", DEF, ""),
	C("536-22.1234", DEF, ""),
	/* IP */
	C("server 192.168.1.20 is down", DEF, "IP_ADDRESS 7-19"),
	C("(10.0.0.1)", DEF, "IP_ADDRESS 1-9"),
	C("IP: 10.0.0.1.", DEF, "IP_ADDRESS 4-12"),
	C("10.0.0.0/8 and 192.168.0.0/16", DEF, "IP_ADDRESS 0-10, IP_ADDRESS 15-29"),
	C("10.0.0.0/33", DEF, "IP_ADDRESS 0-8"),
	C("256.1.1.1", DEF, ""),
	C("1.2.3", DEF, ""),
	C("10.1.2.3.4", DEF, ""),
	C("firmware version 1.2.3.4", DEF, ""),
	C("x10.0.0.1", DEF, ""),
	C("use 2001:db8::1 or fe80::1%eth0", DEF, "IP_ADDRESS 4-15, IP_ADDRESS 19-31"),
	C("::1", DEF, "IP_ADDRESS 0-3"),
	C("[2001:db8::8a2e:370:7334]:443", DEF, "IP_ADDRESS 1-24"),
	C("::ffff:192.0.2.128", DEF, "IP_ADDRESS 0-18"),
	C("2001:db8::/32.", DEF, "IP_ADDRESS 0-13"),
	C("2001:0db8:0000:0000:0000:ff00:0042:8329", DEF, "IP_ADDRESS 0-39"),
	C("at 12:34:56 today", DEF, ""),
	C("std::vector", DEF, ""),
	C("1::2::3", DEF, ""),
	C("::", DEF, ""),
	C("fe80::1x", DEF, ""),
	/* URL */
	C("see https://www.example.com/a?b=1.", DEF, "URL 4-33"),
	C("http://example.com", DEF, "URL 0-18"),
	C("go to www.example.org/path, then", DEF, "URL 6-26"),
	C("visit example.co.uk today", DEF, "URL 6-19"),
	C("example.com/pricing", DEF, "URL 0-19"),
	C("(see https://en.example.org/wiki/A_(b))", DEF, "URL 5-38"),
	C("<https://example.com/x>", DEF, "URL 1-22"),
	C("https://user@example.com:8443/x", DEF, "URL 0-31"),
	C("http://192.168.1.1/admin", DEF, "IP_ADDRESS 0-24"),
	C("www.example", DEF, ""),
	C("http://example", DEF, ""),
	C("file:///etc/passwd", DEF, ""),
	C("see readme.md and main.py", DEF, ""),
	C("e.g. this, i.e. that", DEF, ""),
	C("done.Then we left", DEF, ""),
	C("ok.so what", DEF, ""),
	C("node.js", DEF, ""),
	/* MAC */
	C("mac 00:1A:2B:3C:4D:5E", DEF, "MAC_ADDRESS 4-21"),
	C("00-1a-2b-3c-4d-5e", DEF, "MAC_ADDRESS 0-17"),
	C("AA-BB-CC-DD-EE-01", DEF, "MAC_ADDRESS 0-17"),
	C("0012.3456.789a", DEF, "MAC_ADDRESS 0-14"),
	C("aabb.ccdd.eeff", DEF, "MAC_ADDRESS 0-14"),
	C("ff:ff:ff:ff:ff:ff", DEF, ""),
	C("00:00:00:00:00:00", DEF, ""),
	C("00:1A:2B:3C:4D", DEF, ""),
	C("00:1A:2B-3C-4D-5E", DEF, ""),
	C("00:1A:2B:3C:4D:5E:6F", DEF, ""),
	/* crypto */
	C("send to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa now", DEF, "CRYPTO 8-42"),
	C("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", DEF, "CRYPTO 0-34"),
	C("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq.", DEF, "CRYPTO 0-42"),
	C("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", DEF, "CRYPTO 0-62"),
	C("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", DEF, ""),
	C("x1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", DEF, ""),
	C("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr", DEF, ""),
	C("8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189", DEF, ""),
	/* NHS */
	C("NHS number 943 476 5919", DEF, "UK_NHS 11-23"),
	C("943-476-5919", DEF, "UK_NHS 0-12"),
	C("nhs 9434765919", DEF, "UK_NHS 4-14"),
	C("943 476 5918", DEF, "PHONE_NUMBER 0-12"),
	C("NHS 4434765918", DEF, ""),
	/* passport */
	C("passport 912803456", DEF, "US_PASSPORT 9-18"),
	C("my passport no. is A12803456.", DEF, "US_PASSPORT 19-28"),
	C("A12803456", DEF, ""),
	C("912803456", DEF, ""),
	/* dates */
	C("date of birth: 12/05/1985", DEF, "DATE_OF_BIRTH 15-25"),
	C("DOB 1985-05-12", DEF, "DATE_OF_BIRTH 4-14"),
	C("I was born on March 3rd, 1985.", DEF, "DATE_OF_BIRTH 14-29"),
	C("born 3 March 1985", DEF, "DATE_OF_BIRTH 5-17"),
	C("birthday is 21-May", DEF, "DATE_OF_BIRTH 12-18"),
	C("the meeting is on 12/05/1985", DEF, ""),
	C("12/05/1985", TB(COG_DATE_TIME), "DATE_TIME 0-10"),
	C("on 2024-03-15T14:30:00Z ok", TB(COG_DATE_TIME),
	    "DATE_TIME 3-23"),
	C("2024-06-05T09:15:30.500-07:00", TB(COG_DATE_TIME),
	    "DATE_TIME 0-29"),
	C("2024-03-15 14:30 ok", TB(COG_DATE_TIME),
	    "DATE_TIME 0-16"),
	C("5-May-2021 and May 5, 2021", TB(COG_DATE_TIME),
	    "DATE_TIME 0-10, DATE_TIME 15-26"),
	C("21.5.2021", TB(COG_DATE_TIME), "DATE_TIME 0-9"),
	C("you may 2 go", TB(COG_DATE_TIME), ""),
	C("13/13/2021", TB(COG_DATE_TIME), ""),
	C("05/2021", TB(COG_DATE_TIME), ""),
	/* types filter */
	C("maria@example.com 415-555-0132", TB(COG_PHONE_NUMBER),
	    "PHONE_NUMBER 18-30"),
	C("maria@example.com 415-555-0132", TB(COG_EMAIL_ADDRESS),
	    "EMAIL_ADDRESS 0-17"),
	C("maria@example.com 415-555-0132", 0x0ULL | TB(COG_URL),
	    ""),
	/* NUL bytes and bad UTF-8 around entities */
	C("a\0maria@example.com\0b", DEF, "EMAIL_ADDRESS 2-19"),
	C("\xff\xfe" "415-555-0132\xc3", DEF, "PHONE_NUMBER 2-14"),
	C("caf\xc3\xa9 maria@example.com \xe2\x80\x94 ok", DEF, "EMAIL_ADDRESS 6-23"),
	/* Unspaced text glued to an address is taken in: in that script it
	 * cannot be told from a local part (RFC 6531). */
	C("\xe9\x82\xae\xe7\xae\xb1maria@example.com", DEF, "EMAIL_ADDRESS 0-23"),
	C("\xc3\xa9\x80\x80\x80@example.com", DEF, ""),
	C("4526 0181 5908 30\0" "12", DEF, ""),
	/* identifiers and timestamps are stepped over whole */
	C("d62896a8-9cb4-eb95-4a3a-28e2c41634f0", DEF, ""),
	C("id 00112233-4455-6677-8899-aabbccddeeff, call 415-555-0132", DEF, "PHONE_NUMBER 46-58"),
	C("41111111-1111-1111-1111-111111111111", DEF, ""),
	C("x41111111-1111-1111-1111-111111111111 4111 1111 1111 1111", DEF, "CREDIT_CARD 38-57"),
	C("2026-03-02T08:56:41.974Z", DEF, ""),
	C("2026-03-02T08:56:41.974Z", TB(COG_DATE_TIME),
	    "DATE_TIME 0-24"),
	C("born 1985-03-14", DEF, "DATE_OF_BIRTH 5-15"),
	C("born 1985-03-14T00:00:00Z", DEF, "DATE_OF_BIRTH 5-25"),
	C("2026-03-02 call 415-555-0132", DEF, "PHONE_NUMBER 16-28"),
	/* a label before the address, an escape left in the text */
	C("MAC:00:1A:2B:3C:4D:5E", DEF, "MAC_ADDRESS 4-21"),
	C("address:00:1a:2b:3c:4d:5e", DEF, "MAC_ADDRESS 8-25"),
	C("IPv6:2001:db8::8a2e:370:7334", DEF, "IP_ADDRESS 5-28"),
	C("addr:2001:db8::1", DEF, "IP_ADDRESS 5-16"),
	C("text2001:db8::1", DEF, ""),
	C("11:00:1a:2b:3c:4d:5e", DEF, ""),
	C("Thanks\\n4111 1111 1111 1111", DEF, "CREDIT_CARD 8-27"),
	C("C:\\n536-22-1234 x", DEF, "US_SSN 4-15"),
	C("a\\nDE89370400440532013000", DEF, "IBAN_CODE 3-25"),
	C("n4111111111111111", DEF, ""),
	C("\xd0\xbc\xd0\xb0\xd1\x88\xd0\xb0@example.com", DEF, "EMAIL_ADDRESS 0-20"),
	C("maria@b\xc3\xbc" "cher.de ok", DEF, "EMAIL_ADDRESS 0-16"),
	C("\xc2\xabmaria@example.com\xc2\xbb", DEF, "EMAIL_ADDRESS 2-19"),
};

static char *
spans(const char *s, size_t n, cog_typeset types)
{
	struct cog_spans sp = { 0 };
	struct cog_buf b = COG_BUF_INIT;

	cog_recognize(s, n, types ? types : cog_default_types, &sp);
	cog_spans_merge(&sp);
	spans_str(&sp, &b);
	cog_spans_release(&sp);
	return cog_buf_detach(&b, NULL);
}

/* The text with control bytes and non-ASCII escaped, for TAP lines. */
static char *
shown(const char *s, size_t n)
{
	struct cog_buf b = COG_BUF_INIT;
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c >= 0x7f || c == '\\')
			cog_buf_addf(&b, "\\x%02x", c);
		else
			cog_buf_addc(&b, c);
	}
	return cog_buf_detach(&b, NULL);
}

static void
test_cases(void)
{
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = spans(cases[i].text, cases[i].len, cases[i].types);
		char *text = shown(cases[i].text, cases[i].len);

		is_str(got, cases[i].want, "'%s'", text);
		free(text);
		free(got);
	}
}

/* Spans are never outside the text and never past what was given. */
static void
test_bounds(void)
{
	static const char text[] = "call 415-555-0132 or maria@example.com";
	struct cog_spans sp = { 0 };
	size_t n, i, bad = 0;

	/* Every prefix: the recognizers must not read beyond n. */
	for (n = 0; n <= sizeof(text) - 1; n++) {
		char *copy = malloc(n ? n : 1);

		memcpy(copy, text, n);
		sp.n = 0;
		cog_recognize(copy, n, ALL, &sp);
		for (i = 0; i < sp.n; i++)
			bad += sp.v[i].end > n || sp.v[i].start >= sp.v[i].end;
		free(copy);
	}
	is_int(bad, 0, "no span outside any prefix of the text");
	cog_spans_release(&sp);
}

/* A few MB of adversarial text finish (linear work) and find what is due. */
static void
test_huge(void)
{
	static const char *const unit[] = {
		"1", "1-", "1.", "a.", "a:", ":", "@", "a@", "1 ", "-a",
		"ab:", "1:", "0", "aa-", "www.", "(1) ",
	};
	struct cog_spans sp = { 0 };
	size_t n = 4 << 20, i, k, len;
	char *s = malloc(n);

	for (k = 0; k < sizeof(unit) / sizeof(unit[0]); k++) {
		len = strlen(unit[k]);
		for (i = 0; i < n; i++)
			s[i] = unit[k][i % len];
		sp.n = 0;
		cog_recognize(s, n, ALL, &sp);
		ok(sp.n < n, "4 MB of '%s' repeated", unit[k]);
	}
	/* Chat text with an entity every 100 bytes. */
	for (i = 0, k = 0; i + 100 <= n; i += 100, k++)
		snprintf(s + i, 101, "%-99s ", k % 2 ?
		    "hello, please call me at 415-555-0132 today" :
		    "thanks! my mail is maria.lopez@example.com ok");
	sp.n = 0;
	cog_recognize(s, n / 100 * 100, ALL, &sp);
	is_int(sp.n, n / 100, "one entity in each of 41943 messages");
	cog_spans_release(&sp);
	free(s);
}

/* Questions, and the answers that take their context. */
static void
test_replies(void)
{
	static const struct {
		const char *text;
		cog_typeset asked;
	} asks[] = {
		{ "Can you confirm your date of birth?", TB(COG_DATE_OF_BIRTH) },
		{ "Please give me your passport number.", TB(COG_US_PASSPORT) },
		{ "I need your passport number and date of birth.",
		    TB(COG_US_PASSPORT) | TB(COG_DATE_OF_BIRTH) },
		{ "What is your NHS number?", TB(COG_UK_NHS) },
		{ "And your social security number?", TB(COG_US_SSN) },
		{ "Your date of birth is on file. Anything else I can help "
		    "you with today, perhaps your order?", 0 },
		{ "Thanks, anything else?", 0 },
	};
	struct cog_spans sp = { 0 };
	size_t i;

	for (i = 0; i < sizeof(asks) / sizeof(asks[0]); i++)
		is_int((long long)cog_recognize_asks(asks[i].text,
		    strlen(asks[i].text), ALL), (long long)asks[i].asked,
		    "'%s' asks for its types", asks[i].text);
	is_int((long long)cog_recognize_asks(asks[0].text,
	    strlen(asks[0].text), cog_default_types &
	    ~TB(COG_DATE_OF_BIRTH)), 0, "... only among the types wanted");

#define REPLY(s, carry) (sp.n = 0, cog_recognize_reply(s, strlen(s), \
	cog_default_types, carry, &sp), cog_spans_merge(&sp), sp.n == 1 ? \
	sp.v[0].type : sp.n == 0 ? -1 : -2)
	is_int(REPLY("It's 1978-09-27.", 0), -1,
	    "a bare date answers nothing alone");
	is_int(REPLY("It's 1978-09-27.", TB(COG_DATE_OF_BIRTH)),
	    COG_DATE_OF_BIRTH, "... and is a birth date after the question");
	is_int(REPLY("Let me check the letter from the hospital: 1978-09-27.",
	    TB(COG_DATE_OF_BIRTH)), -1, "... but not far into the answer");
	is_int(REPLY("M05497575", TB(COG_US_PASSPORT)), COG_US_PASSPORT,
	    "a passport number after its question");
	is_int(REPLY("2026-03-02T09:03:08.548Z", TB(COG_DATE_OF_BIRTH)), -1,
	    "a timestamp is no answer");
	is_int(REPLY("born 2026-03-02T09:03:08.548Z", 0), COG_DATE_OF_BIRTH,
	    "... unless its own words say so");
#undef REPLY
	cog_spans_release(&sp);
}

/*
 * Digit strings that fail Luhn, or pass it with no brand's prefix, are
 * no cards, in any layout: pseudo-random ones, made so.
 */
static void
test_card_precision(void)
{
	static const char *const fmt[] = { "%s", "%.4s %.4s %.4s %.4s",
	    "%.4s-%.4s-%.4s-%.4s" };
	struct cog_spans sp = { 0 };
	unsigned long x = 12345;
	char d[17], text[40];
	int i, k, sum, cards = 0, tried = 0;
	size_t j;

	for (i = 0; i < 6000; i++) {
		for (k = 0, sum = 0; k < 16; k++) {
			x = x * 1103515245 + 12345;
			d[k] = (char)('0' + (x >> 16) % 10);
		}
		d[16] = '\0';
		for (k = 15; k >= 0; k--) {
			int v = d[k] - '0';

			if ((15 - k) % 2 && (v *= 2) > 9)
				v -= 9;
			sum += v;
		}
		/* Luhn passes: give it a prefix no brand has. */
		if (sum % 10 == 0)
			d[0] = i % 2 ? '7' : '0';
		snprintf(text, sizeof(text), fmt[i % 3], d, d + 4, d + 8,
		    d + 12);
		sp.n = 0;
		cog_recognize(text, strlen(text), TB(COG_CREDIT_CARD), &sp);
		for (j = 0; j < sp.n; j++)
			cards += sp.v[j].type == COG_CREDIT_CARD;
		tried++;
	}
	is_int(cards, 0, "none of %d digit strings without Luhn or brand is "
	    "a card", tried);
	cog_spans_release(&sp);
}

int
main(void)
{
	test_cases();
	test_card_precision();
	test_bounds();
	test_huge();
	test_replies();
	return tap_done();
}
