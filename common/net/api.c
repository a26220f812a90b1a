/* api.c -- the dialects of the tenant's API, one table of operations each */
#include <string.h>

#include "net/api.h"

static const struct cog_api_backend *const backends[] = {
	&cog_api_v1,
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
cog_api_add_param(struct cog_buf *path, const char *name, const char *value)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *v;

	cog_buf_addc(path, path->p && strchr(path->p, '?') ? '&' : '?');
	cog_buf_adds(path, name);
	cog_buf_addc(path, '=');
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

	cog_buf_add(out, s, n > 200 ? 200 : n);
	/* Control characters stay out of the terminal. */
	for (i = start; i < out->len; i++)
		if ((unsigned char)out->p[i] < 0x20 || out->p[i] == 0x7f)
			out->p[i] = '?';
}

void
cog_api_error_release(struct cog_api_error *e)
{
	cog_buf_release(&e->text);
	cog_buf_release(&e->scope);
}

void
cog_api_login_release(struct cog_api_login *l)
{
	cog_secret_release(&l->body);
}
