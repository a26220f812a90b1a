/* mask.h -- the masking engine: find and replace PII in JSON and text lines */
#ifndef COG_MASK_H
#define COG_MASK_H

#include <stddef.h>

#include "base/buf.h"
#include "base/counter.h"
#include "json/path.h"
#include "mask/keys.h"
#include "mask/rules.h"
#include "pii/allow.h"
#include "pii/detect.h"
#include "pii/types.h"

enum cog_mask_mode {
	COG_MODE_MASK,		/* replace entities by their rule */
	COG_MODE_DETECT,	/* report entities, one JSON line each */
	COG_MODE_UNMASK		/* decrypt the tokens of the encrypt rule */
};

/* --key NAME=TYPE: the whole value of every key NAME is of the type. */
struct cog_keyrule {
	const char *name;
	int type;
};

/* What the engine does; every pointer is borrowed for its lifetime. */
struct cog_mask_config {
	int mode;
	struct cog_detector *det;
	cog_typeset types;		/* the types det looks for */
	const struct cog_rules *rules;
	struct cog_keys *keys;		/* NULL if no rule hashes or encrypts */
	const struct cog_path *fields;	/* --field: only these subtrees */
	size_t nfields;
	const struct cog_path *skips;	/* --skip: never these subtrees */
	size_t nskips;
	const struct cog_keyrule *keyrules;
	size_t nkeyrules;
	const struct cog_allow *allow;	/* values never masked, or NULL */
	int redaction_map;		/* count every replacement text */
	int mask_keys;			/* object keys are values too */
	int conversation;		/* lines answer the line before */
	int explain;			/* say why of every candidate */
	int show_values;		/* ... with the values */
};

/*
 * What a masker counted; zero it to start, release it when done.  An
 * entity found is masked, or left: by a keep rule, as allowed by the
 * allow list, or as too_short for its rule's min_length.
 */
struct cog_mask_stats {
	unsigned long long found[COG_MAXTYPES];	/* entities detected */
	unsigned long long masked[COG_MAXTYPES];	/* entities replaced */
	unsigned long long too_short[COG_MAXTYPES];	/* left for min_length */
	unsigned long long allowed[COG_MAXTYPES];	/* left: allow list */
	unsigned long long records;	/* JSON lines (or text lines) done */
	unsigned long long unmask_failed;	/* tokens not decrypted */
	unsigned long long paths_matched;	/* bit i: path i matched a value */
	unsigned long long keys_matched;	/* bit i: keyrule i named a member */
	struct cog_counter map;		/* replacement texts, when asked */
	struct cog_buf explain;		/* with c.explain: its JSON lines */
};

/* Add src's counts to dst's (the explanations are not added). */
void cog_mask_stats_add(struct cog_mask_stats *dst,
    const struct cog_mask_stats *src);

/* Zero the counts and free the map (and the explanations). */
void cog_mask_stats_reset(struct cog_mask_stats *st);

/*
 * Append "entities":{TYPE:{"found":N,"masked":N},...} (with "too_short":N
 * and "allowed":N when not 0) and ,"redaction_map":{TEXT:N,...} (sorted).
 */
void cog_mask_stats_json(const struct cog_mask_stats *st,
    struct cog_buf *out);

struct cog_masker;

/*
 * Numbers are scanned like strings, but for PERSON, LOCATION and
 * STREET_ADDRESS; one of
 * fewer characters than this holds no built-in type (the shortest are
 * national phone numbers) and is scanned only when the config's types
 * include a user's.
 */
#define COG_MASK_NUMBER_MIN 7

/*
 * The entities of the JSON number of n bytes at s into out, as cog-mask
 * finds them: every type but PERSON, LOCATION and STREET_ADDRESS.
 */
void cog_mask_number_detect(struct cog_detector *d, const char *s, size_t n,
    struct cog_spans *out);

/*
 * Fields (plus skips) are at most 64, and so are key rules; the caller
 * checks the counts.  Path i is field i, or skip i - nfields.
 */
#define COG_MASK_MAXPATHS 64
#define COG_MASK_MAXKEYS 64

struct cog_masker *cog_masker_new(const struct cog_mask_config *c);
void cog_masker_free(struct cog_masker *m);

/* The masker's mode: COG_MODE_*. */
int cog_masker_mode(const struct cog_masker *m);

/* Label --detect output with "file" (NULL for none); name is borrowed. */
void cog_masker_set_file(struct cog_masker *m, const char *name);

/*
 * With c.conversation, lines are the messages of conversations: a line
 * that asks for a type that needs context words ("Can you confirm your
 * date of birth?") and does not hold one makes a value at the start of
 * the next line's texts count as one ("It's 1978-09-27."), when the
 * first member of both records named "session_id" or "sessionId" has the
 * same value, names and values decoded (or neither has one), and the
 * asking line is at most COG_MASK_REPLY_MAX bytes.  What a line answers
 * thus depends on the line before it alone: a caller that starts in the
 * middle of an input first processes the line before, its output thrown
 * away.  cog_masker_new_input() forgets the line before, at the start of
 * a file or after a blank line.
 */
#define COG_MASK_REPLY_MAX 65536
void cog_masker_new_input(struct cog_masker *m);

/*
 * Process the JSON text of one line (no terminator) and append the result
 * to out: the line with its entities replaced, the detection lines, or
 * the line with its tokens decrypted; a byte of invalid UTF-8 is written
 * as U+FFFD.  Return 0; or -1 when the line is
 * not valid JSON, with nothing appended, statistics untouched, and the
 * reason in *errmsg (static text) at byte offset *erroff.
 */
int cog_mask_json(struct cog_masker *m, const char *line, size_t len,
    unsigned long lineno, struct cog_buf *out, const char **errmsg,
    size_t *erroff);

/* The same for a line of plain text (a trailing CR is left alone). */
void cog_mask_text(struct cog_masker *m, const char *line, size_t len,
    unsigned long lineno, struct cog_buf *out);

/*
 * The same for a line meant to be JSON that is not: masked as text, with
 * its JSON escapes decoded for detection ("maria\u0040example.com").
 */
void cog_mask_loose(struct cog_masker *m, const char *line, size_t len,
    unsigned long lineno, struct cog_buf *out);

/*
 * With c.explain, each line processed appends to the stats' explain
 * buffer one JSON line per candidate entity, in the order judged:
 *
 *	{"line":N,"path":P,"type":T,"start":S,"end":E,"score":X,
 *	 "recognizer":R,"evidence":{...},"decision":D[,"reason":W]...}
 *
 * (see cog_detector_explain for recognizer and evidence; start and end
 * in code points as with --detect), D being "masked" (with "strategy"),
 * "found" (--detect), "kept" (a keep rule), "left" (reason
 * "min_length", with "min_length", or "allow_list") or "rejected"
 * (reason "below_threshold", with "threshold"; "sample_number",
 * "invalid_number" or "validator"), and "value" last with
 * c.show_values.
 */

/* Count into st from now on; NULL goes back to the masker's own. */
void cog_masker_count_into(struct cog_masker *m, struct cog_mask_stats *st);

#endif
