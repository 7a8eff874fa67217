/* fuzz-csv.c - libFuzzer target for the CSV reader.
 *
 * The bytes go to one temporary file per process (csv_open() reads a
 * path); every record is read with ',' then with '\t' as the separator and
 * every field is touched, so that the sanitizers see any bad offset. A
 * record must have 1..CSV_MAX_FIELDS fields and csv_field() out of range
 * must be "". abort() otherwise. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[64];

static void
remove_path(void)
{
	if (path[0] != '\0')
		unlink(path);
}

static const char *
temp_path(void)
{
	if (path[0] == '\0') {
		snprintf(path, sizeof path, "/tmp/tremplin-fuzz-csv.%ld", (long)getpid());
		atexit(remove_path);
	}
	return path;
}

static volatile size_t sink;

static void
read_all(const char *p, char sep)
{
	struct tr_err e;
	struct csv *c = csv_open(p, sep, &e);
	long last = 0;
	int r;

	if (c == NULL)
		abort();
	while ((r = csv_next(c, &e)) > 0) {
		int nf = csv_nfields(c);

		if (nf < 1 || nf > CSV_MAX_FIELDS)
			abort();
		/* Records never start on an earlier physical line (a lone CR
		 * ends a record but not a line, as csv.c counts lines). */
		if (csv_line(c) < last)
			abort();
		last = csv_line(c);
		for (int i = 0; i < nf; i++) {
			const char *f = csv_field(c, i);
			sink += strlen(f);
		}
		if (csv_field(c, nf)[0] != '\0' || csv_field(c, -1)[0] != '\0')
			abort();
		sink += (size_t)csv_column(c, "code");
	}
	if (r < 0 && strncmp(e.msg, p, strlen(p)) != 0)
		abort();                  /* errors name the file */
	csv_close(c);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = temp_path();
	FILE *fp = fopen(p, "wb");

	if (fp == NULL || fwrite(data, 1, size, fp) != size || fclose(fp) != 0)
		abort();
	read_all(p, ',');
	read_all(p, '\t');
	return 0;
}
