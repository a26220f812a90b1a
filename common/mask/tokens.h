/* tokens.h -- find the replacement tokens of cog-mask in a text */
#ifndef COG_TOKENS_H
#define COG_TOKENS_H

#include <stddef.h>

enum cog_token_form {
	COG_TOKEN_HASH,		/* [TYPE_<16 lowercase hex>] */
	COG_TOKEN_REDACT,	/* [TYPE], TYPE a defined type */
	COG_TOKEN_ENCRYPT	/* [TYPE:<22 or more base64url>] */
};

/* A token: bytes [start, end) of the text; type borrows the text. */
struct cog_token {
	size_t start, end;
	const char *type;
	size_t typelen;
	int form;
};

/* Type names are [A-Z][A-Z0-9_]*, at most this long. */
#define COG_TOKEN_TYPE_MAX 64

/*
 * Find the first token in the n bytes at s from offset *pos: return 1
 * with t filled and *pos moved past it, or 0 when there is none.  The
 * hash and encrypt forms are recognised for any type name; [TYPE] only
 * when TYPE is the exact name of a type defined in types.h (built-in,
 * or user-defined by the caller), so that "[OK]" in a chat is no token.
 */
int cog_token_next(const char *s, size_t n, size_t *pos, struct cog_token *t);

#endif
