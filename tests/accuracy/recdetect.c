/*
 * recdetect.c -- print the built-in recognizers' spans for each line of
 * plain text, in the format of "cog-mask --text --detect", so that the
 * accuracy harness can run before or without cog-mask.
 *
 *	usage: recdetect [-t TYPE,...] < texts
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "detect.h"
#include "recognize.h"
#include "types.h"

/* Code points in the n bytes at s (UTF-8 continuation bytes not counted). */
static size_t
cpcount(const char *s, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += ((unsigned char)s[i] & 0xc0) != 0x80;
	return k;
}

int
main(int argc, char *argv[])
{
	struct cog_spans sp = { NULL, 0, 0 };
	cog_typeset types = ((1ULL << COG_NBUILTIN) - 1) &
	    ~(COG_TYPEBIT(COG_PERSON) | COG_TYPEBIT(COG_LOCATION));
	char *line = NULL, *tok;
	size_t cap = 0, i, lineno = 0;
	ssize_t len;
	int c, t;

	while ((c = getopt(argc, argv, "t:")) != -1) {
		if (c != 't') {
			fprintf(stderr, "usage: recdetect [-t types]\n");
			return 2;
		}
		types = 0;
		for (tok = strtok(optarg, ","); tok; tok = strtok(NULL, ",")) {
			if ((t = cog_type_lookup(tok, strlen(tok))) < 0) {
				fprintf(stderr, "recdetect: unknown type '%s'\n",
				    tok);
				return 2;
			}
			types |= COG_TYPEBIT(t);
		}
	}
	while ((len = getline(&line, &cap, stdin)) != -1) {
		lineno++;
		if (len > 0 && line[len - 1] == '\n')
			len--;
		sp.n = 0;
		cog_recognize(line, (size_t)len, types, &sp);
		cog_spans_merge(&sp);
		for (i = 0; i < sp.n; i++)
			printf("{\"line\":%zu,\"path\":\".\",\"type\":\"%s\","
			    "\"start\":%zu,\"end\":%zu,\"score\":%.2f}\n",
			    lineno, cog_type_name(sp.v[i].type),
			    cpcount(line, sp.v[i].start),
			    cpcount(line, sp.v[i].end), sp.v[i].score);
	}
	free(line);
	cog_spans_release(&sp);
	return ferror(stdin) || fflush(stdout) ? 2 : 0;
}
