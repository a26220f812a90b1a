/* address.c -- unit tests of STREET_ADDRESS: the formats of each country */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "pii/names.h"
#include "pii/postcode.h"
#include "pii/types.h"
#include "tap.h"

#define A	COG_TYPEBIT(COG_STREET_ADDRESS)
#define ALL	COG_NAMES_TYPES

/*
 * Each case: the text, the types looked for, and the text of every
 * STREET_ADDRESS found, joined by " | "; "" when none is to be found.
 */
static const struct acase {
	const char *text;
	cog_typeset types;
	const char *want;
} cases[] = {
#define W(t)	{ (t), ALL, (t) }	/* all of the text is the address */
#define F(t, w)	{ (t), ALL, (w) }
	/* United States, with a unit, on lines of their own, lower case. */
	F("Send it to 350 Fifth Avenue, Suite 3400, New York, NY 10118.",
	    "350 Fifth Avenue, Suite 3400, New York, NY 10118"),
	{ "742 Evergreen Terrace, Apt. 4B, Springfield, OR 97403", A,
	    "742 Evergreen Terrace, Apt. 4B, Springfield, OR 97403" },
	F("Ship to:\nMaria Lopez\n1600 Pennsylvania Ave NW\n"
	    "Washington, DC 20500\nUSA\nThanks",
	    "1600 Pennsylvania Ave NW\nWashington, DC 20500\nUSA"),
	F("i live at 12 baker street, london", "12 baker street, london"),
	/* United Kingdom, Canada. */
	W("Flat 2, 14 Baker Street, London NW1 6XE"),
	W("10 Downing Street\nLondon\nSW1A 2AA\nUnited Kingdom"),
	F("my postcode is SW1A 2AA thanks", "SW1A 2AA"),
	W("123 Main St, Toronto, ON M5V 2T6"),
	/* Germany, Austria, Switzerland. */
	W("Hauptstra\xc3\x9f" "e 5, 10115 Berlin"),
	W("Berliner Str. 12a, D-10115 Berlin"),
	W("Am Markt 3, 28195 Bremen"),
	W("Mariahilfer Stra\xc3\x9f" "e 12/3/4, 1060 Wien"),
	W("Bahnhofstrasse 1, 8001 Z\xc3\xbcrich"),
	F("Ich wohne in CH-8001 Z\xc3\xbcrich.", "CH-8001 Z\xc3\xbcrich"),
	/* France, Belgium. */
	W("12 rue de la Paix, 75002 Paris"),
	W("12 bis rue des Lilas, 69003 Lyon"),
	W("Grote Markt 1 bus 3, 2000 Antwerpen"),
	W("Boulevard Anspach 1 bo\xc3\xaete 5, 1000 Bruxelles"),
	/* Spain, Portugal, Italy. */
	W("Calle de Alcal\xc3\xa1, 45, 3\xc2\xba B, 28014 Madrid"),
	W("C/ Gran V\xc3\xad" "a 12, 4\xc2\xba dcha., 28013 Madrid"),
	W("Rua Augusta, 100, 2.\xc2\xba Esq., 1100-053 Lisboa"),
	W("Via Giuseppe Garibaldi, 12, 10122 Torino (TO)"),
	W("Viale dei Mille 3, scala B, int. 5, 50131 Firenze"),
	/* The Netherlands, Poland. */
	W("Kalverstraat 12, 1012 NX Amsterdam"),
	W("ul. Marsza\xc5\x82kowska 10/12 m. 5, 00-590 Warszawa"),
	F("Prosz\xc4\x99 na al. Jana Paw\xc5\x82" "a II 27, 00-867 Warszawa",
	    "al. Jana Paw\xc5\x82" "a II 27, 00-867 Warszawa"),
	/* The Nordics. */
	W("Drottninggatan 5 lgh 1102, 111 51 Stockholm"),
	W("Storgata 1, 0155 Oslo"),
	W("N\xc3\xb8rregade 7, 1165 K\xc3\xb8" "benhavn"),
	W("Mannerheimintie 12 A 5, 00100 Helsinki"),
	/* Brazil, Mexico. */
	W("Av. Paulista, 1578 - Bela Vista, S\xc3\xa3o Paulo - SP, 01310-200"),
	W("Av. Insurgentes Sur 1234, Col. Del Valle, 03100 Ciudad de M\xc3\xa9xico"),
	F("Calle Hidalgo 7, 44100 Santa Mar\xc3\xad" "a del Oro, Jal.\nGracias",
	    "Calle Hidalgo 7, 44100 Santa Mar\xc3\xad" "a del Oro, Jal"),
	W("Av. Ju\xc3\xa1rez 40, 64000 Monterrey, N.L."),
	W("Rua do Com\xc3\xa9rcio 12\nJuazeiro do Norte - CE\n63010-000"),
	/* The town of several words after a postcode, unlisted. */
	W("Via Roma 3, 26027 Rivolta d'Adda (CR)"),
	W("Calle Real 4\n41500 Alcal\xc3\xa1 de Guada\xc3\xadra\nEspa\xc3\xb1" "a"),
	/* Lines of their own: the town unlisted, a state or code after. */
	W("221 Elm Street\nApt 3\nYellow Springs, OH 45387\nUSA"),
	W("14 Mill Lane\nMORETONHAMPSTEAD\nTQ13 8NF"),
	W("14 Mill Lane, MORETONHAMPSTEAD\nTQ13 8NF"),
	W("Dorpsstraat 86 A, 2814 NX Bergambacht"),
	F("14 Mill Lane\nHAVE A NICE DAY", "14 Mill Lane"),
	/* A street in no list, its number, then a postcode and a town. */
	W("Havnev\xc3\xa6nget 905\n8517 Bjerringbro"),
	W("Kantmarkt 497, D-51882 Ostrau"),
	F("Order 5, 10115 Berlin", "10115 Berlin"),
	/* The Netherlands' postcode as one word. */
	W("Westmarkt 45A, 3164ET Silvolde"),
	F("mijn adres is dorpsmarkt 872 1171mg schiedam",
	    "dorpsmarkt 872 1171mg schiedam"),
	F("ticket 1234AB is open", ""),
	/* A town in capitals, a town with linking words, after a postcode. */
	W("12 rue des Lilas, 84681 LESTREM"),
	/* US Postal Service suffixes; a suffix after a suffix. */
	W("77 Ortega Ports Apt. 2\nSandia Park, NM 87047"),
	W("5 Mill Creek Road, Dayton, OH 45402"),
	/* PO boxes and military addresses. */
	W("PO Box 1234, Springfield, IL 62704"),
	F("Write to P.O. Box 77 please", "P.O. Box 77"),
	W("Postfach 10 01 23, 80001 M\xc3\xbcnchen"),
	W("BP 123, 75001 Paris CEDEX 01"),
	W("Apartado 1234, 28080 Madrid"),
	W("PSC 802 Box 74, APO AE 09499"),
	W("Unit 2050 Box 4190, APO AP 96278"),
	W("USS Nimitz FPO AP 96697"),
	/* ... with a comma between the parts of the box. */
	F("my address is PSC 802, Box 74, APO AE 09499",
	    "PSC 802, Box 74, APO AE 09499"),
	W("CMR 450, Box 123, APO AE 09031"),
	/* A postcode and its town alone. */
	F("I moved to 10115 Berlin last year", "10115 Berlin"),
	/* No address. */
	F("I was in 2019 Paris for a week", ""),
	F("Order 2024-123 shipped on 12 May", ""),
	F("We stayed 5 nights in a Suite 200 times better", ""),
	F("I lived in Heidelberg 5 years", ""),
	F("Room 12, 3 people", ""),
	F("Chapter 12 Section 3", ""),
	/* Only where STREET_ADDRESS is wanted. */
	{ "12 rue de la Paix, 75002 Paris", COG_TYPEBIT(COG_PERSON), "" },
#undef F
#undef W
};

/* The texts of the STREET_ADDRESS spans of sp in s, joined by " | ". */
static void
found(const char *s, const struct cog_spans *sp, struct cog_buf *b)
{
	size_t k;
	int first = 1;

	cog_buf_reset(b);
	cog_buf_adds(b, "");
	for (k = 0; k < sp->n; k++) {
		if (sp->v[k].type != COG_STREET_ADDRESS)
			continue;
		cog_buf_addf(b, "%s%.*s", first ? "" : " | ",
		    (int)(sp->v[k].end - sp->v[k].start), s + sp->v[k].start);
		first = 0;
	}
}

/* The text on one line, for the name of a test. */
static const char *
oneline(const char *s)
{
	static char buf[256];
	size_t i;

	for (i = 0; s[i] && i + 1 < sizeof(buf); i++)
		buf[i] = s[i] == '\n' ? '/' : s[i];
	buf[i] = '\0';
	return buf;
}

static void
test_cases(void)
{
	struct cog_spans sp = { 0 };
	struct cog_buf b = COG_BUF_INIT;
	size_t i, n, k;
	int inrange;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		/* A copy of the exact size, so that ASan sees a read past it. */
		n = strlen(cases[i].text);
		char *t = malloc(n ? n : 1);

		memcpy(t, cases[i].text, n);
		sp.n = 0;
		cog_names_detect(t, n, cases[i].types, &sp);
		inrange = 1;
		for (k = 0; k < sp.n; k++)
			inrange &= sp.v[k].start < sp.v[k].end &&
			    sp.v[k].end <= n && sp.v[k].score <= 1;
		ok(inrange, "spans in range: %s", oneline(cases[i].text));
		cog_spans_merge(&sp);
		found(t, &sp, &b);
		is_str(b.p, cases[i].want, "%s", oneline(cases[i].text));
		free(t);
	}
	cog_spans_release(&sp);
	cog_buf_release(&b);
}

/* Every prefix of every case: no read past the end, spans inside it. */
static void
test_prefixes(void)
{
	struct cog_spans sp = { 0 };
	size_t i, n, k, len, bad = 0;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		len = strlen(cases[i].text);
		for (n = 0; n <= len; n++) {
			char *t = malloc(n ? n : 1);

			memcpy(t, cases[i].text, n);
			sp.n = 0;
			cog_names_detect(t, n, ALL, &sp);
			for (k = 0; k < sp.n; k++)
				bad += sp.v[k].end > n;
			free(t);
		}
	}
	ok(bad == 0, "every prefix of every case: spans inside the text");
	cog_spans_release(&sp);
}

static void
test_postcode_runs(void)
{
	/* A run of digits and dashes, and how strong a postcode it is. */
	static const struct prun {
		const char *s;
		int want;
	} runs[] = {
#define STRONG(s)	{ (s), PC_STRONG }
#define NONE(s)		{ (s), PC_NONE }
		STRONG("00-950"), STRONG("1100-053"), STRONG("01001-000"),
		STRONG("12345-6789"), STRONG("D-10115"), STRONG("CH-8001"),
		STRONG("SE-111"), NONE("555-1234"), NONE("2024-12"),
		NONE("X-10115"), STRONG("D-101"), NONE("-10115"), NONE(""),
#undef NONE
#undef STRONG
	};
	size_t i;
	int pre;

	for (i = 0; i < sizeof(runs) / sizeof(runs[0]); i++)
		is_int(postcode_run(runs[i].s, strlen(runs[i].s), &pre),
		    runs[i].want, "postcode run '%s'", runs[i].s);
}

int
main(void)
{
	test_cases();
	test_prefixes();
	test_postcode_runs();
	return tap_done();
}
