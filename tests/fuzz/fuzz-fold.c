/* fuzz-fold.c - libFuzzer target for the UTF-8 and folding helpers.
 *
 * The first byte picks the size of text_fold()'s output buffer, the rest
 * is the text. Properties (text.h): the folded text is ASCII lowercase
 * letters, digits and single spaces, with no leading or trailing space,
 * within the buffer; text_utf8() and text_decode() agree and never step
 * past the end; text_width() counts at most one column per byte. abort()
 * otherwise. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_folded(const char *out, size_t n, size_t cap)
{
	if (n >= cap || strlen(out) != n)
		abort();
	for (size_t i = 0; i < n; i++) {
		char c = out[i];

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			continue;
		if (c != ' ' || i == 0 || i == n - 1 || out[i - 1] == ' ') {
			fprintf(stderr, "bad folded text \"%s\" (byte %zu)\n", out, i);
			abort();
		}
	}
}

static void
check_decode(const char *s, size_t len)
{
	size_t i = 0, chars = 0;

	while (i < len) {
		unsigned long cp = 0, cp2;
		size_t used, n = text_utf8(s + i, len - i, &cp);

		cp2 = text_decode(s + i, &used);
		if (n > 4 || used < 1 || used > 4 || i + used > len)
			abort();
		if (n > 0 && (used != n || cp2 != cp || cp > 0x10FFFF ||
			      (cp >= 0xD800 && cp <= 0xDFFF)))
			abort();
		if (n == 0 && (used != 1 || cp2 != 0xFFFD))
			abort();
		i += used;
		chars++;
	}
	if (text_width(s) > chars)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text, *out;
	size_t cap, len, n;

	if (size == 0)
		return 0;
	cap = data[0];                    /* 0..255: small buffers cut the text */
	text = malloc(size);
	if (text == NULL)
		return 0;
	memcpy(text, data + 1, size - 1);
	text[size - 1] = '\0';
	len = strlen(text);
	check_decode(text, len);

	/* A buffer of exactly CAP bytes, so that ASan sees any overrun. */
	out = malloc(cap ? cap : 1);
	if (out == NULL)
		abort();
	n = text_fold(text, out, cap);
	if (cap == 0 ? n != 0 : (check_folded(out, n, cap), 0))
		abort();
	free(out);

	/* Room for everything: at most two bytes out per byte in. */
	out = malloc(2 * len + 1);
	if (out == NULL)
		abort();
	n = text_fold(text, out, 2 * len + 1);
	check_folded(out, n, 2 * len + 1);
	free(out);
	free(text);
	return 0;
}
