/* csv.h -- masking a record of a CSV file as the object of its columns */
#ifndef COG_MASK_CSV_H
#define COG_MASK_CSV_H

#include "base/buf.h"
#include "base/csv.h"
#include "mask/mask.h"

/*
 * Mask record row of a CSV file whose header is head, fields separated
 * by sep, and append the result to out: the record with its entities
 * replaced, each field quoted as it was (or where it must be), followed
 * by the record's line end; or the detection lines.  The record is masked
 * as the JSON object {"column": "field", ...} of the header's names
 * ("" beyond the header's last), so that --field, --skip and --key name
 * columns.  scratch is the caller's, reused between calls.
 */
void cog_mask_csv(struct cog_masker *m, const struct cog_csv *head,
    const struct cog_csv *row, int sep, struct cog_buf *scratch,
    struct cog_buf *out);

#endif
