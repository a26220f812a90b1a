/* rec_ctx.c -- context words near a candidate entity */
#include <stddef.h>
#include <string.h>

#include "pii/rec.h"
#include "pii/recognize.h"

/*
 * A word matches at a word start, ignoring case; a space in it matches
 * any run of bytes other than ASCII letters and digits ("date of birth"
 * matches "Date-of-Birth"); a prefix word (P) also matches longer words
 * ("phone": "phones", "phone#").
 */
struct cword {
	const char *s;
	unsigned char len, prefix;
};

#define X(w)	{ w, sizeof(w) - 1, 0 }
#define P(w)	{ w, sizeof(w) - 1, 1 }
#define END	{ NULL, 0, 0 }

static const struct cword phone[] = {
	P("phone"), X("tel"), P("telephone"), P("mobile"), P("cell"),
	P("call"), P("number"), X("nr"), X("sms"),
	X("text me"), P("fax"), P("contact"), P("reach"), P("dial"),
	P("ring"), P("landline"), X("hotline"), P("numero"), P("telefon"),
	X("desk"), X("office"), X("direct"), X("switchboard"), X("ph"),
	/* German, French, Spanish, Italian, Dutch, Portuguese, Polish,
	 * Nordic; a prefix word stands for its longer forms. */
	X("handy"), P("mobil"), X("festnetz"), P("ruf"), P("anruf"),
	P("erreich"), P("nummer"), X("zentrale"), X("durchwahl"),
	P("t\xc3\xa9l"), X("portable"), X("fixe"), P("appel"),
	P("num\xc3\xa9ro"), P("m\xc3\xb3vil"), P("movil"),
	P("tel\xc3\xa9" "fono"), P("llam"), P("ll\xc3\xa1m"), P("n\xc3\xbamero"),
	X("fijo"), P("celular"), X("fisso"), P("chiam"), X("bel"),
	X("bellen"), P("telefoon"), P("telem\xc3\xb3vel"), P("lig"),
	X("fixo"), P("kom\xc3\xb3rk"), P("komork"), P("zadzwo"), P("numer"),
	X("tlf"), X("puh"), P("puhelin"), X("tfn"),
	/* Short and spoken forms: "mob.", "cel.", "fone", "whats",
	 * "tel. kom.", "GSM", Finnish "mobiili". */
	X("mob"), X("cel"), P("fone"), P("whats"), X("kom"), X("gsm"),
	P("mobii"), P("contat"), P("rappel"), P("joign"), P("bereik"),
	P("dzwoni"), END
};
/* Words just before a number that make it the number to call. */
static const struct cword phone_at[] = {
	X("at"), X("on"), X("unter"), X("au"), X("al"), X("op"), X("pod"),
	X("em"), X("para"), X("p\xc3\xa5"), X("til"), END
};
static const struct cword not_phone[] = {
	P("order"), P("invoice"), X("ref"), P("reference"), X("tracking"),
	P("account"), X("acct"), P("ticket"), X("case"), X("id"), X("sku"),
	X("confirmation"), X("booking"), X("reservation"), P("serial"),
	X("policy"), P("claim"), P("transaction"), P("member"),
	P("customer"), X("zip"), X("postcode"), X("ssn"), P("passport"),
	X("nhs"), X("isbn"), P("iban"),
	P("bestell"), P("auftrag"), P("rechnung"), P("kunden"),
	P("vorgang"), P("sendung"), P("commande"), P("facture"),
	P("pedido"), P("factura"), P("ordine"), P("fattura"),
	P("bestelling"), P("factuur"), P("zam\xc3\xb3wien"), P("faktur"),
	P("encomenda"), P("fatura"), P("referen"), P("r\xc3\xa9" "f\xc3\xa9rence"),
	X("rif"), P("konto"), P("compte"), P("cuenta"), P("conto"),
	P("rekening"), X("conta"), X("pin"), X("code"), X("otp"), X("plz"),
	P("dossier"), P("expediente"), P("pratica"), P("aktenzeichen"),
	P("versione"), P("version"), END
};
static const struct cword ssn[] = {
	P("ssn"), P("social security"), P("social sec"), X("ss"),
	X("social"), P("tax id"), X("tin"), END
};
static const struct cword passport[] = {
	P("passport"), P("travel document"), END
};
static const struct cword dob[] = {
	X("date of birth"), X("dob"), X("d o b"), P("birth"), X("born"),
	X("bday"), X("b day"), END
};
static const struct cword nhs[] = {
	X("nhs"), X("national health"), X("health service"), P("patient"),
	X("gp"), P("hospital"), END
};
static const struct cword url[] = {
	P("url"), P("link"), P("site"), P("website"), P("domain"),
	P("visit"), X("go to"), X("check out"), P("web"), P("page"),
	P("homepage"), END
};
static const struct cword version[] = {
	P("version"), X("ver"), X("v"), P("build"), P("release"),
	X("firmware"), P("update"), P("upgrade"), END
};

/* Card words of the languages of the chats, and the brands' names. */
static const struct cword card[] = {
	P("card"), P("credit"), P("debit"), X("visa"), P("mastercard"),
	X("amex"), X("maestro"), X("unionpay"), X("union pay"), X("jcb"),
	X("diners"), X("enroute"), X("en route"), X("mir"), X("rupay"),
	X("troy"), X("verve"), X("elo"), X("hipercard"), X("discover"),
	X("cc"), X("pan"), P("kart"), P("kredit"), P("carte"), P("tarjeta"),
	P("cart\xc3\xa3o"), P("cartao"), X("carta"), P("kaart"), P("pinpas"),
	P("kort"), P("bankkort"), P("bancomat"), P("charge"), X("pay"),
	P("payment"), END
};

static const struct clist {
	const struct cword *w;
	unsigned char before, after;
} lists[CTX_NLISTS] = {
	[CTX_PHONE] = { phone, CTX_BEFORE, CTX_AFTER },
	[CTX_NOT_PHONE] = { not_phone, 32, 0 },
	[CTX_SSN] = { ssn, CTX_BEFORE, CTX_AFTER },
	[CTX_PASSPORT] = { passport, CTX_BEFORE, CTX_AFTER },
	[CTX_DOB] = { dob, CTX_BEFORE, 8 },
	[CTX_NHS] = { nhs, CTX_BEFORE, CTX_AFTER },
	[CTX_URL] = { url, CTX_BEFORE, 0 },
	[CTX_VERSION] = { version, 16, 0 },
	[CTX_CARD] = { card, CTX_BEFORE, CTX_AFTER },
	[CTX_PHONE_AT] = { phone_at, 8, 0 },
};

static int match(const struct rec *, size_t, const struct cword *);

int
rec_dob_words(const struct rec *r)
{
	static const struct cword bw[] = {
		P("birth"), X("born"), X("bday"), X("b day"), END
	};
	const unsigned char *s = r->s, *b, *B, *p;
	const struct cword *w;
	size_t i;

	/* Every word of the list has a 'b': look at each one. */
	b = memchr(s, 'b', r->n);
	B = memchr(s, 'B', r->n);
	while (b || B) {
		p = b == NULL || (B && B < b) ? B : b;
		i = (size_t)(p - s);
		if (i == 0 || !is_alnum(s[i - 1])) {
			switch (i + 1 < r->n ? lower(s[i + 1]) : 0) {
			case 'i': w = &bw[0]; break;
			case 'o': w = &bw[1]; break;
			case 'd': w = &bw[2]; break;
			default: w = &bw[3]; break;
			}
			if (match(r, i, w))
				return 1;
		} else if (i >= 2 && lower(s[i - 1]) == 'o' &&
		    lower(s[i - 2]) == 'd' && (i == 2 || !is_alnum(s[i - 3])) &&
		    (i + 1 == r->n || !is_alnum(s[i + 1])))
			return 1;	/* "dob" */
		if (i >= 4 && !is_alnum(s[i - 1]) && lower(s[i - 2]) == 'o' &&
		    !is_alnum(s[i - 3]) && lower(s[i - 4]) == 'd')
			return 1;	/* "d.o.b" */
		if (p == b)
			b = memchr(p + 1, 'b', r->n - i - 1);
		else
			B = memchr(p + 1, 'B', r->n - i - 1);
	}
	return 0;
}

static int
match(const struct rec *r, size_t q, const struct cword *w)
{
	size_t i;

	for (i = 0; i < w->len; i++) {
		if (w->s[i] == ' ') {
			if (q >= r->n || is_alnum(r->s[q]))
				return 0;
			while (q < r->n && !is_alnum(r->s[q]))
				q++;
		} else if (q >= r->n ||
		    lower(r->s[q++]) != (unsigned char)w->s[i])
			return 0;
	}
	return w->prefix || q >= r->n || !is_alnum(r->s[q]);
}

/*
 * The window of [st, en) in r: before bytes before it, after bytes after
 * it; lo, its start, is moved past a word that the edge cuts.
 */
static size_t
window(const struct rec *r, size_t st, size_t en, size_t before,
    size_t after, size_t *hi)
{
	size_t lo = st > before ? st - before : 0;

	*hi = r->n - en > after ? en + after : r->n;
	while (lo > 0 && lo < st && is_alnum(r->s[lo - 1]))
		lo++;
	return lo;
}

/*
 * Move *p to the next byte before hi, outside [st, en), that begins a
 * word; 0 when there is none.
 */
static inline int
word_start(const struct rec *r, size_t *p, size_t st, size_t en, size_t hi)
{
	for (; *p < hi; (*p)++) {
		if (*p == st)
			*p = en;
		if (*p >= hi)
			return 0;
		if (*p == 0 || !is_alnum(r->s[*p - 1]))
			return 1;
	}
	return 0;
}

/*
 * The word of list l that begins at p, a word start whose first letter
 * in lower case is c, when p is within the list's reach of [st, en);
 * NULL for none.
 */
static inline const struct cword *
list_word(const struct rec *r, int l, size_t p, size_t st, size_t en, int c)
{
	const struct cword *w;

	if (p < st ? st - p > lists[l].before : p - en >= lists[l].after)
		return NULL;
	for (w = lists[l].w; w->s; w++)
		if (w->s[0] == c && match(r, p, w))
			return w;
	return NULL;
}

unsigned
rec_ctx(const struct rec *r, size_t st, size_t en, unsigned want)
{
	size_t lo, hi, before = 0, after = 0, p;
	const struct cword *w;
	unsigned found = 0, first = 0;
	int l, c;

	if ((r->carry & want) && st < CTX_REPLY) {
		found = r->carry & want;
		if ((want &= ~found) == 0)
			return found;
	}
	/* The letters that begin a word of a wanted list; the window. */
	for (l = 0; l < CTX_NLISTS; l++)
		if (want >> l & 1) {
			for (w = lists[l].w; w->s; w++)
				first |= 1u << (w->s[0] - 'a');
			if (before < lists[l].before)
				before = lists[l].before;
			if (after < lists[l].after)
				after = lists[l].after;
		}
	lo = window(r, st, en, before, after, &hi);
	for (p = lo; word_start(r, &p, st, en, hi); p++) {
		c = r->s[p] | 0x20;
		if ((unsigned)(c - 'a') >= 26 || !(first >> (c - 'a') & 1))
			continue;
		for (l = 0; l < CTX_NLISTS; l++)
			if ((want >> l & 1) && list_word(r, l, p, st, en, c)) {
				found |= 1u << l;
				want &= ~(1u << l);
			}
		if (want == 0)
			break;
	}
	return found;
}

size_t
cog_recognize_context(const char *s, size_t n, size_t st, size_t en,
    const char *const *words, size_t nwords)
{
	struct rec r = { .s = (const unsigned char *)s, .n = n, .dob = -1 };
	size_t lo, hi, p, k;

	lo = window(&r, st, en, CTX_BEFORE, CTX_AFTER, &hi);
	for (p = lo; word_start(&r, &p, st, en, hi); p++) {
		for (k = 0; k < nwords; k++) {
			struct cword w = { words[k], 0, 1 };
			size_t len = strlen(words[k]);

			if (len == 0 || len > 255 ||
			    lower(r.s[p]) != (unsigned char)w.s[0])
				continue;
			w.len = (unsigned char)len;
			if (match(&r, p, &w))
				return k + 1;
		}
	}
	return 0;
}

/* The first word of the lists in want near [st, en), as rec_ctx finds it. */
static const char *
ctx_word(const struct rec *r, size_t st, size_t en, unsigned want)
{
	size_t lo, hi, p;
	const struct cword *w;
	int l, c;

	lo = window(r, st, en, CTX_BEFORE, CTX_AFTER, &hi);
	for (p = lo; word_start(r, &p, st, en, hi); p++) {
		c = r->s[p] | 0x20;
		if ((unsigned)(c - 'a') >= 26)
			continue;
		for (l = 0; l < CTX_NLISTS; l++)
			if ((want >> l & 1) &&
			    (w = list_word(r, l, p, st, en, c)) != NULL)
				return w->s;
	}
	return NULL;
}

const char *
cog_recognize_context_word(const char *s, size_t n, size_t st, size_t en,
    int type, int against)
{
	struct rec r = { .s = (const unsigned char *)s, .n = n, .dob = -1 };
	/* The lists of each type's context words: for it, against it. */
	static const struct {
		int type;
		unsigned want[2];
	} of[] = {
		{ COG_PHONE_NUMBER, { CTX(CTX_PHONE), CTX(CTX_NOT_PHONE) } },
		{ COG_UK_NHS, { CTX(CTX_NHS), CTX(CTX_NOT_PHONE) } },
		{ COG_IP_ADDRESS, { 0, CTX(CTX_VERSION) } },
		{ COG_US_SSN, { CTX(CTX_SSN), 0 } },
		{ COG_US_PASSPORT, { CTX(CTX_PASSPORT), 0 } },
		{ COG_DATE_OF_BIRTH, { CTX(CTX_DOB), 0 } },
		{ COG_URL, { CTX(CTX_URL), 0 } },
		{ COG_CREDIT_CARD, { CTX(CTX_CARD), 0 } },
	};
	unsigned want = 0;
	size_t i;

	for (i = 0; i < sizeof(of) / sizeof(of[0]); i++)
		if (of[i].type == type)
			want = of[i].want[against != 0];
	return want ? ctx_word(&r, st, en, want) : NULL;
}
