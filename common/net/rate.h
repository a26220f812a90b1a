/* rate.h -- at most N requests in any S seconds to one tenant */
#ifndef COG_RATE_H
#define COG_RATE_H

/*
 * Requests are spaced S/N seconds apart, so that no S seconds hold more
 * than N of them however the tenant counts (a window of its own, the
 * time they arrive).  The limit holds for every process of this user
 * that talks to the tenant (a pipeline's cog-sessions and cog-fetch
 * together), as the tenant counts requests per client address: the
 * next free slot is kept in $XDG_CACHE_HOME/cog/rate-<K> (K as for the
 * token cache), under a lock.  Without a cache directory the limit holds
 * for the process alone.
 */
struct cog_rate {
	long n, s;		/* N requests in S seconds; n 0: no limit */
	char *path;		/* the shared file, or NULL */
	long long next;		/* the next slot, without a file */
};

/*
 * Read a --rate argument: "N/S" (N requests in S seconds) or "0" (no
 * limit).  Return 0, or -1 when it is neither.
 */
int cog_rate_parse(const char *arg, long *n, long *s);

/* Start r for the tenant at base_url; n 0 means no limit. */
void cog_rate_init(struct cog_rate *r, const char *base_url, long n, long s);

/*
 * Take a slot for a request: return the milliseconds to wait before
 * sending it (0 to send now); the slot is counted from then.
 */
long cog_rate_take(struct cog_rate *r);

void cog_rate_release(struct cog_rate *r);

#endif
