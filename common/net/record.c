/* record.c -- a transcript message as the JSONL record of cog-record(5) */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/lines.h"
#include "base/utc.h"
#include "json/jget.h"
#include "json/json.h"
#include "net/record.h"

/* One splice of the output: the bytes beg..end become with. */
struct edit {
	const char *beg, *end;
	struct cog_buf with;
};

static int
is_key(const struct cog_jmember *m, const char *name)
{
	return name && cog_jmember_is(m, name);
}

/* Whether the key of m, decoded, is name (as jq would compare them). */
static int
same_key(const struct cog_jmember *m, const char *name)
{
	struct cog_jdec d;
	int r;

	if (!m->key_escaped)
		return is_key(m, name);
	memset(&d, 0, sizeof(d));
	cog_json_decode(&d, m->key, m->keyn, 0);
	r = d.text.len == strlen(name) && memcmp(d.text.p, name,
	    d.text.len) == 0;
	cog_jdec_release(&d);
	return r;
}

/* The decoded body of a string value, appended to out. */
static void
decoded(const struct cog_jval *v, struct cog_buf *out)
{
	struct cog_jdec d;

	if (!v->escaped) {
		cog_buf_add(out, v->p, v->n);
		return;
	}
	memset(&d, 0, sizeof(d));
	cog_json_decode(&d, v->p, v->n, 0);
	cog_buf_add(out, d.text.p, d.text.len);
	cog_jdec_release(&d);
}

/* An integer number of milliseconds, its fraction cut. */
static int
number_ms(const char *p, size_t n, long long *ms)
{
	char tmp[32], *end;
	double d;

	if (n == 0 || n >= sizeof(tmp))
		return -1;
	memcpy(tmp, p, n);
	tmp[n] = '\0';
	d = strtod(tmp, &end);
	if (*end != '\0' || d != d || d > 9e15 || d < -9e15)
		return -1;
	*ms = (long long)d;
	return 0;
}

int
cog_record_value_time(const struct cog_jval *v, long long *ms)
{
	struct cog_buf b = COG_BUF_INIT;
	struct cog_jval d;
	int r = -1;

	switch (v->type) {
	case COG_JT_STRING:
		decoded(v, &b);
		r = cog_utc_parse(b.p ? b.p : "", b.len, ms);
		break;
	case COG_JT_NUMBER:
		r = number_ms(v->p, v->n, ms);
		break;
	case COG_JT_OBJ_BEGIN:
		if (cog_jget(v->p, v->n, "$date", &d) == 1 &&
		    d.type != COG_JT_OBJ_BEGIN)
			r = cog_record_value_time(&d, ms);
		else if (cog_jget(v->p, v->n, "$date.$numberLong", &d) == 1 &&
		    d.type == COG_JT_STRING)
			r = number_ms(d.p, d.n, ms);
		break;
	}
	cog_buf_release(&b);
	return r;
}

int
cog_record_time(const char *msg, size_t n, long long *ms)
{
	struct cog_jval v;

	if (cog_jget(msg, n, "timestamp", &v) != 1)
		return -1;
	return cog_record_value_time(&v, ms);
}

/* Whether the n bytes at s are one JSON object or array. */
static int
container(const char *s, size_t n)
{
	struct cog_json j;
	struct cog_jtok t;
	int type, first, ok;

	memset(&j, 0, sizeof(j));
	cog_json_init(&j, s, n);
	first = cog_json_next(&j, &t);
	ok = first == COG_JT_OBJ_BEGIN || first == COG_JT_ARR_BEGIN;
	cog_json_want(&j, 0);
	while (ok && (type = cog_json_next(&j, &t)) != COG_JT_END)
		if (type == COG_JT_ERROR)
			ok = 0;
	cog_json_release(&j);
	return ok;
}

struct scan {
	const struct cog_record_names *names;
	const char *msg;		/* the message, n bytes */
	size_t n;
	const char *own[4];		/* the members the record puts first */
	int has_text, has_data;		/* the record's own names are there */
	struct edit *e;
	int ne, cap;
	struct cog_buf given;		/* the names renamed members got,
					   each ended by a NUL */
};

static struct edit *
edit(struct scan *s, const char *beg, const char *end)
{
	struct edit *e;

	if (s->ne == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 8;
		s->e = cog_xreallocarray(s->e, (size_t)s->cap, sizeof(*s->e));
	}
	e = &s->e[s->ne++];
	memset(e, 0, sizeof(*e));
	e->beg = beg;
	e->end = end;
	return e;
}

struct find {
	const char *name;
	int found;
};

static int
find_key(const struct cog_jmember *m, void *arg)
{
	struct find *f = arg;

	return f->found = same_key(m, f->name);
}

/* Whether name is taken: a key of the message, or given already. */
static int
taken(const struct scan *s, const char *name)
{
	struct find f = { name, 0 };
	size_t i;

	for (i = 0; i < s->given.len; i += strlen(s->given.p + i) + 1)
		if (strcmp(s->given.p + i, name) == 0)
			return 1;
	cog_jget_members(s->msg, s->n, find_key, &f);
	return f.found;
}

/*
 * A member of the message named as one the record puts first keeps its
 * value under the first of "_<name>", "__<name>", ... that is free, so
 * that the record has each key once.
 */
static void
rename_own(struct scan *s, const struct cog_jmember *m, const char *name)
{
	struct cog_buf b = COG_BUF_INIT;
	size_t k, i;

	for (k = 1;; k++) {
		cog_buf_reset(&b);
		for (i = 0; i < k; i++)
			cog_buf_addc(&b, '_');
		cog_buf_adds(&b, name);
		if (!taken(s, b.p))
			break;
	}
	cog_buf_add(&s->given, b.p, b.len + 1);
	cog_buf_add_jstr(&edit(s, m->kbeg, m->kend)->with, b.p, b.len);
	cog_buf_release(&b);
}

static int
look(const struct cog_jmember *m, void *arg)
{
	struct scan *s = arg;

	s->has_text |= same_key(m, "text");
	s->has_data |= same_key(m, "data");
	return 0;
}

static void
data_value(struct scan *s, const struct cog_jmember *m)
{
	struct cog_buf b = COG_BUF_INIT;
	struct edit *e;
	size_t i;

	if (m->v.type != COG_JT_STRING)
		return;
	decoded(&m->v, &b);
	if (b.len > 0 && container(b.p, b.len)) {
		for (i = 0; i < b.len; i++)
			if (b.p[i] == '\n' || b.p[i] == '\r')
				b.p[i] = ' ';
		e = edit(s, m->vbeg, m->vend);
		cog_buf_add(&e->with, b.p, b.len);
	}
	cog_buf_release(&b);
}

static void
timestamp_value(struct scan *s, const struct cog_jmember *m)
{
	char iso[COG_UTC_LEN + 1];
	long long ms;

	if (m->v.type == COG_JT_STRING && !m->v.escaped &&
	    cog_utc_canonical(m->v.p, m->v.n))
		return;
	if (cog_record_value_time(&m->v, &ms) < 0)
		return;
	cog_utc_format(ms, iso);
	cog_buf_addf(&edit(s, m->vbeg, m->vend)->with, "\"%s\"", iso);
}

static int
change(const struct cog_jmember *m, void *arg)
{
	struct scan *s = arg;
	const struct cog_record_names *nm = s->names;
	int i;

	for (i = 0; s->own[i]; i++)
		if (same_key(m, s->own[i])) {
			rename_own(s, m, s->own[i]);
			return 0;
		}
	if (is_key(m, "timestamp")) {
		timestamp_value(s, m);
	} else if (is_key(m, nm->text) && !is_key(m, "text") &&
	    !s->has_text) {
		s->has_text = 1;
		cog_buf_adds(&edit(s, m->kbeg, m->kend)->with, "\"text\"");
	} else if (is_key(m, nm->data) && (is_key(m, "data") ||
	    !s->has_data)) {
		if (!is_key(m, "data")) {
			s->has_data = 1;
			cog_buf_adds(&edit(s, m->kbeg, m->kend)->with,
			    "\"data\"");
		}
		data_value(s, m);
	}
	return 0;
}

void
cog_record_write(const struct cog_record_id *id, const char *msg, size_t n,
    const struct cog_record_names *names, struct cog_buf *out)
{
	struct scan s;
	size_t lead = cog_strspn(msg, n, " \t\r") + 1, rest;
	const char *p, *end = msg + n;
	int i;

	memset(&s, 0, sizeof(s));
	s.names = names;
	s.msg = msg;
	s.n = n;
	s.own[0] = "session_id";
	s.own[1] = "seq";
	s.own[2] = id->raw_sha256 ? "raw_sha256" : NULL;
	if (cog_jget_members(msg, n, look, &s) >= 0)
		cog_jget_members(msg, n, change, &s);
	cog_buf_adds(out, "{\"session_id\":");
	cog_buf_add_jstr(out, id->session, strlen(id->session));
	cog_buf_addf(out, ",\"seq\":%lld", id->seq);
	if (id->raw_sha256)
		cog_buf_addf(out, ",\"raw_sha256\":\"%s\"", id->raw_sha256);
	p = msg + (lead < n ? lead : n);
	rest = cog_strspn(p, (size_t)(end - p), " \t\r");
	if (p + rest == end || p[rest] != '}')
		cog_buf_addc(out, ',');
	/* The edits come in the order of the members, so of the bytes. */
	for (i = 0; i < s.ne; i++) {
		cog_buf_add(out, p, (size_t)(s.e[i].beg - p));
		cog_buf_add(out, s.e[i].with.p, s.e[i].with.len);
		p = s.e[i].end;
		cog_buf_release(&s.e[i].with);
	}
	cog_buf_add(out, p, (size_t)(end - p));
	free(s.e);
	cog_buf_release(&s.given);
}

struct keyed {
	long long t;
	size_t i;
};

static int
by_time(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;

	if (x->t != y->t)
		return x->t < y->t ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

void
cog_record_sort(const char **msgs, size_t *lens, size_t n)
{
	struct keyed *k;
	const char **m2;
	size_t *l2, i;
	long long t, last = -(1LL << 62);

	if (n < 2)
		return;
	k = cog_xreallocarray(NULL, n, sizeof(*k));
	for (i = 0; i < n; i++) {
		if (cog_record_time(msgs[i], lens[i], &t) == 0)
			last = t;
		k[i].t = last;
		k[i].i = i;
	}
	/* The index breaks ties: qsort is then as good as a stable sort. */
	qsort(k, n, sizeof(*k), by_time);
	m2 = cog_xreallocarray(NULL, n, sizeof(*m2));
	l2 = cog_xreallocarray(NULL, n, sizeof(*l2));
	for (i = 0; i < n; i++) {
		m2[i] = msgs[k[i].i];
		l2[i] = lens[k[i].i];
	}
	memcpy(msgs, m2, n * sizeof(*msgs));
	memcpy(lens, l2, n * sizeof(*lens));
	free(m2);
	free(l2);
	free(k);
}

struct take {
	struct cog_record_msgs *m;
	int bad;
};

static int
take_one(const struct cog_jval *v, void *arg)
{
	struct take *t = arg;
	struct cog_record_msgs *m = t->m;

	if (v->type != COG_JT_OBJ_BEGIN) {
		t->bad = 1;
		return 1;
	}
	if (m->count == m->cap) {
		m->cap = m->cap ? 2 * m->cap : 64;
		m->p = cog_xreallocarray(m->p, m->cap, sizeof(*m->p));
		m->n = cog_xreallocarray(m->n, m->cap, sizeof(*m->n));
	}
	m->p[m->count] = v->p;
	m->n[m->count++] = v->n;
	return 0;
}

int
cog_record_take(struct cog_record_msgs *m, const char *p, size_t n)
{
	struct take t = { m, 0 };

	if (cog_jget_each(p, n, "", take_one, &t) < 0 || t.bad)
		return -1;
	return 0;
}

void
cog_record_each(struct cog_record_msgs *m,
    int (*each)(void *, const char *, size_t), void *arg)
{
	size_t i;

	cog_record_sort(m->p, m->n, m->count);
	for (i = 0; i < m->count; i++)
		if (each(arg, m->p[i], m->n[i]))
			break;
}

void
cog_record_msgs_release(struct cog_record_msgs *m)
{
	free(m->p);
	free(m->n);
	m->p = NULL;
	m->n = NULL;
	m->count = m->cap = 0;
}
