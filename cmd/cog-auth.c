/* cog-auth -- log in to the tenant once and cache the token for the others */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/buf.h"
#include "base/err.h"
#include "net/auth.h"
#include "net/http.h"
#include "net/tokencache.h"

enum { MODE_LOGIN, MODE_PRINT, MODE_STATUS, MODE_LOGOUT };

enum { OPT_LOGOUT = 256 };

static const char shortopts[] = ":fhkpsVv";
static const struct option longopts[] = {
	{ "allow-http", no_argument, NULL, COG_OPT_ALLOW_HTTP },
	{ "base-url", required_argument, NULL, COG_OPT_BASE_URL },
	{ "cacert", required_argument, NULL, COG_OPT_CACERT },
	{ "force", no_argument, NULL, 'f' },
	{ "help", no_argument, NULL, 'h' },
	{ "insecure", no_argument, NULL, 'k' },
	{ "logout", no_argument, NULL, OPT_LOGOUT },
	{ "print-token", no_argument, NULL, 'p' },
	{ "retries", required_argument, NULL, COG_OPT_RETRIES },
	{ "retry-max-time", required_argument, NULL, COG_OPT_RETRY_MAX_TIME },
	{ "status", no_argument, NULL, 's' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static struct {
	int mode, force;
} opt;

static struct cog_http http;

static void
help(void)
{
	fputs("usage: cog-auth [-fkpsv] [--allow-http] [--base-url url] "
	    "[--cacert file]\n"
	    "                [--logout] [--retries n] [--retry-max-time seconds]\n",
	    stdout);
	fputs("\n"
"Log in to the tenant and cache the token for the other cog tools; print\n"
"one JSON status line (never the token).\n\n"
"  -f, --force              log in even when the cached token is fresh\n"
"  -p, --print-token        print only the token, for $(cog-auth -p)\n"
"  -s, --status             show the cached token, without the network;\n"
"                           exit 1 when there is none or it has expired\n"
"      --logout             delete the cached token\n", stdout);
	fputs(cog_http_help, stdout);
	fputs("  -h, --help               show this help\n"
"  -V, --version            show the version\n"
"\nCredentials come from COG_USERNAME and COG_PASSWORD or "
"COG_PASSWORD_FILE.\n"
"Exit status: 0 done, 1 no valid cached token (--status), 2 error.\n", stdout);
	cog_exit(0);
}

static void
set_mode(int mode)
{
	if (opt.mode != MODE_LOGIN && opt.mode != mode)
		cog_usage_error("--print-token, --status and --logout "
		    "exclude each other");
	opt.mode = mode;
}

static void
parse_options(int argc, char **argv)
{
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1)
		switch (c) {
		case 'f': opt.force = 1; break;
		case 'h': help(); break;
		case 'p': set_mode(MODE_PRINT); break;
		case 's': set_mode(MODE_STATUS); break;
		case 'V':
			puts("cog-auth (cogtools) " COG_VERSION);
			cog_exit(0);
		case OPT_LOGOUT: set_mode(MODE_LOGOUT); break;
		default:
			if (!cog_http_option(&http, c, optarg))
				cog_bad_option(c, argv);
		}
	if (optind < argc)
		cog_usage_error("unexpected argument '%s'", argv[optind]);
	if (opt.force && (opt.mode == MODE_STATUS || opt.mode == MODE_LOGOUT))
		cog_usage_error("--force goes with a login, not --status or "
		    "--logout");
}

/* Print the status line of t: no secret in it. */
static void
print_status(const struct cog_token *t, int cached, int with_expired)
{
	struct cog_buf b = COG_BUF_INIT;
	time_t now = time(NULL);
	long long left = (long long)(t->expires_at - now);
	const char *s = t->scope ? t->scope : "";
	char when[32];
	struct tm tm;
	int first = 1;

	gmtime_r(&t->expires_at, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	cog_buf_adds(&b, "{\"base_url\":");
	cog_buf_add_jstr(&b, t->base_url, strlen(t->base_url));
	cog_buf_addf(&b, ",\"expires_at\":\"%s\",\"expires_in\":%lld,"
	    "\"scopes\":[", when, left > 0 ? left : 0);
	while (*s) {
		size_t n = strcspn(s, " ");

		if (n > 0) {
			if (!first)
				cog_buf_addc(&b, ',');
			cog_buf_add_jstr(&b, s, n);
			first = 0;
		}
		s += n;
		s += strspn(s, " ");
	}
	cog_buf_addf(&b, "],\"cached\":%s", cached ? "true" : "false");
	if (with_expired)
		cog_buf_addf(&b, ",\"expired\":%s", left > 0 ? "false" : "true");
	cog_buf_adds(&b, "}\n");
	fwrite(b.p, 1, b.len, stdout);
	cog_buf_release(&b);
}

/* Warn about requested scopes the server did not grant. */
static void
check_scopes(const char *granted)
{
	const char *want = COG_AUTH_SCOPES;

	while (*want) {
		size_t n = strcspn(want, " ");
		const char *g = granted ? granted : "";
		int found = 0;

		while (*g && !found) {
			size_t m = strcspn(g, " ");

			found = m == n && strncmp(g, want, n) == 0;
			g += m;
			g += strspn(g, " ");
		}
		if (!found)
			cog_warn("warning: the token lacks scope '%.*s'",
			    (int)n, want);
		want += n;
		want += strspn(want, " ");
	}
}

int
main(int argc, char **argv)
{
	struct cog_auth auth;
	int status = 0, cached;

	cog_setprogname(argv[0]);
	argv[0] = (char *)cog_progname;	/* for getopt's messages */
	cog_http_init(&http);
	parse_options(argc, argv);
	cog_http_setup(&http);
	/* The cache is ours to fill: a token given by the user is not. */
	unsetenv("COG_TOKEN");
	cog_auth_init(&auth, &http, NULL);
	if (auth.cache.len == 0)
		cog_die("no cache directory: set XDG_CACHE_HOME or HOME");
	switch (opt.mode) {
	case MODE_STATUS:
		if (auth.tok.token == NULL) {
			cog_warn("no cached token for '%s'", http.base_url);
			status = 1;
			break;
		}
		print_status(&auth.tok, 1, 1);
		if (auth.tok.expires_at <= time(NULL))
			status = 1;
		break;
	case MODE_LOGOUT:
		if (cog_tokencache_remove(auth.cache.p) < 0)
			cog_die("cannot remove '%s':", auth.cache.p);
		break;
	default:
		cached = !opt.force && cog_token_fresh(&auth.tok, time(NULL));
		if (!cached) {
			cog_auth_login(&auth);
			check_scopes(auth.tok.scope);
		}
		if (opt.mode == MODE_PRINT)
			printf("%s\n", auth.tok.token);
		else
			print_status(&auth.tok, cached, 0);
	}
	cog_auth_release(&auth);
	cog_http_release(&http);
	return cog_close_stdout(status);
}
