/* wizard-session.c - saved sessions in the wizard: the sessions database
 * and the saves (see wizard-session.h). The offer to continue is
 * screen-continue.c. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "config-file.h"
#include "i18n.h"
#include "rules.h"
#include "session.h"
#include "wizard-session.h"

/* Adviser mode: the sessions unchanged for retention_days are deleted,
 * overwritten in the file (session_purge()); the list says how many. */
static void
purge_old(struct wizard *w)
{
	int days = w->opts->retention_days > 0 ? w->opts->retention_days :
		CONFIG_RETENTION_DEFAULT, n = 0;
	struct tr_err e;
	char text[256];

	if (session_purge(w->sessions, days, &n, &e) < 0) {
		/* TRANSLATORS: on the message line: at most 76 cells. */
		wizard_error(w, _("The old sessions could not be deleted: see 'tremplin sessions check'."));
		return;
	}
	if (n == 0)
		return;
	/* TRANSLATORS: on the message line: at most 76 cells. */
	snprintf(text, sizeof text, P_("%d session older than the retention limit was deleted.",
				       "%d sessions older than the retention limit were deleted.",
				       (unsigned long)n), n);
	wizard_note(w, text);
}

void
wsession_open(struct wizard *w)
{
	char path[4096];
	struct tr_err e;

	w->sessions = NULL;
	if (w->opts->mode == WIZARD_KIOSK)
		return;                   /* a kiosk keeps nothing of anyone */
	if (w->opts->no_save) {
		wizard_note(w, _("Nothing will be saved (--no-save)."));
		return;
	}
	if (session_default_path(path, sizeof path, &e) < 0 ||
	    session_open(path, &w->sessions, &e) < 0) {
		w->sessions = NULL;
		/* TRANSLATORS: on the message line: at most 76 cells. */
		wizard_error(w, _("Answers will not be saved: 'tremplin sessions check' says why."));
		return;
	}
	if (w->opts->mode == WIZARD_ADVISER)
		purge_old(w);
}

void
wsession_close(struct wizard *w)
{
	struct tr_err e;

	/* The lease goes back: another window may continue the session. */
	if (w->sessions != NULL && w->session_id != 0)
		(void)session_release(w->sessions, w->session_id, &e);
	store_close(w->sessions);
	w->sessions = NULL;
}

/* What the adviser's list shows of the session: the questions that
 * apply and those answered, the main challenge when the diagnosis is on
 * the screen (S), where the first answers came from. */
static int
save_progress(struct wizard *w, const struct screen *s, struct tr_err *e)
{
	struct session_info info;
	const struct pipeline *r;

	memset(&info, 0, sizeof info);
	for (int i = interview_next(&w->sit, &w->facts, -1); i < interview_count();
	     i = interview_next(&w->sit, &w->facts, i)) {
		info.asked++;
		info.answered += SIT_HAS(&w->sit, interview_get(i)->key) != 0;
	}
	if (flow_beyond_summary(s) && (r = wizard_result(w)) != NULL && r->ok)
		snprintf(info.challenge, sizeof info.challenge, "%s",
			 rules_challenge(r->diag.main)->id);
	info.brought = w->brought;
	info.brought_from = w->brought_from;
	return session_save_progress(w->sessions, w->session_id, &info, e);
}

static void
save_failed(struct wizard *w, const struct tr_err *e)
{
	(void)e;
	if (w->save_failed)
		return;
	w->save_failed = 1;
	/* TRANSLATORS: on the message line: at most 76 cells. */
	wizard_error(w, _("Your answers could not be saved; the interview goes on."));
}

void
wsession_sync(struct wizard *w, const struct screen *s, int force)
{
	const char *where = flow_screen_id(s);
	struct tr_err e;

	if (w->sessions == NULL) {
		w->dirty = 0;
		return;
	}
	if (flow_beyond_summary(s))
		w->saved_finished = 1;
	if (where == NULL) {
		if (w->session_id == 0)
			return;               /* the interview has not begun */
		where = w->saved_screen;
	}
	if (!force && !w->dirty && w->session_id != 0 && strcmp(where, w->saved_screen) == 0)
		return;
	if (w->session_id == 0 &&
	    session_create(w->sessions, w->pseudonym, &w->session_id, &e) < 0) {
		w->session_id = 0;
		save_failed(w, &e);
		return;
	}
	if (session_save_all(w->sessions, w->session_id, &w->sit, where, w->saved_finished,
			     w->marks, w->nmarks, &e) < 0 ||
	    (w->opts->mode == WIZARD_ADVISER &&
	     (session_save_meeting(w->sessions, w->session_id, w->meeting_note,
				   w->export_lang, &e) < 0 || save_progress(w, s, &e) < 0))) {
		save_failed(w, &e);
		return;
	}
	snprintf(w->saved_screen, sizeof w->saved_screen, "%s", where);
	w->dirty = 0;
	if (w->save_failed) {
		/* A failed save (the file busy, the disk full) is tried again at
		 * each key; the first that works says so. */
		w->save_failed = 0;
		/* TRANSLATORS: on the message line: at most 76 cells. */
		wizard_note(w, _("Your answers are saved again."));
	}
}


void
wsession_load_meeting(struct wizard *w)
{
	struct tr_err e;

	if (w->sessions == NULL || w->session_id == 0 || w->opts->mode != WIZARD_ADVISER ||
	    session_load_meeting(w->sessions, w->session_id, w->meeting_note,
				 sizeof w->meeting_note, w->export_lang, sizeof w->export_lang,
				 &e) < 0) {
		w->meeting_note[0] = '\0';
		w->export_lang[0] = '\0';
	}
}
