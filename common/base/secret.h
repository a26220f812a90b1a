/* secret.h -- the one reader of secrets: key, password and token files */
#ifndef COG_SECRET_H
#define COG_SECRET_H

#include <stddef.h>

/* Secret files larger than this are refused. */
#define COG_SECRET_MAX (1024 * 1024)

/*
 * A secret's bytes, owned: p[len] is '\0' (p is NULL when nothing was
 * read).  No copy of them is left behind: the buffer is wiped before it
 * is freed or moved, and cog_secret_release wipes it.  Zero it first.
 */
struct cog_secret {
	char *p;
	size_t len, cap;
	int loose;		/* from a file that others may read */
};

enum {
	COG_SECRET_QUIET = 1	/* do not warn about a loose file: the caller
				   decides (see cog_secret_warn_loose) */
};

/*
 * Read the secret in the file at path into s, replacing what it held:
 * the file's bytes less exactly one trailing newline ("\n" or "\r\n").
 * what names the file in messages ("key file", "password file").  A
 * regular file that its group or others may access sets s->loose and is
 * warned about ("what 'path' can be read by other users") unless flags
 * has COG_SECRET_QUIET.  Return 0, or -1 with "cannot read what 'path':
 * reason" in err (s is then empty).
 */
int cog_secret_read(struct cog_secret *s, const char *path, const char *what,
    int flags, char *err, size_t errlen);

/*
 * The same for the file open at fd (path names it in messages), which
 * is closed, whatever the outcome: for a caller that opened it its own
 * way (without following a link, say).
 */
int cog_secret_read_fd(struct cog_secret *s, int fd, const char *path,
    const char *what, int flags, char *err, size_t errlen);

/*
 * Copy the environment variable name into s, replacing what it held.
 * Return 1 when it is set and not empty, else 0 (s empty).
 */
int cog_secret_env(struct cog_secret *s, const char *name);

/* Warn that the file at path, named what, can be read by other users. */
void cog_secret_warn_loose(const char *what, const char *path);

/* Wipe and free the bytes; s is empty again. */
void cog_secret_release(struct cog_secret *s);

#endif
