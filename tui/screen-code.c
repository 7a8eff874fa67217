/* screen-code.c - a resume code typed after `r` on the Welcome screen:
 * its answers replace the wizard's and the Summary shows them. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"
#include "rescode.h"
#include "screen-common.h"
#include "ui-draw.h"
#include "wizard.h"

struct code {
	struct screen_field field;
};

static int
code_open(struct screen *s)
{
	s->state = calloc(1, sizeof(struct code));
	s->typing = 1;
	return s->state != NULL ? 0 : -1;
}

static void
code_close(struct screen *s)
{
	free(s->state);
}

static void
code_draw(struct screen *s)
{
	struct code *c = s->state;
	int x = screen_left(), w = screen_width(), y = ui_layout()->top + 1;

	ui_erase_body();
	y += ui_wrap(y, x, w, 2, CLR_QUESTION, _("Type your resume code:"), 1) + 1;
	c->field.y = y;
	c->field.x = x;
	c->field.w = w < 60 ? w : 60;
	y += 2;
	ui_wrap(y, x, w, 4, CLR_NORMAL,
		_("The code was given at the end of an interview, on the screen or "
		  "on paper. Capitals or not, with or without the dashes."), 1);
	screen_field_draw(&c->field);
}

static enum screen_result
code_key(struct screen *s, const struct screen_key *k)
{
	struct code *c = s->state;

	if (k->req == REQ_NEXT)
		return SCREEN_NEXT;
	if (k->req == REQ_BACK)
		return SCREEN_BACK;
	if (screen_field_key(&c->field, k))
		screen_field_draw(&c->field);
	return SCREEN_STAY;
}

/* Decode the code into the answers; a typo stays here with the reason. */
static int
code_can_leave(struct screen *s)
{
	struct code *c = s->state;
	char name[SESSION_PSEUDONYM_SIZE];
	struct situation sit;
	struct tr_err e;

	if (c->field.len == 0) {
		char text[256];

		/* TRANSLATORS: %s is the key that goes on (Enter). */
		snprintf(text, sizeof text, _("Type the code, then press %s."),
			 keys_label(REQ_NEXT));
		wizard_error(s->wiz, text);
		return 0;
	}
	if (rescode_decode(c->field.text, &sit, &e) < 0) {
		wizard_error(s->wiz, e.msg);
		return 0;
	}
	/* The code's answers are a new session, with no marks yet; in adviser
	 * mode it keeps the pseudonym typed on the list, and the Summary marks
	 * the answers that came from the code. */
	snprintf(name, sizeof name, "%s", s->wiz->pseudonym);
	wizard_wipe(s->wiz);
	wizard_take_answers(s->wiz, &sit);
	if (s->wiz->opts->mode == WIZARD_ADVISER) {
		snprintf(s->wiz->pseudonym, sizeof s->wiz->pseudonym, "%s", name);
		s->wiz->brought = s->wiz->sit.answered;
		s->wiz->brought_from = SESSION_BROUGHT_CODE;
	}
	return 1;
}

static const char *
code_help(struct screen *s)
{
	snprintf(s->help, sizeof s->help,
		 /* TRANSLATORS: %s is the key that goes on (Enter). */
		 _("A resume code holds the answers of an interview, and nothing "
		   "that says who you are. Type it and press %s: the Summary shows "
		   "the answers, and you can change any of them. A mistyped character "
		   "is found: check the code again."), keys_label(REQ_NEXT));
	return s->help;
}

const struct screen_ops screen_code_ops = {
	"resume-code",
	REQ_BIT(REQ_NEXT) | REQ_BIT(REQ_BACK) | REQ_BIT(REQ_HELP) |
	REQ_BIT(REQ_QUIT) | REQ_BIT(REQ_REDRAW),
	code_open, code_close, code_draw, code_key, NULL, code_can_leave, code_help,
	NULL,
};

