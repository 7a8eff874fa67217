/* screen-nodata.c - in place of the diagnosis, the plan or the export
 * when the reference data cannot be read: what failed, and the resume
 * code that keeps the answers. No advice is shown without its data. */
#include <config.h>

#include <stdio.h>

#include "i18n.h"
#include "screen-common.h"
#include "ui-draw.h"
#include "wizard.h"

static void
nodata_draw(struct screen *s)
{
	const struct pipeline *p = &s->wiz->result;
	int x = screen_left(), w = screen_width(), y = ui_layout()->top + 1;
	char text[RESCODE_MAX + 128];

	ui_erase_body();
	ui_cursor(y, x);
	y += ui_wrap(y, x, w, 2, CLR_QUESTION, _("Your diagnosis cannot be made now."), 1) + 1;
	y += ui_wrap(y, x, w, 4, CLR_ERROR, p->err.msg, 1) + 1;
	if (p->code[0] != '\0') {
		snprintf(text, sizeof text, _("Your answers are kept in this resume code: %s"),
			 p->code);
		y += ui_wrap(y, x, w, 3, CLR_NORMAL, text, 1) + 1;
	}
	ui_wrap(y, x, w, 4, CLR_NORMAL,
		_("The job market data on this computer could not be read. In an "
		  "agency, please tell the staff; elsewhere, try again later."), 1);
}

static enum screen_result
nodata_key(struct screen *s, const struct screen_key *k)
{
	(void)s;
	return k->req == REQ_BACK ? SCREEN_BACK : SCREEN_STAY;
}

static const char *
nodata_help(struct screen *s)
{
	(void)s;
	return _("The diagnosis weighs your answers against job market data kept "
		 "on this computer, and that data could not be read. Rather than "
		 "advice made without it, this screen says what failed. Your "
		 "answers are kept: go back to the Summary, or write down the "
		 "resume code to continue another time.");
}

const struct screen_ops screen_nodata_ops = {
	"no-data",
	REQ_BIT(REQ_BACK) | REQ_BIT(REQ_HELP) | REQ_BIT(REQ_QUIT) | REQ_BIT(REQ_REDRAW),
	NULL, NULL, nodata_draw, nodata_key, NULL, NULL, nodata_help,
	NULL,
};
