/* screen-diagnosis.c - "Your diagnosis": the main challenge in one
 * sentence, then a list: every challenge with its status, the unanswered
 * questions that could change the result (Enter opens the question, which
 * comes back here), and the way on to the plan. Enter or `w` on a
 * challenge shows why: each reason with the answers and figures behind it
 * (core's export_fact_text, the same words as the export). In adviser
 * mode the reasons and their facts are lines under each challenge (h
 * hides them), and Enter on an answer among them opens its question. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "export-ui.h"
#include "export.h"
#include "i18n.h"
#include "interview.h"
#include "rules.h"
#include "screen-common.h"
#include "screen-why.h"
#include "ui-draw.h"
#include "ui-list.h"
#include "ui-text.h"
#include "wizard.h"

enum item_kind { ITEM_CHALLENGE, ITEM_MISSING, ITEM_PLAN, ITEM_WHY };

/* In adviser mode the screen offers one key more: its open() takes these
 * ops in place of screen_diagnosis_ops (defined at the end). */
static const struct screen_ops diagview_adviser_ops;

struct item {
	enum item_kind kind;
	int index;                    /* challenge, or the key not answered */
	int qindex;                   /* ITEM_MISSING, ITEM_WHY: its question */
	struct why_line why;          /* ITEM_WHY: a reason of challenge INDEX */
};

struct dg {
	const struct pipeline *r;   /* the wizard's diagnosis (wizard_result) */
	struct ui_list list;
	struct item items[CHALLENGE__COUNT * (1 + WHY_LINES) + SIT__COUNT + 1];
	int status_w;                 /* cells of the status column */
	int why;                      /* challenge shown, -1: the list */
	struct ui_text text;
	struct wizard *wiz;           /* for the reasons, when drawing the list */
};

static enum color_role
status_role(int c, enum diag_status st)
{
	if (st == DIAG_UNKNOWN)
		return CLR_NOTE;
	if (c == CHALLENGE_BRAVO)
		return CLR_ITEM;
	return st == DIAG_NEED ? CLR_ERROR : CLR_ITEM;
}

/* The first line of question Q, translated. */
static void
question_line(int qindex, char *buf, size_t size)
{
	const struct question *q = interview_get(qindex);
	const char *t = q != NULL ? _(q->text) : "";
	size_t n = strcspn(t, "\n");

	if (n >= size)
		n = size - 1;
	memcpy(buf, t, n);
	buf[n] = '\0';
}

static void
draw_item(const struct ui_list *l, int i, int y, int x, int w, int focused)
{
	const struct dg *g = l->arg;
	const struct item *it = &g->items[i];
	enum color_role role = focused ? CLR_FOCUS : CLR_ITEM;
	char text[512], q[400];
	int col = w - 2 - g->status_w;

	ui_put(y, x, 2, role, focused ? ">" : "");
	x += 2;
	w -= 2;
	switch (it->kind) {
	case ITEM_CHALLENGE: {
		enum diag_status st = g->r->diag.challenges[it->index].status;

		/* Only the head shows the focus: moving repaints a few cells. */
		ui_put_cut(y, x, col - 2, it->index == g->r->diag.main ? CLR_QUESTION : CLR_ITEM,
			   _(rules_challenge_title(it->index)));
		ui_put(y, x + col - 2, 2, CLR_NORMAL, "");
		ui_put(y, x + col, w - col, status_role(it->index, st),
		       diag_status_word(it->index, st));
		break;
	}
	case ITEM_MISSING:
		question_line(it->qindex, q, sizeof q);
		/* TRANSLATORS: a line of the diagnosis: an unanswered question
		 * that could change it; Enter opens it. */
		snprintf(text, sizeof text, _("Answer: %s"), q);
		ui_put_cut(y, x, w, CLR_ITEM, text);
		break;
	case ITEM_PLAN:
		snprintf(text, sizeof text, "[ %s ]", _("See my action plan"));
		ui_put(y, x, w, focused ? CLR_FOCUS : CLR_QUESTION, text);
		break;
	case ITEM_WHY:
		why_draw(&g->r->diag.challenges[it->index].out, it->why, g->wiz, y, x, w);
		break;
	}
}

static void
build_items(struct dg *g, struct wizard *w)
{
	uint64_t missing = g->r->diag.missing | g->r->plan.missing;
	int n = 0;

	for (int c = 0; c < CHALLENGE__COUNT; c++) {
		struct why_line lines[WHY_LINES];
		const struct rule_out *out = &g->r->diag.challenges[c].out;
		int nl = why_shown(w) ? why_lines(out, lines) : 0;

		g->items[n].kind = ITEM_CHALLENGE;
		g->items[n++].index = c;
		for (int i = 0; i < nl; i++, n++) {
			g->items[n].kind = ITEM_WHY;
			g->items[n].index = c;
			g->items[n].why = lines[i];
			g->items[n].qindex = why_question(out, lines[i]);
		}
	}
	for (int i = 0; i < interview_count(); i++) {
		const struct question *q = interview_get(i);

		if (!((missing >> q->key) & 1u) || SIT_HAS(&w->sit, q->key))
			continue;
		g->items[n].kind = ITEM_MISSING;
		g->items[n].index = (int)q->key;
		g->items[n++].qindex = i;
	}
	g->items[n++].kind = ITEM_PLAN;
	g->list.n = n;
}

static int
diagview_open(struct screen *s)
{
	struct dg *g = calloc(1, sizeof *g);

	if (g == NULL)
		return -1;
	g->r = wizard_result(s->wiz);
	if (g->r == NULL) {
		free(g);
		return -1;
	}
	g->wiz = s->wiz;
	if (s->wiz->opts->mode == WIZARD_ADVISER)
		s->ops = &diagview_adviser_ops;
	build_items(g, s->wiz);
	g->why = -1;
	g->list.draw_item = draw_item;
	g->list.arg = g;
	g->list.cursor_col = 2;
	g->list.focus = s->wiz->diagnosis_focus >= 0 ? s->wiz->diagnosis_focus : 0;
	s->wiz->diagnosis_focus = -1;
	for (int c = 0; c < CHALLENGE__COUNT; c++) {
		int sw = ui_width(diag_status_word(c, DIAG_NEED));

		if (ui_width(diag_status_word(c, DIAG_STRENGTH)) > sw)
			sw = ui_width(diag_status_word(c, DIAG_STRENGTH));
		if (ui_width(diag_status_word(c, DIAG_UNKNOWN)) > sw)
			sw = ui_width(diag_status_word(c, DIAG_UNKNOWN));
		if (sw > g->status_w)
			g->status_w = sw;
	}
	s->state = g;
	return 0;
}

static void
diagview_close(struct screen *s)
{
	struct dg *g = s->state;

	if (g != NULL)
		ui_text_clear(&g->text);
	free(g);
}

/* ---- why? --------------------------------------------------------------- */

/* The job in the person's words: the title chosen, else the group. */
static const char *
diagscr_job_words(const struct wizard *w, const struct diag_facts *f)
{
	return SIT_HAS(&w->sit, SIT_JOB_TITLE) && w->sit.job_title[0] ? w->sit.job_title
		: f->job.name;
}

/* Fact X of a reason as the export writes it, but with the target job
 * in words instead of its ROME code, except on an adviser's screen: the
 * answer is the title chosen, a figure names the job group (figures are
 * published per group, not per title). */
static const char *
diagscr_fact(const struct wizard *w, const struct rule_fact *x,
	     const struct diag_facts *f, char *buf, size_t len)
{
	char text[1024];
	const char *code, *p;
	size_t cl, used = 0;

	if (w->opts->mode == WIZARD_ADVISER || !f->has_job)
		return export_fact_text(x, &w->sit, f, buf, len);
	if (x->kind == FACT_ANSWER && x->key == SIT_JOB &&
	    strcmp(x->value, f->job.code) == 0) {
		/* TRANSLATORS: a fact behind a reason: "Vehicle: No (your answer)." */
		snprintf(buf, len, _("%s: %s (your answer)."), interview_key_title(SIT_JOB),
			 diagscr_job_words(w, f));
		return buf;
	}
	export_fact_text(x, &w->sit, f, text, sizeof text);
	code = f->job.code;
	cl = strlen(code);
	buf[0] = '\0';
	for (p = text; *p && used + 1 < len;) {
		if (cl > 0 && strncmp(p, code, cl) == 0) {
			used += (size_t)snprintf(buf + used, len - used, "%s", f->job.name);
			p += cl;
		} else {
			buf[used++] = *p++;
			buf[used] = '\0';
		}
	}
	if (used >= len)
		buf[len - 1] = '\0';
	return buf;
}

static void
why_self(struct dg *g, struct wizard *w)
{
	if (g->r->diag.self_match < 0)
		return;
	ui_text_add(&g->text, CLR_NORMAL, 0, 0, "");
	ui_text_addf(&g->text, CLR_NORMAL, 0, 0, _("You thought the main challenge was: %s."),
		     i18n_agree(&w->sit, rules_challenge_title(w->sit.self_diagnosis)));
	ui_text_add(&g->text, CLR_NORMAL, 0, 0, g->r->diag.self_match ?
		    _("The diagnosis agrees with you.") :
		    _("The diagnosis finds another challenge first; both are worth reading."));
}

static void
why_missing(struct dg *g, uint64_t missing)
{
	char q[400];
	int first = 1;

	for (int k = 0; k < SIT__COUNT; k++) {
		int qi = interview_find((enum sit_key)k);

		if (!((missing >> k) & 1u) || qi < 0)
			continue;
		if (first) {
			ui_text_add(&g->text, CLR_NORMAL, 0, 0, "");
			ui_text_addf(&g->text, CLR_NOTE, 0, 0,
				     /* TRANSLATORS: %s is the key that opens a line (Enter). */
				     _("Unanswered questions that could change this (they are "
				       "listed under the challenges: %s there opens one):"),
				     keys_label(REQ_NEXT));
			first = 0;
		}
		question_line(qi, q, sizeof q);
		ui_text_addf(&g->text, CLR_NORMAL, 0, 2, "- %s", q);
	}
}

static void
build_why(struct dg *g, struct wizard *w, int c)
{
	const struct diag_challenge *ch = &g->r->diag.challenges[c];
	char fact[1024];

	ui_text_clear(&g->text);
	ui_text_add(&g->text, CLR_QUESTION, 0, 0, i18n_agree(&w->sit, rules_challenge_title(c)));
	ui_text_addf(&g->text, status_role(c, ch->status), 0, 0, _("Status: %s"),
		     diag_status_word(c, ch->status));
	if (c == g->r->diag.main)
		ui_text_add(&g->text, CLR_NORMAL, 0, 0,
			    _("This is the main challenge: it comes first."));
	ui_text_add(&g->text, CLR_NORMAL, 0, 0, "");
	ui_text_add(&g->text, CLR_NOTE, 0, 0, _("Why:"));
	if (ch->out.nreasons == 0)
		ui_text_add(&g->text, CLR_NORMAL, 0, 2, _("- No reason recorded."));
	for (int i = 0; i < ch->out.nreasons; i++) {
		const struct rule_reason *rr = &ch->out.reasons[i];

		ui_text_addf(&g->text, CLR_NORMAL, 0, 2, "- %s", i18n_agree(&w->sit, rr->text));
		for (int k = 0; k < rr->nfacts; k++)
			ui_text_add(&g->text, CLR_NOTE, 4, 6,
				    diagscr_fact(w, &rr->facts[k], &g->r->facts, fact,
						 sizeof fact));
	}
	if (c == g->r->diag.main)
		why_self(g, w);
	why_missing(g, ch->out.missing);
}

/* ---- drawing ------------------------------------------------------------ */

static const struct ui_hint list_hints[] = {
	{ REQ_NEXT, N_("Open") }, { REQ_WHY, NULL }, { REQ_PLAN, NULL },
	{ REQ_UP, NULL }, { REQ_BACK, NULL }, { REQ_HELP, NULL }, { REQ_QUIT, NULL },
};
static const struct ui_hint adviser_hints[] = {
	{ REQ_NEXT, N_("Open") }, { REQ_WHY, NULL }, { REQ_REASONS, NULL }, { REQ_PLAN, NULL },
	{ REQ_UP, NULL }, { REQ_BACK, NULL }, { REQ_HELP, NULL }, { REQ_QUIT, NULL },
};
static const struct ui_hint why_hints[] = {
	{ REQ_BACK, N_("Back to the list") }, { REQ_UP, N_("Scroll") },
	{ REQ_PLAN, NULL }, { REQ_HELP, NULL }, { REQ_QUIT, NULL },
};

/* The head: the main challenge and the comparison with the person's own
 * guess; returns the first row below it. */
static int
draw_head(struct dg *g, struct wizard *w)
{
	const struct ui_layout *l = ui_layout();
	int x = screen_left(), wd = screen_width(), y = l->top + 1;
	char line[512];

	ui_put(y++, x, wd, CLR_QUESTION, _("Your diagnosis"));
	ui_put(y++, x, wd, CLR_NOTE, _("What most holds your search back:"));
	y += ui_wrap(y, x + 2, wd - 2, 2, CLR_QUESTION,
		     i18n_agree(&w->sit, rules_challenge_title(g->r->diag.main)), 1);
	if (g->r->diag.self_match >= 0) {
		snprintf(line, sizeof line, "%s %s",
			 g->r->diag.self_match ? _("You thought so too.") :
			 _("You thought it was something else:"),
			 g->r->diag.self_match ? "" :
			 i18n_agree(&w->sit, rules_challenge_title(w->sit.self_diagnosis)));
		y += ui_wrap(y, x, wd, 2, CLR_NORMAL, line, 1);
	}
	ui_put(y + 1, x, wd, CLR_NOTE, _("Every challenge, in the order they are checked:"));
	return y + 2;
}

static void
diagview_draw(struct screen *s)
{
	const struct ui_layout *l = ui_layout();
	struct dg *g = s->state;
	int y;

	ui_erase_body();
	if (g->why >= 0) {
		ui_text_place(&g->text, l->top + 1, screen_left(), screen_width(),
			      l->bottom - l->top);
		ui_text_draw(&g->text);
		ui_hints(why_hints, UI_NHINTS(why_hints));
		return;
	}
	y = draw_head(g, s->wiz);
	g->list.y = y;
	g->list.x = screen_left();
	g->list.w = screen_width();
	g->list.h = l->bottom + 1 - y;
	ui_list_fit(&g->list);
	ui_list_draw(&g->list);
	if (s->wiz->opts->mode == WIZARD_ADVISER)
		ui_hints(adviser_hints, UI_NHINTS(adviser_hints));
	else
		ui_hints(list_hints, UI_NHINTS(list_hints));
}

static void
show_why(struct screen *s, int c)
{
	struct dg *g = s->state;

	g->why = c;
	if (c >= 0)
		build_why(g, s->wiz, c);
	diagview_draw(s);
}

/* Adviser mode: hide or show the reasons, the focus staying on its
 * challenge. */
static void
toggle_reasons(struct screen *s, struct dg *g)
{
	const struct item *it = &g->items[g->list.focus];
	int c = it->kind == ITEM_CHALLENGE || it->kind == ITEM_WHY ? it->index : -1;

	s->wiz->why_hidden = !s->wiz->why_hidden;
	build_items(g, s->wiz);
	for (int i = 0; i < g->list.n; i++)
		if (g->items[i].kind == ITEM_CHALLENGE && g->items[i].index == c)
			g->list.focus = i;
	if (g->list.focus >= g->list.n)
		g->list.focus = g->list.n - 1;
	diagview_draw(s);
}

static enum screen_result
list_key(struct screen *s, struct dg *g, const struct screen_key *k)
{
	const struct item *it = &g->items[g->list.focus];

	if (k->req == REQ_BACK)
		return SCREEN_BACK;
	if (k->req == REQ_PLAN)
		return SCREEN_NEXT;
	if (k->req == REQ_REASONS && s->wiz->opts->mode == WIZARD_ADVISER) {
		toggle_reasons(s, g);
		return SCREEN_STAY;
	}
	if (k->req == REQ_NEXT && it->kind == ITEM_WHY && it->qindex >= 0) {
		/* The answer behind a fact: changed there, diagnosed again here. */
		s->wiz->diagnosis_focus = g->list.focus;
		s->jump = it->qindex;
		return SCREEN_JUMP;
	}
	if (k->req == REQ_NEXT || k->req == REQ_WHY) {
		if (it->kind == ITEM_CHALLENGE || it->kind == ITEM_WHY) {
			show_why(s, it->index);
		} else if (it->kind == ITEM_PLAN) {
			return k->req == REQ_NEXT ? SCREEN_NEXT : SCREEN_STAY;
		} else if (k->req == REQ_NEXT) {
			s->wiz->diagnosis_focus = g->list.focus;
			s->jump = it->qindex;
			return SCREEN_JUMP;
		}
		return SCREEN_STAY;
	}
	ui_list_request(&g->list, k->req);
	return SCREEN_STAY;
}

static enum screen_result
diagview_key(struct screen *s, const struct screen_key *k)
{
	struct dg *g = s->state;

	if (g->why < 0)
		return list_key(s, g, k);
	if (k->req == REQ_PLAN)
		return SCREEN_NEXT;
	if (k->req == REQ_BACK || k->req == REQ_WHY || k->req == REQ_NEXT)
		show_why(s, -1);
	else
		ui_text_request(&g->text, k->req);
	return SCREEN_STAY;
}

static const char *
diagview_help(struct screen *s)
{
	struct dg *g = s->state;

	if (g->why >= 0)
		snprintf(s->help, sizeof s->help,
			 /* TRANSLATORS: %s is the key that goes back (Esc). */
			 _("The reasons behind this challenge, each with the "
			   "facts it rests on. The facts are your answers, and "
			   "the market figures with their source, year and "
			   "area. Figures marked as examples are not official. "
			   "%s goes back to the list."), keys_label(REQ_BACK));
	else if (s->wiz->opts->mode == WIZARD_ADVISER)
		snprintf(s->help, sizeof s->help,
			 /* TRANSLATORS: adviser mode; the %s are keys, in this order:
			  * the one that hides the reasons (h), the one that opens a
			  * line (Enter), the one that shows why (w), the one that goes
			  * to the plan (p). */
			 _("The main challenge comes first, then every challenge with its "
			   "status. Under each one are its reasons and their facts: answers, "
			   "and market figures with their source. %s hides or shows them. "
			   "%s on an answer opens its question. Change it: the diagnosis is "
			   "made again when you come back. %s on a challenge shows its "
			   "reasons in full; %s goes to the plan."), keys_label(REQ_REASONS), keys_label(REQ_NEXT),
			 keys_label(REQ_WHY), keys_label(REQ_PLAN));
	else
		snprintf(s->help, sizeof s->help,
			 /* TRANSLATORS: the %s are keys, in this order: the one that
			  * opens a line (Enter), the one that shows why (w), the one
			  * that goes to the plan (p), the one that goes back (Esc). */
			 _("The first line is what most holds your search "
			   "back. Below is every challenge the diagnosis "
			   "checks, with its status. The status is: to work "
			   "on, fine, or not known yet when answers or data "
			   "are missing. %s or %s on a challenge shows why. An "
			   "\"Answer:\" line opens a question not answered "
			   "yet; you come back here afterwards. %s goes to "
			   "your action plan; %s goes back to your answers."),
			 keys_label(REQ_NEXT), keys_label(REQ_WHY), keys_label(REQ_PLAN),
			 keys_label(REQ_BACK));
	return s->help;
}

const struct screen_ops screen_diagnosis_ops = {
	"diagnosis",
	REQ_COMMON | REQ_LIST | REQ_BIT(REQ_WHY) | REQ_BIT(REQ_PLAN),
	diagview_open, diagview_close, diagview_draw, diagview_key, NULL, NULL, diagview_help,
	NULL,
};

static const struct screen_ops diagview_adviser_ops = {
	"diagnosis",
	REQ_COMMON | REQ_LIST | REQ_BIT(REQ_WHY) | REQ_BIT(REQ_PLAN) | REQ_BIT(REQ_REASONS),
	diagview_open, diagview_close, diagview_draw, diagview_key, NULL, NULL, diagview_help,
	NULL,
};
