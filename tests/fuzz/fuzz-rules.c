/* fuzz-rules.c -- rules files, --rule specs and --field paths */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json/path.h"
#include "mask/rules.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cog_rules rs;
	struct cog_path p;
	char err[512], *s = malloc(size + 1);

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	cog_rules_init(&rs);
	(void)cog_rules_parse(&rs, s, size, err, sizeof(err));
	(void)cog_rules_add_spec(&rs, s, err, sizeof(err));
	if (cog_path_parse(&p, s, err, sizeof(err)) == 0)
		cog_path_free(&p);
	free(s);
	return 0;
}
