/* test-keys.c - the list of key requests (KEY_REQUESTS, tui/keys.h):
 * every request has a name, a key label and at least one key, and finds
 * itself by each of its keys; no key and no name is bound to two requests;
 * the help line, the help screen and the manual can rely on the table (a
 * row without a description follows one that has it); and the help-line
 * labels fit, in English and in French (the catalogue built from
 * po/fr.po): each label in KEYS_LABEL_MAX cells, the help line of the
 * question screens in an 80-column terminal. */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "check.h"
#include "speak.h"
#include "i18n.h"
#include "../tui/keys.h"
#include "../tui/ui-draw.h"


/* Cells taken by UTF-8 text S (as ui_width counts them). */
static int
cells(const char *s)
{
	wchar_t w[256];
	size_t n = mbstowcs(w, s, 256);
	int total = 0;

	if (n == (size_t)-1)
		return 1000;
	for (size_t i = 0; i < n; i++) {
		int c = wcwidth(w[i]);

		total += c < 0 ? 1 : c;
	}
	return total;
}

/* Each request: its entry, its name, its key label, its keys. */
static void
check_rows(void)
{
	CHECK_INT(keys_count(), REQ__COUNT - 1);
	for (int i = 0; i < keys_count(); i++) {
		const struct key_binding *a = keys_at(i);

		CHECK(a != NULL && a->id == (enum request)(i + 1));
		CHECK(keys_get(a->id) == a);
		expect(a->name != NULL && a->name[0] != '\0', "request %d has no name", i + 1);
		expect(a->key_label != NULL && a->key_label[0] != '\0',
		       "request %s has no key label", a->name);
		expect(a->keys[0] != 0, "request %s has no key", a->name);
		/* The help line shows a label and the help screen a line. */
		if (a->in_helpline)
			expect(a->label != NULL && a->describe != NULL,
			       "request %s is in the help line without a label or a line",
			       a->name);
		/* A row without a line shares the one of the row above. */
		if (i == 0)
			CHECK(a->describe != NULL);
		for (int j = 0; j < i; j++)
			expect(strcmp(a->name, keys_at(j)->name) != 0,
			       "the name %s is given to two requests", a->name);
	}
	CHECK(keys_at(-1) == NULL);
	CHECK(keys_at(keys_count()) == NULL);
	CHECK(keys_get(REQ_NONE)->name == NULL);
	CHECK(keys_get(REQ__COUNT)->name == NULL);
	CHECK_STR(keys_label(REQ_NONE), "");
}

/* KEY as keys_find() receives it. */
static enum request
find(long key)
{
	int fkey = (key & KEYF(0)) != 0;

	return keys_find(fkey, (wint_t)(fkey ? key & ~KEYF(0) : key));
}

/* No key is bound to two requests, and each finds its request. */
static void
check_keys(void)
{
	for (int i = 0; i < keys_count(); i++) {
		const struct key_binding *a = keys_at(i);

		for (int k = 0; k < KEYS_MAX && a->keys[k] != 0; k++) {
			expect(find(a->keys[k]) == a->id, "key %#lx of %s finds request %d",
			       (unsigned long)a->keys[k], a->name, (int)find(a->keys[k]));
			for (int j = 0; j <= i; j++) {
				const struct key_binding *b = keys_at(j);

				for (int l = 0; l < KEYS_MAX && b->keys[l] != 0; l++)
					expect(b->keys[l] != a->keys[k] || (j == i && l == k),
					       "key %#lx is bound to %s and to %s",
					       (unsigned long)a->keys[k], b->name, a->name);
			}
		}
	}
	CHECK(keys_find(0, L'z') == REQ_NONE);
	CHECK(keys_find(0, L'x') == REQ_NONE);
}

/* The labels fit in LANG: each help-line label in KEYS_LABEL_MAX cells,
 * and the help line of a question screen (REQ_COMMON and REQ_LIST, as
 * ui_helpline draws it) in the width of an 80-column terminal. */
static void
check_widths(const char *lang)
{
	unsigned mask = REQ_COMMON | REQ_LIST;
	int line = 0;
	char keys[64];

	for (int i = 0; i < keys_count(); i++) {
		const struct key_binding *a = keys_at(i);

		if (a->label != NULL)
			expect(cells(_(a->label)) <= KEYS_LABEL_MAX,
			       "%s: the label \"%s\" of %s takes %d cells, more than %d",
			       lang, _(a->label), a->name, cells(_(a->label)), KEYS_LABEL_MAX);
		if (!a->in_helpline || !(mask & REQ_BIT(a->id)))
			continue;
		keys_group_label(a->id, keys, sizeof keys);
		line += (line > 0 ? 2 : 0) + cells(keys) + 1 + cells(_(a->label));
	}
	expect(line <= UI_MIN_COLS - 1, "%s: the help line takes %d cells, more than %d",
	       lang, line, UI_MIN_COLS - 1);
}

int
main(void)
{
	char buf[64];

	if (!speak("en"))
		return 99;
	check_rows();
	check_keys();
	check_widths("en");
	CHECK_STR(keys_group_label(REQ_UP, buf, sizeof buf), "Up/Down");
	CHECK_STR(keys_group_label(REQ_PGUP, buf, sizeof buf), "PgUp/PgDn");
	CHECK_STR(keys_group_label(REQ_HELP, buf, sizeof buf), "F1/?");
	CHECK_STR(keys_label(REQ_DOWN), "Down");
	CHECK_STR(keys_label(REQ_WHY), "w");
	CHECK(speak("fr"));
	CHECK_STR(keys_label(REQ_NEXT), "Entrée");
	CHECK_STR(keys_group_label(REQ_UP, buf, sizeof buf), "Haut/Bas");
	check_widths("fr");
	return check_done();
}
