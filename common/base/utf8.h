/* utf8.h -- UTF-8 decoding and code-point counting */
#ifndef COG_UTF8_H
#define COG_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* The code point that stands for an invalid byte. */
#define COG_UTF8_BAD 0xfffd

/*
 * Decode one code point from the n > 0 bytes at s into *cp and return its
 * length.  An invalid or truncated sequence yields COG_UTF8_BAD and
 * length 1, so every byte belongs to exactly one code point.
 */
size_t cog_utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Encode cp (at most 0x10ffff) into out, returning 1 to 4. */
size_t cog_utf8_encode(uint32_t cp, char out[4]);

/* Number of code points in the n bytes at s, counted as cog_utf8_decode. */
size_t cog_utf8_count(const char *s, size_t n);

#endif
