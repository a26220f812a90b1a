/*
 * fuzz-mask.c -- the masking engine on JSON lines and on text lines, as
 * cog-mask runs it.  The input's first byte chooses the set-up (its low
 * bits) and whether the lines are JSON or text (bit 3); the rest are the
 * lines, one input at a time, as from one file.
 *
 * What must hold: valid JSON in gives valid JSON of the same shape out;
 * every --detect line is JSON whose "path" is a path --field takes; and
 * masked with the encrypt rule for every type, then unmasked with the
 * same key, valid UTF-8 comes back with the same values.
 */
#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "base/buf.h"
#include "base/lines.h"
#include "base/utf8.h"
#include "json/jget.h"
#include "json/json.h"
#include "json/path.h"
#include "mask/keys.h"
#include "mask/mask.h"
#include "mask/rules.h"
#include "pii/detect.h"
#include "pii/types.h"

#include "fuzz.h"

enum {
	C_MASK,		/* a few rules, --key email=EMAIL_ADDRESS, --stats */
	C_DETECT,	/* the same, --detect */
	C_UNMASK,	/* the same, --unmask */
	C_SCOPED,	/* --field, --skip, --mask-keys, --conversation */
	C_SCOPED_DETECT,
	C_ENCRYPT,	/* every type encrypted, then unmasked again */
	NCONF
};

static struct cog_masker *m[NCONF], *unmask_all;
static struct cog_path paths[3];

static struct cog_masker *
masker(int mode, const struct cog_rules *rs, struct cog_keys *keys,
    struct cog_detector *det, int scoped)
{
	static const struct cog_keyrule kr[] = {
		{ "email", COG_EMAIL_ADDRESS }
	};
	struct cog_mask_config c;

	memset(&c, 0, sizeof(c));
	c.mode = mode;
	c.det = det;
	c.rules = rs;
	c.keys = keys;
	c.keyrules = kr;
	c.nkeyrules = 1;
	c.redaction_map = 1;
	if (scoped) {
		c.fields = paths;
		c.nfields = 2;
		c.skips = paths + 2;
		c.nskips = 1;
		c.mask_keys = 1;
		c.conversation = 1;
	}
	return cog_masker_new(&c);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char *const p[] = { ".text", ".messages[].text",
	    ".messages[].meta" };
	static struct cog_rules rules, all;
	struct cog_detector *det, *every;
	struct cog_keys *keys;
	char err[512];
	size_t i;
	int t;

	(void)argc;
	(void)argv;
	for (i = 0; i < 3; i++)
		assert(cog_path_parse(&paths[i], p[i], err, sizeof(err)) == 0);
	det = cog_detector_new(cog_default_types);
	assert(cog_detector_add_pattern(det, COG_DATE_TIME, "[0-9]+", err,
	    sizeof(err)) == 0);
	cog_rules_init(&rules);
	assert(cog_rules_add_spec(&rules, "PHONE:mask:0:2", err,
	    sizeof(err)) == 0);
	assert(cog_rules_add_spec(&rules, "URL:encrypt:0", err,
	    sizeof(err)) == 0);
	assert(cog_rules_add_spec(&rules, "DATE_TIME:encrypt:0", err,
	    sizeof(err)) == 0);
	assert(cog_rules_add_spec(&rules, "PERSON:redact:0", err,
	    sizeof(err)) == 0);
	keys = cog_keys_new((const unsigned char *)"fuzzing-secret-0123", 19);
	m[C_MASK] = masker(COG_MODE_MASK, &rules, keys, det, 0);
	m[C_DETECT] = masker(COG_MODE_DETECT, &rules, keys, det, 0);
	m[C_UNMASK] = masker(COG_MODE_UNMASK, &rules, keys, det, 0);
	m[C_SCOPED] = masker(COG_MODE_MASK, &rules, keys, det, 1);
	m[C_SCOPED_DETECT] = masker(COG_MODE_DETECT, &rules, keys, det, 1);
	cog_rules_init(&all);
	for (t = 0; t < COG_NBUILTIN; t++) {
		all.r[t].strategy = COG_ENCRYPT;
		all.listed |= COG_TYPEBIT(t);
	}
	every = cog_detector_new((1ULL << COG_NBUILTIN) - 1);
	m[C_ENCRYPT] = masker(COG_MODE_MASK, &all, keys, every, 0);
	unmask_all = masker(COG_MODE_UNMASK, &all, keys, every, 0);
	return 0;
}

static int
utf8_valid(const char *s, size_t n)
{
	uint32_t cp;
	size_t k;

	while (n > 0) {
		k = cog_utf8_decode(s, n, &cp);
		if (cp == COG_UTF8_BAD && !(k == 3 &&
		    memcmp(s, "\xef\xbf\xbd", 3) == 0))
			return 0;
		s += k;
		n -= k;
	}
	return 1;
}

/* Append the n bytes at s, each invalid UTF-8 byte as U+FFFD. */
static void
add_utf8(struct cog_buf *out, const char *s, size_t n)
{
	uint32_t cp;
	size_t k;

	while (n > 0) {
		k = cog_utf8_decode(s, n, &cp);
		if (cp == COG_UTF8_BAD)
			cog_buf_add(out, "\xef\xbf\xbd", 3);
		else
			cog_buf_add(out, s, k);
		s += k;
		n -= k;
	}
}

/*
 * The tokens of a valid JSON text, for comparing two: the type of each
 * (any scalar is a 'v': a masked number is a string), and with values
 * the text of each scalar (strings decoded, numbers and literals as
 * written); keys says whether keys are compared as text.
 */
static void
shape(const char *s, size_t n, int keys, int values, struct cog_buf *out)
{
	struct cog_json j = { 0 };
	struct cog_jdec d = { COG_BUF_INIT, NULL, 0 };
	struct cog_buf fixed = COG_BUF_INIT;
	struct cog_jtok t;
	int type;

	cog_json_init(&j, s, n);
	while ((type = cog_json_next(&j, &t)) != COG_JT_END) {
		assert(type != COG_JT_ERROR);
		if (type == COG_JT_STRING || type == COG_JT_NUMBER ||
		    type == COG_JT_LITERAL) {
			cog_buf_addc(out, 'v');
			if (!values)
				continue;
		} else {
			cog_buf_addc(out, (char)('A' + type));
			if (type != COG_JT_KEY || !keys)
				continue;
		}
		if (type == COG_JT_STRING || type == COG_JT_KEY) {
			/* Output is strict UTF-8: compare texts so. */
			cog_json_decode(&d, t.p, t.n, 0);
			cog_buf_reset(&fixed);
			add_utf8(&fixed, d.text.p ? d.text.p : "", d.text.len);
			cog_buf_add_jstr(out, fixed.p ? fixed.p : "",
			    fixed.len);
		} else {
			cog_buf_add_jstr(out, t.p, t.n);
		}
	}
	cog_json_release(&j);
	cog_jdec_release(&d);
	cog_buf_release(&fixed);
}

static int
valid(const char *s, size_t n)
{
	struct cog_json j = { 0 };
	struct cog_jtok t;
	int type;

	cog_json_init(&j, s, n);
	while ((type = cog_json_next(&j, &t)) != COG_JT_END &&
	    type != COG_JT_ERROR)
		;
	cog_json_release(&j);
	return type == COG_JT_END;
}

/*
 * Each --detect line is a JSON object whose path --field takes: 1 when
 * conf is a --detect one and its lines were checked, else 0.
 */
static int
detect_lines(int conf, const struct cog_buf *out)
{
	struct cog_buf path = COG_BUF_INIT;
	struct cog_path p;
	const char *s = out->p, *end = s ? s + out->len : s, *nl;
	char err[512];

	if (conf != C_DETECT && conf != C_SCOPED_DETECT)
		return 0;
	while (s < end) {
		nl = memchr(s, '\n', (size_t)(end - s));
		assert(nl != NULL);
		assert(valid(s, (size_t)(nl - s)));
		cog_buf_reset(&path);
		assert(cog_jget_str(s, (size_t)(nl - s), "path", &path) == 1);
		if (cog_path_parse(&p, path.p, err, sizeof(err)) != 0) {
			fprintf(stderr, "--detect path %s: %s\n", path.p, err);
			abort();
		}
		cog_path_free(&p);
		s = nl + 1;
	}
	cog_buf_release(&path);
	return 1;
}

static void
json_line(int conf, const char *p, size_t n, unsigned long lineno)
{
	struct cog_buf out = COG_BUF_INIT, back = COG_BUF_INIT,
	    a = COG_BUF_INIT, b = COG_BUF_INIT;
	const char *msg;
	size_t off;

	if (cog_mask_json(m[conf], p, n, lineno, &out, &msg, &off) != 0) {
		assert(out.len == 0 && off <= n && msg != NULL);
		cog_mask_loose(m[conf], p, n, lineno, &out);
		goto done;
	}
	if (detect_lines(conf, &out))
		goto done;
	if (conf == C_ENCRYPT) {
		assert(cog_mask_json(unmask_all, out.p, out.len, lineno,
		    &back, &msg, &off) == 0);
		if (utf8_valid(p, n)) {
			shape(p, n, 1, 1, &a);
			shape(back.p, back.len, 1, 1, &b);
			assert(a.len == b.len && memcmp(a.p, b.p, a.len) == 0);
		}
	} else {
		/* Keys may be masked, and numbers become strings. */
		shape(p, n, conf != C_SCOPED, 0, &a);
		shape(out.p, out.len, conf != C_SCOPED, 0, &b);
		assert(a.len == b.len && memcmp(a.p, b.p, a.len) == 0);
	}
done:
	cog_buf_release(&out);
	cog_buf_release(&back);
	cog_buf_release(&a);
	cog_buf_release(&b);
}

static void
text_line(int conf, const char *p, size_t n, unsigned long lineno)
{
	struct cog_buf out = COG_BUF_INIT, back = COG_BUF_INIT;

	cog_mask_text(m[conf], p, n, lineno, &out);
	if (!detect_lines(conf, &out) && conf == C_ENCRYPT) {
		cog_mask_text(unmask_all, out.p, out.len, lineno, &back);
		if (utf8_valid(p, n))
			assert(back.len == n && memcmp(back.p, p, n) == 0);
	}
	cog_buf_release(&out);
	cog_buf_release(&back);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned sel = fuzz_take_byte(&data, &size);
	int conf = (int)(sel & 7) % NCONF, text = sel & 8;
	const char *s = (const char *)data, *end = s + size, *nl;
	unsigned long lineno = 0;
	char *line;
	int i;

	for (i = 0; i < NCONF; i++)
		cog_masker_new_input(m[i]);
	while (s < end) {
		nl = memchr(s, '\n', (size_t)(end - s));
		if (nl == NULL)
			nl = end;
		/* Each line in a block of its own size, as in a file. */
		line = fuzz_cstr((const uint8_t *)s, (size_t)(nl - s));
		lineno++;
		if (text)
			text_line(conf, line, (size_t)(nl - s), lineno);
		else if (cog_blank(line, (size_t)(nl - s)))
			cog_masker_new_input(m[conf]);
		else
			json_line(conf, line, (size_t)(nl - s), lineno);
		free(line);
		s = nl + 1;
	}
	return 0;
}
