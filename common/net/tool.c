/* tool.c -- what the network tools share: their options, help, set-up */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "net/tool.h"

enum {
	OPT_ALLOW_HTTP = 512, OPT_API, OPT_BASE_URL, OPT_CACERT,
	OPT_KEY_IN_QUERY, OPT_RATE, OPT_RETRIES, OPT_RETRY_MAX_TIME,
	OPT_TOKEN_FILE
};

/* The shared options, sorted, each with its set and --help line. */
static const struct shared {
	struct option o;
	unsigned set;		/* 0: every network tool */
	const char *help;
} shared[] = {
	{ { "allow-http", no_argument, NULL, OPT_ALLOW_HTTP }, 0,
"      --allow-http         allow plain http to hosts other than the "
	    "loopback\n" },
	{ { "api", required_argument, NULL, OPT_API }, COG_TOOL_TENANT,
"      --api NAME           the tenant's API: v1, rest (REST API v2.0) or\n"
"                           odata (OData v2.4) (default: COG_API, else v1)\n" },
	{ { "base-url", required_argument, NULL, OPT_BASE_URL },
	    COG_TOOL_TENANT,
"      --base-url URL       the tenant (default: COG_BASE_URL)\n" },
	{ { "cacert", required_argument, NULL, OPT_CACERT }, 0,
"      --cacert FILE        trust the CA certificates in FILE\n" },
	{ { "help", no_argument, NULL, 'h' }, 0,
"  -h, --help               show this help\n" },
	{ { "insecure", no_argument, NULL, 'k' }, 0,
"  -k, --insecure           do not verify the server's certificate\n" },
	{ { "key-in-query", no_argument, NULL, OPT_KEY_IN_QUERY },
	    COG_TOOL_TENANT,
"      --key-in-query       send the API key in the URL, not a header (odata)\n" },
	{ { "rate", required_argument, NULL, OPT_RATE }, COG_TOOL_TENANT,
"      --rate N/S           at most N requests in S seconds (0: no limit;\n"
"                           rest, odata: 900/300; v1: none)\n" },
	{ { "retries", required_argument, NULL, OPT_RETRIES }, 0,
"      --retries N          retries after 429, 5xx, network errors (5)\n" },
	{ { "retry-max-time", required_argument, NULL, OPT_RETRY_MAX_TIME }, 0,
"      --retry-max-time S   give up retrying after S seconds (120)\n" },
	{ { "token-file", required_argument, NULL, OPT_TOKEN_FILE },
	    COG_TOOL_TOKEN_FILE,
"      --token-file FILE    read the token (odata: the API key) from FILE\n" },
	{ { "verbose", no_argument, NULL, 'v' }, 0,
"  -v, --verbose            log requests and retries on stderr\n" },
	{ { "version", no_argument, NULL, 'V' }, 0,
"  -V, --version            show the version\n" },
};

#define NSHARED (sizeof(shared) / sizeof(shared[0]))

static int
byname(const void *a, const void *b)
{
	return strcmp(((const struct option *)a)->name,
	    ((const struct option *)b)->name);
}

void
cog_tool_init(struct cog_tool *t, unsigned sets, const struct option *own,
    const char *help_head, const char *help_tail)
{
	size_t n, i;

	memset(t, 0, sizeof(*t));
	t->sets = sets;
	t->help_head = help_head;
	t->help_tail = help_tail;
	cog_http_init(&t->http);
	if ((t->api = cog_api_find(COG_API_DEFAULT)) == NULL)
		cog_die("no API backend '%s'", COG_API_DEFAULT);
	for (n = 0; own[n].name; n++)
		;
	t->longopts = cog_xreallocarray(NULL, n + NSHARED + 1,
	    sizeof(*t->longopts));
	memcpy(t->longopts, own, n * sizeof(*own));
	for (i = 0; i < NSHARED; i++)
		if ((shared[i].set & sets) == shared[i].set)
			t->longopts[n++] = shared[i].o;
	qsort(t->longopts, n, sizeof(*t->longopts), byname);
	memset(&t->longopts[n], 0, sizeof(*t->longopts));
}

/* Print the --help of the tool, the shared options in the middle. */
static void help(const struct cog_tool *t) __attribute__((noreturn));

static void
help(const struct cog_tool *t)
{
	size_t i;

	fputs(t->help_head, stdout);
	for (i = 0; i < NSHARED; i++)
		if ((shared[i].set & t->sets) == shared[i].set &&
		    shared[i].o.val != 'h' && shared[i].o.val != 'V')
			fputs(shared[i].help, stdout);
	for (i = 0; i < NSHARED; i++)
		if (shared[i].o.val == 'h' || shared[i].o.val == 'V')
			fputs(shared[i].help, stdout);
	fputs(t->help_tail, stdout);
	cog_exit(0);
}

/* Apply shared option c; return 0 when it is none of them. */
static int
apply(struct cog_tool *t, int c, const char *arg)
{
	struct cog_http *h = &t->http;

	switch (c) {
	case OPT_ALLOW_HTTP: h->allow_http = 1; return 1;
	case OPT_API: t->api_name = arg; return 1;
	case OPT_RATE:
		if (cog_rate_parse(arg, &t->rate_n, &t->rate_s) < 0)
			cog_usage_error("--rate: expected N/SECONDS (900/300) "
			    "or 0, got '%s'", arg);
		t->rate_set = 1;
		return 1;
	case OPT_BASE_URL: h->base_opt = arg; return 1;
	case OPT_CACERT: h->cacert = arg; return 1;
	case OPT_KEY_IN_QUERY: t->key_in_query = 1; return 1;
	case OPT_TOKEN_FILE: t->token_file = arg; return 1;
	case 'k': h->insecure = 1; return 1;
	case 'v': h->verbose++; return 1;
	case OPT_RETRIES:
		h->retries = (int)cog_number_arg(arg, "--retries", 0, 100);
		return 1;
	case OPT_RETRY_MAX_TIME:
		h->retry_max_time = cog_number_arg(arg, "--retry-max-time", 0,
		    86400);
		return 1;
	case 'h':
		help(t);
	case 'V':
		printf("%s (cogtools) %s\n", cog_progname, COG_VERSION);
		cog_exit(0);
	}
	return 0;
}

/* Settle the dialect: --api, else COG_API, else the default. */
static void
choose_api(struct cog_tool *t)
{
	const char *env = getenv("COG_API"), *name = t->api_name;
	struct cog_buf names = COG_BUF_INIT;

	if (name == NULL && env && *env)
		name = env;
	if (name == NULL || (t->api = cog_api_find(name)) != NULL)
		return;
	cog_api_names(&names);
	cog_usage_error("%s: unknown API '%s' (known: %s)",
	    t->api_name ? "--api" : "COG_API", name, names.p);
}

int
cog_tool_getopt(struct cog_tool *t, int argc, char **argv,
    const char *shortopts)
{
	int c;

	opterr = 0;
	argv[0] = (char *)cog_progname;	/* for getopt's messages */
	while ((c = getopt_long(argc, argv, shortopts, t->longopts,
	    NULL)) != -1) {
		if (c == '?' || c == ':')
			cog_bad_option(c, argv);
		if (!apply(t, c, optarg))
			return c;
	}
	if (t->sets & COG_TOOL_TENANT)
		choose_api(t);
	return -1;
}

/* The time arg of option name, to iso and *ms. */
static void
time_arg(const char *arg, const char *name, char iso[COG_UTC_LEN + 1],
    long long *ms)
{
	if (cog_utc_parse(arg, strlen(arg), ms) < 0)
		cog_usage_error("%s: expected an ISO 8601 time with its zone "
		    "(2026-03-01T09:00:00Z) or a date, got '%s'", name, arg);
	cog_utc_format(*ms, iso);
}

void
cog_tool_since(struct cog_tool_range *tr, const char *arg)
{
	time_arg(arg, "--since", tr->since, &tr->r.since_ms);
	tr->r.since = tr->since;
}

void
cog_tool_until(struct cog_tool_range *tr, const char *arg)
{
	time_arg(arg, "--until", tr->until, &tr->r.until_ms);
	tr->r.until = tr->until;
}

void
cog_tool_setup(struct cog_tool *t)
{
	if (!(t->sets & COG_TOOL_TENANT)) {
		cog_http_setup_bare(&t->http);
		return;
	}
	cog_http_setup(&t->http);
	if (!t->rate_set && t->api->rate &&
	    cog_rate_parse(t->api->rate, &t->rate_n, &t->rate_s) < 0)
		cog_die("bad rate '%s' of API %s", t->api->rate, t->api->name);
	cog_rate_init(&t->http.rate, t->http.base_url, t->rate_n, t->rate_s);
	cog_auth_init(&t->auth, &t->http, t->api, t->token_file);
	if (t->key_in_query && t->api->key_param == NULL)
		cog_usage_error("--key-in-query: API %s takes no key in the "
		    "URL", t->api->name);
	t->auth.key_in_query = t->key_in_query;
}

void
cog_tool_release(struct cog_tool *t)
{
	if (t->sets & COG_TOOL_TENANT)
		cog_auth_release(&t->auth);
	cog_http_release(&t->http);
	free(t->longopts);
	t->longopts = NULL;
}
