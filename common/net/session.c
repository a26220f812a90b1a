/* session.c -- session ids and the input lines that carry them */
#include <string.h>

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

static int
blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

static void
trim(const char **s, size_t *n)
{
	while (*n > 0 && (**s == ' ' || **s == '\t')) {
		(*s)++;
		(*n)--;
	}
	while (*n > 0 && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' ||
	    (*s)[*n - 1] == '\r'))
		(*n)--;
}

int
cog_session_parse_line(const char *line, size_t n,
    struct cog_session_ref *ref, const char **err)
{
	struct cog_buf hex = COG_BUF_INIT;
	long long bytes;
	int r;

	cog_buf_reset(&ref->id);
	ref->has_sha256 = 0;
	ref->bytes = -1;
	if (blank(line, n))
		return 0;
	trim(&line, &n);
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
		if (cog_jget_int(line, n, "bytes", &bytes) == 1 && bytes >= 0)
			ref->bytes = bytes;
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
}

/* Copy the string at key into out, reset first; return 1, 0 or -1. */
static int
str(const char *line, size_t n, const char *key, struct cog_buf *out)
{
	cog_buf_reset(out);
	return cog_jget_str(line, n, key, out);
}

int
cog_session_parse_job(const char *line, size_t n, struct cog_buf *from,
    struct cog_buf *to, struct cog_buf *msg, const char **err)
{
	struct cog_jval v;
	int r;

	trim(&line, &n);
	if ((r = cog_jget(line, n, "", &v)) < 0 || v.type !=
	    COG_JT_OBJ_BEGIN) {
		*err = r < 0 ? "invalid JSON" : "not a JSON object";
		return -1;
	}
	if ((r = str(line, n, "status", msg)) == 1) {
		if (strcmp(msg->p, "FAILED") == 0) {
			if (str(line, n, "errorMessage", msg) != 1)
				cog_buf_adds(msg, "no errorMessage given");
			return COG_JOB_FAILED;
		}
		if (strcmp(msg->p, "COMPLETED") != 0)
			return COG_JOB_PENDING;
		if (str(line, n, "sessionIdStart", from) == 1 &&
		    str(line, n, "sessionIdEnd", to) == 1)
			goto check;
	}
	if (str(line, n, "from", from) != 1 || str(line, n, "to", to) != 1) {
		*err = "no session range (\"sessionIdStart\" and "
		    "\"sessionIdEnd\", or \"from\" and \"to\")";
		return -1;
	}
check:
	if (!cog_session_id_valid(from->p, from->len) ||
	    !cog_session_id_valid(to->p, to->len)) {
		*err = "not a valid session id in the range";
		return -1;
	}
	return COG_JOB_COMPLETED;
}
