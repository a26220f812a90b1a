/* http.c -- libcurl set up one way for every network tool, with retries */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/clock.h"
#include "base/err.h"
#include "base/progress.h"
#include "net/header.h"
#include "net/http.h"
#include "net/retry.h"

#define MAX_BODY (64L * 1024 * 1024)

void
cog_http_init(struct cog_http *h)
{
	memset(h, 0, sizeof(*h));
	h->retries = COG_RETRY_DEFAULT;
	h->retry_max_time = COG_RETRY_MAX_TIME;
}

void
cog_http_shown_url(const char *url, struct cog_buf *out)
{
	const char *auth = strstr(url, "://"), *at;
	size_t end = strcspn(url, "?#"), alen;

	auth = auth && (size_t)(auth - url) < end ? auth + 3 : url;
	alen = strcspn(auth, "/?#");
	/* The userinfo ends at the authority's last '@'. */
	for (at = auth + alen; at > auth && at[-1] != '@'; at--)
		;
	cog_buf_add(out, url, (size_t)(auth - url));
	if (at > auth)
		auth = at;
	cog_buf_add(out, auth, end - (size_t)(auth - url));
}

static int
loopback(const char *host)
{
	return strcmp(host, "localhost") == 0 ||
	    strncmp(host, "127.", 4) == 0 || strcmp(host, "[::1]") == 0 ||
	    strcmp(host, "::1") == 0;
}

void
cog_http_check_url(const struct cog_http *h, const char *url,
    const char *what)
{
	struct cog_buf shown = COG_BUF_INIT;
	char *scheme = NULL, *host = NULL;
	int parsed, web;
	CURLU *u;

	if ((u = curl_url()) == NULL)
		cog_die("out of memory");
	cog_http_shown_url(url, &shown);
	parsed = curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK;
	if (!parsed && what)
		cog_usage_error("%s: not a URL: '%s'", what, shown.p);
	web = parsed && (strcmp(scheme, "https") == 0 ||
	    strcmp(scheme, "http") == 0);
	if (parsed && strcmp(scheme, "http") == 0 && !loopback(host)) {
		if (!h->allow_http && what)
			cog_usage_error("%s: refusing plain http to '%s': use "
			    "https, or --allow-http", what, shown.p);
		if (!h->allow_http)
			cog_usage_error("refusing to send credentials over "
			    "plain http to '%s': use https, or --allow-http",
			    host);
		if (what)
			cog_warn("warning: %s: sending over plain http to "
			    "'%s'", what, host);
		else
			cog_warn("warning: sending credentials over plain "
			    "http to '%s'", host);
	}
	if (!web && what)
		cog_usage_error("%s: '%s' is not an http or https URL", what,
		    shown.p);
	if (!web)
		cog_usage_error("bad base URL '%s': expected "
		    "https://host[:port][/path]", shown.p);
	curl_free(scheme);
	curl_free(host);
	curl_url_cleanup(u);
	cog_buf_release(&shown);
}

/* Warn about --insecure and make the handle that requests reuse. */
static void
start(struct cog_http *h)
{
	if (h->insecure)
		cog_warn("warning: --insecure: the server's certificate is not "
		    "verified");
	if ((h->easy = curl_easy_init()) == NULL)
		cog_die("cannot initialise libcurl");
}

void
cog_http_setup(struct cog_http *h)
{
	struct cog_buf shown = COG_BUF_INIT;
	const char *url = h->base_opt;
	size_t n;

	if (url == NULL || *url == '\0')
		url = getenv("COG_BASE_URL");
	if (url == NULL || *url == '\0')
		cog_usage_error("no base URL: use --base-url or set "
		    "COG_BASE_URL");
	n = strlen(url);
	while (n > 0 && url[n - 1] == '/')
		n--;
	h->base_url = cog_xstrndup(url, n);
	cog_http_shown_url(h->base_url, &shown);
	h->shown_url = cog_buf_detach(&shown, NULL);
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		cog_die("cannot initialise libcurl");
	cog_http_check_url(h, h->base_url, NULL);
	start(h);
}

void
cog_http_setup_bare(struct cog_http *h)
{
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		cog_die("cannot initialise libcurl");
	start(h);
}

void
cog_http_release(struct cog_http *h)
{
	if (h->easy)
		curl_easy_cleanup(h->easy);
	h->easy = NULL;
	free(h->base_url);
	free(h->shown_url);
	h->base_url = h->shown_url = NULL;
	cog_rate_release(&h->rate);
	curl_global_cleanup();
}

void
cog_http_easy_setup(const struct cog_http *h, CURL *e)
{
	curl_easy_setopt(e, CURLOPT_USERAGENT, "cogtools/" COG_VERSION);
#if LIBCURL_VERSION_NUM >= 0x075500
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(e, CURLOPT_PROTOCOLS,
	    (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, h->insecure ? 0L : 1L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, h->insecure ? 0L : 2L);
	if (h->cacert)
		curl_easy_setopt(e, CURLOPT_CAINFO, h->cacert);
	curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, 30L);
	/* A transfer slower than 1 byte/s for a minute has stalled. */
	curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, 1L);
	curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, 60L);
}

void
cog_http_url(const struct cog_http *h, const char *path, struct cog_buf *out)
{
	cog_buf_adds(out, h->base_url);
	cog_buf_adds(out, path);
}

struct curl_slist *
cog_http_header_add(struct curl_slist *l, const char *line)
{
	struct curl_slist *n = curl_slist_append(l, line);

	if (n == NULL)
		cog_die("out of memory");
	return n;
}

struct curl_slist *
cog_http_headers(const char *line, ...)
{
	struct curl_slist *l = NULL;
	const char *s;
	va_list ap;

	va_start(ap, line);
	for (s = line; s != NULL; s = va_arg(ap, const char *))
		l = cog_http_header_add(l, s);
	va_end(ap);
	return l;
}

void
cog_http_headers_free(struct curl_slist *l)
{
	struct curl_slist *p;

	for (p = l; p; p = p->next)
		explicit_bzero(p->data, strlen(p->data));
	curl_slist_free_all(l);
}

int
cog_http_transient(CURLcode code)
{
	switch (code) {
	case CURLE_COULDNT_RESOLVE_PROXY:
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_CONNECT:
	case CURLE_PARTIAL_FILE:
	case CURLE_OPERATION_TIMEDOUT:
	case CURLE_GOT_NOTHING:
	case CURLE_SEND_ERROR:
	case CURLE_RECV_ERROR:
	case CURLE_HTTP2:
	case CURLE_HTTP2_STREAM:
	case CURLE_SSL_CONNECT_ERROR:
		return 1;
	default:
		return 0;
	}
}

int
cog_http_retryable(long status)
{
	return status == 429 || status == 500 || status == 502 ||
	    status == 503 || status == 504 || status == 408;
}

void
cog_http_log(const struct cog_http *h, const char *fmt, ...)
{
	va_list ap;

	if (!h->verbose)
		return;
	cog_progress_clear();
	fprintf(stderr, "%s: ", cog_progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
cog_http_sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

static size_t
on_body(char *p, size_t size, size_t nmemb, void *arg)
{
	struct cog_http_resp *resp = arg;
	size_t n = size * nmemb;

	if (resp->body.len + n > MAX_BODY)
		return 0;
	cog_buf_add(&resp->body, p, n);
	return n;
}

static size_t
on_header(char *p, size_t size, size_t nmemb, void *arg)
{
	struct cog_http_resp *resp = arg;
	size_t n = size * nmemb;

	/* A new response (after 100 Continue, say): start over. */
	if (cog_header_status(p, n) >= 0)
		cog_header_retry_reset(&resp->hint);
	else
		cog_header_retry_line(p, n, &resp->hint);
	return n;
}

/* One try; return the libcurl result. */
static CURLcode
once(struct cog_http *h, const struct cog_http_req *req,
    struct cog_http_resp *resp)
{
	struct cog_buf url = COG_BUF_INIT;
	const struct curl_slist *extra;
	struct curl_slist *hdrs;
	char errbuf[CURL_ERROR_SIZE];
	CURL *e = h->easy;
	CURLcode code;
	long wait;
	int typed;

	cog_buf_reset(&resp->body);
	resp->status = 0;
	cog_header_retry_reset(&resp->hint);
	resp->error[0] = '\0';
	errbuf[0] = '\0';
	resp->tries++;
	if ((wait = cog_rate_take(&h->rate)) > 0) {
		cog_http_log(h, "%s %s: waiting %.1f s for the rate limit",
		    req->method, req->path, wait / 1000.0);
		cog_http_sleep_ms(wait);
	}
	if (req->url)
		cog_buf_adds(&url, req->url);
	else
		cog_http_url(h, req->path, &url);
	hdrs = cog_http_headers("Accept: application/json", NULL);
	typed = 0;
	for (extra = req->headers; extra; extra = extra->next) {
		hdrs = cog_http_header_add(hdrs, extra->data);
		typed |= strncasecmp(extra->data, "Content-Type:", 13) == 0;
	}
	if (req->body && !typed)
		hdrs = cog_http_header_add(hdrs,
		    "Content-Type: application/json");
	curl_easy_reset(e);
	cog_http_easy_setup(h, e);
	curl_easy_setopt(e, CURLOPT_URL, url.p);
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, hdrs);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, resp);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, resp);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(e, CURLOPT_TIMEOUT, 300L);
	if (req->body) {
		curl_easy_setopt(e, CURLOPT_POSTFIELDS, req->body);
		curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE,
		    (curl_off_t)req->body_len);
	}
	code = curl_easy_perform(e);
	/* Drop our pointers to the body (a password) and the headers. */
	curl_easy_setopt(e, CURLOPT_POSTFIELDS, NULL);
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, NULL);
	cog_http_headers_free(hdrs);
	if (code == CURLE_OK) {
		curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &resp->status);
	} else if (code == CURLE_WRITE_ERROR &&
	    resp->body.len > MAX_BODY / 2) {
		snprintf(resp->error, sizeof(resp->error),
		    "response larger than %ld bytes", MAX_BODY);
	} else {
		snprintf(resp->error, sizeof(resp->error), "%s",
		    errbuf[0] ? errbuf : curl_easy_strerror(code));
	}
	cog_http_log(h, "%s %s -> %s%ld", req->method, req->path,
	    code == CURLE_OK ? "" : "error ", code == CURLE_OK ?
	    resp->status : (long)code);
	cog_buf_release(&url);
	return code;
}

int
cog_http_request(struct cog_http *h, const struct cog_http_req *req,
    struct cog_http_resp *resp)
{
	struct cog_retry r;
	CURLcode code;
	long delay;

	resp->tries = 0;
	cog_retry_start(&r, h->retries, h->retry_max_time,
	    cog_clock_ms());
	for (;;) {
		code = once(h, req, resp);
		if (code != CURLE_OK ? !cog_http_transient(code) :
		    !cog_http_retryable(resp->status))
			break;
		delay = cog_retry_next(&r, cog_clock_ms(),
		    resp->hint.retry_after, cog_retry_random());
		if (delay < 0) {
			cog_http_log(h, "%s %s: giving up after %d "
			    "retr%s", req->method, req->path, r.n,
			    r.n == 1 ? "y" : "ies");
			break;
		}
		if (code != CURLE_OK)
			cog_http_log(h, "%s %s: %s; retry %d/%d in %.1f s",
			    req->method, req->path, resp->error, r.n, r.max,
			    delay / 1000.0);
		else
			cog_http_log(h, "%s %s: HTTP %ld; retry %d/%d in %.1f "
			    "s%s", req->method, req->path, resp->status, r.n,
			    r.max, delay / 1000.0, resp->hint.retry_after >= 0 ?
			    " (Retry-After)" : "");
		cog_http_sleep_ms(delay);
	}
	return code == CURLE_OK ? 0 : -1;
}

void
cog_http_resp_release(struct cog_http_resp *resp)
{
	cog_buf_release(&resp->body);
}
