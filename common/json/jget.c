/* jget.c -- pick members out of one JSON text by key path, as raw bytes */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "json/jget.h"
#include "json/json.h"

#define MAXSEG 16
#define MAXTRACK (MAXSEG + 2)

struct walk {
	const char *seg[MAXSEG];
	size_t seglen[MAXSEG];
	size_t nseg;
	int each;
	int (*fn)(const struct cog_jval *, void *);
	void *arg;
	struct cog_jval found;
	int nfound;
	long visited;
	int stopped;
};

static int
split(struct walk *w, const char *path)
{
	const char *p = path;

	w->nseg = 0;
	if (*p == '\0')
		return 0;
	for (;;) {
		size_t len = strcspn(p, ".");

		if (w->nseg == MAXSEG)
			return -1;
		w->seg[w->nseg] = p;
		w->seglen[w->nseg++] = len;
		if (p[len] == '\0')
			return 0;
		p += len + 1;
	}
}

static void
setval(struct cog_jval *v, const struct cog_jtok *t)
{
	v->type = t->type;
	v->p = t->p;
	v->n = t->n;
	v->escaped = t->escaped;
}

/*
 * Walk the text once.  match[d] says the containers at levels 1..d lie
 * on the path; kind[d] is the container open at level d.
 */
static int
walk(struct walk *w, const char *s, size_t n)
{
	struct cog_json j;
	struct cog_jtok t;
	unsigned char match[MAXTRACK + 1], kind[MAXTRACK + 1];
	const char *start = NULL, *elem = NULL;
	size_t d, target = 0, arrdepth = 0;
	int type, r = 0;

	memset(&j, 0, sizeof(j));
	memset(match, 0, sizeof(match));
	memset(kind, 0, sizeof(kind));
	match[0] = 1;
	cog_json_init(&j, s, n);
	for (;;) {
		d = cog_json_depth(&j);
		type = cog_json_next(&j, &t);
		if (type == COG_JT_END)
			break;
		if (type == COG_JT_ERROR) {
			r = -1;
			break;
		}
		if (type == COG_JT_KEY) {
			if (d <= MAXTRACK)
				match[d] = d - 1 < w->nseg && match[d - 1] &&
				    kind[d] == COG_JT_OBJ_BEGIN &&
				    !t.escaped && t.n == w->seglen[d - 1] &&
				    memcmp(t.p, w->seg[d - 1], t.n) == 0;
			continue;
		}
		if (type == COG_JT_OBJ_END || type == COG_JT_ARR_END) {
			/* d is the level being closed. */
			if (start != NULL && d - 1 == target) {
				w->found.p = start;
				w->found.n = (size_t)(t.p + 1 - start);
				start = NULL;
			}
			if (elem != NULL && d - 1 == arrdepth) {
				struct cog_jval v = { COG_JT_OBJ_BEGIN, elem,
				    (size_t)(t.p + 1 - elem), 0 };

				v.type = *elem == '{' ? COG_JT_OBJ_BEGIN :
				    COG_JT_ARR_BEGIN;
				elem = NULL;
				w->visited++;
				if (!w->stopped && w->fn(&v, w->arg))
					w->stopped = 1;
			}
			if (arrdepth && d == arrdepth)
				arrdepth = 0;
			continue;
		}
		/* A value at depth d. */
		if (arrdepth && d == arrdepth && !w->stopped) {
			if (type == COG_JT_OBJ_BEGIN ||
			    type == COG_JT_ARR_BEGIN) {
				elem = t.p;
			} else {
				struct cog_jval v;

				setval(&v, &t);
				w->visited++;
				if (w->fn(&v, w->arg))
					w->stopped = 1;
			}
		} else if (!w->nfound && d == w->nseg && (d == 0 ||
		    (d <= MAXTRACK && match[d]))) {
			w->nfound = 1;
			setval(&w->found, &t);
			if (type == COG_JT_OBJ_BEGIN ||
			    type == COG_JT_ARR_BEGIN) {
				start = t.p;
				target = d;
				if (w->each && type == COG_JT_ARR_BEGIN)
					arrdepth = d + 1;
			}
		}
		if ((type == COG_JT_OBJ_BEGIN || type == COG_JT_ARR_BEGIN) &&
		    d + 1 <= MAXTRACK) {
			kind[d + 1] = (unsigned char)type;
			match[d + 1] = 0;
		}
	}
	cog_json_release(&j);
	return r;
}

int
cog_jget(const char *s, size_t n, const char *path, struct cog_jval *v)
{
	struct walk w;

	memset(&w, 0, sizeof(w));
	if (split(&w, path) < 0 || walk(&w, s, n) < 0)
		return -1;
	if (w.nfound)
		*v = w.found;
	return w.nfound;
}

int
cog_jget_str(const char *s, size_t n, const char *path, struct cog_buf *out)
{
	struct cog_jval v;
	struct cog_jdec d;
	int r = cog_jget(s, n, path, &v);

	if (r <= 0)
		return r;
	if (v.type != COG_JT_STRING)
		return 0;
	if (!v.escaped) {
		cog_buf_add(out, v.p, v.n);
		return 1;
	}
	memset(&d, 0, sizeof(d));
	cog_json_decode(&d, v.p, v.n, 0);
	cog_buf_add(out, d.text.p, d.text.len);
	cog_jdec_release(&d);
	return 1;
}

int
cog_jget_int(const char *s, size_t n, const char *path, long long *out)
{
	struct cog_jval v;
	char tmp[32], *end;
	int r = cog_jget(s, n, path, &v);

	if (r <= 0)
		return r;
	if (v.type != COG_JT_NUMBER || v.n >= sizeof(tmp))
		return 0;
	memcpy(tmp, v.p, v.n);
	tmp[v.n] = '\0';
	errno = 0;
	*out = strtoll(tmp, &end, 10);
	return *end == '\0' && errno == 0 ? 1 : 0;
}

long
cog_jget_each(const char *s, size_t n, const char *path,
    int (*fn)(const struct cog_jval *v, void *arg), void *arg)
{
	struct walk w;

	memset(&w, 0, sizeof(w));
	w.each = 1;
	w.fn = fn;
	w.arg = arg;
	if (split(&w, path) < 0)
		return -1;
	/* Validate first so that nothing is visited in an invalid text. */
	{
		struct walk v;

		memset(&v, 0, sizeof(v));
		v.nseg = w.nseg;
		memcpy(v.seg, w.seg, sizeof(v.seg));
		memcpy(v.seglen, w.seglen, sizeof(v.seglen));
		if (walk(&v, s, n) < 0 || !v.nfound ||
		    v.found.type != COG_JT_ARR_BEGIN)
			return -1;
	}
	if (walk(&w, s, n) < 0)
		return -1;
	return w.visited;
}

/* Visit the members (fn may be NULL); return their number, or -1. */
static long
members(const char *s, size_t n,
    int (*fn)(const struct cog_jmember *, void *), void *arg)
{
	struct cog_json j;
	struct cog_jtok t;
	struct cog_jmember m;
	long visited = 0;
	int type, stopped = 0;

	memset(&j, 0, sizeof(j));
	cog_json_init(&j, s, n);
	if (cog_json_next(&j, &t) != COG_JT_OBJ_BEGIN) {
		cog_json_release(&j);
		return -1;
	}
	for (;;) {
		type = cog_json_next(&j, &t);
		if (type == COG_JT_OBJ_END && cog_json_depth(&j) == 0)
			continue;
		if (type == COG_JT_END)
			break;
		if (type != COG_JT_KEY)
			goto bad;
		m.key = t.p;
		m.keyn = t.n;
		m.key_escaped = t.escaped;
		m.kbeg = t.p - 1;
		m.kend = t.p + t.n + 1;
		type = cog_json_next(&j, &t);
		m.v.type = type;
		m.v.p = t.p;
		m.v.n = t.n;
		m.v.escaped = t.escaped;
		if (type == COG_JT_STRING) {
			m.vbeg = t.p - 1;
			m.vend = t.p + t.n + 1;
		} else if (type == COG_JT_NUMBER || type == COG_JT_LITERAL) {
			m.vbeg = t.p;
			m.vend = t.p + t.n;
		} else if (type == COG_JT_OBJ_BEGIN ||
		    type == COG_JT_ARR_BEGIN) {
			m.vbeg = t.p;
			while ((type = cog_json_next(&j, &t)) != COG_JT_END &&
			    type != COG_JT_ERROR && cog_json_depth(&j) > 1)
				;
			if (type == COG_JT_END || type == COG_JT_ERROR)
				goto bad;
			m.vend = t.p + 1;
			m.v.p = m.vbeg;
			m.v.n = (size_t)(m.vend - m.vbeg);
		} else {
			goto bad;
		}
		if (fn && !stopped) {
			visited++;
			stopped = fn(&m, arg) != 0;
		}
	}
	cog_json_release(&j);
	return visited;
bad:
	cog_json_release(&j);
	return -1;
}

long
cog_jget_members(const char *s, size_t n,
    int (*fn)(const struct cog_jmember *m, void *arg), void *arg)
{
	if (members(s, n, NULL, NULL) < 0)
		return -1;
	return fn ? members(s, n, fn, arg) : 0;
}

int
cog_jmember_is(const struct cog_jmember *m, const char *name)
{
	return !m->key_escaped && m->keyn == strlen(name) &&
	    memcmp(m->key, name, m->keyn) == 0;
}
