/* exportreq.h -- the export request (the seed's), from options and files */
#ifndef COG_EXPORTREQ_H
#define COG_EXPORTREQ_H

#include <stddef.h>

#include "base/buf.h"
#include "mask/rules.h"

#define COG_EXPORT_MAX_MB_DEFAULT 500

/* An export request; strings are borrowed. */
struct cog_export_req {
	const char *from, *to;		/* NULL when chosen otherwise */
	int other_range;		/* a project or a time chooses */
	const char *format;		/* jsonl, csv or xml */
	long max_storage_mb;
	const struct cog_rules *rules;	/* the listed types are sent */
};

/* Whether s is an output format the API takes: jsonl, csv or xml. */
int cog_export_format_ok(const char *s);

/*
 * Append the request as the JSON the API takes, members in the seed's
 * order: session_id_start, session_id_end (left out when there is no
 * id range), output_format,
 * redaction_rules (one per listed built-in type, in type order:
 * entity_type, replacement_strategy, mask_character, min_length, and
 * keep_last when not 0; the hash strategy is sent by the seed's name,
 * deterministic_hash), max_storage_mb.
 */
void cog_export_request_json(const struct cog_export_req *r,
    struct cog_buf *out);

/*
 * The request members other than the rules in a rules file that is an
 * export request object (n bytes of JSON): session_id_start,
 * session_id_end, output_format and max_storage_mb, each appended to its
 * buffer (or *max_mb set) when present.  Nothing is done for a list of
 * rules.  Return 0, or -1 with a message in err when a member has the
 * wrong type.
 */
int cog_export_file_fields(const char *json, size_t n, struct cog_buf *from,
    struct cog_buf *to, struct cog_buf *format, long *max_mb, char *err,
    size_t errlen);

/* What the options of cog-export say of the request; all borrowed. */
struct cog_export_opts {
	const char *from, *to, *format;	/* NULL when not given */
	int other_range;		/* --project, --since or --until */
	long max_mb;			/* -1 when not given */
	const char **rulefiles;		/* --rules FILE, in order */
	const char **rules;		/* --rule SPEC, in order */
	size_t nrulefiles, nrules;
};

/* A request built from the options; it owns what req points to. */
struct cog_export_build {
	struct cog_rules rules;
	struct cog_buf from, to, format;
	struct cog_export_req req;
};

/*
 * Build b (zeroed first) from o: the rules files (a list of rules, or a
 * whole request whose other members are defaults under the options),
 * then the --rule specs; then check it: a range of valid session ids
 * (which may be left out when other_range chooses the sessions), a
 * known format, at least one rule, only the built-in types.  Anything
 * wrong is a usage error.
 */
void cog_export_build(struct cog_export_build *b,
    const struct cog_export_opts *o);

void cog_export_build_release(struct cog_export_build *b);

#endif
