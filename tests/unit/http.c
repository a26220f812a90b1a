/* net/http.c: URLs as they may be printed. */
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "net/http.h"
#include "tap.h"

static void
shown(const char *url, const char *want, const char *what)
{
	struct cog_buf b = COG_BUF_INIT;

	cog_http_shown_url(url, &b);
	is_str(b.p, want, "%s", what);
	cog_buf_release(&b);
}

int
main(void)
{
	cog_setprogname("unit");
	shown("https://tenant.example/api", "https://tenant.example/api",
	    "a URL without secrets is as it was");
	shown("https://user:S3CRET@tenant.example:8443/api/v1",
	    "https://tenant.example:8443/api/v1", "user and password dropped");
	shown("http://user@127.0.0.1:1", "http://127.0.0.1:1",
	    "a user alone too, at the end of the URL");
	shown("https://a%40b:p@ss@host/x", "https://host/x",
	    "up to the authority's last '@'");
	shown("https://host/p@th/x", "https://host/p@th/x",
	    "an '@' in the path is kept");
	shown("https://u:p@host/hooks/x?token=Q#frag", "https://host/hooks/x",
	    "the query and the fragment dropped");
	shown("https://host?u:p@x/y", "https://host",
	    "an '@' in the query is not userinfo");
	shown("u:S3CRET@host/x", "host/x", "no scheme: still dropped");
	shown("ftp://u:S3CRET@host", "ftp://host", "any scheme");
	shown("", "", "an empty URL");
	return tap_done();
}
