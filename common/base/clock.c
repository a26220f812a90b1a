/* clock.c -- the monotonic clock */
#include <time.h>

#include "base/clock.h"

long long
cog_clock_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
