/* screen-result.c - "See my diagnosis".
 *
 * WAITING FOR core/diag.h: the diagnosis module is not on main yet. Until
 * it is, this screen says so plainly and lists what the interview knows
 * (how many answers, which are missing); it will show the main challenge
 * title and the rest of what diag_ returns. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"
#include "interview.h"
#include "screen-common.h"
#include "ui-draw.h"
#include "wizard.h"

static void
result_draw(struct screen *s)
{
	const struct ui_layout *l = ui_layout();
	struct wizard *w = s->wiz;
	enum sit_key missing[SIT__COUNT];
	int nmissing = interview_missing(&w->sit, &w->facts, missing);
	int x = screen_left(), wd = screen_width(), y = l->top + 1;
	char line[256];

	ui_erase_body();
	ui_put(y, x, wd, CLR_QUESTION, _("Your diagnosis"));
	y += 2;
	y += ui_wrap(y, x, wd, 3, CLR_NORMAL,
		     _("The diagnosis is not part of this version of Tremplin yet. "
		       "When it is, it will read the answers you gave:"), 1) + 1;
	if (nmissing == 0)
		snprintf(line, sizeof line, "%s", _("every question that applies is answered."));
	else
		snprintf(line, sizeof line, P_("%d question that applies is not answered.",
					       "%d questions that apply are not answered.",
					       nmissing), nmissing);
	ui_put(y, x + 2, wd - 2, CLR_NOTE, line);
	ui_put(l->bottom, x, wd, CLR_NOTE,
	       _("Press Enter to finish, or Esc to go back to your answers."));
	ui_cursor(l->top + 1, x);
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
		 "and names what most holds your search back.");
}

const struct screen_ops screen_result_ops = {
	"result",
	ACT_COMMON,
	NULL, NULL, result_draw, result_key, NULL, NULL, result_help,
};
