/* rate.c -- at most N requests in any S seconds to one tenant */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/file.h"
#include "net/rate.h"
#include "net/tokencache.h"

#define RATE_MAX 100000

int
cog_rate_parse(const char *arg, long *n, long *s)
{
	char *end;

	errno = 0;
	*n = strtol(arg, &end, 10);
	if (end == arg || errno || *n < 0 || *n > RATE_MAX)
		return -1;
	if (*end == '\0' && *n == 0) {
		*s = 0;
		return 0;
	}
	if (*end != '/')
		return -1;
	arg = end + 1;
	*s = strtol(arg, &end, 10);
	if (end == arg || *end != '\0' || errno || *s < 1 || *s > 86400 ||
	    *n < 1)
		return -1;
	return 0;
}

/* Wall-clock milliseconds: the processes sharing the file agree on it. */
static long long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void
cog_rate_init(struct cog_rate *r, const char *base_url, long n, long s)
{
	struct cog_buf p = COG_BUF_INIT, f = COG_BUF_INIT;
	char *slash;

	memset(r, 0, sizeof(*r));
	r->n = n;
	r->s = s;
	if (n == 0)
		return;
	/* Beside the token cache: .../cog/token-<K>.json -> rate-<K>. */
	if (cog_tokencache_path(base_url, &p) == 0 &&
	    (slash = strrchr(p.p, '/')) != NULL && p.len > 5 &&
	    strncmp(slash + 1, "token-", 6) == 0) {
		cog_buf_add(&f, p.p, (size_t)(slash - p.p));
		if (cog_mkdirs(f.p, 0700, 0700) == 0) {
			cog_buf_addf(&f, "/rate-%.*s", (int)(p.len - 5 -
			    (size_t)(slash + 7 - p.p)), slash + 7);
			r->path = cog_buf_detach(&f, NULL);
		}
	}
	cog_buf_release(&p);
	cog_buf_release(&f);
}

/*
 * At most this many requests wait for a slot at once, in every process
 * of the user together: the queue of slots runs no further ahead.
 */
#define QUEUE_MAX	4096

/* Take the slot at *next or now, the later; return the wait. */
static long
slot(const struct cog_rate *r, long long *next)
{
	long long now = now_ms(), at = *next > now ? *next : now,
	    step = r->s * 1000LL / r->n;

	/*
	 * The next slot lies at most QUEUE_MAX steps ahead, one for each
	 * waiter (a slow rate such as 1/3600 queues days of them); further
	 * ahead it is from a clock set back: start again.
	 */
	if (at - now > step * QUEUE_MAX)
		at = now;
	*next = at + step;
	return (long)(at - now);
}

/* The shared file holds the next slot; anything else is a new file. */
static long
take_shared(struct cog_rate *r)
{
	long long next = 0;
	long wait = -1;
	int fd;

	if ((fd = open(r->path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW,
	    0600)) < 0)
		return -1;
	if (flock(fd, LOCK_EX) == 0) {
		if (pread(fd, &next, sizeof(next), 0) != (ssize_t)sizeof(next))
			next = 0;
		wait = slot(r, &next);
		if (pwrite(fd, &next, sizeof(next), 0) != (ssize_t)sizeof(next))
			wait = -1;
	}
	close(fd);	/* and the lock with it */
	return wait;
}

long
cog_rate_take(struct cog_rate *r)
{
	long wait;

	if (r->n == 0)
		return 0;
	if (r->path && (wait = take_shared(r)) >= 0)
		return wait;
	/* No file, or it failed: this process alone, from now on. */
	free(r->path);
	r->path = NULL;
	return slot(r, &r->next);
}

void
cog_rate_release(struct cog_rate *r)
{
	free(r->path);
	memset(r, 0, sizeof(*r));
}
