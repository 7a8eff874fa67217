/* screen-sessions-ask.c - the questions at the foot of the adviser's list
 * of sessions (screen-sessions.c): the pseudonym of a new session or of a
 * rename, with a warning when it looks like a full name or an e-mail
 * address; how the new session starts (empty, from an answers file, from
 * a resume code); the answers file's name; a deletion to confirm. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "screen-sessions.h"
#include "text.h"
#include "ui-dialog.h"
#include "ui-draw.h"
#include "wizard.h"

static void
sesslist_set_field(struct sesslist *sl, const char *text)
{
	snprintf(sl->field.text, sizeof sl->field.text, "%s", text);
	sl->field.len = strlen(sl->field.text);
}

void
sesslist_ask_name(struct screen *s, long target)
{
	struct sesslist *sl = s->state;
	const struct session_info *info = sesslist_row(sl, sl->list.focus);

	sl->mode = SESSLIST_NAME;
	sl->target = target;
	sl->warned[0] = '\0';
	sesslist_set_field(sl, target != 0 && info != NULL ? info->pseudonym : sl->name);
	s->typing = 1;
}

void
sesslist_ask_delete(struct screen *s)
{
	struct sesslist *sl = s->state;

	sl->mode = SESSLIST_DELETE;
	sl->target = sesslist_row(sl, sl->list.focus)->id;
	s->typing = 0;
}

static void
sesslist_start_item(const struct ui_list *l, int i, int y, int x, int w, int focused)
{
	const struct sesslist *sl = l->arg;

	ui_list_numbered(i, y, x, w, focused, sl->starts[i]);
}

static void
sesslist_ask_start(struct screen *s)
{
	struct sesslist *sl = s->state;

	sl->mode = SESSLIST_START;
	sl->starts[0] = _("An empty interview");
	sl->starts[1] = _("The answers of a file the person brings");
	sl->starts[2] = _("A resume code (from a printout or a kiosk)");
	sl->start.n = 3;
	sl->start.cursor_col = 2;
	sl->start.draw_item = sesslist_start_item;
	sl->start.arg = sl;
	s->typing = 0;
}

/* The session named NAME, other than session TARGET: 1 when there is one. */
static int
sesslist_taken(const struct sesslist *sl, const char *name, long target)
{
	char a[SESSION_PSEUDONYM_SIZE * 2], b[SESSION_PSEUDONYM_SIZE * 2];

	text_fold(name, a, sizeof a);
	for (int i = 0; i < sl->nall; i++) {
		text_fold(sl->all[i].pseudonym, b, sizeof b);
		if (sl->all[i].id != target && strcmp(a, b) == 0)
			return 1;
	}
	return 0;
}

/* NAME looks like a full name or an e-mail address, and this is the
 * first Enter on it: say so (1); the second Enter keeps it. */
static int
sesslist_warn(struct screen *s, const char *name)
{
	struct sesslist *sl = s->state;
	enum session_pseudonym kind = session_pseudonym_check(name);
	char text[256];

	if (kind == SESSION_PSEUDONYM_OK || strcmp(sl->warned, name) == 0)
		return 0;
	snprintf(sl->warned, sizeof sl->warned, "%s", name);
	if (kind == SESSION_PSEUDONYM_EMAIL)
		/* TRANSLATORS: on the message line: at most 76 cells; %s is the
		 * key that goes on (Enter). */
		snprintf(text, sizeof text, _("An e-mail address? Use a pseudonym, or press "
					      "%s again to keep it."), keys_label(REQ_NEXT));
	else
		/* TRANSLATORS: as above. */
		snprintf(text, sizeof text, _("A full name? Use a pseudonym, or press %s "
					      "again to keep it."), keys_label(REQ_NEXT));
	wizard_error(s->wiz, text);
	return 1;
}

/* Back to the list after a rename or a delete, read again from the file. */
static enum screen_result
sesslist_relist(struct screen *s)
{
	struct sesslist *sl = s->state;

	sl->mode = SESSLIST_LIST;
	s->typing = 1;
	sesslist_load(s);
	return SCREEN_REDRAW;
}

/* Enter on the pseudonym: checked, then the rename is done or the new
 * session asks how it starts. */
static enum screen_result
sesslist_name_done(struct screen *s)
{
	struct sesslist *sl = s->state;
	char buf[SCREEN_FIELD_MAX], *name;
	struct tr_err e;

	snprintf(buf, sizeof buf, "%s", sl->field.text);
	name = text_trim(buf);
	if (name[0] == '\0') {
		/* TRANSLATORS: on the message line: at most 76 cells. */
		wizard_error(s->wiz, _("Type a pseudonym: a word that does not say who it is."));
		return SCREEN_STAY;
	}
	if (sesslist_taken(sl, name, sl->target)) {
		/* TRANSLATORS: on the message line: at most 76 cells. */
		wizard_error(s->wiz, _("Another session has this pseudonym: choose another."));
		return SCREEN_STAY;
	}
	if (sesslist_warn(s, name))
		return SCREEN_STAY;
	if (sl->target == 0) {
		snprintf(sl->name, sizeof sl->name, "%s", name);
		sesslist_ask_start(s);
		return SCREEN_REDRAW;
	}
	if (session_rename(s->wiz->sessions, sl->target, name, &e) < 0)
		wizard_error(s->wiz, e.msg);
	else
		/* TRANSLATORS: on the message line: at most 76 cells. */
		wizard_note(s->wiz, _("The session is renamed."));
	return sesslist_relist(s);
}

static enum screen_result
sesslist_path_done(struct screen *s)
{
	struct sesslist *sl = s->state;
	struct tr_err e;

	if (sl->field.len == 0) {
		/* TRANSLATORS: on the message line: at most 76 cells. */
		wizard_error(s->wiz, _("Type the name of the answers file."));
		return SCREEN_STAY;
	}
	if (situation_read_file(&sl->sit, sl->field.text, &e) < 0) {
		wizard_error(s->wiz, e.msg);
		return SCREEN_STAY;
	}
	sl->leave = SESSLIST_FILE;
	return SCREEN_NEXT;
}

static enum screen_result
sesslist_start_done(struct screen *s)
{
	struct sesslist *sl = s->state;

	if (sl->start.focus == 0) {
		sl->leave = SESSLIST_EMPTY;
		return SCREEN_NEXT;
	}
	if (sl->start.focus == 2) {
		/* The code screen decodes; the pseudonym goes with it. */
		snprintf(s->wiz->pseudonym, sizeof s->wiz->pseudonym, "%s", sl->name);
		return SCREEN_JUMP;
	}
	sl->mode = SESSLIST_PATH;
	sesslist_set_field(sl, "");
	s->typing = 1;
	return SCREEN_REDRAW;
}

static enum screen_result
sesslist_delete_done(struct screen *s)
{
	struct sesslist *sl = s->state;
	struct tr_err e;
	int r = session_lease(s->wiz->sessions, sl->target, &e);

	if (r == 0)
		/* TRANSLATORS: on the message line: at most 76 cells. */
		wizard_error(s->wiz, _("This session is open in another window."));
	else if (r < 0 || session_delete(s->wiz->sessions, sl->target, &e) < 0)
		wizard_error(s->wiz, e.msg);
	else
		/* TRANSLATORS: on the message line: at most 76 cells. */
		wizard_note(s->wiz, _("The session and its answers are deleted."));
	return sesslist_relist(s);
}

/* Esc: one question back (the way to start goes back to the pseudonym,
 * the file to the way to start), else the list. */
static enum screen_result
sesslist_back(struct screen *s)
{
	struct sesslist *sl = s->state;

	if (sl->mode == SESSLIST_START) {
		sesslist_ask_name(s, 0);
	} else if (sl->mode == SESSLIST_PATH) {
		sesslist_ask_start(s);
		sl->start.focus = 1;
	} else {
		sl->mode = SESSLIST_LIST;
		s->typing = 1;
	}
	return SCREEN_REDRAW;
}

enum screen_result
sesslist_ask_key(struct screen *s, const struct screen_key *k)
{
	struct sesslist *sl = s->state;
	int pick;

	if (k->req == REQ_BACK)
		return sesslist_back(s);
	switch (sl->mode) {
	case SESSLIST_NAME:
	case SESSLIST_PATH:
		if (k->req == REQ_NEXT)
			return sl->mode == SESSLIST_NAME ? sesslist_name_done(s) :
				sesslist_path_done(s);
		if (screen_field_key(&sl->field, k))
			screen_field_draw(&sl->field);
		return SCREEN_STAY;
	case SESSLIST_START:
		if (k->req == REQ_NEXT)
			return sesslist_start_done(s);
		if ((pick = screen_pick(k, sl->start.n)) >= 0)
			ui_list_move(&sl->start, pick);
		else
			ui_list_request(&sl->start, k->req);
		return SCREEN_STAY;
	case SESSLIST_DELETE:
		pick = k->is_fkey ? -1 : ui_dialog_quit_answer(k->ch);
		if (pick == 1)
			return sesslist_delete_done(s);
		if (pick == 0)
			return sesslist_back(s);
		return SCREEN_STAY;
	case SESSLIST_LIST:
		break;
	}
	return SCREEN_STAY;
}

/* The pseudonym of the session to delete or rename. */
static const char *
sesslist_target_name(const struct sesslist *sl)
{
	for (int i = 0; i < sl->nall; i++)
		if (sl->all[i].id == sl->target)
			return sl->all[i].pseudonym;
	return "";
}

/* The foot with a field: the question in row Y, the field, the keys. */
static void
sesslist_foot_field(struct sesslist *sl, int y, const char *question)
{
	int x = screen_left(), w = screen_width();
	char line[256];

	ui_put_cut(y, x, w, CLR_QUESTION, question);
	sl->field.y = y + 1;
	sl->field.x = x;
	sl->field.w = w < SCREEN_FIELD_MAX + 2 ? w : SCREEN_FIELD_MAX + 2;
	/* TRANSLATORS: %1$s is the key that goes on (Enter), %2$s the key
	 * that goes back (Esc). */
	snprintf(line, sizeof line, _("%1$s: accept    %2$s: cancel"), keys_label(REQ_NEXT),
		 keys_label(REQ_BACK));
	ui_put(y + 2, x, w, CLR_NOTE, line);
	screen_field_draw(&sl->field);
}

/* The list's own keys, which are not in the help line. */
static void
sesslist_foot_keys(int y)
{
	int x = screen_left(), w = screen_width();
	char line[256];

	/* TRANSLATORS: %s is the key that goes on (Enter). */
	snprintf(line, sizeof line, _("%s: continue the session, or start a new one"),
		 keys_label(REQ_NEXT));
	ui_put(y, x, w, CLR_NOTE, line);
	/* TRANSLATORS: the keys of the list of sessions, at most 76 cells. */
	ui_put(y + 1, x, w, CLR_NOTE, _("F2: rename    F8: delete    letters: search"));
}

void
sesslist_foot(struct screen *s)
{
	struct sesslist *sl = s->state;
	int y = sl->foot_y, x = screen_left(), w = screen_width();
	char text[512];

	switch (sl->mode) {
	case SESSLIST_LIST:
		sesslist_foot_keys(y);
		break;
	case SESSLIST_NAME:
		if (sl->target == 0)
			sesslist_foot_field(sl, y, _("Pseudonym of the new session (never the "
						    "person's name):"));
		else {
			/* TRANSLATORS: %s is the pseudonym of the session. */
			snprintf(text, sizeof text, _("New pseudonym for \"%s\":"),
				 sesslist_target_name(sl));
			sesslist_foot_field(sl, y, text);
		}
		break;
	case SESSLIST_PATH:
		sesslist_foot_field(sl, y, _("The answers file (its path, from the folder "
					    "Tremplin started in):"));
		break;
	case SESSLIST_START:
		ui_put(y, x, w, CLR_QUESTION, _("How does the session start?"));
		sl->start.y = y + 1;
		sl->start.x = x;
		sl->start.w = w;
		sl->start.h = 3;
		ui_list_draw(&sl->start);
		ui_list_cursor(&sl->start);
		break;
	case SESSLIST_DELETE:
		/* TRANSLATORS: %s is the pseudonym of the session. */
		snprintf(text, sizeof text, _("Delete \"%s\"? Its answers and plan are erased "
					      "from this computer."), sesslist_target_name(sl));
		ui_wrap(y, x, w, 2, CLR_QUESTION, text, 1);
		snprintf(text, sizeof text, _("%s: yes, delete    %s: no, keep it"), _("y"),
			 _("n"));
		ui_put(y + 2, x, w, CLR_NORMAL, text);
		ui_cursor(y + 2, x);
		break;
	}
}
