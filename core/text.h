/* text.h - text helpers shared by core/: folding for search. */
#ifndef TREMPLIN_TEXT_H
#define TREMPLIN_TEXT_H

#include <stddef.h>

/* The UTF-8 sequence at S, of which at most N bytes may be read (a NUL
 * ends it too): its length 1..4 with its code point in *CP, or 0 when it
 * is not valid UTF-8 (bad or missing continuation byte, overlong form,
 * surrogate, beyond U+10FFFF). */
size_t text_utf8(const char *s, size_t n, unsigned long *cp);

/* 1 when the N bytes at S are all valid UTF-8. */
int text_utf8_valid(const char *s, size_t n);

/* Bytes of a user's text that a message echoes. */
#define TEXT_QUOTE_MAX 48
/* Copy at most TEXT_QUOTE_MAX bytes of S (valid UTF-8) into BUF, whole
 * characters only, with "..." when cut, so that a message stays one short
 * line; returns BUF. */
const char *text_quote(char *buf, size_t size, const char *s);

/* S without its leading spaces and tabs and its trailing spaces, tabs and
 * carriage return (cut in place); returns where it now starts. */
char *text_trim(char *s);

struct tr_err;
/* LINE of an answers or configuration file (at most MAX bytes, valid
 * UTF-8) read as key=value into BUF (MAX + 1 bytes): 1 with *KEY (trimmed)
 * and *VALUE (as written after '=') in BUF, 0 for a blank line or a
 * comment (#), or -1 with E filled. */
int text_key_value(const char *line, size_t max, char *buf, char **key, char **value,
		   struct tr_err *e);

/* Like text_utf8() on a NUL-terminated string, never failing: an invalid
 * byte counts as one byte, code point U+FFFD. Sets *LEN (>= 1 before the
 * NUL). */
unsigned long text_decode(const char *s, size_t *len);

/* Fold UTF-8 text SRC for accent- and case-insensitive matching: letters
 * lose their accents and case (e with any accent -> e, oe ligature -> oe),
 * digits stay, anything else becomes one space; no leading or trailing
 * space. Writes at most DSTLEN bytes including the NUL; returns the length
 * written. Invalid UTF-8 bytes count as separators. */
size_t text_fold(const char *src, char *dst, size_t dstlen);

/* The longest text_ascii() gives. */
#define TEXT_ASCII_MAX 4
/* Code point CP in plain ASCII, for a terminal that cannot show it, into
 * OUT (at least TEXT_ASCII_MAX bytes, no NUL): a letter loses its accent
 * and keeps its case (e acute -> e, E acute -> E, oe ligature -> oe), the
 * French quotes, apostrophes, dashes, ellipsis and spaces become their
 * ASCII look-alikes; anything else becomes '?'. Returns the bytes. */
size_t text_ascii(unsigned long cp, char *out);

/* Number of terminal columns taken by UTF-8 text S (each code point one
 * column, combining marks none): enough for Latin-script text. */
size_t text_width(const char *s);

#endif
