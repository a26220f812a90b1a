/* The common record of a message, its times and their order. */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/utc.h"
#include "net/record.h"
#include "tap.h"

static const struct cog_record_names v1 = { "text", "data" };
static const struct cog_record_names cognigy = { "inputText", "inputData" };

static void
rec(const char *msg, const struct cog_record_names *names,
    const char *sha, const char *want, const char *what)
{
	struct cog_record_id id = { "s-1", 3, NULL };
	struct cog_buf out = COG_BUF_INIT;

	id.raw_sha256 = sha;
	cog_record_write(&id, msg, strlen(msg), names, &out);
	is_str(out.p, want, "%s", what);
	cog_buf_release(&out);
}

static void
times(void)
{
	char iso[COG_UTC_LEN + 1];
	long long ms = 0;

	ok(cog_utc_parse("2026-03-01T09:00:00.000Z", 24, &ms) == 0 &&
	    ms == 1772355600000LL, "a time in Z");
	ok(cog_utc_parse("2026-03-01T10:00:00.5+01:00", 27, &ms) == 0 &&
	    ms == 1772355600500LL, "an offset and a short fraction");
	ok(cog_utc_parse("2026-03-01T04:00-0500", 21, &ms) == 0 &&
	    ms == 1772355600000LL, "no seconds, offset without colon");
	ok(cog_utc_parse("2026-03-01", 10, &ms) == 0 &&
	    ms == 1772323200000LL, "a date alone is midnight UTC");
	ok(cog_utc_parse("2026-03-01T09:00:00", 19, &ms) < 0,
	    "a time with no zone is refused");
	ok(cog_utc_parse("2026-02-29T00:00:00Z", 20, &ms) < 0,
	    "a day that is not");
	ok(cog_utc_parse("2024-02-29T00:00:00Z", 20, &ms) == 0,
	    "... and a leap day");
	ok(cog_utc_parse("2026-03-01T09:00:00Zjunk", 24, &ms) < 0,
	    "bytes after the zone");
	cog_utc_format(1772355600123LL, iso);
	is_str(iso, "2026-03-01T09:00:00.123Z", "written to the millisecond");
	cog_utc_format(-1, iso);
	is_str(iso, "1969-12-31T23:59:59.999Z", "before the epoch");
	ok(cog_utc_canonical("2026-03-01T09:00:00Z", 20), "canonical: no "
	    "fraction");
	ok(cog_utc_canonical("2026-03-01T09:00:00.123456Z", 27),
	    "canonical: microseconds");
	ok(!cog_utc_canonical("2026-03-01T09:00:00+00:00", 25),
	    "an offset is not canonical");
	ok(!cog_utc_canonical("2026-13-01T09:00:00Z", 20),
	    "nor a month 13");
}

static void
records(void)
{
	rec("{\"inputId\":\"i\",\"sessionId\":\"s-1\",\"timestamp\":"
	    "\"2026-03-01T09:00:00.000Z\",\"source\":\"user\",\"text\":\"Hi\","
	    "\"data\":{}}", &v1, NULL,
	    "{\"session_id\":\"s-1\",\"seq\":3,\"inputId\":\"i\",\"sessionId\":"
	    "\"s-1\",\"timestamp\":\"2026-03-01T09:00:00.000Z\",\"source\":"
	    "\"user\",\"text\":\"Hi\",\"data\":{}}",
	    "a message in the record's form is copied as it came");
	rec("  { \"text\" : \"a\" ,\t\"x\":[1, 2] } ", &v1, NULL,
	    "{\"session_id\":\"s-1\",\"seq\":3, \"text\" : \"a\" ,\t\"x\":[1, "
	    "2] } ", "... white space and all");
	rec("{}", &v1, NULL, "{\"session_id\":\"s-1\",\"seq\":3}",
	    "an empty message");
	rec("{\"projectId\":\"p\",\"inputText\":\"Hi\",\"inputData\":{\"a\":"
	    "[1]},\"type\":\"input\",\"source\":\"user\",\"timestamp\":{\"$date\":"
	    "\"2026-03-01T09:00:00.000Z\"},\"expiresAt\":{\"$date\":1}}",
	    &cognigy, NULL,
	    "{\"session_id\":\"s-1\",\"seq\":3,\"projectId\":\"p\",\"text\":"
	    "\"Hi\",\"data\":{\"a\":[1]},\"type\":\"input\",\"source\":\"user\","
	    "\"timestamp\":\"2026-03-01T09:00:00.000Z\",\"expiresAt\":{\"$date\""
	    ":1}}", "REST: inputText and inputData renamed, $date read");
	rec("{\"timestamp\":{\"$date\":1772355600123},\"inputData\":"
	    "\"{\\\"order\\\":\\n{\\\"id\\\":\\\"A\\\\\\\"1\\\"}}\"}", &cognigy,
	    "ab", "{\"session_id\":\"s-1\",\"seq\":3,\"raw_sha256\":\"ab\","
	    "\"timestamp\":\"2026-03-01T09:00:00.123Z\",\"data\":{\"order\": "
	    "{\"id\":\"A\\\"1\"}}}",
	    "epoch ms in $date; inputData a JSON string is parsed, on one line");
	rec("{\"inputData\":\"not json\",\"timestamp\":\"2026-03-01T10:00:00+"
	    "01:00\"}", &cognigy, NULL,
	    "{\"session_id\":\"s-1\",\"seq\":3,\"data\":\"not json\","
	    "\"timestamp\":\"2026-03-01T09:00:00.000Z\"}",
	    "a string that is no JSON stays; an offset becomes Z");
	rec("{\"inputData\":\"42\",\"timestamp\":1772355600000}", &cognigy,
	    NULL, "{\"session_id\":\"s-1\",\"seq\":3,\"data\":\"42\","
	    "\"timestamp\":\"2026-03-01T09:00:00.000Z\"}",
	    "a JSON string of a number stays a string; epoch ms");
	rec("{\"timestamp\":{\"$date\":{\"$numberLong\":\"1772355600000\"}}}",
	    &cognigy, NULL, "{\"session_id\":\"s-1\",\"seq\":3,\"timestamp\":"
	    "\"2026-03-01T09:00:00.000Z\"}", "$numberLong");
	rec("{\"timestamp\":\"yesterday\",\"text\":\"a\",\"inputText\":\"b\"}",
	    &cognigy, NULL, "{\"session_id\":\"s-1\",\"seq\":3,\"timestamp\":"
	    "\"yesterday\",\"text\":\"a\",\"inputText\":\"b\"}",
	    "an unreadable time is left; text there already: no second one");
	rec("{\"session_id\":\"other\",\"seq\":99,\"t\":\"x\"}", &v1, NULL,
	    "{\"session_id\":\"s-1\",\"seq\":3,\"_session_id\":\"other\","
	    "\"_seq\":99,\"t\":\"x\"}",
	    "the message's own session_id and seq renamed: each key once");
	rec("{\"session_\\u0069d\":\"other\",\"\\u0073eq\":1}", &v1, NULL,
	    "{\"session_id\":\"s-1\",\"seq\":3,\"_session_id\":\"other\","
	    "\"_seq\":1}", "... escaped keys too, as jq reads them");
	rec("{\"_session_id\":1,\"session_id\":2,\"session_id\":3,"
	    "\"__session_id\":4}", &v1, NULL,
	    "{\"session_id\":\"s-1\",\"seq\":3,\"_session_id\":1,"
	    "\"___session_id\":2,\"____session_id\":3,\"__session_id\":4}",
	    "... to a name no other member has");
	rec("{\"raw_sha256\":\"x\"}", &cognigy, "ab",
	    "{\"session_id\":\"s-1\",\"seq\":3,\"raw_sha256\":\"ab\","
	    "\"_raw_sha256\":\"x\"}", "raw_sha256 too, when the record has one");
	rec("{\"raw_sha256\":\"x\"}", &cognigy, NULL,
	    "{\"session_id\":\"s-1\",\"seq\":3,\"raw_sha256\":\"x\"}",
	    "... and only then");
	rec("{\"t\\u0065xt\":\"a\",\"inputText\":\"b\"}", &cognigy, NULL,
	    "{\"session_id\":\"s-1\",\"seq\":3,\"t\\u0065xt\":\"a\","
	    "\"inputText\":\"b\"}", "an escaped text there already: no second");
}

static void
order(void)
{
	const char *m[] = {
		"{\"n\":0,\"timestamp\":\"2026-03-01T09:00:02Z\"}",
		"{\"n\":1,\"timestamp\":\"2026-03-01T09:00:01Z\"}",
		"{\"n\":2}",
		"{\"n\":3,\"timestamp\":{\"$date\":\"2026-03-01T09:00:01Z\"}}",
		"{\"n\":4,\"timestamp\":\"2026-03-01T08:00:00Z\"}",
	};
	size_t len[5], i;
	char got[6] = "";

	for (i = 0; i < 5; i++)
		len[i] = strlen(m[i]);
	cog_record_sort(m, len, 5);
	for (i = 0; i < 5; i++) {
		got[i] = m[i][5];
		ok(len[i] == strlen(m[i]), "length %zu moves with its message",
		    i);
	}
	is_str(got, "41230", "stable by time; no time stays after the one "
	    "before it");
}

int
main(void)
{
	cog_setprogname("unit");
	times();
	records();
	order();
	return tap_done();
}
