/* scan.c -- the transcripts of many sessions from one scan of messages */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/digest.h"
#include "base/encode.h"
#include "base/err.h"
#include "base/file.h"
#include "base/progress.h"
#include "base/utc.h"
#include "json/jget.h"
#include "net/api.h"
#include "net/http.h"
#include "net/listing.h"
#include "net/manifest.h"
#include "net/record.h"
#include "net/scan.h"

#define HEAD "{\"value\":["
#define TAIL "]}"

enum { S_SCAN, S_DONE, S_FAILED };

/* A session, once however often the input names it. */
struct sess {
	char *id, *reason;
	char hex[2 * COG_SHA256_LEN + 1];
	int state;
	int started;		/* its part file was begun by this run */
	long uses;		/* input lines not yet delivered */
};

/* An input line, in order: a session's, or one that named none. */
struct item {
	long sess;		/* index in sessions, or -1 */
	char *reason;
	long long off;		/* where the line is in the spool */
	size_t len;
};

/* The names of a session's files, made when needed (see name()). */
enum { N_FNAME, N_PNAME, N_FINAL, N_PART };

struct cog_scan {
	struct cog_scan_conf c;
	struct sess *sess;
	size_t nsess, capsess;
	long *slots;		/* hash of ids to sessions, -1 empty */
	size_t nslots;
	struct item *items;
	size_t nitems, capitems, next;
	/* The range: from the earliest start, of the one project. */
	int timed;		/* every line said when it started */
	long long since_ms;
	char *project;
	int one_project;	/* every line named project */
	struct cog_manifest *manifest;
	long open_sess;		/* the session whose part file is open */
	int open_fd;
	long long bytes, rows;
	int spool;		/* the input lines, in a file no one can open */
	long long spooled;
	struct cog_buf line;	/* the line handed out last */
	struct cog_buf names[4];	/* N_* */
};

/* A name of session x's files: <id>.jsonl, .part, and with the dir. */
static const char *
name(struct cog_scan *s, const struct sess *x, int kind)
{
	struct cog_buf *b = &s->names[kind];
	int e = errno;		/* for the messages that name a file */

	cog_buf_reset(b);
	if (kind == N_FINAL || kind == N_PART)
		cog_buf_addf(b, "%s/", s->c.dir);
	cog_buf_addf(b, "%s.jsonl%s", x->id, kind == N_PNAME ||
	    kind == N_PART ? ".part" : "");
	errno = e;
	return b->p;
}

#define FNAME(s, x) name((s), (x), N_FNAME)
#define PNAME(s, x) name((s), (x), N_PNAME)
#define FINAL(s, x) name((s), (x), N_FINAL)
#define PART(s, x) name((s), (x), N_PART)

/* Read item it's line into s->line; die when it cannot be read. */
static void
read_line(struct cog_scan *s, const struct item *it)
{
	ssize_t r;
	size_t got = 0;

	cog_buf_reset(&s->line);
	cog_buf_grow(&s->line, it->len + 1);
	while (got < it->len) {
		r = pread(s->spool, s->line.p + got, it->len - got,
		    (off_t)(it->off + (long long)got));
		if (r <= 0)
			cog_die("cannot read the input lines back: %s",
			    r < 0 ? strerror(errno) : "cut short");
		got += (size_t)r;
	}
	s->line.len = it->len;
	s->line.p[it->len] = '\0';
}

static size_t
hash(const char *s, size_t n)
{
	size_t h = 2166136261u, i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* The slot of id: the session's, or the empty one it would take. */
static size_t
slot(const struct cog_scan *s, const char *id, size_t n)
{
	size_t i = hash(id, n) & (s->nslots - 1);

	while (s->slots[i] >= 0) {
		const char *o = s->sess[s->slots[i]].id;

		if (strlen(o) == n && memcmp(o, id, n) == 0)
			break;
		i = (i + 1) & (s->nslots - 1);
	}
	return i;
}

static void
rehash(struct cog_scan *s)
{
	size_t i;

	free(s->slots);
	s->nslots = s->nslots ? 2 * s->nslots : 256;
	s->slots = cog_xreallocarray(NULL, s->nslots, sizeof(*s->slots));
	for (i = 0; i < s->nslots; i++)
		s->slots[i] = -1;
	for (i = 0; i < s->nsess; i++)
		s->slots[slot(s, s->sess[i].id, strlen(s->sess[i].id))] =
		    (long)i;
}

static long
find(const struct cog_scan *s, const char *id, size_t n)
{
	return s->nslots ? s->slots[slot(s, id, n)] : -1;
}

/*
 * The input lines wait in a file of the private folder, deleted once
 * open, so that memory does not grow with their number.
 */
static int
open_spool(struct cog_scan *s)
{
	char nm[64];
	int fd;

	snprintf(nm, sizeof(nm), ".cog-fetch-lines.%ld", (long)getpid());
	unlinkat(s->c.dfd, nm, 0);
	if ((fd = cog_file_open_at(s->c.dfd, nm, O_RDWR | O_CREAT | O_EXCL,
	    0600)) < 0)
		cog_die("cannot create '%s/%s':", s->c.dir, nm);
	unlinkat(s->c.dfd, nm, 0);
	return fd;
}

struct cog_scan *
cog_scan_new(const struct cog_scan_conf *conf)
{
	struct cog_scan *s = cog_xcalloc(1, sizeof(*s));

	s->c = *conf;
	if (s->c.page_size < 1)
		s->c.page_size = 1000;
	s->timed = 1;
	s->one_project = 1;
	s->open_sess = -1;
	s->open_fd = -1;
	if (s->c.keep && (s->manifest = cog_manifest_open(s->c.dfd)) == NULL)
		cog_die("cannot read '%s/%s':", s->c.dir, COG_MANIFEST_NAME);
	rehash(s);
	s->spool = open_spool(s);
	return s;
}

static struct item *
new_item(struct cog_scan *s, const char *line, size_t n)
{
	struct item *it;

	if (s->nitems == s->capitems) {
		s->capitems = s->capitems ? 2 * s->capitems : 256;
		s->items = cog_xreallocarray(s->items, s->capitems,
		    sizeof(*s->items));
	}
	it = &s->items[s->nitems++];
	memset(it, 0, sizeof(*it));
	it->sess = -1;
	it->off = s->spooled;
	it->len = n;
	if (cog_write_all(s->spool, line, n) < 0)
		cog_die("cannot keep the input lines:");
	s->spooled += (long long)n;
	return it;
}

void
cog_scan_add_bad(struct cog_scan *s, const char *line, size_t n,
    const char *why)
{
	struct item *it = new_item(s, line, n);
	struct cog_buf b = COG_BUF_INIT;

	cog_buf_addf(&b, "input line %zu: %s", s->nitems, why);
	it->reason = cog_buf_detach(&b, NULL);
	cog_progress_clear();
	cog_warn("%s", it->reason);
}

/* What the line says of the range: when it started, its project. */
static void
widen(struct cog_scan *s, const struct cog_session_ref *ref,
    const char *line, size_t n)
{
	struct cog_jval v;
	long long ms;

	if (n > 0 && *line == '{' && cog_jget(line, n, "startedAt", &v) == 1 &&
	    cog_record_value_time(&v, &ms) == 0) {
		if (s->nsess == 0 || ms < s->since_ms)
			s->since_ms = ms;
	} else {
		s->timed = 0;
	}
	if (ref->project.len == 0)
		s->one_project = 0;
	else if (s->project == NULL && s->nsess == 0)
		s->project = cog_xstrndup(ref->project.p, ref->project.len);
	else if (s->project == NULL || strlen(s->project) !=
	    ref->project.len || memcmp(s->project, ref->project.p,
	    ref->project.len) != 0)
		s->one_project = 0;
}

void
cog_scan_add(struct cog_scan *s, const struct cog_session_ref *ref,
    const char *line, size_t n)
{
	struct item *it;
	struct sess *x;
	long i;

	if (!cog_session_id_valid(ref->id.p, ref->id.len)) {
		cog_scan_add_bad(s, line, n, "not a valid session id");
		return;
	}
	it = new_item(s, line, n);
	if ((i = find(s, ref->id.p, ref->id.len)) >= 0) {
		it->sess = i;
		s->sess[i].uses++;
		return;
	}
	widen(s, ref, line, n);
	if (s->nsess == s->capsess) {
		s->capsess = s->capsess ? 2 * s->capsess : 256;
		s->sess = cog_xreallocarray(s->sess, s->capsess,
		    sizeof(*s->sess));
	}
	x = &s->sess[s->nsess];
	memset(x, 0, sizeof(*x));
	x->id = cog_xstrndup(ref->id.p, ref->id.len);
	x->uses = 1;
	it->sess = (long)s->nsess++;
	if (2 * s->nsess > s->nslots)
		rehash(s);
	else
		s->slots[slot(s, x->id, strlen(x->id))] = it->sess;
}

static void
fail(struct cog_scan *s, struct sess *x, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void
fail(struct cog_scan *s, struct sess *x, const char *fmt, ...)
{
	struct cog_buf b = COG_BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	cog_buf_vaddf(&b, fmt, ap);
	va_end(ap);
	free(x->reason);
	x->reason = cog_buf_detach(&b, NULL);
	x->state = S_FAILED;
	cog_progress_clear();
	cog_api_session_name(s->c.auth->api, x->id, &b);
	cog_warn("%s: %s", b.p, x->reason);
	cog_buf_release(&b);
}

static const char *
open_error(void)
{
	return errno == ELOOP ? "a symbolic link, not followed" :
	    errno == EINVAL ? "not a regular file" : strerror(errno);
}

/* The SHA-256 of the file name under the folder, in hex; 0 or -1. */
static int
file_hex(struct cog_scan *s, const char *name, char *hex)
{
	struct cog_sha256 h = { NULL };
	struct cog_buf b = COG_BUF_INIT;
	unsigned char md[COG_SHA256_LEN];
	long long n;
	int fd;

	if ((fd = cog_file_open_at(s->c.dfd, name, O_RDONLY, 0)) < 0)
		return -1;
	cog_sha256_init(&h);
	n = cog_sha256_fd(&h, fd, -1);
	close(fd);
	cog_sha256_final(&h, md);
	cog_sha256_release(&h);
	if (n < 0)
		return -1;
	cog_hex_encode(&b, md, sizeof(md));
	memcpy(hex, b.p, 2 * COG_SHA256_LEN + 1);
	cog_buf_release(&b);
	return 0;
}

/*
 * A final file from an earlier run: used when it holds what the
 * manifest says (or the manifest does not know it), else deleted so
 * that the scan gives it again.  Return 1 when the session is done.
 */
static int
have(struct cog_scan *s, struct sess *x)
{
	const char *known;
	struct stat st;

	if (fstatat(s->c.dfd, FNAME(s, x), &st, AT_SYMLINK_NOFOLLOW) < 0)
		return 0;
	if (!S_ISREG(st.st_mode)) {
		fail(s, x, "'%s' is %s: not used", FINAL(s, x),
		    S_ISLNK(st.st_mode) ? "a symbolic link" :
		    "not a regular file");
		return 1;
	}
	if (file_hex(s, FNAME(s, x), x->hex) < 0) {
		fail(s, x, "cannot read '%s': %s", FINAL(s, x), open_error());
		return 1;
	}
	known = s->manifest ? cog_manifest_get(s->manifest, FNAME(s, x)) :
	    NULL;
	if (known && strcmp(known, x->hex) != 0) {
		cog_http_log(s->c.auth->http, "%s: '%s' differs from the "
		    "manifest; fetching it again", x->id, FINAL(s, x));
		unlinkat(s->c.dfd, FNAME(s, x), 0);
		x->hex[0] = '\0';
		return 0;
	}
	if (known == NULL && s->manifest &&
	    cog_manifest_put(s->manifest, FNAME(s, x), x->hex) < 0)
		cog_die("cannot write '%s/%s':", s->c.dir, COG_MANIFEST_NAME);
	cog_http_log(s->c.auth->http, "%s: have '%s'%s", x->id, FINAL(s, x),
	    known ? ", verified" : "");
	x->state = S_DONE;
	return 1;
}

static void
close_open(struct cog_scan *s)
{
	if (s->open_fd >= 0)
		close(s->open_fd);
	s->open_fd = -1;
	s->open_sess = -1;
}

/* Append the n bytes at p to session i's part file, begun as needed. */
static void
append(struct cog_scan *s, long i, const char *p, size_t n)
{
	struct sess *x = &s->sess[i];
	int begin = !x->started;

	if (s->open_sess != i) {
		close_open(s);
		s->open_fd = cog_file_open_at(s->c.dfd, PNAME(s, x), O_WRONLY |
		    O_CREAT | (begin ? O_TRUNC : O_APPEND), 0600);
		if (s->open_fd < 0) {
			fail(s, x, "cannot open '%s': %s", PART(s, x),
			    open_error());
			return;
		}
		s->open_sess = i;
	}
	x->started = 1;
	if ((begin && cog_write_all(s->open_fd, HEAD, strlen(HEAD)) < 0) ||
	    (!begin && p && cog_write_all(s->open_fd, ",", 1) < 0) ||
	    (p && cog_write_all(s->open_fd, p, n) < 0) ||
	    (!p && cog_write_all(s->open_fd, TAIL, strlen(TAIL)) < 0)) {
		fail(s, x, "cannot write '%s': %s", PART(s, x),
		    strerror(errno));
		close_open(s);
	}
}

static int
take_row(void *arg, const char *session, const char *msg, size_t n)
{
	struct cog_scan *s = arg;
	long i = find(s, session, strlen(session));

	s->rows++;
	if (i >= 0 && s->sess[i].state == S_SCAN)
		append(s, i, msg, n);
	return 0;
}

/* Close each part file as a whole answer and put it in place. */
static void
finish(struct cog_scan *s)
{
	size_t i;

	for (i = 0; i < s->nsess; i++) {
		struct sess *x = &s->sess[i];

		if (x->state != S_SCAN)
			continue;
		/* TAIL, or HEAD and TAIL for a session with no row. */
		append(s, (long)i, NULL, 0);
		close_open(s);
		if (x->state != S_SCAN)
			continue;
		if (file_hex(s, PNAME(s, x), x->hex) < 0) {
			fail(s, x, "cannot read '%s': %s", PART(s, x),
			    open_error());
			continue;
		}
		if (renameat(s->c.dfd, PNAME(s, x), s->c.dfd,
		    FNAME(s, x)) < 0) {
			fail(s, x, "cannot rename '%s': %s", PART(s, x),
			    strerror(errno));
			continue;
		}
		if (s->manifest && cog_manifest_put(s->manifest, FNAME(s, x),
		    x->hex) < 0)
			cog_die("cannot write '%s/%s':", s->c.dir,
			    COG_MANIFEST_NAME);
		x->state = S_DONE;
	}
}

/* The scan failed: so does every session it had to give. */
static void
fail_all(struct cog_scan *s, const char *why)
{
	size_t i;

	close_open(s);
	for (i = 0; i < s->nsess; i++)
		if (s->sess[i].state == S_SCAN) {
			unlinkat(s->c.dfd, PNAME(s, &s->sess[i]), 0);
			fail(s, &s->sess[i], "%s", why);
		}
}

void
cog_scan_run(struct cog_scan *s)
{
	struct cog_auth *a = s->c.auth;
	const struct cog_api_backend *api = a->api;
	struct cog_buf path = COG_BUF_INIT, cursor = COG_BUF_INIT,
	    next = COG_BUF_INIT, msg = COG_BUF_INIT, why = COG_BUF_INIT;
	struct cog_http_resp resp;
	struct cog_api_range r;
	char since[COG_UTC_LEN + 1];
	unsigned long npage = 0;
	const char *bad;
	size_t i, want = 0;
	long n;

	for (i = 0; i < s->nsess; i++)
		if (!have(s, &s->sess[i]))
			want++;
	if (want == 0)
		return;
	memset(&r, 0, sizeof(r));
	if (s->timed && s->nsess > 0) {
		cog_utc_format(s->since_ms, since);
		r.since = since;
		r.since_ms = s->since_ms;
	}
	if (s->one_project)
		r.project = s->project;
	cog_http_log(a->http, "scanning the messages of %zu session%s%s%s%s%s",
	    want, want == 1 ? "" : "s", r.project ? " of project " : "",
	    r.project ? r.project : "", r.since ? " since " : "",
	    r.since ? r.since : "");
	memset(&resp, 0, sizeof(resp));
	cog_buf_adds(&cursor, "");
	for (;;) {
		npage++;
		cog_buf_reset(&path);
		api->scan_path(&r, s->c.page_size, cursor.p, &path);
		if (cog_auth_call(a, "GET", path.p, NULL, 0, api->scope_read,
		    &resp, &msg) < 0) {
			if (cog_listing_past_end(a, &r, 1, cursor.p,
			    resp.status))
				break;
			cog_buf_addf(&why, "the scan failed (page %lu): %s",
			    npage, msg.p);
			fail_all(s, why.p);
			goto out;
		}
		s->bytes += (long long)resp.body.len;
		cog_buf_reset(&next);
		if ((n = api->scan_page(cursor.p, resp.body.p, resp.body.len,
		    take_row, s, &next, &bad)) < 0) {
			cog_buf_addf(&why, "the scan failed (page %lu): %s",
			    npage, bad);
			fail_all(s, why.p);
			goto out;
		}
		cog_http_log(a->http, "scan page %lu: %ld row%s", npage, n,
		    n == 1 ? "" : "s");
		cog_progress_update(0, (long long)s->nsess, s->bytes, 0);
		if (next.len == 0)
			break;
		if (cursor.len > 0 && strcmp(next.p, cursor.p) == 0) {
			cog_buf_addf(&why, "the scan failed (page %lu): the "
			    "cursor did not move", npage);
			fail_all(s, why.p);
			goto out;
		}
		cog_buf_reset(&cursor);
		cog_buf_add(&cursor, next.p, next.len);
	}
	close_open(s);
	finish(s);
out:
	cog_http_resp_release(&resp);
	cog_buf_release(&path);
	cog_buf_release(&cursor);
	cog_buf_release(&next);
	cog_buf_release(&msg);
	cog_buf_release(&why);
}

int
cog_scan_next(struct cog_scan *s, struct cog_dl_result *r)
{
	struct item *it;
	struct sess *x;

	if (s->next > 0) {
		/* The one handed out last is delivered. */
		it = &s->items[s->next - 1];
		if (it->sess >= 0) {
			x = &s->sess[it->sess];
			if (--x->uses == 0 && !s->c.keep && x->state == S_DONE)
				unlinkat(s->c.dfd, FNAME(s, x), 0);
		}
	}
	if (s->next == s->nitems)
		return 0;
	it = &s->items[s->next++];
	memset(r, 0, sizeof(*r));
	read_line(s, it);
	r->line = s->line.p;
	r->line_len = it->len;
	if (it->sess < 0) {
		r->failed = 1;
		r->reason = it->reason;
		return 1;
	}
	x = &s->sess[it->sess];
	r->id = x->id;
	r->failed = x->state != S_DONE;
	r->path = r->failed ? NULL : FINAL(s, x);
	r->sha256 = !r->failed && x->hex[0] ? x->hex : NULL;
	r->reason = x->reason;
	return 1;
}

void
cog_scan_each(struct cog_scan *s,
    void (*fn)(void *arg, const char *line, size_t n), void *arg)
{
	size_t i;

	for (i = s->next; i < s->nitems; i++) {
		read_line(s, &s->items[i]);
		fn(arg, s->line.p, s->items[i].len);
	}
}

long long
cog_scan_bytes(const struct cog_scan *s)
{
	return s->bytes;
}

void
cog_scan_free(struct cog_scan *s)
{
	size_t i;

	if (s == NULL)
		return;
	close_open(s);
	for (i = 0; i < s->nsess; i++) {
		struct sess *x = &s->sess[i];

		if (!s->c.keep)
			unlinkat(s->c.dfd, FNAME(s, x), 0);
		free(x->id);
		free(x->reason);
	}
	for (i = 0; i < s->nitems; i++)
		free(s->items[i].reason);
	for (i = 0; i < 4; i++)
		cog_buf_release(&s->names[i]);
	cog_buf_release(&s->line);
	if (s->spool >= 0)
		close(s->spool);
	free(s->sess);
	free(s->items);
	free(s->slots);
	free(s->project);
	cog_manifest_free(s->manifest);
	free(s);
}
