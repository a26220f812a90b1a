/* place.c -- LOCATION: place entries of the lexicon and their points */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pii/lexicon.h"
#include "pii/person.h"
#include "pii/place.h"
#include "pii/words.h"

/* Is t one of the words w (lower-case ASCII or UTF-8)? */
static int
one_of(const struct scan *sc, const struct tok *t, const char *const *w,
    size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (scan_is_word(sc, t, w[k]))
			return 1;
	return 0;
}

uint32_t
place_entry(struct scan *sc, size_t i, size_t *j)
{
	char key[COG_LEX_MAXKEY];
	size_t kn = 0, m;
	uint32_t best = 0, x;
	struct tok *t = &sc->w[i];

	look(sc, t);
	*j = i;
	if (t->lex & (COG_LEX_PLACE | COG_LEX_COUNTRY_AB))
		best = t->lex;
	if (!(t->lex & COG_LEX_PREFIX) || !scan_fold_onto(sc, t, key, &kn))
		return best;
	for (m = 1; m <= 4 && scan_joins(sc, i + m); m++) {
		if (kn + 1 >= COG_LEX_MAXKEY)
			break;
		key[kn++] = ' ';
		if (!scan_fold_onto(sc, &sc->w[i + m], key, &kn))
			break;
		x = cog_lex_get(key, kn);
		if (x & COG_LEX_PLACE) {
			best = x & ~(uint32_t)(7 | 7 << 3 | 7 << 6);
			*j = i + m;
		}
		if (!(x & COG_LEX_PREFIX))
			break;
	}
	return best;
}

size_t
place_state_after(struct scan *sc, size_t j)
{
	struct tok *u = tok(sc, j + 1);
	size_t e;

	if (u == NULL || !soft(u->gap) || !(u->f & T_WORD))
		return 0;
	look(sc, u);
	if ((u->lex & COG_LEX_STATE_AB) && toklen(u) == 2 &&
	    ((u->f & T_UPPER) || !is_cased(sc)))
		return j + 1;
	if (capital(sc, u) || !is_cased(sc)) {
		uint32_t x = place_entry(sc, j + 1, &e);

		if (x & (COG_LEX_STATE | COG_LEX_COUNTRY))
			return e;
	}
	return 0;
}

/*
 * The points of the place entry x from token i to token j by its kind,
 * its commonness as an English word and its shape, in *pts; 0 when it
 * is no place here: USA or UK not in capitals, a given name before a
 * surname ("Paris Hilton").
 */
static int
entry_points(struct scan *sc, size_t i, size_t j, uint32_t x, float *pts)
{
	struct tok *t = &sc->w[i], *u;
	size_t k;
	int allcap = 1, anylow = 0;

	if (!(x & COG_LEX_PLACE)) {
		/* USA, UK: only in capitals. */
		if (!(t->f & T_UPPER) || all_upper(sc))
			return 0;
		*pts = 3.0f;
	} else {
		*pts = x & (COG_LEX_COUNTRY | COG_LEX_STATE) ? 3.0f :
		    x & COG_LEX_CITY ? 2.5f : 2.0f;
	}
	for (k = i; k <= j; k++) {
		u = &sc->w[k];
		if (!capital(sc, u) && !(u->cls == COG_W_PARTICLE) &&
		    !(u->cls == COG_W_DET && k > i))
			allcap = 0, anylow |= (u->f & T_LOWER) != 0;
	}
	if (j == i) {
		*pts -= scan_english_cost[ENG(t)];
		/* "Das Essen", "como": a word of another language. */
		if (x & COG_LEX_WORD_ELSE)
			*pts -= 2.0f;
		if (t->cls == COG_W_STOP)
			*pts -= 1.0f;
		/* "Essen war kalt", "Jersey size L": an ordinary word
		 * that begins the sentence, a lower-case word after it. */
		if ((ENG(t) || (x & (COG_LEX_WORD_ELSE | COG_LEX_NOUN_DE))) &&
		    scan_sent_start(sc, i) && (u = tok(sc, i + 1)) != NULL &&
		    plain(u->gap) && (u->f & T_LOWER))
			*pts -= 1.0f;
		u = tok(sc, i + 1);
		if (u != NULL && plain(u->gap) && capital(sc, u) &&
		    person_name_part(sc, u, t, 0) && SURN(u) &&
		    !(u->lex & COG_LEX_PLACE))
			return 0;
	}
	if (is_cased(sc)) {
		if (allcap)
			*pts += scan_sent_start(sc, i) ? 0.5f : 1.0f;
		else if (anylow)
			*pts -= 2.5f;
	}
	return 1;
}

/*
 * Add to *pts the context of the place entry x from token i to token j:
 * "in", "from", "lives in" before it (its class in *c1), person context
 * against it, a state after a city (its end in *st), the whole value, an
 * organisation word after it ("the Denver office").
 */
static void
context_points(struct scan *sc, size_t i, size_t j, uint32_t x, float *pts,
    unsigned *c1p, size_t *st)
{
	struct tok *t = &sc->w[i], *p1, *p2, *u;
	unsigned c1, c2;
	float pctx;
	int strong;

	p1 = i >= 1 ? &sc->w[i - 1] : NULL;
	p2 = i >= 2 ? &sc->w[i - 2] : NULL;
	c1 = ctx_class(sc, p1);
	c2 = ctx_class(sc, p2);
	if ((c1 == COG_W_IN || c1 == COG_W_FROM) && plain(t->gap))
		*pts += c2 == COG_W_LIVE && plain(p1->gap) ? 2.5f : 1.5f;
	else if (c1 == COG_W_LIVE && plain(t->gap))
		*pts += 2.0f;
	else if (c1 == COG_W_DET && plain(t->gap))
		*pts += 0.5f;
	pctx = person_context(sc, i, j, &strong);
	if (strong || pctx >= 2.0f)
		*pts -= 3.0f;
	*st = place_state_after(sc, j);
	if (*st && (x & COG_LEX_CITY))
		*pts += 1.5f;
	if ((t->gap & G_START) && scan_last_word(sc, j))
		*pts += is_cased(sc) ? 2.0f : 1.3f;
	/* The Austin clinic, the Denver office. */
	if ((u = tok(sc, j + 1)) != NULL && plain(u->gap) &&
	    ctx_class(sc, u) == COG_W_ORG)
		*pts += 0.8f;
	*c1p = c1;
}

/* Do the n bytes at s, ASCII letters folded, begin with the n of w? */
static int
lower_is(const char *s, const char *w, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (fold1((unsigned char)s[k]) != (unsigned char)w[k])
			return 0;
	return 1;
}

/*
 * The end of the question that token j is in: the byte of its question
 * mark, or 0 when the sentence (or the line) ends otherwise.
 */
static size_t
question(const struct scan *sc, size_t j)
{
	size_t p, end = sc->w[j].en + 160;

	if (end > sc->n)
		end = sc->n;
	for (p = sc->w[j].en; p < end; p++) {
		switch (sc->s[p]) {
		case '?':
			return p;
		case '.':
		case '!':
		case '\n':
			return 0;
		}
	}
	return 0;
}

/* Does one of the n stems w begin a word between bytes p and q? */
static int
stem_between(const struct scan *sc, size_t p, size_t q,
    const char *const *w, size_t nw)
{
	size_t k, n;
	unsigned char b;

	for (; p < q; p++) {
		b = p > 0 ? scan_bc[(unsigned char)sc->s[p - 1]] : B_SPACE;
		if (b != B_SPACE && b != B_NL && b != B_OTHER && b != B_HYPH)
			continue;
		for (k = 0; k < nw; k++) {
			n = strlen(w[k]);
			if (p + n <= q && lower_is(sc->s + p, w[k], n))
				return 1;
		}
	}
	return 0;
}

/*
 * Does a word of the service's reach begin a word between bytes p and
 * q: delivering, shipping, being available or open, an office or a
 * shop, a price, roaming ("Do you deliver to ...", "Gibt es eine
 * Filiale in ...", "Livrez-vous en ...", "¿Hacéis envíos a ...")?
 */
static int
service_word(const struct scan *sc, size_t p, size_t q)
{
	static const char *const w[] = {
	    "deliver", "ship", "availab", "offer", "operat", "servic",
	    "office", "branch", "store", "shop", "support", "roam", "accept",
	    "valid", "cover", "sell", "open", "use", "cost", "price", "fee",
	    "liefer", "versand", "versend", "verf\xc3\xbcg", "gibt",
	    "filiale", "funktion", "gilt", "preis", "kost",
	    "livr", "disponib", "exp\xc3\xa9" "di", "fonction", "agence",
	    "magasin", "boutique", "ferm", "ouvr", "prix", "co\xc3\xbbt",
	    "env\xc3\xad", "envi", "entreg", "funciona", "tienda", "oficina",
	    "sucursal", "abre", "precio", "cuest", "sped", "consegn", "funziona",
	    "negozi", "uffici", "sedi", "apert", "prezz", "lever", "verzend", "beschikba",
	    "werkt", "winkel", "kantoor", "kantor", "prijs", "dispon\xc3\xad", "loja",
	    "escrit", "pre\xc3\xa7o", "custa", "wysy\xc5\x82", "dostaw",
	    "dost\xc4\x99p", "dzia\xc5\x82" "a", "sklep", "biur", "koszt",
	    "cena"
	};
	return stem_between(sc, p, q, w, sizeof(w) / sizeof(w[0]));
}

/*
 * Words before token i in its sentence that make a place someone's:
 * I, my, me, a word of living or moving, a relative.  *first is set
 * for a word of the first person alone.
 */
static int
personal_before(struct scan *sc, size_t i, int *first)
{
	size_t k;
	unsigned c;

	*first = 0;
	for (k = i; k > 0; k--) {
		if (scan_sent_start(sc, k))
			break;
		c = ctx_class(sc, &sc->w[k - 1]);
		if ((c == COG_W_LIVE && !place_sending(sc, &sc->w[k - 1])) ||
		    c == COG_W_REL)
			return 1;
		/* "Can I pay in London?" asks of the service. */
		if (c == COG_W_IM || c == COG_W_MY || c == COG_W_ME ||
		    c == COG_W_AM)
			*first = 1;
	}
	return 0;
}

/*
 * Does the sentence that token i is in begin with the service speaking
 * of itself: "We", "Our", "Wir", "Nous", "Tenemos", "I nostri", "As
 * nossas", ... ("We have offices in Leeds and York"), and tell of no past
 * event?
 */
static int
our_statement(struct scan *sc, size_t i)
{
	static const char *const we[] = { "we", "our", "wir", "unsere",
	    "unser", "nous", "nos", "notre", "nosotros", "tenemos",
	    "nuestras", "nuestros", "nuestra", "nuestro", "abbiamo", "nostri",
	    "nostre", "nostro", "nostra", "wij", "onze", "hebben", "temos",
	    "nossas", "nossos", "nossa", "nosso", "mamy", "nasze", "nasz",
	    "nasza" };
	size_t k = i, m;
	const struct tok *t;

	while (k > 0 && !scan_sent_start(sc, k))
		k--;
	/* "We opened a branch in Itajaí": a past event is someone's. */
	for (m = k; m < i; m++) {
		t = &sc->w[m];
		if (toklen(t) > 3 && fold1(sc->s[t->en - 2]) == 'e' &&
		    fold1(sc->s[t->en - 1]) == 'd')
			return 0;
	}
	if (one_of(sc, &sc->w[k], we, sizeof(we) / sizeof(we[0])))
		return 1;
	/* "I nostri negozi", "As nossas lojas", "We hebben": the second. */
	return k + 1 < i && plain(sc->w[k + 1].gap) && toklen(&sc->w[k]) <= 3 &&
	    one_of(sc, &sc->w[k + 1], we, sizeof(we) / sizeof(we[0]));
}

/*
 * A country or a city named in a general question about the service
 * ("Do you deliver to Austria?", "Is the app available in Toronto?"),
 * or by the service of itself ("We ship to Austria", "Tenemos oficinas
 * en Sevilla"): no one's place.  A question about one's own ("Is the
 * hotel in Leeds still booked?") names no service word; a word of
 * living before it, or "my", "me", "I'm" before a city ("Can you ship
 * to my flat in Leeds?"), makes it someone's.
 */
static int
general_question(struct scan *sc, size_t i, size_t j, uint32_t x)
{
	size_t q = question(sc, j), p, lo;
	int first;

	if (personal_before(sc, i, &first))
		return 0;
	if (first && (x & COG_LEX_PLACE) && !(x & COG_LEX_COUNTRY))
		return 0;
	/* The sentence's start: back to a stop, a line or 160 bytes. */
	lo = sc->w[i].st > 160 ? sc->w[i].st - 160 : 0;
	for (p = sc->w[i].st; p > lo && sc->s[p - 1] != '.' &&
	    sc->s[p - 1] != '!' && sc->s[p - 1] != '?' &&
	    sc->s[p - 1] != '\n'; p--)
		;
	if (q == 0)
		return !first && our_statement(sc, i) &&
		    service_word(sc, p, sc->w[i].st);
	return service_word(sc, p, q);
}

/* A word of an organisation's name: Bank, Airlines, a brand. */
static int
org_word(struct scan *sc, struct tok *u)
{
	static const char *const w[] = { "air", "banco", "banca", "banque",
	    "caixa", "credit" };
	unsigned c = ctx_class(sc, u);

	if (!capital(sc, u))
		return 0;
	return c == COG_W_ORG || c == COG_W_COMPANY ||
	    one_of(sc, u, w, sizeof(w) / sizeof(w[0]));
}

/*
 * A place in an organisation's name: "Hong Kong Airlines", "Bank of
 * America", "Banco do Brasil", "ING Nederland".  "The Denver office",
 * in lower case, is a place.
 */
static int
in_org_name(struct scan *sc, size_t i, size_t j)
{
	struct tok *t = &sc->w[i], *p1, *p2, *u;
	unsigned c;

	if (!is_cased(sc))
		return 0;
	if ((u = tok(sc, j + 1)) != NULL && plain(u->gap) && org_word(sc, u))
		return 1;
	if (i == 0 || !plain(t->gap))
		return 0;
	p1 = &sc->w[i - 1];
	if (org_word(sc, p1))
		return 1;
	/* ING Nederland, TAP Portugal: an acronym before it. */
	if ((p1->f & T_UPPER) && (p1->f & T_WORD) && toklen(p1) >= 2 &&
	    toklen(p1) <= 4 && !all_upper(sc) && (look(sc, p1),
	    !(p1->lex & (COG_LEX_PLACE | COG_LEX_STATE_AB |
	    COG_LEX_COUNTRY_AB))) && p1->cls == COG_W_NONE)
		return 1;
	if (i < 2 || !plain(p1->gap) || !(p1->f & T_LOWER) || toklen(p1) > 3)
		return 0;
	p2 = &sc->w[i - 2];
	c = ctx_class(sc, p1);
	return (c == COG_W_PARTICLE || c == COG_W_STOP || c == COG_W_DET ||
	    scan_is_word(sc, p1, "of")) && org_word(sc, p2);
}

size_t
place_rest(struct scan *sc, size_t e)
{
	struct tok *u;
	size_t k, lim = e + 4;

	for (k = e + 1; k <= lim && scan_joins(sc, k); k++) {
		u = &sc->w[k];
		if ((u->f & T_APOS) && toklen(u) > 3 &&
		    (sc->s[u->st + 1] == '\'' || sc->s[u->st + 1] == '\xe2') &&
		    scan_bc[(unsigned char)sc->s[u->st]] == B_LOW) {
			e = k;	/* d'Adda, l'Abbaye */
			continue;
		}
		if ((u->f & T_MIXED) || (u->f & T_UPPER))
			break;
		look(sc, u);
		if (u->lex & (COG_LEX_COUNTRY | COG_LEX_UNIT | COG_LEX_BOX))
			break;
		if (capital(sc, u)) {
			if (u->cls != COG_W_NONE && u->cls != COG_W_PARTICLE &&
			    u->cls != COG_W_DET)
				break;
			e = k;
		} else if (!(toklen(u) <= 4 && (u->cls == COG_W_PARTICLE ||
		    u->cls == COG_W_DET || u->cls == COG_W_STOP))) {
			break;
		}
	}
	return e;
}

/*
 * Person context ("Hi Austin", "Mr. Lincoln") and a surname after the
 * word ("Paris Hilton") leave it to person_at().
 */
size_t
place_at(struct scan *sc, size_t i)
{
	struct tok *t = &sc->w[i];
	size_t j, st;
	uint32_t x = place_entry(sc, i, &j);
	unsigned c1;
	float pts;

	if (!(x & (COG_LEX_PLACE | COG_LEX_COUNTRY_AB)))
		return i;
	if (!entry_points(sc, i, j, x, &pts))
		return i;
	context_points(sc, i, j, x, &pts, &c1, &st);
	/* Austin, Regina, Mendoza: a name too, and the name may win. */
	if (j == i && NAMEISH(t) && !((PLACE_CUES >> c1) & 1)) {
		size_t pj;

		if (GIVEN(t) >= 5)
			pts -= 0.8f;
		if (SURN(t) >= 6)
			pts -= 0.8f;
		if (person_eval(sc, i, &pj) > pts)
			return i;
	}
	if (pts < SCORE_MID)
		return i;
	if (st && (x & COG_LEX_CITY))
		j = st;
	else if (is_cased(sc) && place_cue_before(sc, i))
		j = place_rest(sc, j);	/* vivo en San Miguel de la Paz */
	if (in_org_name(sc, i, j) || general_question(sc, i, j, x))
		return j + 1;
	/* A place is no person, even when only persons are wanted. */
	if (sc->types & COG_TYPEBIT(COG_LOCATION))
		scan_emit(sc, i, j, COG_LOCATION, score(pts));
	return j + 1;
}

/* Words of sending, after which "to" names a person as often as a place. */
int
place_sending(const struct scan *sc, const struct tok *t)
{
	static const char *const w[] = { "send", "sent", "sending", "ship",
	    "shipped", "shipping", "deliver", "delivered", "delivering",
	    "mail", "mailed", "emailed", "forward", "forwarded",
	    "forwarding" };

	return one_of(sc, t, w, sizeof(w) / sizeof(w[0]));
}

/*
 * Words of living, moving or writing from that the cue classes lack:
 * the third person, the reflexive forms written as one word.
 */
static int
living(const struct scan *sc, const struct tok *t)
{
	static const char *const w[] = { "lebt", "lebst", "vit", "vivent",
	    "vives", "viven", "vivono", "abita", "abitano", "mora", "moram",
	    "vivem", "mudei-me", "mudou-se", "mudamo-nos", "writing",
	    "based", "calling", "woonde", "wohnte" };

	return !(t->f & T_UPPER) && one_of(sc, t, w, sizeof(w) / sizeof(w[0]));
}

/* "I am" in a language whose word the cue classes lack: bin, sono. */
static int
i_am(const struct scan *sc, const struct tok *t)
{
	static const char *const w[] = { "bin", "sono", "suis", "estou",
	    "estoy", "ben" };

	return !(t->f & T_UPPER) && one_of(sc, t, w, sizeof(w) / sizeof(w[0]));
}

/* A reflexive pronoun between a verb of moving and its "to". */
static int
reflexive(const struct scan *sc, const struct tok *t)
{
	static const char *const w[] = { "się", "se", "me", "mich", "uns",
	    "nous" };

	return (t->f & (T_LOWER | T_HIGH)) && !(t->f & T_CAP) &&
	    one_of(sc, t, w, sizeof(w) / sizeof(w[0]));
}

/*
 * A word of living, moving, being born, working or travelling (not of
 * sending) up to three words before token k in its sentence, the words
 * between lower-case, or skipped by the scan as plain lower-case words
 * ("vivo cerca de", "we live about ten miles from", "wir fahren im
 * Urlaub nach", "in de buurt van").
 */
static int
live_back(struct scan *sc, size_t k)
{
	struct tok *p;
	size_t n;

	for (n = 0; n < 3 && k > 0; n++, k--) {
		p = &sc->w[k - 1];
		if ((sc->w[k].gap & ~(unsigned)(G_SPACE | G_SKIP)) ||
		    !(p->f & T_WORD))
			return 0;
		if (ctx_class(sc, p) == COG_W_LIVE)
			return !place_sending(sc, p);
		if (!(p->f & T_LOWER) && !(n == 0 && capital(sc, p)))
			return 0;
	}
	return 0;
}

/*
 * A participle of moving, being born or growing up one or two words
 * after token i ("nach Leipzig gezogen", "in Gouda geboren", "naar Ede
 * verhuisd").
 */
static int
live_after(struct scan *sc, size_t i)
{
	static const char *const w[] = { "gezogen", "umgezogen", "geboren",
	    "aufgewachsen", "verhuisd", "opgegroeid", "gewoond", "gewohnt" };
	struct tok *u;
	size_t k;

	for (k = i + 1; k <= i + 2; k++) {
		u = tok(sc, k);
		if (u == NULL || !plain(u->gap) || !(u->f & T_WORD))
			return 0;
		if ((u->f & T_LOWER) && one_of(sc, u, w, sizeof(w) / sizeof(w[0])))
			return 1;
	}
	return 0;
}

/*
 * Are the two words before token i a place cue: a word of living,
 * coming or moving, or "I am", then "in", "from" or a short lower-case
 * preposition ("vivo en", "abito a", "soy de", "ik kom uit", "jestem
 * z", "przeprowadziłem się do")?
 */
int
place_cue_before(struct scan *sc, size_t i)
{
	struct tok *p1, *p2, *p3;
	unsigned c1, c2;
	int shortp;

	if (i < 2 || !plain(sc->w[i].gap) ||
	    (sc->w[i - 1].gap & ~(unsigned)(G_SPACE | G_SKIP)))
		return 0;
	p1 = &sc->w[i - 1];
	p2 = &sc->w[i - 2];
	c1 = ctx_class(sc, p1);
	shortp = (p1->f & T_LOWER) && toklen(p1) <= 3;
	if (!(c1 == COG_W_IN || c1 == COG_W_FROM || (shortp &&
	    (c1 == COG_W_DET || c1 == COG_W_PARTICLE || c1 == COG_W_STOP ||
	    (c1 == COG_W_NONE && toklen(p1) <= 2)))))
		return 0;
	if (p1->gap & G_SKIP)	/* "miles from": words skipped before */
		return c1 != COG_W_NONE && live_back(sc, i - 1);
	c2 = ctx_class(sc, p2);
	if (c2 == COG_W_LIVE)
		return c1 != COG_W_NONE && !place_sending(sc, p2);
	if (c2 == COG_W_IM)
		return c1 == COG_W_FROM || c1 == COG_W_PARTICLE ||
		    c1 == COG_W_NONE;
	if (c1 != COG_W_NONE && plain(p1->gap) && living(sc, p2))
		return 1;
	if (c1 != COG_W_NONE && plain(p1->gap) && i_am(sc, p2))
		return c1 != COG_W_DET && c1 != COG_W_STOP;
	/* przeprowadziłem się do, je me suis installé: three words back. */
	if (c1 != COG_W_NONE && i >= 3 && plain(p2->gap) && reflexive(sc, p2)) {
		p3 = &sc->w[i - 3];
		if (ctx_class(sc, p3) == COG_W_LIVE && !place_sending(sc, p3))
			return 1;
	}
	if (c1 == COG_W_NONE)
		return 0;
	return live_back(sc, i - 2) || live_after(sc, i);
}

/*
 * Is token i the value of a form's field of a town ("City: Wolsztyn",
 * "Wohnort: Gföhl", "Ville : Aubenas", "Place of birth: Tamworth")?
 */
static int
place_label_before(struct scan *sc, size_t i)
{
	static const char *const w[] = { "city", "town", "location",
	    "residence", "birth", "birthplace", "stadt", "ort", "wohnort",
	    "geburtsort", "ville", "localit\xc3\xa9", "commune", "naissance",
	    "ciudad", "localidad", "municipio", "nacimiento", "citt\xc3\xa0",
	    "comune", "localit\xc3\xa0", "nascita", "plaats", "woonplaats",
	    "geboorteplaats", "cidade", "localidade", "naturalidade", "miasto",
	    "miejscowo\xc5\x9b\xc4\x87", "urodzenia" };
	struct tok *t = &sc->w[i], *p;

	if (i == 0 || !(t->gap & G_COLON) || (t->gap & (G_NL | G_OTHER)))
		return 0;
	p = &sc->w[i - 1];
	return (p->f & T_WORD) && one_of(sc, p, w, sizeof(w) / sizeof(w[0]));
}

/*
 * Does the sentence that token i begins say that it is someone's town
 * ("Leipzig is my home town", "Kraków to moje miasto", "Gouda, that's
 * where I grew up", "Tredozio è la mia città")?  A word of being after
 * it, then a word of a town or of living within the next 60 bytes.
 */
static int
home_after(struct scan *sc, size_t i)
{
	static const char *const be[] = { "is", "ist", "est", "es",
	    "\xc3\xa8", "\xc3\xa9", "to", "that's", "c'est", "jest", "was",
	    "war", "era", "foi" };
	static const char *const w[] = { "home", "town", "city", "village",
	    "grew", "born", "live", "heimat", "stadt", "wohn", "ville",
	    "village", "natal", "habit", "ciudad", "pueblo", "vivo",
	    "citt\xc3\xa0", "paese", "cidade", "terra", "moro", "woon",
	    "stad", "dorp", "miasto", "miejscow", "mieszka", "abito",
	    "j'habite" };
	struct tok *u = tok(sc, i + 1);
	size_t p, q;

	if (u == NULL || !scan_sent_start(sc, i) || !(u->f & T_WORD) ||
	    (u->gap & ~(unsigned)(G_SPACE | G_COMMA)) ||
	    !one_of(sc, u, be, sizeof(be) / sizeof(be[0])))
		return 0;
	p = u->en;
	q = p + 60 < sc->n ? p + 60 : sc->n;
	for (size_t k = p; k < q; k++)
		if (sc->s[k] == '.' || sc->s[k] == '!' || sc->s[k] == '?' ||
		    sc->s[k] == '\n') {
			q = k;
			break;
		}
	return stem_between(sc, p, q, w, sizeof(w) / sizeof(w[0]));
}

/*
 * An unlisted town in a text with no capitals after a cue ("mieszkam w
 * wąchocku", "vivo a torrita di siena"): a word in no list of words or
 * names, and particles with the word after them.
 */
static size_t
lower_cued_at(struct scan *sc, size_t i)
{
	struct tok *t = &sc->w[i], *u, *v;
	size_t j = i;

	if (toklen(t) < 3 || !(t->f & (T_LOWER | T_HIGH)) ||
	    !place_cue_before(sc, i))
		return i;
	look(sc, t);
	if (t->cls != COG_W_NONE || GIVEN(t) > 2 || ENG(t) ||
	    (t->lex & (COG_LEX_WORD_ELSE | COG_LEX_NOUN_DE | COG_LEX_FOUND)))
		return i;
	while ((u = tok(sc, j + 1)) != NULL && plain(u->gap) &&
	    (v = tok(sc, j + 2)) != NULL && plain(v->gap) &&
	    (v->f & T_WORD) && toklen(u) <= 3) {
		look(sc, u);
		look(sc, v);
		if (u->cls != COG_W_PARTICLE || v->cls != COG_W_NONE || ENG(v))
			break;
		j += 2;
	}
	if (sc->types & COG_TYPEBIT(COG_LOCATION))
		scan_emit(sc, i, j, COG_LOCATION, score(3.0f));
	return j + 1;
}

size_t
place_cued_at(struct scan *sc, size_t i)
{
	struct tok *t = &sc->w[i], *u;
	size_t j = i, k;

	if (!is_cased(sc))
		return lower_cued_at(sc, i);
	if (!capital(sc, t) || (t->f & T_MIXED) ||
	    (t->f & T_UPPER) || (!place_cue_before(sc, i) &&
	    !place_label_before(sc, i) && !home_after(sc, i)))
		return i;
	look(sc, t);
	/* A surname may be a town ("abito a Cosenza"); a given name not. */
	if (GIVEN(t) > 2)
		return i;
	/* "El Arenal", "South Boston": a word that is no town alone
	 * before one that may be. */
	if (t->cls != COG_W_NONE || (ENG(t) && ENG(t) < 3)) {
		u = tok(sc, i + 1);
		if ((t->cls != COG_W_NONE && t->cls != COG_W_PARTICLE) ||
		    u == NULL || !plain(u->gap) || !capital(sc, u) ||
		    (u->f & (T_MIXED | T_UPPER)))
			return i;
		look(sc, u);
		if (u->cls != COG_W_NONE || GIVEN(u) > 2 || ENG(u))
			return i;
	}
	/* "Bad Homburg", "San Sebastián de los Reyes": up to four words. */
	for (k = i + 1; k < i + 4; k++) {
		u = tok(sc, k);
		if (u == NULL || !plain(u->gap) || !(u->f & T_WORD) ||
		    (u->f & T_MIXED))
			break;
		look(sc, u);
		if (capital(sc, u) && u->cls == COG_W_NONE &&
		    !(ENG(u) && ENG(u) < 3))
			j = k;
		else if (!(u->cls == COG_W_PARTICLE && (u->f & T_LOWER)))
			break;
	}
	if (sc->types & COG_TYPEBIT(COG_LOCATION))
		scan_emit(sc, i, j, COG_LOCATION, score(3.0f));
	return j + 1;
}
