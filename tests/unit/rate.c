/* The slots of --rate: spaced S/N seconds apart, however far ahead. */
#include <string.h>

#include "net/rate.h"
#include "tap.h"

int
main(void)
{
	struct cog_rate r;
	long w, prev = -1;
	int i, rising = 1;

	is_int(cog_rate_parse("1/3600", &r.n, &r.s), 0, "--rate 1/3600");
	r.path = NULL;		/* this process alone: no file */
	r.next = 0;
	for (i = 0; i < 48; i++) {
		w = cog_rate_take(&r);
		if (w <= prev)
			rising = 0;
		prev = w;
	}
	ok(rising, "48 waiters at one an hour: each waits longer");
	ok(prev > 46L * 3600000L, "... the last nearly two days");
	r.next = 0;
	is_int(cog_rate_take(&r), 0, "a fresh queue: the first goes now");
	r.n = 10;
	r.s = 1;
	r.next = 0;
	for (i = 0; i < 3; i++)
		cog_rate_take(&r);
	r.next += 3600000LL;	/* as after a clock set back an hour */
	is_int(cog_rate_take(&r), 0,
	    "a slot far past the queue at 10/1: a clock set back, reset");
	return tap_done();
}
