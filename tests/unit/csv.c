/* CSV records (RFC 4180) and where the values of a JSON stream end. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/csv.h"
#include "base/lines.h"
#include "json/extent.h"
#include "json/json.h"
#include "tap.h"

static struct cog_lines in;
static struct cog_csv rec;
static char fields[512];

/* Read CSV from the text s through a pipe. */
static void
start(const char *s)
{
	int p[2];

	if (pipe(p) < 0 || write(p[1], s, strlen(s)) != (ssize_t)strlen(s))
		abort();
	close(p[1]);
	memset(&in, 0, sizeof(in));
	in.fd = p[0];
	in.name = "test";
}

/* The next record as "field|field|..." with quoted fields in <>. */
static const char *
next(int sep, const char **why)
{
	size_t i, at, n = 0;
	int r = cog_csv_next(&in, sep, &rec, why, &at);

	if (r != 1)
		return r == 0 ? "(end)" : "(bad)";
	fields[0] = '\0';
	for (i = 0; i < rec.nfields; i++)
		n += (size_t)snprintf(fields + n, sizeof(fields) - n, "%s%s%.*s%s",
		    i ? "|" : "", rec.quoted[i] ? "<" : "",
		    (int)(rec.off[i + 1] - rec.off[i]), rec.text.p ?
		    rec.text.p + rec.off[i] : "", rec.quoted[i] ? ">" : "");
	return fields;
}

static void
finish(void)
{
	close(in.fd);
	free(in.buf);
}

static const char *
extent(const char *s, int eof)
{
	static char out[64];
	size_t a, e;
	int r = cog_json_extent(s, strlen(s), eof, &a, &e);

	snprintf(out, sizeof(out), "%d %zu %zu", r, a, e);
	return out;
}

int
main(void)
{
	const char *why = NULL;

	start("a,b,c\n1,\"x, \"\"y\"\"\",\n\"two\r\nlines\",,z\r\nlast");
	is_str(next(',', &why), "a|b|c", "a plain record");
	is_str(next(',', &why), "1|<x, \"y\">|", "quotes, a separator, an empty last field");
	is_str(rec.eol, "\n", "... its line end");
	is_str(next(',', &why), "<two\r\nlines>||z", "a quoted line end");
	is_str(rec.eol, "\r\n", "... and CRLF as the record's line end");
	is_int(rec.lineno, 3, "... numbered by its first line");
	is_str(next(',', &why), "last", "a last record without a line end");
	is_str(rec.eol, "", "... has none");
	is_str(next(',', &why), "(end)", "then the end");
	finish();

	start("\"a\"b\n\"open\nstill open");
	is_str(next(',', &why), "(bad)", "text after a closing quote");
	is_str(why, "a quoted field goes on after its closing quote", "... why");
	is_str(next(',', &why), "(bad)", "a quoted field never closed");
	is_str(why, "a quoted field is not closed", "... why");
	finish();

	start("x;\"y;z\"\n\n5\" tall;ok\n");
	is_str(next(';', &why), "x|<y;z>", "another separator");
	is_str(next(';', &why), "", "a blank line is one empty field");
	is_str(next(';', &why), "5\" tall|ok", "a quote inside an unquoted field");
	finish();
	cog_csv_release(&rec);

	{
		struct cog_buf b = COG_BUF_INIT;

		cog_csv_add_field(&b, "plain", 5, ',', 0);
		cog_buf_addc(&b, ',');
		cog_csv_add_field(&b, "a,b", 3, ',', 0);
		cog_buf_addc(&b, ',');
		cog_csv_add_field(&b, "say \"hi\"", 8, ',', 0);
		cog_buf_addc(&b, ',');
		cog_csv_add_field(&b, "kept", 4, ',', 1);
		cog_buf_addc(&b, '\0');
		is_str(b.p, "plain,\"a,b\",\"say \"\"hi\"\"\",\"kept\"",
		    "fields are quoted where they must be or were");
		cog_buf_release(&b);
	}

	is_str(extent("  {\"a\": [1, \"}\"]}\n{", 0), "1 2 17", "an object, a brace in a string");
	is_str(extent("\n\t", 1), "0 2 2", "only white space");
	is_str(extent("[1,\n2", 0), "2 0 5", "an array that goes on");
	is_str(extent("12 3", 0), "1 0 2", "a number ends at white space");
	is_str(extent("12", 0), "2 0 2", "... or may go on");
	is_str(extent("12", 1), "1 0 2", "... but not at the end of the input");
	is_str(extent("\"a\\\"b\" x", 0), "1 0 6", "a string with an escaped quote");
	is_str(extent("]x", 1), "1 0 1", "a stray bracket is one byte");
	ok(cog_json_is_prefix("{", 1), "'{' begins a longer text");
	ok(cog_json_is_prefix("[ {\"a\": 1,", 10), "... so does an unfinished array");
	ok(!cog_json_is_prefix("{}", 2), "a whole value does not");
	ok(!cog_json_is_prefix("{\"a", 3), "a string cut by the line end does not");
	ok(!cog_json_is_prefix("{x", 2), "invalid JSON does not");
	ok(!cog_json_is_prefix("", 0), "nothing does not");
	return tap_done();
}
