/* split.c -- the masked stream split into one file per session */
#include <errno.h>
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
	int dfd;		/* the directory, opened once */
	int fd;			/* the current session's file, or -1 */
	char *tmp, *final;
	struct cog_buf id, pending;
	struct cog_counter written;	/* the sessions of this run */
};

struct cog_audit_split *
cog_audit_split_open(const char *dir)
{
	struct cog_audit_split *sp = cog_xcalloc(1, sizeof(*sp));
	char err[512];

	if ((sp->dfd = cog_dir_open_private(dir, err, sizeof(err))) < 0)
		cog_die("--split-dir: %s", err);
	sp->dir = cog_xstrdup(dir);
	sp->fd = -1;
	return sp;
}

static void
flush_pending(struct cog_audit_split *sp)
{
	if (cog_write_all(sp->fd, sp->pending.p, sp->pending.len) < 0) {
		cog_audit_split_unlink_tmp(sp);
		cog_die("cannot write '%s/%s':", sp->dir, sp->tmp);
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
		unlinkat(sp->dfd, sp->tmp, 0);
		cog_die("cannot write '%s/%s':", sp->dir, sp->tmp);
	}
	sp->fd = -1;
	if (renameat(sp->dfd, sp->tmp, sp->dfd, sp->final) < 0) {
		unlinkat(sp->dfd, sp->tmp, 0);
		cog_die("cannot rename '%s/%s' to '%s/%s':", sp->dir, sp->tmp,
		    sp->dir, sp->final);
	}
	free(sp->tmp);
	free(sp->final);
	sp->tmp = sp->final = NULL;
}

/*
 * Create the temporary file of the session, exclusively: whatever is
 * there under its name (a link, a file of a dead run with this pid) is
 * removed, never opened.
 */
static void
create_tmp(struct cog_audit_split *sp)
{
	int again;

	for (again = 0; again < 2; again++) {
		sp->fd = cog_file_open_at(sp->dfd, sp->tmp, O_WRONLY |
		    O_CREAT | O_EXCL, 0600);
		if (sp->fd >= 0 || errno != EEXIST ||
		    unlinkat(sp->dfd, sp->tmp, 0) < 0)
			break;
	}
	if (sp->fd < 0)
		cog_die("cannot create '%s/%s':", sp->dir, sp->tmp);
}

/* Copy the session's file of earlier in this run into the new one. */
static void
copy_earlier(struct cog_audit_split *sp)
{
	int fd, r;

	if ((fd = cog_file_open_at(sp->dfd, sp->final, O_RDONLY, 0)) < 0) {
		cog_audit_split_unlink_tmp(sp);
		cog_die("cannot read '%s/%s':", sp->dir, sp->final);
	}
	r = cog_fd_read(fd, &sp->pending);
	close(fd);
	if (r < 0) {
		cog_audit_split_unlink_tmp(sp);
		cog_die("cannot read '%s/%s':", sp->dir, sp->final);
	}
	flush_pending(sp);
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
	cog_buf_addf(&b, "%.*s.jsonl", (int)idlen, id);
	sp->final = cog_buf_detach(&b, NULL);
	cog_buf_addf(&b, ".%.*s.jsonl.tmp.%ld", (int)idlen, id,
	    (long)getpid());
	sp->tmp = cog_buf_detach(&b, NULL);
	create_tmp(sp);
	if (sp->written.used == before)
		copy_earlier(sp);
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
	close(sp->dfd);
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
	finish(sp);
	if (fsync(sp->dfd) < 0 && errno != EINVAL)
		cog_die("cannot write '%s':", sp->dir);
	release(sp);
}

void
cog_audit_split_abort(struct cog_audit_split *sp)
{
	if (sp->fd >= 0) {
		close(sp->fd);
		unlinkat(sp->dfd, sp->tmp, 0);
	}
	release(sp);
}

void
cog_audit_split_unlink_tmp(const struct cog_audit_split *sp)
{
	if (sp->fd >= 0)
		unlinkat(sp->dfd, sp->tmp, 0);
}
