/* counter.c -- count occurrences of byte strings */
#include <stdlib.h>
#include <string.h>

#include "base/counter.h"
#include "base/err.h"

uint64_t
cog_hash64(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

static void
grow(struct cog_counter *c)
{
	struct cog_counter_entry *old = c->slot;
	size_t i, oldcap = c->cap;

	c->cap = c->cap ? c->cap * 2 : 64;
	c->slot = cog_xcalloc(c->cap, sizeof(*c->slot));
	for (i = 0; i < oldcap; i++) {
		size_t j;

		if (old[i].key == NULL)
			continue;
		for (j = old[i].hash & (c->cap - 1); c->slot[j].key;
		    j = (j + 1) & (c->cap - 1))
			;
		c->slot[j] = old[i];
	}
	free(old);
}

const struct cog_counter_entry *
cog_counter_find(const struct cog_counter *c, const char *s, size_t n)
{
	uint64_t h;
	size_t j;

	if (c->cap == 0)
		return NULL;
	h = cog_hash64(s, n);
	for (j = h & (c->cap - 1); c->slot[j].key; j = (j + 1) & (c->cap - 1))
		if (c->slot[j].hash == h && c->slot[j].len == n &&
		    memcmp(c->slot[j].key, s, n) == 0)
			return &c->slot[j];
	return NULL;
}

void
cog_counter_add(struct cog_counter *c, const char *s, size_t n,
    unsigned long long incr)
{
	uint64_t h = cog_hash64(s, n);
	size_t j;

	if (2 * (c->used + 1) > c->cap)
		grow(c);
	for (j = h & (c->cap - 1); c->slot[j].key; j = (j + 1) & (c->cap - 1))
		if (c->slot[j].hash == h && c->slot[j].len == n &&
		    memcmp(c->slot[j].key, s, n) == 0) {
			c->slot[j].count += incr;
			return;
		}
	c->slot[j] = (struct cog_counter_entry){ cog_xstrndup(s, n), n, h,
	    incr };
	c->used++;
}

static int
bykey(const void *a, const void *b)
{
	const struct cog_counter_entry *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int r = memcmp(x->key, y->key, n);

	if (r)
		return r;
	return (x->len > y->len) - (x->len < y->len);
}

struct cog_counter_entry *
cog_counter_sorted(const struct cog_counter *c, size_t *n)
{
	struct cog_counter_entry *v = cog_xcalloc(c->used + 1, sizeof(*v));
	size_t i, k = 0;

	for (i = 0; i < c->cap; i++)
		if (c->slot[i].key)
			v[k++] = c->slot[i];
	qsort(v, k, sizeof(*v), bykey);
	*n = k;
	return v;
}

void
cog_counter_release(struct cog_counter *c)
{
	size_t i;

	for (i = 0; i < c->cap; i++)
		free(c->slot[i].key);
	free(c->slot);
	c->slot = NULL;
	c->cap = c->used = 0;
}
