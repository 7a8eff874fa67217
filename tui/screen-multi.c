/* screen-multi.c - a question with any number of answers (MULTI): Space
 * ticks or unticks the focused option, an option's number ticks or unticks
 * that option; Enter accepts the ticked ones. None is an answer too: Enter
 * with nothing ticked says so and asks once for a second Enter. */
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

struct multi {
	struct ui_list list;
	unsigned ticked;              /* bit i: option i */
	int none_ok;                  /* 1: "None" needs no confirmation */
	const char *labels[MAX_OPTIONS];
};

static void
draw_option(const struct ui_list *l, int i, int y, int x, int w, int focused)
{
	const struct multi *m = l->arg;
	char head[32];
	enum color_role role = focused ? CLR_FOCUS : CLR_ITEM;

	if (i < 9)
		snprintf(head, sizeof head, "%s%d %s ", focused ? "> " : "  ", i + 1,
			 (m->ticked >> i) & 1u ? "[x]" : "[ ]");
	else
		snprintf(head, sizeof head, "%s  %s ", focused ? "> " : "  ",
			 (m->ticked >> i) & 1u ? "[x]" : "[ ]");
	/* Only the head shows the focus: moving repaints a few cells. */
	x += ui_put(y, x, ui_width(head) - 1, role, head);
	ui_put(y, x, -1, CLR_ITEM, " ");
	ui_put(y, x + 1, w - ui_width(head), CLR_ITEM, m->labels[i]);
}

static int
multi_open(struct screen *s)
{
	struct multi *m = calloc(1, sizeof *m);
	const struct situation *sit = &s->wiz->sit;

	if (m == NULL)
		return -1;
	m->list.n = s->q->noptions < MAX_OPTIONS ? s->q->noptions : MAX_OPTIONS;
	for (int i = 0; i < m->list.n; i++)
		m->labels[i] = interview_option_label(&s->wiz->sit, s->q, i);
	if (SIT_HAS(sit, s->q->key))
		m->ticked = (unsigned)situation_get_int(sit, s->q->key);
	else if (s->q->def != QUESTION_NO_DEFAULT)
		m->ticked = (unsigned)s->q->def;
	/* "None" already answered is not asked again. */
	m->none_ok = SIT_HAS(sit, s->q->key) && m->ticked == 0;
	m->list.cursor_col = 5;
	m->list.draw_item = draw_option;
	m->list.arg = m;
	s->state = m;
	return 0;
}

static void
multi_close(struct screen *s)
{
	free(s->state);
}

static void
multi_draw(struct screen *s)
{
	struct multi *m = s->state;
	const struct ui_layout *l = ui_layout();
	int y = screen_question_top(s);

	m->list.y = y;
	m->list.x = screen_left();
	m->list.w = screen_width();
	m->list.h = l->bottom - y + 1;
	ui_list_fit(&m->list);
	ui_list_draw(&m->list);
}

static void
toggle(struct multi *m, int i)
{
	m->ticked ^= 1u << i;
	ui_list_draw_item(&m->list, i);
	ui_list_cursor(&m->list);
}

static enum screen_result
multi_key(struct screen *s, const struct screen_key *k)
{
	struct multi *m = s->state;
	int pick;

	if (k->req == REQ_NEXT)
		return SCREEN_NEXT;
	if (k->req == REQ_BACK)
		return SCREEN_BACK;
	if (k->req == REQ_TOGGLE) {
		toggle(m, m->list.focus);
		return SCREEN_STAY;
	}
	if (ui_list_request(&m->list, k->req))
		return SCREEN_STAY;
	if ((pick = screen_pick(k, m->list.n)) != -1) {
		if (pick >= 0) {
			ui_list_move(&m->list, pick);
			toggle(m, pick);
		} else
			wizard_error(s->wiz, _("There is no option with that number."));
		return SCREEN_STAY;
	}
	if (screen_typable(k)) {
		int i = screen_letter_find(m->labels, m->list.n, m->list.focus, k->ch);

		if (i >= 0)
			ui_list_move(&m->list, i);
		else
			wizard_error(s->wiz, _("No option starts with that letter."));
	}
	return SCREEN_STAY;
}

static int
multi_can_leave(struct screen *s)
{
	struct multi *m = s->state;
	char value[512];
	size_t len = 0;

	if (m->ticked == 0 && !m->none_ok) {
		char msg[256];

		/* TRANSLATORS: a line of at most 76 columns; %s is the key that
		   accepts (Enter). "None" is the answer when nothing is ticked. */
		snprintf(msg, sizeof msg, _("Nothing ticked: your answer is \"None\". Press %s "
					    "again to confirm."), keys_label(REQ_NEXT));
		wizard_note(s->wiz, msg);
		m->none_ok = 1;
		return 0;
	}
	value[0] = '\0';
	for (int i = 0; i < m->list.n; i++) {
		const char *name;

		if (!((m->ticked >> i) & 1u))
			continue;
		name = situation_value_name(s->q->key, i);
		len += (size_t)snprintf(value + len, sizeof value - len, "%s%s",
					len > 0 ? "," : "", name);
		if (len >= sizeof value)
			return 0;
	}
	return screen_store(s, value) == 0;
}

static const char *
multi_help(struct screen *s)
{
	return screen_question_help(s);
}

const struct screen_ops screen_multi_ops = {
	"question-multi",
	REQ_COMMON | REQ_LIST | REQ_BIT(REQ_TOGGLE) | REQ_BIT(REQ_PICK),
	multi_open, multi_close, multi_draw, multi_key, NULL,
	multi_can_leave, multi_help,
	NULL,
};
