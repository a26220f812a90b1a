/* tokens.h -- find the replacement tokens of cog-mask in a text, and vet them */
#ifndef COG_TOKENS_H
#define COG_TOKENS_H

#include <stddef.h>

#include "base/buf.h"
#include "mask/keys.h"
#include "pii/detect.h"

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

/* What cog_token_vet makes of a token found by cog_token_next. */
enum cog_token_verdict {
	COG_TOKEN_GENUINE,	/* cog-mask wrote it, or could have */
	COG_TOKEN_UNCHECKED,	/* an encrypt token taken by its form */
	COG_TOKEN_FOREIGN,	/* no token cog-mask could have written */
	COG_TOKEN_HOLDS_PII	/* what it carries is personal data */
};

/*
 * The state of cog_token_vet, one per thread: set keys (borrowed; NULL
 * when there are none) and det (borrowed), the rest zeroed; release it
 * with cog_token_vetter_release.
 */
struct cog_token_vetter {
	struct cog_keys *keys;
	struct cog_detector *det;
	struct cog_spans found;		/* what a token holds, offsets in s */
	struct cog_spans part;		/* scratch */
	struct cog_buf plain;		/* scratch: a decrypted value */
};

void cog_token_vetter_release(struct cog_token_vetter *v);

/*
 * Could cog-mask have written the token t of the text s under the
 * masking keys v->keys?  Only what it could have written is a token;
 * anything else is text, to be scanned as such.
 *
 *	[TYPE]		 genuine: it holds nothing but a type's name.
 *	[TYPE:<base64>]	 with keys, genuine when it decrypts under them
 *			 for TYPE (which checks all of it), foreign
 *			 otherwise; without keys, only what it carries can
 *			 be looked at (below): unchecked.
 *	[TYPE_<16 hex>]	 the keyed hash of a value that is gone: its form
 *			 (cog_token_next) and what it carries are all
 *			 that can be checked.
 *
 * What a token carries is looked at with v->det, alone, as a whole
 * value: the hex digits or the ciphertext.  When an entity is found in it
 * ("[IBAN:DE89370400440532013000]", "[PERSON_4111111111111111]"), the
 * token holds PII, and the entities are in v->found, at their offsets in
 * s (v->found is reset first).  A type name that is not one of the
 * types defined (built-in, or the user's in this process) is taken for a
 * type of the user's of cog-mask, but one with a digit in it is foreign
 * ("[X4111111111111111_0123456789abcdef]"): a type name is not looked
 * into otherwise (a user's name such as "IBAN" would read as a person's).
 */
int cog_token_vet(struct cog_token_vetter *v, const char *s,
    const struct cog_token *t);

/*
 * Rewrite in place each look-alike of a token in the n bytes at s, so
 * that it reads as the text it is: "[IBAN_CODE_DE89370400440532013000]"
 * becomes " IBAN CODE DE89370400440532013000 ", "[PERSON_Dennis]"
 * " PERSON Dennis ".  A look-alike is what is left of the form of a
 * token once the tokens are gone (replace them first): '[', an
 * upper-case letter, at most 256 bytes without a space, control byte or
 * '[', and ']', where the upper-case name at its start (A-Z, 0-9, _) is
 * followed by ':', holds '_' before other text, or is all of it and
 * holds a digit; its brackets and the '_' and ':' of that name become
 * spaces.  "[SURNAME]" (a user's redact token), "[OK]" and "[Dennis]"
 * are left as they are.  Return how many were opened.
 */
size_t cog_token_open(char *s, size_t n);

#endif
