/* scratch.h -- the scratch directory of a unit test that writes files */
#ifndef COG_SCRATCH_H
#define COG_SCRATCH_H

#include <stdio.h>
#include <stdlib.h>

/* Removes dir and all below it; 0 when that worked. */
static int
scratch_remove(const char *dir) __attribute__((unused));

static int
scratch_remove(const char *dir)
{
	char cmd[300];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

#endif
