/*
 * person-dump -- the PERSON candidates of texts, with their features.
 *
 * For data/train-person.py, which builds it against build/libcog.a.
 * Reads texts from standard input, each as its length in bytes on a line
 * and then its bytes; for every candidate the names scan weighs, writes
 * a line: the text's number (from 0), the byte offsets of the candidate,
 * the hand-set and the learned points, and its features as index:value.
 */
#include <stdio.h>
#include <stdlib.h>

#include "pii/names.h"
#include "pii/person.h"
#include "pii/words.h"

static size_t text_no;

static void
trace(struct scan *sc, size_t i, size_t j, const struct person_x *x,
    float hand, float learned)
{
	unsigned k;

	printf("%zu\t%zu\t%zu\t%.4f\t%.4f\t", text_no, sc->w[i].st,
	    sc->w[j].en, hand, learned);
	for (k = 0; k < x->n; k++)
		printf("%s%u:%g", k ? " " : "", x->f[k], x->v[k]);
	putchar('\n');
}

int
main(void)
{
	struct cog_spans sp = { 0 };
	size_t n, cap = 0;
	char *buf = NULL;

	if (getenv("PERSON_DUMP_COUNT")) {
		printf("%d %d\n", PF_NAMED, PERSON_NWEIGHTS);
		return 0;
	}
	person_trace = trace;
	while (scanf("%zu", &n) == 1 && getchar() == '\n') {
		if (n + 1 > cap) {
			cap = n + 1;
			if ((buf = realloc(buf, cap)) == NULL)
				return 1;
		}
		if (fread(buf, 1, n, stdin) != n)
			return 1;
		sp.n = 0;
		cog_names_detect(buf, n, COG_NAMES_TYPES, &sp);
		text_no++;
	}
	cog_spans_release(&sp);
	free(buf);
	return 0;
}
