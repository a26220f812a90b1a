/* utc.c -- ISO 8601 times in UTC, read and written */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "base/utc.h"

/* Read exactly k digits at *p (before end) into *v; advance. */
static int
digits(const char **p, const char *end, int k, int *v)
{
	int i;

	*v = 0;
	if (end - *p < k)
		return -1;
	for (i = 0; i < k; i++) {
		if ((*p)[i] < '0' || (*p)[i] > '9')
			return -1;
		*v = *v * 10 + ((*p)[i] - '0');
	}
	*p += k;
	return 0;
}

static int
expect(const char **p, const char *end, char c)
{
	if (*p >= end || **p != c)
		return -1;
	(*p)++;
	return 0;
}

static int
days_in_month(int y, int m)
{
	static const int d[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
	    31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return d[m - 1];
}

/* The zone at *p: 'Z' or an offset, in seconds east of UTC. */
static int
zone(const char **p, const char *end, long *off)
{
	int sign, hh, mm = 0;

	if (*p < end && **p == 'Z') {
		(*p)++;
		*off = 0;
		return 0;
	}
	if (*p >= end || (**p != '+' && **p != '-'))
		return -1;
	sign = **p == '-' ? -1 : 1;
	(*p)++;
	if (digits(p, end, 2, &hh) < 0 || hh > 23)
		return -1;
	if (*p < end && **p == ':')
		(*p)++;
	if (*p < end && digits(p, end, 2, &mm) < 0)
		return -1;
	if (mm > 59)
		return -1;
	*off = sign * (hh * 3600L + mm * 60L);
	return 0;
}

int
cog_utc_parse(const char *s, size_t n, long long *ms)
{
	const char *p = s, *end = s + n;
	int y, mo, d, h = 0, mi = 0, sec = 0, frac = 0, scale = 100;
	long off = 0;
	struct tm tm;
	time_t t;

	if (digits(&p, end, 4, &y) < 0 || expect(&p, end, '-') < 0 ||
	    digits(&p, end, 2, &mo) < 0 || expect(&p, end, '-') < 0 ||
	    digits(&p, end, 2, &d) < 0 || mo < 1 || mo > 12 || d < 1 ||
	    d > days_in_month(y, mo))
		return -1;
	if (p < end) {
		if (*p != 'T' && *p != 't' && *p != ' ')
			return -1;
		p++;
		if (digits(&p, end, 2, &h) < 0 || expect(&p, end, ':') < 0 ||
		    digits(&p, end, 2, &mi) < 0 || h > 23 || mi > 59)
			return -1;
		if (p < end && *p == ':') {
			p++;
			/* 60: a leap second, read as the next one. */
			if (digits(&p, end, 2, &sec) < 0 || sec > 60)
				return -1;
			if (p < end && (*p == '.' || *p == ',')) {
				p++;
				if (p >= end || *p < '0' || *p > '9')
					return -1;
				for (; p < end && *p >= '0' && *p <= '9'; p++) {
					frac += (*p - '0') * scale;
					scale /= 10;
				}
			}
		}
		if (zone(&p, end, &off) < 0)
			return -1;
	}
	if (p != end)
		return -1;
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	t = timegm(&tm);
	*ms = ((long long)t - off) * 1000 + frac;
	return 0;
}

void
cog_utc_format(long long ms, char out[COG_UTC_LEN + 1])
{
	long long sec = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
	time_t t = (time_t)sec;
	char tmp[96];
	struct tm tm;

	gmtime_r(&t, &tm);
	snprintf(tmp, sizeof(tmp), "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
	    (tm.tm_year + 1900) % 10000, tm.tm_mon + 1, tm.tm_mday,
	    tm.tm_hour, tm.tm_min, tm.tm_sec, (int)(ms - sec * 1000));
	memcpy(out, tmp, COG_UTC_LEN);
	out[COG_UTC_LEN] = '\0';
}

int
cog_utc_canonical(const char *s, size_t n)
{
	long long ms;
	size_t i;

	if (n < 20 || s[10] != 'T' || s[n - 1] != 'Z' || s[16] != ':' ||
	    s[19] != (n == 20 ? 'Z' : '.'))
		return 0;
	for (i = 20; i + 1 < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return (n == 20 || n > 21) && cog_utc_parse(s, n, &ms) == 0;
}
