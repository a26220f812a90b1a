/* recognize.h -- the built-in pattern and checksum recognizers */
#ifndef COG_RECOGNIZE_H
#define COG_RECOGNIZE_H

#include <stddef.h>

#include "pii/spans.h"
#include "pii/types.h"

/*
 * Append to out a span for every entity of a type in types found in the
 * n bytes at s (UTF-8, possibly invalid, may hold NUL bytes; offsets are
 * byte offsets into s).  Spans may overlap; the caller merges them.
 */
void cog_recognize(const char *s, size_t n, cog_typeset types,
    struct cog_spans *out);

/*
 * The same, for a text that answers a question: the context words of the
 * types in carry (see cog_recognize_asks) count as if they stood just
 * before the text, for an entity that starts in its first bytes.
 */
void cog_recognize_reply(const char *s, size_t n, cog_typeset types,
    cog_typeset carry, struct cog_spans *out);

/*
 * Which of the types in types that need context words (DATE_OF_BIRTH,
 * US_PASSPORT, US_SSN, UK_NHS) does the end of the text ask for, as in
 * "Can you confirm your date of birth?"
 */
cog_typeset cog_recognize_asks(const char *s, size_t n, cog_typeset types);

/*
 * Which of the nwords context words of a user recognizer (lower case)
 * stands near the entity at [st, en) of the n bytes at s, as the
 * built-in lists match theirs: at the start of a word that begins with
 * it ("account" in "Accounts:"), a space in it standing for any run of
 * bytes other than letters and digits, up to 48 bytes before st or 24
 * after en.  Return its index plus 1, or 0 for none.
 */
size_t cog_recognize_context(const char *s, size_t n, size_t st, size_t en,
    const char *const *words, size_t nwords);

/*
 * For --explain: the first word of the built-in context list of the type
 * that stands near the entity at [st, en), or with against, of the list
 * that lowers its score ("order" before a phone number, "version" before
 * a dotted quad).  NULL for none, or a type that has no such list.
 */
const char *cog_recognize_context_word(const char *s, size_t n, size_t st,
    size_t en, int type, int against);

#endif
