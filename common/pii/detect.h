/* detect.h -- find entities in a UTF-8 text: built-in and user recognizers */
#ifndef COG_DETECT_H
#define COG_DETECT_H

#include <stddef.h>

#include "base/buf.h"
#include "pii/spans.h"
#include "pii/types.h"

/*
 * The detector runs the built-in recognizers (recognize.h, names.h) and
 * the user's regexes over a text and merges what they find.  To add an
 * entity type and its recognizer, see types.h.
 */
struct cog_detector;

/* A detector for the types in the set (see cog_default_types). */
struct cog_detector *cog_detector_new(cog_typeset types);
void cog_detector_free(struct cog_detector *d);

/*
 * A detector sharing d's recognizers, with its own scratch state, for use
 * on another thread; free it before d.
 */
struct cog_detector *cog_detector_dup(const struct cog_detector *d);

/*
 * Look for the types in the set from now on, before the first cog_detect()
 * or cog_detector_dup(); the types of user recognizers are found whatever
 * the set.
 */
void cog_detector_set_types(struct cog_detector *d, cog_typeset types);

/*
 * Conversation context.  cog_detector_asks() tells which types the end of
 * a message asks for ("... your date of birth?"); after
 * cog_detector_reply_to(d, asked) the texts detected are read as the
 * answer to such a message ("It's 1978-09-27."), until it is called
 * again (with 0 for a message that answers nothing).
 */
cog_typeset cog_detector_asks(const struct cog_detector *d, const char *s,
    size_t n);
void cog_detector_reply_to(struct cog_detector *d, cog_typeset asked);

/*
 * Add a user recognizer: every match of the PCRE2 regex is an entity of
 * the type (score 1).  Return 0, or -1 with a message in err.
 */
int cog_detector_add_pattern(struct cog_detector *d, int type,
    const char *regex, char *err, size_t errlen);

/*
 * A user recognizer of a type: regexes, each with its score, or the
 * terms of a deny list.  Everything is borrowed for the call.
 */
struct cog_recognizer {
	const char *name;		/* for messages; NULL for none */
	int type;
	const char *const *regex;	/* PCRE2 regexes */
	const float *score;		/* the score of each, 0 to 1; or < 0 */
	size_t nregex;
	const char *const *context;	/* words that raise the score */
	size_t ncontext;
	int validator;			/* COG_VALID_* (checksum.h) */
	const char *const *deny;	/* terms always of the type */
	size_t ndeny;
};

/* The score of a regex that gives none: with context words, without. */
#define COG_PATTERN_SCORE 1.0f
#define COG_PATTERN_SCORE_CONTEXT 0.4f
/* What a context word near a match adds to its score (at most 1). */
#define COG_CONTEXT_BOOST 0.35f

/*
 * Add the recognizer r.  Every match of a regex is an entity of r's type
 * with the regex's score, as in Presidio's pattern recognizers: with a
 * validator, a match that fails it is no entity and one that passes
 * scores 1; then a context word near the match (see
 * cog_recognize_context) adds COG_CONTEXT_BOOST to its score, which is
 * then at least COG_PATTERN_SCORE_CONTEXT.  A score < 0 stands for the
 * default: COG_PATTERN_SCORE_CONTEXT with context words, so that a match
 * needs one at the default threshold, else COG_PATTERN_SCORE.  Every term of the deny list is an entity of
 * the type wherever it stands in a text, as a whole word (unless it
 * begins or ends with no letter or digit), compared with the text
 * without regard to case, each space of the term (as cog_normalize_words
 * leaves it) matching any run of white space: "Acme Corp" is found in
 * "ACME  CORP." (score 1; marked COG_REC_DENY); a user type with a deny
 * list takes the canonical form of PERSON (cog_normalize_as_words), so
 * that each term has one token however it is written.  Types of user
 * recognizers are found whatever the detector's set.  Return 0, or -1
 * with one line in err: "bad regex at offset N: MESSAGE", "an empty
 * term".
 */
int cog_detector_add(struct cog_detector *d, const struct cog_recognizer *r,
    char *err, size_t errlen);

/*
 * The score an entity needs, 0 to 1, from now on (COG_MIN_SCORE unless
 * set): spans scoring under it are dropped (0 keeps every candidate).
 */
void cog_detector_set_threshold(struct cog_detector *d, float min);

/*
 * With on, keep the candidates that each cog_detect_each() turns down
 * (scoring under the threshold, or with a why: see spans.h), for
 * cog_detector_rejected(); texts are then never remembered, so that
 * each one is read afresh.
 */
void cog_detector_set_explain(struct cog_detector *d, int on);

/* The candidates the last cog_detect_each() turned down, in order found. */
const struct cog_spans *cog_detector_rejected(const struct cog_detector *d);

/*
 * Append to out "recognizer":NAME,"evidence":{...}: who found the entity
 * sp of the n bytes at s (builtin, names, pattern, deny_list, key) and on
 * what evidence, none of it a part of the entity: a checksum passed
 * ("checksum":"luhn"), a context word near it ("context":"phone") or one
 * that lowers its score ("context_against":"order"), "asked":true for an
 * answer to a question, for names the lexicon classes of its words
 * ("lexicon":["given","surname"]), the cue words before ("cue":"my name
 * is") and after, and "capitalised"; "format":true when the shape alone
 * made it.  Meant for --explain: it looks again at the text.
 */
void cog_detector_explain(const struct cog_detector *d, const char *s,
    size_t n, const struct cog_span *sp, struct cog_buf *out);

/*
 * Find the entities in the n bytes at s (UTF-8, possibly invalid, may hold
 * NUL bytes).  out is reset and receives the merged spans in order.
 */
void cog_detect(struct cog_detector *d, const char *s, size_t n,
    struct cog_spans *out);

/*
 * The same, before merging: every entity scoring at least COG_MIN_SCORE,
 * in order of position, overlapping ones included (for callers that
 * judge each entity before merging).
 */
void cog_detect_each(struct cog_detector *d, const char *s, size_t n,
    struct cog_spans *out);

#endif
