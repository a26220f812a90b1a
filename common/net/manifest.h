/* manifest.h -- the SHA-256 of each raw file cog-fetch keeps in a dir */
#ifndef COG_MANIFEST_H
#define COG_MANIFEST_H

#include <stddef.h>

/*
 * DIR/manifest.sha256 holds a line per verified file, as sha256sum(1)
 * writes them and checks them with -c: "<64 hex>  <name>\n".  Lines are
 * appended, one write each, so that a run killed at any point leaves
 * whole lines (a torn last line is ignored and ended); a later line for
 * a name wins.
 */
struct cog_manifest;

#define COG_MANIFEST_NAME "manifest.sha256"

/*
 * Read the manifest of the directory dfd (none yet is empty), opened
 * there and never through a link; NULL on an I/O error (errno set).
 */
struct cog_manifest *cog_manifest_open(int dfd);

/* The hex digest recorded for name, or NULL. */
const char *cog_manifest_get(const struct cog_manifest *m, const char *name);

/* Record hex (64 digits) for name and append its line; 0, or -1. */
int cog_manifest_put(struct cog_manifest *m, const char *name,
    const char *hex);

void cog_manifest_free(struct cog_manifest *m);

#endif
