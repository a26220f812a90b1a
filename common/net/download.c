/* download.c -- transcripts fetched concurrently, resumed and verified */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/digest.h"
#include "base/encode.h"
#include "base/err.h"
#include "base/file.h"
#include "base/progress.h"
#include "net/auth.h"
#include "net/download.h"
#include "net/header.h"
#include "net/manifest.h"
#include "net/retry.h"

#define ERRBODY_MAX 4096

enum { J_QUEUED, J_WAIT, J_RUN, J_DONE, J_FAILED };
enum { B_NONE, B_FILE, B_ERR };

struct job {
	struct job *next;
	struct cog_dl *dl;
	unsigned long long seq;
	char *id, *project, *line, *final, *part, *reason;
	char *fname, *pname;	/* final and part, in the folder */
	size_t line_len;
	unsigned char want[COG_SHA256_LEN], repr[COG_SHA256_LEN];
	int has_want, has_repr;
	char hex[2 * COG_SHA256_LEN + 1];	/* the file's, without digests */
	long long want_bytes;	/* -1: unknown */
	int state;
	long long wake_ms;
	int fd;
	struct cog_sha256 sha;
	long long have;		/* bytes in the part file */
	int ranged;		/* this request asked for a Range */
	long status;
	int body;		/* where the body goes: B_* */
	struct cog_header_retry hint;	/* Retry-After, WWW-Authenticate */
	long long cr_first;	/* Content-Range of a 206 */
	long long cr_size;	/* Content-Range "bytes * /N" of a 416 */
	int bad_range, io_errno;
	struct cog_buf errbody;
	struct cog_retry retry;
	int retry_started, renewed, digest_retried;
	int rated;		/* its slot of the rate limit is taken */
	unsigned gen;
	CURL *easy;
	struct curl_slist *hdrs;
	char errbuf[CURL_ERROR_SIZE];
};

struct cog_dl {
	struct cog_dl_conf c;
	CURLM *multi;
	CURL **pool;
	int npool;
	struct job *head, *tail;
	long njobs;
	int running;
	unsigned long long seq;
	long long bytes;
	int nodigest;		/* the server sends none: check the answer */
	unsigned ok_gen;	/* newest token generation the server took */
	struct cog_manifest *manifest;	/* DIR/manifest.sha256, with nodigest */
};

struct cog_dl *
cog_dl_new(const struct cog_dl_conf *conf)
{
	struct cog_dl *d = cog_xcalloc(1, sizeof(*d));

	d->c = *conf;
	if (d->c.parallel < 1)
		d->c.parallel = 1;
	if (d->c.window < d->c.parallel)
		d->c.window = d->c.parallel;
	if ((d->multi = curl_multi_init()) == NULL)
		cog_die("cannot initialise libcurl");
	curl_multi_setopt(d->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS,
	    (long)d->c.parallel);
	curl_multi_setopt(d->multi, CURLMOPT_MAXCONNECTS, (long)d->c.parallel);
	d->pool = cog_xcalloc((size_t)d->c.parallel, sizeof(*d->pool));
	d->nodigest = !(d->c.auth->api->flags & COG_API_DIGEST);
	if (d->nodigest && !d->c.by_seq &&
	    (d->manifest = cog_manifest_open(d->c.dfd)) == NULL)
		cog_die("cannot read '%s/%s':", d->c.dir, COG_MANIFEST_NAME);
	return d;
}

int
cog_dl_room(const struct cog_dl *d)
{
	return d->njobs < d->c.window;
}

long
cog_dl_pending(const struct cog_dl *d)
{
	return d->njobs;
}

long long
cog_dl_bytes(const struct cog_dl *d)
{
	return d->bytes;
}

static struct job *
newjob(struct cog_dl *d, const char *line, size_t n)
{
	struct job *j = cog_xcalloc(1, sizeof(*j));

	j->dl = d;
	j->seq = ++d->seq;
	j->line = cog_xstrndup(line, n);
	j->line_len = n;
	j->fd = -1;
	j->want_bytes = -1;
	if (d->tail)
		d->tail->next = j;
	else
		d->head = j;
	d->tail = j;
	d->njobs++;
	return j;
}

void
cog_dl_add(struct cog_dl *d, const struct cog_session_ref *ref,
    const char *line, size_t n)
{
	struct job *j = newjob(d, line, n);
	struct cog_buf p = COG_BUF_INIT;

	j->id = cog_xstrndup(ref->id.p, ref->id.len);
	if (ref->project.len > 0)
		j->project = cog_xstrndup(ref->project.p, ref->project.len);
	j->has_want = ref->has_sha256;
	memcpy(j->want, ref->sha256, sizeof(j->want));
	j->want_bytes = ref->bytes;
	if (d->c.by_seq)
		cog_buf_addf(&p, "%llu.jsonl", j->seq);
	else
		cog_buf_addf(&p, "%s.jsonl", j->id);
	j->fname = cog_xstrdup(p.p);
	cog_buf_adds(&p, ".part");
	j->pname = cog_buf_detach(&p, NULL);
	cog_buf_addf(&p, "%s/%s", d->c.dir, j->fname);
	j->final = cog_buf_detach(&p, NULL);
	cog_buf_addf(&p, "%s/%s", d->c.dir, j->pname);
	j->part = cog_buf_detach(&p, NULL);
	j->state = J_QUEUED;
}

static void
vfail(struct job *j, const char *fmt, va_list ap)
{
	struct cog_buf b = COG_BUF_INIT;

	cog_buf_vaddf(&b, fmt, ap);
	free(j->reason);
	j->reason = cog_buf_detach(&b, NULL);
	j->state = J_FAILED;
	cog_progress_clear();
	cog_api_session_name(j->dl->c.auth->api, j->id ? j->id : "(no id)",
	    &b);
	cog_warn("%s: %s", b.p, j->reason);
	cog_buf_release(&b);
}

static void
fail(struct job *j, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
fail(struct job *j, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfail(j, fmt, ap);
	va_end(ap);
}

void
cog_dl_add_bad(struct cog_dl *d, const char *line, size_t n, const char *why)
{
	struct job *j = newjob(d, line, n);
	struct cog_buf b = COG_BUF_INIT;

	cog_buf_addf(&b, "input line %llu: %s", j->seq, why);
	j->reason = cog_buf_detach(&b, NULL);
	j->state = J_FAILED;
	cog_progress_clear();
	cog_warn("%s", j->reason);
}

static void
closefd(struct job *j)
{
	if (j->fd >= 0)
		close(j->fd);
	j->fd = -1;
}

static void
hexdigest(const unsigned char *md, char *out)
{
	struct cog_buf b = COG_BUF_INIT;

	cog_hex_encode(&b, md, COG_SHA256_LEN);
	memcpy(out, b.p, 2 * COG_SHA256_LEN + 1);
	cog_buf_release(&b);
}

/* Whether the final file has the list item's digest and size. */
static int
verify_file(struct job *j)
{
	unsigned char md[COG_SHA256_LEN];
	long long n;
	int fd;

	if ((fd = cog_file_open_at(j->dl->c.dfd, j->fname, O_RDONLY, 0)) < 0)
		return 0;
	n = cog_sha256_fd(&j->sha, fd, -1);
	close(fd);
	cog_sha256_final(&j->sha, md);
	return n >= 0 && memcmp(md, j->want, sizeof(md)) == 0 &&
	    (j->want_bytes < 0 || n == j->want_bytes);
}

static size_t
on_header(char *p, size_t size, size_t nmemb, void *arg)
{
	struct job *j = arg;
	size_t n = size * nmemb, vn;
	const char *v;
	long long last, total;
	long st;
	char tmp[128];

	if ((st = cog_header_status(p, n)) >= 0) {
		j->status = st;
		j->has_repr = 0;
		cog_header_retry_reset(&j->hint);
		j->cr_first = j->cr_size = -1;
		return n;
	}
	if (p[0] == '\r' || p[0] == '\n') {
		/* The end of the header: decide where the body goes. */
		if (j->status >= 100 && j->status < 200)
			return n;
		if (j->status == 206) {
			if (!j->ranged || j->cr_first != j->have) {
				j->bad_range = 1;
				return 0;
			}
			j->body = B_FILE;
		} else if (j->status == 200) {
			if (j->have > 0) {
				/* The Range was ignored: start over. */
				if (ftruncate(j->fd, 0) < 0) {
					j->io_errno = errno;
					return 0;
				}
				cog_http_log(j->dl->c.http, "%s: the server "
				    "ignored the Range; starting over", j->id);
				j->have = 0;
				cog_sha256_init(&j->sha);
			}
			j->body = B_FILE;
		} else {
			j->body = B_ERR;
		}
		return n;
	}
	if (cog_header_retry_line(p, n, &j->hint))
		return n;
	if (cog_header_match(p, n, "Repr-Digest", &v, &vn)) {
		j->has_repr = (j->dl->c.auth->api->flags & COG_API_DIGEST) &&
		    cog_digest_parse_repr(v, vn, j->repr) == 0;
	} else if (cog_header_match(p, n, "Content-Range", &v, &vn)) {
		if (vn > 8 && strncmp(v, "bytes */", 8) == 0) {
			cog_header_value(v + 8, vn - 8, tmp, sizeof(tmp));
			j->cr_size = strtoll(tmp, NULL, 10);
		} else if (cog_header_content_range(v, vn, &j->cr_first,
		    &last, &total) < 0) {
			j->cr_first = -1;
		}
	}
	return n;
}

static size_t
on_body(char *p, size_t size, size_t nmemb, void *arg)
{
	struct job *j = arg;
	size_t n = size * nmemb, off = 0;
	ssize_t w;

	if (j->body == B_ERR) {
		if (j->errbody.len < ERRBODY_MAX)
			cog_buf_add(&j->errbody, p, n < ERRBODY_MAX ? n :
			    ERRBODY_MAX);
		return n;
	}
	if (j->body != B_FILE)
		return 0;
	while (off < n) {
		w = pwrite(j->fd, p + off, n - off, (off_t)(j->have + off));
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0) {
			j->io_errno = errno;
			return 0;
		}
		off += (size_t)w;
	}
	cog_sha256_update(&j->sha, p, n);
	j->have += (long long)n;
	j->dl->bytes += (long long)n;
	return n;
}

static CURL *
easy_get(struct cog_dl *d)
{
	CURL *e;

	if (d->npool > 0)
		return d->pool[--d->npool];
	if ((e = curl_easy_init()) == NULL)
		cog_die("cannot initialise libcurl");
	return e;
}

static void
finished_ok(struct job *j)
{
	closefd(j);
	j->state = J_DONE;
}

/* Open the part file and hash what it holds; return 0 or -1 (failed). */
static int
open_part(struct job *j)
{
	struct stat st;

	j->fd = cog_file_open_at(j->dl->c.dfd, j->pname, O_RDWR | O_CREAT,
	    0600);
	if (j->fd < 0 || fstat(j->fd, &st) < 0) {
		fail(j, "cannot open '%s': %s", j->part, errno == ELOOP ?
		    "a symbolic link, not followed" : errno == EINVAL ?
		    "not a regular file" : strerror(errno));
		closefd(j);
		return -1;
	}
	j->have = st.st_size;
	if (j->want_bytes >= 0 && j->have > j->want_bytes) {
		if (ftruncate(j->fd, 0) < 0) {
			fail(j, "cannot truncate '%s': %s", j->part,
			    strerror(errno));
			closefd(j);
			return -1;
		}
		j->have = 0;
	}
	cog_sha256_init(&j->sha);
	if (j->have > 0 && cog_sha256_fd(&j->sha, j->fd, j->have) !=
	    j->have) {
		fail(j, "cannot read '%s': %s", j->part, strerror(errno));
		closefd(j);
		return -1;
	}
	return 0;
}

/* Record a verified file's digest in the manifest. */
static void
manifest_put(struct job *j)
{
	struct cog_dl *d = j->dl;

	if (d->manifest && cog_manifest_put(d->manifest, j->fname, j->hex) < 0)
		cog_die("cannot write '%s/%s':", d->c.dir, COG_MANIFEST_NAME);
}

/*
 * A final file of a dialect without digests: it was only renamed into
 * place once checked, and the manifest says what it held then.  Use it
 * (return 0) when it still holds that, or when the manifest does not
 * know it (a run killed before it could say: it is added); else delete
 * it to fetch it again (return -1).
 */
static int
have_nodigest(struct job *j)
{
	struct cog_dl *d = j->dl;
	struct cog_buf b = COG_BUF_INIT;
	unsigned char md[COG_SHA256_LEN];
	const char *known;
	int fd;
	long long n;

	if ((fd = cog_file_open_at(d->c.dfd, j->fname, O_RDONLY, 0)) < 0)
		return -1;
	cog_sha256_init(&j->sha);
	n = cog_sha256_fd(&j->sha, fd, -1);
	close(fd);
	cog_sha256_final(&j->sha, md);
	if (n < 0)
		return -1;
	cog_hex_encode(&b, md, sizeof(md));
	memcpy(j->hex, b.p, sizeof(j->hex));
	cog_buf_release(&b);
	known = d->manifest ? cog_manifest_get(d->manifest, j->fname) : NULL;
	if (known && strcmp(known, j->hex) != 0) {
		cog_http_log(d->c.http, "%s: '%s' differs from the manifest; "
		    "fetching it again", j->id, j->final);
		unlinkat(d->c.dfd, j->fname, 0);
		j->hex[0] = '\0';
		return -1;
	}
	if (known == NULL)
		manifest_put(j);
	cog_http_log(d->c.http, "%s: have '%s'%s", j->id, j->final,
	    known ? ", verified" : "");
	finished_ok(j);
	return 0;
}

static void
start(struct cog_dl *d, struct job *j)
{
	const struct cog_api_backend *api = d->c.auth->api;
	struct cog_buf url = COG_BUF_INIT, path = COG_BUF_INIT;
	unsigned char md[COG_SHA256_LEN];
	char range[32];
	struct stat st;
	long wait;
	CURL *e;

	if (!j->retry_started) {
		cog_retry_start(&j->retry, d->c.http->retries,
		    d->c.http->retry_max_time, cog_clock_ms());
		j->retry_started = 1;
	}
	if (fstatat(d->c.dfd, j->fname, &st, AT_SYMLINK_NOFOLLOW) == 0) {
		if (!S_ISREG(st.st_mode)) {
			fail(j, "'%s' is %s: not used", j->final,
			    S_ISLNK(st.st_mode) ? "a symbolic link" :
			    "not a regular file");
			return;
		}
		if (d->nodigest) {
			if (have_nodigest(j) == 0)
				return;
		} else if (!j->has_want || verify_file(j)) {
			cog_http_log(d->c.http, "%s: have '%s'%s", j->id,
			    j->final, j->has_want ? ", verified" : "");
			finished_ok(j);
			return;
		} else {
			cog_http_log(d->c.http, "%s: '%s' differs from the "
			    "list; fetching it again", j->id, j->final);
			unlinkat(d->c.dfd, j->fname, 0);
		}
	}
	if (open_part(j) < 0)
		return;
	if (j->has_want && j->have > 0 && j->have == j->want_bytes) {
		/* Complete before an interruption: check it, no request. */
		cog_sha256_final(&j->sha, md);
		if (memcmp(md, j->want, sizeof(md)) == 0 &&
		    renameat(d->c.dfd, j->pname, d->c.dfd, j->fname) == 0) {
			finished_ok(j);
			return;
		}
		if (ftruncate(j->fd, 0) < 0) {
			fail(j, "cannot truncate '%s': %s", j->part,
			    strerror(errno));
			closefd(j);
			return;
		}
		j->have = 0;
	}
	if (!j->rated && (wait = cog_rate_take(&d->c.http->rate)) > 0) {
		/* Its slot is taken: it starts when it comes. */
		closefd(j);
		j->rated = 1;
		j->state = J_WAIT;
		j->wake_ms = cog_clock_ms() + wait;
		return;
	}
	j->rated = 0;
	j->hdrs = cog_auth_header(d->c.auth, NULL, &j->gen);
	j->hdrs = cog_http_header_add(j->hdrs, api->transcript_accept);
	api->transcript_path(j->id, j->project, &path);
	cog_auth_url(d->c.auth, path.p, &url);
	e = j->easy = easy_get(d);
	curl_easy_reset(e);
	cog_http_easy_setup(d->c.http, e);
	curl_easy_setopt(e, CURLOPT_URL, url.p);
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, j->hdrs);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, j);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, j);
	curl_easy_setopt(e, CURLOPT_PRIVATE, j);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, j->errbuf);
	j->ranged = j->have > 0 && (api->flags & COG_API_RANGES);
	if (j->ranged) {
		snprintf(range, sizeof(range), "%lld-", j->have);
		curl_easy_setopt(e, CURLOPT_RANGE, range);
	}
	j->status = 0;
	j->body = B_NONE;
	j->has_repr = j->bad_range = j->io_errno = 0;
	cog_header_retry_reset(&j->hint);
	j->cr_first = j->cr_size = -1;
	j->errbuf[0] = '\0';
	cog_buf_reset(&j->errbody);
	if (curl_multi_add_handle(d->multi, e) != CURLM_OK)
		cog_die("cannot start a transfer");
	j->state = J_RUN;
	d->running++;
	if (j->ranged)
		cog_http_log(d->c.http, "GET %s (Range: bytes=%s)", path.p,
		    range);
	else
		cog_http_log(d->c.http, "GET %s", path.p);
	explicit_bzero(url.p, url.len);
	cog_buf_release(&url);
	cog_buf_release(&path);
}

/* Wait and try again, or fail when the retry budget is spent. */
static void
retry_later(struct job *j, long retry_after, const char *why)
{
	long delay = cog_retry_next(&j->retry, cog_clock_ms(),
	    retry_after, cog_retry_random());

	if (delay < 0) {
		fail(j, "%s (gave up after %d retr%s)", why, j->retry.n,
		    j->retry.n == 1 ? "y" : "ies");
		return;
	}
	cog_http_log(j->dl->c.http, "%s: %s; retry %d/%d in %.1f s%s", j->id,
	    why, j->retry.n, j->retry.max, delay / 1000.0,
	    retry_after >= 0 ? " (Retry-After)" : "");
	j->state = J_WAIT;
	j->wake_ms = cog_clock_ms() + delay;
}

static int
stop_at_first(void *arg, const char *msg, size_t n)
{
	(void)arg;
	(void)msg;
	(void)n;
	return 1;
}

/* Whether the part file reads as a transcript; why not in why. */
static int
complete(struct job *j, struct cog_buf *why)
{
	return j->dl->c.auth->api->messages(j->part, stop_at_first, NULL,
	    why) == 0;
}

/*
 * The body is all there: check its digest (without one, that it reads
 * as a whole transcript) and put it in place.
 */
static void
verify(struct job *j, int complete_by_416)
{
	unsigned char md[COG_SHA256_LEN];
	char got[65], want[65];
	const char *against = NULL;
	struct cog_buf whole = COG_BUF_INIT;

	cog_sha256_final(&j->sha, md);
	if (j->has_repr && memcmp(md, j->repr, sizeof(md)) != 0) {
		against = "Repr-Digest";
		hexdigest(j->repr, want);
	} else if (j->has_want && memcmp(md, j->want, sizeof(md)) != 0) {
		against = "the list's sha256";
		hexdigest(j->want, want);
	} else if (j->want_bytes >= 0 && j->have != j->want_bytes) {
		against = "the list's bytes";
		snprintf(want, sizeof(want), "%lld bytes", j->want_bytes);
	} else if (complete_by_416 && !j->has_want && j->cr_size != j->have) {
		against = "the size in Content-Range";
		snprintf(want, sizeof(want), "%lld bytes", j->cr_size);
	}
	closefd(j);
	if (against == NULL && j->dl->nodigest && !complete(j, &whole)) {
		unlink(j->part);
		j->have = 0;
		if (!j->digest_retried) {
			j->digest_retried = 1;
			cog_http_log(j->dl->c.http, "%s: not a whole transcript "
			    "(%s); fetching it again", j->id, whole.p);
			j->state = J_QUEUED;
		} else {
			fail(j, "not a whole transcript, twice: %s", whole.p);
		}
		cog_buf_release(&whole);
		return;
	}
	cog_buf_release(&whole);
	if (against == NULL) {
		if (j->dl->nodigest)
			hexdigest(md, j->hex);
		if (renameat(j->dl->c.dfd, j->pname, j->dl->c.dfd,
		    j->fname) < 0) {
			fail(j, "cannot rename '%s': %s", j->part,
			    strerror(errno));
			return;
		}
		if (j->dl->nodigest)
			manifest_put(j);
		j->state = J_DONE;
		return;
	}
	if (strstr(against, "bytes") || strstr(against, "size"))
		snprintf(got, sizeof(got), "%lld bytes", j->have);
	else
		hexdigest(md, got);
	unlinkat(j->dl->c.dfd, j->pname, 0);
	j->have = 0;
	if (!j->digest_retried) {
		j->digest_retried = 1;
		cog_http_log(j->dl->c.http, "%s: does not match %s; fetching "
		    "it again", j->id, against);
		j->state = J_QUEUED;
		return;
	}
	fail(j, "does not match %s twice (got %s, expected %s)", against, got,
	    want);
}

/* Close the part file, and remove it when no byte came. */
static void
close_part(struct job *j)
{
	closefd(j);
	if (j->have == 0)
		unlinkat(j->dl->c.dfd, j->pname, 0);
}

static void
finish(struct cog_dl *d, struct job *j, CURLcode code)
{
	struct cog_buf msg = COG_BUF_INIT;

	curl_multi_remove_handle(d->multi, j->easy);
	d->pool[d->npool++] = j->easy;
	j->easy = NULL;
	cog_http_headers_free(j->hdrs);
	j->hdrs = NULL;
	d->running--;
	cog_http_log(d->c.http, "%s: -> %s%ld, %lld bytes on disk", j->id,
	    code == CURLE_OK ? "" : "error ",
	    code == CURLE_OK ? j->status : (long)code, j->have);
	if (j->status > 0 && j->status != 401 && j->gen > d->ok_gen)
		d->ok_gen = j->gen;
	if (j->io_errno) {
		fail(j, "cannot write '%s': %s", j->part,
		    strerror(j->io_errno));
		close_part(j);
		return;
	}
	if (j->bad_range) {
		close_part(j);
		unlinkat(d->c.dfd, j->pname, 0);
		retry_later(j, -1, "answer does not start at the Range asked");
		return;
	}
	if (code != CURLE_OK) {
		close_part(j);
		if (cog_http_transient(code))
			retry_later(j, -1, j->errbuf[0] ? j->errbuf :
			    curl_easy_strerror(code));
		else
			fail(j, "%s", j->errbuf[0] ? j->errbuf :
			    curl_easy_strerror(code));
		return;
	}
	if (j->status == 200 || j->status == 206) {
		verify(j, 0);
		return;
	}
	if (j->status == 416 && j->ranged) {
		verify(j, 1);
		return;
	}
	close_part(j);
	if (j->status == 401) {
		/*
		 * A token that has served some request has expired: renew
		 * it, however often.  One the server never took after this
		 * session's renewal is refused for good.
		 */
		if ((j->renewed && j->gen > d->ok_gen) ||
		    cog_auth_renew(d->c.auth, j->gen) == NULL)
			cog_auth_die_unauthorized(d->c.auth, j->errbody.p,
			    j->errbody.len, j->renewed);
		j->renewed = 1;
		j->state = J_QUEUED;
		return;
	}
	if (j->status == 403)
		cog_auth_die_scope(d->c.auth, j->errbody.p, j->errbody.len,
		    j->hint.www_auth, d->c.auth->api->scope_read);
	cog_auth_error(d->c.auth, j->status, j->errbody.p, j->errbody.len, 1,
	    &msg);
	if (cog_http_retryable(j->status))
		retry_later(j, j->hint.retry_after, msg.p);
	else
		fail(j, "%s", msg.p);
	cog_buf_release(&msg);
}

/* Whether an earlier session of the window with j's id is unfinished. */
static int
busy_id(const struct cog_dl *d, const struct job *j)
{
	const struct job *k;

	for (k = d->head; k != j; k = k->next)
		if (k->id && k->state != J_DONE && k->state != J_FAILED &&
		    strcmp(k->id, j->id) == 0)
			return 1;
	return 0;
}

static void
collect(struct cog_dl *d)
{
	CURLMsg *m;
	int left, still;
	void *p;

	curl_multi_perform(d->multi, &still);
	while ((m = curl_multi_info_read(d->multi, &left)) != NULL) {
		if (m->msg != CURLMSG_DONE)
			continue;
		curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, &p);
		finish(d, p, m->data.result);
	}
}

int
cog_dl_step(struct cog_dl *d, int fd, long timeout_ms)
{
	struct curl_waitfd w = { fd, CURL_WAIT_POLLIN, 0 };
	long long now = cog_clock_ms();
	struct job *j;
	long t = timeout_ms;

	for (j = d->head; j && d->running < d->c.parallel; j = j->next)
		if ((j->state == J_QUEUED || (j->state == J_WAIT &&
		    j->wake_ms <= now)) && (d->c.by_seq || !busy_id(d, j)))
			start(d, j);
	collect(d);
	for (j = d->head; j; j = j->next) {
		if (j->state == J_WAIT && j->wake_ms - now < t)
			t = j->wake_ms > now ? (long)(j->wake_ms - now) : 0;
		if (j->state == J_QUEUED && d->running < d->c.parallel)
			t = 0;
		if (j->state == J_DONE || j->state == J_FAILED)
			if (j == d->head)
				t = 0;
	}
	if (curl_multi_poll(d->multi, &w, fd >= 0 ? 1 : 0, (int)t, NULL) !=
	    CURLM_OK)
		cog_die("cannot wait for the transfers");
	collect(d);
	return fd >= 0 && (w.revents & CURL_WAIT_POLLIN) != 0;
}

int
cog_dl_peek(struct cog_dl *d, struct cog_dl_result *r)
{
	struct job *j = d->head;

	if (j == NULL || (j->state != J_DONE && j->state != J_FAILED))
		return 0;
	r->id = j->id;
	r->line = j->line;
	r->line_len = j->line_len;
	r->failed = j->state == J_FAILED;
	r->path = r->failed ? NULL : j->final;
	r->sha256 = !r->failed && j->hex[0] ? j->hex : NULL;
	r->reason = j->reason;
	return 1;
}

void
cog_dl_each(const struct cog_dl *d,
    void (*fn)(void *arg, const char *line, size_t n), void *arg)
{
	const struct job *j;

	for (j = d->head; j; j = j->next)
		fn(arg, j->line, j->line_len);
}

static void
freejob(struct job *j)
{
	closefd(j);
	cog_sha256_release(&j->sha);
	cog_buf_release(&j->errbody);
	free(j->id);
	free(j->project);
	free(j->line);
	free(j->final);
	free(j->part);
	free(j->fname);
	free(j->pname);
	free(j->reason);
	free(j);
}

void
cog_dl_pop(struct cog_dl *d, int unlink_file)
{
	struct job *j = d->head;

	if (j == NULL)
		return;
	if (unlink_file && j->final) {
		unlinkat(d->c.dfd, j->fname, 0);
		unlinkat(d->c.dfd, j->pname, 0);
	}
	d->head = j->next;
	if (d->head == NULL)
		d->tail = NULL;
	d->njobs--;
	freejob(j);
}

void
cog_dl_free(struct cog_dl *d)
{
	struct job *j, *next;
	int i;

	for (j = d->head; j; j = next) {
		next = j->next;
		if (j->easy) {
			curl_multi_remove_handle(d->multi, j->easy);
			curl_easy_cleanup(j->easy);
		}
		cog_http_headers_free(j->hdrs);
		freejob(j);
	}
	cog_manifest_free(d->manifest);
	for (i = 0; i < d->npool; i++)
		curl_easy_cleanup(d->pool[i]);
	free(d->pool);
	curl_multi_cleanup(d->multi);
	free(d);
}
