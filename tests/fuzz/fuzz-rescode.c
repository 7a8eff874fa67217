/* fuzz-rescode.c - libFuzzer target for the resume-code reader.
 *
 * Property: a code that rescode_decode() accepts gives a situation that
 * rescode_encode() can carry, and decoding that new code gives the same
 * answers (compared through situation_write()); those answers, written
 * as a file, read back. abort() when they do not. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rescode.h"
#include "situation.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct situation s1, s2;
	struct tr_err e;
	char code[RESCODE_MAX], *text, *w1, *w2;
	size_t n1, n2;
	int len;

	text = malloc(size + 1);
	if (text == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	if (rescode_decode(text, &s1, &e) < 0) {
		free(text);
		return 0;
	}
	free(text);
	len = rescode_encode(&s1, code, sizeof code, &e);
	if (len < 0 || (size_t)len != strlen(code)) {
		fprintf(stderr, "a decoded situation cannot be encoded: %s\n", e.msg);
		abort();
	}
	if (rescode_decode(code, &s2, &e) < 0) {
		fprintf(stderr, "re-encoded code %s does not decode: %s\n", code, e.msg);
		abort();
	}
	w1 = situation_text(&s1, &n1);
	w2 = situation_text(&s2, &n2);
	if (w1 == NULL || w2 == NULL || n1 != n2 || memcmp(w1, w2, n1) != 0 ||
	    s1.answered != s2.answered) {
		fprintf(stderr, "answers differ after re-encoding as %s:\n%s---\n%s---\n",
			code, w1 ? w1 : "(write failed)", w2 ? w2 : "(write failed)");
		abort();
	}
	/* The answers of a code are answers: they read back as a file. */
	if (situation_read_string(&s2, w1, "decoded", &e) < 0) {
		fprintf(stderr, "decoded answers do not read back: %s\n", e.msg);
		abort();
	}
	free(w1);
	free(w2);
	return 0;
}
