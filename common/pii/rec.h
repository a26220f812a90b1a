/* rec.h -- private helpers shared by the built-in recognizers */
#ifndef COG_REC_H
#define COG_REC_H

#include <stddef.h>

#include "pii/spans.h"
#include "pii/types.h"

/* One call of cog_recognize: the text, the wanted types, the output. */
struct rec {
	const unsigned char *s;
	size_t n;
	cog_typeset types;
	struct cog_spans *out;
	int dob;		/* birth-date words in s: -1 not yet known */
	unsigned carry;		/* CTX() lists that the text answers */
};

#define WANT(r, t)	(((r)->types & COG_TYPEBIT(t)) != 0)

/* Scores (see the comment at the top of recognize.c). */
#define SC_CHECKSUM	1.0f
#define SC_STRONG	0.85f
#define SC_MEDIUM	0.6f
#define SC_WEAK		0.35f
#define SC_CONTEXT	0.35f

/* The byte at i, or -1 past the end: the text is never read at s[n]. */
static inline int
rec_at(const struct rec *r, size_t i)
{
	return i < r->n ? r->s[i] : -1;
}

static inline int
is_digit(int c)
{
	return (unsigned)c - '0' < 10;
}

static inline int
is_alpha(int c)
{
	return (unsigned)((c | 0x20) - 'a') < 26;
}

static inline int
is_upper(int c)
{
	return (unsigned)c - 'A' < 26;
}

static inline int
is_lower(int c)
{
	return (unsigned)c - 'a' < 26;
}

static inline int
is_alnum(int c)
{
	return is_digit(c) || is_alpha(c);
}

static inline int
is_hex(int c)
{
	return is_digit(c) || (unsigned)((c | 0x20) - 'a') < 6;
}

/* A byte that may not touch an entity: ASCII letter, digit or '_'. */
static inline int
is_word(int c)
{
	return is_alnum(c) || c == '_';
}

static inline int
lower(int c)
{
	return is_upper(c) ? c + 32 : c;
}

/*
 * Is the letter before i that of a "\n"-style escape left in the text
 * (double-encoded JSON, log lines)?  Then it ends the word before.
 */
static inline int
rec_escaped(const struct rec *r, size_t i)
{
	int c = r->s[i - 1];

	return i >= 2 && r->s[i - 2] == '\\' && (c == 'n' || c == 'r' ||
	    c == 't' || c == 'b' || c == 'f');
}

/* May an entity start at i (not glued to a word on its left)? */
static inline int
rec_left_ok(const struct rec *r, size_t i)
{
	return i == 0 || !is_word(r->s[i - 1]) || rec_escaped(r, i);
}

/* May an entity end at i (not glued to a word on its right)? */
static inline int
rec_right_ok(const struct rec *r, size_t i)
{
	return i >= r->n || !is_word(r->s[i]);
}

/* Is the number at i the tail of a longer one ("3.14", "12-34")? */
static inline int
rec_num_left_ok(const struct rec *r, size_t i)
{
	int c;

	if (!rec_left_ok(r, i))
		return 0;
	if (i < 2 || !is_digit(r->s[i - 2]))
		return 1;
	c = r->s[i - 1];
	return c != '.' && c != '-' && c != '/' && c != ',' && c != ':';
}

/* Does the number go on at i ("1.5" after "3", "-12", "-AB" of a MAC)? */
static inline int
rec_num_right_ok(const struct rec *r, size_t i)
{
	int c, d;

	if (!rec_right_ok(r, i))
		return 0;
	if (i + 1 >= r->n)
		return 1;
	c = r->s[i];
	d = r->s[i + 1];
	if (c == '.' || c == ',')
		return !is_digit(d);
	if (c == '-' || c == ':' || c == '/')
		return !is_alnum(d);
	return 1;
}

static inline void
rec_add(struct rec *r, size_t st, size_t en, int type, float score)
{
	if (score > 1.0f)
		score = 1.0f;
	cog_spans_add(r->out, st, en, type, score);
}

/* Context word lists (rec_ctx.c). */
enum ctx_list {
	CTX_PHONE, CTX_NOT_PHONE, CTX_SSN, CTX_PASSPORT, CTX_DOB, CTX_NHS,
	CTX_URL, CTX_VERSION, CTX_CARD, CTX_PHONE_AT, CTX_NLISTS
};

#define CTX(l)		(1u << (l))
#define CTX_BEFORE	48
#define CTX_AFTER	24
#define CTX_REPLY	32	/* an answer's entity starts this close */

/*
 * Which of the lists in want (a mask of CTX(l)) have a word near the
 * entity at [st, en)?  Each list has its window: up to CTX_BEFORE bytes
 * before st and CTX_AFTER bytes after en; fewer for some.  The lists in
 * r->carry count for an entity that starts in the first CTX_REPLY bytes.
 */
unsigned rec_ctx(const struct rec *r, size_t st, size_t en, unsigned want);

/* Does s hold a word that can make a date a birth date? */
int rec_dob_words(const struct rec *r);

/* Recognizers: each returns the end of what it found at i, or 0. */
size_t rec_digits(struct rec *r, size_t i);	/* rec_num.c */
size_t rec_email(struct rec *r, size_t at);	/* rec_net.c */
size_t rec_dot(struct rec *r, size_t i, size_t *done);
size_t rec_colon(struct rec *r, size_t i, size_t *done);
size_t rec_dash(struct rec *r, size_t i);

/* Month number (1-12) of a month name or abbreviation at i, with length. */
int rec_month(const struct rec *r, size_t i, size_t *len);

/* Host name check against the public suffix list (rec_net.c). */
int rec_host_ok(const unsigned char *h, size_t n);

#endif
