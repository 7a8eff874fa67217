/* screen-result.c - "See my diagnosis": the main challenge core's
 * diagnosis finds (diag_run), why, how each topic looks, whether the
 * person saw it the same way, and how many answers could change it. The
 * full text with the plan is core's export; this screen is its summary. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "diag.h"
#include "i18n.h"
#include "interview.h"
#include "rules.h"
#include "screen-common.h"
#include "ui-draw.h"
#include "wizard.h"

struct result {
	struct diag_facts facts;
	struct diag diag;
};

static int
result_open(struct screen *s)
{
	struct result *r = calloc(1, sizeof *r);
	struct tr_err e;
	int year = situation_current_year();

	if (r == NULL)
		return -1;
	diag_facts_init(&r->facts, year);
	if (diag_facts_load(s->wiz->store, &s->wiz->sit, year, &r->facts, &e) < 0)
		wizard_error(s->wiz, e.msg);   /* the rules still run on the answers */
	diag_run(&s->wiz->sit, &r->facts, &r->diag);
	s->state = r;
	return 0;
}

static void
result_close(struct screen *s)
{
	free(s->state);
}

static const char *
status_text(enum diag_status st)
{
	switch (st) {
	case DIAG_NEED: return _("to work on");
	case DIAG_STRENGTH: return _("a strength");
	default: return _("not known yet");
	}
}

/* The reasons of the main challenge, as many as fit above row LAST. */
static int
draw_reasons(const struct diag *d, int y, int last, int x, int w)
{
	const struct rule_out *out = &d->challenges[d->main].out;

	for (int i = 0; i < out->nreasons && y + 1 <= last; i++) {
		ui_put(y, x, 2, CLR_NORMAL, "-");
		y += ui_wrap(y, x + 2, w - 2, last - y + 1 > 2 ? 2 : 1, CLR_NORMAL,
			     _(out->reasons[i].text), 1);
	}
	return y;
}

static void
result_draw(struct screen *s)
{
	const struct ui_layout *l = ui_layout();
	struct result *r = s->state;
	const struct diag *d = &r->diag;
	int x = screen_left(), w = screen_width(), y = l->top + 1;
	int nmissing = 0, col = 0;
	char line[256];

	ui_erase_body();
	ui_put(y, x, w, CLR_QUESTION, _("Your diagnosis"));
	y += 2;
	ui_put(y, x, w, CLR_NOTE, _("What most holds your search back:"));
	y++;
	ui_put(y, x + 2, w - 2, CLR_QUESTION, _(rules_challenge_title(d->main)));
	y += 2;
	y = draw_reasons(d, y, l->bottom - 9, x + 2, w - 2) + 1;
	for (int t = 0; t < TOPIC__COUNT; t++)
		if (ui_width(_(diag_topic_title((enum diag_topic)t))) + 2 > col)
			col = ui_width(_(diag_topic_title((enum diag_topic)t))) + 2;
	for (int t = 0; t < TOPIC__COUNT; t++) {
		ui_put(y, x, col, CLR_NORMAL, _(diag_topic_title((enum diag_topic)t)));
		ui_put(y++, x + col, w - col, d->topics[t] == DIAG_NEED ? CLR_ERROR : CLR_NORMAL,
		       status_text(d->topics[t]));
	}
	y++;
	if (d->self_match >= 0)
		ui_put(y++, x, w, CLR_NORMAL, d->self_match ? _("The diagnosis agrees with you.")
		       : _("The diagnosis finds another challenge first; both are worth reading."));
	for (int k = 0; k < SIT__COUNT; k++)
		nmissing += (int)((d->missing >> k) & 1u);
	if (nmissing > 0) {
		snprintf(line, sizeof line, P_("%d unanswered question could change this.",
					       "%d unanswered questions could change this.",
					       nmissing), nmissing);
		ui_put(y++, x, w, CLR_NOTE, line);
	}
	ui_put(l->bottom, x, w, CLR_NOTE,
	       _("Press Enter to finish, or Esc to go back to your answers."));
	ui_cursor(l->top + 4, x + 2);
}

static enum screen_result
result_key(struct screen *s, const struct screen_key *k)
{
	(void)s;
	if (k->action == ACT_NEXT)
		return SCREEN_NEXT;
	if (k->action == ACT_BACK)
		return SCREEN_BACK;
	return SCREEN_STAY;
}

static const char *
result_help(struct screen *s)
{
	(void)s;
	return _("The diagnosis weighs your answers against labour-market figures "
		 "and names what most holds your search back. Esc goes back to "
		 "your answers: change one and the diagnosis follows.");
}

const struct screen_ops screen_result_ops = {
	"result",
	ACT_COMMON,
	result_open, result_close, result_draw, result_key, NULL, NULL, result_help,
};
