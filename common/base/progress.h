/* progress.h -- one self-erasing progress line on standard error */
#ifndef COG_PROGRESS_H
#define COG_PROGRESS_H

/* Turn the line on or off (off by default; tools decide by isatty(2)). */
void cog_progress_enable(int on);

/*
 * Redraw "prog: DONE/TOTAL sessions, BYTES, RATE/s, ETA" (TOTAL < 0 when
 * unknown, leaving out the ETA), at most a few times a second unless
 * force is set.
 */
void cog_progress_update(long long done, long long total, long long bytes,
    int force);

/*
 * Redraw the line as text (no newline; at most a few times a second
 * unless force is set), for progress other than sessions.
 */
void cog_progress_text(const char *text, int force);

/*
 * Erase the line, if shown, so that a diagnostic can be printed; the next
 * update draws it again.  Tools call this before writing to stderr.
 */
void cog_progress_clear(void);

#endif
