/* wizard-session.c - saved sessions in the wizard: the sessions database,
 * the offer to continue, the saves, and the resume code typed on the
 * Welcome screen. See wizard-session.h. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "i18n.h"
#include "interview.h"
#include "rescode.h"
#include "screen-common.h"
#include "session.h"
#include "ui-draw.h"
#include "ui-list.h"
#include "wizard-session.h"

/* What the saves know beyond struct wizard. */
static struct {
	char screen[48];              /* the screen of the last save */
	int finished;                 /* the diagnosis was reached */
	int failed;                   /* a save failed (said once) */
} saved;

static const struct screen_ops offer_ops;
static const struct screen_ops code_ops;

void
wsession_open(struct wizard *w)
{
	char path[4096];
	struct tr_err e;

	w->sessions = NULL;
	if (w->opts->no_save) {
		wizard_note(w, _("Nothing will be saved (--no-save)."));
		return;
	}
	if (session_default_path(path, sizeof path, &e) < 0 ||
	    session_open(path, &w->sessions, &e) < 0) {
		w->sessions = NULL;
		/* TRANSLATORS: on the message line: at most 76 cells. */
		wizard_error(w, _("Answers will not be saved: 'tremplin sessions check' says why."));
	}
}

void
wsession_close(struct wizard *w)
{
	store_close(w->sessions);
	w->sessions = NULL;
}

/* Open screen OPS (one of this module's) into S. */
static int
open_own(struct wizard *w, struct screen *s, const struct screen_ops *ops)
{
	flow_close(s);
	memset(s, 0, sizeof *s);
	s->wiz = w;
	s->qindex = -1;
	s->ops = ops;
	return ops->open(s);
}

/* The id of the screen S for the sessions file; NULL for the screens that
 * are not recorded (Welcome, this module's, the end). */
static const char *
screen_id(const struct screen *s)
{
	if (s->ops == NULL || flow_finished(s) || s->ops == &screen_welcome_ops ||
	    s->ops == &offer_ops || s->ops == &code_ops)
		return NULL;
	return s->q != NULL ? s->q->id : s->ops->name;
}

/* 1 when S comes after the Summary: the diagnosis and what follows. */
static int
beyond_summary(const struct screen *s)
{
	return s->q == NULL && s->ops != &screen_summary_ops && screen_id(s) != NULL;
}

static void
save_failed(struct wizard *w, const struct tr_err *e)
{
	(void)e;
	if (saved.failed)
		return;
	saved.failed = 1;
	/* TRANSLATORS: on the message line: at most 76 cells. */
	wizard_error(w, _("Your answers could not be saved; the interview goes on."));
}

void
wsession_sync(struct wizard *w, const struct screen *s, int force)
{
	const char *where = screen_id(s);
	struct tr_err e;

	if (w->sessions == NULL) {
		w->dirty = 0;
		return;
	}
	if (beyond_summary(s))
		saved.finished = 1;
	if (where == NULL) {
		if (w->session_id == 0)
			return;               /* the interview has not begun */
		where = saved.screen;
	}
	if (!force && !w->dirty && w->session_id != 0 && strcmp(where, saved.screen) == 0)
		return;
	if (w->session_id == 0 && session_create(w->sessions, "", &w->session_id, &e) < 0) {
		w->session_id = 0;
		save_failed(w, &e);
		return;
	}
	if (session_save_all(w->sessions, w->session_id, &w->sit, where, saved.finished,
			     w->marks, w->nmarks, &e) < 0) {
		save_failed(w, &e);
		return;
	}
	snprintf(saved.screen, sizeof saved.screen, "%s", where);
	w->dirty = 0;
}

/* ---- The offer to continue an unfinished session ---- */

struct offer {
	struct ui_list list;
	long id;
	struct situation sit;
	struct session_info info;
	const char *labels[2];
	char when[80];                /* the date of the last save, in words */
};

static const char *const months[] = {
	N_("January"), N_("February"), N_("March"), N_("April"), N_("May"),
	N_("June"), N_("July"), N_("August"), N_("September"), N_("October"),
	N_("November"), N_("December"),
};

/* "November 27, 2026 at 14:03" in local time from UTC "2026-11-27 14:03:00". */
static void
when_text(const char *utc, char *buf, size_t size)
{
	struct tm tm;
	time_t t;

	if (clock_parse(utc, CLOCK_UTC, &t) < 0 || clock_local(t, &tm) < 0) {
		snprintf(buf, size, "%s", utc);
		return;
	}
	/* TRANSLATORS: a date and time: %1$d day, %2$s month name, %3$d
	 * year, %4$02d:%5$02d hours and minutes. */
	snprintf(buf, size, _("%2$s %1$d, %3$d at %4$02d:%5$02d"), tm.tm_mday,
		 _(months[tm.tm_mon]), tm.tm_year + 1900, tm.tm_hour, tm.tm_min);
}

/* Question index of screen id ID, or interview_count() (the Summary). */
static int
question_of(const char *id)
{
	for (int i = 0; i < interview_count(); i++)
		if (strcmp(interview_get(i)->id, id) == 0)
			return i;
	return interview_count();
}

static void
offer_item(const struct ui_list *l, int i, int y, int x, int w, int focused)
{
	const struct offer *o = l->arg;
	char head[16];

	snprintf(head, sizeof head, "%s%d ", focused ? "> " : "  ", i + 1);
	x += ui_put(y, x, ui_width(head), focused ? CLR_FOCUS : CLR_ITEM, head);
	ui_put(y, x, w - ui_width(head), CLR_ITEM, o->labels[i]);
}

static int
offer_open(struct screen *s)
{
	struct offer *o = calloc(1, sizeof *o);

	if (o == NULL)
		return -1;
	o->labels[0] = _("Continue where you stopped");
	o->labels[1] = _("Start again");
	o->list.n = 2;
	o->list.cursor_col = 2;
	o->list.draw_item = offer_item;
	o->list.arg = o;
	s->state = o;
	return 0;
}

static void
offer_close(struct screen *s)
{
	free(s->state);
}

static int
count_answers(const struct situation *sit)
{
	int n = 0;

	for (uint64_t a = sit->answered; a != 0; a &= a - 1)
		n++;
	return n;
}

/* The chapter bar with Welcome lit (the frame lights the Summary for the
 * screens it does not know). */
static void
welcome_chapters(void)
{
	const char *names[CHAPTER__COUNT];

	for (int c = 0; c < CHAPTER__COUNT; c++)
		names[c] = _(interview_chapter_name(c));
	ui_chapters(names, CHAPTER__COUNT, CHAPTER_WELCOME);
}

static void
offer_draw(struct screen *s)
{
	struct offer *o = s->state;
	const struct ui_layout *l = ui_layout();
	int x = screen_left(), w = screen_width(), y = l->top + 1;
	int qi = question_of(o->info.screen), n = count_answers(&o->sit);
	char text[512];

	welcome_chapters();
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
	if (y + 3 <= l->bottom) {
		ui_put(y++, x, w, CLR_NOTE,
		       _("Your answers stay on this computer until you delete them:"));
		snprintf(text, sizeof text, _("tremplin sessions delete %ld  (this session)"), o->id);
		ui_put(y++, x + 2, w - 2, CLR_NOTE, text);
		ui_put(y, x + 2, w - 2, CLR_NOTE,
		       _("tremplin sessions purge --older-than DAYS  (not used for DAYS days)"));
	}
	ui_list_cursor(&o->list);
}

static enum screen_result
offer_key(struct screen *s, const struct screen_key *k)
{
	struct offer *o = s->state;

	if (k->req == REQ_NEXT)
		return SCREEN_NEXT;
	if (ui_list_request(&o->list, k->req))
		return SCREEN_STAY;
	if (!k->is_fkey && (k->ch == L'1' || k->ch == L'2')) {
		ui_list_move(&o->list, (int)(k->ch - L'1'));
		return SCREEN_STAY;
	}
	if (screen_typable(k) && k->ch != L' ') {
		int i = screen_letter_find(o->labels, 2, o->list.focus, k->ch);

		if (i >= 0)
			ui_list_move(&o->list, i);
	}
	return SCREEN_STAY;
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

static const struct screen_ops offer_ops = {
	"continue",
	REQ_BIT(REQ_NEXT) | REQ_BIT(REQ_HELP) | REQ_BIT(REQ_QUIT) |
	REQ_BIT(REQ_REDRAW) | REQ_BIT(REQ_UP) | REQ_BIT(REQ_DOWN),
	offer_open, offer_close, offer_draw, offer_key, NULL, NULL, offer_help,
};

/* Continue session O: its answers, its marks, its screen. */
static int
offer_continue(struct wizard *w, struct screen *s, struct offer *o)
{
	struct tr_err e;
	int n;

	w->sit = o->sit;
	w->session_id = o->id;
	n = session_load_plan(w->sessions, o->id, w->marks, ACTION__COUNT, &e);
	w->nmarks = n > 0 ? n : 0;
	snprintf(saved.screen, sizeof saved.screen, "%s", o->info.screen);
	saved.finished = o->info.finished;
	wizard_refresh_facts(w);
	/* A finished session goes back to its plan. */
	return flow_open_id(w, s, o->info.finished ? "plan" : o->info.screen);
}

/* Offer to continue the last unfinished session, when there is one that
 * reads; 1 offered, 0 not. */
static int
offer_start(struct wizard *w, struct screen *s)
{
	struct offer *o;
	struct tr_err e;
	long id;

	if (session_last(w->sessions, &id, &e) != 1)
		return 0;
	if (open_own(w, s, &offer_ops) < 0)
		return 0;
	o = s->state;
	o->id = id;
	if (session_load(w->sessions, id, &o->sit, &o->info, &e) != 1) {
		/* An old session this version cannot read: start afresh. */
		flow_close(s);
		s->ops = NULL;
		return 0;
	}
	when_text(o->info.updated, o->when, sizeof o->when);
	return 1;
}

int
wsession_first_screen(struct wizard *w, struct screen *s)
{
	memset(s, 0, sizeof *s);
	if (w->opts->resume != NULL)
		return flow_open(w, s, interview_count());
	if (w->sessions != NULL && w->opts->answers == NULL && offer_start(w, s))
		return 0;
	return flow_start(w, s);
}

/* ---- A resume code typed on the Welcome screen ---- */

struct code {
	struct screen_field field;
};

static int
code_open(struct screen *s)
{
	s->state = calloc(1, sizeof(struct code));
	s->typing = 1;
	return s->state != NULL ? 0 : -1;
}

static void
code_close(struct screen *s)
{
	free(s->state);
}

static void
code_draw(struct screen *s)
{
	struct code *c = s->state;
	int x = screen_left(), w = screen_width(), y = ui_layout()->top + 1;

	welcome_chapters();
	ui_erase_body();
	y += ui_wrap(y, x, w, 2, CLR_QUESTION, _("Type your resume code:"), 1) + 1;
	c->field.y = y;
	c->field.x = x;
	c->field.w = w < 60 ? w : 60;
	y += 2;
	ui_wrap(y, x, w, 4, CLR_NORMAL,
		_("The code was given at the end of an interview, on the screen or "
		  "on paper. Capitals or not, with or without the dashes."), 1);
	screen_field_draw(&c->field);
}

static enum screen_result
code_key(struct screen *s, const struct screen_key *k)
{
	struct code *c = s->state;

	if (k->req == REQ_NEXT)
		return SCREEN_NEXT;
	if (k->req == REQ_BACK)
		return SCREEN_BACK;
	if (screen_field_key(&c->field, k))
		screen_field_draw(&c->field);
	return SCREEN_STAY;
}

/* Decode the code into the answers; a typo stays here with the reason. */
static int
code_can_leave(struct screen *s)
{
	struct code *c = s->state;
	struct situation sit;
	struct tr_err e;

	if (c->field.len == 0) {
		wizard_error(s->wiz, _("Type the code, then press Enter."));
		return 0;
	}
	if (rescode_decode(c->field.text, &sit, &e) < 0) {
		wizard_error(s->wiz, e.msg);
		return 0;
	}
	s->wiz->sit = sit;
	return 1;
}

static const char *
code_help(struct screen *s)
{
	(void)s;
	return _("A resume code holds the answers of an interview, and nothing "
		 "that says who you are. Type it and press Enter: the Summary shows "
		 "the answers, and you can change any of them. A mistyped character "
		 "is found: check the code again.");
}

static const struct screen_ops code_ops = {
	"resume-code",
	REQ_BIT(REQ_NEXT) | REQ_BIT(REQ_BACK) | REQ_BIT(REQ_HELP) |
	REQ_BIT(REQ_QUIT) | REQ_BIT(REQ_REDRAW),
	code_open, code_close, code_draw, code_key, NULL, code_can_leave, code_help,
};

/* ---- Moves ---- */

int
wsession_owns(const struct screen *s, int r)
{
	return s->ops == &offer_ops || s->ops == &code_ops ||
	       (s->ops == &screen_welcome_ops && r == SCREEN_JUMP);
}

int
wsession_move(struct wizard *w, struct screen *s, int r)
{
	if (s->ops == &screen_welcome_ops)
		return open_own(w, s, &code_ops);
	if (s->ops == &offer_ops) {
		if (((struct offer *)s->state)->list.focus == 0)
			return offer_continue(w, s, s->state);
		flow_close(s);
		return flow_start(w, s);
	}
	/* The code screen: forward to the Summary with a new session. */
	if (r != SCREEN_NEXT) {
		flow_close(s);
		return flow_start(w, s);
	}
	w->session_id = 0;
	w->nmarks = 0;
	saved.finished = 0;
	wizard_refresh_facts(w);
	return flow_open(w, s, interview_count());
}
