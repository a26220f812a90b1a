/* The JSON tokenizer and string decoder: escapes, surrogates, the map. */
#include <string.h>

#include "base/buf.h"
#include "json/json.h"
#include "tap.h"

#define FFFD "\xef\xbf\xbd"

static struct cog_jdec d;

/* Decode the raw string body s; return the text as a C string. */
static const char *
dec(const char *s, int mapped)
{
	cog_json_decode(&d, s, strlen(s), mapped);
	return d.text.p ? d.text.p : "";
}

/* The type of the first token of the JSON text s. */
static int
first(const char *s, const char **errmsg)
{
	struct cog_json j = { 0 };
	struct cog_jtok t;
	int type;

	cog_json_init(&j, s, strlen(s));
	while ((type = cog_json_next(&j, &t)) != COG_JT_END &&
	    type != COG_JT_ERROR)
		;
	*errmsg = j.errmsg;
	cog_json_release(&j);
	return type;
}

int
main(void)
{
	const char *msg;

	is_str(dec("a\\nb\\t\\\"\\\\\\/", 0), "a\nb\t\"\\/", "simple escapes");
	is_str(dec("\\u00e9\\u20ac", 0), "\xc3\xa9\xe2\x82\xac",
	    "two- and three-byte code points");
	is_str(dec("\\ud83d\\ude00!", 0), "\xf0\x9f\x98\x80!",
	    "a surrogate pair is one code point");
	is_str(dec("\\uD83D\\uDE00", 0), "\xf0\x9f\x98\x80",
	    "hex digits in capitals");

	/* A lone high surrogate is one U+FFFD; what follows is its own. */
	is_str(dec("\\ud83d\\nDennis Miller", 0), FFFD "\nDennis Miller",
	    "a lone high surrogate before \\n keeps the word after it");
	is_str(dec("\\ud83d\\ndustin.smith@example.org", 0),
	    FFFD "\ndustin.smith@example.org",
	    "and the address after it");
	is_str(dec("\\ud83d\\t\x01\\n", 0), FFFD "\t\x01\n",
	    "before \\t and bytes that are not hex digits");
	is_str(dec("\\ud83d\\\\uDE00", 0), FFFD "\\uDE00",
	    "before an escaped backslash");
	is_str(dec("\\ud83d\\u0041", 0), FFFD "A",
	    "before a \\u escape that is no low surrogate");
	is_str(dec("\\ud83d\\ud83d\\ude00", 0), FFFD "\xf0\x9f\x98\x80",
	    "a high surrogate before a pair");
	is_str(dec("\\ude00x", 0), FFFD "x", "a lone low surrogate");
	is_str(dec("x\\ud83d", 0), "x" FFFD, "a high surrogate at the end");
	is_str(dec("\\ud83d\\u12", 0), FFFD "\\u12",
	    "a cut escape after it is kept as it is");
	is_str(dec("\\u0000", 0), "", "\\u0000 is a NUL");
	is_int(d.text.len, 1, "of one byte");

	/* The map: each text byte's escape in the raw string. */
	dec("\\ud83d\\nDe", 1);
	is_int(d.text.len, 6, "mapped: U+FFFD, newline, two letters");
	ok(d.map[0] == 0 && d.map[1] == 0 && d.map[2] == 0,
	    "the replacement character maps to the surrogate escape");
	is_int(d.map[3], 6, "the newline to its escape");
	is_int(d.map[4], 8, "the first letter to itself");
	is_int(d.map[6], 10, "the end to the raw length");
	dec("\\ud83d\\ude00a", 1);
	ok(d.map[0] == 0 && d.map[3] == 0 && d.map[4] == 12,
	    "a pair maps to its first escape");

	/* The tokenizer takes only whole escapes. */
	is_int(first("\"\\ud83d\\nDennis\"", &msg), COG_JT_END,
	    "a lone surrogate is valid JSON");
	is_int(first("\"\\u12\"", &msg), COG_JT_ERROR, "a cut \\u escape");
	is_str(msg, "invalid \\u escape in string", "is named");
	is_int(first("\"\\ud83d\\x\"", &msg), COG_JT_ERROR,
	    "an unknown escape after a surrogate");
	is_int(first("{\"a\":[1,2.5e-3,true,null,\"x\\u00e9\\ud83d\\t\x01"
	    "\"]}", &msg), COG_JT_ERROR, "a raw control byte");
	is_str(msg, "unescaped control character in string", "is named");

	cog_jdec_release(&d);
	return tap_done();
}
