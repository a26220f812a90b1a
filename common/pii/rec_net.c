/* rec_net.c -- recognizers for addresses: e-mail, URL, IP, MAC */
#include <libpsl.h>
#include <pthread.h>
#include <string.h>

#include "base/counter.h"
#include "base/utf8.h"
#include "pii/checksum.h"
#include "pii/rec.h"

/*
 * The public suffix list, loaded once.  A lookup there costs thousands
 * of instructions, so answers are remembered: for two- and three-letter
 * labels in a table shared by all threads (0 not asked yet, 1 not a
 * top-level domain, 2 one; every thread stores the same answer, with
 * relaxed atomics), and for whole hosts in a small per-thread cache.
 */
static const psl_ctx_t *psl;
static unsigned char short_tld[26 * 26 + 26 * 26 * 26];
static pthread_once_t psl_once = PTHREAD_ONCE_INIT;

#define HOSTMEMO 1024
#define HOSTMAX 54
static _Thread_local struct {
	uint64_t hash;
	unsigned char len;
	signed char ok;
	char host[HOSTMAX];
} hostmemo[HOSTMEMO];

/*
 * The list compiled into libpsl, not the newest file on this host: every
 * machine of a sharded run with the same library masks the same way.
 */
static void
psl_load(void)
{
	psl = psl_builtin();
	if (psl == NULL)
		psl = psl_latest(NULL);
}

static int
psl_tld(const char *t)
{
	return psl_is_public_suffix2(psl, t,
	    PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE) == 1;
}

/* Is the label t (lower case) a listed top-level domain? */
static int
tld_listed(const char *t, size_t n)
{
	unsigned char v;
	int k, i;

	if (n < 2)
		return 0;	/* no top-level domain has one letter */
	for (i = 0; i < (int)n && n <= 3; i++)
		if (t[i] < 'a' || t[i] > 'z')
			break;
	if (n > 3 || i < (int)n)
		return psl_tld(t);
	k = (t[0] - 'a') * 26 + t[1] - 'a';
	if (n == 3)
		k = 676 + k * 26 + t[2] - 'a';
	if ((v = __atomic_load_n(&short_tld[k], __ATOMIC_RELAXED)) == 0) {
		v = psl_tld(t) ? 2 : 1;
		__atomic_store_n(&short_tld[k], v, __ATOMIC_RELAXED);
	}
	return v == 2;
}

/* Is the lower-case host buf (n bytes, NUL-terminated) registrable? */
static int
registrable(const char *buf, size_t n, size_t lab, int labels)
{
	const char *tld = buf + lab;

	pthread_once(&psl_once, psl_load);
	if (psl == NULL || !tld_listed(tld, n - lab))
		return 0;
	/*
	 * Something registrable: not a suffix alone ("co.uk"), nor one
	 * behind "www." ("www.com", "www.co.uk").  Only short labels make
	 * suffixes of two labels; longer ones are rarely written alone.
	 */
	if (strncmp(buf, "www.", 4) == 0)
		return labels > 2 && !(labels == 3 && lab - 4 <= 5 &&
		    psl_is_public_suffix(psl, buf + 4));
	return labels > 2 || lab > 5 || !psl_is_public_suffix(psl, buf);
}

int
rec_host_ok(const unsigned char *h, size_t n)
{
	char buf[256];
	uint64_t hash;
	size_t i, lab = 0, slot;
	int alpha = 0, labels = 1, ok;

	if (n == 0 || n > 253)
		return 0;
	for (i = 0; i < n; i++) {
		int c = h[i];

		if (c == '.') {
			if (i == lab || h[i - 1] == '-' || i - lab > 63)
				return 0;
			lab = i + 1;
			alpha = 0;
			labels++;
			buf[i] = '.';
			continue;
		}
		if (!is_alnum(c) && c != '-' && c < 0x80)
			return 0;
		if (c == '-' && i == lab)
			return 0;
		alpha |= is_alpha(c) || c >= 0x80;
		buf[i] = (char)lower(c);
	}
	if (lab == 0 || lab == n || h[n - 1] == '-' || !alpha)
		return 0;
	buf[n] = '\0';
	if (n > HOSTMAX)
		return registrable(buf, n, lab, labels);
	hash = cog_hash64(buf, n);
	slot = hash & (HOSTMEMO - 1);
	if (hostmemo[slot].len == n && hostmemo[slot].hash == hash &&
	    memcmp(hostmemo[slot].host, buf, n) == 0)
		return hostmemo[slot].ok;
	ok = registrable(buf, n, lab, labels);
	hostmemo[slot].hash = hash;
	hostmemo[slot].len = (unsigned char)n;
	hostmemo[slot].ok = (signed char)ok;
	memcpy(hostmemo[slot].host, buf, n);
	return ok;
}

/* Bytes of an e-mail local part (dot-atom, common subset). */
static int
is_local(int c)
{
	return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
	    c == '-';
}

/*
 * The length of the UTF-8 letter at p (a code point from U+00C0 on, but
 * for punctuation, symbol and emoji blocks), or 0: such letters may be
 * part of an address (RFC 6531 local parts, internationalised hosts).
 */
static size_t
utf8_letter(const struct rec *r, size_t p)
{
	uint32_t cp;
	size_t len;

	if (p >= r->n || r->s[p] < 0xc3)
		return 0;
	len = cog_utf8_decode((const char *)r->s + p, r->n - p, &cp);
	if (cp == COG_UTF8_BAD || cp == 0xd7 || cp == 0xf7 ||
	    (cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x303f) ||
	    (cp >= 0xfe30 && cp <= 0xff0f) || cp >= 0x1f000)
		return 0;
	return len;
}

/* Is c a byte (not NUL) of the set? */
static int
in(const char *set, int c)
{
	return c > 0 && strchr(set, c) != NULL;
}

static int
is_hostc(int c)
{
	return is_alnum(c) || c == '-' || c == '.';
}

/* The end of the host name characters from p, within [p, lim). */
static size_t
host_end(const struct rec *r, size_t p, size_t lim)
{
	size_t k;

	while (p < lim) {
		if (is_hostc(r->s[p]))
			p++;
		else if ((k = utf8_letter(r, p)) != 0 && p + k <= lim)
			p += k;
		else
			break;
	}
	return p;
}

/* Skip a "\n"-style escape left in front of a word by a caller. */
static size_t
skip_escape(const struct rec *r, size_t st, size_t lim)
{
	if (st > 0 && r->s[st - 1] == '\\' && st + 1 < lim &&
	    in("nrtbf", r->s[st]))
		return st + 1;
	return st;
}

size_t
rec_email(struct rec *r, size_t at)
{
	size_t ls = at, p, de;

	/* Back over the local part, 64 bytes at most (its longest). */
	while (ls > 0 && at - ls < 64) {
		size_t q = ls - 1;

		if (r->s[q] < 0x80) {
			if (!is_local(r->s[q]))
				break;
			ls = q;
			continue;
		}
		while (q > 0 && ls - q < 4 && (r->s[q] & 0xc0) == 0x80)
			q--;
		if (utf8_letter(r, q) != ls - q || at - q > 64)
			break;
		ls = q;
	}
	while (ls < at && r->s[ls] == '.')
		ls++;
	ls = skip_escape(r, ls, at);
	if (ls == at || r->s[at - 1] == '.')
		return 0;
	p = host_end(r, at + 1, r->n - at > 255 ? at + 255 : r->n);
	de = p;
	while (de > at + 1 && (r->s[de - 1] == '.' || r->s[de - 1] == '-'))
		de--;
	if (!rec_right_ok(r, de) || !rec_host_ok(r->s + at + 1, de - at - 1))
		return 0;
	rec_add(r, ls, de, COG_EMAIL_ADDRESS, SC_STRONG);
	return de;
}

/* May byte c (or the UTF-8 sequence it starts) be part of a URL? */
static int
is_urlc(int c)
{
	if (c >= 0x80)
		return (c >= 0x80 && c <= 0xbf) || (c >= 0xc3 && c <= 0xdf) ||
		    (c >= 0xe4 && c <= 0xe9);
	if (is_alnum(c))
		return 1;
	return c > 0x20 && c < 0x7f && !in("\"<>\\^`{|}", c);
}

/* End of the URL path starting at p, sentence punctuation trimmed. */
static size_t
url_tail(const struct rec *r, size_t st, size_t p)
{
	size_t e = p, k;
	int open;

	while (e < r->n && e - st < 4096 && is_urlc(r->s[e]))
		e++;
	while (e > p) {
		int c = r->s[e - 1];

		if (in(".,;:!?'*", c)) {
			e--;
			continue;
		}
		if (c == ')' || c == ']') {
			open = 0;
			for (k = st; k < e; k++) {
				if (r->s[k] == (c == ')' ? '(' : '['))
					open++;
				else if (r->s[k] == c)
					open--;
			}
			if (open < 0) {
				e--;
				continue;
			}
		}
		break;
	}
	/* Drop a UTF-8 sequence cut by the length limit. */
	while (e > p && r->s[e - 1] >= 0x80 && r->s[e - 1] <= 0xbf &&
	    (e == r->n || (r->s[e] >= 0x80 && r->s[e] <= 0xbf)))
		e--;
	return e;
}

/* Is [st, en) "hhhh.hhhh.hhhh"? */
static int
cisco_mac(const struct rec *r, size_t st, size_t en)
{
	size_t i;

	if (en - st != 14)
		return 0;
	for (i = 0; i < 14; i++)
		if (i % 5 == 4 ? r->s[st + i] != '.' : !is_hex(r->s[st + i]))
			return 0;
	return 1;
}

/* Not all zeros nor all ones: real hardware addresses only. */
static int
mac_real(const struct rec *r, size_t st, size_t en)
{
	size_t i;
	int z = 1, f = 1;

	for (i = st; i < en; i++) {
		if (!is_hex(r->s[i]))
			continue;
		z &= r->s[i] == '0';
		f &= lower(r->s[i]) == 'f';
	}
	return !z && !f;
}

/* A MAC address at st; label is set when st follows a "label:". */
static size_t
mac_sep(struct rec *r, size_t st, int sep, int label)
{
	size_t p = st;
	int k;

	if (!rec_left_ok(r, st) || (st > 0 && r->s[st - 1] == sep && !label))
		return 0;
	for (k = 0; k < 6; k++, p += 3) {
		if (!is_hex(rec_at(r, p)) || !is_hex(rec_at(r, p + 1)))
			return 0;
		if (k < 5 && rec_at(r, p + 2) != sep)
			return 0;
	}
	p -= 1;
	if (!rec_right_ok(r, p) || (rec_at(r, p) == sep &&
	    is_hex(rec_at(r, p + 1))) || !mac_real(r, st, p))
		return 0;
	rec_add(r, st, p, COG_MAC_ADDRESS, SC_STRONG);
	return p;
}

size_t
rec_dash(struct rec *r, size_t i)
{
	if (i < 2 || !is_hex(r->s[i - 1]) || !is_hex(r->s[i - 2]) ||
	    rec_at(r, i + 3) != '-')
		return 0;
	return mac_sep(r, i - 2, '-', 0);
}

/*
 * The longest IPv6 address starting at st within [st, lim); label is set
 * when st follows a "label:" and so may follow a colon.
 */
static size_t
ipv6(struct rec *r, size_t st, size_t lim, float *score, int label)
{
	unsigned char a[16];
	size_t e, z;
	int c, zero = 1, i;

	if (st > 0 && !label && (is_word(r->s[st - 1]) ||
	    r->s[st - 1] == ':' || r->s[st - 1] == '.'))
		return 0;
	for (e = lim; e > st + 1; e--) {
		if (r->s[e - 1] == '.')
			continue;
		c = rec_at(r, e);
		if (is_word(c) || (c == ':' && (is_hex(rec_at(r, e + 1)) ||
		    rec_at(r, e + 1) == ':')) ||
		    (c == '.' && is_digit(rec_at(r, e + 1))))
			continue;
		if (cog_ipv6_parse((const char *)r->s + st, e - st, a) == 0)
			break;
	}
	if (e <= st + 1)
		return 0;
	for (i = 0; i < 16; i++)
		zero &= a[i] == 0;
	*score = zero ? 0.3f : SC_STRONG;
	if (rec_at(r, e) == '%' && is_alnum(rec_at(r, e + 1))) {
		for (z = e + 1; z < r->n && z - e < 32 && (is_alnum(r->s[z]) ||
		    r->s[z] == '.' || r->s[z] == '_' || r->s[z] == '-'); z++)
			;
		e = z;
	}
	if (rec_at(r, e) == '/' && is_digit(rec_at(r, e + 1))) {
		int v = 0;

		for (z = e + 1; is_digit(rec_at(r, z)) && z - e < 5; z++)
			v = v * 10 + r->s[z] - '0';
		if (z - e <= 4 && v <= 128 && rec_right_ok(r, z))
			e = z;
	}
	return e;
}

/* A URL with a scheme: "https://user@host:port/path?query#frag". */
static size_t
url_scheme(struct rec *r, size_t ss, size_t colon)
{
	unsigned char a[16];
	size_t p = colon + 3, ae, hs, he, k, en;
	int ip = 0;

	for (ae = p; ae < r->n && ae - p < 512 && is_urlc(r->s[ae]) &&
	    !in("/?#", r->s[ae]); ae++)
		;
	hs = p;
	for (k = p; k < ae; k++)
		if (r->s[k] == '@')
			hs = k + 1;
	if (rec_at(r, hs) == '[') {
		for (he = hs + 1; he < ae && r->s[he] != ']'; he++)
			;
		if (he == ae || cog_ipv6_parse((const char *)r->s + hs + 1,
		    he - hs - 1, a) != 0)
			return 0;
		ip = 1;
		if (WANT(r, COG_IP_ADDRESS))
			rec_add(r, hs + 1, he, COG_IP_ADDRESS, SC_STRONG);
		he++;
	} else {
		he = host_end(r, hs, ae);
		while (he > hs && r->s[he - 1] == '.')
			he--;
		if (cog_ipv4_parse((const char *)r->s + hs, he - hs, a) == 0) {
			ip = 1;
			if (WANT(r, COG_IP_ADDRESS))
				rec_add(r, hs, he, COG_IP_ADDRESS, SC_STRONG);
		} else if (!rec_host_ok(r->s + hs, he - hs))
			return 0;
	}
	if (!WANT(r, COG_URL))
		return he;
	en = url_tail(r, ss, he);
	if (en < he)
		en = he;
	rec_add(r, ss, en, COG_URL, ip ? 0.75f : SC_STRONG);
	return he;	/* go on inside the path: it may hold entities */
}

/* Top-level domains that are also file extensions or common words. */
static int
tld_doubtful(const unsigned char *t, size_t n, size_t first)
{
	static const char *const ext[] = {
		"py", "sh", "md", "pl", "pm", "rs", "so", "zip", "mov", "cs",
		"ps", "ts", "cc", "db", "gz", "sql", "dev", "app", NULL
	};
	static const char *const word[] = {
		"is", "it", "at", "be", "me", "my", "no", "to", "us", "in",
		"am", "an", "as", "do", "go", "hi", "la", "ok", "on", "so",
		"we", "im", NULL
	};
	const char *const *w;
	char b[8];
	size_t i;

	if (n >= sizeof(b))
		return 0;
	for (i = 0; i < n; i++)
		b[i] = (char)lower(t[i]);
	b[n] = '\0';
	for (w = ext; *w; w++)
		if (strcmp(b, *w) == 0)
			return 1;
	if (first <= 4)
		for (w = word; *w; w++)
			if (strcmp(b, *w) == 0)
				return 1;
	return 0;
}

size_t
rec_dot(struct rec *r, size_t i, size_t *done)
{
	size_t ts, te, he, tld, en, k, nlab = 1;
	int up = 0, low = 0, www, digits = 1;
	float sc;

	if (i < *done || i == 0 || !is_alnum(r->s[i - 1]) ||
	    !is_alnum(rec_at(r, i + 1)))
		return i + 1;
	/* "49.99", "1.2.3": numbers were read from their first digit. */
	if (is_digit(r->s[i - 1]) && is_digit(r->s[i + 1]) &&
	    !(i >= 4 && is_hex(r->s[i - 4])))
		return i + 1;
	for (ts = i; ts > 0 && i - ts < 253 && (is_hostc(r->s[ts - 1]) ||
	    r->s[ts - 1] == '_'); ts--)
		;
	for (te = i; te < r->n && te - ts < 300 && (is_hostc(r->s[te]) ||
	    r->s[te] == '_'); te++)
		;
	*done = te;
	if (rec_at(r, te) == '@' || (ts > 0 && in("@/\\", r->s[ts - 1])))
		return i + 1;
	ts = skip_escape(r, ts, i);
	for (he = te; he > ts && (r->s[he - 1] == '.' ||
	    r->s[he - 1] == '-'); he--)
		;
	if (WANT(r, COG_MAC_ADDRESS) && cisco_mac(r, ts, he) &&
	    rec_right_ok(r, he) && mac_real(r, ts, he)) {
		rec_add(r, ts, he, COG_MAC_ADDRESS, SC_STRONG);
		return he;
	}
	for (k = ts; k < he; k++) {
		digits &= is_digit(r->s[k]) || r->s[k] == '.';
		nlab += r->s[k] == '.';
		if (r->s[k] == '_')
			return i + 1;
	}
	if (digits || !WANT(r, COG_URL) || !rec_left_ok(r, ts))
		return i + 1;
	for (tld = he; tld > ts && r->s[tld - 1] != '.'; tld--)
		;
	for (k = tld; k < he; k++) {
		up |= is_upper(r->s[k]);
		low |= is_lower(r->s[k]);
	}
	www = he - ts > 4 && lower(r->s[ts]) == 'w' &&
	    lower(r->s[ts + 1]) == 'w' && lower(r->s[ts + 2]) == 'w' &&
	    r->s[ts + 3] == '.';
	if ((up && low) || !rec_host_ok(r->s + ts, he - ts))
		return i + 1;
	en = he;
	if (rec_at(r, he) == ':' && is_digit(rec_at(r, he + 1))) {
		for (en = he + 1; is_digit(rec_at(r, en)); en++)
			;
	}
	if (in("/?#", rec_at(r, en)))
		en = url_tail(r, ts, en);
	if (www)
		sc = SC_STRONG;
	else {
		if (en == he && nlab == 2 && tld_doubtful(r->s + tld, he - tld,
		    tld - ts - 1))
			return i + 1;
		sc = en > he ? SC_MEDIUM : 0.55f;
		if (rec_ctx(r, ts, en, CTX(CTX_URL)))
			sc = SC_STRONG;
	}
	rec_add(r, ts, en, COG_URL, sc);
	return he;	/* go on inside the path: it may hold entities */
}

size_t
rec_colon(struct rec *r, size_t i, size_t *done)
{
	size_t ss, ts, te, e;
	int colons, gap, groups, label;
	float sc;

	if (i < *done || (!is_hex(rec_at(r, i + 1)) &&
	    rec_at(r, i + 1) != ':' && rec_at(r, i + 1) != '/'))
		return i + 1;
	if (rec_at(r, i + 1) == '/' && rec_at(r, i + 2) == '/') {
		for (ss = i; ss > 0 && i - ss < 16 && (is_alnum(r->s[ss - 1]) ||
		    in("+.-", r->s[ss - 1])); ss--)
			;
		while (ss < i && !is_alpha(r->s[ss]))
			ss++;
		if (ss < i && rec_left_ok(r, ss) &&
		    (WANT(r, COG_URL) || WANT(r, COG_IP_ADDRESS)) &&
		    (e = url_scheme(r, ss, i)) != 0)
			return e;
		return i + 1;
	}
	for (ts = i; ts > 0 && i - ts < 46 && (is_hex(r->s[ts - 1]) ||
	    r->s[ts - 1] == ':'); ts--)
		;
	/*
	 * Glued to a word on the left, the run can only be an address
	 * after a label's colon: "MAC:00:1a:..", "IPv6:2001:db8::1".
	 */
	if ((label = !rec_left_ok(r, ts)) != 0) {
		while (ts < i && r->s[ts] != ':')
			ts++;
		if (ts > 0 && r->s[ts - 1] == ':' && ts - 1 != i)
			return i + 1;	/* "ab::cd" glued: no label */
		ts++;
	}
	for (te = i; te < r->n && te - ts < 64 && (is_hex(r->s[te]) ||
	    r->s[te] == ':' || r->s[te] == '.'); te++)
		;
	*done = te;
	for (e = ts, colons = 0, gap = 0, groups = 0; e < te; e++)
		if (r->s[e] == ':') {
			colons++;
			gap |= rec_at(r, e + 1) == ':';
		} else if (e == ts || r->s[e - 1] == ':') {
			groups++;
		}
	/* After a label, a short "db8::1" is more likely glued text. */
	if (label && groups < 3)
		return i + 1;
	if (WANT(r, COG_MAC_ADDRESS) && rec_at(r, ts + 2) == ':' &&
	    colons >= 5 && (e = mac_sep(r, ts, ':', label)) != 0)
		return e;
	/* Eight groups need seven colons, six with a quad; or a "::". */
	if (WANT(r, COG_IP_ADDRESS) && (gap || colons >= 6) &&
	    (e = ipv6(r, ts, te, &sc, label)) != 0) {
		rec_add(r, ts, e, COG_IP_ADDRESS, sc);
		return e;
	}
	return i + 1;
}
