/* retry.c -- when to try a request again: Retry-After, backoff, budget */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "net/retry.h"

static const char *const months[] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};

static const char *const days[] = {
	"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"
};

/* Parse exactly n digits at *p into *v; advance *p. */
static int
digits(const char **p, int n, int *v)
{
	int i;

	*v = 0;
	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)(*p)[i]))
			return -1;
		*v = *v * 10 + (*p)[i] - '0';
	}
	*p += n;
	return 0;
}

static int
month(const char **p)
{
	int i;

	for (i = 0; i < 12; i++)
		if (strncmp(*p, months[i], 3) == 0) {
			*p += 3;
			return i;
		}
	return -1;
}

/* Skip a day name: three letters, or (RFC 850) the full name. */
static int
dayname(const char **p, int full)
{
	static const char *const longdays[] = {
		"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
		"Friday", "Saturday"
	};
	int i;

	for (i = 0; i < 7; i++) {
		const char *d = full ? longdays[i] : days[i];
		size_t n = strlen(d);

		if (strncmp(*p, d, n) == 0) {
			*p += n;
			return 0;
		}
	}
	return -1;
}

static int
lit(const char **p, const char *s)
{
	size_t n = strlen(s);

	if (strncmp(*p, s, n) != 0)
		return -1;
	*p += n;
	return 0;
}

/* hh:mm:ss */
static int
clock_time(const char **p, struct tm *tm)
{
	if (digits(p, 2, &tm->tm_hour) < 0 || lit(p, ":") < 0 ||
	    digits(p, 2, &tm->tm_min) < 0 || lit(p, ":") < 0 ||
	    digits(p, 2, &tm->tm_sec) < 0)
		return -1;
	return tm->tm_hour > 23 || tm->tm_min > 59 || tm->tm_sec > 60 ?
	    -1 : 0;
}

/* Parse the three HTTP-date forms of RFC 9110 5.6.7 into a UTC time. */
static int
http_date(const char *s, time_t *t)
{
	struct tm tm;
	const char *p = s;
	int year;

	memset(&tm, 0, sizeof(tm));
	if (dayname(&p, 0) == 0 && lit(&p, ", ") == 0) {
		/* IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT */
		if (digits(&p, 2, &tm.tm_mday) < 0 || lit(&p, " ") < 0 ||
		    (tm.tm_mon = month(&p)) < 0 || lit(&p, " ") < 0 ||
		    digits(&p, 4, &year) < 0 || lit(&p, " ") < 0 ||
		    clock_time(&p, &tm) < 0 || lit(&p, " GMT") < 0)
			return -1;
	} else if ((p = s, dayname(&p, 1) == 0) && lit(&p, ", ") == 0) {
		/* RFC 850: Sunday, 06-Nov-94 08:49:37 GMT */
		if (digits(&p, 2, &tm.tm_mday) < 0 || lit(&p, "-") < 0 ||
		    (tm.tm_mon = month(&p)) < 0 || lit(&p, "-") < 0 ||
		    digits(&p, 2, &year) < 0 || lit(&p, " ") < 0 ||
		    clock_time(&p, &tm) < 0 || lit(&p, " GMT") < 0)
			return -1;
		year += year < 70 ? 2000 : 1900;
	} else if ((p = s, dayname(&p, 0) == 0) && lit(&p, " ") == 0) {
		/* asctime: Sun Nov  6 08:49:37 1994 */
		if ((tm.tm_mon = month(&p)) < 0 || lit(&p, " ") < 0)
			return -1;
		if (*p == ' ') {
			p++;
			if (digits(&p, 1, &tm.tm_mday) < 0)
				return -1;
		} else if (digits(&p, 2, &tm.tm_mday) < 0) {
			return -1;
		}
		if (lit(&p, " ") < 0 || clock_time(&p, &tm) < 0 ||
		    lit(&p, " ") < 0 || digits(&p, 4, &year) < 0)
			return -1;
	} else {
		return -1;
	}
	while (*p == ' ' || *p == '\t')
		p++;
	if (*p != '\0' || tm.tm_mday < 1 || tm.tm_mday > 31)
		return -1;
	tm.tm_year = year - 1900;
	*t = timegm(&tm);
	return *t == (time_t)-1 ? -1 : 0;
}

long
cog_retry_after_parse(const char *value, time_t now)
{
	const char *p = value;
	unsigned long long v = 0;
	time_t t;

	while (*p == ' ' || *p == '\t')
		p++;
	if (isdigit((unsigned char)*p)) {
		while (isdigit((unsigned char)*p)) {
			if (v < 1000000000ULL)
				v = v * 10 + (unsigned)(*p - '0');
			p++;
		}
		while (*p == ' ' || *p == '\t')
			p++;
		return *p == '\0' ? (long)v : -1;
	}
	if (http_date(p, &t) < 0)
		return -1;
	return t > now ? (long)(t - now) : 0;
}

long
cog_backoff_ms(unsigned attempt, long base_ms, long cap_ms, uint32_t rnd)
{
	long ceiling = base_ms;

	while (attempt-- > 0 && ceiling < cap_ms)
		ceiling *= 2;
	if (ceiling > cap_ms)
		ceiling = cap_ms;
	if (ceiling <= 0)
		return 0;
	return (long)(rnd % ((uint32_t)ceiling + 1));
}

void
cog_retry_start(struct cog_retry *r, int max, long max_time_s,
    long long now_ms)
{
	r->max = max;
	r->max_time_ms = max_time_s * 1000;
	r->n = 0;
	r->start_ms = now_ms;
}

long
cog_retry_next(struct cog_retry *r, long long now_ms, long retry_after_s,
    uint32_t rnd)
{
	long delay;

	if (r->n >= r->max)
		return -1;
	if (retry_after_s >= 0)
		delay = 1000 * (retry_after_s < COG_RETRY_AFTER_CAP ?
		    retry_after_s : COG_RETRY_AFTER_CAP);
	else
		delay = cog_backoff_ms((unsigned)r->n, COG_BACKOFF_BASE_MS,
		    COG_BACKOFF_CAP_MS, rnd);
	if (r->max_time_ms > 0 && now_ms + delay - r->start_ms >
	    r->max_time_ms)
		return -1;
	r->n++;
	return delay;
}

uint32_t
cog_retry_random(void)
{
	static uint64_t state;

	if (state == 0) {
		if (getrandom(&state, sizeof(state), 0) != sizeof(state))
			state = (uint64_t)time(NULL) ^ (uint64_t)clock();
		state |= 1;
	}
	/* xorshift64* */
	state ^= state >> 12;
	state ^= state << 25;
	state ^= state >> 27;
	return (uint32_t)((state * 0x2545F4914F6CDD1DULL) >> 32);
}
