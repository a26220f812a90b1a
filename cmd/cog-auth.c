/* cog-auth -- log in to the tenant once and cache the token for the others */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/out.h"
#include "net/auth.h"
#include "net/tokencache.h"
#include "net/tool.h"

enum { MODE_LOGIN, MODE_PRINT, MODE_STATUS, MODE_LOGOUT };

enum { OPT_LOGOUT = 256, OPT_TOKEN_FILE };

static const char shortopts[] = ":fhkpsVv";
static const struct option longopts[] = {
	{ "force", no_argument, NULL, 'f' },
	{ "logout", no_argument, NULL, OPT_LOGOUT },
	{ "print-token", no_argument, NULL, 'p' },
	{ "status", no_argument, NULL, 's' },
	{ "token-file", required_argument, NULL, OPT_TOKEN_FILE },
	{ NULL, 0, NULL, 0 }
};

static struct {
	int mode, force;
} opt;

static struct cog_tool tool;

static const char help_head[] =
"usage: cog-auth [-fkpsv] [--allow-http] [--api name] [--base-url url]\n"
"                [--cacert file] [--key-in-query] [--logout] "
"[--rate n/s]\n"
"                [--retries n] [--retry-max-time seconds]\n"
"\n"
"Log in to the tenant and cache the token for the other cog tools; print\n"
"one JSON status line (never the token).\n\n"
"  -f, --force              log in even when the cached token is fresh\n"
"  -p, --print-token        print only the token, for $(cog-auth -p)\n"
"  -s, --status             show the cached token, without the network;\n"
"                           exit 1 when there is none or it has expired\n"
"      --logout             delete the cached token\n";

static const char help_tail[] =
"\nCredentials: API v1, COG_USERNAME and COG_PASSWORD or COG_PASSWORD_FILE;\n"
"rest, an API key in COG_API_KEY or COG_API_KEY_FILE (checked, never\n"
"cached), else OAuth2 with COG_CLIENT_ID and COG_CLIENT_SECRET (and\n"
"COG_USERNAME and COG_PASSWORD for the password grant).\n"
"Exit status: 0 done, 1 no valid cached token (--status), 2 error.\n";

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

	while ((c = cog_tool_getopt(&tool, argc, argv, shortopts)) != -1)
		switch (c) {
		case 'f': opt.force = 1; break;
		case 'p': set_mode(MODE_PRINT); break;
		case 's': set_mode(MODE_STATUS); break;
		case OPT_LOGOUT: set_mode(MODE_LOGOUT); break;
		case OPT_TOKEN_FILE:
			cog_usage_error("--token-file: cog-auth reads no token "
			    "but makes one; 'cog-auth -p >FILE' writes the "
			    "file that --token-file of the other tools reads");
		}
	if (optind < argc)
		cog_usage_error("unexpected argument '%s'", argv[optind]);
	if (opt.force && (opt.mode == MODE_STATUS || opt.mode == MODE_LOGOUT))
		cog_usage_error("--force goes with a login, not --status or "
		    "--logout");
}

/*
 * The user's key (rest, odata): --status names it without the network,
 * a login checks it with the dialect's check request; it is never
 * printed.
 */
static int
key(struct cog_auth *auth, struct cog_out *out)
{
	struct cog_http_resp resp;
	struct cog_buf msg = COG_BUF_INIT;

	if (opt.mode == MODE_PRINT)
		cog_die("the credential is an API key (%s), which is never "
		    "printed", auth->from);
	if (opt.mode != MODE_STATUS && auth->api->check_path) {
		memset(&resp, 0, sizeof(resp));
		if (cog_auth_call(auth, "GET", auth->api->check_path, NULL, 0,
		    auth->api->scope_read, &resp, &msg) < 0)
			cog_die("cannot check the API key: %s", msg.p);
		cog_http_resp_release(&resp);
		cog_buf_release(&msg);
	}
	cog_auth_status_line(auth, 0, 0, &out->b);
	return 0;
}

int
main(int argc, char **argv)
{
	struct cog_auth *auth = &tool.auth;
	struct cog_out out;
	int status = 0, cached;

	cog_setprogname(argv[0]);
	cog_tool_init(&tool, COG_TOOL_TENANT, longopts, help_head,
	    help_tail);
	parse_options(argc, argv);
	/*
	 * The cache is ours to fill: a token given by the user is not.  A
	 * key (rest, odata) is the credential itself: it is checked.
	 */
	if (tool.api->user_token == NULL)
		unsetenv(tool.api->token_env);
	if (tool.api->bearer_env)
		unsetenv(tool.api->bearer_env);
	cog_tool_setup(&tool);
	if (auth->cache.len == 0)
		cog_die("no cache directory: set XDG_CACHE_HOME or HOME");
	cog_out_init(&out, STDOUT_FILENO);
	if (auth->user_token && opt.mode != MODE_LOGOUT) {
		status = key(auth, &out);
		goto out;
	}
	switch (opt.mode) {
	case MODE_STATUS:
		if (auth->tok.token == NULL) {
			cog_warn("no cached token for '%s'",
			    tool.http.shown_url);
			status = 1;
			break;
		}
		cog_auth_status_line(auth, 1, 1, &out.b);
		if (auth->tok.expires_at <= time(NULL))
			status = 1;
		break;
	case MODE_LOGOUT:
		if (cog_tokencache_remove(auth->cache.p) < 0)
			cog_die("cannot remove '%s':", auth->cache.p);
		break;
	default:
		cached = !opt.force && cog_bearer_fresh(&auth->tok, time(NULL));
		if (!cached) {
			cog_auth_login(auth);
			cog_auth_check_scopes(auth);
		}
		if (opt.mode == MODE_PRINT)
			cog_buf_adds(&out.b, auth->tok.token);
		else
			cog_auth_status_line(auth, cached, 0, &out.b);
	}
out:
	if (out.b.len > 0) {
		cog_buf_addc(&out.b, '\n');
		cog_out_flush(&out);
	}
	if (out.b.p)
		explicit_bzero(out.b.p, out.b.cap);
	cog_out_release(&out);
	cog_tool_release(&tool);
	return cog_close_stdout(status);
}
