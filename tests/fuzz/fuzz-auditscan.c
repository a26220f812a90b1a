/*
 * fuzz-auditscan.c -- cog-audit's residual scan of masked records, a
 * block of lines at a time as its workers take them: every record yields
 * its session line, then its examples, each a JSON object whose path is a
 * path --field takes and whose offsets are in order.
 */
#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "audit/scan.h"
#include "base/buf.h"
#include "base/counter.h"
#include "base/par.h"
#include "json/jget.h"
#include "json/json.h"
#include "json/path.h"
#include "mask/keys.h"
#include "net/session.h"
#include "pii/detect.h"
#include "pii/types.h"

#include "fuzz.h"

static struct cog_audit_scan *scan;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	/* With masking keys, so that encrypt tokens are decrypted too. */
	scan = cog_audit_scan_new(cog_detector_new(cog_default_types),
	    cog_keys_new((const unsigned char *)"fuzz-mask-key-0123456789",
	    24));
	return 0;
}

static void
example(const char *p, size_t n, unsigned long lines)
{
	struct cog_buf s = COG_BUF_INIT;
	struct cog_path path;
	struct cog_jval v;
	long long line, start, end;
	char err[512];

	assert(cog_jget(p, n, "", &v) == 1 && v.type == COG_JT_OBJ_BEGIN);
	assert(cog_jget_int(p, n, "line", &line) == 1);
	assert(line >= 1 && (unsigned long long)line <= lines);
	assert(cog_jget_int(p, n, "start", &start) == 1);
	assert(cog_jget_int(p, n, "end", &end) == 1);
	assert(0 <= start && start < end);
	assert(cog_jget_str(p, n, "type", &s) == 1 && s.len > 0);
	cog_buf_reset(&s);
	assert(cog_jget_str(p, n, "path", &s) == 1);
	if (cog_path_parse(&path, s.p, err, sizeof(err)) != 0) {
		fprintf(stderr, "example path %s: %s\n", s.p, err);
		abort();
	}
	cog_path_free(&path);
	assert(cog_jget(p, n, "value", &v) == 0);
	cog_buf_release(&s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cog_counter tokens = { NULL, 0, 0 }, found = { NULL, 0, 0 };
	struct cog_block b;
	const char *p, *end, *nl;
	unsigned long lines = 1;
	unsigned long long strings = 0;
	struct cog_audit_vetted vetted = { 0, 0, 0 };
	size_t i;

	memset(&b, 0, sizeof(b));
	b.first = 1;
	cog_buf_add(&b.in, data, size);
	for (i = 0; i < size; i++)
		lines += data[i] == '\n';
	cog_audit_scan_block(scan, &b);
	if (b.stop)
		assert(strstr(b.err, "invalid JSON") != NULL);
	p = b.out.p;
	end = p ? p + b.out.len : p;
	for (; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		assert(nl != NULL);
		switch (*p) {
		case 'S':
			assert(cog_session_id_valid(p + 1, (size_t)(nl - p - 1)));
			break;
		case 'I':
		case 'N':
			assert(nl == p + 1);
			break;
		default:
			assert(*p == 'E');
			example(p + 1, (size_t)(nl - p - 1), lines);
		}
	}
	cog_audit_scan_totals(scan, &tokens, &found, &strings, &vetted);
	cog_counter_release(&tokens);
	cog_counter_release(&found);
	cog_buf_release(&b.in);
	cog_buf_release(&b.out);
	cog_buf_release(&b.prev);
	return 0;
}
