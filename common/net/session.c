/* session.c -- session ids and the session lines that carry them */
#include <string.h>

#include "base/lines.h"
#include "json/jget.h"
#include "json/json.h"
#include "net/session.h"

int
cog_session_id_valid(const char *id, size_t n)
{
	size_t i;

	if (n == 0 || n > COG_SESSION_ID_MAX || id[0] == '.')
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)id[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '.' ||
		    c == '_' || c == '~'))
			return 0;
	}
	return 1;
}

/* The length of the run of digits at s, and *s past its leading zeros. */
static size_t
digits(const char **s)
{
	size_t n = 0;

	while (**s == '0' && (*s)[1] >= '0' && (*s)[1] <= '9')
		(*s)++;
	while ((*s)[n] >= '0' && (*s)[n] <= '9')
		n++;
	return n;
}

int
cog_session_id_cmp(const char *a, const char *b)
{
	size_t na, nb;
	int c;

	while (*a && *b) {
		if (*a >= '0' && *a <= '9' && *b >= '0' && *b <= '9') {
			na = digits(&a);
			nb = digits(&b);
			if (na != nb)
				return na < nb ? -1 : 1;
			if ((c = memcmp(a, b, na)) != 0)
				return c < 0 ? -1 : 1;
			a += na;
			b += nb;
			continue;
		}
		if (*a != *b)
			return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
		a++;
		b++;
	}
	return *a ? 1 : *b ? -1 : 0;
}

int
cog_session_bytes(const char *obj, size_t n, long long *bytes)
{
	struct cog_jval v;

	if (cog_jget(obj, n, "bytes", &v) <= 0 ||
	    (v.type == COG_JT_LITERAL && v.n == 4 &&
	    memcmp(v.p, "null", 4) == 0))
		return 0;
	if (cog_jget_int(obj, n, "bytes", bytes) != 1 || *bytes < 0)
		return -1;
	return 1;
}

int
cog_session_parse_line(const char *line, size_t n,
    struct cog_session_ref *ref, const char **err)
{
	struct cog_buf hex = COG_BUF_INIT;
	long long bytes;
	int r;

	cog_buf_reset(&ref->id);
	cog_buf_reset(&ref->project);
	ref->has_sha256 = 0;
	ref->bytes = -1;
	cog_trim(&line, &n);
	if (n == 0)
		return 0;
	if (*line != '{') {
		if (line[0] == '"' && n >= 2 && line[n - 1] == '"') {
			line++;
			n -= 2;
		}
		cog_buf_add(&ref->id, line, n);
	} else {
		r = cog_jget_str(line, n, "id", &ref->id);
		if (r == 0)
			r = cog_jget_str(line, n, "session_id", &ref->id);
		if (r < 0) {
			*err = "invalid JSON";
			return -1;
		}
		if (r == 0) {
			*err = "no \"id\" or \"session_id\" string";
			return -1;
		}
		if (cog_jget_str(line, n, "sha256", &hex) == 1) {
			if (cog_digest_parse_hex(hex.p, hex.len,
			    ref->sha256) < 0) {
				cog_buf_release(&hex);
				*err = "\"sha256\" is not 64 hex digits";
				return -1;
			}
			ref->has_sha256 = 1;
		}
		cog_buf_release(&hex);
		if ((r = cog_session_bytes(line, n, &bytes)) < 0) {
			*err = "\"bytes\" is not a size (a whole number from 0)";
			return -1;
		}
		if (r > 0)
			ref->bytes = bytes;
		if (cog_jget_str(line, n, "projectId", &ref->project) != 1)
			cog_buf_reset(&ref->project);
	}
	if (!cog_session_id_valid(ref->id.p, ref->id.len)) {
		*err = "not a valid session id";
		return -1;
	}
	return 1;
}

void
cog_session_ref_release(struct cog_session_ref *ref)
{
	cog_buf_release(&ref->id);
	cog_buf_release(&ref->project);
}
