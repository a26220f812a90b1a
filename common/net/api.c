/* api.c -- the dialects of the tenant's API, one table of operations each */
#include <string.h>

#include "base/utc.h"
#include "json/jget.h"
#include "json/json.h"
#include "net/api.h"
#include "net/session.h"

static const struct cog_api_backend *const backends[] = {
	&cog_api_v1,
	&cog_api_rest,
	&cog_api_odata,
	NULL
};

const struct cog_api_backend *
cog_api_find(const char *name)
{
	size_t i;

	for (i = 0; backends[i]; i++)
		if (strcmp(backends[i]->name, name) == 0)
			return backends[i];
	return NULL;
}

void
cog_api_session_name(const struct cog_api_backend *api, const char *id,
    struct cog_buf *out)
{
	cog_buf_addf(out, api->session_label ? api->session_label : "%s", id);
}

void
cog_api_names(struct cog_buf *out)
{
	size_t i;

	for (i = 0; backends[i]; i++) {
		if (i > 0)
			cog_buf_adds(out, backends[i + 1] ? ", " : " or ");
		cog_buf_adds(out, backends[i]->name);
	}
}

const char *
cog_api_range_check(const struct cog_api_backend *api,
    const struct cog_api_range *r)
{
	if (!r->from != !r->to)
		return "--from and --to go together";
	if (r->from && cog_session_id_cmp(r->from, r->to) > 0)
		return "the range is reversed: --from comes after --to";
	if ((api->flags & COG_API_BY_ID) && !r->from)
		return "this API lists an id range: give --from and --to";
	if (r->project && !(api->flags & COG_API_PROJECTS))
		return "--project: this API has no projects";
	if ((api->flags & COG_API_BY_PROJECT) && !r->project)
		return "this API lists one project: give --project";
	if (r->since && r->until && r->since_ms >= r->until_ms)
		return "--since must come before --until";
	return NULL;
}

/* The string at key of line in b (reset); 1 when there is one. */
static int
member(const char *line, size_t n, const char *key, struct cog_buf *b)
{
	cog_buf_reset(b);
	return cog_jget_str(line, n, key, b) == 1;
}

int
cog_api_in_range(const struct cog_api_backend *api,
    const struct cog_api_range *r, const char *line, size_t n)
{
	struct cog_buf b = COG_BUF_INIT;
	long long ms;
	int in = 1;

	if (r->from && !(api->flags & COG_API_BY_ID) &&
	    member(line, n, "id", &b))
		in = strcmp(b.p, r->from) >= 0 && strcmp(b.p, r->to) <= 0;
	if (in && r->project && !(api->flags & COG_API_BY_PROJECT) &&
	    member(line, n, "projectId", &b))
		in = strcmp(b.p, r->project) == 0;
	if (in && (r->since || r->until) && !(api->flags & COG_API_BY_TIME) &&
	    member(line, n, "startedAt", &b) &&
	    cog_utc_parse(b.p, b.len, &ms) == 0)
		in = (!r->since || ms >= r->since_ms) &&
		    (!r->until || ms < r->until_ms);
	cog_buf_release(&b);
	return in;
}

void
cog_api_add_param(struct cog_buf *path, const char *name, const char *value)
{
	cog_buf_addc(path, path->p && strchr(path->p, '?') ? '&' : '?');
	cog_buf_adds(path, name);
	cog_buf_addc(path, '=');
	cog_api_add_encoded(path, value);
}

void
cog_api_add_encoded(struct cog_buf *path, const char *value)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *v;

	for (v = (const unsigned char *)value; *v; v++) {
		if ((*v >= 'A' && *v <= 'Z') || (*v >= 'a' && *v <= 'z') ||
		    (*v >= '0' && *v <= '9') || *v == '-' || *v == '.' ||
		    *v == '_' || *v == '~') {
			cog_buf_addc(path, *v);
		} else {
			cog_buf_addc(path, '%');
			cog_buf_addc(path, hex[*v >> 4]);
			cog_buf_addc(path, hex[*v & 15]);
		}
	}
}

void
cog_api_add_text(struct cog_buf *out, const char *s, size_t n)
{
	size_t i, start = out->len;

	/* At most 200 bytes, cut on a character, not in a UTF-8 sequence. */
	if (n > 200) {
		n = 200;
		while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
	}
	cog_buf_add(out, s, n);
	/* Control characters stay out of the terminal. */
	for (i = start; i < out->len; i++)
		if ((unsigned char)out->p[i] < 0x20 || out->p[i] == 0x7f)
			out->p[i] = '?';
}

int
cog_api_add_scalar(const char *body, size_t n, const char *key,
    struct cog_buf *out)
{
	struct cog_jval v;

	if (cog_jget(body, n, key, &v) != 1)
		return 0;
	if (v.type == COG_JT_STRING) {
		struct cog_buf t = COG_BUF_INIT;

		cog_jget_str(body, n, key, &t);
		cog_api_add_text(out, t.p ? t.p : "", t.len);
		cog_buf_release(&t);
	} else if (v.type == COG_JT_NUMBER) {
		cog_api_add_text(out, v.p, v.n);
	} else {
		return 0;
	}
	return out->len > 0;
}

size_t
cog_api_first_line(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && s[i] != '\r' && s[i] != '\n'; i++)
		;
	return i;
}

void
cog_api_end_line(struct cog_buf *lines, size_t start)
{
	size_t i;

	for (i = start; i < lines->len; i++)
		if (lines->p[i] == '\n' || lines->p[i] == '\r')
			lines->p[i] = ' ';
	cog_buf_addc(lines, '\n');
}

void
cog_api_record_input(const struct cog_record_id *id, const char *msg,
    size_t n, struct cog_buf *out)
{
	static const struct cog_record_names names = { "inputText",
	    "inputData" };

	cog_record_write(id, msg, n, &names, out);
}

void
cog_api_error_release(struct cog_api_error *e)
{
	cog_buf_release(&e->text);
	cog_buf_release(&e->scope);
	cog_buf_release(&e->code);
	cog_buf_release(&e->trace);
}

void
cog_api_login_release(struct cog_api_login *l)
{
	cog_secret_release(&l->body);
}
