/* pattern.c -- unit tests of the --pattern option (common/pii/pattern.h) */
#include <stdio.h>
#include <string.h>

#include "pii/detect.h"
#include "pii/pattern.h"
#include "pii/types.h"
#include "tap.h"

/* The spans of a text as "TYPE start-end, ...", in buf. */
static const char *
spans(struct cog_detector *d, const char *s, char *buf, size_t len)
{
	struct cog_spans sp = { 0 };
	size_t i, at = 0;

	buf[0] = '\0';
	cog_detect(d, s, strlen(s), &sp);
	for (i = 0; i < sp.n && at < len; i++)
		at += (size_t)snprintf(buf + at, len - at, "%s%s %zu-%zu",
		    i ? ", " : "", cog_type_name(sp.v[i].type), sp.v[i].start,
		    sp.v[i].end);
	cog_spans_release(&sp);
	return buf;
}

/*
 * Arguments cog_pattern_add refuses: what each is, and the message it
 * leaves in err (NULL: not checked) with what that message shows.
 */
static const struct {
	const char *arg, *what, *err, *says;
} bad[] = {
	{ "TICKET", "no '=' is an error",
	    "--pattern: expected TYPE=REGEX, got 'TICKET'",
	    "... that shows the argument" },
	{ "=abc", "no type is an error",
	    "--pattern: expected TYPE=REGEX, got '=abc'", "... of the same shape" },
	{ "TICKET=", "no regex is an error", NULL, NULL },
	{ "bad name=x", "a name outside A-Z, 0-9 and _ is an error",
	    "--pattern: bad type name 'bad name' (use A-Z, 0-9 and _)",
	    "... that names it" },
	{ "X=(", "a bad regex is an error",
	    "--pattern X: bad regex at offset 1: missing closing parenthesis",
	    "... with PCRE2's message and offset" },
};

int
main(void)
{
	struct cog_detector *d = cog_detector_new(0);
	char err[256], buf[256];
	size_t i;
	int t, u;

	t = cog_pattern_add(d, "TICKET=TCK-[0-9]{4}", err, sizeof(err));
	ok(t >= COG_NBUILTIN, "a new name defines a user type");
	is_str(cog_type_name(t), "TICKET", "... named as given");
	is_str(spans(d, "see TCK-1234 and TCK-12", buf, sizeof(buf)),
	    "TICKET 4-12", "its regex is a recognizer of the type");
	u = cog_pattern_add(d, "TICKET=REF[0-9]+", err, sizeof(err));
	is_int(u, t, "the same name again is the same type");
	is_str(spans(d, "REF77 TCK-0001", buf, sizeof(buf)),
	    "TICKET 0-5, TICKET 6-14", "... with both regexes");
	is_int(cog_pattern_add(d, "email=[a-z]+#[a-z]+", err, sizeof(err)),
	    COG_EMAIL_ADDRESS, "an alias in any case names its built-in type");
	is_int(cog_pattern_add(d, "X=a=b", err, sizeof(err)) >= 0, 1,
	    "the regex is everything after the first '='");
	is_str(spans(d, "xa=b", buf, sizeof(buf)), "X 1-4",
	    "... so it may hold '='");

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		is_int(cog_pattern_add(d, bad[i].arg, err, sizeof(err)), -1,
		    "%s", bad[i].what);
		if (bad[i].err)
			is_str(err, bad[i].err, "%s", bad[i].says);
	}

	cog_detector_set_types(d, COG_TYPEBIT(COG_EMAIL_ADDRESS));
	is_str(spans(d, "TCK-4321 a@example.com", buf, sizeof(buf)),
	    "TICKET 0-8, EMAIL_ADDRESS 9-22",
	    "patterns are found whatever the set of built-in types");
	cog_detector_free(d);
	return tap_done();
}
