/* scan.h -- the residual scan: the tokens and the PII left in masked records */
#ifndef COG_AUDIT_SCAN_H
#define COG_AUDIT_SCAN_H

#include <stddef.h>

#include "base/buf.h"
#include "base/counter.h"
#include "base/par.h"
#include "mask/keys.h"
#include "pii/detect.h"

/* Positions of residual PII kept per block, and per entry. */
#define COG_AUDIT_EXAMPLES 10

/*
 * A scanner, one per thread.  For every string value of a record it
 * finds the replacement tokens of cog-mask and keeps those that
 * cog-mask could have written (cog_token_vet), counting them per type;
 * then it looks for PII in the value with the detector, each token kept
 * replaced by underscores first (an opaque word no recognizer takes for
 * PII and that, unlike blanks, leaves no gap that makes a label such as
 * "DOB:" look like a name).  What looks like a token but is none is
 * scanned as the text it is, and the PII found inside one is reported
 * with the rest.
 */
struct cog_audit_scan;

/* What the vetting of tokens could not check or turned down. */
struct cog_audit_vetted {
	unsigned long long unchecked;	/* encrypt tokens, no key */
	unsigned long long foreign;	/* no token of cog-mask's */
	unsigned long long holding;	/* token-shaped, holding PII */
};

/*
 * A scanner that owns det, a detector of its own, and keys, the masking
 * keys of its own (cog_keys_dup) that tokens are checked with, or NULL.
 */
struct cog_audit_scan *cog_audit_scan_new(struct cog_detector *det,
    struct cog_keys *keys);

void cog_audit_scan_free(struct cog_audit_scan *s);

/* The input's name in messages ("<stdin>"); borrowed, kept as given. */
void cog_audit_scan_set_name(struct cog_audit_scan *s, const char *name);

/*
 * The worker of cog_par_each (ctx is a scanner): scan each non-blank
 * line of the block and append to b->out what the sink needs of it, in
 * this form:
 *
 *   "S<session id>\n"	the record's top-level "session_id" (else
 *			"sessionId"), fit for a file name, or
 *   "I\n"		one that is not (cog_session_id_valid), or
 *   "N\n"		none;
 *   then "E{...}\n"	for each residual entity, while the block has
 *			had fewer than COG_AUDIT_EXAMPLES: its position as
 *			the members of an example of residual_pii.examples
 *			("session_id", "seq", "line", "path", "type",
 *			"start", "end"; no value).
 *
 * On invalid JSON, stop the block with "<name>:<line>: invalid JSON:
 * <reason> at column <n>" in b->err.
 */
void cog_audit_scan_block(void *ctx, struct cog_block *b);

/*
 * Add what s counted to the totals: tokens and found per type, the
 * string values scanned, and what the vetting of tokens made of them.
 */
void cog_audit_scan_totals(const struct cog_audit_scan *s,
    struct cog_counter *tokens, struct cog_counter *found,
    unsigned long long *strings, struct cog_audit_vetted *vetted);

#endif
