/* out.h -- buffered output to a file descriptor, committed line by line */
#ifndef COG_OUT_H
#define COG_OUT_H

#include "base/buf.h"

/*
 * Callers append to b and call cog_out_commit at each record boundary; a
 * record being built can be abandoned with cog_buf_truncate(&o->b, mark)
 * because nothing after the last commit has been written.
 */
struct cog_out {
	int fd;
	int unbuffered;		/* write at every commit */
	struct cog_buf b;
	/* When set, called for a reader gone away (EPIPE); not to return. */
	void (*on_epipe)(void);
};

void cog_out_init(struct cog_out *o, int fd);

/* The records appended so far are complete; write them if enough piled up. */
void cog_out_commit(struct cog_out *o);

/* Write everything committed; die on a write error (see on_epipe). */
void cog_out_flush(struct cog_out *o);

void cog_out_release(struct cog_out *o);

#endif
