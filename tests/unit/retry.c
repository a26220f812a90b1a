/* Retry-After parsing, backoff bounds and the retry budget. */
#include <stdlib.h>
#include <time.h>

#include "net/retry.h"
#include "tap.h"

int
main(void)
{
	time_t now = 784111777;		/* Sun, 06 Nov 1994 08:49:37 GMT */
	struct cog_retry r;
	unsigned a;
	int i, inrange, spread;

	is_int(cog_retry_after_parse("120", now), 120, "delay-seconds");
	is_int(cog_retry_after_parse(" 0 ", now), 0, "zero, with blanks");
	is_int(cog_retry_after_parse("99999999999999", now) > 0, 1,
	    "huge delay-seconds does not overflow");
	is_int(cog_retry_after_parse("Sun, 06 Nov 1994 08:49:47 GMT", now),
	    10, "IMF-fixdate ten seconds ahead");
	is_int(cog_retry_after_parse("Sun, 06 Nov 1994 08:49:30 GMT", now),
	    0, "a date in the past means now");
	is_int(cog_retry_after_parse("Sunday, 06-Nov-94 08:50:37 GMT", now),
	    60, "obsolete RFC 850 date");
	is_int(cog_retry_after_parse("Sun Nov  6 08:51:37 1994", now), 120,
	    "obsolete asctime date");
	is_int(cog_retry_after_parse("Mon, 07 Nov 1994 08:49:37 GMT", now),
	    86400, "next day");
	is_int(cog_retry_after_parse("Thu, 01 Jan 2026 00:00:01 GMT",
	    1767225600), 1, "a 2026 date, as the emulator sends");
	is_int(cog_retry_after_parse("", now), -1, "empty is invalid");
	is_int(cog_retry_after_parse("-5", now), -1, "negative is invalid");
	is_int(cog_retry_after_parse("1.5", now), -1, "fraction is invalid");
	is_int(cog_retry_after_parse("soon", now), -1, "word is invalid");
	is_int(cog_retry_after_parse("Sun, 06 Nov 1994 08:49:47 UTC", now),
	    -1, "zone other than GMT is invalid");
	is_int(cog_retry_after_parse("Sun, 06 Foo 1994 08:49:47 GMT", now),
	    -1, "bad month is invalid");
	is_int(cog_retry_after_parse("Sun, 06 Nov 1994 25:49:47 GMT", now),
	    -1, "bad hour is invalid");

	is_int(cog_backoff_ms(0, 250, 30000, 0), 0, "jitter may be zero");
	is_int(cog_backoff_ms(0, 250, 30000, 250), 250,
	    "first ceiling is the base");
	is_int(cog_backoff_ms(0, 250, 30000, 251), 0, "wraps within bound");
	is_int(cog_backoff_ms(3, 250, 30000, 2000), 2000,
	    "ceiling doubles per attempt");
	is_int(cog_backoff_ms(40, 250, 30000, 30000), 30000,
	    "ceiling is capped");
	inrange = 1;
	for (a = 0; a < 20; a++)
		for (i = 0; i < 200; i++) {
			long d = cog_backoff_ms(a, 250, 30000,
			    cog_retry_random());
			long cap = 250L << (a < 7 ? a : 7);

			if (cap > 30000)
				cap = 30000;
			if (d < 0 || d > cap)
				inrange = 0;
		}
	ok(inrange, "every backoff within [0, min(cap, base*2^n)]");
	spread = 0;
	for (i = 0; i < 100; i++)
		if (cog_backoff_ms(5, 250, 30000, cog_retry_random()) < 4000)
			spread++;
	ok(spread > 20 && spread < 80, "jitter is spread (%d/100 low)",
	    spread);

	cog_retry_start(&r, 3, 10, 1000);
	ok(cog_retry_next(&r, 1000, -1, 7) >= 0, "retry 1 granted");
	ok(cog_retry_next(&r, 1000, -1, 7) >= 0, "retry 2 granted");
	ok(cog_retry_next(&r, 1000, -1, 7) >= 0, "retry 3 granted");
	is_int(cog_retry_next(&r, 1000, -1, 7), -1, "retry 4 refused");
	cog_retry_start(&r, 5, 10, 1000);
	is_int(cog_retry_next(&r, 1000, 2, 7), 2000,
	    "Retry-After is honoured");
	is_int(cog_retry_next(&r, 1000, 20, 7), -1,
	    "Retry-After past the time budget is refused");
	is_int(cog_retry_next(&r, 10900, -1, 1000), -1,
	    "backoff past the time budget is refused");
	cog_retry_start(&r, 5, 0, 0);
	is_int(cog_retry_next(&r, 0, 100000, 7), COG_RETRY_AFTER_CAP * 1000L,
	    "Retry-After is capped");
	return tap_done();
}
