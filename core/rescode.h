/* rescode.h - the resume code: all the answers of a situation, no
 * identity, as a short code a person can copy by hand ("K7QM-3XRA-...").
 *
 * Letters and digits that cannot be confused (no 0 O 1 I), in groups of
 * four, with a 10-bit CRC: every single mistyped character and every swap
 * of two neighbours is detected. The first character is the version of
 * the layout, so that later interviews still read old codes. */
#ifndef TREMPLIN_RESCODE_H
#define TREMPLIN_RESCODE_H

#include <stddef.h>

#include "err.h"
#include "situation.h"

#define RESCODE_MAX 96           /* longest code, dashes and NUL included */

/* The keys no code carries: the job title, a free text that a short code
 * cannot hold (the code keeps the job group). Every other key is carried
 * by the newest layout (tests/test-rescode.c checks it). */
#define RESCODE_UNCODED(k) ((k) == SIT_JOB_TITLE)

/* Write the code of S into OUT. Returns its length, or -1 with E filled
 * when an answer cannot be carried (a value outside the answers-file
 * format). */
int rescode_encode(const struct situation *s, char *out, size_t len,
		   struct tr_err *e);

/* Read CODE (case, spaces and dashes ignored) into S. Returns 0, or -1
 * with E filled: a typo, a character that never appears in codes, a code
 * from a newer Tremplin. S is left untouched on error. */
int rescode_decode(const char *code, struct situation *s, struct tr_err *e);

/* How many fields of a code of layout VERSION carry key K: 1, or 0 (an
 * older layout, an uncoded key, no such version). */
int rescode_carries(int version, enum sit_key k);

#endif
