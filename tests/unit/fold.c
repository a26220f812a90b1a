/* The text detection reads: ASCII runs, UTF-8 checks, folded look-alikes. */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "mask/fold.h"
#include "tap.h"

#define S(x) x, strlen(x)

int
main(void)
{
	struct cog_buf b = COG_BUF_INIT;
	size_t *map = NULL, cap = 0;
	const char *wide = "a\xef\xbc\x94\xef\xbc\xa0" "b";	/* a４＠b */
	char longer[40];

	is_int(cog_fold_ascii(S("")), 0, "ascii: empty");
	is_int(cog_fold_ascii(S("plain ascii text that is long enough")), 36,
	    "ascii: all of a long text");
	memset(longer, 'x', sizeof(longer));
	longer[33] = (char)0xc3;
	is_int(cog_fold_ascii(longer, sizeof(longer)), 33,
	    "ascii: the first byte beyond, after sixteen-byte steps");
	is_int(cog_fold_valid(S("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80")),
	    14, "valid: two-, three- and four-byte characters");
	is_int(cog_fold_valid(S("ab\xff")), 2, "valid: a byte that starts none");
	is_int(cog_fold_valid(S("a\xc0\xaf")), 1, "valid: an overlong form");
	is_int(cog_fold_valid(S("a\xed\xa0\x80")), 1, "valid: a surrogate");
	is_int(cog_fold_valid(S("a\xe2\x82")), 1, "valid: a cut sequence");
	cog_fold_clean(S("a\xff\xc3\xa9\xe2\x82"), &b);
	is_str(b.p, "a\xef\xbf\xbd\xc3\xa9\xef\xbf\xbd\xef\xbf\xbd",
	    "clean: one U+FFFD a byte, valid characters kept");

	is_int(cog_fold(S("nothing to fold, caf\xc3\xa9"), &b, &map, &cap),
	    0, "fold: none in the text");
	is_int(cog_fold(wide, strlen(wide), &b, &map, &cap), 1,
	    "fold: full-width digit and at sign");
	is_str(b.p, "a4@b", "fold: to ASCII");
	ok(map[0] == 0 && map[1] == 1 && map[2] == 4 && map[3] == 7 &&
	    map[4] == 8, "fold: the map points at each character");
	is_int(cog_fold(S("212\xe2\x80\x91" "555\xc2\xa0" "0187\xe2\x88\x92"
	    "1\xe3\x80\x80\xe2\x80\x94"), &b, &map, &cap), 1,
	    "fold: hyphens, spaces, a minus sign");
	is_str(b.p, "212-555 0187-1 \xe2\x80\x94",
	    "fold: the em dash is no hyphen");
	is_int(cog_fold(S("\xef\xbd\x9e\xef\xbd\x9f"), &b, &map, &cap), 1,
	    "fold: the last full-width form");
	is_str(b.p, "~\xef\xbd\x9f", "fold: and not the one after it");
	cog_buf_release(&b);
	free(map);
	return tap_done();
}
