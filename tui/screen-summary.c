/* screen-summary.c - every answer of the questions that apply, one per
 * line; Enter on a line opens its question (which comes back here), and
 * the button at the bottom goes on to the diagnosis. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "interview.h"
#include "jobs.h"
#include "market.h"
#include "screen-common.h"
#include "ui-draw.h"
#include "ui-list.h"
#include "wizard.h"

#define ANSWER_MAX 256

struct summary {
	struct ui_list list;
	int qindex[SIT__COUNT];       /* question of each line */
	char answer[SIT__COUNT][ANSWER_MAX];
	int missing[SIT__COUNT];
	int brought[SIT__COUNT];      /* the answer came from a code or a file */
	int nbrought, nmissing;       /* of the lines, when answers were brought */
	int answer_w;                 /* cells of the widest answer, capped */
	int on_button;                /* the focus is on "See my diagnosis" */
	int button_y;
	char help[1024];              /* the help text, with the key's name */
};

/* The answer to question Q in words, into BUF. */
static void
answer_text(struct wizard *w, const struct question *q, char *buf, size_t size)
{
	const struct situation *sit = &w->sit;
	struct tr_err e;

	if (SIT_HAS(sit, q->key) && q->kind == QUESTION_JOB && !sit->job_unknown) {
		struct job_group g;

		/* The title the person chose says it in their words, else
		 * the group's name; the ROME code is for an adviser. */
		int adviser = w->opts->mode == WIZARD_ADVISER;

		if (SIT_HAS(sit, SIT_JOB_TITLE) && sit->job_title[0]) {
			snprintf(buf, size, adviser ? "%s (%s)" : "%s", sit->job_title, sit->job);
			return;
		}
		if (jobs_group(w->store, sit->job, &g, &e) == 1) {
			snprintf(buf, size, adviser ? "%s (%s)" : "%s", g.name, sit->job);
			return;
		}
	}
	if (SIT_HAS(sit, q->key) && q->kind == QUESTION_DEPARTEMENT) {
		struct departement d;

		if (market_departement(w->store, sit->departement, &d, &e) == 1) {
			snprintf(buf, size, "%s %s", d.code, d.name);
			return;
		}
	}
	interview_answer_label(sit, q->key, buf, size);
}

/* The answers were brought (adviser mode): the lines are marked. */
static int
summary_marked(const struct summary *sm)
{
	return sm->nbrought > 0;
}

static void
draw_line(const struct ui_list *l, int i, int y, int x, int w, int focused)
{
	const struct summary *sm = l->arg;
	const struct question *q = interview_get(sm->qindex[i]);
	char text[512];
	int col = w - 2 - sm->answer_w;
	enum color_role role;

	focused = focused && !sm->on_button;
	role = focused ? CLR_FOCUS : CLR_ITEM;
	/* What the answer is about, in a few words ("Highest diploma"). */
	snprintf(text, sizeof text, "%s", interview_key_title(q->key));
	ui_put(y, x, 2, role, focused ? ">" : "");
	x += 2;
	w -= 2;
	if (summary_marked(sm)) {
		/* TRANSLATORS: the mark of an answer brought (a resume code, an
		 * answers file) on the Summary: one cell. */
		ui_put(y, x, 2, role, sm->brought[i] ? _("*") : "");
		x += 2;
		w -= 2;
		col -= 2;
	}
	ui_put_cut(y, x, col - 2, role, text);
	ui_put(y, x + col - 2, 2, role, "");
	ui_put_cut(y, x + col, w - col, focused ? CLR_FOCUS :
		sm->missing[i] ? CLR_ERROR : CLR_ITEM, sm->answer[i]);
}

static int
summary_open(struct screen *s)
{
	struct summary *sm = calloc(1, sizeof *sm);
	struct wizard *w = s->wiz;
	int n = 0;

	if (sm == NULL)
		return -1;
	for (int i = 0; i < interview_count() && n < SIT__COUNT; i++) {
		const struct question *q = interview_get(i);

		if (!interview_applies(q, &w->sit, &w->facts))
			continue;
		sm->qindex[n] = i;
		sm->missing[n] = !SIT_HAS(&w->sit, q->key);
		sm->brought[n] = !sm->missing[n] && (w->brought >> q->key & 1u) != 0;
		sm->nbrought += sm->brought[n];
		sm->nmissing += sm->missing[n];
		answer_text(w, q, sm->answer[n], ANSWER_MAX);
		n++;
	}
	sm->list.n = n;
	sm->list.draw_item = draw_line;
	sm->list.arg = sm;
	sm->list.cursor_col = 2;
	sm->on_button = w->summary_focus < 0 || w->summary_focus >= n;
	sm->list.focus = sm->on_button ? 0 : w->summary_focus;
	w->summary_focus = -1;
	s->state = sm;
	return 0;
}

static void
summary_close(struct screen *s)
{
	free(s->state);
}

static void
draw_button(struct summary *sm)
{
	char label[128];

	snprintf(label, sizeof label, "[ %s ]", _("See my diagnosis"));
	ui_put(sm->button_y, screen_left(), 2, sm->on_button ? CLR_FOCUS : CLR_NORMAL,
	       sm->on_button ? ">" : "");
	ui_put(sm->button_y, screen_left() + 2, -1,
	       sm->on_button ? CLR_FOCUS : CLR_QUESTION, label);
	if (sm->on_button)
		ui_cursor(sm->button_y, screen_left() + 4);
}

/* What the marks say, in row Y: how many answers came from the code (or
 * the file), and how many are still to ask. */
static void
draw_legend(const struct wizard *w, const struct summary *sm, int y)
{
	char from[256], line[512];

	if (w->brought_from == SESSION_BROUGHT_FILE)
		/* TRANSLATORS: %1$s is the mark (*), %2$d a number of answers;
		 * with the next message, at most 76 cells. */
		snprintf(from, sizeof from, P_("%1$s %2$d answer from the file",
					       "%1$s %2$d answers from the file",
					       (unsigned long)sm->nbrought), _("*"), sm->nbrought);
	else
		/* TRANSLATORS: as above, for a resume code. */
		snprintf(from, sizeof from, P_("%1$s %2$d answer from the resume code",
					       "%1$s %2$d answers from the resume code",
					       (unsigned long)sm->nbrought), _("*"), sm->nbrought);
	/* TRANSLATORS: %1$s is the message above, %2$d a number of
	 * questions not answered yet. */
	snprintf(line, sizeof line, P_("%1$s; %2$d still missing", "%1$s; %2$d still missing",
				       (unsigned long)sm->nmissing), from, sm->nmissing);
	ui_put(y, screen_left(), screen_width(), CLR_NOTE, line);
}

static void
summary_draw(struct screen *s)
{
	struct summary *sm = s->state;
	const struct ui_layout *l = ui_layout();
	int y = l->top + 1, title_w;
	char line[256];

	ui_erase_body();
	ui_put(y, screen_left(), screen_width(), CLR_QUESTION, _("Your answers"));
	/* TRANSLATORS: %s is the key that opens the answer (Enter). */
	snprintf(line, sizeof line, _("To change an answer, move to it and press %s."),
		 keys_label(REQ_NEXT));
	ui_put(y + 1, screen_left(), screen_width(), CLR_NOTE, line);
	if (summary_marked(sm))
		draw_legend(s->wiz, sm, y + 2);
	sm->list.y = y + 3;
	sm->list.x = screen_left();
	sm->list.w = screen_width();
	sm->button_y = l->bottom;
	sm->list.h = sm->button_y - 1 - sm->list.y;
	/* The answers start two cells after the longest title and take the
	 * rest of the line. */
	title_w = 0;
	for (int i = 0; i < sm->list.n; i++) {
		int tw = ui_width(interview_key_title(interview_get(sm->qindex[i])->key));

		if (tw > title_w)
			title_w = tw;
	}
	sm->answer_w = sm->list.w - 2 - (title_w + 4) - 2;
	if (sm->answer_w < sm->list.w / 3)
		sm->answer_w = sm->list.w / 3;
	ui_list_fit(&sm->list);
	ui_list_draw(&sm->list);
	draw_button(sm);
}

/* Move the focus between the list and the button. */
static void
to_button(struct summary *sm, int on)
{
	sm->on_button = on;
	ui_list_draw_item(&sm->list, sm->list.focus);
	draw_button(sm);
	if (!on)
		ui_list_cursor(&sm->list);
}

static enum screen_result
summary_key(struct screen *s, const struct screen_key *k)
{
	struct summary *sm = s->state;

	if (k->req == REQ_BACK)
		return SCREEN_BACK;
	if (k->req == REQ_NEXT) {
		if (sm->on_button)
			return SCREEN_NEXT;
		s->wiz->summary_focus = sm->list.focus;
		s->jump = sm->qindex[sm->list.focus];
		return SCREEN_JUMP;
	}
	if (sm->on_button) {
		if (k->req == REQ_UP || k->req == REQ_PGUP) {
			to_button(sm, 0);
			ui_list_move(&sm->list, sm->list.n - 1);
		} else if (k->req == REQ_HOME) {
			to_button(sm, 0);
			ui_list_move(&sm->list, 0);
		}
		return SCREEN_STAY;
	}
	if ((k->req == REQ_DOWN || k->req == REQ_END || k->req == REQ_PGDN) &&
	    sm->list.focus == sm->list.n - 1) {
		to_button(sm, 1);
		return SCREEN_STAY;
	}
	if (k->req == REQ_END) {
		ui_list_move(&sm->list, sm->list.n - 1);
		to_button(sm, 1);
		return SCREEN_STAY;
	}
	ui_list_request(&sm->list, k->req);
	return SCREEN_STAY;
}

static const char *
summary_help(struct screen *s)
{
	snprintf(s->help, sizeof s->help,
		 /* TRANSLATORS: %s is the key that opens the answer (Enter). */
		 _("Here is every answer you gave. Move to a line and press %s "
		   "to change it; you come back here afterwards. Questions not "
		   "answered yet are marked so: the diagnosis works without them "
		   "but says what they would change. When everything looks right, "
		   "choose \"See my diagnosis\"."), keys_label(REQ_NEXT));
	return s->help;
}

const struct screen_ops screen_summary_ops = {
	"summary",
	REQ_COMMON | REQ_LIST,
	summary_open, summary_close, summary_draw, summary_key, NULL, NULL,
	summary_help,
	NULL,
};
