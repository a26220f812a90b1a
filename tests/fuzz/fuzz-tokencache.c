/*
 * fuzz-tokencache.c -- the token cache file: any bytes in the file of a
 * base URL are read as a token or as none, and a token written is the
 * token read back; and a secret file (--token-file, key and password
 * files) is its bytes less one line end.  The parsers read files, so
 * each input is written to a scratch directory first.
 */
#include <assert.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/file.h"
#include "base/secret.h"
#include "net/tokencache.h"

#include "fuzz.h"

#define BASE "https://tenant.example"

static char path[sizeof(fuzz_dir) + 32], path2[sizeof(fuzz_dir) + 32];

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	snprintf(path, sizeof(path), "%s/token.json", fuzz_tmpdir());
	snprintf(path2, sizeof(path2), "%s/again.json", fuzz_tmpdir());
	return 0;
}

static int
same(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

/* Write t, read it back: the same token. */
static void
round_trip(const struct cog_bearer *t)
{
	struct cog_bearer back;

	assert(cog_tokencache_write(path2, t) == 0);
	assert(cog_tokencache_read(path2, t->base_url, &back) == 1);
	assert(same(back.base_url, t->base_url));
	assert(same(back.token, t->token));
	assert(same(back.scope, t->scope));
	assert(back.expires_at == t->expires_at);
	assert(back.lifetime == (t->lifetime > 0 ? t->lifetime : 0));
	cog_bearer_release(&back);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cog_bearer t;
	char *s;
	int fd, r;

	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	assert(fd >= 0 && cog_write_all(fd, data, size) == 0);
	close(fd);
	r = cog_tokencache_read(path, BASE, &t);
	assert(r == 0 || r == 1);
	if (r == 1) {
		assert(strcmp(t.base_url, BASE) == 0);
		assert(t.token != NULL && t.token[0] != '\0');
		assert(t.lifetime >= 0);
		(void)cog_bearer_fresh(&t, 1767225600);
		assert(cog_bearer_margin(&t) > 0 || t.lifetime == 1);
		round_trip(&t);
		cog_bearer_release(&t);
	} else {
		assert(t.token == NULL && t.base_url == NULL);
	}
	/* As a secret file: the bytes, less one final "\n" or "\r\n". */
	{
		struct cog_secret sec = { NULL, 0, 0, 0 };
		char err[512];
		size_t want = size;

		if (want > 0 && data[want - 1] == '\n') {
			want--;
			if (want > 0 && data[want - 1] == '\r')
				want--;
		}
		r = cog_secret_read(&sec, path, "token file", 0, err,
		    sizeof(err));
		if (size > COG_SECRET_MAX) {
			assert(r == -1 && sec.p == NULL);
		} else {
			assert(r == 0 && sec.len == want && sec.loose == 0);
			assert(want == 0 || memcmp(sec.p, data, want) == 0);
			assert(sec.p[want] == '\0');
		}
		cog_secret_release(&sec);
	}
	/* A token made of the input's bytes is kept as it is. */
	s = fuzz_cstr(data, size);
	if (size > 0 && strlen(s) == size) {
		struct cog_bearer mine = { NULL, NULL, NULL, 0, 0, NULL };
		size_t half = size / 2;

		mine.base_url = (char *)BASE;
		mine.token = s + half;
		mine.scope = fuzz_cstr(data, half);
		mine.expires_at = (time_t)size * 1000;
		mine.lifetime = (long)size;
		round_trip(&mine);
		free(mine.scope);
	}
	free(s);
	return 0;
}
