/* screen-continue.c - the first screen when an unfinished session is
 * saved on this computer: continue it (its answers, marks and screen come
 * back) or start again (the saved answers stay until deleted). */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "i18n.h"
#include "interview.h"
#include "screen-common.h"
#include "session.h"
#include "ui-draw.h"
#include "ui-list.h"
#include "wizard.h"
#include "wizard-session.h"

struct offer {
	struct ui_list list;
	long id;
	struct situation sit;
	struct session_info info;
	const char *labels[2];
	char when[80];                /* the date of the last save, in words */
	int kept;                     /* continued: the lease stays the wizard's */
};

static void
offer_item(const struct ui_list *l, int i, int y, int x, int w, int focused)
{
	const struct offer *o = l->arg;

	ui_list_numbered(i, y, x, w, focused, o->labels[i]);
}

/* Take the lease of the last session ID: 1 taken, 0 not (in use in
 * another window: the message line says so, or an error). */
static int
offer_lease(struct wizard *w, long id)
{
	struct tr_err e;
	int r = session_lease(w->sessions, id, &e);

	if (r == 0)
		/* TRANSLATORS: on the message line: at most 76 cells. */
		wizard_note(w, _("Your last session is open in another window: a new one starts."));
	return r == 1;
}

/* Opens only when the last session reads and no other window uses it:
 * -1 otherwise (an old session this version cannot read starts afresh). */
static int
offer_open(struct screen *s)
{
	struct offer *o;
	struct tr_err e;
	long id;

	if (s->wiz->sessions == NULL || session_last(s->wiz->sessions, &id, &e) != 1 ||
	    !offer_lease(s->wiz, id))
		return -1;
	o = calloc(1, sizeof *o);
	if (o == NULL || session_load(s->wiz->sessions, id, &o->sit, &o->info, &e) != 1) {
		(void)session_release(s->wiz->sessions, id, &e);
		free(o);
		return -1;
	}
	o->id = id;
	clock_words(o->info.updated, o->when, sizeof o->when);
	o->labels[0] = _("Continue where you stopped");
	o->labels[1] = _("Start again");
	o->list.n = 2;
	o->list.cursor_col = 2;
	o->list.draw_item = offer_item;
	o->list.arg = o;
	s->state = o;
	return 0;
}

/* Start again (or quit here): the lease of the saved session goes back. */
static void
offer_close(struct screen *s)
{
	struct offer *o = s->state;
	struct tr_err e;

	if (o != NULL && !o->kept && s->wiz->sessions != NULL)
		(void)session_release(s->wiz->sessions, o->id, &e);
	free(o);
}

static void
offer_draw(struct screen *s)
{
	struct offer *o = s->state;
	const struct ui_layout *l = ui_layout();
	int x = screen_left(), w = screen_width(), y = l->top + 1;
	int qi = interview_find_id(o->info.screen), n = situation_count(&o->sit);
	char text[512];

	ui_erase_body();
	snprintf(text, sizeof text, _("Continue where you stopped on %s?"), o->when);
	y += ui_wrap(y, x, w, 2, CLR_QUESTION, text, 1) + 1;
	if (o->info.finished)
		snprintf(text, sizeof text, P_("You gave %d answer and saw your diagnosis. "
					       "Continue opens your action plan.",
					       "You gave %d answers and saw your diagnosis. "
					       "Continue opens your action plan.",
					       (unsigned long)n), n);
	else if (qi < interview_count())
		snprintf(text, sizeof text, P_("You gave %d answer. You were at the question:",
					       "You gave %d answers. You were at the question:",
					       (unsigned long)n), n);
	else
		snprintf(text, sizeof text, P_("You gave %d answer. You were on the Summary.",
					       "You gave %d answers. You were on the Summary.",
					       (unsigned long)n), n);
	y += ui_wrap(y, x, w, 2, CLR_NORMAL, text, 1);
	if (!o->info.finished && qi < interview_count())
		y += ui_wrap(y, x + 2, w - 2, 3, CLR_ITEM, _(interview_get(qi)->text), 1);
	o->list.y = y + 1;
	o->list.x = x;
	o->list.w = w;
	o->list.h = 2;
	ui_list_draw(&o->list);
	y += 4;
	/* Said in words: the commands are for --help and the manual. */
	if (y + 2 <= l->bottom)
		ui_wrap(y, x, w, 2, CLR_NOTE, _("Your answers stay on this computer until "
						"you delete them; the manual says how."), 1);
	ui_list_cursor(&o->list);
}

static enum screen_result
offer_key(struct screen *s, const struct screen_key *k)
{
	struct offer *o = s->state;
	int pick;

	if (k->req == REQ_NEXT)
		return o->list.focus == 0 ? SCREEN_NEXT : SCREEN_JUMP;
	if (ui_list_request(&o->list, k->req))
		return SCREEN_STAY;
	if ((pick = screen_pick(k, o->list.n)) != -1) {
		if (pick >= 0)
			ui_list_move(&o->list, pick);
		return SCREEN_STAY;
	}
	if (screen_typable(k) && k->ch != L' ') {
		int i = screen_letter_find(o->labels, 2, o->list.focus, k->ch);

		if (i >= 0)
			ui_list_move(&o->list, i);
	}
	return SCREEN_STAY;
}

/* Continue: the session's answers, its marks and its screen become the
 * wizard's (wizard-flow.c then opens that screen). */
static int
offer_can_leave(struct screen *s)
{
	struct offer *o = s->state;
	struct wizard *w = s->wiz;
	struct tr_err e;
	int n;

	w->sit = o->sit;
	w->session_id = o->id;
	n = session_load_plan(w->sessions, o->id, w->marks, ACTION__COUNT, &e);
	w->nmarks = n > 0 ? n : 0;
	wsession_load_meeting(w);
	snprintf(w->saved_screen, sizeof w->saved_screen, "%s", o->info.screen);
	w->saved_finished = o->info.finished;
	o->kept = 1;
	return 1;
}

static const char *
offer_help(struct screen *s)
{
	(void)s;
	return _("Your answers of the last time were saved on this computer. "
		 "Continue takes them back and opens the screen where you stopped. "
		 "Start again begins a new interview; the saved answers stay until "
		 "you delete them ('tremplin sessions list' shows them).");
}

const struct screen_ops screen_continue_ops = {
	"continue",
	REQ_BIT(REQ_NEXT) | REQ_BIT(REQ_HELP) | REQ_BIT(REQ_QUIT) |
	REQ_BIT(REQ_REDRAW) | REQ_BIT(REQ_UP) | REQ_BIT(REQ_DOWN) | REQ_BIT(REQ_PICK),
	offer_open, offer_close, offer_draw, offer_key, NULL, offer_can_leave, offer_help,
	NULL,
};

