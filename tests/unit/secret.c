/* The secret reader: one newline stripped, loose modes, limits, env. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/err.h"
#include "base/secret.h"
#include "scratch.h"
#include "tap.h"

static char dir[] = "/tmp/cogsecret.XXXXXX";

static const char *
put(const char *name, const char *data, size_t n, mode_t mode)
{
	static char path[256];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "w");
	fwrite(data, 1, n, f);
	fclose(f);
	chmod(path, mode);
	return path;
}

/* cog_secret_read of path, what it prints on stderr caught in warned. */
static int
readit(const char *path, int flags, struct cog_secret *s, char *err,
    char *warned, size_t wn)
{
	char tmp[256];
	int saved, fd, r;
	ssize_t got;

	snprintf(tmp, sizeof(tmp), "%s/stderr", dir);
	fflush(stderr);
	saved = dup(2);
	fd = open(tmp, O_RDWR | O_CREAT | O_TRUNC, 0600);
	dup2(fd, 2);
	r = cog_secret_read(s, path, "key file", flags, err, 256);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	got = pread(fd, warned, wn - 1, 0);
	warned[got > 0 ? got : 0] = '\0';
	close(fd);
	return r;
}

static void
newlines(void)
{
	static const struct { const char *in, *out; } t[] = {
		{ "abcdef\n", "abcdef" },
		{ "abcdef\r\n", "abcdef" },
		{ "abcdef\n\n", "abcdef\n" },
		{ "abcdef", "abcdef" },
		{ " abc \n", " abc " },
		{ "\n", "" },
		{ "", "" },
	};
	struct cog_secret s = { NULL, 0, 0, 0 };
	char err[256], w[256];
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		const char *p = put("nl", t[i].in, strlen(t[i].in), 0600);

		ok(readit(p, 0, &s, err, w, sizeof(w)) == 0,
		    "read case %zu", i);
		is_int(s.len, strlen(t[i].out), "case %zu: length", i);
		ok(s.p && memcmp(s.p, t[i].out, s.len) == 0 &&
		    s.p[s.len] == '\0', "case %zu: exactly one newline off", i);
		is_str(w, "", "case %zu: a private file is not warned about",
		    i);
	}
	cog_secret_release(&s);
	ok(s.p == NULL && s.len == 0, "release empties it");
}

static void
modes(void)
{
	struct cog_secret s = { NULL, 0, 0, 0 };
	char err[256], w[256], want[512];
	const char *p = put("loose", "0123456789abcdef\n", 17, 0644);

	ok(readit(p, 0, &s, err, w, sizeof(w)) == 0 && s.loose,
	    "a 0644 file is read, and loose");
	snprintf(want, sizeof(want), "unit: key file '%s' can be read by "
	    "other users\n", p);
	is_str(w, want, "... and warned about");
	ok(readit(p, COG_SECRET_QUIET, &s, err, w, sizeof(w)) == 0 &&
	    s.loose && w[0] == '\0',
	    "COG_SECRET_QUIET leaves it to the caller");
	p = put("grp", "0123456789abcdef", 16, 0640);
	ok(readit(p, 0, &s, err, w, sizeof(w)) == 0 && s.loose && w[0],
	    "a group-readable file is loose too");
	p = put("tight", "0123456789abcdef", 16, 0400);
	ok(readit(p, 0, &s, err, w, sizeof(w)) == 0 && !s.loose && !w[0],
	    "a 0400 file is not");
	cog_secret_release(&s);
}

static void
failures(void)
{
	struct cog_secret s = { NULL, 0, 0, 0 };
	char err[256], w[256], path[256], want[512];
	char *big;
	size_t n = COG_SECRET_MAX + 1;

	snprintf(path, sizeof(path), "%s/none", dir);
	ok(readit(path, 0, &s, err, w, sizeof(w)) == -1, "a missing file");
	snprintf(want, sizeof(want), "cannot read key file '%s': No such "
	    "file or directory", path);
	is_str(err, want, "... names the file and the reason");
	ok(s.p == NULL, "... and leaves s empty");
	big = calloc(1, n);
	memset(big, 'x', n);
	ok(readit(put("big", big, n, 0600), 0, &s, err, w, sizeof(w)) == -1,
	    "a file over COG_SECRET_MAX is refused");
	ok(strstr(err, "too large for a secret") != NULL, "... saying so");
	ok(readit(put("max", big, n - 1, 0600), 0, &s, err, w,
	    sizeof(w)) == 0 && s.len == n - 1, "COG_SECRET_MAX bytes are fine");
	free(big);
	ok(readit(dir, 0, &s, err, w, sizeof(w)) == -1 &&
	    strstr(err, "Is a directory") != NULL, "a directory is refused");
	cog_secret_release(&s);
}

/* A pipe has no size ahead: the buffer grows, wiping as it moves. */
static void
from_fifo(void)
{
	struct cog_secret s = { NULL, 0, 0, 0 };
	char err[256], w[256], path[256], chunk[1000];
	pid_t pid;
	int fd, i;

	snprintf(path, sizeof(path), "%s/fifo", dir);
	ok(mkfifo(path, 0600) == 0, "a fifo");
	if ((pid = fork()) == 0) {
		fd = open(path, O_WRONLY);
		memset(chunk, 'k', sizeof(chunk));
		for (i = 0; i < 70; i++)
			if (write(fd, chunk, sizeof(chunk)) < 0)
				_exit(1);
		if (write(fd, "\n", 1) < 0)
			_exit(1);
		_exit(0);
	}
	ok(readit(path, 0, &s, err, w, sizeof(w)) == 0, "read from a fifo");
	waitpid(pid, NULL, 0);
	is_int(s.len, 70000, "all of it, less the newline");
	ok(s.p[0] == 'k' && s.p[69999] == 'k' && s.p[70000] == '\0',
	    "... the bytes intact");
	ok(!s.loose && !w[0], "a fifo is not warned about");
	cog_secret_release(&s);
}

static void
env(void)
{
	struct cog_secret s = { NULL, 0, 0, 0 };

	setenv("COG_UNIT_SECRET", "hunter2-hunter2-hunter2", 1);
	ok(cog_secret_env(&s, "COG_UNIT_SECRET") == 1, "a set variable");
	is_str(s.p, "hunter2-hunter2-hunter2", "... copied");
	setenv("COG_UNIT_SECRET", "", 1);
	ok(cog_secret_env(&s, "COG_UNIT_SECRET") == 0 && s.p == NULL,
	    "an empty variable is none");
	unsetenv("COG_UNIT_SECRET");
	ok(cog_secret_env(&s, "COG_UNIT_SECRET") == 0, "an unset one too");
	cog_secret_release(&s);
}

int
main(void)
{
	cog_setprogname("unit");
	if (mkdtemp(dir) == NULL)
		return 2;
	newlines();
	modes();
	failures();
	from_fifo();
	env();
	if (scratch_remove(dir) != 0)
		ok(0, "clean up");
	return tap_done();
}
