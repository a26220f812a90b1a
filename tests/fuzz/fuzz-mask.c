/* fuzz-mask.c -- the masking engine: valid JSON in gives valid JSON out */
#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "json/json.h"
#include "mask/keys.h"
#include "mask/mask.h"
#include "mask/rules.h"
#include "pii/detect.h"

static int
valid(const char *s, size_t n)
{
	struct cog_json j = { 0 };
	struct cog_jtok t;
	int type;

	cog_json_init(&j, s, n);
	while ((type = cog_json_next(&j, &t)) != COG_JT_END &&
	    type != COG_JT_ERROR)
		;
	cog_json_release(&j);
	return type == COG_JT_END;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct cog_masker *m[3];
	static struct cog_detector *det;
	static struct cog_rules rules;
	static struct cog_keys *keys;
	static struct cog_keyrule kr[] = { { "email", COG_EMAIL_ADDRESS } };
	struct cog_buf out = COG_BUF_INIT;
	const char *msg;
	size_t off;
	int i;

	if (det == NULL) {
		struct cog_mask_config c = { 0 };
		char err[256];

		det = cog_detector_new(cog_default_types);
		cog_detector_add_pattern(det, COG_DATE_TIME, "[0-9]+", err,
		    sizeof(err));
		cog_rules_init(&rules);
		cog_rules_add_spec(&rules, "PHONE:mask:0:2", err, sizeof(err));
		cog_rules_add_spec(&rules, "URL:encrypt:0", err, sizeof(err));
		cog_rules_add_spec(&rules, "DATE_TIME:encrypt:0", err,
		    sizeof(err));
		keys = cog_keys_new((const unsigned char *)"fuzzing-secret-0123",
		    19);
		c.det = det;
		c.rules = &rules;
		c.keys = keys;
		c.keyrules = kr;
		c.nkeyrules = 1;
		c.redaction_map = 1;
		for (i = 0; i < 3; i++) {
			c.mode = i;
			m[i] = cog_masker_new(&c);
		}
	}
	for (i = 0; i < 3; i++) {
		cog_buf_reset(&out);
		if (cog_mask_json(m[i], (const char *)data, size, 1, &out, &msg,
		    &off) == 0) {
			if (i != COG_MODE_DETECT)
				assert(valid(out.p ? out.p : "", out.len));
		} else {
			assert(out.len == 0 && off <= size);
		}
		cog_buf_reset(&out);
		cog_mask_text(m[i], (const char *)data, size, 1, &out);
	}
	cog_buf_release(&out);
	return 0;
}
