/* export-ui.h - what the diagnosis, plan and export screens share: the
 * diagnosis and plan of the wizard's answers, and the text export (core's
 * export_text with the plan marks, the resume code and the date) saved to
 * a file, sent to the print command, or kept in memory to be shown.
 *
 * The date of the export is today's, from the program's clock (clock.h:
 * TREMPLIN_NOW pins it; `tremplin diagnose --date` is the batch
 * equivalent). */
#ifndef TREMPLIN_EXPORT_UI_H
#define TREMPLIN_EXPORT_UI_H

#include <stddef.h>

#include "clock.h"
#include "diag.h"
#include "err.h"
#include "plan.h"

struct wizard;

/* Adviser mode: the language the export is written in: the one chosen
 * on the export screen (w->export_lang), else the answer "language of the
 * plan", else NULL (the screen's). */
const char *export_ui_lang(const struct wizard *w);
/* Choose the next of the languages offered (wizard_languages) for the
 * export. */
void export_ui_next_lang(struct wizard *w);

/* The export of the wizard's diagnosis (w->result, which the screen
 * got from wizard_result()) as one string (malloc'd, NUL-terminated),
 * NULL when out of memory. */
char *export_ui_text(struct wizard *w);

/* The file proposed for saving: XDG_DOCUMENTS_DIR, else ~/Documents when
 * it exists, else ~; named tremplin-plan-DATE.txt (the one-page summary
 * of a meeting: tremplin-meeting-DATE.txt). */
void export_ui_default_path(const struct wizard *w, char *buf, size_t len);

/* PATH with the home folder written "~" (for the screen), into OUT (may
 * be PATH). */
void export_ui_tilde(const char *path, char *out, size_t len);

enum export_ui_status { EXPORT_UI_OK, EXPORT_UI_EXISTS, EXPORT_UI_FAIL };

/* Save the export to PATH ("~/" is the home folder). Without OVERWRITE an
 * existing file is left alone (EXPORT_UI_EXISTS). EXPORT_UI_FAIL: E says
 * why in plain words (missing folder, permission...). The path
 * written, "~" for the home folder, goes to DONE. */
enum export_ui_status export_ui_save(struct wizard *w, const char *path, int overwrite,
				     char *done, size_t donelen, struct tr_err *e);

/* The kiosk's save: the export into the configured export_folder under a
 * new name the program makes (tremplin-plan-DATE-N.txt), never one typed;
 * the name goes to DONE. */
enum export_ui_status export_ui_save_new(struct wizard *w, char *done, size_t donelen,
					 struct tr_err *e);

/* --print-command CMD (NULL: printing is not offered). */
const char *export_ui_print_command(const struct wizard *w);

/* Run the print command with the export on its standard input (its own
 * output is discarded so that the screen stays clean). Returns its exit
 * status (0-255), or -1 with E filled when it could not be run or ended
 * on a signal. */
int export_ui_print(struct wizard *w, struct tr_err *e);

#endif
