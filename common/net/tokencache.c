/* tokencache.c -- where a login's token is kept between runs, and how */
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/digest.h"
#include "base/encode.h"
#include "base/err.h"
#include "base/file.h"
#include "base/secret.h"
#include "json/jget.h"
#include "net/tokencache.h"

int
cog_tokencache_path(const char *base_url, struct cog_buf *out)
{
	const char *xdg = getenv("XDG_CACHE_HOME"), *home;
	struct cog_sha256 h = { NULL };
	unsigned char md[COG_SHA256_LEN];

	if (xdg != NULL && xdg[0] == '/') {
		cog_buf_adds(out, xdg);
	} else {
		home = getenv("HOME");
		if (home == NULL || home[0] == '\0') {
			struct passwd *pw = getpwuid(getuid());

			home = pw ? pw->pw_dir : NULL;
		}
		if (home == NULL || home[0] == '\0')
			return -1;
		cog_buf_adds(out, home);
		cog_buf_adds(out, "/.cache");
	}
	cog_buf_adds(out, "/cog/token-");
	cog_sha256_update(&h, base_url, strlen(base_url));
	cog_sha256_final(&h, md);
	cog_sha256_release(&h);
	cog_hex_encode(out, md, 16);
	cog_buf_adds(out, ".json");
	return 0;
}

int
cog_tokencache_read(const char *path, const char *base_url,
    struct cog_bearer *t)
{
	struct cog_buf url = COG_BUF_INIT, tok = COG_BUF_INIT,
	    scope = COG_BUF_INIT, refresh = COG_BUF_INIT;
	struct cog_secret b = { NULL, 0, 0, 0 };
	struct stat st;
	long long exp = 0, life = 0;
	char err[512];
	int fd, r = 0;

	memset(t, 0, sizeof(*t));
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) < 0)
		return errno == ENOENT || errno == ENOTDIR || errno == ELOOP ?
		    0 : -1;
	if (fstat(fd, &st) < 0) {
		close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode) || st.st_uid != geteuid()) {
		close(fd);
		return 0;
	}
	/* The policy of secret files: a warning when others may read it. */
	if (cog_secret_read_fd(&b, fd, path, "token cache", 0, err,
	    sizeof(err)) < 0)
		return -1;
	if (cog_jget_str(b.p, b.len, "base_url", &url) == 1 &&
	    strcmp(url.p, base_url) == 0 &&
	    cog_jget_str(b.p, b.len, "token", &tok) == 1 && tok.len > 0 &&
	    cog_jget_int(b.p, b.len, "expires_at", &exp) == 1) {
		cog_jget_str(b.p, b.len, "scope", &scope);
		cog_jget_int(b.p, b.len, "lifetime", &life);
		t->base_url = cog_buf_detach(&url, NULL);
		t->token = cog_buf_detach(&tok, NULL);
		t->scope = cog_buf_detach(&scope, NULL);
		t->expires_at = (time_t)exp;
		t->lifetime = life > 0 ? (long)life : 0;
		if (cog_jget_str(b.p, b.len, "refresh", &refresh) == 1 &&
		    refresh.len > 0)
			t->refresh = cog_buf_detach(&refresh, NULL);
		r = 1;
	}
	if (tok.p)
		explicit_bzero(tok.p, tok.len);
	if (refresh.p)
		explicit_bzero(refresh.p, refresh.len);
	cog_secret_release(&b);
	cog_buf_release(&url);
	cog_buf_release(&tok);
	cog_buf_release(&scope);
	cog_buf_release(&refresh);
	return r;
}

/* mkdir -p of the directory part of path, new directories mode 0700. */
static int
mkparents(const char *path)
{
	char *dir = cog_xstrdup(path), *p;
	int r = 0;

	for (p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) < 0 && errno != EEXIST) {
			r = -1;
			break;
		}
		*p = '/';
	}
	free(dir);
	return r;
}

int
cog_tokencache_write(const char *path, const struct cog_bearer *t)
{
	struct cog_buf b = COG_BUF_INIT;
	int r, saved;

	if (mkparents(path) < 0)
		return -1;
	cog_buf_adds(&b, "{\"base_url\":");
	cog_buf_add_jstr(&b, t->base_url, strlen(t->base_url));
	cog_buf_adds(&b, ",\"token\":");
	cog_buf_add_jstr(&b, t->token, strlen(t->token));
	cog_buf_addf(&b, ",\"expires_at\":%lld,\"lifetime\":%ld,\"scope\":",
	    (long long)t->expires_at, t->lifetime);
	cog_buf_add_jstr(&b, t->scope ? t->scope : "",
	    t->scope ? strlen(t->scope) : 0);
	if (t->refresh) {
		cog_buf_adds(&b, ",\"refresh\":");
		cog_buf_add_jstr(&b, t->refresh, strlen(t->refresh));
	}
	cog_buf_adds(&b, "}\n");
	r = cog_file_replace(path, b.p, b.len, 0600);
	saved = errno;
	explicit_bzero(b.p, b.len);
	cog_buf_release(&b);
	errno = saved;
	return r;
}

int
cog_tokencache_remove(const char *path)
{
	if (unlink(path) == 0)
		return 0;
	return errno == ENOENT || errno == ENOTDIR ? 1 : -1;
}

long
cog_bearer_margin(const struct cog_bearer *t)
{
	if (t->lifetime > 0 && t->lifetime < 120)
		return t->lifetime / 2;
	return 60;
}

int
cog_bearer_fresh(const struct cog_bearer *t, time_t now)
{
	if (t->token == NULL)
		return 0;
	if (t->expires_at == 0)
		return 1;
	return now < t->expires_at - cog_bearer_margin(t);
}

void
cog_bearer_release(struct cog_bearer *t)
{
	if (t->token)
		explicit_bzero(t->token, strlen(t->token));
	if (t->refresh)
		explicit_bzero(t->refresh, strlen(t->refresh));
	free(t->base_url);
	free(t->token);
	free(t->refresh);
	free(t->scope);
	memset(t, 0, sizeof(*t));
}
