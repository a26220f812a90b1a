/* fuzz-audit.c -- audit entries, counts, times, spool files, job answers */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "audit/sign.h"
#include "base/buf.h"
#include "base/counter.h"
#include "net/api.h"
#include "net/exportreq.h"
#include "net/jobline.h"
#include "notify/spool.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct cog_signkey *k;
	struct cog_buf a = COG_BUF_INIT, b = COG_BUF_INIT, c = COG_BUF_INIT,
	    line = COG_BUF_INIT;
	struct cog_counter counts = { NULL, 0, 0 };
	struct cog_audit_entry e;
	struct cog_export_job j;
	const char *s = (const char *)data, *why;
	char err[256];
	double secs;
	long mb = -1;

	if (k == NULL)
		k = cog_signkey_hmac("fuzz-key-0123456789", 19);
	if (cog_audit_parse(s, size, &e, &why) == 0) {
		assert(e.signed_len < size);
		(void)cog_audit_hash_ok(s, &e);
		(void)cog_audit_sig_ok(s, &e, k);
	}
	/* Whatever precedes prev_hash, a sealed entry parses and checks. */
	if (memchr(s, '\n', size) == NULL && memchr(s, '\0', size) == NULL) {
		cog_buf_adds(&line, "{\"d\":");
		cog_buf_add_jstr(&line, s, size);
		cog_buf_adds(&line, ",\"prev_hash\":\"" COG_AUDIT_GENESIS "\"");
		cog_audit_seal(&line, 0, k);
		assert(cog_audit_parse(line.p, line.len, &e, &why) == 0);
		assert(cog_audit_hash_ok(line.p, &e));
		assert(cog_audit_sig_ok(line.p, &e, k));
	}
	if (cog_audit_counts_add(s, size, &counts) == 0)
		cog_audit_counts_json(&counts, &a);
	(void)cog_audit_parse_time(s, size, &secs);
	cog_buf_reset(&a);
	(void)cog_spool_parse(s, size, &a, &b);
	memset(&j, 0, sizeof(j));
	if (cog_api_v1.job_status(s, size, &j) >= 0) {
		cog_buf_reset(&c);
		cog_jobline_write(&j, COG_EXPORT_COMPLETED, "a", "b", &c);
	}
	cog_buf_reset(&a);
	cog_buf_reset(&b);
	(void)cog_export_file_fields(s, size, &a, &b, &c, &mb, err,
	    sizeof(err));
	cog_export_job_release(&j);
	cog_counter_release(&counts);
	cog_buf_release(&a);
	cog_buf_release(&b);
	cog_buf_release(&c);
	cog_buf_release(&line);
	return 0;
}
