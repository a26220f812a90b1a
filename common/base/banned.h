/*
 * banned.h -- functions that invite overflows; use snprintf and buf.h.
 * The Makefile puts it in front of every file with -include; the system
 * headers that declare these functions are read first, so that their
 * declarations are not caught by the macros.
 */
#ifndef COG_BANNED_H
#define COG_BANNED_H

#include <stdio.h>
#include <string.h>

#define BANNED(f) sorry_##f##_is_banned_in_cogtools

#undef strcpy
#define strcpy(x, y) BANNED(strcpy)
#undef strcat
#define strcat(x, y) BANNED(strcat)
#undef strncpy
#define strncpy(x, y, n) BANNED(strncpy)
#undef strncat
#define strncat(x, y, n) BANNED(strncat)
#undef sprintf
#define sprintf(...) BANNED(sprintf)
#undef vsprintf
#define vsprintf(...) BANNED(vsprintf)
#undef gets
#define gets(x) BANNED(gets)

#endif
