/* The line reader: small files in a buffer of their size, large ones by
 * chunks, a file that grows while it is read, a descriptor at an offset,
 * a pipe. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/lines.h"
#include "tap.h"

static char dir[] = "/tmp/coglines.XXXXXX";
static char path[sizeof(dir) + 16];

static void
put(const char *s, size_t n, const char *mode)
{
	FILE *f = fopen(path, mode);

	fwrite(s, 1, n, f);
	fclose(f);
}

/* The lines of in, each followed by '|', into b. */
static void
all(struct cog_lines *in, struct cog_buf *b)
{
	char *line;
	size_t len;
	int nl;

	while (cog_lines_next(in, &line, &len, &nl) > 0) {
		cog_buf_add(b, line, len);
		cog_buf_addc(b, '|');
	}
}

static void
small_file(void)
{
	struct cog_buf b = COG_BUF_INIT;
	struct cog_lines in;

	put("one\ntwo\nthree", 13, "w");
	ok(cog_lines_open(&in, path) == 0, "a small file opens");
	all(&in, &b);
	is_str(b.p, "one|two|three|", "its lines");
	ok(in.unterminated, "the last has no newline");
	/* Its 13 bytes and one more to see the end: no chunk. */
	is_int(in.cap, 14, "the buffer is the file's size");
	cog_lines_close(&in);

	cog_buf_reset(&b);
	put("", 0, "w");
	ok(cog_lines_open(&in, path) == 0, "an empty file opens");
	all(&in, &b);
	ok(b.len == 0 && in.cap == 1, "no line, a one-byte buffer");
	cog_lines_close(&in);
	cog_buf_release(&b);
}

static void
large_file(void)
{
	struct cog_buf want = COG_BUF_INIT, got = COG_BUF_INIT;
	struct cog_lines in;
	size_t i;

	/* A line longer than the chunks, then short ones. */
	for (i = 0; i < 700000; i++)
		cog_buf_addc(&want, (char)('a' + i % 26));
	cog_buf_addc(&want, '\n');
	for (i = 0; i < 20000; i++)
		cog_buf_addf(&want, "line %zu\n", i);
	put(want.p, want.len, "w");
	ok(cog_lines_open(&in, path) == 0, "a large file opens");
	all(&in, &got);
	for (i = 0; i < got.len; i++)
		if (got.p[i] == '|')
			got.p[i] = '\n';
	ok(got.len == want.len && memcmp(got.p, want.p, got.len) == 0,
	    "its lines, the long one whole");
	is_int(in.lineno, 20001, "line count");
	cog_lines_close(&in);
	cog_buf_release(&want);
	cog_buf_release(&got);
}

/* A reader made without cog_lines_open reads by chunks. */
static void
zeroed(void)
{
	struct cog_buf b = COG_BUF_INIT;
	struct cog_lines in;

	put("p\nq\n", 4, "w");
	memset(&in, 0, sizeof(in));
	in.fd = open(path, O_RDONLY);
	in.name = path;
	all(&in, &b);
	is_str(b.p, "p|q|", "a zeroed reader reads");
	ok(in.cap >= 256 * 1024, "by chunks");
	cog_lines_close(&in);
	cog_buf_release(&b);
}

static void
growing_file(void)
{
	struct cog_lines in;
	char *line;
	size_t len;
	int nl;

	put("a\n", 2, "w");
	ok(cog_lines_open(&in, path) == 0, "a file opens");
	ok(cog_lines_next(&in, &line, &len, &nl) == 1 && len == 1 &&
	    line[0] == 'a', "its line");
	/* Appended after the open: read too, however long. */
	put("bb\n", 3, "a");
	{
		struct cog_buf more = COG_BUF_INIT;
		size_t i;

		for (i = 0; i < 300000; i++)
			cog_buf_addc(&more, 'c');
		put(more.p, more.len, "a");
		cog_buf_release(&more);
	}
	ok(cog_lines_next(&in, &line, &len, &nl) == 1 && len == 2 &&
	    memcmp(line, "bb", 2) == 0, "a line appended");
	ok(cog_lines_next(&in, &line, &len, &nl) == 1 && len == 300000 &&
	    nl == 0, "a long last line appended");
	ok(cog_lines_next(&in, &line, &len, &nl) == 0, "then the end");
	cog_lines_close(&in);
}

static void
descriptor(void)
{
	struct cog_buf b = COG_BUF_INIT;
	struct cog_lines in;
	int fd, p[2];

	put("skip\nkeep\nlast\n", 15, "w");
	fd = open(path, O_RDONLY);
	ok(fd >= 0 && lseek(fd, 5, SEEK_SET) == 5, "a descriptor at 5");
	cog_lines_fd(&in, fd, "log");
	ok(in.sized && in.left == 10, "what is left of it");
	all(&in, &b);
	is_str(b.p, "keep|last|", "the lines from there");
	is_str(in.name, "log", "its name");
	cog_lines_close(&in);

	cog_buf_reset(&b);
	ok(pipe(p) == 0, "a pipe");
	ok(write(p[1], "x\ny\n", 4) == 4, "written");
	close(p[1]);
	cog_lines_fd(&in, p[0], "pipe");
	ok(!in.sized, "a pipe has no size");
	all(&in, &b);
	is_str(b.p, "x|y|", "its lines");
	cog_lines_close(&in);
	cog_buf_release(&b);
}

int
main(void)
{
	if (mkdtemp(dir) == NULL) {
		perror(dir);
		return 2;
	}
	snprintf(path, sizeof(path), "%s/in", dir);
	small_file();
	large_file();
	growing_file();
	descriptor();
	zeroed();
	unlink(path);
	rmdir(dir);
	return tap_done();
}
