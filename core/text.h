/* text.h - text helpers shared by core/: folding for search. */
#ifndef TREMPLIN_TEXT_H
#define TREMPLIN_TEXT_H

#include <stddef.h>

/* Fold UTF-8 text SRC for accent- and case-insensitive matching: letters
 * lose their accents and case (e with any accent -> e, oe ligature -> oe),
 * digits stay, anything else becomes one space; no leading or trailing
 * space. Writes at most DSTLEN bytes including the NUL; returns the length
 * written. Invalid UTF-8 bytes count as separators. */
size_t text_fold(const char *src, char *dst, size_t dstlen);

/* Number of terminal columns taken by UTF-8 text S (each code point one
 * column, combining marks none): enough for Latin-script text. */
size_t text_width(const char *s);

#endif
