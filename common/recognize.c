/* recognize.c -- the built-in pattern and checksum recognizers */
#include "recognize.h"

void
cog_recognize(const char *s, size_t n, cog_typeset types,
    struct cog_spans *out)
{
	(void)s, (void)n, (void)types, (void)out;
}
