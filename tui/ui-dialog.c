/* ui-dialog.c - the help box and the quit question (see ui-dialog.h). */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "keys.h"
#include "i18n.h"
#include "ui-dialog.h"
#include "ui-draw.h"

/* The box of H rows and up to WANT columns, centred in the body. */
static void
place(int h, int want, int *y, int *x, int *w)
{
	const struct ui_layout *l = ui_layout();
	int avail = l->too_small ? l->cols : l->width;

	*w = want < avail - 4 ? want : avail - 4;
	if (*w < 20)
		*w = avail;
	*x = (l->too_small ? 0 : l->left) + (avail - *w) / 2;
	*y = (l->lines - h) / 2;
	if (*y < 0)
		*y = 0;
}

/* Number of rows of the key list for MASK. */
static int
key_rows(unsigned mask)
{
	int n = 0;

	for (int i = 0; i < keys_count(); i++) {
		const struct key_binding *a = keys_at(i);

		if (a->describe != NULL && (mask & REQ_BIT(a->id)))
			n++;
	}
	return n;
}

void
ui_dialog_help(const char *text, unsigned mask)
{
	const struct ui_layout *l = ui_layout();
	int y, x, w, h, rows = 0, row, keyw = 0;
	int maxh = l->lines - 2;
	char keys[64];

	if (text != NULL && text[0] != '\0')
		rows = ui_wrap(0, 0, 64, 100, CLR_NORMAL, text, 0) + 1;
	h = rows + key_rows(mask) + 4;
	if (h > maxh)
		h = maxh;
	place(h, 70, &y, &x, &w);
	if (text != NULL && text[0] != '\0')
		rows = ui_wrap(0, 0, w - 4, 100, CLR_NORMAL, text, 0) + 1;
	ui_box(y, x, h, w, _("Help"));
	row = y + 1;
	if (rows > 0)
		row += ui_wrap(row, x + 2, w - 4, h - 3, CLR_NORMAL, text, 1) + 1;
	for (int i = 0; i < keys_count(); i++) {
		const struct key_binding *a = keys_at(i);

		if (a->describe != NULL &&
		    ui_width(keys_group_label(a->id, keys, sizeof keys)) > keyw)
			keyw = ui_width(keys);
	}
	for (int i = 0; i < keys_count() && row < y + h - 2; i++) {
		const struct key_binding *a = keys_at(i);

		if (a->describe == NULL || !(mask & REQ_BIT(a->id)))
			continue;
		ui_put(row, x + 2, keyw + 2, CLR_KEY, keys_group_label(a->id, keys, sizeof keys));
		ui_put(row, x + 4 + keyw, w - 6 - keyw, CLR_NORMAL, _(a->describe));
		row++;
	}
	ui_put(y + h - 2, x + 2, w - 4, CLR_NOTE, _("Press any key to close this help."));
	ui_cursor(y + h - 2, x + 2);
}

void
ui_dialog_quit(enum ui_quit kind)
{
	int y, x, w;
	char line[128];
	const char *q = kind == QUIT_KEPT ? _("Quit? Your answers are kept.") :
		kind == QUIT_KIOSK ?
		/* TRANSLATORS: the kiosk's "quit": the visitor is done and the
		 * answers are erased for the next one; at most 40 cells. */
		_("Finish? Your answers will be erased.") :
		/* TRANSLATORS: at most 40 cells. */
		_("Quit? Your answers will be lost.");

	place(5, 44, &y, &x, &w);
	ui_box(y, x, 5, w, NULL);
	ui_put(y + 1, x + 2, w - 4, CLR_QUESTION, q);
	/* TRANSLATORS: the keys that answer the quit question; %s are the
	 * letters of "y" and "n" below. */
	if (kind == QUIT_KIOSK)
		/* TRANSLATORS: as "yes, quit" below, for the kiosk. */
		snprintf(line, sizeof line, _("%s: yes, finish    %s: no, go on"), _("y"), _("n"));
	else
		snprintf(line, sizeof line, _("%s: yes, quit    %s: no, go on"), _("y"), _("n"));
	ui_put(y + 3, x + 2, w - 4, CLR_NORMAL, line);
	ui_cursor(y + 1, x + 2 + ui_width(q));
}

void
ui_dialog_idle(int seconds)
{
	int y, x, w;
	char line[256];

	place(7, 56, &y, &x, &w);
	ui_box(y, x, 7, w, NULL);
	ui_put(y + 1, x + 2, w - 4, CLR_QUESTION, _("Are you still there?"));
	ui_put(y + 3, x + 2, w - 4, CLR_NORMAL, _("Press any key to continue."));
	snprintf(line, sizeof line,
		 /* TRANSLATORS: at most 52 cells. */
		 P_("In %d second, your answers are erased.",
		    "In %d seconds, your answers are erased.", (unsigned long)seconds),
		 seconds);
	ui_put(y + 5, x + 2, w - 4, CLR_NOTE, line);
	ui_cursor(y + 3, x + 2);
}

/* 1 when CH is the first letter of translated LETTER or of ENGLISH. */
static int
is_letter(wint_t ch, const char *letter, wint_t english)
{
	wchar_t w[8];
	wint_t c = towlower(ch);

	if (c == english)
		return 1;
	if (mbstowcs(w, letter, 8) < 1)
		return 0;
	return c == towlower((wint_t)w[0]);
}

int
ui_dialog_quit_answer(wint_t ch)
{
	/* TRANSLATORS: the letter that answers "yes" (one letter). */
	if (is_letter(ch, _("y"), L'y'))
		return 1;
	/* TRANSLATORS: the letter that answers "no" (one letter). */
	if (is_letter(ch, _("n"), L'n'))
		return 0;
	if (ch == 27)
		return 0;
	return -1;
}
