/* screen-departement.c - where the person lives (DEPARTEMENT question):
 * type its number, the start of its name or a postcode; the matching
 * départements (core's market_find_departements) are listed, the arrows
 * and Enter choose one (a Corsican postcode lists both). */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "interview.h"
#include "market.h"
#include "screen-common.h"
#include "ui-draw.h"
#include "ui-list.h"
#include "wizard.h"

#define MAX_DEPS 128

struct dep {
	struct screen_field field;
	struct ui_list list;
	struct departement deps[MAX_DEPS];
};

static void
draw_item(const struct ui_list *l, int i, int y, int x, int w, int focused)
{
	const struct dep *d = l->arg;
	enum color_role role = focused ? CLR_FOCUS : CLR_ITEM;
	int col = (w - 2) / 2;

	ui_put(y, x, 2, role, focused ? ">" : "");
	x += 2;
	w -= 2;
	ui_put(y, x, 5, role, d->deps[i].code);
	ui_put_cut(y, x + 5, col - 5, role, d->deps[i].name);
	ui_put_cut(y, x + col, w - col, focused ? CLR_FOCUS : CLR_NOTE, d->deps[i].region_name);
}

static void
search(struct screen *s, struct dep *d)
{
	struct tr_err e;
	int n = market_find_departements(s->wiz->store, d->field.text, d->deps, MAX_DEPS, &e);

	if (d->field.len == 0) {
		n = 0;
	} else if (n < 0) {
		wizard_error(s->wiz, e.msg);
		n = 0;
	} else if (n == 0) {
		char msg[256];

		/* TRANSLATORS: a line of at most 76 columns with the text typed. */
		snprintf(msg, sizeof msg, _("No département matches \"%s\": type its "
					    "number or your postcode."), d->field.text);
		wizard_note(s->wiz, msg);
	}
	d->list.n = n;
	d->list.focus = 0;
	d->list.top = 0;
}

static int
dep_open(struct screen *s)
{
	struct dep *d = calloc(1, sizeof *d);
	const struct situation *sit = &s->wiz->sit;

	if (d == NULL)
		return -1;
	d->list.draw_item = draw_item;
	d->list.arg = d;
	d->list.cursor_col = 2;
	s->state = d;
	if (SIT_HAS(sit, s->q->key)) {
		/* The answer is shown as if typed: Enter keeps it. */
		d->field.len = (size_t)snprintf(d->field.text, sizeof d->field.text,
						"%s", sit->departement);
		search(s, d);
	}
	return 0;
}

static void
dep_close(struct screen *s)
{
	free(s->state);
}

static void
dep_draw(struct screen *s)
{
	struct dep *d = s->state;
	const struct ui_layout *l = ui_layout();
	int y = screen_question_top(s);

	d->field.y = y;
	d->field.x = screen_left();
	d->field.w = 30;
	y += 2;
	d->list.y = y;
	d->list.x = screen_left();
	d->list.w = screen_width();
	d->list.h = l->bottom - y + 1;
	ui_list_fit(&d->list);
	ui_list_draw(&d->list);
	screen_field_draw(&d->field);
	/* The field has the cursor only while letters are typed. */
	ui_list_cursor(&d->list);
}

static enum screen_result
dep_key(struct screen *s, const struct screen_key *k)
{
	struct dep *d = s->state;

	if (k->req == REQ_NEXT)
		return SCREEN_NEXT;
	if (k->req == REQ_BACK)
		return SCREEN_BACK;
	if (ui_list_request(&d->list, k->req))
		return SCREEN_STAY;
	if (screen_field_key(&d->field, k)) {
		search(s, d);
		ui_list_draw(&d->list);
		screen_field_draw(&d->field);
	}
	return SCREEN_STAY;
}

static int
dep_can_leave(struct screen *s)
{
	struct dep *d = s->state;

	if (d->field.len == 0) {
		/* TRANSLATORS: a line of at most 76 columns. */
		wizard_error(s->wiz, _("Type the number or the name of your "
				       "département, or your postcode."));
		return 0;
	}
	if (d->list.n == 0) {
		wizard_error(s->wiz, _("No département matches: erase a few letters."));
		return 0;
	}
	return screen_store(s, d->deps[d->list.focus].code) == 0;
}

static const char *
dep_help(struct screen *s)
{
	return screen_question_help(s);
}

const struct screen_ops screen_departement_ops = {
	"question-departement",
	REQ_COMMON | REQ_LIST | REQ_BIT(REQ_ERASE),
	dep_open, dep_close, dep_draw, dep_key, NULL,
	dep_can_leave, dep_help,
	NULL,
};
