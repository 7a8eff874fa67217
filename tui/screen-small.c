/* screen-small.c - shown while the terminal is smaller than 80x24; the
 * screen under it keeps its state and comes back when the window grows. */
#include <config.h>

#include <stdio.h>

#include "i18n.h"
#include "screen.h"
#include "ui-draw.h"

static void
small_draw(struct screen *s)
{
	const struct ui_layout *l = ui_layout();
	char size[128];
	int w = l->cols > 4 ? l->cols - 2 : l->cols, x = l->cols > 4 ? 1 : 0;
	int rows, y;
	const char *text = _("Please enlarge the window.");

	(void)s;
	snprintf(size, sizeof size, _("Tremplin needs at least %d columns and %d lines; "
				      "this window has %d columns and %d lines."),
		 UI_MIN_COLS, UI_MIN_LINES, l->cols, l->lines);
	rows = ui_wrap(0, x, w, l->lines, CLR_NORMAL, text, 0) +
	       ui_wrap(0, x, w, l->lines, CLR_NORMAL, size, 0) + 1;
	y = (l->lines - rows) / 2;
	if (y < 0)
		y = 0;
	ui_cursor(y, x);
	y += ui_wrap(y, x, w, l->lines - y, CLR_QUESTION, text, 1) + 1;
	ui_wrap(y, x, w, l->lines - y, CLR_NORMAL, size, 1);
}

const struct screen_ops screen_small_ops = {
	"too-small",
	REQ_BIT(REQ_QUIT) | REQ_BIT(REQ_REDRAW),
	NULL, NULL, small_draw, NULL, NULL, NULL, NULL,
	NULL,
};
