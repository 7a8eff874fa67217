/* plain-session.c - plain mode saves the person's session as the wizard
 * does (wizard-session.c: the same file, the same records, the screen ids
 * of the wizard), so that a journey begun in one can be continued in the
 * other. At start, the last session is offered to continue; when the
 * journey stops early, the person is told how to come back. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "i18n.h"
#include "plain.h"
#include "rescode.h"
#include "screen.h"
#include "session.h"
#include "wizard-session.h"

/* A place of plain mode stands for the wizard's screen of that place:
 * wsession_sync() reads only its place and question. */
static const struct screen_ops plain_place_ops = { .name = "plain" };

void
plain_save(struct plain *p, int place, int qi, int force)
{
	struct screen s;

	memset(&s, 0, sizeof s);
	s.ops = &plain_place_ops;
	s.place = (enum screen_place)place;
	s.wiz = &p->w;
	s.q = place == PLACE_QUESTION ? interview_get(qi) : NULL;
	s.qindex = s.q != NULL ? qi : -1;
	p->place = place;
	p->qindex = s.qindex;
	wsession_sync(&p->w, &s, force);
	plain_message(p);
}

/* What the saved session holds, in the wizard's words. */
static void
tell_offer(struct plain *p, const struct situation *sit, const struct session_info *info)
{
	char when[80], q[PLAIN_LINE_MAX];
	int qi = interview_find_id(info->screen), n = situation_count(sit);

	clock_words(info->updated, when, sizeof when);
	plain_blank(p);
	plain_sayf(p, 0, 0, _("Continue where you stopped on %s?"), when);
	if (info->finished)
		plain_sayf(p, 0, 0, P_("You gave %d answer and saw your diagnosis. "
				       "Continue opens your action plan.",
				       "You gave %d answers and saw your diagnosis. "
				       "Continue opens your action plan.", (unsigned long)n), n);
	else if (qi < interview_count())
		plain_sayf(p, 0, 0, P_("You gave %d answer. You were at the question:",
				       "You gave %d answers. You were at the question:",
				       (unsigned long)n), n);
	else
		plain_sayf(p, 0, 0, P_("You gave %d answer. You were on the Summary.",
				       "You gave %d answers. You were on the Summary.",
				       (unsigned long)n), n);
	if (!info->finished && qi < interview_count()) {
		plain_question_line(interview_get(qi), q, sizeof q);
		plain_say(p, 2, 2, q);
	}
}

/* Ask: 0 continue, 1 start again, -1 the input ended, -2 it said
 * nothing usable (plain_refused). */
static int
ask_offer(struct plain *p)
{
	const char *labels[2] = { _("Continue where you stopped"), _("Start again") };
	char line[PLAIN_LINE_MAX];

	for (int i = 0; i < 2; i++)
		plain_sayf(p, 2, 5, "%d. %s", i + 1, labels[i]);
	plain_sayf(p, 0, 1, _("[Enter keeps: %s]"), labels[0]);
	for (;;) {
		char prompt[64];
		int v;

		snprintf(prompt, sizeof prompt, _("Your choice (1 to %d):"), 2);
		plain_prompt(p, prompt);
		if (plain_read(p, line, sizeof line) < 0)
			return -1;
		v = line[0] == '\0' ? 0 : plain_word(line, labels, 2, 1, NULL, NULL);
		if (v >= 0)
			return v;
		plain_sayf(p, 0, 0, _("Please type a number from %d to %d."), 1, 2);
		if (plain_refused(p, -2, _("Continue where you stopped")))
			return -2;
	}
}

/* Continue: the session's answers, its marks and its place become the
 * walk's. */
static void
take_back(struct plain *p, long id, const struct situation *sit,
	  const struct session_info *info, enum plain_goal *goal, int *start)
{
	struct wizard *w = &p->w;
	struct tr_err e;
	int n, qi = interview_find_id(info->screen);

	w->sit = *sit;
	w->session_id = id;
	n = session_load_plan(w->sessions, id, w->marks, ACTION__COUNT, &e);
	w->nmarks = n > 0 ? n : 0;
	snprintf(w->saved_screen, sizeof w->saved_screen, "%s", info->screen);
	w->saved_finished = info->finished;
	wizard_refresh_facts(w);
	*goal = info->finished ? GOAL_PLAN : qi < interview_count() ? GOAL_QUESTION
		: GOAL_SUMMARY;
	*start = qi;
}

enum plain_step
plain_offer(struct plain *p, enum plain_goal *goal, int *start)
{
	static struct situation sit;
	struct session_info info;
	struct tr_err e;
	long id;
	int r;

	*goal = GOAL_FIRST;
	*start = -1;
	if (p->w.sessions == NULL || p->opts->answers != NULL ||
	    session_last(p->w.sessions, &id, &e) != 1)
		return STEP_NEXT;
	r = session_lease(p->w.sessions, id, &e);
	if (r == 0)
		plain_say(p, 0, 0, _("Your last session is open in another window: "
				     "a new one starts."));
	if (r != 1)
		return STEP_NEXT;
	if (session_load(p->w.sessions, id, &sit, &info, &e) != 1) {
		(void)session_release(p->w.sessions, id, &e);
		return STEP_NEXT;
	}
	tell_offer(p, &sit, &info);
	r = ask_offer(p);
	if (r == 0) {
		take_back(p, id, &sit, &info, goal, start);
		return STEP_NEXT;
	}
	(void)session_release(p->w.sessions, id, &e);
	return r == -1 ? STEP_EOF : r == -2 ? STEP_STUCK : STEP_NEXT;
}

void
plain_how_to_continue(struct plain *p)
{
	char code[RESCODE_MAX];
	struct tr_err e;

	if (p->w.sessions != NULL && p->w.session_id != 0)
		plain_say(p, 0, 0, _("Your answers are saved on this computer. To "
				     "continue, start Tremplin again: it offers to "
				     "continue where you stopped."));
	else if (p->w.sessions == NULL)
		plain_say(p, 0, 0, _("Nothing was kept on this computer."));
	if (p->w.sit.answered == 0 || rescode_encode(&p->w.sit, code, sizeof code, &e) < 0)
		return;
	plain_sayf(p, 0, 0, _("Your resume code is %s. With it you can continue "
			      "anywhere: tremplin --resume followed by the code."), code);
}
