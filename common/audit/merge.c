/* merge.c -- the entries of the shards of a run made into one */
#include <stdlib.h>
#include <string.h>

#include "audit/merge.h"
#include "base/err.h"
#include "json/jget.h"
#include "json/json.h"

/* Where the shard is, for messages. */
struct at {
	const char *name;
	unsigned long lineno;
};

static unsigned long long
member_int(const char *line, size_t n, const char *path, const struct at *a)
{
	long long v;

	if (cog_jget_int(line, n, path, &v) != 1 || v < 0)
		cog_die("%s:%lu: no \"%s\" count", a->name, a->lineno, path);
	return (unsigned long long)v;
}

static int
add_example(const struct cog_jval *v, void *arg)
{
	struct cog_audit_run *r = arg;

	cog_audit_run_add_example(r, v->p, v->n);
	return 0;
}

/* The shard's counts into r. */
static void
add_counts(struct cog_audit_run *r, const char *line, size_t n,
    const struct at *a)
{
	unsigned long long ok;
	struct cog_jval v;

	ok = member_int(line, n, "metrics.successful_downloads", a);
	r->sessions += ok;
	r->failed += member_int(line, n, "metrics.total_sessions", a) - ok;
	r->messages += member_int(line, n, "metrics.messages", a);
	r->bytes += member_int(line, n, "metrics.bytes_processed", a);
	r->strings += member_int(line, n, "residual_pii.scanned_strings", a);
	if (cog_jget(line, n, "metrics.redaction_token_count", &v) != 1 ||
	    cog_audit_counts_add(v.p, v.n, &r->tokens) < 0 ||
	    cog_jget(line, n, "residual_pii.found", &v) != 1 ||
	    cog_audit_counts_add(v.p, v.n, &r->found) < 0)
		cog_die("%s:%lu: bad redaction_token_count or residual_pii "
		    "counts", a->name, a->lineno);
	cog_jget_each(line, n, "residual_pii.examples", add_example, r);
}

/* The shard's time span and job into m. */
static void
add_span_job(struct cog_audit_merge *m, const char *line, size_t n,
    const struct at *a)
{
	struct cog_buf s = COG_BUF_INIT;
	struct cog_jval v;
	double t, dur;

	if (cog_jget(line, n, "metrics.duration_seconds", &v) != 1 ||
	    v.type != COG_JT_NUMBER || cog_jget_str(line, n, "timestamp",
	    &s) != 1 || cog_audit_parse_time(s.p, s.len, &t) < 0)
		cog_die("%s:%lu: bad timestamp or duration_seconds", a->name,
		    a->lineno);
	cog_buf_release(&s);
	dur = strtod(v.p, NULL);
	if (m->n == 0 || t - dur < m->first)
		m->first = t - dur;
	if (m->n == 0 || t > m->last)
		m->last = t;
	if (cog_jget(line, n, "jobId", &v) != 1)
		cog_die("%s:%lu: no \"jobId\"", a->name, a->lineno);
	if (v.type == COG_JT_STRING) {
		v.p--;
		v.n += 2;
	}
	if (m->n == 0)
		cog_buf_add(&m->job, v.p, v.n);
	else if (m->job.len != v.n || memcmp(m->job.p, v.p, v.n) != 0)
		m->jobs_differ = 1;
}

void
cog_audit_merge_add(struct cog_audit_merge *m, struct cog_audit_run *r,
    const char *line, size_t n, const struct cog_audit_entry *e,
    const char *name, unsigned long lineno)
{
	struct cog_buf s = COG_BUF_INIT;
	struct at a = { name, lineno };

	add_counts(r, line, n, &a);
	add_span_job(m, line, n, &a);
	if (cog_jget_str(line, n, "data_sha256", &s) != 1 || s.len != 64)
		cog_die("%s:%lu: no \"data_sha256\"", name, lineno);
	cog_buf_addf(&r->shards, ",{\"entry_hash\":\"%s\",\"data_sha256\":"
	    "\"%s\"}", e->entry_hash, s.p);
	cog_buf_addf(&m->hashes, "%s\n", s.p);
	cog_buf_release(&s);
	m->n++;
}

void
cog_audit_merge_finish(struct cog_audit_merge *m, struct cog_audit_run *r)
{
	r->duration = m->last - m->first;
	cog_sha256_release(&r->data);
	cog_sha256_init(&r->data);
	cog_sha256_update(&r->data, m->hashes.p, m->hashes.len);
}

void
cog_audit_merge_release(struct cog_audit_merge *m)
{
	cog_buf_release(&m->job);
	cog_buf_release(&m->hashes);
}
