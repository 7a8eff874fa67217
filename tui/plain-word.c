/* plain-word.c - an answer or a command typed as the start of its words:
 * "fr" for "Français", "tick" or "t" for the command that ticks an
 * action. Letters are compared in ASCII lower case, accents dropped
 * (core's export_ascii), so that "francais" and "FRAN" both name
 * "Français". */
#include <config.h>

#include <ctype.h>
#include <string.h>

#include "export.h"
#include "i18n.h"
#include "plain.h"

void
plain_fold(const char *line, char *buf, size_t size)
{
	export_ascii(line, buf, size);
	for (char *c = buf; *c != '\0'; c++)
		*c = (char)tolower((unsigned char)*c);
}

/* 1 when KEY (folded, not empty) begins TEXT (folded) or one of its
 * words. */
static int
begins(const char *key, const char *text)
{
	size_t n = strlen(key);

	for (const char *w = text; *w != '\0'; w++) {
		if (w != text && isalnum((unsigned char)w[-1]))
			continue;     /* not the start of a word */
		if (strncmp(w, key, n) == 0)
			return 1;
	}
	return 0;
}

static int
number_of(const char *line)
{
	int n = 0;

	if (*line == '\0' || strlen(line) > 6)
		return -1;
	for (; *line != '\0'; line++) {
		if (!isdigit((unsigned char)*line))
			return -1;
		n = n * 10 + (*line - '0');
	}
	return n;
}

int
plain_word(const char *line, const char *const *words, int n, int numbered,
	   int *first, int *second)
{
	char key[PLAIN_LINE_MAX], text[4 * PLAIN_LINE_MAX];
	int found = -1, whole = -1, v = number_of(line);

	if (numbered && v >= 1 && v <= n)
		return v - 1;
	plain_fold(line, key, sizeof key);
	if (key[0] == '\0' || v >= 0)
		return -1;
	for (int i = 0; i < n; i++) {
		plain_fold(words[i], text, sizeof text);
		if (strcmp(key, text) == 0 && whole < 0)
			whole = i;    /* the whole text: no doubt left */
		if (!begins(key, text))
			continue;
		if (found == -1) {
			found = i;
		} else if (found >= 0) {
			if (first != NULL)
				*first = found;
			if (second != NULL)
				*second = i;
			found = -2;
		}
	}
	return whole >= 0 ? whole : found;
}

/* KEY (folded) names VERB: 2 its whole word, 1 the start of it, 0 not. */
static int
names(const char *key, const struct plain_verb *verb)
{
	char spoken[64];
	size_t n = strlen(key);

	plain_fold(verb->spoken, spoken, sizeof spoken);
	if (strcmp(key, verb->english) == 0 || strcmp(key, spoken) == 0)
		return 2;
	return strncmp(key, verb->english, n) == 0 || strncmp(key, spoken, n) == 0;
}

int
plain_verb(struct plain *p, const char *line, const struct plain_verb *verbs, int n,
	   int *arg)
{
	char key[64], folded[PLAIN_LINE_MAX];
	const char *rest;
	size_t len;
	int found = -1, other = -1;

	*arg = -1;
	plain_fold(line, folded, sizeof folded);
	len = strcspn(folded, " 0123456789");
	if (len == 0 || len >= sizeof key)
		return -1;
	memcpy(key, folded, len);
	key[len] = '\0';
	for (rest = folded + len; *rest == ' '; rest++)
		;
	*arg = *rest == '\0' ? -1 : number_of(rest) < 0 ? -2 : number_of(rest);
	for (int i = 0; i < n; i++) {
		int m = names(key, &verbs[i]);

		if (m == 2)
			return i;
		if (m == 1 && found < 0)
			found = i;
		else if (m == 1)
			other = i;
	}
	if (other < 0)
		return found;
	/* TRANSLATORS: %1$s is what was typed, %2$s and %3$s two commands
	 * it could begin. */
	plain_sayf(p, 0, 0, _("\"%1$s\" may mean %2$s or %3$s: type more letters."), key,
		   verbs[found].spoken, verbs[other].spoken);
	return -2;
}
