/* names.c -- unit tests of the lexicon and the names recognizer */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "pii/detect.h"
#include "pii/lexicon.h"
#include "pii/names.h"
#include "pii/types.h"
#include "spancase.h"
#include "tap.h"

#define P	COG_TYPEBIT(COG_PERSON)
#define L	(COG_TYPEBIT(COG_LOCATION) | COG_TYPEBIT(COG_STREET_ADDRESS))
#define PL	(P | L)

/* The folded form of a word, as a C string. */
static const char *
fold(const char *w)
{
	static char buf[COG_LEX_MAXKEY + 1];
	size_t n = cog_lex_fold(w, strlen(w), buf, COG_LEX_MAXKEY);

	if (n > COG_LEX_MAXKEY)
		return "(too long)";
	buf[n] = '\0';
	return buf;
}

static uint32_t
word(const char *w)
{
	return cog_lex_word(w, strlen(w));
}

static void
test_fold(void)
{
	char out[4];

	is_str(fold("Maria"), "maria", "ASCII is lower-cased");
	is_str(fold("S\xc3\xb8ren"), "soren", "o with stroke folds to o");
	is_str(fold("\xc5\x81ukasz"), "lukasz", "L with stroke folds to l");
	is_str(fold("Sz\xc3\xb6ll\xc3\xb6sy"), "szollosy",
	    "umlauts lose their marks");
	is_str(fold("Stra\xc3\x9f" "e"), "strasse", "sharp s folds to ss");
	is_str(fold("Nguy\xe1\xbb\x85n"), "nguyen",
	    "Vietnamese stacked marks fold");
	is_str(fold("O'Brien"), "obrien", "apostrophes are dropped");
	is_str(fold("O\xe2\x80\x99" "Brien"), "obrien",
	    "right single quotes are dropped");
	is_str(fold("St. Louis"), "st louis", "periods are dropped");
	is_str(fold("Jean-Luc"), "jean-luc", "hyphens stay");
	is_str(fold("\xd0\x9e\xd0\xbb\xd1\x8c\xd0\xb3\xd0\xb0"),
	    "\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xb3\xd0\xb0",
	    "Cyrillic capitals are lower-cased");
	is_str(fold("x\xff" "y"), "x\xff" "y", "invalid UTF-8 is copied");
	is_int(cog_lex_fold("abcdef", 6, out, 4), 5,
	    "a fold that does not fit says so");
}

static void
test_lookup(void)
{
	/* Words and a list each is in. */
	static const struct {
		const char *w, *msg;
		uint32_t flag;
	} flags[] = {
		{ "France", "France is a country", COG_LEX_COUNTRY },
		{ "Texas", "Texas is a state", COG_LEX_STATE },
		{ "TX", "TX is a state code", COG_LEX_STATE_AB },
		{ "Denver", "Denver is a city", COG_LEX_CITY },
		{ "new", "new begins longer entries", COG_LEX_PREFIX },
		{ "Street", "Street is a street suffix", COG_LEX_ST_SUFFIX },
		{ "rue", "rue comes before a street name", COG_LEX_ST_PREFIX },
		{ "Apt", "Apt is a unit", COG_LEX_UNIT },
	};
	uint32_t x;
	size_t i;

	x = word("Maria");
	ok(COG_LEX_GIVEN(x) >= 5, "Maria is a common given name");
	x = word("lopez");
	ok(COG_LEX_SURNAME(x) >= 5, "Lopez is a common surname");
	x = word("may");
	ok(COG_LEX_GIVEN(x) && COG_LEX_ENGLISH(x) == 1,
	    "may is a name and one of the commonest English words");
	is_int(COG_LEX_CLASS(x), COG_W_MONTH, "may is a month");
	x = word("bell");
	ok(COG_LEX_SURNAME(x) && COG_LEX_ENGLISH(x) == 2,
	    "bell is a surname and a common word");
	x = word("will");
	ok(COG_LEX_GIVEN(x) && COG_LEX_ENGLISH(x) == 1, "will needs evidence");
	x = word("long");
	ok(COG_LEX_SURNAME(x) && COG_LEX_ENGLISH(x) == 1, "long needs evidence");
	x = word("S\xc3\xb8ren");
	ok(COG_LEX_GIVEN(x) && (x & COG_LEX_INTL),
	    "Soren comes from the international list");
	for (i = 0; i < sizeof(flags) / sizeof(flags[0]); i++)
		ok(word(flags[i].w) & flags[i].flag, "%s", flags[i].msg);
	x = cog_lex_get("new york", 8);
	ok(x & COG_LEX_STATE, "new york is found as two words");
	is_int(COG_LEX_CLASS(word("Mr")), COG_W_TITLE, "Mr is a title");
	is_int(COG_LEX_CLASS(word("the")), COG_W_DET, "the is a determiner");
	is_int(COG_LEX_CLASS(word("I'm")), COG_W_IM, "I'm is a cue");
	is_int(COG_LEX_CLASS(word("neighbour")), COG_W_REL,
	    "neighbour is a relation");
	is_int(COG_LEX_CLASS(word("Monday")), COG_W_WEEKDAY,
	    "Monday is a weekday");
	ok(COG_LEX_SURNAME(word("Aaltonen")) >= 4,
	    "Aaltonen comes from the Finnish statistics");
	ok(COG_LEX_GIVEN(word("Ji\xc5\x99ina")) >= 3,
	    "Jirina comes from the Czech statistics");
	is_int(COG_LEX_CLASS(word("vendredi")), COG_W_WEEKDAY,
	    "vendredi is a weekday");
	is_int(COG_LEX_CLASS(word("Augustus")), COG_W_MONTH,
	    "Augustus is a month (Dutch)");
	is_int(COG_LEX_CLASS(word("Marco")), COG_W_NONE,
	    "Marco is no month (marco folds so)");
	is_int(word("xqzvbnwrt"), 0, "a made-up word is in no list");
	is_int(cog_lex_get("", 0), 0, "the empty key is in no list");
	ok(cog_lex_compound_street("hauptstrasse", 12),
	    "Hauptstrasse ends like a street");
	ok(!cog_lex_compound_street("gasse", 5),
	    "the ending alone is no street");
	is_int(cog_lex_case('A'), 1, "A is a capital");
	is_int(cog_lex_case(0x141), 1, "L with stroke is a capital");
	is_int(cog_lex_case(0xf8), -1, "o with stroke is lower case");
	is_int(cog_lex_case('1'), 0, "digits have no case");
	ok(cog_lex_letter(0xe9) && !cog_lex_letter(0xd7),
	    "e acute is a letter, the multiplication sign is not");
}

/*
 * Names, places and street addresses, and texts with none of them, as
 * spancase.h writes a case.
 */
static const struct spancase cases[] = {
#define N(t, w)	C(t, PL, w)	/* people and places */
	N("my name is maria lopez", "PERSON 11-22"),
	N("Hi, this is Maria Lopez.", "PERSON 12-23"),
	N("call me jo", "PERSON 8-10"),
	N("Mr. Brown will call", "PERSON 4-9"),
	N("Dr Szöllösy is in", "PERSON 3-13"),
	N("Łukasz Wróblewski", "PERSON 0-19"),
	N("Jean-Luc O'Brien", "PERSON 0-16"),
	N("J. R. Smith signed", "PERSON 0-11"),
	N("I told Maria's mother", "PERSON 7-12"),
	N("Thanks for waiting, Priya!", "PERSON 20-25"),
	N("Hi Anneliese, Tomasz here.", "PERSON 3-12, PERSON 14-20"),
	N("Geert van der Berg called", "PERSON 0-18"),
	N("Anna, Piotr i Jonas", "PERSON 0-4, PERSON 6-11, PERSON 14-19"),
	N("Merci de transmettre", ""),
	N("Mevrouw van de Pol belt", "PERSON 8-18"),
	N("Nos vemos el Lunes, Sr. Ruiz.", "PERSON 24-28"),
	N("ciao sono riccardo", "PERSON 10-18"),
	N("ciao sono arrivato", ""),
	N("Dodaj\xc4\x99 Jakub Lis do", "PERSON 8-17"),
	N("Van: Lieke Vissers", "PERSON 5-18"),
	N("Contact: Duc L\xc3\xaa", "PERSON 9-16"),
	N("M. Jean Dupont a appel\xc3\xa9", "PERSON 3-14"),
	N("Ist das Kami\xc5\x84skas Auto?", "PERSON 8-17"),
	N("May I have your name?", ""),
	N("Will do, thanks", ""),
	N("I bought it in May.", ""),
	N("See you on Monday", ""),
	N("The Acme Smart Plug is here", ""),
	N("mail maria.lopez@example.com now", ""),
	N("https://example.com/Maria/Lopez", ""),
	N("sess_00042", ""),
	/* After a URL or an id the words do not start the value. */
	N("https://example.org/a m\xc3\xb6" "chte R\xc3\xbc" "ckruf", ""),
	N("____________ m\xc3\xb6" "chte R\xc3\xbc" "ckruf", ""),
	N("user_id m\xc3\xb6" "chte R\xc3\xbc" "ckruf", ""),
	N("2026-03-02T08:56:41.974Z", ""),
	N("I moved to Denver last year", "LOCATION 11-17"),
	N("i moved to denver last year", "LOCATION 11-17"),
	N("We flew to New Zealand", "LOCATION 11-22"),
	N("I live at 1234 Elm Street, Apt 5, Springfield, IL 62712.",
	    "STREET_ADDRESS 10-55"),
	N("Hauptstra\xc3\x9f" "e 12, 10115 Berlin", "STREET_ADDRESS 0-29"),
	N("12 rue de la Paix", "STREET_ADDRESS 0-17"),
	N("NW1 6XE", "STREET_ADDRESS 0-7"),
	N("90210", "STREET_ADDRESS 0-5"),
	N("902 10", ""),
	N("555 0134", ""),
	N("4111 1111 1111 1111", ""),
	N("+44 (0)20 7946 0958", ""),
	C("Maria Lopez", P, "PERSON 0-11"),
	C("Maria Lopez", L, ""),
	C("Denver", P, ""),
	N("", ""),
	N("\0Maria\0", "PERSON 1-6"),
	N("Hi \xff\xfe x\xc3", ""),
	N("\xe2\x80\x99\xe2\x80\x99 \xc3", ""),
#undef N
};

static void
test_cases(void)
{
	struct cog_spans sp = { 0 };
	struct cog_buf b = COG_BUF_INIT;
	size_t i, k;
	int inrange;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		/* Copy to the heap so that ASan sees any read past the end. */
		char *t = malloc(cases[i].len ? cases[i].len : 1);

		memcpy(t, cases[i].text, cases[i].len);
		sp.n = 0;
		cog_names_detect(t, cases[i].len, cases[i].types, &sp);
		inrange = 1;
		for (k = 0; k < sp.n; k++)
			inrange &= sp.v[k].score >= COG_MIN_SCORE &&
			    sp.v[k].score <= 1 && sp.v[k].end <= cases[i].len;
		ok(inrange, "spans in range: %s", cases[i].text);
		cog_spans_merge(&sp);
		spans_str(&sp, &b);
		is_str(b.p, cases[i].want, "%s", cases[i].text);
		free(t);
	}
	cog_spans_release(&sp);
	cog_buf_release(&b);
}

/* Every prefix of a text with names and addresses: no read past the end. */
static void
test_prefixes(void)
{
	static const char text[] = "Hi Mr. O'Brien, I'm Søren from 12 "
	    "Baker Street, London NW1 6XE; call me at home in São Paulo";
	struct cog_spans sp = { 0 };
	size_t n, bad = 0;

	for (n = 0; n < sizeof(text); n++) {
		char *t = malloc(n ? n : 1);

		memcpy(t, text, n);
		sp.n = 0;
		cog_names_detect(t, n, PL, &sp);
		for (size_t k = 0; k < sp.n; k++)
			bad += sp.v[k].end > n || sp.v[k].start >= sp.v[k].end;
		free(t);
	}
	is_int(bad, 0, "every prefix gives spans inside it");
	cog_spans_release(&sp);
}

/* The spans found in the n bytes at text, as spans_str() gives them. */
static void
found(const char *text, size_t n, struct cog_buf *b)
{
	struct cog_spans sp = { 0 };
	char *t = malloc(n ? n : 1);

	memcpy(t, text, n);
	cog_names_detect(t, n, PL, &sp);
	cog_spans_merge(&sp);
	spans_str(&sp, b);
	cog_spans_release(&sp);
	free(t);
}

/*
 * The scanner reads sixteen bytes at a time and the last ones of a text
 * from a padded copy: the same name is found wherever the text puts it,
 * and a run of digits is a postcode only at five.
 */
static void
test_alignment(void)
{
	static const char *const tails[] = {
		"my name is maria lopez", "Hi, this is Maria Lopez.",
		"thanks, bye Priya", "ok Maria Lopez"
	};
	static const size_t at[][2] = { { 11, 22 }, { 12, 23 }, { 12, 17 },
	    { 3, 14 } };
	struct cog_buf b = COG_BUF_INIT;
	char text[128], want[64];
	size_t pad, k, n, bad;

	for (k = 0; k < sizeof(tails) / sizeof(tails[0]); k++) {
		bad = 0;
		for (pad = 0; pad < 40; pad++) {
			memset(text, ' ', pad);
			n = pad + strlen(tails[k]);
			memcpy(text + pad, tails[k], n - pad);
			snprintf(want, sizeof(want), "PERSON %zu-%zu",
			    pad + at[k][0], pad + at[k][1]);
			found(text, n, &b);
			if (strcmp(b.p, want) != 0 && bad++ == 0)
				printf("# '%.*s': %s\n", (int)n, text, b.p);
		}
		ok(bad == 0, "'%s' after 0 to 39 spaces", tails[k]);
	}
	bad = 0;
	for (n = 1; n < 40; n++) {
		memset(text, '7', n);
		found(text, n, &b);
		if (strcmp(b.p, n == 5 ? "STREET_ADDRESS 0-5" : "") != 0)
			bad++;
	}
	ok(bad == 0, "1 to 39 digits: a postcode at five only");
	cog_buf_release(&b);
}

int
main(void)
{
	test_fold();
	test_lookup();
	test_cases();
	test_prefixes();
	test_alignment();
	return tap_done();
}
