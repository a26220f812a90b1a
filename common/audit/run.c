/* run.c -- the totals of an audit run, and the entry that reports them */
#include <string.h>
#include <time.h>

#include "audit/audit.h"
#include "audit/run.h"
#include "audit/scan.h"
#include "base/encode.h"
#include "base/err.h"
#include "base/lines.h"
#include "net/session.h"

void
cog_audit_run_init(struct cog_audit_run *r)
{
	cog_sha256_init(&r->data);
	r->name = "<stdin>";
}

void
cog_audit_run_release(struct cog_audit_run *r)
{
	cog_counter_release(&r->seen);
	cog_counter_release(&r->tokens);
	cog_counter_release(&r->found);
	cog_buf_release(&r->examples);
	cog_buf_release(&r->shards);
	cog_sha256_release(&r->data);
}

void
cog_audit_run_add_example(struct cog_audit_run *r, const char *p, size_t n)
{
	if (r->nexamples >= COG_AUDIT_EXAMPLES)
		return;
	cog_buf_addc(&r->examples, ',');
	cog_buf_add(&r->examples, p, n);
	r->nexamples++;
}

/* Take one record line with its session line s (sn bytes, no newline). */
static void
record(struct cog_audit_run *r, const char *line, size_t len, const char *s,
    size_t sn, unsigned long lineno)
{
	r->messages++;
	if (*s == 'S')
		cog_counter_add(&r->seen, s + 1, sn - 1, 1);
	if (r->split == NULL)
		return;
	if (*s != 'S')
		cog_die("%s:%lu: %s", r->name, lineno, *s == 'I' ?
		    "the session_id cannot name a file" :
		    "no \"session_id\": --split-dir needs one in every record");
	cog_audit_split_add(r->split, s + 1, sn - 1, line, len);
}

int
cog_audit_run_take(void *arg, struct cog_block *b)
{
	struct cog_audit_run *r = arg;
	const char *p = b->in.p, *end = p + b->in.len, *nl;
	const char *s = b->out.p, *send = s + b->out.len, *snl;
	unsigned long lineno = b->first;
	size_t len;

	if (b->stop) {
		cog_warn("%s", b->err);
		return 1;
	}
	cog_sha256_update(&r->data, b->in.p, b->in.len);
	r->bytes += b->in.len;
	for (; p < end; p += len + (nl != NULL), lineno++) {
		nl = memchr(p, '\n', (size_t)(end - p));
		len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		if (cog_blank(p, len))
			continue;
		snl = memchr(s, '\n', (size_t)(send - s));
		record(r, p, len, s, (size_t)(snl - s), lineno);
		s = snl + 1;
		/* The record's examples follow its session line. */
		while (s < send && *s == 'E') {
			snl = memchr(s, '\n', (size_t)(send - s));
			cog_audit_run_add_example(r, s + 1,
			    (size_t)(snl - s - 1));
			s = snl + 1;
		}
	}
	return 0;
}

void
cog_audit_run_count_failed(struct cog_audit_run *r, const char *path)
{
	struct cog_session_ref ref;
	struct cog_counter ids = { NULL, 0, 0 };
	struct cog_lines in;
	const char *why;
	char *line;
	size_t len, before;
	int nl, rc;

	memset(&ref, 0, sizeof(ref));
	if (cog_lines_open(&in, path) < 0)
		cog_die("cannot open '%s':", path);
	while ((rc = cog_lines_next(&in, &line, &len, &nl)) > 0) {
		if ((rc = cog_session_parse_line(line, len, &ref, &why)) <= 0) {
			if (rc < 0)
				r->failed++;	/* a bad line: one lost */
			continue;
		}
		if (cog_counter_find(&r->seen, ref.id.p, ref.id.len))
			continue;	/* delivered after all */
		before = ids.used;
		cog_counter_add(&ids, ref.id.p, ref.id.len, 1);
		r->failed += ids.used > before;
	}
	if (rc < 0)
		cog_die("cannot read '%s':", path);
	cog_lines_close(&in);
	cog_session_ref_release(&ref);
	cog_counter_release(&ids);
}

static void
metrics_json(const struct cog_audit_run *r, struct cog_buf *b)
{
	cog_buf_addf(b, "\"metrics\":{\"total_sessions\":%llu,"
	    "\"successful_downloads\":%llu,\"messages\":%llu,"
	    "\"bytes_processed\":%llu,\"duration_seconds\":%.3f,"
	    "\"redaction_token_count\":", r->sessions + r->failed,
	    r->sessions, r->messages, r->bytes, r->duration);
	cog_audit_counts_json(&r->tokens, b);
	cog_buf_addf(b, "},\"residual_pii\":{\"scanned_strings\":%llu,"
	    "\"found\":", r->strings);
	cog_audit_counts_json(&r->found, b);
	if (r->nexamples > 0) {
		cog_buf_adds(b, ",\"examples\":[");
		cog_buf_add(b, r->examples.p + 1, r->examples.len - 1);
		cog_buf_addc(b, ']');
	}
	cog_buf_addc(b, '}');
}

void
cog_audit_run_entry(struct cog_audit_run *r, const char *job, size_t n,
    struct cog_buf *out)
{
	unsigned char d[COG_SHA256_LEN];
	struct timespec ts;

	cog_buf_adds(out, "{\"jobId\":");
	cog_buf_add(out, job, n);
	clock_gettime(CLOCK_REALTIME, &ts);
	cog_buf_adds(out, ",\"timestamp\":\"");
	cog_audit_time(out, &ts);
	cog_buf_adds(out, "\",");
	metrics_json(r, out);
	if (r->shards.len > 0) {
		cog_buf_adds(out, ",\"shards\":[");
		cog_buf_add(out, r->shards.p + 1, r->shards.len - 1);
		cog_buf_addc(out, ']');
	}
	cog_sha256_final(&r->data, d);
	cog_buf_adds(out, ",\"data_sha256\":\"");
	cog_hex_encode(out, d, sizeof(d));
	cog_buf_addc(out, '"');
}
