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
    int flags, const char *expect, struct cog_audit_verdict *v)
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
		    COG_AUDIT_NOKEY && !(flags & COG_AUDIT_UNKEYED_OK)) {
			cog_die("%s:%lu: %s", in->name, in->lineno, why);
		} else if (c < 0 && c != COG_AUDIT_NOKEY) {
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
		if (expect && memcmp(e.entry_hash, expect, 64) == 0)
			v->expect_line = in->lineno;
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
		cog_buf_adds(out, "\"verified\":false,");
		if (v->line)
			cog_buf_addf(out, "\"line\":%lu,", v->line);
		cog_buf_adds(out, "\"error\":");
		cog_buf_add_jstr(out, v->why, strlen(v->why));
		cog_buf_adds(out, "}\n");
	} else {
		cog_buf_addf(out, "\"verified\":true,\"last_hash\":\"%s\"}\n",
		    v->last_hash);
	}
}

/* Open the log at path for appending, locked: a regular file, no link. */
static int
open_log(const char *path)
{
	struct stat st;
	int fd;

	if ((fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_NOFOLLOW |
	    O_NONBLOCK | O_CLOEXEC, 0666)) < 0) {
		if (errno == ELOOP)
			cog_die("'%s' is a symbolic link: not appending to it",
			    path);
		cog_die("cannot open '%s':", path);
	}
	if (fstat(fd, &st) < 0)
		cog_die("cannot open '%s':", path);
	if (!S_ISREG(st.st_mode))
		cog_die("'%s' is not a regular file: not appending to it",
		    path);
	if (fcntl(fd, F_SETFL, O_RDWR | O_APPEND) < 0)
		cog_die("cannot open '%s':", path);
	while (flock(fd, LOCK_EX) < 0)
		if (errno != EINTR)
			cog_die("cannot lock '%s':", path);
	return fd;
}

/* The hash of the log's last entry, once the whole log verified. */
static void
last_hash(int fd, const char *path, const struct cog_audit_keys *keys,
    char hash[65])
{
	struct cog_audit_verdict v;
	struct cog_lines in;
	int dfd = dup(fd);

	if (dfd < 0)
		cog_die("cannot read '%s':", path);
	cog_lines_fd(&in, dfd, path);
	if (cog_audit_log_verify(&in, keys, COG_AUDIT_UNKEYED_OK, NULL, &v))
		cog_die("'%s' does not verify (line %lu: %s): not appending "
		    "(cog-audit --verify shows where it breaks)", path, v.line,
		    v.why);
	cog_lines_close(&in);
	memcpy(hash, v.last_hash, 65);
}

void
cog_audit_log_commit(const char *path, struct cog_buf *b,
    struct cog_signkey *k, const struct cog_audit_keys *keys)
{
	char prev[65];
	int fd = -1;

	if (path) {
		fd = open_log(path);
		last_hash(fd, path, keys, prev);
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
