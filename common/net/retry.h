/* retry.h -- when to try a request again: Retry-After, backoff, budget */
#ifndef COG_RETRY_H
#define COG_RETRY_H

#include <stdint.h>
#include <time.h>

#define COG_RETRY_DEFAULT	5	/* retries after the first try */
#define COG_RETRY_MAX_TIME	120	/* seconds, from the first try */
#define COG_RETRY_AFTER_CAP	300	/* longest Retry-After honoured, s */
#define COG_BACKOFF_BASE_MS	250
#define COG_BACKOFF_CAP_MS	30000

/*
 * The seconds a Retry-After value (RFC 9110 10.2.3) asks to wait at time
 * now: delay-seconds, or an HTTP-date (IMF-fixdate, or the obsolete RFC
 * 850 and asctime forms) less now, never below 0.  Return -1 when the
 * value is neither.  The result is not capped.
 */
long cog_retry_after_parse(const char *value, time_t now);

/*
 * Exponential backoff with full jitter: a delay in milliseconds drawn
 * from rnd uniformly in [0, min(cap_ms, base_ms * 2^attempt)].
 */
long cog_backoff_ms(unsigned attempt, long base_ms, long cap_ms,
    uint32_t rnd);

/* The retry budget of one request, reset by cog_retry_start. */
struct cog_retry {
	int max;		/* retries allowed after the first try */
	long max_time_ms;	/* time allowed from the first try; 0: none */
	int n;			/* retries granted so far */
	long long start_ms;	/* when the first try began */
};

void cog_retry_start(struct cog_retry *r, int max, long max_time_s,
    long long now_ms);

/*
 * Grant one more try: return the milliseconds to wait first, or -1 when
 * the budget is spent (no retries left, or the wait would end past the
 * time allowed).  retry_after_s is the server's Retry-After in seconds
 * (capped at COG_RETRY_AFTER_CAP), or -1 to use backoff; rnd is the
 * jitter, from cog_retry_random.
 */
long cog_retry_next(struct cog_retry *r, long long now_ms,
    long retry_after_s, uint32_t rnd);

/* A pseudo-random number for jitter, seeded from the kernel once. */
uint32_t cog_retry_random(void);

#endif
