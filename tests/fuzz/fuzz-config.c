/* fuzz-config.c - libFuzzer target for the configuration reader.
 *
 * Properties (abort() when one fails):
 * - a text that config_read_string() refuses gets "fuzz:LINE: ..." (a
 *   line number of the text, then a message);
 * - a text it accepts is written by config_write() as a file that reads
 *   back to the same keys and writes byte for byte the same; its values
 *   are in their ranges (idle_timeout, export_folder, exit_key);
 * - config_exit_key() on the first bytes of the input: 0 gives F1..F12
 *   or Ctrl-A..Ctrl-Z, never both; -2 a control key; -1 neither. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config-file.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* C written as a file (malloc'ed), its length in *LEN. */
static char *
written(const struct config *c, size_t *len)
{
	char *text = NULL;
	FILE *fp = open_memstream(&text, len);

	if (fp == NULL)
		abort();
	if (config_write(c, fp) < 0 || fclose(fp) != 0) {
		fprintf(stderr, "config_write failed on an accepted input\n");
		abort();
	}
	return text;
}

/* An error names the file and a line within the text's LINES. */
static void
check_error(const char *msg, size_t lines)
{
	char *end;
	unsigned long line;

	if (strncmp(msg, "fuzz:", 5) != 0)
		goto bad;
	line = strtoul(msg + 5, &end, 10);
	if (end == msg + 5 || line < 1 || line > lines || strncmp(end, ": ", 2) != 0 ||
	    end[2] == '\0')
		goto bad;
	return;
bad:
	fprintf(stderr, "an error without FILE:LINE (%zu lines): %s\n", lines, msg);
	abort();
}

static void
check_values(const struct config *c)
{
	int fkey, ctrl;

	if (config_has(c, CONFIG_IDLE_TIMEOUT) &&
	    (c->idle_timeout < 0 || c->idle_timeout > CONFIG_IDLE_MAX))
		abort();
	if (config_has(c, CONFIG_EXPORT_FOLDER) && c->export_folder[0] != '/')
		abort();
	if (config_has(c, CONFIG_EXIT_KEY) && config_exit_key(c->exit_key, &fkey, &ctrl) != 0)
		abort();
	if (config_has(c, CONFIG_LANGUAGES) && c->languages[0] == '\0')
		abort();
}

static void
check_exit_key(const uint8_t *data, size_t size)
{
	char name[16];
	int fkey, ctrl, rc;

	if (size >= sizeof name)
		size = sizeof name - 1;
	memcpy(name, data, size);
	name[size] = '\0';
	rc = config_exit_key(name, &fkey, &ctrl);
	if (rc == 0 && !((fkey >= 1 && fkey <= 12 && ctrl == 0) ||
			 (fkey == 0 && ctrl >= 1 && ctrl <= 26)))
		abort();
	if (rc == -2 && (fkey != 0 || ctrl < 1 || ctrl > 27))
		abort();
	if (rc == -1 && (fkey != 0 || ctrl != 0))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config c1, c2;
	struct tr_err e;
	char *w1, *w2;
	size_t n1, n2, lines = 1;

	check_exit_key(data, size);
	for (size_t i = 0; i < size; i++)
		lines += data[i] == '\n';
	if (config_read_string(&c1, (const char *)data, size, "fuzz", &e) < 0) {
		check_error(e.msg, lines);
		return 0;
	}
	check_values(&c1);
	w1 = written(&c1, &n1);
	if (config_read_string(&c2, w1, n1, "written", &e) < 0) {
		fprintf(stderr, "a written configuration does not read back: %s\n---\n%s---\n",
			e.msg, w1);
		abort();
	}
	w2 = written(&c2, &n2);
	if (n1 != n2 || memcmp(w1, w2, n1) != 0 || c1.set != c2.set) {
		fprintf(stderr, "a configuration differs after a round trip:\n%s---\n%s---\n",
			w1, w2);
		abort();
	}
	free(w1);
	free(w2);
	return 0;
}
