/* fuzz.h -- what the fuzz targets share: entry points and small helpers */
#ifndef COG_FUZZ_H
#define COG_FUZZ_H

#include <dirent.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/*
 * A target defines LLVMFuzzerTestOneInput, and LLVMFuzzerInitialize when
 * it has something to set up once (a detector, keys, a directory): both
 * libFuzzer and replay.c call it before the first input.
 */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * A NUL-terminated copy of the input in a buffer of exactly size + 1
 * bytes, so that a read past the terminator is caught.  Free it.
 */
static inline char *
fuzz_cstr(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (s == NULL)
		abort();
	if (size > 0)
		memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* Split the input at its first byte: the byte is returned, *size drops. */
static inline unsigned
fuzz_take_byte(const uint8_t **data, size_t *size)
{
	unsigned c;

	if (*size == 0)
		return 0;
	c = **data;
	(*data)++;
	(*size)--;
	return c;
}

static char fuzz_dir[4096];

/* Remove the files of the scratch directory (one level of folders). */
static inline void
fuzz_clean(const char *dir, int depth)
{
	char path[sizeof(fuzz_dir) + 512];
	struct dirent *e;
	DIR *d = opendir(dir);

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (snprintf(path, sizeof(path), "%s/%s", dir, e->d_name) >=
		    (int)sizeof(path))
			continue;
		if (unlink(path) < 0 && depth > 0)
			fuzz_clean(path, depth - 1);
	}
	closedir(d);
	rmdir(dir);
}

static inline void
fuzz_tmpdir_remove(void)
{
	fuzz_clean(fuzz_dir, 2);
}

/*
 * A private scratch directory, made on the first call and removed at
 * exit: in TMPDIR when set, else in /dev/shm (the files written there
 * are flushed to disk, which a tmpfs makes free), else in /tmp.  Targets
 * whose parser reads a file write each input there.
 */
static inline const char *
fuzz_tmpdir(void)
{
	const char *t = getenv("TMPDIR");

	if (fuzz_dir[0] != '\0')
		return fuzz_dir;
	if (t == NULL || t[0] != '/')
		t = access("/dev/shm", W_OK | X_OK) == 0 ? "/dev/shm" : "/tmp";
	snprintf(fuzz_dir, sizeof(fuzz_dir), "%s/cog-fuzz.XXXXXX", t);
	if (mkdtemp(fuzz_dir) == NULL) {
		perror(fuzz_dir);
		abort();
	}
	atexit(fuzz_tmpdir_remove);
	return fuzz_dir;
}

#endif
