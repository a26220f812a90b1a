/*
 * fuzz-spool.c -- the webhook spool: any file in the spool parses as an
 * event or is refused, and every event spooled is read back as it was
 * put, its URL the input's first line and its body the rest.
 */
#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "base/buf.h"
#include "json/jget.h"
#include "json/json.h"
#include "notify/spool.h"

#include "fuzz.h"

static char dir[sizeof(fuzz_dir) + 16];

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	snprintf(dir, sizeof(dir), "%s/spool", fuzz_tmpdir());
	return 0;
}

static int
json_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static void
round_trip(const char *url, const char *body, size_t n)
{
	struct cog_buf name = COG_BUF_INIT, u = COG_BUF_INIT,
	    b = COG_BUF_INIT;
	char **names;
	size_t count;

	assert(cog_spool_put(dir, url, body, n, &name) == 0);
	assert(cog_spool_list(dir, &names, &count) == 0);
	assert(count == 1 && strcmp(names[0], name.p) == 0);
	assert(cog_spool_read(dir, name.p, &u, &b) == 0);
	assert(u.len == strlen(url) && memcmp(u.p, url, u.len) == 0);
	/* The body comes back without the white space around it. */
	while (n > 0 && json_ws(body[0])) {
		body++;
		n--;
	}
	while (n > 0 && json_ws(body[n - 1]))
		n--;
	assert(b.len == n && memcmp(b.p, body, n) == 0);
	assert(cog_spool_remove(dir, name.p) == 0);
	cog_spool_names_free(names, count);
	cog_buf_release(&name);
	cog_buf_release(&u);
	cog_buf_release(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cog_buf url = COG_BUF_INIT, body = COG_BUF_INIT;
	struct cog_jval v;
	const char *s = (const char *)data, *nl;
	char *copy = fuzz_cstr(data, size);

	if (cog_spool_parse(copy, size, &url, &body) == 0) {
		assert(body.len > 0 && body.len <= size);
		assert(cog_jget(body.p, body.len, "", &v) == 1);
	}
	cog_buf_release(&url);
	cog_buf_release(&body);
	free(copy);

	nl = memchr(s, '\n', size);
	if (nl != NULL && memchr(s, '\0', (size_t)(nl - s)) == NULL &&
	    cog_jget(nl + 1, size - (size_t)(nl + 1 - s), "", &v) == 1) {
		char *u = fuzz_cstr(data, (size_t)(nl - s));

		round_trip(u, nl + 1, size - (size_t)(nl + 1 - s));
		free(u);
	}
	return 0;
}
