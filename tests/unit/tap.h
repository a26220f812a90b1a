/* tap.h -- minimal TAP output for the C unit tests under tests/unit/ */
#ifndef COG_TAP_H
#define COG_TAP_H

#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

/* Record one test result; returns cond so callers can add diagnostics. */
static int
tap_ok(int cond, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5), unused));

#include <stdarg.h>
static int
tap_ok(int cond, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	printf("%sok %d - ", cond ? "" : "not ", ++tap_n);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	if (!cond) {
		printf("# failed at %s:%d\n", file, line);
		tap_failed++;
	}
	return cond;
}

#define ok(cond, ...) tap_ok(!!(cond), __FILE__, __LINE__, __VA_ARGS__)

/* Compare two NUL-terminated strings, printing both on failure. */
#define is_str(got, want, ...)						\
	do {								\
		const char *g_ = (got), *w_ = (want);			\
		if (!ok(g_ && w_ && strcmp(g_, w_) == 0, __VA_ARGS__))	\
			printf("#   got:  '%s'\n#   want: '%s'\n",	\
			    g_ ? g_ : "(null)", w_ ? w_ : "(null)");	\
	} while (0)

#define is_int(got, want, ...)						\
	do {								\
		long long g_ = (got), w_ = (want);			\
		if (!ok(g_ == w_, __VA_ARGS__))				\
			printf("#   got:  %lld\n#   want: %lld\n", g_, w_); \
	} while (0)

static int
tap_done(void)
{
	printf("1..%d\n", tap_n);
	return tap_failed != 0;
}

#endif
