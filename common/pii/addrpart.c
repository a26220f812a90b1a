/* addrpart.c -- the parts of a street address: unit, box, town, codes */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pii/addrpart.h"
#include "pii/lexicon.h"
#include "pii/place.h"
#include "pii/postcode.h"
#include "pii/words.h"

/* A byte between the words of an address: space, line break, comma. */
static int
sep_byte(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' ||
	    c == ';';
}

/* The same, and the marks that may stand between parts: ( ) # and a dash. */
static int
mark_byte(const struct scan *sc, size_t p)
{
	int c = (unsigned char)sc->s[p];

	if (sep_byte(c) || c == '(' || c == ')' || c == '#')
		return 1;
	if (c == '-')
		return p + 1 >= sc->n || sep_byte((unsigned char)sc->s[p + 1]);
	return 0;
}

static int
is_digit_byte(int c)
{
	return (unsigned)c - '0' < 10;
}

static int
is_alpha_byte(int c)
{
	return (unsigned)((c | 0x20) - 'a') < 26;
}

/* Where token k starts, or the end of the text when there is none. */
static size_t
start_of(struct scan *sc, size_t k)
{
	struct tok *u = tok(sc, k);

	return u != NULL ? u->st : sc->n;
}

/*
 * The first run of the bytes [p, q) that is no separator or mark, in *rs
 * and *re; 0 when there is none.
 */
static int
run_in(const struct scan *sc, size_t p, size_t q, size_t *rs, size_t *re)
{
	while (p < q && mark_byte(sc, p))
		p++;
	if (p >= q)
		return 0;
	*rs = p;
	while (p < q && !sep_byte((unsigned char)sc->s[p]) && sc->s[p] != ')')
		p++;
	*re = p;
	return 1;
}

/* What stands between two parts, in the bytes [p, q). */
struct between {
	int ok;			/* nothing but separators and marks */
	int nl, comma, hash, dash;
};

static void
between(const struct scan *sc, size_t p, size_t q, struct between *b)
{
	const unsigned char *u = (const unsigned char *)sc->s;

	memset(b, 0, sizeof(*b));
	b->ok = 1;
	for (; p < q; p++) {
		if (u[p] == '\n')
			b->nl++;
		else if (u[p] == ',' || u[p] == ';')
			b->comma++;
		else if (u[p] == '#')
			b->hash++;
		else if (u[p] == '-')
			b->dash++;
		else if (u[p] == 0xe2 && p + 2 < q && u[p + 1] == 0x80 &&
		    (u[p + 2] == 0x93 || u[p + 2] == 0x94))
			b->dash++, p += 2;
		else if (u[p] != ' ' && u[p] != '\t' && u[p] != '\r' &&
		    u[p] != '(' && u[p] != ')')
			b->ok = 0;
	}
}

/* Is t an abbreviation whose dot is no full stop (St., Apt., izq.)? */
static int
abbrev(struct scan *sc, struct tok *t)
{
	if (!(t->f & T_DOTTED) || !(t->f & T_WORD))
		return 0;
	look(sc, t);
	return toklen(t) <= 4 || (t->lex & (COG_LEX_ST_SUFFIX |
	    COG_LEX_ST_PREFIX | COG_LEX_UNIT | COG_LEX_UNIT_AFTER |
	    COG_LEX_DIR | COG_LEX_AREA));
}

/* Where the gap after the address begins: after the dot of "St.". */
static size_t
gap_start(struct scan *sc, const struct addr *a)
{
	size_t p = a->en;

	if (p < sc->n && sc->s[p] == '.' && p == sc->w[a->last].en &&
	    abbrev(sc, &sc->w[a->last]))
		p++;
	return p;
}

void
addr_start(struct scan *sc, struct addr *a, size_t first, size_t last)
{
	a->first = first;
	a->last = last;
	a->st = sc->w[first].st;
	a->en = sc->w[last].en;
	a->parts = 1;
	a->unit = 0;
}

/* Take the tokens up to last (and the bytes up to en) as one more part. */
static void
take(struct scan *sc, struct addr *a, size_t last, size_t en)
{
	if (last > a->last || a->parts == 0)
		a->last = last;
	if (sc->w[a->last].en > en)
		en = sc->w[a->last].en;
	if (en > a->en)
		a->en = en;
	a->parts++;
	a->unit = 0;
}

int
addr_house_number(const struct scan *sc, const struct tok *t)
{
	size_t k, d = 0;

	if (t == NULL)
		return 0;
	if (t->f & T_NUM)
		return toklen(t) <= 6;
	if (!(t->f & T_ALNUM))
		return 0;
	while (t->st + d < t->en && scan_bc[(unsigned char)sc->s[t->st + d]] ==
	    B_DIG)
		d++;
	if (d == 0 || d > 6 || toklen(t) - d > 1)
		return 0;
	for (k = t->st + d; k < t->en; k++)
		if (scan_bc[(unsigned char)sc->s[k]] != B_LOW &&
		    scan_bc[(unsigned char)sc->s[k]] != B_UP)
			return 0;
	return 1;
}

/* An ordinal street name: 5th, 42nd, 1st. */
static int
ordinal(const struct scan *sc, const struct tok *t)
{
	const char *e = sc->s + t->en;

	if (!(t->f & T_ALNUM) || toklen(t) < 3 || toklen(t) > 6)
		return 0;
	return (fold1(e[-2]) == 's' && fold1(e[-1]) == 't') ||
	    (fold1(e[-2]) == 'n' && fold1(e[-1]) == 'd') ||
	    (fold1(e[-2]) == 'r' && fold1(e[-1]) == 'd') ||
	    (fold1(e[-2]) == 't' && fold1(e[-1]) == 'h');
}

int
addr_street_word(struct scan *sc, struct tok *t)
{
	if (ordinal(sc, t))
		return 1;
	if (!(t->f & T_WORD) || (t->f & T_MIXED))
		return 0;
	look(sc, t);
	if (t->cls != COG_W_NONE && t->cls != COG_W_PARTICLE &&
	    t->cls != COG_W_TITLE && t->cls != COG_W_MONTH &&
	    t->cls != COG_W_ORG && t->cls != COG_W_COMPANY)
		return 0;
	return !is_cased(sc) || capital(sc, t) || t->cls == COG_W_PARTICLE;
}

/* A Roman numeral in capitals: the II of "Corso Vittorio Emanuele II". */
static int
roman(const struct scan *sc, const struct tok *t)
{
	size_t k;

	if (!(t->f & T_UPPER) || toklen(t) > 4)
		return 0;
	for (k = t->st; k < t->en; k++)
		if (sc->s[k] != 'I' && sc->s[k] != 'V' && sc->s[k] != 'X')
			return 0;
	return 1;
}

int
addr_name_word(struct scan *sc, struct tok *t)
{
	if (addr_street_word(sc, t))
		return 1;
	return (t->f & T_WORD) && !(t->f & T_MIXED) && is_cased(sc) &&
	    ((capital(sc, t) && t->cls != COG_W_STOP) || roman(sc, t));
}

/* A house number the scan skipped: 12/3/4, 123-2, 10-12, 5a/7, s/n. */
static int
raw_house(const char *s, size_t n)
{
	size_t i = 0, d, groups = 0;

	if ((n == 3 || n == 4) && (s[0] | 0x20) == 's' && s[1] == '/' &&
	    (s[2] | 0x20) == 'n')
		return 1;
	while (i < n) {
		for (d = 0; i < n && is_digit_byte((unsigned char)s[i]); i++)
			d++;
		if (d == 0 || d > (groups ? 4u : 5u))
			return 0;
		if (i < n && is_alpha_byte((unsigned char)s[i]))
			i++;
		groups++;
		if (i == n)
			break;
		if (s[i] != '/' && s[i] != '-')
			return 0;
		i++;
	}
	return groups >= 2 && groups <= 4 && i == n;
}

/* "Nr", "No", "nº", "n.", "num": the word before a house number. */
static int
number_mark(const char *s, size_t n)
{
	char key[8];
	size_t k = cog_lex_fold(s, n, key, sizeof(key));

	if (k > sizeof(key))
		return 0;
	return (k == 1 && key[0] == 'n') || (k == 2 && (memcmp(key, "nr",
	    2) == 0 || memcmp(key, "no", 2) == 0)) || (k == 3 &&
	    memcmp(key, "num", 3) == 0) || (k == 6 && memcmp(key, "numero",
	    6) == 0);
}

/* The length of an ordinal mark at p: º, ª or °; 0 when there is none. */
static size_t
ordinal_mark(const struct scan *sc, size_t p)
{
	const unsigned char *u = (const unsigned char *)sc->s;

	return p + 1 < sc->n && u[p] == 0xc2 && (u[p + 1] == 0xba ||
	    u[p + 1] == 0xaa || u[p + 1] == 0xb0) ? 2 : 0;
}

/* Only an ordinal mark, a dot and spaces from the number u to byte q? */
static int
after_number(const struct scan *sc, const struct tok *u, size_t q)
{
	size_t p = u->en + ordinal_mark(sc, u->en);

	if (p < q && sc->s[p] == '.')
		p++;
	p += ordinal_mark(sc, p);
	while (p < q && sc->s[p] == ' ')
		p++;
	return p == q && q > u->en;
}

int
addr_number(struct scan *sc, struct addr *a)
{
	size_t k = a->last + 1, q = start_of(sc, k), rs, re, p;
	struct tok *u = tok(sc, k), *v;
	struct between g;

	p = gap_start(sc, a);
	if (run_in(sc, p, q, &rs, &re)) {
		between(sc, p, rs, &g);
		if (!g.ok || g.nl || g.comma > 1 || g.hash || g.dash)
			return 0;
		if (raw_house(sc->s + rs, re - rs)) {
			a->en = re;
			return 1;
		}
		/* nº 12, n. 5: the mark was skipped, the number is a token. */
		between(sc, re, q, &g);
		if (number_mark(sc->s + rs, re - rs) && g.ok && !g.nl &&
		    !g.comma && addr_house_number(sc, u)) {
			a->last = k;
			a->en = u->en;
			return 1;
		}
		return 0;
	}
	if (u == NULL)
		return 0;
	between(sc, p, q, &g);
	if (!g.ok || g.nl || g.comma > 1 || g.hash || g.dash)
		return 0;
	if (addr_house_number(sc, u)) {
		a->last = k;
		a->en = u->en;
		return 1;
	}
	/* Nr. 5, No 12 */
	if ((u->f & T_WORD) && number_mark(sc->s + u->st, toklen(u)) &&
	    (v = tok(sc, k + 1)) != NULL && after_number(sc, u, v->st) &&
	    addr_house_number(sc, v)) {
		a->last = k + 1;
		a->en = v->en;
		return 1;
	}
	return 0;
}

/* Is the text word [ws, we) the form word f of fl bytes? */
static int
form_word(const struct scan *sc, size_t ws, size_t we, const char *f,
    size_t fl)
{
	const char *s = sc->s;
	char key[COG_LEX_MAXKEY];
	size_t k;

	if (fl == 1 && *f == '#') {
		if (!is_digit_byte((unsigned char)s[ws]))
			return 0;
		for (k = ws; k < we; k++)
			if (!is_digit_byte((unsigned char)s[k]) &&
			    !is_alpha_byte((unsigned char)s[k]) && s[k] != '-')
				return 0;
		return 1;
	}
	if (fl == 1 && *f == '@')
		return we - ws == 1 && is_alpha_byte((unsigned char)s[ws]);
	if (fl == 1 && *f == '*')
		return (unsigned)s[ws] - 'A' < 26;
	k = cog_lex_fold(s + ws, we - ws, key, sizeof(key));
	return k == fl && memcmp(key, f, fl) == 0;
}

/*
 * Does the form f of cog_lex_boxforms match the text from byte p on, its
 * words a space apart, or a comma and a space ("PSC 802, Box 74")?  The
 * end of its last word in *end.
 */
static int
match_form(const struct scan *sc, size_t p, const char *f, size_t *end)
{
	const char *s = sc->s;
	size_t n = sc->n, fl, ws;
	int first = 1;

	for (; *f; f += fl + (f[fl] == ' '), first = 0) {
		fl = strcspn(f, " ");
		if (!first) {
			if (p + 1 < n && s[p] == ',')
				p++;
			if (p >= n || (s[p] != ' ' && s[p] != '\t'))
				return 0;
			while (p < n && (s[p] == ' ' || s[p] == '\t'))
				p++;
		}
		for (ws = p; p < n && !sep_byte((unsigned char)s[p]) &&
		    s[p] != '(' && s[p] != ')'; p++)
			;
		if (p == ws || !form_word(sc, ws, p, f, fl))
			return 0;
		/* Postfach 10 01 23 */
		while (fl == 1 && *f == '#' && p + 3 <= n && s[p] == ' ' &&
		    is_digit_byte((unsigned char)s[p + 1]) &&
		    is_digit_byte((unsigned char)s[p + 2]) &&
		    (p + 3 == n || sep_byte((unsigned char)s[p + 3])))
			p += 3;
		*end = p;
	}
	return 1;
}

/* The last token that starts before byte end, from token k on. */
static size_t
last_before(struct scan *sc, size_t k, size_t end)
{
	struct tok *u;

	while ((u = tok(sc, k + 1)) != NULL && u->st < end)
		k++;
	return k;
}

int
addr_box(struct scan *sc, struct addr *a, size_t p, size_t k)
{
	const char *const *f;
	char key[16];
	size_t best = 0, end = 0, last, q, kn;

	/* The first word, folded once: most forms begin with another. */
	for (q = p; q < sc->n && !sep_byte((unsigned char)sc->s[q]) &&
	    sc->s[q] != '(' && sc->s[q] != ')'; q++)
		;
	kn = cog_lex_fold(sc->s + p, q - p, key, sizeof(key));
	if (kn == 0 || kn > sizeof(key))
		return 0;
	for (f = cog_lex_boxforms; *f; f++)
		if (strncmp(*f, key, kn) == 0 && ((*f)[kn] == ' ' ||
		    (*f)[kn] == '\0') && match_form(sc, p, *f, &end) &&
		    end > best)
			best = end;
	if (best == 0 || tok(sc, k) == NULL || sc->w[k].st >= best)
		return 0;
	last = last_before(sc, k, best);
	if (a->parts == 0) {
		addr_start(sc, a, k, last);
		a->st = p;
		a->en = best > a->en ? best : a->en;
		return 1;
	}
	take(sc, a, last, best);
	return 1;
}

/* An upper-case code of one or two letters: a province (RM, ON, SP). */
static int
province(struct scan *sc, struct tok *u)
{
	return u != NULL && (u->f & T_WORD) && toklen(u) <= 2 &&
	    ((u->f & T_UPPER) && !all_upper(sc));
}

/*
 * A word of a town that no list holds: a street word, or, where caps is
 * set, a word in capitals (the town line of a British address).
 */
static int
town_word(struct scan *sc, struct tok *u, int caps)
{
	if (addr_street_word(sc, u))
		return 1;
	return caps && (u->f & T_WORD) && (u->f & T_UPPER) && toklen(u) >= 3 &&
	    !all_upper(sc) && (look(sc, u), u->cls == COG_W_NONE) &&
	    !(u->lex & (COG_LEX_STATE_AB | COG_LEX_COUNTRY_AB |
	    COG_LEX_UNIT | COG_LEX_BOX));
}

/*
 * Are the bytes the scan skipped before token k one or two short
 * lower-case words that link the words of a town's name ("Brunn am
 * Gebirge", "Gerasdorf bei Wien", "Castelnuovo del Garda"), token k a
 * capitalised word on the same line?
 */
static int
town_link(struct scan *sc, size_t k)
{
	static const char *const link[] = { "am", "an", "der", "den", "bei",
	    "im", "in", "ob", "auf", "de", "di", "del", "la", "le", "les",
	    "sur", "sous", "en", "aan", "op", "y", "da", "do", "dos", "das",
	    "nad", "pod", "i", "et", "van", NULL };
	struct tok *u = tok(sc, k);
	const char *s = sc->s;
	size_t p, q, words = 0, j;

	if (u == NULL || !(u->gap & G_SKIP) || (u->gap & ~(unsigned)(G_SKIP |
	    G_SPACE)) || !(u->f & T_CAP) || !(u->f & T_WORD))
		return 0;
	for (p = sc->w[k - 1].en; p < u->st; p = q) {
		while (p < u->st && s[p] == ' ')
			p++;
		for (q = p; q < u->st && (unsigned)s[q] - 'a' < 26; q++)
			;
		if (q == p)
			return p == u->st && words > 0;
		if (q < u->st && s[q] != ' ')
			return 0;
		for (j = 0; link[j] != NULL && (strlen(link[j]) != q - p ||
		    memcmp(link[j], s + p, q - p) != 0); j++)
			;
		if (link[j] == NULL || ++words > 2)
			return 0;
	}
	return words > 0;
}

/* The end of a town's name from token pe, over its linking words. */
static size_t
town_end(struct scan *sc, size_t pe)
{
	struct tok *u;

	pe = place_rest(sc, pe);
	while (town_link(sc, pe + 1) && (u = &sc->w[pe + 1], look(sc, u),
	    u->cls == COG_W_NONE) && !(u->lex & (COG_LEX_COUNTRY |
	    COG_LEX_UNIT | COG_LEX_BOX)))
		pe = place_rest(sc, pe + 1);
	return pe;
}

/* Capitals after a postcode: the town of "84681 LESTREM", one word more. */
static size_t
caps_town(struct scan *sc, size_t pe)
{
	if (scan_joins(sc, pe + 1) && town_word(sc, &sc->w[pe + 1], 1))
		pe++;
	return pe;
}

/*
 * The town after a postcode ending at a->last (bytes to a->en), at token
 * k: a place of the lexicon or, known false, up to three capitalised
 * words; then "CEDEX" and its number, and a province (Roma RM, Milano
 * (MI)).  Take them into a and return 1, or return 0.
 */
static int
town_after(struct scan *sc, struct addr *a, size_t k, int *known)
{
	struct tok *u = tok(sc, k), *v;
	struct between g;
	size_t pe;
	uint32_t x;

	if (u == NULL || !(u->f & T_WORD) || !(addr_street_word(sc, u) ||
	    town_word(sc, u, 1)))
		return 0;
	between(sc, a->en, u->st, &g);
	if (!g.ok || g.nl || g.comma || g.hash)
		return 0;
	x = place_entry(sc, k, &pe);
	*known = (x & COG_LEX_PLACE) != 0;
	if (!*known) {
		if (!capital(sc, u) && is_cased(sc) && !(u->f & T_UPPER))
			return 0;
		pe = k;
	}
	pe = (u->f & T_UPPER) && is_cased(sc) ? caps_town(sc, pe) :
	    town_end(sc, pe);
	a->last = pe, a->en = sc->w[pe].en;
	/* 75002 Paris CEDEX 02 */
	if ((v = tok(sc, pe + 1)) != NULL && plain(v->gap) &&
	    scan_is_word(sc, v, "cedex")) {
		pe++;
		if ((u = tok(sc, pe + 1)) != NULL && plain(u->gap) &&
		    (u->f & T_NUM) && toklen(u) <= 2)
			pe++;
		a->last = pe, a->en = sc->w[pe].en;
	}
	if ((v = tok(sc, pe + 1)) != NULL && province(sc, v)) {
		between(sc, a->en, v->st, &g);
		if (g.ok && !g.nl && !g.comma)
			a->last = pe + 1, a->en = v->en + (v->en < sc->n &&
			    sc->s[v->en] == ')');
	}
	return 1;
}

int
addr_code_town(struct scan *sc, struct addr *a, size_t k, int *town)
{
	struct addr b = *a;
	struct tok *u;
	size_t q = start_of(sc, k), rs, re, e;
	int pc, pre, known = 0;

	*town = 0;
	if (run_in(sc, a->parts ? gap_start(sc, a) : a->en, q, &rs, &re)) {
		if ((pc = postcode_run(sc->s + rs, re - rs, &pre)) == PC_NONE)
			return PC_NONE;
		b.en = re;
		/* SE-111 43 */
		if (pre && (u = tok(sc, k)) != NULL && plain(u->gap) &&
		    (u->f & T_NUM) && toklen(u) == 2 && re - rs >= 6 &&
		    is_digit_byte((unsigned char)sc->s[re - 3])) {
			b.last = k, b.en = u->en, k++;
		}
		if (a->parts == 0)
			b.st = rs, b.first = k;
	} else {
		if ((pc = postcode_at(sc, k, &e)) == PC_NONE)
			return PC_NONE;
		if (a->parts == 0)
			b.st = sc->w[k].st, b.first = k;
		b.last = e, b.en = sc->w[e].en;
		k = e + 1;
	}
	*town = town_after(sc, &b, k, &known);
	/* Four digits alone are a year or a number: a town must follow. */
	if (pc == PC_WEAK && !known && (a->parts == 0 || !*town))
		return PC_NONE;
	b.parts++;
	b.unit = 0;
	*a = b;
	if (!known && *town)
		*town = 2;
	return pc;
}

size_t
addr_word_before(struct scan *sc, size_t i, size_t q, uint32_t *lex)
{
	const char *s = sc->s;
	size_t p = q, lo = i > 0 ? sc->w[i - 1].next : 0;
	struct tok *t = i > 0 ? &sc->w[i - 1] : NULL;

	/* The word is token i - 1 when the scan kept it ("to ul. Długa"). */
	if (t != NULL && q == sc->w[i].st && (t->f & T_WORD) &&
	    q > t->en && q - t->en <= 3) {
		for (p = t->en; p < q && (s[p] == ' ' || s[p] == '.' ||
		    s[p] == '\t'); p++)
			;
		if (p == q && s[q - 1] == ' ') {
			look(sc, t);
			*lex = t->lex;
			return t->st;
		}
		p = q;
	}

	while (p > lo && (s[p - 1] == ' ' || s[p - 1] == '\t'))
		p--;
	if (p == q || p <= lo)
		return (size_t)-1;
	q = p;
	while (p > lo && !sep_byte((unsigned char)s[p - 1]) && s[p - 1] != '(')
		p--;
	if (p == q || (p > 0 && !sep_byte((unsigned char)s[p - 1]) &&
	    s[p - 1] != '('))
		return (size_t)-1;
	*lex = cog_lex_word(s + p, q - p);
	/* C/ Mayor: the abbreviation of calle, glued to its slash. */
	if (q - p == 2 && (s[p] | 0x20) == 'c' && s[p + 1] == '/')
		*lex |= COG_LEX_ST_PREFIX;
	return p;
}

/* A floor the scan skipped: 2.º, 1.ª (one or two digits, a dot, a mark). */
static int
floor_run(const struct scan *sc, size_t rs, size_t re)
{
	size_t p = rs;

	while (p < re && p < rs + 2 && is_digit_byte((unsigned char)sc->s[p]))
		p++;
	if (p == rs)
		return 0;
	if (p < re && sc->s[p] == '.')
		p++;
	return p + ordinal_mark(sc, p) == re && re > p;
}

/* Capitals with dots, two to three of them: N.L., B.C.S. */
static int
initials(const struct scan *sc, size_t rs, size_t re)
{
	size_t p, n = 0;

	if (re - rs < 3 || re - rs > 6)
		return 0;
	for (p = rs; p + 1 < re; p += 2, n++)
		if (scan_bc[(unsigned char)sc->s[p]] != B_UP ||
		    sc->s[p + 1] != '.')
			return 0;
	return p == re && n >= 2;
}

/*
 * A run the scan skipped between the address and token k, at rs to re: a
 * postcode (with its town), a unit word before a number (m. 5, lgh
 * 1102, bus 3) or after a unit (izq.).
 */
static int
raw_part(struct scan *sc, struct addr *a, size_t k, size_t rs, size_t re)
{
	struct tok *u = tok(sc, k);
	struct between g;
	uint32_t x;
	int town;

	between(sc, gap_start(sc, a), rs, &g);
	if (!g.ok || g.nl > 1)
		return 0;
	if (addr_code_town(sc, a, k, &town) != PC_NONE)
		return 1;
	x = cog_lex_word(sc->s + rs, re - rs);
	/* 2.º Esq., 1.º D */
	if (floor_run(sc, rs, re) && u != NULL && (u->f & T_WORD) &&
	    (toklen(u) == 1 || (look(sc, u), u->lex & COG_LEX_UNIT_AFTER))) {
		between(sc, re, u->st, &g);
		if (g.ok && !g.nl && !g.comma) {
			take(sc, a, k, 0);
			a->unit = 1;
			return 1;
		}
	}
	if ((x & COG_LEX_UNIT) && u != NULL && addr_house_number(sc, u)) {
		between(sc, re, u->st, &g);
		if (g.ok && !g.nl && !g.comma) {
			take(sc, a, k, 0);
			a->unit = 1;
			return 1;
		}
	}
	if ((x & COG_LEX_UNIT_AFTER) && a->unit) {
		take(sc, a, a->last, re);
		return 1;
	}
	/* ", N.L." at the end of the line: a state's initials. */
	if (g.comma == 1 && !g.nl && initials(sc, rs, re) &&
	    (re >= sc->n || sc->s[re] == '\n' || sc->s[re] == '\r')) {
		take(sc, a, a->last, re);
		return 1;
	}
	return 0;
}

/* A unit at token k: Apt 4B, Suite 200, #12, 3. Stock, A 5. */
static int
unit_part(struct scan *sc, struct addr *a, size_t k, const struct between *g)
{
	struct tok *u = tok(sc, k), *v = tok(sc, k + 1);
	size_t q, rs, re;
	int was = a->unit;

	if (g->hash && addr_house_number(sc, u)) {
		take(sc, a, k, 0);
	} else if (u->f & T_WORD) {
		look(sc, u);
		if ((u->lex & COG_LEX_UNIT) && v != NULL &&
		    !(v->gap & ~(unsigned)(G_SPACE | G_HASH | G_DOT)) &&
		    (addr_house_number(sc, v) || (toklen(v) <= 2 &&
		    (v->f & (T_UPPER | T_NUM | T_ALNUM)))))
			take(sc, a, k + 1, 0);
		else if ((u->lex & COG_LEX_UNIT_AFTER) && was)
			take(sc, a, k, 0);
		else if (a->parts == 1 && toklen(u) == 1 && (u->f & T_UPPER) &&
		    !g->nl && !g->comma && v != NULL && plain(v->gap) &&
		    (v->f & T_NUM) && toklen(v) <= 4)
			take(sc, a, k + 1, 0);	/* A 5 */
		else if (toklen(u) == 1 && (u->f & T_UPPER) && !g->nl &&
		    !g->comma && (sc->w[a->last].f & T_NUM) &&
		    (v == NULL || (v->gap & (G_COMMA | G_NL))))
			take(sc, a, k, 0);	/* Molenstraat 86 A */
		else
			return 0;
	} else if (toklen(u) <= 3 && v != NULL && (v->f & T_WORD) &&
	    after_number(sc, u, v->st) && ((look(sc, v),
	    v->lex & COG_LEX_UNIT_AFTER) || (v->st > u->en + 1 &&
	    toklen(v) == 1))) {
		take(sc, a, k + 1, 0);	/* 3. Stock, 2º izq., 3º B */
	} else if (toklen(u) <= 3 && (q = start_of(sc, k + 1), run_in(sc,
	    u->en + ordinal_mark(sc, u->en), q, &rs, &re)) &&
	    (cog_lex_word(sc->s + rs, re - rs) & COG_LEX_UNIT_AFTER)) {
		take(sc, a, k, re);	/* 2º andar */
	} else {
		return 0;
	}
	a->unit = 1;
	return 1;
}

/* A district: Col. Del Valle, Bairro Centro. */
static int
area_part(struct scan *sc, struct addr *a, size_t k)
{
	struct tok *u = tok(sc, k);
	size_t m;

	if (!(u->f & T_WORD) || !(capital(sc, u) || !is_cased(sc)) ||
	    (look(sc, u), !(u->lex & COG_LEX_AREA)))
		return 0;
	for (m = k + 1; m < k + 4 && scan_joins(sc, m) &&
	    addr_street_word(sc, &sc->w[m]); m++)
		;
	if (m == k + 1)
		return 0;
	take(sc, a, m - 1, 0);
	return 1;
}

/*
 * After the town at token e: its state or province and a postcode.
 * Return the last token taken (e when none), its end in *en.
 */
static size_t
state_code(struct scan *sc, size_t e, size_t *en, int *got)
{
	struct tok *u;
	struct between g;
	size_t k, q, rs, re, last;
	int pre;

	*en = sc->w[e].en;
	if ((k = place_state_after(sc, e)) != 0) {
		e = k, *got = 1;
	} else if ((u = tok(sc, e + 1)) != NULL && province(sc, u)) {
		between(sc, *en, u->st, &g);
		if (g.ok && !g.nl && g.comma <= 1)
			e++, *got = 1;
	}
	*en = sc->w[e].en;
	q = start_of(sc, e + 1);
	if (run_in(sc, *en, q, &rs, &re)) {
		between(sc, *en, rs, &g);
		if (g.ok && !g.nl && g.comma <= 1 &&
		    postcode_run(sc->s + rs, re - rs, &pre) != PC_NONE)
			*en = re, *got = 1;
		return e;
	}
	if ((u = tok(sc, e + 1)) == NULL)
		return e;
	between(sc, *en, u->st, &g);
	if (g.ok && !g.nl && g.comma <= 1 && postcode_at(sc, e + 1, &last) >=
	    PC_DIGITS) {
		e = last, *got = 1;
		*en = sc->w[e].en;
	}
	return e;
}

/*
 * A town at token k, with its state and postcode: after a comma, any
 * capitalised words; after a line break, a place of the lexicon; after a
 * space, a place followed by its state or postcode.
 */
/*
 * Is the line after token e, a line break away, a postcode (the UK's
 * "CRAWLEY\nRH10 1AA", Brazil's "Marabá - MG\n68500-000")?
 */
static int
code_line_after(struct scan *sc, const struct addr *a, size_t e)
{
	struct addr b = *a;
	struct tok *u = tok(sc, e + 1);
	struct between g;
	int town;

	if (u == NULL)
		return 0;
	b.last = e, b.en = sc->w[e].en;
	between(sc, b.en, u->st, &g);
	if (g.nl != 1)
		return 0;
	return addr_code_town(sc, &b, e + 1, &town) >= PC_DIGITS;
}

static int
town_part(struct scan *sc, struct addr *a, size_t k, const struct between *g)
{
	struct tok *u = tok(sc, k);
	size_t pe, e, en;
	uint32_t x;
	int known, got = 0;

	if (!(u->f & T_WORD) || !town_word(sc, u, g->nl || g->comma))
		return 0;
	x = place_entry(sc, k, &pe);
	known = (x & COG_LEX_PLACE) != 0;
	if (!known) {
		if (!g->comma && !g->dash && !g->nl)
			return 0;
		for (pe = k; pe < k + 2 && scan_joins(sc, pe + 1) &&
		    town_word(sc, &sc->w[pe + 1], g->nl || g->comma) &&
		    sc->w[pe + 1].cls == COG_W_NONE; pe++)
			;
	}
	if (!(u->f & T_UPPER))
		pe = town_end(sc, pe);
	e = state_code(sc, pe, &en, &got);
	/* "1578 - Bela Vista": a dash sets a town off as a comma does. */
	if (known && !g->comma && !g->dash && !g->nl && !got)
		return 0;
	/*
	 * A line of its own, or a town in capitals: a state or postcode
	 * after it, or below it.
	 */
	if (!known && (g->nl || ((u->f & T_UPPER) && !all_upper(sc))) &&
	    !got && !code_line_after(sc, a, e))
		return 0;
	take(sc, a, e, en);
	return 1;
}

/*
 * A state's abbreviation after a comma that ends the address's line:
 * "CDMX", "Jal.", "N.L." (Mexico), "NSW".
 */
static int
region_code_part(struct scan *sc, struct addr *a, size_t k,
    const struct between *g)
{
	struct tok *u = tok(sc, k), *v;
	size_t e = k;

	if (!g->comma || g->nl || !(u->f & T_WORD) || toklen(u) > 4 ||
	    all_upper(sc))
		return 0;
	if (!(u->f & T_UPPER) && !((u->f & T_CAP) && (u->f & T_DOTTED)))
		return 0;
	/* N.L. */
	if (toklen(u) == 1 && (u->f & T_DOTTED) && (v = tok(sc, k + 1)) !=
	    NULL && v->st == u->en + 1 && toklen(v) == 1 && (v->f & T_UPPER))
		e = k + 1;
	if ((v = tok(sc, e + 1)) != NULL && !(v->gap & (G_NL | G_EXCL)) &&
	    !(v->gap & G_DOT && (v->f & T_CAP)))
		return 0;
	take(sc, a, e, sc->w[e].en + ((sc->w[e].f & T_DOTTED) != 0));
	return 1;
}

/* A country after a comma or on a line of its own: USA, Deutschland. */
static int
country_part(struct scan *sc, struct addr *a, size_t k,
    const struct between *g)
{
	struct tok *u = tok(sc, k);
	size_t pe;
	uint32_t x;

	if (!(u->f & T_WORD) || (!g->comma && !g->nl))
		return 0;
	x = place_entry(sc, k, &pe);
	if (!(x & COG_LEX_COUNTRY) && !((x & COG_LEX_COUNTRY_AB) &&
	    (u->f & T_UPPER)))
		return 0;
	take(sc, a, pe, 0);
	return 1;
}

/* The next part of the address a, if there is one: take it. */
static int
tail_part(struct scan *sc, struct addr *a)
{
	size_t k = a->last + 1, p = gap_start(sc, a), q, rs, re;
	struct tok *u = tok(sc, k);
	struct between g;
	int town;

	q = u != NULL ? u->st : sc->n;
	if (run_in(sc, p, q, &rs, &re))
		return raw_part(sc, a, k, rs, re);
	if (u == NULL)
		return 0;
	between(sc, p, q, &g);
	if (!g.ok || g.nl > 1 || (u->gap & (G_EXCL | G_COLON)))
		return 0;
	if (unit_part(sc, a, k, &g))
		return 1;
	if ((u->f & T_WORD) && (look(sc, u), u->lex & COG_LEX_BOX) &&
	    addr_box(sc, a, u->st, k))
		return 1;
	if (addr_code_town(sc, a, k, &town) != PC_NONE)
		return 1;
	return area_part(sc, a, k) || town_part(sc, a, k, &g) ||
	    country_part(sc, a, k, &g) || region_code_part(sc, a, k, &g);
}

void
addr_tail(struct scan *sc, struct addr *a)
{
	int n;

	for (n = 0; n < 8 && tail_part(sc, a); n++)
		;
}

float
addr_score(int parts)
{
	float s = 0.8f + 0.05f * (float)parts;

	return s > 0.99f ? 0.99f : s;
}

size_t
addr_emit(struct scan *sc, const struct addr *a, float score)
{
	size_t k;

	cog_spans_add(sc->out, a->st, a->en, COG_STREET_ADDRESS, score);
	for (k = a->first; k <= a->last; k++)
		sc->w[k].f |= T_USED;
	return a->last + 1;
}
