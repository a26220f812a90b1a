/* numplan.c -- the national numbering plans that phone numbers are checked on */
#include <stddef.h>
#include <string.h>

#include "pii/numplan.h"

/*
 * A range of national significant numbers: those whose first digit is
 * in lead (and second in lead2, when not empty), of min to max digits.
 */
struct nsn {
	const char *lead, *lead2;
	unsigned char min, max;
};

enum { PLAIN, NANP, BRAZIL };

#define MAXR	8

static const struct plan {
	unsigned short cc;
	char trunk;		/* 0: none */
	unsigned char kind;
	struct nsn r[MAXR];
} plans[] = {
	/* NANP: area and exchange codes 2-9, area code not N11. */
	{ 1, '1', NANP, { { "23456789", "", 10, 10 } } },
	/* Ofcom's plan: 01/02 geographic, 03 non-geographic, 07 mobile,
	 * 08 freephone and shared cost, 09 premium, 05 corporate. */
	{ 44, '0', PLAIN, { { "1", "", 9, 10 }, { "2", "", 10, 10 },
	    { "3", "", 10, 10 }, { "5", "", 10, 10 }, { "7", "", 10, 10 },
	    { "8", "", 9, 10 }, { "9", "", 10, 10 } } },
	/* BNetzA: mobile 015x-017x of 10-11 digits, area codes of 2-5
	 * digits with subscriber numbers to 11 digits in all. */
	{ 49, '0', PLAIN, { { "1", "567", 10, 11 }, { "1", "0123489", 7, 11 },
	    { "23456789", "", 6, 11 } } },
	/* RTR: Vienna 1, other areas 2-5 digits; mobile 65x-69x. */
	{ 43, '0', PLAIN, { { "1", "", 4, 12 }, { "23456789", "", 5, 13 } } },
	/* BAKOM: ten digits with the 0, everywhere. */
	{ 41, '0', PLAIN, { { "23456789", "", 9, 9 } } },
	/* ARCEP: ten digits with the 0. */
	{ 33, '0', PLAIN, { { "123456789", "", 9, 9 } } },
	/* CNMC: nine digits, no trunk prefix; 6, 7 mobile, 8, 9 fixed. */
	{ 34, 0, PLAIN, { { "6789", "", 9, 9 } } },
	/* ANACOM: nine digits, 2 fixed, 9 mobile. */
	{ 351, 0, PLAIN, { { "29", "", 9, 9 } } },
	/* AGCOM: the 0 of fixed numbers is dialled from abroad too. */
	{ 39, 0, PLAIN, { { "0", "", 6, 11 }, { "3", "", 9, 10 },
	    { "8", "", 6, 10 } } },
	/* ACM: ten digits with the 0. */
	{ 31, '0', PLAIN, { { "123456789", "", 9, 9 } } },
	/* BIPT: mobile 04xx and nine digits after the 0, fixed eight. */
	{ 32, '0', PLAIN, { { "4", "", 9, 9 }, { "12356789", "", 8, 8 } } },
	/* UKE: nine digits, no trunk prefix. */
	{ 48, 0, PLAIN, { { "123456789", "", 9, 9 } } },
	/* PTS: mobile 07x and nine digits, fixed seven to nine. */
	{ 46, '0', PLAIN, { { "7", "", 9, 9 }, { "12345689", "", 7, 9 } } },
	/* Nkom: eight digits. */
	{ 47, 0, PLAIN, { { "23456789", "", 8, 8 } } },
	/* Energistyrelsen: eight digits. */
	{ 45, 0, PLAIN, { { "23456789", "", 8, 8 } } },
	/* Traficom: five to ten digits after the 0. */
	{ 358, '0', PLAIN, { { "123456789", "", 5, 10 } } },
	/* Fjarskiptastofa: seven digits. */
	{ 354, 0, PLAIN, { { "45678", "", 7, 7 } } },
	/* Anatel: two-digit area code 11-99, then 9 and eight digits
	 * (mobile) or 2-5 and seven (fixed). */
	{ 55, '0', BRAZIL, { { "123456789", "123456789", 10, 11 } } },
	/* IFT: ten digits since 2019; "1" before mobiles from abroad. */
	{ 52, 0, PLAIN, { { "23456789", "", 10, 10 } } },
};

static int
in(const char *set, char c)
{
	return *set == '\0' || (c != '\0' && strchr(set, c) != NULL);
}

static int
fits(const struct plan *p, const char *d, int nd)
{
	const struct nsn *r;
	int i;

	for (i = 0; i < MAXR && p->r[i].lead; i++) {
		r = &p->r[i];
		if (nd < r->min || nd > r->max || !in(r->lead, d[0]) ||
		    (nd > 1 && !in(r->lead2, d[1])))
			continue;
		if (p->kind == NANP)
			return d[3] >= '2' && !(d[1] == '1' && d[2] == '1');
		if (p->kind == BRAZIL)
			return nd == 11 ? d[2] == '9' : d[2] >= '2' &&
			    d[2] <= '5';
		return 1;
	}
	return 0;
}

static const struct plan *
plan_of(int cc)
{
	size_t i;

	for (i = 0; i < sizeof(plans) / sizeof(plans[0]); i++)
		if (plans[i].cc == cc)
			return &plans[i];
	return NULL;
}

int
cog_numplan_nsn(int cc, const char *d, int nd)
{
	const struct plan *p = plan_of(cc);

	if (p == NULL)
		return -1;
	/* Mexico's mobiles from abroad: +52 1 and the ten digits. */
	if (cc == 52 && nd == 11 && d[0] == '1')
		return fits(p, d + 1, nd - 1);
	return fits(p, d, nd);
}

int
cog_numplan_national(const char *d, int nd)
{
	const struct plan *p;
	size_t i;

	if (nd < 2)
		return 0;
	for (i = 0; i < sizeof(plans) / sizeof(plans[0]); i++) {
		p = &plans[i];
		if (p->trunk && d[0] == p->trunk && fits(p, d + 1, nd - 1))
			return 1;
		/* Numbers written without their trunk prefix: NANP's
		 * ten digits, Brazil's "(11) 91234-5678", and those of the
		 * countries that have none. */
		if ((p->trunk == 0 || p->kind != PLAIN) && fits(p, d, nd))
			return 1;
	}
	return 0;
}
