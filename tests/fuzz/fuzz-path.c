/*
 * fuzz-path.c -- the jq paths of --field and --skip: a path parses, or
 * is refused with a message; a parsed path written out again step by
 * step parses to the same steps.
 *
 * cog_path_parse asks libjq for the message of a path it refuses, and
 * libjq 1.6 binds its whole builtin library on each jq_compile of a
 * well-formed program: some ten milliseconds, which would leave this
 * target at a hundred inputs a second.  What is fuzzed here is the
 * subset parser and the handling of jq's message, not jq, so the target
 * links its own jq_init, jq_set_error_cb, jq_compile and jq_teardown in
 * front of libjq's.  Its jq accepts a text whose brackets and quotes
 * balance, and otherwise reports an error built from the text itself,
 * as jq's messages quote the program.  The real jq is run by the tests
 * of cog-mask's --field messages.
 */
#include <assert.h>
#include <jq.h>
#include <stdint.h>
#include <string.h>

#include "base/buf.h"
#include "json/path.h"

#include "fuzz.h"

struct jq_state {
	jq_msg_cb cb;
	void *data;
};

jq_state *
jq_init(void)
{
	jq_state *jq = calloc(1, sizeof(*jq));

	assert(jq != NULL);
	return jq;
}

void
jq_set_error_cb(jq_state *jq, jq_msg_cb cb, void *data)
{
	jq->cb = cb;
	jq->data = data;
}

void
jq_teardown(jq_state **jq)
{
	free(*jq);
	*jq = NULL;
}

int
jq_compile(jq_state *jq, const char *text)
{
	int depth = 0, quote = 0;
	const char *p;

	for (p = text; *p; p++) {
		if (quote) {
			if (*p == '\\' && p[1])
				p++;
			else if (*p == '"')
				quote = 0;
		} else if (*p == '"') {
			quote = 1;
		} else if (*p == '[' || *p == '(' || *p == '{') {
			depth++;
		} else if ((*p == ']' || *p == ')' || *p == '}') &&
		    --depth < 0) {
			break;
		}
	}
	if (*p == '\0' && depth == 0 && !quote && text[0] != '\0')
		return 1;
	if (jq->cb != NULL) {
		/* jq's form: the error, then where, then the program. */
		jq->cb(jq->data, jv_string_fmt("jq: error: %s at <top-level>, "
		    "line 1:\n%s", text, text));
		jq->cb(jq->data, jv_string("jq: 1 compile error"));
	}
	return 0;
}

/* Write p as a path again, as the tools write the paths they report. */
static void
unparse(const struct cog_path *p, struct cog_buf *b)
{
	size_t i;

	for (i = 0; i < p->n; i++) {
		const struct cog_pseg *s = &p->seg[i];

		switch (s->kind) {
		case COG_PSEG_KEY:
			cog_path_add_key(b, s->key, s->keylen);
			break;
		case COG_PSEG_INDEX:
			cog_buf_addf(b, "%s[%zu]", i == 0 ? "." : "",
			    s->index);
			break;
		default:
			cog_buf_adds(b, i == 0 ? ".[]" : "[]");
		}
	}
	if (b->len == 0)
		cog_buf_addc(b, '.');
}

static void
same(const struct cog_path *a, const struct cog_path *b)
{
	size_t i;

	assert(a->n == b->n);
	for (i = 0; i < a->n; i++) {
		assert(a->seg[i].kind == b->seg[i].kind);
		if (a->seg[i].kind == COG_PSEG_KEY)
			assert(a->seg[i].keylen == b->seg[i].keylen &&
			    memcmp(a->seg[i].key, b->seg[i].key,
			    a->seg[i].keylen) == 0);
		else if (a->seg[i].kind == COG_PSEG_INDEX)
			assert(a->seg[i].index == b->seg[i].index);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cog_path p, q;
	struct cog_buf b = COG_BUF_INIT;
	char err[512], small[16], *s = fuzz_cstr(data, size);

	err[0] = '\0';
	if (cog_path_parse(&p, s, err, sizeof(err)) == 0) {
		unparse(&p, &b);
		if (cog_path_parse(&q, b.p, err, sizeof(err)) != 0) {
			fprintf(stderr, "'%s' parsed, '%s' did not: %s\n", s,
			    b.p, err);
			abort();
		}
		same(&p, &q);
		cog_path_free(&q);
		cog_path_free(&p);
	} else {
		assert(err[0] != '\0' && strlen(err) < sizeof(err));
		assert(p.n == 0 && p.seg == NULL);
		/* A message cut short is still a string. */
		assert(cog_path_parse(&p, s, small, sizeof(small)) == -1);
		assert(strlen(small) < sizeof(small));
	}
	cog_buf_release(&b);
	free(s);
	return 0;
}
