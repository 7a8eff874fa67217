/* screen-welcome.c - the first screen: what Tremplin does and the privacy
 * notice (core's text, in plain words), then Enter to start. */
#include <config.h>

#include "i18n.h"
#include "interview.h"
#include "screen.h"
#include "ui-draw.h"
#include "wizard.h"

static void
welcome_draw(struct screen *s)
{
	const struct ui_layout *l = ui_layout();
	const char *const *para = interview_privacy(PRIVACY_HOME);
	int x = l->left + 2, w = l->width - 4;
	int y = l->top + 1, last = l->bottom - 2;

	(void)s;
	ui_put(y++, x, w, CLR_QUESTION, _(interview_privacy_title));
	for (int i = 0; para != NULL && para[i] != NULL && y <= last; i++)
		y += ui_wrap(y, x, w, last - y + 1, CLR_NORMAL, _(para[i]), 1) + 1;
	ui_put(l->bottom, x, w, CLR_NOTE, _("Press Enter to start."));
	ui_cursor(l->bottom, x);
}

static enum screen_result
welcome_key(struct screen *s, const struct screen_key *k)
{
	(void)s;
	return k->action == ACT_NEXT ? SCREEN_NEXT : SCREEN_STAY;
}

static const char *
welcome_help(struct screen *s)
{
	(void)s;
	return _("The interview asks about you, your job project, your search and "
		 "what gets in the way, one question per screen. Every answer can "
		 "be changed on the Summary screen before you see your diagnosis.");
}

const struct screen_ops screen_welcome_ops = {
	"welcome",
	ACT_BIT(ACT_NEXT) | ACT_BIT(ACT_HELP) | ACT_BIT(ACT_QUIT) | ACT_BIT(ACT_REDRAW),
	NULL, NULL, welcome_draw, welcome_key, NULL, NULL, welcome_help,
};
