/* clock.h -- the monotonic clock every timeout and rate is measured on */
#ifndef COG_CLOCK_H
#define COG_CLOCK_H

/* Milliseconds of the monotonic clock (CLOCK_MONOTONIC). */
long long cog_clock_ms(void);

#endif
