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
	/* TRANSLATORS: r is the key, the same in every language. */
	ui_put(l->bottom, x, w, CLR_NOTE, _("Press Enter to start, or r to type a resume code."));
	ui_cursor(l->bottom, x);
}

static enum screen_result
welcome_key(struct screen *s, const struct screen_key *k)
{
	(void)s;
	if (!k->is_fkey && (k->ch == L'r' || k->ch == L'R'))
		return SCREEN_JUMP;   /* type a resume code (wizard-session.c) */
	return k->req == REQ_NEXT ? SCREEN_NEXT : SCREEN_STAY;
}

static const char *
welcome_help(struct screen *s)
{
	(void)s;
	return _("The interview asks about you, your job project, your search and "
		 "what gets in the way, one question per screen. Every answer can "
		 "be changed on the Summary screen before you see your diagnosis. "
		 "Your answers are saved on this computer: 'tremplin sessions "
		 "delete ID' deletes a session, 'tremplin sessions purge "
		 "--older-than DAYS' those not used for DAYS days. Press r to type "
		 "a resume code.");
}

const struct screen_ops screen_welcome_ops = {
	"welcome",
	REQ_BIT(REQ_NEXT) | REQ_BIT(REQ_HELP) | REQ_BIT(REQ_QUIT) | REQ_BIT(REQ_REDRAW),
	NULL, NULL, welcome_draw, welcome_key, NULL, NULL, welcome_help,
};
