/* normalize.c -- canonical forms of detected values, for stable tokens */
#include <ctype.h>
#include <string.h>

#include "normalize.h"
#include "types.h"

int
cog_normalize_set_region(const char *cc)
{
	return strcmp(cc, "US") == 0 ? 0 : -1;
}

void
cog_normalize(int type, const char *s, size_t n, struct cog_buf *out)
{
	size_t i;

	switch (type) {
	case COG_EMAIL_ADDRESS:
		for (i = 0; i < n; i++)
			cog_buf_addc(out, tolower((unsigned char)s[i]));
		break;
	case COG_PHONE_NUMBER:
	case COG_CREDIT_CARD:
	case COG_US_SSN:
		for (i = 0; i < n; i++)
			if (isdigit((unsigned char)s[i]))
				cog_buf_addc(out, s[i]);
		break;
	default:
		cog_buf_add(out, s, n);
		break;
	}
}
