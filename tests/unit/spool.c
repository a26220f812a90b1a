/* The spool: atomic private files named in order, listed, read, removed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "notify/spool.h"
#include "tap.h"

int
main(void)
{
	struct cog_buf n1 = COG_BUF_INIT, n2 = COG_BUF_INIT, url = COG_BUF_INIT,
	    body = COG_BUF_INIT, path = COG_BUF_INIT;
	char tmpl[] = "/tmp/cogspool.XXXXXX", **names;
	struct stat st;
	size_t n;
	int fd;

	if (mkdtemp(tmpl) == NULL)
		return 1;
	cog_buf_addf(&path, "%s/sub/spool", tmpl);
	is_int(cog_spool_put(path.p, "https://x/h?a=\"1\"", "{\"a\":1}", 7,
	    &n1), 0, "an event is spooled");
	is_int(cog_spool_put(path.p, "https://x/h", "[2]", 3, &n2), 0,
	    "... and another");
	ok(strcmp(n1.p, n2.p) < 0, "their names sort in order");
	ok(stat(path.p, &st) == 0 && (st.st_mode & 0777) == 0700,
	    "the directory is made 0700");
	cog_buf_addf(&path, "/%s", n1.p);
	ok(stat(path.p, &st) == 0 && (st.st_mode & 0777) == 0600,
	    "a file is 0600");
	cog_buf_truncate(&path, path.len - n1.len - 1);
	is_int(cog_spool_list(path.p, &names, &n), 0, "the spool is listed");
	ok(n == 2 && strcmp(names[0], n1.p) == 0 && strcmp(names[1], n2.p) ==
	    0, "... in order");
	cog_spool_names_free(names, n);
	is_int(cog_spool_read(path.p, n1.p, &url, &body), 0,
	    "an event is read");
	is_str(url.p, "https://x/h?a=\"1\"", "... its URL");
	is_str(body.p, "{\"a\":1}", "... its body, byte for byte");
	cog_buf_reset(&body);
	cog_spool_read(path.p, n2.p, &url, &body);
	is_str(body.p, "[2]", "... any JSON body");
	cog_buf_reset(&body);
	is_int(cog_spool_parse("{\"url\":\"u\",\"body\":\"s\"}\n", 23, &url,
	    &body), 0, "a string body");
	is_str(body.p, "\"s\"", "... keeps its quotes");
	is_int(cog_spool_parse("{\"body\":{}}", 11, &url, &body), -2,
	    "no url: not an event");
	is_int(cog_spool_parse("nope", 4, &url, &body), -2, "not JSON");
	is_int(cog_spool_remove(path.p, n1.p), 0, "an event is removed");
	cog_spool_list(path.p, &names, &n);
	is_int(n, 1, "... and no longer listed");
	cog_spool_names_free(names, n);
	fd = cog_spool_lock(path.p);
	ok(fd >= 0, "the spool is locked");
	close(fd);
	cog_spool_list(path.p, &names, &n);
	is_int(n, 1, "the lock file is not listed");
	cog_spool_names_free(names, n);
	cog_spool_remove(path.p, n2.p);
	cog_buf_addf(&path, "/.lock");
	unlink(path.p);
	cog_buf_truncate(&path, path.len - 6);
	rmdir(path.p);
	cog_buf_truncate(&path, path.len - 6);
	rmdir(path.p);
	rmdir(tmpl);
	cog_buf_release(&n1);
	cog_buf_release(&n2);
	cog_buf_release(&url);
	cog_buf_release(&body);
	cog_buf_release(&path);
	return tap_done();
}
