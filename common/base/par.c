/* par.c -- process blocks of input lines on worker threads, in order */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/err.h"
#include "base/par.h"

enum { FREE, QUEUED, RUNNING, DONE };

struct slot {
	struct cog_block b;
	int state;
};

/*
 * A ring of slots: the main thread fills them in order from head and
 * writes them out in the same order once done; workers take the queued
 * slots in order from next.
 */
struct par {
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	struct slot *ring;
	size_t nslots, head, count, next;
	int quit;
	cog_block_fn fn;
};

/* Where finished blocks go, in input order. */
struct sink {
	cog_block_sink_fn fn;
	void *arg;
};

struct worker {
	struct par *p;
	void *ctx;
	pthread_t tid;
};

int
cog_par_default_workers(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > 8 ? 8 : (int)n;
}

static void
release(struct cog_block *b)
{
	cog_buf_release(&b->in);
	cog_buf_release(&b->out);
	cog_buf_release(&b->prev);
	if (b->aux_free)
		b->aux_free(b->aux);
	b->aux = NULL;
	b->aux_free = NULL;
}

/* The input, and the last line of the block read last. */
struct reader {
	struct cog_lines *l;
	size_t blocksize;
	int keep;		/* keep the last line for the next block */
	struct cog_buf last;
	int whole;		/* last holds all of that line */
};

/* Read the next block into b; return 0 at end of input. */
static int
readblock(struct reader *rd, struct cog_block *b)
{
	const char *s, *e, *nl;
	unsigned long n;
	int r;

	cog_buf_reset(&b->in);
	cog_buf_reset(&b->out);
	cog_buf_reset(&b->prev);
	b->first = rd->l->lineno + 1;
	b->stop = 0;
	b->err[0] = '\0';
	b->prev_whole = rd->whole;
	if (rd->whole)
		cog_buf_add(&b->prev, rd->last.p, rd->last.len);
	if ((r = cog_lines_block(rd->l, &b->in, rd->blocksize, &n)) < 0)
		cog_die("cannot read '%s':", rd->l->name);
	if (r == 0 || !rd->keep)
		return r;
	/* Keep the block's last line for the next block. */
	s = b->in.p;
	e = s + b->in.len;
	if (e > s && e[-1] == '\n')
		e--;
	nl = memrchr(s, '\n', (size_t)(e - s));
	s = nl ? nl + 1 : s;
	cog_buf_reset(&rd->last);
	rd->whole = (size_t)(e - s) <= COG_PAR_PREV_MAX;
	if (rd->whole)
		cog_buf_add(&rd->last, s, (size_t)(e - s));
	return r;
}

static void *
work(void *arg)
{
	struct worker *w = arg;
	struct par *p = w->p;
	struct slot *s;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (!p->quit && p->ring[p->next].state != QUEUED)
			pthread_cond_wait(&p->work, &p->mu);
		if (p->quit)
			break;
		s = &p->ring[p->next];
		p->next = (p->next + 1) % p->nslots;
		s->state = RUNNING;
		pthread_mutex_unlock(&p->mu);
		p->fn(w->ctx, &s->b);
		pthread_mutex_lock(&p->mu);
		s->state = DONE;
		pthread_cond_broadcast(&p->done);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

static int
run_inline(struct reader *rd, const struct sink *k, void *ctx,
    cog_block_fn fn)
{
	struct cog_block b = { .in = COG_BUF_INIT, .out = COG_BUF_INIT,
	    .prev = COG_BUF_INIT };
	int stop = 0;

	while (!stop && readblock(rd, &b)) {
		fn(ctx, &b);
		stop = k->fn(k->arg, &b);
	}
	release(&b);
	return stop;
}

static int
run(struct reader *rd, const struct sink *sink, int nworkers, void **ctx,
    cog_block_fn fn)
{
	struct par p = { .fn = fn };
	struct worker *w;
	int i, eof = 0, stop = 0;
	size_t k;

	if (nworkers <= 1)
		return run_inline(rd, sink, ctx[0], fn);
	p.nslots = (size_t)nworkers + 2;
	p.ring = cog_xcalloc(p.nslots, sizeof(*p.ring));
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.work, NULL);
	pthread_cond_init(&p.done, NULL);
	w = cog_xcalloc((size_t)nworkers, sizeof(*w));
	for (i = 0; i < nworkers; i++) {
		w[i].p = &p;
		w[i].ctx = ctx[i];
		if ((errno = pthread_create(&w[i].tid, NULL, work, &w[i])))
			cog_die("cannot start a thread:");
	}
	while (!stop) {
		while (!eof && p.count < p.nslots) {
			struct slot *s = &p.ring[(p.head + p.count) % p.nslots];

			if (!readblock(rd, &s->b)) {
				eof = 1;
				break;
			}
			pthread_mutex_lock(&p.mu);
			s->state = QUEUED;
			p.count++;
			pthread_cond_signal(&p.work);
			pthread_mutex_unlock(&p.mu);
		}
		if (p.count == 0)
			break;
		pthread_mutex_lock(&p.mu);
		while (p.ring[p.head].state != DONE)
			pthread_cond_wait(&p.done, &p.mu);
		pthread_mutex_unlock(&p.mu);
		stop = sink->fn(sink->arg, &p.ring[p.head].b);
		pthread_mutex_lock(&p.mu);
		p.ring[p.head].state = FREE;
		pthread_mutex_unlock(&p.mu);
		p.head = (p.head + 1) % p.nslots;
		p.count--;
	}
	pthread_mutex_lock(&p.mu);
	p.quit = 1;
	pthread_cond_broadcast(&p.work);
	pthread_mutex_unlock(&p.mu);
	for (i = 0; i < nworkers; i++)
		pthread_join(w[i].tid, NULL);
	for (k = 0; k < p.nslots; k++)
		release(&p.ring[k].b);
	pthread_mutex_destroy(&p.mu);
	pthread_cond_destroy(&p.work);
	pthread_cond_destroy(&p.done);
	free(p.ring);
	free(w);
	return stop;
}

int
cog_par_each(struct cog_lines *l, size_t blocksize, int with_prev,
    int nworkers, void **ctx, cog_block_fn fn, cog_block_sink_fn sink,
    void *arg)
{
	struct sink k = { sink, arg };
	struct reader rd = { l, blocksize, with_prev, COG_BUF_INIT, 0 };
	int stop = run(&rd, &k, nworkers, ctx, fn);

	cog_buf_release(&rd.last);
	return stop;
}
