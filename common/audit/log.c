/* log.c -- the audit log: entries chained one after the other, verified */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit/log.h"
#include "base/err.h"
#include "base/file.h"

int
cog_audit_log_verify(struct cog_lines *in, const struct cog_audit_keys *keys,
    struct cog_audit_verdict *v)
{
	struct cog_audit_entry e;
	const char *why = NULL;
	char *line;
	size_t len;
	int nl, r, c, bad = 0;

	memset(v, 0, sizeof(*v));
	memcpy(v->last_hash, COG_AUDIT_GENESIS, 65);
	while ((r = cog_lines_next(in, &line, &len, &nl)) > 0) {
		if (!nl) {
			why = "incomplete last line";
			bad = 1;
		} else if (len == 0) {
			why = "blank line";
			bad = 1;
		} else if ((c = cog_audit_check(line, len, keys, &e, &why)) ==
		    COG_AUDIT_NOKEY) {
			cog_die("%s:%lu: %s", in->name, in->lineno, why);
		} else if (c < 0) {
			bad = 1;
		} else if (memcmp(e.prev_hash, v->last_hash, 64) != 0) {
			why = v->entries == 0 ? "prev_hash is not the start of "
			    "a log (entries before it are missing)" :
			    "prev_hash is not the previous entry's hash "
			    "(an entry was removed, added or reordered)";
			bad = 1;
		}
		if (bad)
			break;
		memcpy(v->last_hash, e.entry_hash, 65);
		v->entries++;
	}
	if (r < 0)
		cog_die("cannot read '%s':", in->name);
	if (bad) {
		v->line = in->lineno;
		v->why = why;
	}
	return bad;
}

void
cog_audit_verdict_json(const struct cog_audit_verdict *v, const char *name,
    struct cog_buf *out)
{
	cog_buf_adds(out, "{\"log\":");
	cog_buf_add_jstr(out, name, strlen(name));
	cog_buf_addf(out, ",\"entries\":%lu,", v->entries);
	if (v->why) {
		cog_buf_addf(out, "\"verified\":false,\"line\":%lu,"
		    "\"error\":", v->line);
		cog_buf_add_jstr(out, v->why, strlen(v->why));
		cog_buf_adds(out, "}\n");
	} else {
		cog_buf_addf(out, "\"verified\":true,\"last_hash\":\"%s\"}\n",
		    v->last_hash);
	}
}

/* Read the log's last entry hash, under the lock held on fd. */
static void
last_hash(int fd, const char *path, char hash[65])
{
	struct cog_buf tail = COG_BUF_INIT;
	struct cog_audit_entry e;
	const char *why, *start;
	off_t size, off;
	struct stat st;
	size_t want = 4096;

	if (fstat(fd, &st) < 0)
		cog_die("cannot read '%s':", path);
	if ((size = st.st_size) == 0) {
		memcpy(hash, COG_AUDIT_GENESIS, 65);
		return;
	}
	for (;;) {
		off = size > (off_t)want ? size - (off_t)want : 0;
		cog_buf_reset(&tail);
		cog_buf_grow(&tail, (size_t)(size - off));
		if (pread(fd, tail.p, (size_t)(size - off), off) !=
		    (ssize_t)(size - off))
			cog_die("cannot read '%s':", path);
		tail.len = (size_t)(size - off);
		tail.p[tail.len] = '\0';
		if (tail.p[tail.len - 1] != '\n')
			cog_die("'%s' ends in an incomplete line: not "
			    "appending (cog-audit --verify shows where it "
			    "breaks)", path);
		start = tail.len > 1 ? memrchr(tail.p, '\n', tail.len - 1) :
		    NULL;
		if (start || off == 0)
			break;
		want *= 4;
	}
	start = start ? start + 1 : tail.p;
	if (cog_audit_parse(start, (size_t)(tail.p + tail.len - 1 - start),
	    &e, &why) < 0)
		cog_die("the last entry of '%s' is damaged (%s): not appending",
		    path, why);
	if (!cog_audit_hash_ok(start, &e))
		cog_die("the last entry of '%s' does not match its hash: not "
		    "appending", path);
	memcpy(hash, e.entry_hash, 65);
	cog_buf_release(&tail);
}

void
cog_audit_log_commit(const char *path, struct cog_buf *b,
    struct cog_signkey *k)
{
	char prev[65];
	int fd = -1;

	if (path) {
		if ((fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC,
		    0666)) < 0)
			cog_die("cannot open '%s':", path);
		while (flock(fd, LOCK_EX) < 0)
			if (errno != EINTR)
				cog_die("cannot lock '%s':", path);
		last_hash(fd, path, prev);
	} else {
		memcpy(prev, COG_AUDIT_GENESIS, 65);
	}
	cog_buf_addf(b, ",\"prev_hash\":\"%s\"", prev);
	cog_audit_seal(b, 0, k);
	cog_buf_addc(b, '\n');
	if (fd >= 0 && (cog_write_all(fd, b->p, b->len) < 0 || fsync(fd) < 0 ||
	    close(fd) < 0))
		cog_die("cannot write '%s':", path);
}
