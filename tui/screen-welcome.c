/* screen-welcome.c - the first screen: what Tremplin does and the privacy
 * notice (core's text, in plain words), then Enter to start. */
#include <config.h>

#include <stdio.h>

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
	char line[256];

	(void)s;
	ui_put(y++, x, w, CLR_QUESTION, _(interview_privacy_title));
	for (int i = 0; para != NULL && para[i] != NULL && y <= last; i++)
		y += ui_wrap(y, x, w, last - y + 1, CLR_NORMAL, _(para[i]), 1) + 1;
	snprintf(line, sizeof line,
		 /* TRANSLATORS: %1$s is the key that starts (Enter), %2$s the
		  * key for a resume code (r); at most 76 cells. */
		 _("Press %1$s to start, or %2$s to type a resume code."),
		 keys_label(REQ_NEXT), keys_label(REQ_CODE));
	ui_put(l->bottom, x, w, CLR_NOTE, line);
	ui_cursor(l->bottom, x);
}

static enum screen_result
welcome_key(struct screen *s, const struct screen_key *k)
{
	(void)s;
	if (k->req == REQ_CODE)
		return SCREEN_JUMP;   /* type a resume code (screen-code.c) */
	return k->req == REQ_NEXT ? SCREEN_NEXT : SCREEN_STAY;
}

static const char *
welcome_help(struct screen *s)
{
	snprintf(s->help, sizeof s->help,
		 /* TRANSLATORS: %s is the key for a resume code (r). */
		 _("The interview asks about you, your job project, your "
		   "search and what gets in the way. It shows one question per "
		   "screen. Every answer can be changed on the Summary screen "
		   "before you see your diagnosis. Your answers are saved on "
		   "this computer. 'tremplin sessions delete ID' deletes a "
		   "session. 'tremplin sessions purge --older-than DAYS' "
		   "deletes the sessions not used for that many days. Press %s "
		   "to type a resume code."), keys_label(REQ_CODE));
	return s->help;
}

const struct screen_ops screen_welcome_ops = {
	"welcome",
	REQ_BIT(REQ_NEXT) | REQ_BIT(REQ_HELP) | REQ_BIT(REQ_QUIT) | REQ_BIT(REQ_REDRAW) |
	REQ_BIT(REQ_CODE),
	NULL, NULL, welcome_draw, welcome_key, NULL, NULL, welcome_help,
};
