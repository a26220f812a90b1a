/* counter.h -- count occurrences of byte strings */
#ifndef COG_COUNTER_H
#define COG_COUNTER_H

#include <stddef.h>
#include <stdint.h>

struct cog_counter_entry {
	char *key;		/* NUL-terminated copy */
	size_t len;
	uint64_t hash;
	unsigned long long count;
};

struct cog_counter {
	struct cog_counter_entry *slot;
	size_t cap, used;
};

/* Add incr to the count of the n bytes at s. */
void cog_counter_add(struct cog_counter *c, const char *s, size_t n,
    unsigned long long incr);

/* The entry of the n bytes at s, or NULL when they were never added. */
const struct cog_counter_entry *cog_counter_find(const struct cog_counter *c,
    const char *s, size_t n);

/*
 * Return the entries sorted by key (bytewise) in a new array the caller
 * frees; *n receives their number.  The keys stay owned by the counter.
 */
struct cog_counter_entry *cog_counter_sorted(const struct cog_counter *c,
    size_t *n);

void cog_counter_release(struct cog_counter *c);

/* FNV-1a, 64 bits. */
uint64_t cog_hash64(const char *s, size_t n);

#endif
