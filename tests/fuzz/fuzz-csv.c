/* fuzz-csv.c - libFuzzer target for the CSV reader.
 *
 * The bytes are read from memory (csv_open_mem(), the reader csv_open()
 * uses once the file is open); every record is read with ',' then with
 * '\t' as the separator and every field is touched, so that the
 * sanitizers see any bad offset. abort() unless: a record has
 * 1..CSV_MAX_FIELDS fields, csv_field() out of range is "", records never
 * start on an earlier line, an error names the file and a line of the
 * input, and a text holding a NUL byte is refused (never a field cut
 * short). */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static volatile size_t sink;

/* The line of "fuzz.csv:LINE: ..." (0 for "fuzz.csv: ..."), -1 when the
 * message does not name the file. */
static long
line_of(const char *msg)
{
	static const char name[] = "fuzz.csv:";
	char *end;
	long n;

	if (strncmp(msg, name, sizeof name - 1) != 0)
		return -1;
	msg += sizeof name - 1;
	if (*msg == ' ')
		return 0;
	n = strtol(msg, &end, 10);
	return *end == ':' ? n : -1;
}

static void
read_all(const uint8_t *data, size_t size, char sep)
{
	struct tr_err e;
	struct csv *c = csv_open_mem("fuzz.csv", data, size, sep, &e);
	long last = 0, lines = 1, at;
	int r;

	if (c == NULL)
		abort();
	for (size_t i = 0; i < size; i++)
		lines += data[i] == '\n';
	while ((r = csv_next(c, &e)) > 0) {
		int nf = csv_nfields(c);

		if (nf < 1 || nf > CSV_MAX_FIELDS)
			abort();
		/* Records never start on an earlier physical line (a lone CR
		 * ends a record but not a line, as csv.c counts lines). */
		if (csv_line(c) < last)
			abort();
		last = csv_line(c);
		for (int i = 0; i < nf; i++)
			sink += strlen(csv_field(c, i));
		if (csv_field(c, nf)[0] != '\0' || csv_field(c, -1)[0] != '\0')
			abort();
		sink += (size_t)csv_column(c, "code");
	}
	if (r < 0 && ((at = line_of(e.msg)) < 1 || at > lines))
		abort();                  /* errors name the file and a line */
	if (r == 0 && memchr(data, '\0', size) != NULL)
		abort();                  /* a NUL byte is never read as text */
	csv_close(c);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	read_all(data, size, ',');
	read_all(data, size, '\t');
	return 0;
}
