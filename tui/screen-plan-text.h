/* screen-plan-text.h - the texts of the plan screen: the detail of an
 * action and the help (screen-plan-text.c). */
#ifndef TREMPLIN_SCREEN_PLAN_TEXT_H
#define TREMPLIN_SCREEN_PLAN_TEXT_H

#include "screen.h"
#include "wizard.h"

struct ui_text;

/* The detail of plan item PI of R (why it is proposed, its steps, time
 * and help) into T, which stays scrolled as it was. */
void plantext_detail(struct ui_text *t, struct wizard *w, const struct pipeline *r, int pi);

/* The help of the plan screen S into s->help: the note being typed
 * (NOTING), the detail of an action (DETAIL), or the list. */
const char *plantext_help(struct screen *s, int noting, int detail);

#endif
