/* fuzz-csv.c -- CSV records (base/csv): reading, and writing them back */
#include <assert.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "base/csv.h"
#include "fuzz.h"

/* A reader of the n bytes at s, through a pipe (inputs are small). */
static int
open_bytes(struct cog_lines *l, const void *s, size_t n)
{
	int p[2];

	if (n > 60000 || pipe(p) < 0)
		return -1;
	if (n > 0 && write(p[1], s, n) != (ssize_t)n)
		abort();
	close(p[1]);
	cog_lines_fd(l, p[0], "fuzz");
	return 0;
}

/* The fields of r written back as one record with its line end. */
static void
write_back(const struct cog_csv *r, int sep, struct cog_buf *out)
{
	size_t i;

	for (i = 0; i < r->nfields; i++) {
		if (i > 0)
			cog_buf_addc(out, sep);
		cog_csv_add_field(out, r->text.p ? r->text.p + r->off[i] : "",
		    r->off[i + 1] - r->off[i], sep, r->quoted[i]);
	}
	cog_buf_adds(out, "\n");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char seps[] = ",;\t|";
	struct cog_csv r = { 0 }, back = { 0 };
	struct cog_buf out = COG_BUF_INIT;
	struct cog_lines in, again;
	const char *why;
	size_t at, i;
	int sep, got;

	if (size == 0)
		return 0;
	sep = seps[fuzz_take_byte(&data, &size) % 4];
	if (open_bytes(&in, data, size) < 0)
		return 0;
	while ((got = cog_csv_next(&in, sep, &r, &why, &at)) != 0) {
		assert(got == 1 || got == -2);
		assert(r.lineno >= 1);
		if (got == -2) {
			assert(why != NULL && at <= r.raw.len + 1);
			continue;
		}
		assert(r.nfields >= 1 && r.off[0] == 0 &&
		    r.off[r.nfields] == r.text.len);
		for (i = 0; i < r.nfields; i++)
			assert(r.off[i] <= r.off[i + 1]);
		/* Written back, a record reads as the same fields. */
		cog_buf_reset(&out);
		write_back(&r, sep, &out);
		assert(open_bytes(&again, out.p, out.len) == 0);
		assert(cog_csv_next(&again, sep, &back, &why, &at) == 1);
		assert(back.nfields == r.nfields && back.text.len ==
		    r.text.len && (r.text.len == 0 ||
		    memcmp(back.text.p, r.text.p, r.text.len) == 0));
		cog_lines_close(&again);
	}
	cog_lines_close(&in);
	cog_csv_release(&r);
	cog_csv_release(&back);
	cog_buf_release(&out);
	return 0;
}
