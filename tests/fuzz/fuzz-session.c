/*
 * fuzz-session.c -- the lines cog-fetch and cog-sessions read: session
 * lines or bare ids, and export job status lines (cog-record(5)).  The
 * input is split into lines at '\n', as the tools read them.
 */
#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "base/buf.h"
#include "net/jobline.h"
#include "net/session.h"

#include "fuzz.h"

static void
id_ok(const struct cog_buf *b)
{
	assert(cog_session_id_valid(b->p, b->len));
	assert(b->len >= 1 && b->len <= COG_SESSION_ID_MAX);
	assert(memchr(b->p, '/', b->len) == NULL && b->p[0] != '.');
	assert(strlen(b->p) == b->len);
}

static void
line(const char *p, size_t n, struct cog_session_ref *ref,
    struct cog_export_job *job)
{
	const char *err = NULL;
	int r;

	r = cog_session_parse_line(p, n, ref, &err);
	assert(r >= -1 && r <= 1);
	if (r == 1) {
		id_ok(&ref->id);
		assert(ref->bytes >= -1);
	} else if (r == -1) {
		assert(err != NULL);
	}
	err = NULL;
	r = cog_jobline_read(p, n, job, &err);
	switch (r) {
	case COG_EXPORT_COMPLETED:
		/* A range of ids, or a choice by project or time alone. */
		if (job->start.len == 0 && job->end.len == 0) {
			assert(job->project.len || job->since.len ||
			    job->until.len);
		} else {
			id_ok(&job->start);
			id_ok(&job->end);
		}
		assert(job->progress >= -1 && job->progress <= 100);
		break;
	case COG_EXPORT_FAILED:
		assert(job->error.len > 0);
		break;
	case COG_EXPORT_PENDING:
		assert(job->status.len > 0);
		break;
	case COG_EXPORT_UNKNOWN:
		break;
	default:
		assert(r == -1 && err != NULL);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cog_session_ref ref = { COG_BUF_INIT, { 0 }, 0, -1, COG_BUF_INIT };
	struct cog_export_job job;
	const char *s = (const char *)data, *end = s + size, *nl;
	char *copy;

	memset(&job, 0, sizeof(job));
	while (s < end) {
		nl = memchr(s, '\n', (size_t)(end - s));
		if (nl == NULL)
			nl = end;
		/* Each line in a block of its own size. */
		copy = fuzz_cstr((const uint8_t *)s, (size_t)(nl - s));
		line(copy, (size_t)(nl - s), &ref, &job);
		free(copy);
		s = nl + 1;
	}
	cog_session_ref_release(&ref);
	cog_export_job_release(&job);
	return 0;
}
