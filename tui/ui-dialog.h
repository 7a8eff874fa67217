/* ui-dialog.h - boxes drawn over a screen: the help of a screen (with the
 * key list taken from the action table) and the quit question. */
#ifndef TREMPLIN_UI_DIALOG_H
#define TREMPLIN_UI_DIALOG_H

#include <wchar.h>

#include "keys.h"

/* Where a help box is scrolled to (zeroed when it opens). */
struct ui_help {
	int top;                      /* first row of its content shown */
	int rows;                     /* rows of its content */
	int page;                     /* rows the box shows */
};
/* Draw the help box: TEXT (the screen's help, translated, may be NULL)
 * then the keys of the action table offered in MASK, each described
 * beside its key, the whole wrapped in a box only as large as it needs;
 * when it is taller than the terminal, it shows HS->top on. */
void ui_dialog_help(const char *text, unsigned mask, struct ui_help *hs);
/* Scroll the help box for request R (Up, Down, PgUp, PgDn, Home, End):
 * 1 when it scrolls (draw it again), 0 when R closes it. */
int ui_dialog_help_key(struct ui_help *hs, enum request r);

/* What quitting does: the answers stay saved, are lost, or (a kiosk) the
 * visitor is done and the answers are erased for the next one. */
enum ui_quit { QUIT_KEPT, QUIT_LOST, QUIT_KIOSK };
/* Draw the quit question for KIND. */
void ui_dialog_quit(enum ui_quit kind);
/* Draw the kiosk's question after a while without a key: the answers are
 * erased in SECONDS unless a key is touched. */
void ui_dialog_idle(int seconds);

/* The answer to the quit question for key CH: 1 yes, 0 no, -1 neither.
 * Accepts the translated letters and the English y/n. */
int ui_dialog_quit_answer(wint_t ch);

#endif
