/* err.c -- diagnostics and allocation that cannot fail */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"

const char *cog_progname = "cog";

void
cog_setprogname(const char *argv0)
{
	const char *p;

	if (argv0 == NULL || *argv0 == '\0')
		return;
	p = strrchr(argv0, '/');
	cog_progname = p ? p + 1 : argv0;
}

static void
vwarn(const char *fmt, va_list ap)
{
	int saved = errno;
	size_t n = strlen(fmt);

	fprintf(stderr, "%s: ", cog_progname);
	vfprintf(stderr, fmt, ap);
	if (n > 0 && fmt[n - 1] == ':')
		fprintf(stderr, " %s", strerror(saved));
	fputc('\n', stderr);
}

void
cog_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
}

void
cog_die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
	exit(COG_EXIT_FATAL);
}

void
cog_usage_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
	fprintf(stderr, "try '%s --help' for more information\n",
	    cog_progname);
	exit(COG_EXIT_FATAL);
}

long
cog_number_arg(const char *arg, const char *opt, long min, long max)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (*arg == '\0' || *end != '\0' || errno != 0 || v < min || v > max)
		cog_usage_error("%s: expected a number from %ld to %ld, got '%s'",
		    opt, min, max, arg);
	return v;
}

void *
cog_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		cog_die("out of memory");
	return p;
}

void *
cog_xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);

	if (p == NULL)
		cog_die("out of memory");
	return p;
}

void *
cog_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		cog_die("out of memory");
	return p;
}

void *
cog_xreallocarray(void *p, size_t nmemb, size_t size)
{
	if (size != 0 && nmemb > (size_t)-1 / size)
		cog_die("out of memory");
	return cog_xrealloc(p, nmemb * size);
}

char *
cog_xstrdup(const char *s)
{
	return cog_xstrndup(s, strlen(s));
}

char *
cog_xstrndup(const char *s, size_t n)
{
	char *p = cog_xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

int
cog_close_stdout(int status)
{
	int bad = fflush(stdout) != 0 || ferror(stdout);

	if (fclose(stdout) != 0)
		bad = 1;
	if (bad) {
		cog_warn("write error on standard output:");
		return COG_EXIT_FATAL;
	}
	return status;
}

void
cog_bad_option(int c, char *const argv[])
{
	char shortopt[3] = { '-', (char)optopt, '\0' };
	const char *arg = argv[optind - 1], *name = shortopt;
	int len;

	if (strncmp(arg, "--", 2) == 0 || optopt == 0) {
		len = (int)strcspn(arg, "=");
		cog_usage_error("%s option '%.*s'", c == ':' ?
		    "missing argument for" : "unknown", len, arg);
	}

	cog_usage_error("%s option '%s'", c == ':' ?
	    "missing argument for" : "unknown", name);
}

void
cog_exit(int status)
{
	exit(cog_close_stdout(status));
}

int
cog_seterr(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	return -1;
}
