/* encode.c -- hex and base64 encodings */
#include "base/encode.h"

void
cog_hex_encode(struct cog_buf *out, const unsigned char *p, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i;

	cog_buf_grow(out, 2 * n);
	for (i = 0; i < n; i++) {
		out->p[out->len++] = hex[p[i] >> 4];
		out->p[out->len++] = hex[p[i] & 15];
	}
	out->p[out->len] = '\0';
}

void
cog_b64_encode(struct cog_buf *out, const unsigned char *p, size_t n, int url)
{
	const char *al = url ?
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_" :
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t i;

	cog_buf_grow(out, (n + 2) / 3 * 4);
	for (i = 0; i + 3 <= n; i += 3) {
		unsigned v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8 |
		    p[i + 2];

		out->p[out->len++] = al[v >> 18];
		out->p[out->len++] = al[v >> 12 & 63];
		out->p[out->len++] = al[v >> 6 & 63];
		out->p[out->len++] = al[v & 63];
	}
	if (n - i == 1) {
		unsigned v = (unsigned)p[i] << 16;

		out->p[out->len++] = al[v >> 18];
		out->p[out->len++] = al[v >> 12 & 63];
		if (!url) {
			out->p[out->len++] = '=';
			out->p[out->len++] = '=';
		}
	} else if (n - i == 2) {
		unsigned v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8;

		out->p[out->len++] = al[v >> 18];
		out->p[out->len++] = al[v >> 12 & 63];
		out->p[out->len++] = al[v >> 6 & 63];
		if (!url)
			out->p[out->len++] = '=';
	}
	out->p[out->len] = '\0';
}

static int
b64val(int c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+' || c == '-')
		return 62;
	if (c == '/' || c == '_')
		return 63;
	return -1;
}

int
cog_b64_decode(struct cog_buf *out, const char *s, size_t n)
{
	unsigned acc = 0;
	size_t i;
	int bits = 0, v;

	while (n > 0 && s[n - 1] == '=')
		n--;
	if (n % 4 == 1)
		return -1;
	cog_buf_grow(out, n / 4 * 3 + 3);
	for (i = 0; i < n; i++) {
		if ((v = b64val((unsigned char)s[i])) < 0)
			return -1;
		acc = acc << 6 | (unsigned)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out->p[out->len++] = (char)(acc >> bits & 0xff);
		}
	}
	/* Leftover bits must be zero for a canonical encoding. */
	if (acc & ((1u << bits) - 1))
		return -1;
	out->p[out->len] = '\0';
	return 0;
}
