/* screen-welcome.c - the first screen: what Tremplin does and the privacy
 * notice (core's text, in plain words, the one of the mode), then Enter
 * to start. At a kiosk the visitor first chooses the language, each named
 * in itself; the screen speaks it at once. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "interview.h"
#include "screen-common.h"
#include "ui-draw.h"
#include "wizard.h"

#define WELCOME_LANGS 8

struct welcome {
	const char *codes[WELCOME_LANGS];
	int n;                        /* languages offered, 0: none to choose */
	int focus;                    /* the one spoken now */
};

static enum privacy_mode
privacy_of(const struct wizard *w)
{
	switch (w->opts->mode) {
	case WIZARD_KIOSK: return PRIVACY_KIOSK;
	case WIZARD_ADVISER: return PRIVACY_ADVISER;
	case WIZARD_DEFAULT: break;
	}
	return PRIVACY_HOME;
}

static int
welcome_open(struct screen *s)
{
	struct welcome *wl = calloc(1, sizeof *wl);
	const char *now = getenv("LANGUAGE");

	if (wl == NULL)
		return -1;
	s->state = wl;
	if (s->wiz->opts->mode != WIZARD_KIOSK)
		return 0;
	wl->n = wizard_languages(s->wiz, wl->codes, WELCOME_LANGS);
	for (int i = 0; i < wl->n && now != NULL; i++)
		if (strncmp(now, wl->codes[i], strlen(wl->codes[i])) == 0)
			wl->focus = i;
	if (wl->n < 2)
		wl->n = 0;            /* one language: nothing to choose */
	return 0;
}

static void
welcome_close(struct screen *s)
{
	free(s->state);
}

/* "> 1 English   2 Français" on row Y. */
static void
draw_languages(const struct welcome *wl, int y, int x, int w)
{
	char item[64];

	for (int i = 0; i < wl->n; i++) {
		int f = i == wl->focus;

		snprintf(item, sizeof item, "%s%d %s", f ? "> " : "  ", i + 1,
			 wizard_language_name(wl->codes[i]));
		x += ui_put(y, x, w, f ? CLR_FOCUS : CLR_ITEM, item) + 3;
	}
}

static void
welcome_draw(struct screen *s)
{
	const struct welcome *wl = s->state;
	const struct ui_layout *l = ui_layout();
	const char *const *para = interview_privacy(privacy_of(s->wiz));
	int x = l->left + 2, w = l->width - 4;
	int y = l->top + 1, last = l->bottom - (wl->n > 0 ? 4 : 2);
	char line[256];

	int gap = 1, rows = 0;

	/* A blank line between the paragraphs when the whole notice fits. */
	for (int i = 0; para != NULL && para[i] != NULL; i++)
		rows += ui_wrap(0, x, w, 100, CLR_NORMAL, _(para[i]), 0) + 1;
	if (y + 1 + rows - 1 > last + 1)
		gap = 0;
	ui_put(y++, x, w, CLR_QUESTION, _(interview_privacy_title));
	for (int i = 0; para != NULL && para[i] != NULL && y <= last; i++)
		y += ui_wrap(y, x, w, last - y + 1, CLR_NORMAL, _(para[i]), 1) + gap;
	if (wl->n > 0)
		draw_languages(wl, l->bottom - 2, x, w);
	snprintf(line, sizeof line,
		 /* TRANSLATORS: %1$s is the key that starts (Enter), %2$s the
		  * key for a resume code (r); at most 76 cells. */
		 _("Press %1$s to start, or %2$s to type a resume code."),
		 keys_label(REQ_NEXT), keys_label(REQ_CODE));
	ui_put(l->bottom, x, w, CLR_NOTE, line);
	ui_cursor(l->bottom, x);
}

/* Speak language I of the list, and write the plan in it. */
static enum screen_result
choose_language(struct screen *s, struct welcome *wl, int i)
{
	struct tr_err e;

	if (i < 0 || i >= wl->n || i == wl->focus)
		return SCREEN_STAY;
	wl->focus = i;
	wizard_speak(s->wiz, wl->codes[i]);
	if (situation_set(&s->wiz->sit, SIT_LANG, wl->codes[i], &e) == 0)
		s->wiz->dirty = 1;
	return SCREEN_REDRAW;
}

static enum screen_result
welcome_key(struct screen *s, const struct screen_key *k)
{
	struct welcome *wl = s->state;

	if (k->req == REQ_CODE)
		return SCREEN_JUMP;   /* type a resume code (screen-code.c) */
	if (k->req == REQ_NEXT)
		return SCREEN_NEXT;
	if (k->req == REQ_UP || k->req == REQ_DOWN)
		return choose_language(s, wl, (wl->focus + (k->req == REQ_UP ? wl->n - 1 : 1)) %
				       (wl->n > 0 ? wl->n : 1));
	if (k->req == REQ_PICK)
		return choose_language(s, wl, screen_pick(k, wl->n));
	return SCREEN_STAY;
}

static const char *
welcome_help(struct screen *s)
{
	char move[64];

	if (s->wiz->opts->mode == WIZARD_KIOSK)
		snprintf(s->help, sizeof s->help,
			 /* TRANSLATORS: %1$s: the keys that choose (Up/Down),
			  * %2$s: the key that starts (Enter). */
			 _("Choose your language with %1$s. Then press %2$s. "
			   "The questions come one by one. You can change every "
			   "answer before you see your results. Nothing is kept "
			   "when you leave."),
			 keys_group_label(REQ_UP, move, sizeof move), keys_label(REQ_NEXT));
	else
		snprintf(s->help, sizeof s->help,
			 /* TRANSLATORS: %s is the key for a resume code (r). */
			 _("The interview asks about you, your job project, your "
			   "search and what gets in the way. It shows one question per "
			   "screen. Every answer can be changed on the Summary screen "
			   "before you see your diagnosis. Your answers are saved on "
			   "this computer, so that you can go on later. A saved "
			   "session can be deleted, on its own or with all those not "
			   "used for some days; the manual says how. Press %s to type "
			   "a resume code."), keys_label(REQ_CODE));
	return s->help;
}

const struct screen_ops screen_welcome_ops = {
	"welcome",
	REQ_BIT(REQ_NEXT) | REQ_BIT(REQ_HELP) | REQ_BIT(REQ_QUIT) | REQ_BIT(REQ_REDRAW) |
	REQ_BIT(REQ_CODE),
	welcome_open, welcome_close, welcome_draw, welcome_key, NULL, NULL, welcome_help,
	NULL,
};
