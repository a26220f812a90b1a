/* csv.c -- masking a record of a CSV file as the object of its columns */
#include <string.h>

#include "base/err.h"
#include "json/json.h"
#include "mask/csv.h"

/* Field i of record r, as a JSON string. */
static void
add_jfield(struct cog_buf *b, const struct cog_csv *r, size_t i)
{
	if (i < r->nfields && r->off[i + 1] > r->off[i])
		cog_buf_add_jstr(b, r->text.p + r->off[i],
		    r->off[i + 1] - r->off[i]);
	else
		cog_buf_add_jstr(b, "", 0);
}

/* Write the masked object's values back as the fields of a record. */
static void
write_fields(const char *s, size_t n, const struct cog_csv *row, int sep,
    struct cog_buf *out)
{
	struct cog_json j = { 0 };
	struct cog_jdec d = { COG_BUF_INIT, NULL, 0 };
	struct cog_jtok t;
	size_t i = 0;

	cog_json_init(&j, s, n);
	cog_json_want(&j, COG_JT_BIT(COG_JT_STRING));
	while (cog_json_next(&j, &t) == COG_JT_STRING) {
		if (i > 0)
			cog_buf_addc(out, sep);
		cog_buf_reset(&d.text);
		cog_json_decode(&d, t.p, t.n, 0);
		cog_csv_add_field(out, d.text.p ? d.text.p : "", d.text.len,
		    sep, i < row->nfields && row->quoted[i]);
		i++;
	}
	cog_json_release(&j);
	cog_jdec_release(&d);
	if (i != row->nfields)
		cog_die("internal error: a masked CSV record lost a field");
}

void
cog_mask_csv(struct cog_masker *m, const struct cog_csv *head,
    const struct cog_csv *row, int sep, struct cog_buf *scratch,
    struct cog_buf *out)
{
	struct cog_buf obj = COG_BUF_INIT;
	const char *msg;
	size_t i, off;

	for (i = 0; i < row->nfields; i++) {
		cog_buf_addc(&obj, i ? ',' : '{');
		add_jfield(&obj, head, i);
		cog_buf_addc(&obj, ':');
		add_jfield(&obj, row, i);
	}
	cog_buf_addc(&obj, row->nfields ? '}' : '{');
	if (row->nfields == 0)
		cog_buf_addc(&obj, '}');
	cog_buf_reset(scratch);
	if (cog_mask_json(m, obj.p, obj.len, row->lineno, scratch, &msg,
	    &off) < 0)
		cog_die("internal error: a CSV record made invalid JSON: %s",
		    msg);
	cog_buf_release(&obj);
	if (cog_masker_mode(m) == COG_MODE_DETECT) {
		cog_buf_add(out, scratch->p, scratch->len);
		return;
	}
	write_fields(scratch->p, scratch->len, row, sep, out);
	cog_buf_adds(out, row->eol);
}
