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

/* The widest text column of the help box (the box is 4 cells wider). */
#define HELP_WIDTH 66

static int
shown(const struct key_binding *a, unsigned mask)
{
	return a->describe != NULL && (mask & REQ_BIT(a->id));
}

/* Cells of the widest line of S ('\n' starts a line). */
static int
widest_line(const char *s)
{
	char line[1024];
	int most = 0;

	while (s != NULL && *s != '\0') {
		size_t n = strcspn(s, "\n");
		size_t k = n < sizeof line ? n : sizeof line - 1;
		int w;

		memcpy(line, s, k);
		line[k] = '\0';
		w = ui_width(line);
		if (w > most)
			most = w;
		s += n + (s[n] == '\n');
	}
	return most;
}

/* Cells of the widest key label of MASK (the column of the keys). */
static int
keys_width(unsigned mask)
{
	char keys[64];
	int most = 0;

	for (int i = 0; i < keys_count(); i++) {
		const struct key_binding *a = keys_at(i);

		if (shown(a, mask) && ui_width(keys_group_label(a->id, keys, sizeof keys)) > most)
			most = ui_width(keys);
	}
	return most;
}

/* The content of a help box, TW cells wide, the keys' column KEYW wide,
 * scrolled to its row TOP, PAGE rows shown from row Y, column X. */
struct help_view {
	int y, x, tw, keyw, top, page, draw;
};

/* S wrapped in W cells at column X, as content rows from ROW on; draws
 * the rows inside the view. Returns how many rows S takes. */
static int
help_piece(const struct help_view *v, int row, int x, int w, enum color_role role,
	   const char *s)
{
	int n = ui_wrap(0, 0, w, 1000, role, s, 0);
	int skip = v->top > row ? v->top - row : 0;
	int at = row + skip - v->top;

	if (v->draw && skip < n && at < v->page)
		ui_wrap_from(v->y + at, x, w, skip, v->page - at, role, s, 1);
	return n;
}

/* The help text, a blank row, then one entry per key of MASK, its
 * description wrapped beside the key. Returns the rows of the content. */
static int
help_body(const struct help_view *v, const char *text, unsigned mask)
{
	char keys[64];
	int row = 0, dx = v->keyw + 2;

	if (text != NULL && text[0] != '\0')
		row += help_piece(v, row, v->x, v->tw, CLR_NORMAL, text) + 1;
	for (int i = 0; i < keys_count(); i++) {
		const struct key_binding *a = keys_at(i);

		if (!shown(a, mask))
			continue;
		if (v->draw && row >= v->top && row < v->top + v->page)
			ui_put(v->y + row - v->top, v->x, dx, CLR_KEY,
			       keys_group_label(a->id, keys, sizeof keys));
		row += help_piece(v, row, v->x + dx, v->tw - dx, CLR_NORMAL, keys_text(a, ui_kiosk()));
	}
	return row;
}

static const char *
help_footer(int scrolls, char *buf, size_t len)
{
	char keys[64];

	if (!scrolls)
		return _("Press any key to close this help.");
	/* TRANSLATORS: %s is the Up and Down keys ("Up/Down"); at most 60
	 * cells. */
	snprintf(buf, len, _("%s scroll, any other key closes this help."),
		 keys_group_label(REQ_UP, keys, sizeof keys));
	return buf;
}

/* The text column of the help box: as wide as its widest line, at most
 * HELP_WIDTH and what the terminal has. */
static int
help_width(const char *text, unsigned mask, int keyw)
{
	const struct ui_layout *l = ui_layout();
	int avail = (l->too_small ? l->cols : l->width) - 8;
	int tw = widest_line(text);
	char buf[256];

	for (int i = 0; i < keys_count(); i++) {
		const struct key_binding *a = keys_at(i);

		if (shown(a, mask) && keyw + 2 + ui_width(keys_text(a, ui_kiosk())) > tw)
			tw = keyw + 2 + ui_width(keys_text(a, ui_kiosk()));
	}
	for (int scrolls = 0; scrolls < 2; scrolls++)
		if (ui_width(help_footer(scrolls, buf, sizeof buf)) > tw)
			tw = ui_width(buf);
	if (tw > HELP_WIDTH)
		tw = HELP_WIDTH;
	if (tw > avail)
		tw = avail;
	return tw < keyw + 12 ? keyw + 12 : tw;
}

void
ui_dialog_help(const char *text, unsigned mask, struct ui_help *hs)
{
	const struct ui_layout *l = ui_layout();
	struct help_view v = { .keyw = keys_width(mask) };
	int y, x, w, h;
	char buf[256];

	v.tw = help_width(text, mask, v.keyw);
	place(1, v.tw + 4, &y, &x, &w);
	v.tw = w - 4;
	hs->rows = help_body(&v, text, mask);
	h = hs->rows + 4 < l->lines - 2 ? hs->rows + 4 : l->lines - 2;
	hs->page = h - 4 > 1 ? h - 4 : 1;
	if (hs->top > hs->rows - hs->page)
		hs->top = hs->rows - hs->page;
	if (hs->top < 0)
		hs->top = 0;
	place(h, w, &y, &x, &w);
	ui_box(y, x, h, w, _("Help"));
	v.y = y + 1;
	v.x = x + 2;
	v.top = hs->top;
	v.page = hs->page;
	v.draw = 1;
	help_body(&v, text, mask);
	if (hs->rows > hs->page) {
		ui_put(y + 1, x + w - 2, 1, CLR_NOTE, hs->top > 0 ? (ui_ascii() ? "^" : "\u25b2") : " ");
		ui_put(y + hs->page, x + w - 2, 1, CLR_NOTE, hs->top + hs->page < hs->rows ?
		       (ui_ascii() ? "v" : "\u25bc") : " ");
	}
	ui_put(y + h - 2, x + 2, w - 4, CLR_NOTE, help_footer(hs->rows > hs->page, buf, sizeof buf));
	/* A braille display shows the line of the cursor: the help's first. */
	ui_cursor(y + 1, x + 2);
}

int
ui_dialog_help_key(struct ui_help *hs, enum request r)
{
	if (hs->rows <= hs->page)
		return 0;
	switch (r) {
	case REQ_UP: hs->top--; break;
	case REQ_DOWN: hs->top++; break;
	case REQ_PGUP: hs->top -= hs->page > 1 ? hs->page - 1 : 1; break;
	case REQ_PGDN: hs->top += hs->page > 1 ? hs->page - 1 : 1; break;
	case REQ_HOME: hs->top = 0; break;
	case REQ_END: hs->top = hs->rows; break;
	default: return 0;
	}
	return 1;
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
	ui_cursor(y + 1, x + 2);
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
	ui_cursor(y + 1, x + 2);
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
