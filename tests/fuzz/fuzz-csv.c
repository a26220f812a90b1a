/* fuzz-csv.c -- CSV records (base/csv): reading, and writing them back */
#include <assert.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "base/csv.h"
#include "fuzz.h"

/*
 * A reader of the n bytes at s, from a file in memory: one per input, as
 * a pipe and a reader per record made the target slow.
 */
static int
open_bytes(struct cog_lines *l, const void *s, size_t n)
{
	int fd = memfd_create("fuzz-csv", 0);

	if (fd < 0)
		abort();
	if ((n > 0 && write(fd, s, n) != (ssize_t)n) ||
	    lseek(fd, 0, SEEK_SET) != 0)
		abort();
	cog_lines_fd(l, fd, "fuzz");
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

/* What a record read back must be: its field count and its text. */
static void
remember(const struct cog_csv *r, struct cog_buf *want)
{
	cog_buf_add(want, (const char *)&r->nfields, sizeof(r->nfields));
	cog_buf_add(want, (const char *)&r->text.len, sizeof(r->text.len));
	if (r->text.len > 0)
		cog_buf_add(want, r->text.p, r->text.len);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char seps[] = ",;\t|";
	struct cog_csv r = { 0 };
	struct cog_buf out = COG_BUF_INIT, want = COG_BUF_INIT;
	struct cog_lines in;
	const char *why;
	size_t at, i, n, len;
	int sep, got;

	if (size == 0 || size > 60000)
		return 0;
	sep = seps[fuzz_take_byte(&data, &size) % 4];
	open_bytes(&in, data, size);
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
		write_back(&r, sep, &out);
		remember(&r, &want);
	}
	cog_lines_close(&in);

	/* Written back, the records read as the same fields, in order. */
	open_bytes(&in, out.p, out.len);
	for (at = 0; at < want.len; at += 2 * sizeof(size_t) + len) {
		memcpy(&n, want.p + at, sizeof(n));
		memcpy(&len, want.p + at + sizeof(n), sizeof(len));
		assert(cog_csv_next(&in, sep, &r, &why, &i) == 1);
		assert(r.nfields == n && r.text.len == len && (len == 0 ||
		    memcmp(r.text.p, want.p + at + 2 * sizeof(n), len) == 0));
	}
	assert(cog_csv_next(&in, sep, &r, &why, &i) == 0);
	cog_lines_close(&in);
	cog_csv_release(&r);
	cog_buf_release(&out);
	cog_buf_release(&want);
	return 0;
}
