/*
 * recbench.c -- speed of cog_recognize on a text file, one call per line
 *
 *	usage: recbench [-n rounds] [-t default|all] file
 *
 * Prints bytes, spans found, seconds and MB/s (10^6 bytes) of the best
 * round.  Build: cc -O2 -Icommon tests/bench/recbench.c build/libcog.a
 * $(pkg-config --libs libcrypto libpsl libpcre2-8)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "detect.h"
#include "recognize.h"
#include "types.h"

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main(int argc, char *argv[])
{
	struct cog_spans sp = { NULL, 0, 0 };
	cog_typeset types = cog_default_types;
	size_t len = 0, cap = 0, nr, found = 0, p, q;
	double best = 1e30, t;
	char *text = NULL;
	int c, rounds = 5, r;
	FILE *f;

	while ((c = getopt(argc, argv, "n:t:")) != -1) {
		if (c == 'n')
			rounds = atoi(optarg);
		else if (c == 't' && strcmp(optarg, "all") == 0)
			types = ((1ULL << COG_NBUILTIN) - 1);
		else if (c != 't') {
			fprintf(stderr, "usage: recbench [-n rounds] "
			    "[-t default|all] file\n");
			return 2;
		}
	}
	if (optind + 1 != argc || (f = fopen(argv[optind], "rb")) == NULL) {
		fprintf(stderr, "recbench: cannot open the text file\n");
		return 2;
	}
	for (;;) {
		if (cap - len < 1 << 20 &&
		    (text = realloc(text, cap = cap * 2 + (1 << 20))) == NULL)
			return 2;
		if ((nr = fread(text + len, 1, cap - len, f)) == 0)
			break;
		len += nr;
	}
	fclose(f);
	for (r = 0; r < rounds; r++) {
		found = 0;
		t = now();
		for (p = 0; p < len; p = q + 1) {
			char *nl = memchr(text + p, '\n', len - p);

			q = nl ? (size_t)(nl - text) : len;
			sp.n = 0;
			cog_recognize(text + p, q - p, types, &sp);
			found += sp.n;
		}
		t = now() - t;
		if (t < best)
			best = t;
	}
	printf("bytes %zu spans %zu seconds %.4f MB/s %.1f\n", len, found,
	    best, len / best / 1e6);
	cog_spans_release(&sp);
	free(text);
	return 0;
}
