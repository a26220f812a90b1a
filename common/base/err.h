/* err.h -- diagnostics and allocation that cannot fail */
#ifndef COG_ERR_H
#define COG_ERR_H

#include <stddef.h>

/* Exit statuses shared by every tool (see cog(7)). */
enum {
	COG_EXIT_OK = 0,	/* every record handled */
	COG_EXIT_PARTIAL = 1,	/* finished, but some records failed */
	COG_EXIT_FATAL = 2	/* usage or fatal error */
};

/* Program name used as the prefix of every diagnostic. */
extern const char *cog_progname;

/* Set cog_progname from argv[0]. */
void cog_setprogname(const char *argv0);

/* Print "prog: msg" to stderr; a format ending in ':' appends strerror. */
void cog_warn(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

/* cog_warn, then exit with COG_EXIT_FATAL. */
void cog_die(const char *fmt, ...)
	__attribute__((format(printf, 1, 2), noreturn));

/* Print the misuse diagnostic and "try 'prog --help'", exit 2. */
void cog_usage_error(const char *fmt, ...)
	__attribute__((format(printf, 1, 2), noreturn));

/*
 * The decimal number arg of option opt, from min to max; anything else
 * is a usage error naming opt.
 */
long cog_number_arg(const char *arg, const char *opt, long min, long max);

/*
 * After getopt_long returned '?' or ':' (with opterr = 0 and an option
 * string starting with ':'), report the bad option of argv and exit 2.
 */
void cog_bad_option(int c, char *const argv[])
	__attribute__((noreturn));

/*
 * Format a message into err (errlen bytes, cut to fit) for a caller to
 * report, and return -1: "return cog_seterr(err, errlen, ...);".
 */
int cog_seterr(char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Allocation wrappers that die on exhaustion. */
void *cog_xmalloc(size_t n);
void *cog_xcalloc(size_t nmemb, size_t size);
void *cog_xrealloc(void *p, size_t n);
void *cog_xreallocarray(void *p, size_t nmemb, size_t size);
char *cog_xstrdup(const char *s);
char *cog_xstrndup(const char *s, size_t n);

/*
 * Flush and close stdout; on failure print the error and return
 * COG_EXIT_FATAL, else return status unchanged.
 */
int cog_close_stdout(int status);

/* Exit with cog_close_stdout(status), as after --help or --version. */
void cog_exit(int status) __attribute__((noreturn));

#endif
