/* screen-sessions.c - adviser mode's first screen: the sessions kept on
 * this computer, each under a pseudonym, with the date of its last
 * change, its progress and its main challenge; typing searches the
 * pseudonyms. Enter continues the session of the row, or (first row)
 * starts a new one; F2 renames, F8 deletes. The questions those ask at
 * the foot of the screen are screen-sessions-ask.c. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "config-file.h"
#include "i18n.h"
#include "rules.h"
#include "screen-sessions.h"
#include "ui-draw.h"
#include "wizard.h"
#include "wizard-session.h"

/* The columns of a row, in cells after the focus mark. */
#define SESSLIST_NAME_W 22
#define SESSLIST_DATE_W 18
#define SESSLIST_PROGRESS_W 9

const struct session_info *
sesslist_row(const struct sesslist *sl, int row)
{
	return row >= 1 && row <= sl->nshown ? &sl->all[sl->shown[row - 1]] : NULL;
}

static void
sesslist_add(const struct session_info *info, void *arg)
{
	struct sesslist *sl = arg;

	if (sl->nall == sl->cap) {
		int cap = sl->cap ? sl->cap * 2 : 32;
		struct session_info *all = realloc(sl->all, (size_t)cap * sizeof *all);
		int *shown = realloc(sl->shown, (size_t)cap * sizeof *shown);

		if (shown != NULL)
			sl->shown = shown;
		if (all == NULL || shown == NULL) {
			if (all != NULL)
				sl->all = all;
			return;               /* the rows that fit are shown */
		}
		sl->all = all;
		sl->cap = cap;
	}
	sl->all[sl->nall++] = *info;
}

/* The rows of the sessions whose pseudonym matches the search. */
static void
sesslist_filter(struct sesslist *sl)
{
	sl->nshown = 0;
	for (int i = 0; i < sl->nall; i++)
		if (session_pseudonym_match(sl->all[i].pseudonym, sl->search.text))
			sl->shown[sl->nshown++] = i;
	sl->list.n = sl->nshown + 1;
	if (sl->list.focus >= sl->list.n)
		sl->list.focus = sl->list.n - 1;
}

int
sesslist_load(struct screen *s)
{
	struct sesslist *sl = s->state;
	struct tr_err e;

	sl->nall = 0;
	if (session_list(s->wiz->sessions, sesslist_add, sl, &e) < 0) {
		wizard_error(s->wiz, e.msg);
		sl->nall = 0;
	}
	sesslist_filter(sl);
	return 0;
}

static int
sesslist_open(struct screen *s)
{
	struct sesslist *sl = calloc(1, sizeof *sl);

	if (sl == NULL)
		return -1;
	s->state = sl;
	s->typing = 1;
	sl->list.draw_item = NULL;
	sl->list.cursor_col = 2;
	sl->list.arg = sl;
	sl->list.focus = 0;
	sesslist_load(s);
	/* The session most recently changed (the one just left) has the
	 * focus; with none, the new session. */
	sl->list.focus = sl->nshown > 0 ? 1 : 0;
	return 0;
}

static void
sesslist_close(struct screen *s)
{
	struct sesslist *sl = s->state;

	if (sl != NULL) {
		free(sl->all);
		free(sl->shown);
	}
	free(sl);
}

/* "2026-11-27 14:03" in local time from the UTC of the sessions file. */
static void
sesslist_date(const char *utc, char *buf, size_t size)
{
	struct tm tm;

	if (clock_utc_local(utc, &tm) < 0) {
		snprintf(buf, size, "%s", utc);
		return;
	}
	/* TRANSLATORS: a date and time on the list of sessions, at most 16
	 * cells: %1$04d year, %2$02d month, %3$02d day, %4$02d:%5$02d hours
	 * and minutes. */
	snprintf(buf, size, _("%1$04d-%2$02d-%3$02d %4$02d:%5$02d"), tm.tm_year + 1900,
		 tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min);
}

/* The main challenge of id ID in words, "" when none is known. */
static const char *
sesslist_challenge(const char *id)
{
	if (id[0] == '\0')
		return "";
	for (int c = 0; c < CHALLENGE__COUNT; c++)
		if (strcmp(rules_challenge(c)->id, id) == 0)
			return _(rules_challenge_title(c));
	return "";
}

/* The four columns of session INFO from column X, in W cells. */
static void
sesslist_columns(const struct session_info *info, int y, int x, int w,
		 enum color_role role)
{
	char text[SESSION_PSEUDONYM_SIZE + 24];

	if (info->pseudonym[0] != '\0')
		snprintf(text, sizeof text, "%s", info->pseudonym);
	else
		/* TRANSLATORS: a session without a pseudonym, by its number. */
		snprintf(text, sizeof text, _("(session %ld)"), info->id);
	ui_put_cut(y, x, SESSLIST_NAME_W - 1, role, text);
	ui_put(y, x + SESSLIST_NAME_W - 1, 1, role, "");
	x += SESSLIST_NAME_W;
	w -= SESSLIST_NAME_W;
	sesslist_date(info->updated, text, sizeof text);
	ui_put(y, x, SESSLIST_DATE_W, role, text);
	x += SESSLIST_DATE_W;
	w -= SESSLIST_DATE_W;
	text[0] = '\0';
	if (info->asked > 0)
		snprintf(text, sizeof text, "%d/%d", info->answered, info->asked);
	ui_put(y, x, SESSLIST_PROGRESS_W, role, text);
	x += SESSLIST_PROGRESS_W;
	w -= SESSLIST_PROGRESS_W;
	ui_put_cut(y, x, w, role, sesslist_challenge(info->challenge));
}

static void
sesslist_item(const struct ui_list *l, int i, int y, int x, int w, int focused)
{
	const struct sesslist *sl = l->arg;
	const struct session_info *info = sesslist_row(sl, i);
	enum color_role role;

	focused = focused && sl->mode == SESSLIST_LIST;
	role = focused ? CLR_FOCUS : CLR_ITEM;
	ui_put(y, x, 2, role, focused ? ">" : "");
	if (info == NULL)
		ui_put(y, x + 2, w - 2, focused ? CLR_FOCUS : CLR_QUESTION,
		       _("+ New session"));
	else
		sesslist_columns(info, y, x + 2, w - 2, role);
}

/* The heads of the columns in row Y. */
static void
sesslist_heads(int y, int x, int w)
{
	ui_put(y, x, 2, CLR_NOTE, "");
	x += 2;
	w -= 2;
	/* TRANSLATORS: the heads of the columns of the list of sessions: at
	 * most 21, 17, 8 cells and the rest of the line. */
	ui_put_cut(y, x, SESSLIST_NAME_W - 1, CLR_NOTE, _("Pseudonym"));
	ui_put_cut(y, x + SESSLIST_NAME_W, SESSLIST_DATE_W - 1, CLR_NOTE, _("Last change"));
	ui_put_cut(y, x + SESSLIST_NAME_W + SESSLIST_DATE_W, SESSLIST_PROGRESS_W - 1,
		   CLR_NOTE, _("Answers"));
	ui_put_cut(y, x + SESSLIST_NAME_W + SESSLIST_DATE_W + SESSLIST_PROGRESS_W,
		   w - SESSLIST_NAME_W - SESSLIST_DATE_W - SESSLIST_PROGRESS_W, CLR_NOTE,
		   _("Main challenge"));
}

/* The search field and, when it hides every session, the reason. */
static void
sesslist_draw_search(struct sesslist *sl)
{
	ui_put(sl->search.y, screen_left(), sl->search.x - screen_left(), CLR_NORMAL,
	       _("Search:"));
	screen_field_draw(&sl->search);
	if (sl->nshown == 0 && sl->nall > 0 && sl->list.h > 2)
		ui_put(sl->list.y + 2, screen_left() + 2, screen_width() - 2, CLR_NOTE,
		       _("No pseudonym holds the text searched."));
}

static void
sesslist_draw(struct screen *s)
{
	struct sesslist *sl = s->state;
	const struct ui_layout *l = ui_layout();
	int x = screen_left(), w = screen_width(), y = l->top + 1;

	ui_erase_body();
	ui_put(y, x, w, CLR_QUESTION, _("Sessions kept on this computer"));
	sl->search.y = y + 1;
	sl->search.x = x + ui_width(_("Search:")) + 1;
	sl->search.w = w - (sl->search.x - x) < 32 ? w - (sl->search.x - x) : 32;
	sesslist_heads(y + 3, x, w);
	sl->foot_y = l->bottom - SESSLIST_FOOT + 1;
	sl->list.y = y + 4;
	sl->list.x = x;
	sl->list.w = w;
	sl->list.h = sl->foot_y - 1 - sl->list.y;
	sl->list.draw_item = sesslist_item;
	ui_list_fit(&sl->list);
	ui_list_draw(&sl->list);
	sesslist_foot(s);
	if (sl->mode == SESSLIST_LIST) {
		sesslist_draw_search(sl);
		if (sl->list.focus > 0 || sl->search.len == 0)
			ui_list_cursor(&sl->list);
	}
}

/* After the search changed: the rows again, the first match focused. */
static void
sesslist_searched(struct screen *s)
{
	struct sesslist *sl = s->state;

	sesslist_filter(sl);
	sl->list.focus = sl->nshown > 0 ? 1 : 0;
	sl->list.top = 0;
	sesslist_draw(s);
	if (sl->nshown > 0)
		ui_list_cursor(&sl->list);
	else
		screen_field_draw(&sl->search);
}

static enum screen_result
sesslist_list_key(struct screen *s, const struct screen_key *k)
{
	struct sesslist *sl = s->state;

	if (k->req == REQ_NEXT) {
		if (sl->list.focus == 0) {
			sesslist_ask_name(s, 0);
			return SCREEN_REDRAW;
		}
		sl->leave = SESSLIST_CONTINUE;
		return SCREEN_NEXT;
	}
	if (k->is_fkey && (k->ch == KEY_F(2) || k->ch == KEY_F(8) || k->ch == KEY_DC)) {
		const struct session_info *info = sesslist_row(sl, sl->list.focus);

		if (info == NULL) {
			/* TRANSLATORS: on the message line: at most 76 cells. */
			wizard_error(s->wiz, _("Move to a session first."));
			return SCREEN_STAY;
		}
		if (k->ch == KEY_F(2))
			sesslist_ask_name(s, info->id);
		else
			sesslist_ask_delete(s);
		return SCREEN_REDRAW;
	}
	if (k->req == REQ_BACK && sl->search.len > 0) {
		sl->search.len = 0;
		sl->search.text[0] = '\0';
		sesslist_searched(s);
		return SCREEN_STAY;
	}
	if (ui_list_request(&sl->list, k->req))
		return SCREEN_STAY;
	if (screen_field_key(&sl->search, k))
		sesslist_searched(s);
	return SCREEN_STAY;
}

static enum screen_result
sesslist_key(struct screen *s, const struct screen_key *k)
{
	struct sesslist *sl = s->state;

	if (sl->mode != SESSLIST_LIST)
		return sesslist_ask_key(s, k);
	return sesslist_list_key(s, k);
}

/* Take session INFO back: its lease, answers, marks and screen become
 * the wizard's. 1, or 0 with the reason on the message line. */
static int
sesslist_continue(struct wizard *w, const struct session_info *row)
{
	struct session_info info;
	struct tr_err e;
	int r = session_lease(w->sessions, row->id, &e), n;

	if (r != 1) {
		/* TRANSLATORS: on the message line: at most 76 cells. */
		wizard_error(w, r == 0 ? _("This session is open in another window.") : e.msg);
		return 0;
	}
	r = session_load(w->sessions, row->id, &w->sit, &info, &e);
	if (r != 1) {
		/* TRANSLATORS: on the message line: at most 76 cells. */
		wizard_error(w, r == 0 ? _("This session was deleted in another window.") :
			     e.msg);
		(void)session_release(w->sessions, row->id, &e);
		situation_init(&w->sit);
		return 0;
	}
	w->session_id = info.id;
	n = session_load_plan(w->sessions, info.id, w->marks, ACTION__COUNT, &e);
	w->nmarks = n > 0 ? n : 0;
	snprintf(w->saved_screen, sizeof w->saved_screen, "%s", info.screen);
	w->saved_finished = info.finished;
	snprintf(w->pseudonym, sizeof w->pseudonym, "%s", info.pseudonym);
	w->brought = info.brought;
	w->brought_from = info.brought_from;
	wsession_load_meeting(w);
	return 1;
}

static int
sesslist_can_leave(struct screen *s)
{
	struct sesslist *sl = s->state;
	struct wizard *w = s->wiz;

	switch (sl->leave) {
	case SESSLIST_CONTINUE:
		return sesslist_continue(w, sesslist_row(sl, sl->list.focus));
	case SESSLIST_FILE:
		wizard_take_answers(w, &sl->sit);
		w->brought = w->sit.answered;
		w->brought_from = SESSION_BROUGHT_FILE;
		break;
	case SESSLIST_EMPTY:
		break;
	}
	snprintf(w->pseudonym, sizeof w->pseudonym, "%s", sl->name);
	return 1;
}

static const char *
sesslist_help(struct screen *s)
{
	snprintf(s->help, sizeof s->help,
		 /* TRANSLATORS: %1$s is the key that goes on (Enter), %2$d a
		  * number of days. */
		 _("Each session is kept under a pseudonym that you choose: never "
		   "the person's name. Type letters to search the pseudonyms; Esc "
		   "clears the search. %1$s "
		   "continues the session of the line. On the first line, it starts a "
		   "new one: empty, from an answers file or from a resume code. F2 "
		   "renames a session, "
		   "F8 deletes it and its answers. Quitting a session comes back here. "
		   "Sessions unchanged for %2$d days are deleted at start."),
		 keys_label(REQ_NEXT), s->wiz->opts->retention_days > 0 ?
		 s->wiz->opts->retention_days : CONFIG_RETENTION_DEFAULT);
	return s->help;
}

const struct screen_ops screen_sessions_ops = {
	"sessions",
	/* Esc clears the search: the list is the first screen, with nothing
	 * to go back to (the help says so instead of "go back"). */
	(REQ_COMMON & ~REQ_BIT(REQ_BACK)) | REQ_LIST,
	sesslist_open, sesslist_close, sesslist_draw, sesslist_key, NULL,
	sesslist_can_leave, sesslist_help,
	NULL,
};
