/* screen-plan.c - "Your action plan": the proposed actions by priority
 * (core's plan_build, the first PLAN_MAX_PROPOSED), and on demand the
 * others. The person ticks what they will do (Space), sets when (t),
 * marks done (d) and writes a short note (n); Enter shows the detail of
 * an action: why it is proposed, its steps, time and where to get help.
 * Everything is kept in the wizard's plan marks (w->marks), which the
 * session saves (w->dirty) and the export prints. `e` opens the export.
 * In adviser mode each action has its reasons and their facts under it
 * (h hides them; screen-why.c), and Enter on an answer among them opens
 * its question, which comes back here. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "export-ui.h"
#include "export.h"
#include "i18n.h"
#include "plan.h"
#include "screen-common.h"
#include "screen-plan-text.h"
#include "screen-why.h"
#include "ui-draw.h"
#include "ui-list.h"
#include "ui-text.h"
#include "wizard.h"

enum item_kind { ITEM_ACTION, ITEM_MORE, ITEM_EXPORT, ITEM_WHY };

/* The adviser's ops: one key more (defined at the end). */
static const struct screen_ops planview_adviser_ops;

struct item {
	enum item_kind kind;
	int pi;                       /* ITEM_ACTION, ITEM_WHY: index in plan.items */
	struct why_line why;          /* ITEM_WHY: a reason of the action */
	int qindex;                   /* ITEM_WHY: the question behind it, -1 */
};

struct pl {
	const struct pipeline *r;   /* the wizard's diagnosis (wizard_result) */
	struct ui_list list;
	struct item items[ACTION__COUNT * (1 + WHY_LINES) + 2];
	int detail;                   /* plan item shown in detail, -1: the list */
	int noting;                   /* the note field is open */
	struct ui_text text;
	struct ui_field field;
	int when_w, note_w;           /* cells of the right columns */
	int note_row;                 /* the row under the list */
	struct wizard *wiz;           /* for the marks, when drawing the list */
	int hidden;                   /* other actions not in the list now */
};

static int
action_of(const struct pl *p, int pi)
{
	return p->r->plan.items[pi].action;
}

/* ---- the list ------------------------------------------------------------ */

/* 1 when the person did something with plan item PI. */
static int
touched(const struct pl *p, int pi)
{
	const struct plan_mark *m = plan_find_mark(p->wiz->marks, p->wiz->nmarks,
						   action_of(p, pi));

	return m != NULL && (m->chosen || m->done || m->note[0] != '\0');
}

/* Plan item PI at N, and in adviser mode its reasons; the next N. */
static int
add_action(struct pl *p, int n, int pi)
{
	struct why_line lines[WHY_LINES];
	const struct rule_out *out = &p->r->plan.items[pi].out;
	int nl = why_shown(p->wiz) ? why_lines(out, lines) : 0;

	p->items[n].kind = ITEM_ACTION;
	p->items[n++].pi = pi;
	for (int i = 0; i < nl; i++, n++) {
		p->items[n].kind = ITEM_WHY;
		p->items[n].pi = pi;
		p->items[n].why = lines[i];
		p->items[n].qindex = why_question(out, lines[i]);
	}
	return n;
}

/* The proposed actions, the "more" line, the others when shown (those
 * chosen stay shown), the way on to the export. */
static void
build_items(struct pl *p)
{
	int n = 0, extra = p->r->plan.n - p->r->plan.nproposed;

	p->hidden = 0;
	for (int i = 0; i < p->r->plan.nproposed; i++)
		n = add_action(p, n, i);
	if (extra > 0) {
		p->items[n++].kind = ITEM_MORE;
		for (int i = p->r->plan.nproposed; i < p->r->plan.n; i++) {
			if (!p->wiz->plan_more && !touched(p, i)) {
				p->hidden++;
				continue;
			}
			n = add_action(p, n, i);
		}
	}
	p->items[n++].kind = ITEM_EXPORT;
	p->list.n = n;
}

static void
draw_action(const struct pl *p, const struct wizard *w, int pi, int y, int x, int wd,
	    int focused)
{
	int a = action_of(p, pi);
	const struct plan_mark *m = plan_find_mark(w->marks, w->nmarks, a);
	int right = p->when_w + 2 + p->note_w, tw = wd - 8 - right - 2;
	char head[32];
	const char *when = "";

	snprintf(head, sizeof head, "[%c] %2d. ", m != NULL && (m->chosen || m->done) ? 'x' : ' ',
		 pi + 1);
	ui_put(y, x, 8, focused ? CLR_FOCUS : CLR_ITEM, head);
	ui_put_cut(y, x + 8, tw, pi < p->r->plan.nproposed ? CLR_ITEM : CLR_NOTE,
		   i18n_agree(&w->sit, catalog_get((enum action_id)a)->title));
	ui_put(y, x + 8 + tw, 2, CLR_NORMAL, "");
	if (m != NULL && m->done)
		/* TRANSLATORS: an action marked done, in a column of 12 cells. */
		when = _("done");
	else if (m != NULL && m->chosen)
		when = plan_when_label(m->when);
	ui_put(y, x + 10 + tw, p->when_w + 2, m != NULL && m->done ? CLR_NOTE : CLR_ITEM, when);
	/* TRANSLATORS: shown when the action has a note, in a column of 6 cells. */
	ui_put(y, x + 12 + tw + p->when_w, p->note_w, CLR_NOTE,
	       m != NULL && m->note[0] != '\0' ? _("note") : "");
}

static void
draw_item(const struct ui_list *l, int i, int y, int x, int w, int focused)
{
	const struct pl *p = l->arg;
	const struct item *it = &p->items[i];
	char text[256];
	int extra = p->hidden;

	ui_put(y, x, 2, focused ? CLR_FOCUS : CLR_ITEM, focused ? ">" : "");
	x += 2;
	w -= 2;
	switch (it->kind) {
	case ITEM_ACTION:
	case ITEM_WHY:
		break;                /* drawn by draw_line() */
	case ITEM_MORE:
		if (p->wiz->plan_more)
			/* TRANSLATORS: %s is the key that hides the other actions (m). */
			snprintf(text, sizeof text, _("Other actions you can choose (%s hides them):"),
				 keys_label(REQ_MORE));
		else
			/* TRANSLATORS: %s is the key that shows the other actions (m). */
			snprintf(text, sizeof text, P_("+ %d more action you can choose (%s shows it)",
						       "+ %d more actions you can choose (%s shows them)",
						       extra), extra, keys_label(REQ_MORE));
		ui_put(y, x, w, focused ? CLR_FOCUS : CLR_NOTE, text);
		break;
	case ITEM_EXPORT:
		snprintf(text, sizeof text, "[ %s ]", _("Save, print or show my plan"));
		ui_put(y, x, w, focused ? CLR_FOCUS : CLR_QUESTION, text);
		break;
	}
}

static void
draw_line(const struct ui_list *l, int i, int y, int x, int w, int focused)
{
	const struct pl *p = l->arg;

	if (p->items[i].kind == ITEM_ACTION) {
		ui_put(y, x, 2, focused ? CLR_FOCUS : CLR_ITEM, focused ? ">" : "");
		draw_action(p, p->wiz, p->items[i].pi, y, x + 2, w - 2, focused);
	} else if (p->items[i].kind == ITEM_WHY) {
		ui_put(y, x, 8, focused ? CLR_FOCUS : CLR_ITEM, focused ? ">" : "");
		why_draw(&p->r->plan.items[p->items[i].pi].out, p->items[i].why, p->wiz, y,
			 x + 8, w - 8);
	} else {
		draw_item(l, i, y, x, w, focused);
	}
}

/* The row under the list: the note of the focused action, or the field. */
static void
draw_note_row(struct pl *p, struct wizard *w)
{
	const struct item *it = &p->items[p->list.focus];
	const struct plan_mark *m = NULL;
	char line[PLAN_NOTE_MAX + 64], none[128] = "";
	int x = screen_left(), wd = screen_width(), lw;

	lw = ui_put(p->note_row, x, -1, CLR_NOTE, _("Note:"));
	if (p->noting) {
		ui_put(p->note_row, x + lw, 1, CLR_NORMAL, "");
		p->field.y = p->note_row;
		p->field.x = x + lw + 1;
		p->field.w = wd - lw - 1;
		ui_field_draw(&p->field);
		return;
	}
	if (p->detail >= 0)
		m = plan_find_mark(w->marks, w->nmarks, action_of(p, p->detail));
	else if (it->kind == ITEM_ACTION || it->kind == ITEM_WHY)
		m = plan_find_mark(w->marks, w->nmarks, action_of(p, it->pi));
	if (p->detail >= 0 || it->kind == ITEM_ACTION || it->kind == ITEM_WHY)
		/* TRANSLATORS: %s is the key that writes a note (n). */
		snprintf(none, sizeof none, _("(none; %s writes one)"), keys_label(REQ_NOTE));
	snprintf(line, sizeof line, " %s", m != NULL && m->note[0] != '\0' ? m->note : none);
	ui_put_cut(p->note_row, x + lw, wd - lw, CLR_NORMAL, line);
}

/* ---- drawing ------------------------------------------------------------ */

static const struct ui_hint list_hints[] = {
	{ REQ_NEXT, N_("Details") }, { REQ_TOGGLE, NULL }, { REQ_WHEN, NULL },
	{ REQ_DONE, NULL }, { REQ_NOTE, NULL }, { REQ_EXPORT, NULL },
	{ REQ_HELP, NULL }, { REQ_BACK, NULL }, { REQ_MORE, NULL },
};
static const struct ui_hint adviser_hints[] = {
	{ REQ_NEXT, N_("Details") }, { REQ_TOGGLE, NULL }, { REQ_WHEN, NULL },
	{ REQ_DONE, NULL }, { REQ_NOTE, NULL }, { REQ_REASONS, NULL }, { REQ_EXPORT, NULL },
	{ REQ_HELP, NULL }, { REQ_BACK, NULL }, { REQ_MORE, NULL },
};
static const struct ui_hint detail_hints[] = {
	{ REQ_BACK, N_("List") }, { REQ_TOGGLE, NULL }, { REQ_WHEN, NULL },
	{ REQ_DONE, NULL }, { REQ_NOTE, NULL }, { REQ_UP, N_("Scroll") },
	{ REQ_HELP, NULL },
};
static const struct ui_hint note_hints[] = {
	{ REQ_NEXT, N_("Keep the note") }, { REQ_BACK, N_("Cancel") },
	{ REQ_ERASE, N_("Erase") },
};

static void
hints(const struct pl *p)
{
	if (p->noting)
		ui_hints(note_hints, UI_NHINTS(note_hints));
	else if (p->detail >= 0)
		ui_hints(detail_hints, UI_NHINTS(detail_hints));
	else if (p->wiz->opts->mode == WIZARD_ADVISER)
		ui_hints(adviser_hints, UI_NHINTS(adviser_hints));
	else
		ui_hints(list_hints, UI_NHINTS(list_hints));
}

static void
planview_draw(struct screen *s)
{
	const struct ui_layout *l = ui_layout();
	struct pl *p = s->state;
	int x = screen_left(), wd = screen_width(), y = l->top + 1;
	char head[256];

	ui_erase_body();
	p->note_row = l->bottom;
	if (p->detail >= 0) {
		plantext_detail(&p->text, s->wiz, p->r, p->detail);
		ui_text_place(&p->text, y, x, wd, p->note_row - 1 - y);
		ui_text_draw(&p->text);
	} else {
		ui_put(y, x, wd, CLR_QUESTION, _("Your action plan"));
		if (p->r->plan.nproposed > 0)
			/* TRANSLATORS: %s is the key that shows the details (Enter). */
			snprintf(head, sizeof head, _("Tick what you will do, and when. %s shows "
						      "the details."), keys_label(REQ_NEXT));
		else
			snprintf(head, sizeof head, "%s", _("No action is proposed from these answers."));
		ui_put(y + 1, x, wd, CLR_NOTE, head);
		p->list.y = y + 3;
		p->list.x = x;
		p->list.w = wd;
		p->list.h = p->note_row - 1 - p->list.y;
		ui_list_fit(&p->list);
		ui_list_draw(&p->list);
	}
	draw_note_row(p, s->wiz);
	if (!p->noting && p->detail < 0)
		ui_list_cursor(&p->list);
	else if (!p->noting)
		ui_cursor(p->text.y, p->text.x);
	hints(p);
}

static int
planview_open(struct screen *s)
{
	struct pl *p = calloc(1, sizeof *p);

	if (p == NULL)
		return -1;
	p->wiz = s->wiz;
	p->r = wizard_result(s->wiz);
	if (p->r == NULL) {
		free(p);
		return -1;
	}
	build_items(p);
	p->detail = -1;
	p->list.draw_item = draw_line;
	p->list.arg = p;
	p->list.cursor_col = 2;
	p->list.focus = s->wiz->plan_focus >= 0 ? s->wiz->plan_focus : 0;
	s->wiz->plan_focus = -1;
	for (int k = PLAN_WHEN_TODAY; k < PLAN_WHEN__COUNT; k++)
		if (ui_width(plan_when_label(k)) > p->when_w)
			p->when_w = ui_width(plan_when_label(k));
	if (ui_width(_("done")) > p->when_w)
		p->when_w = ui_width(_("done"));
	p->note_w = ui_width(_("note"));
	if (s->wiz->opts->mode == WIZARD_ADVISER)
		s->ops = &planview_adviser_ops;
	s->state = p;
	return 0;
}

static void
planview_close(struct screen *s)
{
	struct pl *p = s->state;

	if (p != NULL)
		ui_text_clear(&p->text);
	free(p);
}

/* ---- keys --------------------------------------------------------------- */

/* The plan item the marks keys act on, -1 when none. */
static int
target(const struct pl *p)
{
	if (p->detail >= 0)
		return p->detail;
	return p->items[p->list.focus].kind == ITEM_ACTION ||
	       p->items[p->list.focus].kind == ITEM_WHY ? p->items[p->list.focus].pi : -1;
}

/* Repaint what a change of mark shows. */
static void
marks_changed(struct screen *s, struct pl *p)
{
	s->wiz->dirty = 1;
	if (p->detail >= 0) {
		plantext_detail(&p->text, s->wiz, p->r, p->detail);
		ui_text_draw(&p->text);
	} else {
		ui_list_draw_item(&p->list, p->list.focus);
		ui_list_cursor(&p->list);
	}
	draw_note_row(p, s->wiz);
	if (p->detail < 0)
		ui_list_cursor(&p->list);
}

static int
mark_key(struct screen *s, struct pl *p, enum request a)
{
	int pi = target(p);
	struct plan_mark *m;

	if (pi < 0 || (a != REQ_TOGGLE && a != REQ_WHEN && a != REQ_DONE && a != REQ_NOTE))
		return 0;
	m = wizard_mark(s->wiz, action_of(p, pi), 1);
	if (m == NULL)
		return 1;
	if (a == REQ_TOGGLE) {
		m->chosen = !(m->chosen || m->done);
		if (!m->chosen) {
			m->when = PLAN_WHEN_UNSET;
			m->done = 0;
		}
	} else if (a == REQ_WHEN) {
		m->when = (m->when + 1) % PLAN_WHEN__COUNT;
		m->chosen = 1;
	} else if (a == REQ_DONE) {
		m->done = !m->done;
		m->chosen = 1;
	} else {
		p->noting = 1;
		s->typing = 1;
		ui_field_set(&p->field, m->note, PLAN_NOTE_MAX);
		draw_note_row(p, s->wiz);
		hints(p);
		return 1;
	}
	marks_changed(s, p);
	return 1;
}

/* The note being typed, into the mark of its action; 0, or -1 when no
 * mark can be made. */
static int
store_note(struct screen *s, struct pl *p)
{
	struct plan_mark *m = wizard_mark(s->wiz, action_of(p, target(p)), 1);
	size_t n = p->field.len;

	if (m == NULL)
		return -1;
	while (n > 0 && p->field.text[n - 1] == ' ')
		n--;
	memcpy(m->note, p->field.text, n);
	m->note[n] = '\0';
	s->wiz->dirty = 1;
	return 0;
}

static void
end_note(struct screen *s, struct pl *p, int keep)
{
	p->noting = 0;
	s->typing = 0;
	if (keep && store_note(s, p) == 0) {
		marks_changed(s, p);
	} else {
		draw_note_row(p, s->wiz);
		if (p->detail < 0)
			ui_list_cursor(&p->list);
		else
			ui_cursor(p->text.y, p->text.x);
	}
	hints(p);
}

static void
toggle_more(struct screen *s, struct pl *p)
{
	int more_at;

	p->wiz->plan_more = !p->wiz->plan_more;
	build_items(p);
	for (more_at = 0; more_at < p->list.n; more_at++)
		if (p->items[more_at].kind == ITEM_MORE)
			break;
	p->list.focus = more_at < p->list.n ? more_at : 0;
	if (p->wiz->plan_more && more_at + 1 < p->list.n)
		p->list.focus = more_at + 1;
	/* Lines below the focus change: the list is drawn again. */
	ui_list_fit(&p->list);
	if (p->wiz->plan_more && p->list.focus + 3 < p->list.n &&
	    p->list.focus + 3 >= p->list.top + p->list.h)
		p->list.top = p->list.focus - 1;
	ui_list_fit(&p->list);
	ui_list_draw(&p->list);
	draw_note_row(p, s->wiz);
	ui_list_cursor(&p->list);
}

/* Adviser mode: hide or show the reasons, the focus staying on its action. */
static void
planwhy_toggle(struct screen *s, struct pl *p)
{
	int pi = target(p);

	p->wiz->why_hidden = !p->wiz->why_hidden;
	build_items(p);
	for (int i = 0; i < p->list.n; i++)
		if (p->items[i].kind == ITEM_ACTION && p->items[i].pi == pi)
			p->list.focus = i;
	if (p->list.focus >= p->list.n)
		p->list.focus = p->list.n - 1;
	planview_draw(s);
}

static enum screen_result
list_key(struct screen *s, struct pl *p, const struct screen_key *k)
{
	enum item_kind kind = p->items[p->list.focus].kind;

	if (k->req == REQ_BACK)
		return SCREEN_BACK;
	if (k->req == REQ_EXPORT ||
	    (kind == ITEM_EXPORT && (k->req == REQ_NEXT || k->req == REQ_TOGGLE))) {
		p->wiz->plan_focus = p->list.focus;
		return SCREEN_JUMP;
	}
	if (k->req == REQ_MORE && p->r->plan.n > p->r->plan.nproposed) {
		toggle_more(s, p);
		return SCREEN_STAY;
	}
	if (kind == ITEM_MORE && (k->req == REQ_NEXT || k->req == REQ_TOGGLE)) {
		toggle_more(s, p);
		return SCREEN_STAY;
	}
	if (kind == ITEM_WHY && k->req == REQ_NEXT && p->items[p->list.focus].qindex >= 0) {
		/* The answer behind a fact: changed there, the plan made again. */
		p->wiz->plan_focus = p->list.focus;
		s->jump = p->items[p->list.focus].qindex;
		return SCREEN_NEXT;
	}
	if (k->req == REQ_REASONS && s->ops == &planview_adviser_ops) {
		planwhy_toggle(s, p);
		return SCREEN_STAY;
	}
	if ((kind == ITEM_ACTION || kind == ITEM_WHY) && k->req == REQ_NEXT) {
		p->detail = p->items[p->list.focus].pi;
		p->text.top = 0;
		planview_draw(s);
		return SCREEN_STAY;
	}
	if (mark_key(s, p, k->req))
		return SCREEN_STAY;
	if (ui_list_request(&p->list, k->req))
		draw_note_row(p, s->wiz);
	ui_list_cursor(&p->list);
	return SCREEN_STAY;
}

static enum screen_result
planview_key(struct screen *s, const struct screen_key *k)
{
	struct pl *p = s->state;

	if (p->noting) {
		if (k->req == REQ_NEXT)
			end_note(s, p, 1);
		else if (k->req == REQ_BACK)
			end_note(s, p, 0);
		else if (ui_field_key(&p->field, k) == 2)
			wizard_error(s->wiz, _("The note is full: it keeps what you typed so far."));
		return SCREEN_STAY;
	}
	if (p->detail < 0)
		return list_key(s, p, k);
	if (k->req == REQ_BACK || k->req == REQ_NEXT) {
		p->detail = -1;
		planview_draw(s);
	} else if (k->req == REQ_EXPORT) {
		p->wiz->plan_focus = p->list.focus;
		return SCREEN_JUMP;
	} else if (!mark_key(s, p, k->req)) {
		ui_text_request(&p->text, k->req);
	}
	return SCREEN_STAY;
}

static const char *
planview_help(struct screen *s)
{
	struct pl *p = s->state;

	return plantext_help(s, p->noting, p->detail >= 0);
}

/* A note being typed when the program ends is kept, as Enter would. */
static void
planview_keep(struct screen *s)
{
	struct pl *p = s->state;

	if (p != NULL && p->noting)
		(void)store_note(s, p);
}

const struct screen_ops screen_plan_ops = {
	"plan",
	REQ_COMMON | REQ_LIST | REQ_BIT(REQ_TOGGLE) | REQ_BIT(REQ_WHEN) |
	REQ_BIT(REQ_DONE) | REQ_BIT(REQ_NOTE) | REQ_BIT(REQ_MORE) |
	REQ_BIT(REQ_EXPORT) | REQ_BIT(REQ_ERASE),
	planview_open, planview_close, planview_draw, planview_key, NULL, NULL, planview_help,
	planview_keep,
};

static const struct screen_ops planview_adviser_ops = {
	"plan",
	REQ_COMMON | REQ_LIST | REQ_BIT(REQ_TOGGLE) | REQ_BIT(REQ_WHEN) |
	REQ_BIT(REQ_DONE) | REQ_BIT(REQ_NOTE) | REQ_BIT(REQ_MORE) |
	REQ_BIT(REQ_EXPORT) | REQ_BIT(REQ_ERASE) | REQ_BIT(REQ_REASONS),
	planview_open, planview_close, planview_draw, planview_key, NULL, NULL, planview_help,
	planview_keep,
};
