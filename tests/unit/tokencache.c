/* The token cache: key, path, round trip, mode, margin. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "net/tokencache.h"
#include "scratch.h"
#include "tap.h"

int
main(void)
{
	char dir[] = "/tmp/cogcache.XXXXXX";
	struct cog_buf p = COG_BUF_INIT, q = COG_BUF_INIT, d = COG_BUF_INIT;
	struct cog_bearer t, u;
	struct stat st;
	const char *slash;

	ok(mkdtemp(dir) != NULL, "scratch dir");
	cog_buf_addf(&d, "%s/xdg/cache", dir);
	setenv("XDG_CACHE_HOME", d.p, 1);
	ok(cog_tokencache_path("https://a.example", &p) == 0, "path");
	ok(strncmp(p.p, d.p, d.len) == 0 && strncmp(p.p + d.len,
	    "/cog/token-", 11) == 0, "under $XDG_CACHE_HOME/cog/");
	slash = strrchr(p.p, '/');
	is_int(strlen(slash), strlen("/token-") + 32 + strlen(".json"),
	    "keyed by 32 hex digits");
	ok(cog_tokencache_path("https://b.example", &q) == 0 &&
	    strcmp(p.p, q.p) != 0, "another URL, another file");
	cog_buf_reset(&q);
	cog_tokencache_path("https://a.example", &q);
	is_str(q.p, p.p, "the same URL, the same file");
	setenv("XDG_CACHE_HOME", "relative/dir", 1);
	setenv("HOME", "/home/someone", 1);
	cog_buf_reset(&q);
	cog_tokencache_path("https://a.example", &q);
	ok(strncmp(q.p, "/home/someone/.cache/cog/token-", 31) == 0,
	    "relative XDG_CACHE_HOME is ignored for ~/.cache");
	unsetenv("XDG_CACHE_HOME");
	cog_buf_reset(&q);
	cog_tokencache_path("https://a.example", &q);
	ok(strncmp(q.p, "/home/someone/.cache/cog/", 25) == 0,
	    "default ~/.cache/cog");

	memset(&t, 0, sizeof(t));
	t.base_url = "https://a.example";
	t.token = "tok\"en";
	t.scope = "sessions:read export:manage";
	t.expires_at = 2000000000;
	t.lifetime = 3600;
	ok(cog_tokencache_write(p.p, &t) == 0, "write");
	ok(stat(p.p, &st) == 0 && (st.st_mode & 0777) == 0600, "mode 0600");
	*strrchr(p.p, '/') = '\0';
	ok(stat(p.p, &st) == 0 && (st.st_mode & 0777) == 0700,
	    "dir mode 0700");
	p.p[strlen(p.p)] = '/';
	is_int(cog_tokencache_read(p.p, "https://a.example", &u), 1, "read");
	is_str(u.token, "tok\"en", "token round trip");
	is_str(u.scope, t.scope, "scope round trip");
	is_int(u.expires_at, 2000000000, "expiry round trip");
	is_int(u.lifetime, 3600, "lifetime round trip");
	cog_bearer_release(&u);
	is_int(cog_tokencache_read(p.p, "https://other", &u), 0,
	    "another URL's entry is not used");
	is_int(cog_bearer_margin(&t), 60, "margin 60 s");
	ok(cog_bearer_fresh(&t, 2000000000 - 61), "fresh before margin");
	ok(!cog_bearer_fresh(&t, 2000000000 - 59), "stale within margin");
	t.lifetime = 10;
	is_int(cog_bearer_margin(&t), 5, "short tokens: half the lifetime");
	is_int(cog_tokencache_remove(p.p), 0, "remove");
	is_int(cog_tokencache_remove(p.p), 1, "remove again: none");
	is_int(cog_tokencache_read(p.p, "https://a.example", &u), 0,
	    "read after remove: none");
	ok(scratch_remove(dir) == 0, "cleanup");
	cog_buf_release(&p);
	cog_buf_release(&q);
	cog_buf_release(&d);
	return tap_done();
}
