/* tool.h -- what the network tools share: their options, help, set-up */
#ifndef COG_TOOL_H
#define COG_TOOL_H

#include <getopt.h>

#include "base/utc.h"
#include "net/api.h"
#include "net/auth.h"
#include "net/http.h"

/*
 * The shared options, each listed once: every network tool takes
 * --allow-http, --cacert, -k/--insecure, --retries, --retry-max-time,
 * -v/--verbose, -h/--help and -V/--version; the sets add more.
 */
enum {
	COG_TOOL_TENANT = 1,	/* talks to the tenant: --api, --base-url */
	COG_TOOL_TOKEN_FILE = 2	/* --token-file */
};

struct cog_tool {
	unsigned sets;		/* COG_TOOL_* */
	struct cog_http http;
	struct cog_auth auth;	/* with COG_TOOL_TENANT, after setup */
	const struct cog_api_backend *api;	/* the tenant's dialect: --api,
						   else COG_API, else v1 */
	const char *api_name;	/* --api */
	long rate_n, rate_s;	/* --rate, else the dialect's */
	int rate_set;
	const char *token_file;	/* --token-file */
	int key_in_query;	/* --key-in-query */
	struct option *longopts;	/* the tool's and the shared, sorted */
	const char *help_head, *help_tail;	/* the tool's --help */
};

/*
 * Start t for a tool taking the shared options of sets beside its own,
 * own being sorted and NULL-terminated, with getopt_long values below
 * 512.  Its --help is help_head (the usage line, which is the man page's
 * SYNOPSIS, what the tool does and its own options), the lines of the
 * shared options, then help_tail.  The options keep their defaults
 * (cog_http_init) until given.  Strings are borrowed.
 */
void cog_tool_init(struct cog_tool *t, unsigned sets,
    const struct option *own, const char *help_head, const char *help_tail);

/*
 * getopt_long over argv with shortopts (starting with ':'; the short
 * shared options h, k, V and v among them) and all the long options.
 * The shared options are applied here, -h and -V printing the help or
 * the version and exiting; a bad option is a usage error.  Return the
 * next of the tool's own options, or -1 after the last, when t->api is
 * settled (an unknown dialect is a usage error).
 */
int cog_tool_getopt(struct cog_tool *t, int argc, char **argv,
    const char *shortopts);

/*
 * After the options: with COG_TOOL_TENANT, settle the base URL and the
 * token (cog_http_setup, cog_auth_init); else make libcurl ready for
 * full URLs (cog_http_setup_bare).
 */
void cog_tool_setup(struct cog_tool *t);

/*
 * A range of sessions given by options, with the texts of its times:
 * --since and --until take ISO 8601 with 'Z' or an offset, or a date
 * alone (midnight UTC), kept as "YYYY-MM-DDTHH:MM:SS.mmmZ".
 */
struct cog_tool_range {
	struct cog_api_range r;
	char since[COG_UTC_LEN + 1], until[COG_UTC_LEN + 1];
};

/*
 * Set r.since and r.since_ms from the arg of --since, or r.until and
 * r.until_ms from that of --until; anything else is a usage error.
 */
void cog_tool_since(struct cog_tool_range *tr, const char *arg);
void cog_tool_until(struct cog_tool_range *tr, const char *arg);

void cog_tool_release(struct cog_tool *t);

#endif
