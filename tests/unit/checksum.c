/* checksum.c -- unit tests of the validators in common/pii/checksum.h */
#include <string.h>

#include "pii/checksum.h"
#include "tap.h"

#define S(lit)	(lit), (sizeof(lit) - 1)

static void
test_luhn(void)
{
	ok(cog_luhn_check(S("79927398713")), "luhn: textbook number");
	ok(!cog_luhn_check(S("79927398710")), "luhn: one digit off");
	ok(cog_luhn_check(S("4526 0181 5908 3012")), "luhn: spaces skipped");
	ok(cog_luhn_check(S("4526-0181-5908-3012")), "luhn: dashes skipped");
	ok(!cog_luhn_check(S("4526.0181.5908.3012")), "luhn: dots refused");
	ok(!cog_luhn_check(S("0")), "luhn: one digit is too short");
	ok(cog_luhn_check(S("00")), "luhn: two zeros pass");
	ok(!cog_luhn_check(S("")), "luhn: empty");
	ok(!cog_luhn_check(S("45260181a5908")), "luhn: letter refused");
	ok(!cog_luhn_check("4526018159083012\0", 17), "luhn: NUL refused");
}

static void
test_card(void)
{
	static const char *const good[] = {
		"4526018159083012", "5166131860913906", "2221996030824625",
		"348194821993518", "378190937865791", "6011754323194874",
		"3530574911862529", "36760189555979", "62971147104974658",
		"4075291703427", "4366712768426846566", "166617603137218",
		"4526 0181 5908 3012", "5590109281590137",
	};
	static const char *const bad[] = {
		"4526018159083013",	/* Luhn */
		"9321223307924408",	/* 9 but not Troy */
		"7268599528907861",	/* no issuer starts with 7 */
		"41111111111",		/* too short */
		"41111111111111111111",	/* too long */
	};
	size_t i;

	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++)
		ok(cog_card_check(good[i], strlen(good[i])), "card: %s",
		    good[i]);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ok(!cog_card_check(bad[i], strlen(bad[i])), "card: not %s",
		    bad[i]);
	ok(!cog_card_check(S("3481948219935180")), "card: Amex is 15 digits");
}

/*
 * Each brand: a number of its prefix and length with a good Luhn digit,
 * and the same number with one digit off (enRoute, which has no check
 * digit: its prefix one off), which is no card of any brand.
 */
static void
test_card_brands(void)
{
	static const struct {
		const char *brand, *good, *bad;
	} cards[] = {
		{ "Visa", "4526018159083012", "4536018159083012" },
		{ "Visa", "4661318609133", "4671318609133" },
		{ "Visa", "4909960308246281946", "4919960308246281946" },
		{ "Mastercard", "5382199351819096", "5383199351819096" },
		{ "Mastercard", "2720378657975434", "2720388657975434" },
		{ "Mastercard", "2221996030824625", "2221997030824625" },
		{ "American Express", "372319487574919", "372419487574919" },
		{ "American Express", "348194821993518", "348195821993518" },
		{ "Discover", "6011186252760187", "6011196252760187" },
		{ "Discover", "6449555979711479", "6449655979711479" },
		{ "Discover", "6510497465075291705", "6511497465075291705" },
		{ "Discover", "6221263423667124", "6221263523667124" },
		{ "JCB", "3589768426846569", "3589778426846569" },
		{ "JCB", "3528321223307924404", "3528331223307924404" },
		{ "Maestro", "675926859959", "675927859959" },
		{ "Maestro", "5893289078666617601", "5893299078666617601" },
		{ "Maestro", "5631372159010924", "5632372159010924" },
		{ "Diners Club", "30581590139625", "30582590139625" },
		{ "Diners Club", "36459571177779", "36469571177779" },
		{ "Diners Club", "3941215472803857", "3942215472803857" },
		{ "enRoute", "201428084148527", "201528084148527" },
		{ "enRoute", "214953888539337", "214853888539337" },
		{ "UnionPay", "62971147104974658", "62972147104974658" },
		{ "Mir", "2200907511637266", "2200917511637266" },
		{ "Mir", "2204516761222029720", "2204526761222029720" },
		{ "RuPay", "5089975288200187", "5089075288200187" },
		{ "RuPay", "8126330434839547", "8127330434839547" },
		{ "Troy", "9792862057986826", "9792872057986826" },
		{ "Verve", "5060998288072904", "5060998388072904" },
		{ "Verve", "5079642227918058886", "5079642327918058886" },
		{ "Elo", "6363687180334015", "6363687280334015" },
		{ "Elo", "5090008780175983", "5090008880175983" },
		{ "Hipercard", "6062829834788782", "6062829934788782" },
		{ "Hipercard", "3841003848372616758", "3841003948372616758" },
		/* Visa Electron, Dankort, InstaPayment and UATP, Maestro's
		 * other prefixes and lengths (a digit off in the middle). */
		{ "Visa", "4026526018159083", "4026526028159083" },
		{ "Visa", "4175003016613189", "4175003026613189" },
		{ "Visa", "4917609139099602", "4917609149099602" },
		{ "Maestro", "5019308246281948", "5019308256281948" },
		{ "Maestro", "6378219935181906", "6378219945181906" },
		{ "Maestro", "6399378657975435", "6399378667975435" },
		{ "UATP", "123194875749114", "123194885749114" },
		{ "Maestro", "501886252763", "501886352763" },
		{ "Maestro", "5020018955594", "5020019955594" },
		{ "Maestro", "5038797114710490", "5038797124710490" },
		{ "Maestro", "6304746507529170345", "6304746508529170345" },
		{ "Maestro", "6761236671276844", "6761236681276844" },
		{ "Maestro", "676326846563212232", "676326846663212232" },
		{ "Mir", "2203307924402685993", "2203307925402685993" },
		{ "Diners Club", "30951092815909", "30951093815909" },
		{ "RuPay", "6013962459571173", "6013962469571173" },
		{ "JCB", "35407280385280840", "35407280485280840" },
		{ "Visa", "4933633875008", "4933634875008" },
	};
	const char *b;
	size_t i;
	int want;

	for (i = 0; i < sizeof(cards) / sizeof(cards[0]); i++) {
		b = cog_card_brand(cards[i].good, strlen(cards[i].good));
		is_str(b ? b : "(none)", cards[i].brand, "card brand of %s",
		    cards[i].good);
		want = strcmp(cards[i].brand, "enRoute") == 0 ? 2 : 1;
		is_int(cog_card_check(cards[i].good, strlen(cards[i].good)),
		    want, "card: %s %s", cards[i].brand, cards[i].good);
		/*
		 * UnionPay's numbers (62, Discover's 622126-622925 among
		 * them) need not pass Luhn: the words around them decide.
		 */
		want = strncmp(cards[i].bad, "62", 2) == 0 ? 2 : 0;
		is_int(cog_card_check(cards[i].bad, strlen(cards[i].bad)),
		    want, "card: %s, one digit off: %s", cards[i].brand,
		    cards[i].bad);
	}
	ok(cog_card_brand(S("4526018159083013")) == NULL,
	    "card brand: none when Luhn fails");
	is_int(cog_card_check(S("5382 1993-5181 9096")), 1,
	    "card: spaces and dashes skipped");
	/* Luhn passes, but no brand has the length. */
	is_int(cog_card_check(S("20149383470177")), 0, "card: enRoute is 15");
	is_int(cog_card_check(S("53787789328792177")), 0,
	    "card: Mastercard is 16");
	is_int(cog_card_check(S("3742180967929081")), 0,
	    "card: American Express is 15");
	is_int(cog_card_check(S("358910033907575")), 0, "card: JCB is 16-19");
	is_int(cog_card_check(S("979261461003308")), 0, "card: Troy is 16");
	is_int(cog_card_check(S("220076661934517")), 0, "card: Mir is 16-19");
	is_int(cog_card_check(S("50180000009")), 0, "card: 11 digits");
	is_int(cog_card_check(S("7246814538401913")), 0,
	    "card: no brand starts with 7");
}

static void
test_iban(void)
{
	is_int(cog_iban_length("DE"), 22, "iban: DE length");
	is_int(cog_iban_length("no"), 15, "iban: lower-case country");
	is_int(cog_iban_length("LC"), 32, "iban: LC length");
	is_int(cog_iban_length("US"), 0, "iban: no US IBAN");
	is_int(cog_iban_length("D"), 0, "iban: short code");
	ok(cog_iban_check(S("DE77100100100123456789")), "iban: DE compact");
	ok(cog_iban_check(S("DE77 1001 0010 0123 4567 89")), "iban: spaced");
	ok(cog_iban_check(S("de77 1001 0010 0123 4567 89")), "iban: lower");
	ok(cog_iban_check(S("GB29-NWBK-6016-1331-9268-19")), "iban: dashes");
	ok(cog_iban_check(S("FR1420041010050500013M02606")), "iban: letter");
	ok(cog_iban_check(S("NO9386011117947")), "iban: shortest (NO)");
	ok(cog_iban_check(S("LC55HEMM000100010012001200023015")),
	    "iban: longest (LC)");
	ok(!cog_iban_check(S("DE77100100100123456788")), "iban: bad mod-97");
	ok(!cog_iban_check(S("DE7710010010012345678")), "iban: too short");
	ok(!cog_iban_check(S("DE771001001001234567890")), "iban: too long");
	ok(!cog_iban_check(S("CH060076201616111111")),
	    "iban: good mod-97, wrong length for CH");
	ok(!cog_iban_check(S("XX77100100100123456789")), "iban: no country");
	ok(!cog_iban_check(S("DE7710010010012345678_")), "iban: bad byte");
	ok(!cog_iban_check(S("")), "iban: empty");
}

/* NHS and social security numbers: whether each passes its validator. */
static void
test_nhs_ssn(void)
{
	static const struct {
		int (*check)(const char *, size_t);
		const char *s;
		int valid;
		const char *msg;
	} c[] = {
#define NHS	cog_nhs_check
#define SSN	cog_ssn_check
		{ NHS, "9434765919", 1, "nhs: valid" },
		{ NHS, "943 476 5919", 1, "nhs: spaced" },
		{ NHS, "401-023-2137", 1, "nhs: dashed" },
		{ NHS, "4857773457", 1, "nhs: another" },
		{ NHS, "9434765918", 0, "nhs: wrong check digit" },
		{ NHS, "1234567890", 0, "nhs: check digit would be 10" },
		{ NHS, "943476591", 0, "nhs: nine digits" },
		{ NHS, "94347659190", 0, "nhs: eleven digits" },
		{ SSN, "536-22-1234", 1, "ssn: valid" },
		{ SSN, "536 22 1234", 1, "ssn: spaced" },
		{ SSN, "536221234", 1, "ssn: compact" },
		{ SSN, "899-99-9998", 1, "ssn: highest area" },
		{ SSN, "000-22-1234", 0, "ssn: area 000" },
		{ SSN, "666-22-1234", 0, "ssn: area 666" },
		{ SSN, "900-22-1234", 0, "ssn: area 900" },
		{ SSN, "999-22-1234", 0, "ssn: area 999" },
		{ SSN, "536-00-1234", 0, "ssn: group 00" },
		{ SSN, "536-22-0000", 0, "ssn: serial 0000" },
		{ SSN, "078-05-1120", 0, "ssn: the wallet card number" },
		{ SSN, "219-09-9999", 0, "ssn: the advertised number" },
		{ SSN, "123-45-6789", 0, "ssn: the example number" },
		{ SSN, "111-11-1111", 0, "ssn: equal digits" },
		{ SSN, "536-22-123", 0, "ssn: eight digits" },
#undef NHS
#undef SSN
	};
	size_t i;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++)
		ok(!c[i].check(c[i].s, strlen(c[i].s)) == !c[i].valid, "%s",
		    c[i].msg);
}

static void
test_crypto(void)
{
	unsigned char p[40];

	ok(cog_btc_base58_check(S("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")),
	    "base58: the genesis P2PKH address");
	ok(cog_btc_base58_check(S("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")),
	    "base58: a P2SH address");
	ok(!cog_btc_base58_check(S("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")),
	    "base58: last character changed");
	ok(!cog_btc_base58_check(S("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0")),
	    "base58: '0' is not in the alphabet");
	ok(!cog_btc_base58_check(S("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNaa")),
	    "base58: one character too many");
	is_int(cog_base58check_decode(S("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),
	    p, sizeof(p)), 21, "base58: payload of 21 bytes");
	is_int(p[0], 0, "base58: version byte 0");
	is_int(cog_base58check_decode(S("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),
	    p, 20), -1, "base58: output too small");
	is_int(cog_base58check_decode(S(""), p, sizeof(p)), -1,
	    "base58: empty");
	is_int(cog_bech32_check(S("a12uel5l")), 1, "bech32: shortest");
	is_int(cog_bech32_check(S("A12UEL5L")), 1, "bech32: upper case");
	is_int(cog_bech32_check(S("A12uEL5L")), 0, "bech32: mixed case");
	is_int(cog_bech32_check(S("a1lqfn3a")), 2, "bech32m: shortest");
	ok(cog_btc_segwit_check(
	    S("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")),
	    "segwit: v0 key hash, upper case");
	ok(cog_btc_segwit_check(
	    S("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")),
	    "segwit: v0 key hash");
	ok(cog_btc_segwit_check(S("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3"
	    "k2e72q4k9hcz7vqzk5jj0")), "segwit: v1 taproot (bech32m)");
	ok(!cog_btc_segwit_check(
	    S("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr")),
	    "segwit: checksum broken");
	ok(!cog_btc_segwit_check(S("ltc1qar0srrr7xfkvy5l643lydnw9re59gtzzw")),
	    "segwit: other hrp");
	ok(!cog_btc_segwit_check(S("bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du")),
	    "segwit: v2 with bech32 (not bech32m)");
}

static void
test_ip(void)
{
	unsigned char a[16];

	is_int(cog_ipv4_parse(S("192.168.1.1"), a), 0, "ipv4: private");
	is_int(a[0] * 1000 + a[3], 192001, "ipv4: octets");
	is_int(cog_ipv4_parse(S("0.0.0.0"), a), 0, "ipv4: zeros");
	is_int(cog_ipv4_parse(S("255.255.255.255"), a), 0, "ipv4: ones");
	is_int(cog_ipv4_parse(S("256.1.1.1"), a), -1, "ipv4: 256");
	is_int(cog_ipv4_parse(S("1.2.3"), a), -1, "ipv4: three parts");
	is_int(cog_ipv4_parse(S("1.2.3.4.5"), a), -1, "ipv4: five parts");
	is_int(cog_ipv4_parse(S("01.2.3.4"), a), -1, "ipv4: leading zero");
	is_int(cog_ipv4_parse(S("1.2.3.4 "), a), -1, "ipv4: trailing space");
	is_int(cog_ipv4_parse(S("1..3.4"), a), -1, "ipv4: empty part");
	is_int(cog_ipv6_parse(S("::"), a), 0, "ipv6: unspecified");
	is_int(cog_ipv6_parse(S("::1"), a), 0, "ipv6: loopback");
	is_int(a[15], 1, "ipv6: loopback value");
	is_int(cog_ipv6_parse(S("fe80::"), a), 0, "ipv6: trailing ::");
	is_int(cog_ipv6_parse(S("2001:db8:0:0:1:0:0:1"), a), 0, "ipv6: full");
	is_int(cog_ipv6_parse(S("2001:DB8::1:0:0:1"), a), 0, "ipv6: upper");
	is_int(a[1], 1, "ipv6: first group");
	is_int(cog_ipv6_parse(S("::ffff:192.0.2.1"), a), 0, "ipv6: v4 mapped");
	is_int(a[12], 192, "ipv6: embedded quad");
	is_int(cog_ipv6_parse(S("1:2:3:4:5:6:1.2.3.4"), a), 0,
	    "ipv6: six groups and a quad");
	is_int(cog_ipv6_parse(S("1:2:3:4:5:6:7:1.2.3.4"), a), -1,
	    "ipv6: seven groups and a quad");
	is_int(cog_ipv6_parse(S("1:2:3:4:5:6:7"), a), -1, "ipv6: seven groups");
	is_int(cog_ipv6_parse(S("1:2:3:4:5:6:7:8:9"), a), -1, "ipv6: nine");
	is_int(cog_ipv6_parse(S("1::2::3"), a), -1, "ipv6: two gaps");
	is_int(cog_ipv6_parse(S("12345::1"), a), -1, "ipv6: five digits");
	is_int(cog_ipv6_parse(S(":1:2:3:4:5:6:7"), a), -1, "ipv6: lone colon");
	is_int(cog_ipv6_parse(S("1:2:3:4:5:6:7:"), a), -1,
	    "ipv6: trailing colon");
	is_int(cog_ipv6_parse(S(":::"), a), -1, "ipv6: three colons");
	is_int(cog_ipv6_parse(S("::g"), a), -1, "ipv6: not hex");
	is_int(cog_ipv6_parse(S("1:2:3:4:5:6:7::"), a), 0,
	    "ipv6: :: for one group");
	is_int(cog_ipv6_parse(S("::ffff:256.0.0.1"), a), -1, "ipv6: bad quad");
}

int
main(void)
{
	test_luhn();
	test_card();
	test_card_brands();
	test_iban();
	test_nhs_ssn();
	test_crypto();
	test_ip();
	return tap_done();
}
