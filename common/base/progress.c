/* progress.c -- one self-erasing progress line on standard error */
#include <stdio.h>
#include <string.h>

#include "base/clock.h"
#include "base/err.h"
#include "base/progress.h"

static struct {
	int on, shown;
	long long start_ms, last_ms;
	int width;
} pr;

void
cog_progress_enable(int on)
{
	pr.on = on;
	pr.start_ms = cog_clock_ms();
}

/* Format n bytes as "12.3 MB" into buf[size]. */
static void
format_bytes(char *buf, unsigned long size, double n)
{
	static const char *const units[] = { "B", "kB", "MB", "GB", "TB" };
	int u = 0;

	while (n >= 1000 && u < 4) {
		n /= 1000;
		u++;
	}
	if (u == 0)
		snprintf(buf, size, "%.0f B", n);
	else
		snprintf(buf, size, "%.1f %s", n, units[u]);
}

void
cog_progress_update(long long done, long long total, long long bytes,
    int force)
{
	long long now = cog_clock_ms();
	double secs = (double)(now - pr.start_ms) / 1000, rate;
	char b[32], r[32], line[160];
	int n;

	if (!pr.on || (!force && now - pr.last_ms < 200))
		return;
	pr.last_ms = now;
	rate = secs > 0.05 ? bytes / secs : 0;
	format_bytes(b, sizeof(b), (double)bytes);
	format_bytes(r, sizeof(r), rate);
	if (total >= 0) {
		n = snprintf(line, sizeof(line), "%s: %lld/%lld sessions, %s, "
		    "%s/s", cog_progname, done, total, b, r);
		if (done > 0 && done < total && secs > 0.5) {
			long eta = (long)(secs * (double)(total - done) /
			    (double)done + 0.5);

			n += snprintf(line + n, sizeof(line) - (size_t)n,
			    ", ETA %ld:%02ld", eta / 60, eta % 60);
		}
	} else {
		n = snprintf(line, sizeof(line), "%s: %lld sessions, %s, %s/s",
		    cog_progname, done, b, r);
	}
	fprintf(stderr, "\r%s%*s", line, pr.width > n ? pr.width - n : 0, "");
	fflush(stderr);
	pr.width = n;
	pr.shown = 1;
}

void
cog_progress_text(const char *text, int force)
{
	long long now = cog_clock_ms();
	int n = (int)strlen(text);

	if (!pr.on || (!force && now - pr.last_ms < 200))
		return;
	pr.last_ms = now;
	fprintf(stderr, "\r%s%*s", text, pr.width > n ? pr.width - n : 0, "");
	fflush(stderr);
	pr.width = n;
	pr.shown = 1;
}

void
cog_progress_clear(void)
{
	if (!pr.shown)
		return;
	fprintf(stderr, "\r%*s\r", pr.width, "");
	fflush(stderr);
	pr.shown = 0;
	pr.width = 0;
}
