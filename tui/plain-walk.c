/* plain-walk.c - the questions of the interview in core's order
 * (skipping those that do not apply), saved as the wizard saves them,
 * and the Summary where any answer can be changed; then the diagnosis
 * and the plan (plain-diag.c). */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "plain.h"
#include "screen.h"

/* The Summary: every answer that applies, numbered. Fills IDX with their
 * question indexes; returns how many. */
static int
show_summary(struct plain *p, int *idx)
{
	char q[PLAIN_LINE_MAX], a[PLAIN_LINE_MAX];
	int n = 0;

	plain_blank(p);
	if (p->chapter != CHAPTER_SUMMARY) {
		p->chapter = CHAPTER_SUMMARY;
		plain_chapter(p, CHAPTER_SUMMARY);
	}
	plain_say(p, 0, 0, _("Your answers:"));
	for (int i = 0; i < interview_count(); i++) {
		const struct question *qu = interview_get(i);

		if (!interview_applies(qu, &p->w.sit, &p->w.facts))
			continue;
		idx[n++] = i;
		plain_question_line(qu, q, sizeof q);
		plain_answer_text(p, qu, a, sizeof a);
		plain_sayf(p, 2, 6, "%d. %s", n, q);
		plain_say(p, 6, 6, a);
	}
	return n;
}

/* STEP_NEXT with *ASK = -1: on to the diagnosis; with *ASK >= 0: change
 * the answer to that question. */
static enum plain_step
summary(struct plain *p, int *ask)
{
	int idx[SIT__COUNT + 1], n = 0, again = 1, v;
	enum plain_read read;
	enum plain_step end;
	char line[PLAIN_LINE_MAX];

	*ask = -1;
	/* Answers to questions that no longer apply are not shown, nor
	 * diagnosed. */
	wizard_refresh_facts(&p->w);
	interview_prune(&p->w.sit, &p->w.facts);
	for (;;) {
		/* The list once; after help or a refused line, only what to
		 * type (the list is long on a slow line). */
		if (again)
			n = show_summary(p, idx);
		again = 0;
		plain_say(p, 0, 0, _("Type the number of an answer to change it, or press "
				     "Enter to see your diagnosis."));
		plain_prompt(p, _("Number, or Enter:"));
		read = plain_read_answer(p, line, sizeof line,
					 _("This list shows every answer you gave. "
					   "To change one, type its number: the "
					   "question is asked again, then you come "
					   "back here. Press Enter when all is right "
					   "to see your diagnosis and your action "
					   "plan."), &end);
		if (read == PLAIN_ENDED)
			return end;
		if (read == PLAIN_HELPED)
			plain_blank(p);
		v = read == PLAIN_ANSWER ? plain_number(line) : -1;
		if (read == PLAIN_ANSWER && (line[0] == '\0' || (v >= 1 && v <= n))) {
			*ask = line[0] == '\0' ? -1 : idx[v - 1];
			plain_answered(p);
			return STEP_NEXT;
		}
		if (read == PLAIN_ANSWER)
			plain_sayf(p, 0, 0, _("Please type a number from %d to %d, or press Enter."),
				   1, n);
		if (plain_refused(p, interview_count(), _(interview_chapter_name(CHAPTER_SUMMARY))))
			return STEP_STUCK;
	}
}

/* Question indexes that apply now, as bits. */
static unsigned long long
applying(const struct plain *p)
{
	unsigned long long bits = 0;

	for (int i = 0; i < interview_count() && i < 64; i++)
		if (interview_applies(interview_get(i), &p->w.sit, &p->w.facts))
			bits |= 1ull << i;
	return bits;
}

/* After an answer changed from the Summary: the next question that did
 * not apply before (BEFORE) and now does, unanswered; else the Summary. */
static int
newly_applying(const struct plain *p, unsigned long long before, int from)
{
	int n = interview_count();

	for (int i = interview_next(&p->w.sit, &p->w.facts, from); i < n;
	     i = interview_next(&p->w.sit, &p->w.facts, i))
		if (i < 64 && !(before & (1ull << i)) &&
		    !SIT_HAS(&p->w.sit, interview_get(i)->key))
			return i;
	return n;
}

/* "<" at the first question, QI: no answer to it either. */
static int
first_refused(struct plain *p, int qi)
{
	char what[PLAIN_LINE_MAX];

	plain_question_line(interview_get(qi), what, sizeof what);
	return plain_refused(p, qi, what);
}

/* The Summary, then what the person chose there: STEP_NEXT with *I a
 * question to ask again (*FROM_SUMMARY set), STEP_BACK to the last
 * question; otherwise how the journey ended. */
static enum plain_step
at_summary(struct plain *p, int *i, int *from_summary, unsigned long long *before)
{
	int ask;
	enum plain_step r;

	for (;;) {
		plain_save(p, PLACE_SUMMARY, -1, 0);
		r = summary(p, &ask);
		if (r == STEP_NEXT && ask < 0) {
			r = plain_diagnosis(p, 0);
			if (r == STEP_BACK)
				continue;     /* the Summary again */
			return r;
		}
		if (r == STEP_NEXT) {
			*i = ask;
			*from_summary = 1;
			*before = applying(p);
			return STEP_NEXT;
		}
		if (r == STEP_BACK) {
			*i = interview_prev(&p->w.sit, &p->w.facts, interview_count());
			*from_summary = 0;
		}
		return r;
	}
}

/* One question, then where to go: *I the next one. STEP_NEXT goes on. */
static enum plain_step
at_question(struct plain *p, int *i, int from_summary, unsigned long long before)
{
	int count = interview_count(), prev;
	enum plain_step r;

	plain_save(p, PLACE_QUESTION, *i, 0);
	r = plain_ask(p, *i);
	if (r == STEP_NEXT) {
		p->w.dirty = 1;
		wizard_refresh_facts(&p->w);
		*i = from_summary ? newly_applying(p, before, *i)
			: interview_next(&p->w.sit, &p->w.facts, *i);
		return STEP_NEXT;
	}
	if (r == STEP_BACK && from_summary) {
		*i = count;
		return STEP_NEXT;
	}
	if (r != STEP_BACK)
		return r;
	prev = interview_prev(&p->w.sit, &p->w.facts, *i);
	if (prev >= 0) {
		*i = prev;
		return STEP_NEXT;
	}
	plain_say(p, 0, 0, _("This is the first question."));
	return first_refused(p, *i) ? STEP_STUCK : STEP_NEXT;
}

int
plain_walk(struct plain *p, enum plain_goal goal, int start)
{
	int count = interview_count(), from_summary = 0, i;
	unsigned long long before = 0;
	enum plain_step r;

	if (goal == GOAL_PLAN) {
		r = plain_diagnosis(p, 1);
		if (r != STEP_BACK)
			return plain_stop(p, r);
	}
	i = goal == GOAL_QUESTION ? start : goal == GOAL_FIRST
		? interview_next(&p->w.sit, &p->w.facts, -1) : count;
	for (;;) {
		if (i >= count) {
			r = at_summary(p, &i, &from_summary, &before);
			if (r == STEP_BACK)
				continue;
		} else {
			r = at_question(p, &i, from_summary, before);
			if (r == STEP_NEXT && i >= count)
				from_summary = 0;
		}
		if (r != STEP_NEXT)
			return plain_stop(p, r);
	}
}
