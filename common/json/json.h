/* json.h -- a validating pull tokenizer over the raw bytes of one JSON text */
#ifndef COG_JSON_H
#define COG_JSON_H

#include <stddef.h>

#include "base/buf.h"

enum cog_jtok_type {
	COG_JT_END,		/* the text held one complete value */
	COG_JT_ERROR,		/* see cog_json.errmsg and erroff */
	COG_JT_OBJ_BEGIN,
	COG_JT_OBJ_END,
	COG_JT_ARR_BEGIN,
	COG_JT_ARR_END,
	COG_JT_KEY,		/* an object key */
	COG_JT_STRING,		/* a string value */
	COG_JT_NUMBER,
	COG_JT_LITERAL		/* true, false or null */
};

/*
 * A token: p and n delimit its raw bytes in the input; for keys and
 * strings, the bytes between the quotes.  escaped is set when a string
 * holds backslash escapes (decode it with cog_json_decode).
 */
struct cog_jtok {
	int type;
	const char *p;
	size_t n;
	int escaped;
};

/* Objects and arrays nested deeper than this make the text invalid. */
#define COG_JSON_MAXDEPTH 10000

/*
 * Tokenizer state; fields are private but for the error report.  Zero it
 * once; cog_json_init may then be called for each text.
 */
struct cog_json {
	const char *s, *cur, *end;
	unsigned char *stack;
	size_t depth, cap;
	int state;
	unsigned want;		/* token types to return, as bits */
	const char *errmsg;	/* static text, set with COG_JT_ERROR */
	size_t erroff;		/* byte offset of the error in the text */
};

/*
 * Start tokenizing the n bytes at s, which must hold exactly one JSON
 * value (RFC 8259) with optional white space around it.  Invalid UTF-8
 * inside strings is accepted and left to the caller.
 */
void cog_json_init(struct cog_json *j, const char *s, size_t n);

/*
 * Read the next token into *t and return its type.  Only the types chosen
 * with cog_json_want are returned (all by default); the others are still
 * checked.  COG_JT_END and COG_JT_ERROR are always returned.
 */
int cog_json_next(struct cog_json *j, struct cog_jtok *t);

/* Return only tokens of the types in the mask of COG_JT_BIT(type)s. */
#define COG_JT_BIT(type) (1u << (type))
static inline void
cog_json_want(struct cog_json *j, unsigned mask)
{
	j->want = mask | COG_JT_BIT(COG_JT_END) | COG_JT_BIT(COG_JT_ERROR);
}

/* Nesting depth after the last token (0 at top level). */
static inline size_t
cog_json_depth(const struct cog_json *j)
{
	return j->depth;
}

/*
 * Are the n bytes at s the beginning of a longer JSON text: valid up to
 * their end, which falls inside an object or array?  (The first line of
 * a document laid out over several lines.)
 */
int cog_json_is_prefix(const char *s, size_t n);

/* Free the tokenizer's stack (the struct may be reused after init). */
void cog_json_release(struct cog_json *j);

/*
 * A decoded string: text holds the UTF-8 bytes (\u0000 becomes NUL, and
 * a lone surrogate one U+FFFD, whatever follows it: a high surrogate
 * pairs only with the \u escape of a low one); when mapped, map[i] is
 * the offset in the raw string of the escape or byte that produced text
 * byte i, and map[text.len] is the raw length.
 */
struct cog_jdec {
	struct cog_buf text;
	size_t *map;
	size_t mapcap;
};

/*
 * Decode the raw body of a string token.  Any bytes are accepted: a
 * backslash that starts no valid escape is kept as it is.  Return 1 when
 * a \u escape gave a character beyond ASCII, else 0 (so the text of an
 * ASCII body is ASCII when 0 is returned).
 */
int cog_json_decode(struct cog_jdec *d, const char *raw, size_t n,
    int mapped);

void cog_jdec_release(struct cog_jdec *d);

#endif
