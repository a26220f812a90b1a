/* http.h -- libcurl set up one way for every network tool, with retries */
#ifndef COG_HTTP_H
#define COG_HTTP_H

#include <curl/curl.h>

#include "base/buf.h"
#include "net/header.h"
#include "net/rate.h"

/* Connection settings and the retry policy, from options and env. */
struct cog_http {
	char *base_url;		/* no trailing '/'; set by cog_http_setup */
	char *shown_url;	/* base_url as printed: cog_http_shown_url */
	const char *base_opt;	/* --base-url, else COG_BASE_URL */
	const char *cacert;	/* --cacert */
	int insecure;		/* --insecure */
	int allow_http;		/* --allow-http */
	int verbose;		/* -v: log requests and retries */
	int retries;		/* --retries */
	long retry_max_time;	/* --retry-max-time, seconds */
	struct cog_rate rate;	/* --rate: every try takes a slot */
	CURL *easy;		/* reused by cog_http_request (keep-alive) */
};

/* Set the defaults: COG_RETRY_DEFAULT retries, COG_RETRY_MAX_TIME. */
void cog_http_init(struct cog_http *h);

/*
 * Settle the base URL (dying with a usage error when there is none, or
 * cog_http_check_url refuses it), warn about --insecure and initialise
 * libcurl.  Call once, after the options.
 */
void cog_http_setup(struct cog_http *h);

/*
 * Initialise libcurl for requests to full URLs (cog_http_req.url) with
 * no base URL, as for webhooks.  Call once, after the options.
 */
void cog_http_setup_bare(struct cog_http *h);

/*
 * The plain-http policy of every tool: url must be http or https, and
 * plain http goes to the loopback (localhost, 127.0.0.0/8, ::1) freely,
 * to another host only with --allow-http, with a warning.  Anything else
 * is a usage error.  what names the URL in messages ("--url"); NULL
 * means the tenant's base URL, to which credentials go.
 */
void cog_http_check_url(const struct cog_http *h, const char *url,
    const char *what);

/*
 * Append url to out as it may be printed (in a diagnostic, a -v log, a
 * status line): without the userinfo ("user:password@") of its
 * authority, and without its query and fragment, which may carry a
 * secret too.  Every URL a tool prints goes through here.
 */
void cog_http_shown_url(const char *url, struct cog_buf *out);

/* Free what setup made and clean up libcurl. */
void cog_http_release(struct cog_http *h);

/*
 * Give an easy handle the shared settings: User-Agent, TLS verification
 * and --cacert, protocols http and https only, no redirects, TCP
 * keep-alive, connect and stall timeouts.  Proxies come from the usual
 * environment variables, as libcurl reads them.
 */
void cog_http_easy_setup(const struct cog_http *h, CURL *e);

/* Append base_url and path (which starts with '/') to out. */
void cog_http_url(const struct cog_http *h, const char *path,
    struct cog_buf *out);

/*
 * A list of request header lines: the NULL-terminated arguments (NULL
 * for none).  cog_http_header_add appends one line.  Free the list with
 * cog_http_headers_free, which wipes the lines: one may be a credential.
 */
struct curl_slist *cog_http_headers(const char *line, ...);
struct curl_slist *cog_http_header_add(struct curl_slist *l,
    const char *line);
void cog_http_headers_free(struct curl_slist *l);

/* Whether a transfer that failed with code is worth trying again. */
int cog_http_transient(CURLcode code);

/* Whether an HTTP status is worth trying again (429, 500, 502-504). */
int cog_http_retryable(long status);

/* With -v, print "prog: msg" on stderr.  Never give it a secret. */
void cog_http_log(const struct cog_http *h, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * A request for cog_http_request.  It sends "Accept: application/json",
 * and "Content-Type: application/json" with a body unless headers has a
 * Content-Type.
 */
struct cog_http_req {
	const char *method;	/* "GET" or "POST" */
	const char *path;	/* after the base URL, with the query */
	const char *body;	/* POST body, or NULL */
	size_t body_len;
	const char *url;	/* a full URL to use instead of path, or NULL */
	struct curl_slist *headers;	/* more header lines (the credential,
					   a Content-Type), or NULL */
};

/* Its outcome.  Zero it before first use; release with ..._release. */
struct cog_http_resp {
	long status;		/* 0 when no response came */
	struct cog_buf body;	/* the response body */
	struct cog_header_retry hint;	/* Retry-After, WWW-Authenticate */
	int tries;		/* requests sent */
	char error[CURL_ERROR_SIZE + 64];	/* why no response came */
};

/*
 * Send req and wait for the whole response, trying again after 429 (as
 * Retry-After says, else with backoff), 5xx and network errors within
 * the retry budget; each retry is logged with -v.  Each try waits for a
 * slot of the rate limit first.  Return 0 when a
 * response came (whatever its status), -1 when none did (resp->error).
 */
int cog_http_request(struct cog_http *h, const struct cog_http_req *req,
    struct cog_http_resp *resp);

void cog_http_resp_release(struct cog_http_resp *resp);

/* Sleep for ms milliseconds. */
void cog_http_sleep_ms(long ms);

#endif
