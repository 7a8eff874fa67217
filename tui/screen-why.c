/* screen-why.c - the reasons under the items of the diagnosis and the
 * plan, and the detail of an action (see screen-why.h). */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "export.h"
#include "i18n.h"
#include "interview.h"
#include "screen-why.h"
#include "ui-draw.h"
#include "ui-text.h"

int
why_shown(const struct wizard *w)
{
	return w->opts->mode == WIZARD_ADVISER && !w->why_hidden;
}

int
why_lines(const struct rule_out *out, struct why_line *lines)
{
	int n = 0;

	for (int r = 0; r < out->nreasons && r < RULES_MAX_REASONS; r++) {
		lines[n].reason = (signed char)r;
		lines[n++].fact = -1;
		for (int k = 0; k < out->reasons[r].nfacts && k < RULES_MAX_FACTS; k++) {
			lines[n].reason = (signed char)r;
			lines[n++].fact = (signed char)k;
		}
	}
	return n;
}

int
why_question(const struct rule_out *out, struct why_line l)
{
	const struct rule_fact *x;

	if (l.reason < 0 || l.reason >= out->nreasons || l.fact < 0 ||
	    l.fact >= out->reasons[l.reason].nfacts)
		return -1;
	x = &out->reasons[l.reason].facts[l.fact];
	return x->kind == FACT_ANSWER ? interview_find((enum sit_key)x->key) : -1;
}

void
why_draw(const struct rule_out *out, struct why_line l, struct wizard *w,
	 int y, int x, int wd)
{
	const struct rule_reason *rr = &out->reasons[l.reason];
	char text[1200];

	if (l.fact < 0) {
		snprintf(text, sizeof text, "- %s", i18n_agree(&w->sit, rr->text));
		ui_put(y, x, 2, CLR_NORMAL, "");
		ui_put_cut(y, x + 2, wd - 2, CLR_NORMAL, text);
		return;
	}
	export_fact_text(&rr->facts[l.fact], &w->sit, &w->result.facts, text, sizeof text);
	ui_put(y, x, 4, CLR_NORMAL, "");
	/* An answer opens its question: it looks like an item. */
	ui_put_cut(y, x + 4, wd - 4, why_question(out, l) >= 0 ? CLR_ITEM : CLR_NOTE, text);
}
