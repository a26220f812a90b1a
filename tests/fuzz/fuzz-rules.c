/*
 * fuzz-rules.c -- rules files (a list of rules, or an export request
 * holding one), --rule specs and the request members of a rules file.
 * Rules that parse are sent in the export request, and that request read
 * as a rules file gives the same rules and members back.
 */
#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "base/buf.h"
#include "base/utf8.h"
#include "mask/rules.h"
#include "net/exportreq.h"
#include "pii/types.h"

#include "fuzz.h"

static void
rules_ok(const struct cog_rules *rs)
{
	int t;

	for (t = 0; t < COG_MAXTYPES; t++) {
		const struct cog_rule *r = &rs->r[t];
		size_t n = strlen(r->mask_char);

		assert(r->strategy >= COG_HASH && r->strategy <= COG_ENCRYPT);
		assert(n >= 1 && n <= 4);
		assert(cog_utf8_count(r->mask_char, n) == 1);
	}
}

/* The request made of rs, read back as a rules file. */
static void
round_trip(const struct cog_rules *rs, long mb)
{
	struct cog_export_req req = { "sess_a", "sess_\"z\"", 0, "csv", 0,
	    NULL };
	struct cog_buf json = COG_BUF_INIT, from = COG_BUF_INIT,
	    to = COG_BUF_INIT, format = COG_BUF_INIT;
	struct cog_rules back;
	char err[512];
	long got = -1;
	int t;

	req.max_storage_mb = mb;
	req.rules = rs;
	cog_export_request_json(&req, &json);
	cog_rules_init(&back);
	if (rs->listed & ((1ULL << COG_NBUILTIN) - 1)) {
		if (cog_rules_parse(&back, json.p, json.len, err,
		    sizeof(err)) != 0) {
			fprintf(stderr, "%s: %s\n", json.p, err);
			abort();
		}
		for (t = 0; t < COG_NBUILTIN; t++) {
			if (!(rs->listed & COG_TYPEBIT(t)))
				continue;
			assert(back.listed & COG_TYPEBIT(t));
			assert(back.r[t].strategy == rs->r[t].strategy);
			assert(strcmp(back.r[t].mask_char,
			    rs->r[t].mask_char) == 0);
			assert(back.r[t].min_length == rs->r[t].min_length);
			assert(back.r[t].keep_last == rs->r[t].keep_last);
		}
	}
	assert(cog_export_file_fields(json.p, json.len, &from, &to, &format,
	    &got, err, sizeof(err)) == 0);
	assert(strcmp(from.p, req.from) == 0 && strcmp(to.p, req.to) == 0);
	assert(strcmp(format.p, req.format) == 0 && got == mb);
	cog_buf_release(&json);
	cog_buf_release(&from);
	cog_buf_release(&to);
	cog_buf_release(&format);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cog_buf a = COG_BUF_INIT, b = COG_BUF_INIT, c = COG_BUF_INIT;
	struct cog_rules rs;
	char err[512], *s = fuzz_cstr(data, size);
	long mb = -1;

	cog_rules_init(&rs);
	err[0] = '\0';
	if (cog_rules_parse(&rs, s, size, err,
	    sizeof(err)) == 0) {
		rules_ok(&rs);
		round_trip(&rs, (long)size);
	} else {
		assert(err[0] != '\0');
	}
	cog_rules_release(&rs);
	cog_rules_init(&rs);
	err[0] = '\0';
	if (cog_rules_add_spec(&rs, s, err, sizeof(err)) == 0) {
		rules_ok(&rs);
		round_trip(&rs, COG_EXPORT_MAX_MB_DEFAULT);
	} else {
		assert(err[0] != '\0');
	}
	err[0] = '\0';
	if (cog_export_file_fields((const char *)data, size, &a, &b, &c, &mb,
	    err, sizeof(err)) != 0)
		assert(err[0] != '\0');
	cog_buf_release(&a);
	cog_buf_release(&b);
	cog_buf_release(&c);
	free(s);
	return 0;
}
