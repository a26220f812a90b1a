/*
 * fuzz-json.c -- the tokenizer and string decoder on arbitrary bytes, and
 * the string encoder: any bytes written as a JSON string scan as one
 * string and decode to the same bytes.
 */
#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "base/buf.h"
#include "base/utf8.h"
#include "json/json.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cog_json j = { 0 };
	struct cog_jdec d = { COG_BUF_INIT, NULL, 0 };
	struct cog_jtok t;
	struct cog_buf b = COG_BUF_INIT;
	const char *s = (const char *)data;
	int type;

	cog_json_init(&j, s, size);
	while ((type = cog_json_next(&j, &t)) != COG_JT_END &&
	    type != COG_JT_ERROR) {
		assert(t.p >= s && t.p + t.n <= s + size);
		if (type == COG_JT_STRING || type == COG_JT_KEY) {
			size_t i;

			cog_json_decode(&d, t.p, t.n, 1);
			/* The map is monotonic and ends at the raw length. */
			for (i = 0; i < d.text.len; i++)
				assert(d.map[i] <= d.map[i + 1]);
			assert(d.map[d.text.len] == t.n);
			assert(t.escaped || (d.text.len == t.n &&
			    memcmp(d.text.p, t.p, t.n) == 0));
			(void)cog_utf8_count(d.text.p, d.text.len);
		}
	}
	if (type == COG_JT_ERROR)
		assert(j.erroff <= size && j.errmsg != NULL);
	/* Any bytes decode, as for a line masked as text. */
	cog_json_decode(&d, s, size, 1);
	assert(d.map[d.text.len] == size);

	/* Written as a string, the bytes come back. */
	cog_buf_add_jstr(&b, s, size);
	cog_json_init(&j, b.p, b.len);
	assert(cog_json_next(&j, &t) == COG_JT_STRING);
	assert(t.p == b.p + 1 && t.n == b.len - 2);
	assert(cog_json_next(&j, &t) == COG_JT_END);
	cog_json_decode(&d, b.p + 1, b.len - 2, 0);
	assert(d.text.len == size && (size == 0 ||
	    memcmp(d.text.p, s, size) == 0));
	cog_json_release(&j);
	cog_jdec_release(&d);
	cog_buf_release(&b);
	return 0;
}
