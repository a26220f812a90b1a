/* SHA-256 streaming, Repr-Digest and hex parsing, response headers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/digest.h"
#include "base/encode.h"
#include "net/header.h"
#include "tap.h"

static const char *abc_hex =
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
static const char *abc_b64 = "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=";

static int
repr(const char *v, unsigned char *out)
{
	return cog_digest_parse_repr(v, strlen(v), out);
}

int
main(void)
{
	struct cog_sha256 h = { NULL };
	unsigned char md[32], want[32];
	struct cog_buf b = COG_BUF_INIT;
	char tmpl[] = "/tmp/cogdigest.XXXXXX", v[64];
	long long first, last, size;
	const char *val;
	size_t vn;
	int fd;

	ok(cog_digest_parse_hex(abc_hex, 64, want) == 0, "hex parses");
	cog_sha256_update(&h, "a", 1);
	cog_sha256_update(&h, "bc", 2);
	cog_sha256_final(&h, md);
	ok(memcmp(md, want, 32) == 0, "streamed SHA-256 of abc");
	cog_sha256_update(&h, "abc", 3);
	cog_sha256_final(&h, md);
	ok(memcmp(md, want, 32) == 0, "final starts over");
	fd = mkstemp(tmpl);
	ok(fd >= 0 && write(fd, "abcdef", 6) == 6, "temp file");
	is_int(cog_sha256_fd(&h, fd, 3), 3, "hash a file prefix");
	cog_sha256_final(&h, md);
	ok(memcmp(md, want, 32) == 0, "file prefix digest");
	is_int(cog_sha256_fd(&h, fd, -1), 6, "hash a whole file");
	cog_sha256_final(&h, md);
	ok(memcmp(md, want, 32) != 0, "whole file differs from prefix");
	close(fd);
	unlink(tmpl);
	cog_sha256_release(&h);

	ok(cog_digest_parse_hex(abc_hex, 63, md) < 0, "short hex refused");
	ok(cog_digest_parse_hex("zz", 2, md) < 0, "non-hex refused");

	snprintf(v, sizeof(v), "sha-256=:%s:", abc_b64);
	memset(md, 0, 32);
	ok(repr(v, md) == 0 && memcmp(md, want, 32) == 0,
	    "Repr-Digest sha-256");
	memset(md, 0, 32);
	{
		char many[256];

		snprintf(many, sizeof(many),
		    "sha-512=:AAAA:, sha-256=:%s:;p=1", abc_b64);
		ok(repr(many, md) == 0 && memcmp(md, want, 32) == 0,
		    "sha-256 among other members and parameters");
	}
	ok(repr("sha-512=:AAAA:", md) < 0, "no sha-256 member");
	ok(repr("sha-256=:AAAA:", md) < 0, "wrong length refused");
	ok(repr("sha-256=:not base64!:", md) < 0, "bad base64 refused");
	ok(repr("sha-256=:ungWv48Bz", md) < 0, "unterminated refused");
	ok(repr("", md) < 0, "empty refused");

	is_int(cog_header_status("HTTP/1.1 206 Partial Content\r\n", 30), 206,
	    "status line");
	is_int(cog_header_status("HTTP/2 200\r\n", 12), 200, "HTTP/2 status");
	is_int(cog_header_status("Retry-After: 1\r\n", 16), -1,
	    "not a status line");
	ok(cog_header_match("retry-after:  12 \r\n", 19, "Retry-After", &val,
	    &vn) && vn == 2 && memcmp(val, "12", 2) == 0,
	    "header match is case-insensitive and trims");
	ok(!cog_header_match("Retry-After-X: 1\r\n", 18, "Retry-After", &val,
	    &vn), "longer name does not match");
	ok(cog_header_content_range("bytes 100-199/200", 17, &first, &last,
	    &size) == 0 && first == 100 && last == 199 && size == 200,
	    "Content-Range");
	ok(cog_header_content_range("bytes 0-9/*", 11, &first, &last,
	    &size) == 0 && size == -1, "Content-Range unknown size");
	ok(cog_header_content_range("bytes */200", 11, &first, &last,
	    &size) < 0, "unsatisfied Content-Range is no range");
	ok(cog_header_content_range("bytes 5-4/9", 11, &first, &last,
	    &size) < 0, "backwards Content-Range refused");
	{
		const char *w = "Bearer error=\"insufficient_scope\", "
		    "scope=\"sessions:read\"";
		char out[64];

		ok(cog_header_auth_param(w, strlen(w), "scope", out,
		    sizeof(out)) == 0 && strcmp(out, "sessions:read") == 0,
		    "WWW-Authenticate scope");
		ok(cog_header_auth_param(w, strlen(w), "realm", out,
		    sizeof(out)) < 0, "absent auth-param");
		ok(cog_header_value("120", 3, out, 4) == 0 &&
		    strcmp(out, "120") == 0, "a header value that fits");
		ok(cog_header_value("1200", 4, out, 4) == -1 &&
		    strcmp(out, "120") == 0, "one cut short, and said so");
	}
	{
		struct cog_header_retry hr;

		cog_header_retry_reset(&hr);
		ok(cog_header_retry_line("Retry-After: 7\r\n", 16, &hr) &&
		    hr.retry_after == 7, "Retry-After kept");
		ok(cog_header_retry_line("www-authenticate: Bearer x\r\n",
		    28, &hr) && strcmp(hr.www_auth, "Bearer x") == 0,
		    "WWW-Authenticate kept");
		ok(!cog_header_retry_line("Content-Range: bytes 0-1/2\r\n",
		    28, &hr) && hr.retry_after == 7, "other headers left");
		cog_header_retry_reset(&hr);
		ok(hr.retry_after == -1 && hr.www_auth[0] == '\0',
		    "reset forgets both");
	}
	cog_buf_release(&b);
	return tap_done();
}
