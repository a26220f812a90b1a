/* par.h -- process blocks of input lines on worker threads, in order */
#ifndef COG_PAR_H
#define COG_PAR_H

#include <stddef.h>

#include "base/buf.h"
#include "base/lines.h"

/* The longest line given to the next block as its prev. */
#define COG_PAR_PREV_MAX 65536

/* A block of whole input lines and what a worker made of it. */
struct cog_block {
	struct cog_buf in;	/* the lines, with their terminators */
	unsigned long first;	/* number of the first line, from 1 */
	struct cog_buf out;	/* what the worker made of it */
	int stop;		/* set by the worker: a reason to stop here */
	char err[512];		/* and a diagnostic for the sink, if set */
	/*
	 * With with_prev, the line before first (without its '\n'), when
	 * first > 1 and that line is at most COG_PAR_PREV_MAX bytes: then
	 * prev_whole is set.
	 */
	struct cog_buf prev;
	int prev_whole;
	void *aux;		/* the caller's, kept with the block's slot */
	void (*aux_free)(void *);	/* frees aux when the slot goes */
};

/* Process b->in into b->out with a worker's own context. */
typedef void (*cog_block_fn)(void *ctx, struct cog_block *b);

/*
 * Take a processed block on the calling thread, in input order; return
 * non-zero to stop reading.  b->in and b->out are still the block's.
 */
typedef int (*cog_block_sink_fn)(void *arg, struct cog_block *b);

/*
 * Read l in blocks of whole lines of about blocksize bytes (1: each line
 * as soon as it arrives) and process every block with fn on one of
 * nworkers threads: fn(ctx[i], block) on worker i, on the calling thread
 * when nworkers is 1; with with_prev, each block is given the line before
 * it too (b->prev).  Give each processed block to sink on the calling
 * thread, in input order; after a sink returns non-zero nothing more is
 * read or handed on.  Return 1 when the sink asked to stop, else 0; die
 * on a read error.
 */
int cog_par_each(struct cog_lines *l, size_t blocksize, int with_prev,
    int nworkers, void **ctx, cog_block_fn fn, cog_block_sink_fn sink,
    void *arg);

/* The number of worker threads to use by default: the online CPUs, <= 8. */
int cog_par_default_workers(void);

#endif
