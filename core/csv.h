/* csv.h - a strict CSV reader (RFC 4180 and the habits of real exports).
 *
 * Handles a UTF-8 byte-order mark, CRLF or LF line ends, quoted fields with
 * embedded separators, doubled quotes and line breaks. Any separator byte
 * (',' ';' '\t' '|'). A NUL byte is refused (a field holding one would be
 * cut short): UTF-16 is not read. Errors name the file and the physical line:
 * "FILE:LINE: what is wrong". Used by the importers of official files and
 * by the loader of the project's own data files. */
#ifndef TREMPLIN_CSV_H
#define TREMPLIN_CSV_H

#include <stdio.h>

#include "err.h"

#define CSV_MAX_FIELDS 64
/* The most bytes of one record (its fields, quotes and line breaks
 * inside): a longer one refuses the file, so that a file with no line
 * end is not read into memory whole. */
#define CSV_MAX_RECORD (1 << 20)

struct csv;

/* Open PATH for reading: a regular file only, not followed when it is a
 * symbolic link, and a FIFO is refused rather than waited on. NULL with E
 * filled and errno set (EINVAL: not a regular file) otherwise. */
FILE *csv_fopen(const char *path, struct tr_err *e);

/* Open PATH (as csv_fopen()) for reading with separator SEP. Returns NULL
 * and fills E when the file cannot be opened. */
struct csv *csv_open(const char *path, char sep, struct tr_err *e);

/* Read the LEN bytes at DATA, named NAME in the messages, as csv_open()
 * reads a file (for tests and fuzzing: the bytes must outlive the reader).
 * NULL with E filled when memory is short. */
struct csv *csv_open_mem(const char *name, const void *data, size_t len,
			 char sep, struct tr_err *e);

/* Read the next record. Returns 1 with a record, 0 at end of file, -1 on a
 * syntax error (E filled with "FILE:LINE: ..."). Fields stay valid until
 * the next call. Blank lines are skipped. */
int csv_next(struct csv *c, struct tr_err *e);

int csv_nfields(const struct csv *c);
/* Field I of the current record, or "" when I is out of range. */
const char *csv_field(const struct csv *c, int i);
/* Physical line on which the current record started (1-based). */
long csv_line(const struct csv *c);
const char *csv_path(const struct csv *c);

/* Index of the column named NAME in the current record (the header), or
 * -1. Compares case-insensitively. */
int csv_column(const struct csv *c, const char *name);

/* Read the header and map each of the NAMES (NULL-terminated) to its
 * column in IDX. A missing column or an empty file is an error
 * ("FILE:1: missing column NAME"). */
int csv_header(struct csv *c, const char *const *names, int *idx,
	       struct tr_err *e);

void csv_close(struct csv *c);

#endif
