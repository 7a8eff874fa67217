/* speak.h - the tests that read the catalogues speak a language through
 * this (the built catalogues of TREMPLIN_LOCALEDIR, the C.UTF-8 locale).
 * Included by one test each. */
#ifndef TREMPLIN_SPEAK_H
#define TREMPLIN_SPEAK_H

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"

/* Speak LANG ("fr", "en"); 0 when the French catalogue cannot be found. */
static int
speak(const char *lang)
{
	static int bound;
	const char *dir = getenv("TREMPLIN_LOCALEDIR");

	if (!bound) {
		if (dir == NULL || dir[0] == '\0' || setlocale(LC_ALL, "C.UTF-8") == NULL) {
			fprintf(stderr, "TREMPLIN_LOCALEDIR is not set, or no C.UTF-8 locale\n");
			return 0;
		}
		bindtextdomain("tremplin", dir);
		bind_textdomain_codeset("tremplin", "UTF-8");
		bound = 1;
	}
	setenv("LANGUAGE", lang, 1);
	textdomain("tremplin");   /* gettext looks at LANGUAGE again */
	return 1;
}

#endif
