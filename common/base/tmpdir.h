/* tmpdir.h -- a private working folder that no killed run leaves behind */
#ifndef COG_TMPDIR_H
#define COG_TMPDIR_H

#include <stddef.h>

/*
 * A folder of a run's own under TMPDIR (/tmp when TMPDIR is unset or
 * empty), "<prefix>.XXXXXX", mode 0700.  The run holds an exclusive
 * flock(2) on it as long as it lives, and the kernel lets go of it when
 * the run dies, however (SIGKILL, a crash).  Making one first removes
 * every "<prefix>.XXXXXX" folder there of the same user that no live
 * run holds: what a killed run left is cleaned by the next.
 */
struct cog_tmpdir {
	char *path;		/* as made */
	int fd;			/* the folder, for the *at(2) calls; locked */
};

/*
 * Make a folder as above.  Return 0, or -1 with a message in err
 * (nothing is made then).
 */
int cog_tmpdir_make(struct cog_tmpdir *t, const char *prefix, char *err,
    size_t errlen);

/*
 * Remove the files in it and the folder, and close it; safe to call
 */
void cog_tmpdir_remove(struct cog_tmpdir *t);

#endif
