/* fuzz-answers.c - libFuzzer target for the answers-file reader.
 *
 * Property: any text that situation_read_string() accepts is written by
 * situation_write() as a file that reads back to the same situation and
 * writes byte for byte the same. abort() when it does not. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "situation.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct situation s1, s2;
	struct tr_err e;
	char *text, *w1, *w2;
	size_t n1, n2;

	text = malloc(size + 1);
	if (text == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	if (situation_read_string(&s1, text, "fuzz", &e) < 0) {
		free(text);
		return 0;
	}
	free(text);
	/* Accepted: its written form must be writable, readable and stable. */
	if ((w1 = situation_text(&s1, &n1)) == NULL) {
		fprintf(stderr, "situation_write failed on an accepted input\n");
		abort();
	}
	if (situation_read_string(&s2, w1, "written", &e) < 0) {
		fprintf(stderr, "written answers do not read back: %s\n---\n%s---\n",
			e.msg, w1);
		abort();
	}
	if ((w2 = situation_text(&s2, &n2)) == NULL || n1 != n2 || memcmp(w1, w2, n1) != 0) {
		fprintf(stderr, "answers differ after a round trip:\n%s---\n%s---\n",
			w1, w2 ? w2 : "(write failed)");
		abort();
	}
	if (s1.answered != s2.answered)
		abort();
	free(w1);
	free(w2);
	return 0;
}
