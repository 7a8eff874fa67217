/* ui-dialog.h - boxes drawn over a screen: the help of a screen (with the
 * key list taken from the action table) and the quit question. */
#ifndef TREMPLIN_UI_DIALOG_H
#define TREMPLIN_UI_DIALOG_H

#include <wchar.h>

/* Draw the help box: TEXT (the screen's help, translated, may be NULL)
 * then the keys of the action table offered in MASK. */
void ui_dialog_help(const char *text, unsigned mask);

/* Draw the quit question; KEPT: the answers are saved (else the question
 * says they will be lost). */
void ui_dialog_quit(int kept);
/* The answer to the quit question for key CH: 1 yes, 0 no, -1 neither.
 * Accepts the translated letters and the English y/n. */
int ui_dialog_quit_answer(wint_t ch);

#endif
