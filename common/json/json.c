/* json.c -- a validating pull tokenizer over the raw bytes of one JSON text */
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "base/err.h"
#include "base/utf8.h"
#include "json/json.h"

enum {
	S_VALUE,		/* a value must follow */
	S_VALUE_OR_END,		/* after '[' */
	S_KEY_OR_END,		/* after '{' */
	S_KEY,			/* after ',' in an object */
	S_COLON,		/* after a key */
	S_NEXT,			/* after a value inside a container */
	S_DONE			/* after the top-level value */
};

enum { C_OBJ, C_ARR };

/* Bytes that end the fast scan of a string body. */
static const unsigned char strstop[256] = {
	[0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1,
	[0x05] = 1, [0x06] = 1, [0x07] = 1, [0x08] = 1, [0x09] = 1,
	[0x0a] = 1, [0x0b] = 1, [0x0c] = 1, [0x0d] = 1, [0x0e] = 1,
	[0x0f] = 1, [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1,
	[0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1, [0x18] = 1,
	[0x19] = 1, [0x1a] = 1, [0x1b] = 1, [0x1c] = 1, [0x1d] = 1,
	[0x1e] = 1, [0x1f] = 1, ['"'] = 1, ['\\'] = 1,
};

void
cog_json_init(struct cog_json *j, const char *s, size_t n)
{
	j->s = j->cur = s;
	/* An empty buffer may have no storage: no arithmetic on NULL. */
	j->end = n > 0 ? s + n : s;
	j->depth = 0;
	j->state = S_VALUE;
	j->want = ~0u;
	j->errmsg = NULL;
	j->erroff = 0;
}

void
cog_json_release(struct cog_json *j)
{
	free(j->stack);
	j->stack = NULL;
	j->cap = j->depth = 0;
}

int
cog_json_is_prefix(const char *s, size_t n)
{
	struct cog_json j = { 0 };
	struct cog_jtok t;
	int r, prefix;

	cog_json_init(&j, s, n);
	cog_json_want(&j, 0);
	while ((r = cog_json_next(&j, &t)) != COG_JT_END && r != COG_JT_ERROR)
		;
	prefix = r == COG_JT_ERROR && j.erroff == n && j.depth > 0 &&
	    strcmp(j.errmsg, "unexpected end of input") == 0;
	cog_json_release(&j);
	return prefix;
}

static int
fail(struct cog_json *j, const char *at, const char *msg)
{
	j->errmsg = msg;
	j->erroff = (size_t)(at - j->s);
	j->cur = j->end;
	j->state = S_DONE;
	return COG_JT_ERROR;
}

static inline const char *
skipws(const char *p, const char *end)
{
	while (p < end && (unsigned char)*p <= ' ' && (*p == ' ' ||
	    *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	return p;
}

/* The first byte at or after p that is '"', '\\' or a control byte. */
static inline const char *
strscan(const char *p, const char *end)
{
#ifdef __SSE2__
	const __m128i q = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\');
	const __m128i ctl = _mm_set1_epi8(0x1f);

	while (end - p >= 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
		__m128i m = _mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(x, q), _mm_cmpeq_epi8(x, bs)),
		    _mm_cmpeq_epi8(_mm_max_epu8(x, ctl), ctl));
		int bits = _mm_movemask_epi8(m);

		if (bits)
			return p + __builtin_ctz((unsigned)bits);
		p += 16;
	}
#endif
	while (p < end && !strstop[(unsigned char)*p])
		p++;
	return p;
}

static inline int
ishex(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
	    (c >= 'A' && c <= 'F');
}

#define HOT static inline __attribute__((always_inline))

/* Scan the string whose opening quote is at p; fill t. */
HOT int
lexstring(struct cog_json *j, const char *p, struct cog_jtok *t, int type)
{
	const char *body = p + 1, *q = body, *end = j->end;

	t->escaped = 0;
	for (;;) {
		q = strscan(q, end);
		if (q == end)
			return fail(j, p, "unterminated string");
		if (*q == '"')
			break;
		if (*q != '\\')
			return fail(j, q, "unescaped control character in "
			    "string");
		t->escaped = 1;
		if (q + 1 == end)
			return fail(j, p, "unterminated string");
		switch (q[1]) {
		case '"': case '\\': case '/': case 'b': case 'f': case 'n':
		case 'r': case 't':
			q += 2;
			break;
		case 'u':
			if (end - q < 6 || !ishex(q[2]) || !ishex(q[3]) ||
			    !ishex(q[4]) || !ishex(q[5]))
				return fail(j, q, "invalid \\u escape in string");
			q += 6;
			break;
		default:
			return fail(j, q, "invalid escape in string");
		}
	}
	t->type = type;
	t->p = body;
	t->n = (size_t)(q - body);
	j->cur = q + 1;
	return type;
}

static int
lexnumber(struct cog_json *j, const char *p, struct cog_jtok *t)
{
	const char *q = p, *end = j->end;

	if (q < end && *q == '-')
		q++;
	if (q < end && *q == '0') {
		q++;
	} else if (q < end && *q >= '1' && *q <= '9') {
		while (q < end && *q >= '0' && *q <= '9')
			q++;
	} else {
		return fail(j, p, "invalid number");
	}
	if (q < end && *q == '.') {
		q++;
		if (q == end || *q < '0' || *q > '9')
			return fail(j, p, "invalid number");
		while (q < end && *q >= '0' && *q <= '9')
			q++;
	}
	if (q < end && (*q == 'e' || *q == 'E')) {
		q++;
		if (q < end && (*q == '+' || *q == '-'))
			q++;
		if (q == end || *q < '0' || *q > '9')
			return fail(j, p, "invalid number");
		while (q < end && *q >= '0' && *q <= '9')
			q++;
	}
	t->type = COG_JT_NUMBER;
	t->p = p;
	t->n = (size_t)(q - p);
	t->escaped = 0;
	j->cur = q;
	return COG_JT_NUMBER;
}

static int
lexliteral(struct cog_json *j, const char *p, struct cog_jtok *t)
{
	static const char *const lits[] = { "true", "false", "null" };
	size_t i, len, avail = (size_t)(j->end - p);

	for (i = 0; i < 3; i++) {
		len = strlen(lits[i]);
		if (avail >= len && memcmp(p, lits[i], len) == 0) {
			t->type = COG_JT_LITERAL;
			t->p = p;
			t->n = len;
			t->escaped = 0;
			j->cur = p + len;
			return COG_JT_LITERAL;
		}
	}
	return fail(j, p, "invalid literal");
}

static void
push(struct cog_json *j, unsigned char kind)
{
	if (j->depth == j->cap) {
		j->cap = j->cap ? j->cap * 2 : 32;
		j->stack = cog_xrealloc(j->stack, j->cap);
	}
	j->stack[j->depth++] = kind;
}

/* Open the object or array at p: token type, then state. */
static inline int
begin(struct cog_json *j, const char *p, struct cog_jtok *t,
    unsigned char kind, int state, int type)
{
	push(j, kind);
	j->cur = p + 1;
	j->state = state;
	t->type = type;
	t->p = p;
	t->n = 1;
	return type;
}

/* Lex a value starting at p (not at the end). */
HOT int
value(struct cog_json *j, const char *p, struct cog_jtok *t)
{
	int type;

	if ((*p == '{' || *p == '[') && j->depth >= COG_JSON_MAXDEPTH)
		return fail(j, p, "nested more than 10000 levels deep");
	switch (*p) {
	case '"':
		type = lexstring(j, p, t, COG_JT_STRING);
		break;
	case '{':
		return begin(j, p, t, C_OBJ, S_KEY_OR_END, COG_JT_OBJ_BEGIN);
	case '[':
		return begin(j, p, t, C_ARR, S_VALUE_OR_END, COG_JT_ARR_BEGIN);
	case '-': case '0': case '1': case '2': case '3': case '4': case '5':
	case '6': case '7': case '8': case '9':
		type = lexnumber(j, p, t);
		break;
	case 't': case 'f': case 'n':
		type = lexliteral(j, p, t);
		break;
	default:
		return fail(j, p, "unexpected character");
	}
	if (type != COG_JT_ERROR)
		j->state = j->depth ? S_NEXT : S_DONE;
	return type;
}

static int
endcontainer(struct cog_json *j, const char *p, struct cog_jtok *t)
{
	int type = j->stack[--j->depth] == C_OBJ ? COG_JT_OBJ_END :
	    COG_JT_ARR_END;

	j->cur = p + 1;
	j->state = j->depth ? S_NEXT : S_DONE;
	t->type = type;
	t->p = p;
	t->n = 1;
	return type;
}

static inline int
next1(struct cog_json *j, struct cog_jtok *t)
{
	const char *p = skipws(j->cur, j->end);

	if (j->errmsg != NULL)
		return COG_JT_ERROR;
	if (p == j->end) {
		if (j->state == S_DONE) {
			t->type = COG_JT_END;
			return COG_JT_END;
		}
		return fail(j, p, j->state == S_VALUE && j->depth == 0 ?
		    "no value" : "unexpected end of input");
	}
	switch (j->state) {
	case S_VALUE:
		return value(j, p, t);
	case S_VALUE_OR_END:
		if (*p == ']')
			return endcontainer(j, p, t);
		return value(j, p, t);
	case S_KEY_OR_END:
		if (*p == '}')
			return endcontainer(j, p, t);
		/* FALLTHROUGH */
	case S_KEY:
		if (*p != '"')
			return fail(j, p, "expected a string as object key");
		if (lexstring(j, p, t, COG_JT_KEY) == COG_JT_ERROR)
			return COG_JT_ERROR;
		j->state = S_COLON;
		return COG_JT_KEY;
	case S_COLON:
		if (*p != ':')
			return fail(j, p, "expected ':' after object key");
		p = skipws(p + 1, j->end);
		if (p == j->end)
			return fail(j, p, "unexpected end of input");
		return value(j, p, t);
	case S_NEXT:
		if (*p == ',') {
			p = skipws(p + 1, j->end);
			if (p == j->end)
				return fail(j, p, "unexpected end of input");
			if (j->stack[j->depth - 1] == C_ARR)
				return value(j, p, t);
			if (*p != '"')
				return fail(j, p,
				    "expected a string as object key");
			if (lexstring(j, p, t, COG_JT_KEY) == COG_JT_ERROR)
				return COG_JT_ERROR;
			j->state = S_COLON;
			return COG_JT_KEY;
		}
		if (*p == (j->stack[j->depth - 1] == C_OBJ ? '}' : ']'))
			return endcontainer(j, p, t);
		return fail(j, p, j->stack[j->depth - 1] == C_OBJ ?
		    "expected ',' or '}'" : "expected ',' or ']'");
	default:
		return fail(j, p, "unexpected data after the value");
	}
}

int
cog_json_next(struct cog_json *j, struct cog_jtok *t)
{
	int type;

	while (!(j->want & COG_JT_BIT(type = next1(j, t))))
		;
	return type;
}

/* Is the backslash at p (n bytes left) a whole, valid JSON escape? */
static int
escape_ok(const char *p, size_t n)
{
	if (n < 2)
		return 0;
	switch (p[1]) {
	case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r':
	case 't':
		return 1;
	case 'u':
		return n >= 6 && ishex(p[2]) && ishex(p[3]) && ishex(p[4]) &&
		    ishex(p[5]);
	default:
		return 0;
	}
}

static int
hexval(int c)
{
	if (c <= '9')
		return c - '0';
	return (c | 0x20) - 'a' + 10;
}

static unsigned
hex4(const char *p)
{
	return (unsigned)(hexval(p[0]) << 12 | hexval(p[1]) << 8 |
	    hexval(p[2]) << 4 | hexval(p[3]));
}

/* Map text bytes [from, from + count) to raw offsets off, off + step... */
static void
mapadd(struct cog_jdec *d, size_t from, size_t count, size_t off, int step)
{
	size_t i;

	if (from + count + 1 > d->mapcap) {
		d->mapcap = (from + count + 1) * 2;
		d->map = cog_xreallocarray(d->map, d->mapcap,
		    sizeof(*d->map));
	}
	for (i = 0; i < count; i++)
		d->map[from + i] = off + (step ? i : 0);
}

int
cog_json_decode(struct cog_jdec *d, const char *raw, size_t n, int mapped)
{
	size_t i = 0, run, before;
	char u8[4];
	int wide = 0;

	cog_buf_reset(&d->text);
	cog_buf_grow(&d->text, n);
	while (i < n) {
		const char *bs = memchr(raw + i, '\\', n - i);
		size_t stop = bs ? (size_t)(bs - raw) : n;
		uint32_t cp;
		char c;

		if (stop > i) {
			before = d->text.len;
			cog_buf_add(&d->text, raw + i, stop - i);
			if (mapped)
				mapadd(d, before, stop - i, i, 1);
			i = stop;
			if (i == n)
				break;
		}
		before = d->text.len;
		if (!escape_ok(raw + i, n - i)) {
			/* Not an escape (text that is not JSON): as it is. */
			cog_buf_addc(&d->text, '\\');
			if (mapped)
				mapadd(d, before, 1, i, 0);
			i++;
			continue;
		}
		switch (raw[i + 1]) {
		case 'b': c = '\b'; break;
		case 'f': c = '\f'; break;
		case 'n': c = '\n'; break;
		case 'r': c = '\r'; break;
		case 't': c = '\t'; break;
		case 'u': c = 0; break;
		default: c = raw[i + 1]; break;
		}
		if (raw[i + 1] != 'u') {
			cog_buf_addc(&d->text, c);
			if (mapped)
				mapadd(d, before, 1, i, 0);
			i += 2;
			continue;
		}
		cp = hex4(raw + i + 2);
		run = 6;
		/* A high surrogate pairs only with a \u escape after it. */
		if (cp >= 0xd800 && cp <= 0xdbff && i + 12 <= n &&
		    raw[i + 6] == '\\' && raw[i + 7] == 'u' &&
		    escape_ok(raw + i + 6, n - i - 6)) {
			uint32_t lo = hex4(raw + i + 8);

			if (lo >= 0xdc00 && lo <= 0xdfff) {
				cp = 0x10000 + ((cp - 0xd800) << 10) +
				    (lo - 0xdc00);
				run = 12;
			}
		}
		if (cp >= 0xd800 && cp <= 0xdfff)
			cp = COG_UTF8_BAD;
		wide |= cp >= 0x80;
		cog_buf_add(&d->text, u8, cog_utf8_encode(cp, u8));
		if (mapped)
			mapadd(d, before, d->text.len - before, i, 0);
		i += run;
	}
	if (mapped) {
		mapadd(d, d->text.len, 0, 0, 0);
		d->map[d->text.len] = n;
	}
	return wide;
}

void
cog_jdec_release(struct cog_jdec *d)
{
	cog_buf_release(&d->text);
	free(d->map);
	d->map = NULL;
	d->mapcap = 0;
}
