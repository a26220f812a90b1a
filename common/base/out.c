/* out.c -- buffered output to a file descriptor, committed line by line */
#include <errno.h>

#include "base/err.h"
#include "base/file.h"
#include "base/out.h"

#define HIGHWATER (128 * 1024)

void
cog_out_init(struct cog_out *o, int fd)
{
	o->fd = fd;
	o->unbuffered = 0;
	o->b = (struct cog_buf)COG_BUF_INIT;
	o->on_epipe = NULL;
}

void
cog_out_flush(struct cog_out *o)
{
	if (cog_write_all(o->fd, o->b.p, o->b.len) < 0) {
		if (errno == EPIPE && o->on_epipe)
			o->on_epipe();
		cog_die("write error:");
	}
	cog_buf_reset(&o->b);
	/* Give back the memory a huge record needed. */
	if (o->b.cap > 16 * HIGHWATER)
		cog_buf_release(&o->b);
}

void
cog_out_commit(struct cog_out *o)
{
	if (o->unbuffered || o->b.len >= HIGHWATER)
		cog_out_flush(o);
}

void
cog_out_release(struct cog_out *o)
{
	cog_buf_release(&o->b);
}
