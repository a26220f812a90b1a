/* path.c -- the jq path subset used to select JSON fields */
#include <ctype.h>
#include <jq.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "json/json.h"
#include "json/path.h"

static void
addseg(struct cog_path *p, struct cog_pseg s)
{
	p->seg = cog_xreallocarray(p->seg, p->n + 1, sizeof(*p->seg));
	p->seg[p->n++] = s;
}

/* Parse a JSON string literal at *s into a key step. */
static int
quoted(struct cog_path *p, const char **s)
{
	struct cog_json j = { 0 };
	struct cog_jdec d = { COG_BUF_INIT, NULL, 0 };
	struct cog_jtok t, end;
	const char *q = *s + 1;
	int rc = -1;

	while (*q && *q != '"')
		q += q[0] == '\\' && q[1] ? 2 : 1;
	if (*q != '"')
		return -1;
	cog_json_init(&j, *s, (size_t)(q + 1 - *s));
	if (cog_json_next(&j, &t) == COG_JT_STRING &&
	    cog_json_next(&j, &end) == COG_JT_END) {
		cog_json_decode(&d, t.p, t.n, 0);
		addseg(p, (struct cog_pseg){ COG_PSEG_KEY,
		    cog_xstrndup(d.text.p ? d.text.p : "", d.text.len),
		    d.text.len, 0 });
		*s = q + 1;
		rc = 0;
	}
	cog_json_release(&j);
	cog_jdec_release(&d);
	return rc;
}

static int
parse(struct cog_path *p, const char *s)
{
	if (*s != '.')
		return -1;
	if (s[1] == '\0')
		return 0;
	while (*s) {
		if (*s == '.' && (isalpha((unsigned char)s[1]) ||
		    s[1] == '_')) {
			const char *e = s + 1;

			while (isalnum((unsigned char)*e) || *e == '_')
				e++;
			addseg(p, (struct cog_pseg){ COG_PSEG_KEY,
			    cog_xstrndup(s + 1, (size_t)(e - s - 1)),
			    (size_t)(e - s - 1), 0 });
			s = e;
		} else if (*s == '.' && s[1] == '"') {
			s++;
			if (quoted(p, &s) < 0)
				return -1;
		} else if (*s == '[' || (*s == '.' && s[1] == '[')) {
			s += *s == '.' ? 2 : 1;
			if (*s == ']') {
				addseg(p, (struct cog_pseg){ COG_PSEG_ANY,
				    NULL, 0, 0 });
			} else if (*s == '"') {
				if (quoted(p, &s) < 0 || *s != ']')
					return -1;
			} else if (isdigit((unsigned char)*s)) {
				char *e;
				unsigned long v = strtoul(s, &e, 10);

				if (*e != ']' || (s[0] == '0' && e - s > 1))
					return -1;
				addseg(p, (struct cog_pseg){ COG_PSEG_INDEX,
				    NULL, 0, v });
				s = e;
			} else {
				return -1;
			}
			s++;
		} else {
			return -1;
		}
		if (*s == '?')
			s++;
	}
	return 0;
}

/* Keep the first line of jq's first message, without its prefix. */
static void
jq_err(void *data, jv msg)
{
	struct cog_buf *b = data;
	const char *s, *nl;

	if (b->len == 0 && jv_get_kind(msg) == JV_KIND_STRING) {
		s = jv_string_value(msg);
		if (strncmp(s, "jq: error: ", 11) == 0)
			s += 11;
		nl = strchr(s, '\n');
		cog_buf_add(b, s, nl ? (size_t)(nl - s) : strlen(s));
		if ((nl = strstr(b->p, " (Unix shell")) != NULL ||
		    (nl = strstr(b->p, " at <top-level>")) != NULL)
			cog_buf_truncate(b, (size_t)(nl - b->p));
	}
	jv_free(msg);
}

int
cog_path_parse(struct cog_path *p, const char *text, char *err,
    size_t errlen)
{
	struct cog_buf msg = COG_BUF_INIT;
	jq_state *jq;

	p->seg = NULL;
	p->n = 0;
	if (parse(p, text) == 0)
		return 0;
	cog_path_free(p);
	if (*text != '.' && (isalpha((unsigned char)*text) || *text == '_')) {
		/* A key name alone, as in --field text. */
		snprintf(err, errlen, "invalid path '%s': a path starts with "
		    "'.', as in '.%s'", text, text);
		return -1;
	}
	/* Let jq say what is wrong with text that is not jq at all. */
	if ((jq = jq_init()) == NULL)
		cog_die("out of memory");
	jq_set_error_cb(jq, jq_err, &msg);
	if (!jq_compile(jq, text))
		snprintf(err, errlen, "invalid path '%s': %s", text,
		    msg.len ? msg.p : "syntax error");
	else
		snprintf(err, errlen, "unsupported path '%s': use steps "
		    "like .key, .[\"key\"], .[0] and .[]", text);
	cog_buf_release(&msg);
	jq_teardown(&jq);
	return -1;
}

void
cog_path_free(struct cog_path *p)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		free(p->seg[i].key);
	free(p->seg);
	p->seg = NULL;
	p->n = 0;
}

void
cog_path_add_key(struct cog_buf *b, const char *key, size_t n)
{
	size_t i;
	int plain = n > 0 && (isalpha((unsigned char)key[0]) ||
	    key[0] == '_');

	for (i = 1; plain && i < n; i++)
		plain = isalnum((unsigned char)key[i]) || key[i] == '_';
	if (plain) {
		cog_buf_addc(b, '.');
		cog_buf_add(b, key, n);
	} else {
		cog_buf_add(b, ".[", 2);
		cog_buf_add_jstr(b, key, n);
		cog_buf_addc(b, ']');
	}
}
