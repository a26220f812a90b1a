/* Growable buffers: JSON string escaping. */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "tap.h"

/* The escaped form of one byte, the slow and obvious way. */
static void
escape1(struct cog_buf *b, unsigned char c)
{
	char u[7];

	switch (c) {
	case '"': cog_buf_adds(b, "\\\""); return;
	case '\\': cog_buf_adds(b, "\\\\"); return;
	case '\n': cog_buf_adds(b, "\\n"); return;
	case '\r': cog_buf_adds(b, "\\r"); return;
	case '\t': cog_buf_adds(b, "\\t"); return;
	case '\b': cog_buf_adds(b, "\\b"); return;
	case '\f': cog_buf_adds(b, "\\f"); return;
	}
	if (c < 0x20) {
		snprintf(u, sizeof(u), "\\u%04x", c);
		cog_buf_adds(b, u);
	} else {
		cog_buf_addc(b, c);
	}
}

int
main(void)
{
	static const unsigned char special[] = {
		'"', '\\', '\n', '\r', '\t', '\b', '\f', 0x00, 0x01, 0x1f,
		0x7f, 0x80, 0xc3, 0xff, ' ', '/'
	};
	struct cog_buf got = COG_BUF_INIT, want = COG_BUF_INIT;
	char s[40];
	size_t len, pos, k, i, bad = 0;

	/*
	 * Every special byte at every place of texts of 0 to 39 bytes, so
	 * that it falls in each lane of the word-at-a-time scan and in
	 * the tail after it.
	 */
	for (len = 1; len < sizeof(s); len++)
		for (pos = 0; pos < len; pos++)
			for (k = 0; k < sizeof(special); k++) {
				for (i = 0; i < len; i++)
					s[i] = (char)('a' + i % 26);
				s[pos] = (char)special[k];
				cog_buf_reset(&got);
				cog_buf_reset(&want);
				cog_buf_add_json(&got, s, len);
				for (i = 0; i < len; i++)
					escape1(&want, (unsigned char)s[i]);
				if (got.len != want.len ||
				    memcmp(got.p, want.p, got.len) != 0)
					bad++;
			}
	ok(bad == 0, "one special byte anywhere in 1 to 39 bytes (%zu wrong)",
	    bad);
	cog_buf_reset(&got);
	cog_buf_add_json(&got, "", 0);
	ok(got.len == 0, "empty text");
	cog_buf_reset(&got);
	cog_buf_add_json(&got, "[PERSON_0123456789abcdef]", 25);
	is_str(got.p, "[PERSON_0123456789abcdef]", "a token is copied as is");
	cog_buf_reset(&got);
	cog_buf_add_json(&got, "a\"b\\c\nd\x01" "efghijklmnop\"", 21);
	is_str(got.p, "a\\\"b\\\\c\\nd\\u0001efghijklmnop\\\"",
	    "several escapes, before and after a clean run");
	cog_buf_reset(&got);
	cog_buf_add_jstr(&got, "Zoë", 4);
	is_str(got.p, "\"Zoë\"", "UTF-8 is kept, quoted");
	cog_buf_release(&got);
	cog_buf_release(&want);
	return tap_done();
}
