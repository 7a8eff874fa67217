/* wizard-session.h - saved sessions in the wizard (default mode).
 *
 * At start the per-user sessions database is opened (unless --no-save);
 * when an unfinished session is there, the first screen offers to continue
 * it or to start again. A session is created when the person leaves the
 * Welcome screen (or at once for --resume CODE), then saved after every
 * screen change and whenever w->dirty is set: answers, the screen and the
 * plan marks in one transaction. It is marked finished when the diagnosis
 * is reached. When the database cannot be used the message line says so
 * once and the interview goes on without saving. */
#ifndef TREMPLIN_WIZARD_SESSION_H
#define TREMPLIN_WIZARD_SESSION_H

#include "screen.h"
#include "wizard.h"

/* Open the sessions database into w->sessions (not with --no-save); on
 * failure leave it NULL and put the reason on the message line. */
void wsession_open(struct wizard *w);
void wsession_close(struct wizard *w);

/* Save when the screen changed since the last save, when w->dirty is set
 * or when FORCE; creates the session when the interview has begun. A
 * failure is said once on the message line and the wizard goes on. */
void wsession_sync(struct wizard *w, const struct screen *s, int force);

/* Adviser mode: the note on the meeting and the export's language of the
 * session taken back (w->session_id) into W; "" when none. */
void wsession_load_meeting(struct wizard *w);

#endif
