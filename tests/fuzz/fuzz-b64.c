/* fuzz-b64.c -- base64 decoding, and encode/decode round trips */
#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "base/encode.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cog_buf a = COG_BUF_INIT, b = COG_BUF_INIT;
	int url;

	(void)cog_b64_decode(&a, (const char *)data, size);
	for (url = 0; url < 2; url++) {
		cog_buf_reset(&a);
		cog_buf_reset(&b);
		cog_b64_encode(&a, data, size, url);
		assert(cog_b64_decode(&b, a.p, a.len) == 0);
		assert(b.len == size && (size == 0 ||
		    memcmp(b.p, data, size) == 0));
	}
	cog_buf_release(&a);
	cog_buf_release(&b);
	return 0;
}
