/* screen-why.h - the reasons of a challenge or an action, with their
 * facts, as lines under its item in the lists of the diagnosis and the
 * plan (adviser mode: shown by default, REQ_REASONS hides them). An
 * answer among the facts opens its question, which comes back to the
 * list. */
#ifndef TREMPLIN_SCREEN_WHY_H
#define TREMPLIN_SCREEN_WHY_H

#include "rules.h"
#include "wizard.h"

/* The most lines under one item: each reason, then each of its facts. */
#define WHY_LINES (RULES_MAX_REASONS * (1 + RULES_MAX_FACTS))

/* A line: reason REASON of a rule's result, or its fact FACT (-1: the
 * reason itself). */
struct why_line {
	signed char reason, fact;
};

/* 1 when the lists of W show the reasons under their items. */
int why_shown(const struct wizard *w);

/* The lines of OUT into LINES (WHY_LINES of room); returns their count. */
int why_lines(const struct rule_out *out, struct why_line *lines);

/* The question behind line L of OUT (its index in the interview): an
 * answer among the facts; -1 for a reason or another fact. */
int why_question(const struct rule_out *out, struct why_line l);

/* Draw line L of OUT at Y, X in WD cells, in the words of W's person. */
void why_draw(const struct rule_out *out, struct why_line l, struct wizard *w,
	      int y, int x, int wd);

#endif
