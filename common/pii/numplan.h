/* numplan.h -- the national numbering plans that phone numbers are checked on */
#ifndef COG_NUMPLAN_H
#define COG_NUMPLAN_H

/*
 * The countries whose plans are known: US and Canada (NANP), the UK,
 * Germany, Austria, Switzerland, France, Spain, Portugal, Italy, the
 * Netherlands, Belgium, Poland, Sweden, Norway, Denmark, Finland,
 * Iceland, Brazil and Mexico.  For each: its calling code, its trunk
 * prefix, and the lengths of its national significant numbers by their
 * first digits (taken from the plans the regulators publish, and the
 * ITU's summaries of them).  Digits are given as characters '0'-'9'.
 */

/*
 * Is d (nd digits) a national significant number of the country with
 * calling code cc?  1 when it fits that plan, 0 when it does not, -1
 * when the country's plan is not known here.
 */
int cog_numplan_nsn(int cc, const char *d, int nd);

/*
 * Could d (nd digits), written without a country code, be a number of
 * one of the known countries as dialled there: its trunk prefix and a
 * national significant number, or, where there is no trunk prefix, the
 * number alone?  0 when of none.
 */
int cog_numplan_national(const char *d, int nd);

#endif
