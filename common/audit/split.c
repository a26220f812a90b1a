/* split.c -- the masked stream split into one file per session */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "audit/split.h"
#include "base/buf.h"
#include "base/counter.h"
#include "base/err.h"
#include "base/file.h"

/* Bytes of records kept before they are written out. */
#define HIGHWATER (64 * 1024)

struct cog_audit_split {
	char *dir;
	int fd;			/* the current session's file, or -1 */
	char *tmp, *final;
	struct cog_buf id, pending;
	struct cog_counter written;	/* the sessions of this run */
};

struct cog_audit_split *
cog_audit_split_open(const char *dir)
{
	struct cog_audit_split *sp = cog_xcalloc(1, sizeof(*sp));

	if (cog_mkdirs(dir, 0777, 0777) < 0)
		cog_die("cannot create '%s':", dir);
	sp->dir = cog_xstrdup(dir);
	sp->fd = -1;
	return sp;
}

static void
flush_pending(struct cog_audit_split *sp)
{
	if (cog_write_all(sp->fd, sp->pending.p, sp->pending.len) < 0) {
		cog_audit_split_unlink_tmp(sp);
		cog_die("cannot write '%s':", sp->tmp);
	}
	cog_buf_reset(&sp->pending);
}

/* Move the current session's file into place. */
static void
finish(struct cog_audit_split *sp)
{
	if (sp->fd < 0)
		return;
	flush_pending(sp);
	if (fsync(sp->fd) < 0 || close(sp->fd) < 0) {
		sp->fd = -1;
		unlink(sp->tmp);
		cog_die("cannot write '%s':", sp->tmp);
	}
	sp->fd = -1;
	if (rename(sp->tmp, sp->final) < 0) {
		unlink(sp->tmp);
		cog_die("cannot rename '%s' to '%s':", sp->tmp, sp->final);
	}
	free(sp->tmp);
	free(sp->final);
	sp->tmp = sp->final = NULL;
}

/*
 * Start the file of session id.  When the session came earlier in this
 * run, its file is copied into the new one first, so that it holds all
 * of the session's records, in stream order.
 */
static void
start(struct cog_audit_split *sp, const char *id, size_t idlen)
{
	struct cog_buf b = COG_BUF_INIT;
	size_t before = sp->written.used;

	cog_counter_add(&sp->written, id, idlen, 1);
	cog_buf_addf(&b, "%s/%.*s.jsonl", sp->dir, (int)idlen, id);
	sp->final = cog_buf_detach(&b, NULL);
	cog_buf_addf(&b, "%s/.%.*s.jsonl.tmp.%ld", sp->dir, (int)idlen, id,
	    (long)getpid());
	sp->tmp = cog_buf_detach(&b, NULL);
	if ((sp->fd = open(sp->tmp, O_WRONLY | O_CREAT | O_TRUNC |
	    O_CLOEXEC, 0666)) < 0)
		cog_die("cannot create '%s':", sp->tmp);
	if (sp->written.used == before) {
		if (cog_file_read(sp->final, &sp->pending) < 0) {
			cog_audit_split_unlink_tmp(sp);
			cog_die("cannot read '%s':", sp->final);
		}
		flush_pending(sp);
	}
	cog_buf_reset(&sp->id);
	cog_buf_add(&sp->id, id, idlen);
}

void
cog_audit_split_add(struct cog_audit_split *sp, const char *id,
    size_t idlen, const char *line, size_t n)
{
	if (sp->fd < 0 || sp->id.len != idlen ||
	    memcmp(sp->id.p, id, idlen) != 0) {
		finish(sp);
		start(sp, id, idlen);
	}
	cog_buf_add(&sp->pending, line, n);
	cog_buf_addc(&sp->pending, '\n');
	if (sp->pending.len >= HIGHWATER)
		flush_pending(sp);
}

static void
release(struct cog_audit_split *sp)
{
	free(sp->dir);
	free(sp->tmp);
	free(sp->final);
	cog_buf_release(&sp->id);
	cog_buf_release(&sp->pending);
	cog_counter_release(&sp->written);
	free(sp);
}

void
cog_audit_split_close(struct cog_audit_split *sp)
{
	int dfd;

	finish(sp);
	if ((dfd = open(sp->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0) {
		fsync(dfd);
		close(dfd);
	}
	release(sp);
}

void
cog_audit_split_abort(struct cog_audit_split *sp)
{
	if (sp->fd >= 0) {
		close(sp->fd);
		unlink(sp->tmp);
	}
	release(sp);
}

void
cog_audit_split_unlink_tmp(const struct cog_audit_split *sp)
{
	if (sp->fd >= 0)
		unlink(sp->tmp);
}
