/* Output files: each kind of path the user may name is written without
 * harm to what it is; a tool's own file is replaced, never followed;
 * private directories and files created under them. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/file.h"
#include "scratch.h"
#include "tap.h"

static char dir[] = "/tmp/cogfile.XXXXXX";

static char *
at(const char *name)
{
	static char p[4][256];
	static int i;

	i = (i + 1) % 4;
	snprintf(p[i], sizeof(p[i]), "%s/%s", dir, name);
	return p[i];
}

static void
put(const char *name, const char *s)
{
	FILE *f = fopen(at(name), "w");

	fputs(s, f);
	fclose(f);
}

/* The contents of name, as a static string ("" when unreadable). */
static const char *
get(const char *name)
{
	static struct cog_buf b;

	cog_buf_reset(&b);
	if (cog_file_read(at(name), &b) < 0 || b.p == NULL)
		return "";
	return b.p;
}

static int
entries(void)
{
	char cmd[300];
	FILE *p;
	int n = -1;

	snprintf(cmd, sizeof(cmd), "ls -A '%s' | wc -l", dir);
	if ((p = popen(cmd, "r")) != NULL) {
		if (fscanf(p, "%d", &n) != 1)
			n = -1;
		pclose(p);
	}
	return n;
}

static void
user_named(void)
{
	struct stat st, st2;
	char buf[64], path[64];
	mode_t um;
	int p[2], rfd, n;

	/* A new file: created with the mode less the umask. */
	um = umask(022);
	ok(cog_file_write(at("new"), "one\n", 4, 0666) == 0,
	    "a new file is written");
	is_str(get("new"), "one\n", "... with the bytes");
	ok(stat(at("new"), &st) == 0 && (st.st_mode & 0777) == 0644,
	    "... mode 0666 less the umask");
	is_int(entries(), 1, "... and no temporary file is left");

	/* A regular file: replaced by a new inode, its mode kept. */
	chmod(at("new"), 0600);
	stat(at("new"), &st);
	ok(cog_file_write(at("new"), "two\n", 4, 0666) == 0,
	    "a regular file is replaced");
	stat(at("new"), &st2);
	is_str(get("new"), "two\n", "... with the new bytes");
	ok(st.st_ino != st2.st_ino, "... atomically, by another file");
	is_int(st2.st_mode & 0777, 0600, "... that keeps its mode");
	umask(um);

	/* A symbolic link: followed, the link stays, the target changes. */
	put("target", "old target\n");
	symlink(at("target"), at("link"));
	ok(cog_file_write(at("link"), "through\n", 8, 0666) == 0,
	    "a symbolic link is written through");
	ok(lstat(at("link"), &st) == 0 && S_ISLNK(st.st_mode),
	    "... and stays a link");
	is_str(get("target"), "through\n", "... its target gets the bytes");

	/* A dangling link: nothing is created at its target. */
	symlink(at("nowhere"), at("dangling"));
	errno = 0;
	ok(cog_file_write(at("dangling"), "x", 1, 0666) < 0 &&
	    errno == ENOENT, "a dangling link is an error");
	ok(access(at("nowhere"), F_OK) < 0, "... and creates nothing");

	/* A fifo: the reader gets the bytes, the fifo stays a fifo. */
	mkfifo(at("fifo"), 0600);
	rfd = open(at("fifo"), O_RDONLY | O_NONBLOCK);
	ok(cog_file_write(at("fifo"), "piped\n", 6, 0666) == 0,
	    "a fifo is written through");
	n = (int)read(rfd, buf, sizeof(buf) - 1);
	buf[n > 0 ? n : 0] = '\0';
	is_str(buf, "piped\n", "... its reader gets the bytes");
	ok(lstat(at("fifo"), &st) == 0 && S_ISFIFO(st.st_mode),
	    "... and it stays a fifo");
	close(rfd);

	/* /dev/fd/N: the descriptor itself, as with >(jq .). */
	if (pipe(p) == 0) {
		snprintf(path, sizeof(path), "/dev/fd/%d", p[1]);
		ok(cog_file_write(path, "fd\n", 3, 0666) == 0,
		    "/dev/fd/N is written to descriptor N");
		close(p[1]);
		n = (int)read(p[0], buf, sizeof(buf) - 1);
		buf[n > 0 ? n : 0] = '\0';
		is_str(buf, "fd\n", "... which gets the bytes");
		close(p[0]);
	}
	ok(cog_file_write("/dev/fd/987", "x", 1, 0666) < 0 &&
	    errno == EBADF, "/dev/fd/N of a closed descriptor fails");

	/* "-" and /dev/stdout: standard output, not a file named "-". */
	fflush(stdout);
	{
		int save = dup(1), fd = open(at("stdout"), O_WRONLY |
		    O_CREAT | O_APPEND, 0600);

		write(fd, "before\n", 7);
		dup2(fd, 1);
		close(fd);
		cog_file_write("-", "dash\n", 5, 0666);
		cog_file_write("/dev/stdout", "dev\n", 4, 0666);
		dup2(save, 1);
		close(save);
	}
	is_str(get("stdout"), "before\ndash\ndev\n",
	    "'-' and /dev/stdout write to standard output, appending");
	ok(access("-", F_OK) < 0, "... and create no file named '-'");

	/* A directory is an error. */
	mkdir(at("adir"), 0700);
	ok(cog_file_write(at("adir"), "x", 1, 0666) < 0 && errno == EISDIR,
	    "a directory is refused");
}

static void
streamed(void)
{
	struct cog_ofile f;
	struct stat st;
	int n;

	put("stream", "kept\n");
	n = entries();
	ok(cog_ofile_open(&f, at("stream"), 0666) == 0, "cog_ofile_open");
	write(f.fd, "half", 4);
	is_str(get("stream"), "kept\n",
	    "until commit, the old file is there, whole");
	cog_ofile_abort(&f);
	is_str(get("stream"), "kept\n", "abort leaves it unchanged");
	ok(stat(at("stream"), &st) == 0, "... and removes the new file");
	is_int(entries(), n, "... leaving nothing else");
	cog_ofile_open(&f, at("stream"), 0666);
	write(f.fd, "new\n", 4);
	ok(cog_ofile_commit(&f) == 0, "commit");
	is_str(get("stream"), "new\n", "... puts the new file in place");
}

static void
own_files(void)
{
	struct stat st;
	int n;

	put("victim", "victim\n");
	symlink(at("victim"), at("cache"));
	ok(cog_file_replace(at("cache"), "secret\n", 7, 0600) == 0,
	    "cog_file_replace over a link");
	ok(lstat(at("cache"), &st) == 0 && S_ISREG(st.st_mode) &&
	    (st.st_mode & 077) == 0, "... replaces the link by a 0600 file");
	is_str(get("victim"), "victim\n", "... and never writes its target");
	n = entries();
	cog_file_replace(at("cache"), "again\n", 6, 0600);
	is_int(entries(), n, "... leaving no temporary file");
}

static void
private_dirs(void)
{
	char err[300];
	struct stat st;
	int dfd, fd;

	dfd = cog_dir_open_private(at("p/q"), err, sizeof(err));
	ok(dfd >= 0, "a private directory is created, parents too");
	ok(stat(at("p/q"), &st) == 0 && (st.st_mode & 0777) == 0700,
	    "... 0700");
	fd = cog_file_open_at(dfd, "f", O_WRONLY | O_CREAT | O_EXCL, 0600);
	ok(fd >= 0, "a file is created under it");
	close(fd);
	errno = 0;
	ok(cog_file_open_at(dfd, "f", O_WRONLY | O_CREAT | O_EXCL, 0600) < 0
	    && errno == EEXIST, "... exclusively");
	symlink(at("victim"), at("p/q/l"));
	errno = 0;
	ok(cog_file_open_at(dfd, "l", O_RDONLY, 0) < 0 && errno == ELOOP,
	    "a link under it is not followed");
	mkfifo(at("p/q/ff"), 0600);
	errno = 0;
	ok(cog_file_open_at(dfd, "ff", O_WRONLY, 0) < 0 && errno == EINVAL,
	    "a fifo under it is refused, without waiting for a reader");
	close(dfd);
	chmod(at("p/q"), 0770);
	ok(cog_dir_open_private(at("p/q"), err, sizeof(err)) < 0 &&
	    strstr(err, "can be written by its group") != NULL,
	    "a directory its group can write to is refused");
	chmod(at("p/q"), 0703);
	ok(cog_dir_open_private(at("p/q"), err, sizeof(err)) < 0 &&
	    strstr(err, "can be written by all users") != NULL,
	    "... and one others can write to");
	chmod(at("p/q"), 0755);
	dfd = cog_dir_open_private(at("p/q"), err, sizeof(err));
	ok(dfd >= 0, "one that only its owner writes to is taken");
	close(dfd);
}

int
main(void)
{
	if (mkdtemp(dir) == NULL)
		return 2;
	user_named();
	streamed();
	own_files();
	private_dirs();
	if (scratch_remove(dir) != 0)
		return 2;
	return tap_done();
}
