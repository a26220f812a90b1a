/* rec_ctx.c -- context words near a candidate entity */
#include <string.h>

#include "banned.h"
#include "rec.h"

/*
 * Words are matched at a word start, in lowercase text where every run
 * of bytes other than ASCII letters and digits became one space.  A word
 * ending in '*' also matches longer words ("phone*": "phones").
 */
static const char *const words[CTX_NLISTS][32] = {
	[CTX_PHONE] = { "phone*", "tel", "telephone*", "mobile*", "cell*",
	    "call*", "number*", "nr", "whatsapp", "sms", "text me", "fax*",
	    "contact*", "reach*", "dial*", "ring*", "landline*", "hotline",
	    "numero", "telefon*", NULL },
	[CTX_NOT_PHONE] = { "order*", "invoice*", "ref", "reference*",
	    "tracking", "account*", "acct", "ticket*", "case", "id",
	    "sku", "confirmation", "booking", "reservation", "serial*",
	    "policy", "claim*", "transaction*", "member*", "customer*",
	    "zip", "postcode", "ssn", "passport*", NULL },
	[CTX_SSN] = { "ssn*", "social security*", "social sec*", "ss",
	    "social", "tax id*", "tin", NULL },
	[CTX_PASSPORT] = { "passport*", "travel document*", NULL },
	[CTX_DOB] = { "date of birth", "dob", "d o b", "birth*", "born",
	    "bday", "b day", NULL },
	[CTX_NHS] = { "nhs", "national health", "health service",
	    "patient*", "gp", "hospital*", NULL },
	[CTX_EMAIL] = { "email*", "e mail*", "mail*", NULL },
	[CTX_URL] = { "url*", "link*", "site*", "website*", "domain*",
	    "visit*", "go to", "check out", "web*", "page*", "homepage*",
	    NULL },
	[CTX_VERSION] = { "version*", "ver", "v", "build*", "release*",
	    "firmware", "update*", "upgrade*", NULL },
	[CTX_CARD] = { "card*", "credit*", "debit*", "visa", "mastercard",
	    "amex", "cc", NULL },
	[CTX_DATE] = { "date*", "on", "since", "until", "from", "dated",
	    NULL },
};

/* Append the n bytes at p to w (capacity cap) in matching form. */
static size_t
squash(char *w, size_t len, size_t cap, const unsigned char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n && len < cap; i++) {
		int c = p[i];

		if (is_alnum(c))
			w[len++] = (char)lower(c);
		else if (len > 0 && w[len - 1] != ' ')
			w[len++] = ' ';
	}
	return len;
}

static int
find(const char *w, size_t len, const char *word)
{
	size_t wl = strlen(word), p;
	int pre = 0;

	if (wl && word[wl - 1] == '*') {
		pre = 1;
		wl--;
	}
	for (p = 0; p + wl <= len; p++) {
		if (p > 0 && w[p - 1] != ' ')
			continue;
		if (memcmp(w + p, word, wl) != 0)
			continue;
		if (pre || p + wl == len || w[p + wl] == ' ')
			return 1;
	}
	return 0;
}

int
rec_ctx(const struct rec *r, size_t st, size_t en, enum ctx_list l,
    size_t before, size_t after)
{
	char w[160];
	size_t a, len = 0;
	const char *const *wp;

	if (before > 96)
		before = 96;
	if (after > 48)
		after = 48;
	a = st > before ? st - before : 0;
	/* Skip a word cut by the window's left edge. */
	while (a > 0 && a < st && is_alnum(r->s[a - 1]) && is_alnum(r->s[a]))
		a++;
	len = squash(w, len, sizeof(w), r->s + a, st - a);
	if (len > 0 && w[len - 1] != ' ')
		w[len++] = ' ';
	if (en < r->n)
		len = squash(w, len, sizeof(w), r->s + en,
		    r->n - en < after ? r->n - en : after);
	for (wp = words[l]; *wp; wp++)
		if (find(w, len, *wp))
			return 1;
	return 0;
}
