/* screen-choice.c - a question with one answer among a few options
 * (CHOICE and LANG questions): arrows, the option's number or its first
 * letter move the selection; Enter accepts it.
 *
 * Enter with nothing selected yet: an optional question is skipped (as
 * plain mode's empty answer does), a question whose answer changes the
 * advice a lot (choice_conscious) asks for a choice, and any other takes
 * the focused option, as dialog's menus do. doc/answers.md lists them. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "interview.h"
#include "screen-common.h"
#include "ui-draw.h"
#include "ui-list.h"
#include "wizard.h"

#define MAX_OPTIONS 32

struct choice {
	struct ui_list list;
	int n;                        /* options, plus "Skip" when optional */
	int skip;                     /* index of "Skip", -1 when none */
	int chosen;                   /* 1: an option is selected (the focus) */
	const char *labels[MAX_OPTIONS];  /* translated */
};

static int
lang_index(const char *code)
{
	for (int i = 0; interview_langs[i] != NULL; i++)
		if (strcmp(interview_langs[i], code) == 0)
			return i;
	return -1;
}

/* The option answered or the default, -1 when none. */
static int
initial_option(struct screen *s)
{
	const struct question *q = s->q;
	const struct situation *sit = &s->wiz->sit;

	if (q->kind == QUESTION_LANG)
		return lang_index(SIT_HAS(sit, q->key) ? sit->lang : screen_ui_lang());
	if (SIT_HAS(sit, q->key))
		return situation_get_int(sit, q->key);
	return q->def;
}

static void
draw_option(const struct ui_list *l, int i, int y, int x, int w, int focused)
{
	const struct choice *c = l->arg;
	char head[32];
	int mark = focused && c->chosen;
	enum color_role role = focused ? CLR_FOCUS : CLR_ITEM;

	if (i < 9)
		snprintf(head, sizeof head, "%s%d %s ", focused ? "> " : "  ", i + 1,
			 mark ? "(*)" : "( )");
	else
		snprintf(head, sizeof head, "%s  %s ", focused ? "> " : "  ",
			 mark ? "(*)" : "( )");
	/* Only the head shows the focus: moving repaints a few cells. */
	x += ui_put(y, x, ui_width(head) - 1, role, head);
	ui_put(y, x, -1, CLR_ITEM, " ");
	ui_put(y, x + 1, w - ui_width(head), CLR_ITEM, c->labels[i]);
}

static int
choice_open(struct screen *s)
{
	struct choice *c = calloc(1, sizeof *c);
	int first;

	if (c == NULL)
		return -1;
	c->n = s->q->noptions < MAX_OPTIONS - 1 ? s->q->noptions : MAX_OPTIONS - 1;
	for (int i = 0; i < c->n; i++)
		c->labels[i] = interview_option_label(&s->wiz->sit, s->q, i);
	c->skip = -1;
	if (s->q->flags & QUESTION_OPTIONAL) {
		c->skip = c->n;
		c->labels[c->n++] = _("Skip this question");
	}
	first = initial_option(s);
	c->chosen = first >= 0 && first < c->n;
	c->list.n = c->n;
	c->list.focus = c->chosen ? first : 0;
	c->list.cursor_col = 5;
	c->list.draw_item = draw_option;
	c->list.arg = c;
	s->state = c;
	return 0;
}

static void
choice_close(struct screen *s)
{
	free(s->state);
}

static void
choice_draw(struct screen *s)
{
	struct choice *c = s->state;
	const struct ui_layout *l = ui_layout();
	int y = screen_question_top(s);

	c->list.y = y;
	c->list.x = screen_left();
	c->list.w = screen_width();
	c->list.h = l->bottom - y + 1;
	ui_list_fit(&c->list);
	ui_list_draw(&c->list);
}

/* Questions whose answer changes the advice a lot, so that an Enter
 * pressed without looking must not answer them: the project decides the
 * whole journey, the diplomas and the level of French decide the training
 * advice, the end of the last job the unemployment rights, the licence the
 * jobs within reach, and the person's own view is compared with ours. The
 * first option of each would be a wrong answer for many people. */
static int
choice_conscious(enum sit_key key)
{
	static const enum sit_key keys[] = {
		SIT_PROJECT, SIT_DIPLOMA, SIT_FOREIGN_DIPLOMA, SIT_TRAINING,
		SIT_FRENCH_LEVEL, SIT_LAST_JOB_END, SIT_DRIVING_LICENCE,
		SIT_SELF_DIAGNOSIS,
	};

	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		if (keys[i] == key)
			return 1;
	return 0;
}

/* Enter with no option selected: 1 go on with the focused option, 0 go
 * on without an answer (an optional question), -1 refused with a hint. */
static int
choice_unselected(struct screen *s, struct choice *c)
{
	char msg[256];

	if (c->skip >= 0) {
		situation_unset(&s->wiz->sit, s->q->key);
		return 0;
	}
	if (!choice_conscious(s->q->key)) {
		c->chosen = 1;
		return 1;
	}
	/* TRANSLATORS: a line of at most 76 columns; %s is the key that
	   accepts the answer (Enter). */
	snprintf(msg, sizeof msg, _("This answer matters: choose one (arrows, number or "
				    "letter), then %s."),
		 keys_label(REQ_NEXT));
	wizard_error(s->wiz, msg);
	return -1;
}

/* Select option I (by number or letter): focus and mark it. */
static void
select_option(struct choice *c, int i)
{
	int was = c->chosen;

	c->chosen = 1;
	if (!ui_list_move(&c->list, i) && !was)
		ui_list_draw_item(&c->list, i);
}

static enum screen_result
choice_key(struct screen *s, const struct screen_key *k)
{
	struct choice *c = s->state;
	int pick;

	if (k->req == REQ_NEXT)
		return SCREEN_NEXT;
	if (k->req == REQ_BACK)
		return SCREEN_BACK;
	if (ui_list_request(&c->list, k->req)) {
		if (!c->chosen) {
			c->chosen = 1;
			ui_list_draw_item(&c->list, c->list.focus);
		}
		return SCREEN_STAY;
	}
	if ((pick = screen_pick(k, c->n)) != -1) {
		if (pick >= 0)
			select_option(c, pick);
		else
			wizard_error(s->wiz, _("There is no option with that number."));
		return SCREEN_STAY;
	}
	if (screen_typable(k) && k->ch != L' ') {
		int i = screen_letter_find(c->labels, c->n, c->chosen ? c->list.focus : -1, k->ch);

		if (i >= 0)
			select_option(c, i);
		else
			wizard_error(s->wiz, _("No option starts with that letter."));
	}
	return SCREEN_STAY;
}

static int
choice_can_leave(struct screen *s)
{
	struct choice *c = s->state;
	int i = c->list.focus;

	if (!c->chosen) {
		int r = choice_unselected(s, c);

		if (r <= 0)
			return r == 0;
	}
	if (i == c->skip) {
		situation_unset(&s->wiz->sit, s->q->key);
		return 1;
	}
	if (s->q->kind == QUESTION_LANG)
		return screen_store(s, interview_langs[i]) == 0;
	return screen_store(s, situation_value_name(s->q->key, i)) == 0;
}

static const char *
choice_help(struct screen *s)
{
	return screen_question_help(s);
}

const struct screen_ops screen_choice_ops = {
	"question-choice",
	REQ_COMMON | REQ_LIST | REQ_BIT(REQ_PICK),
	choice_open, choice_close, choice_draw, choice_key, NULL,
	choice_can_leave, choice_help,
	NULL,
};
