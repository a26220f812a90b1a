/* utc.h -- ISO 8601 times in UTC, read and written */
#ifndef COG_UTC_H
#define COG_UTC_H

#include <stddef.h>

/* "YYYY-MM-DDTHH:MM:SS.mmmZ" and its NUL. */
#define COG_UTC_LEN 24

/*
 * Read the n bytes at s as an ISO 8601 date and time: YYYY-MM-DD, then
 * 'T' (or a space) and HH:MM[:SS[.fraction]], then 'Z' or an offset
 * (+HH:MM, +HHMM, +HH); a date alone is midnight UTC.  Set *ms to the
 * milliseconds since 1970-01-01T00:00:00Z (the fraction cut to them).
 * Return 0, or -1 when s is no such time or has no zone (a local time
 * says nothing certain).
 */
int cog_utc_parse(const char *s, size_t n, long long *ms);

/* Write ms (as above) as "YYYY-MM-DDTHH:MM:SS.mmmZ" into out. */
void cog_utc_format(long long ms, char out[COG_UTC_LEN + 1]);

/*
 * Whether the n bytes at s are already a time in the form records use:
 * YYYY-MM-DDTHH:MM:SS, an optional fraction, and 'Z', a valid time.
 */
int cog_utc_canonical(const char *s, size_t n);

#endif
