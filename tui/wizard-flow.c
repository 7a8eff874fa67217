/* wizard-flow.c - which screen follows which: Welcome, then every
 * question that applies (core's interview_next/prev), the Summary, the
 * diagnosis, the plan, the export. The kind of a question screen comes from a table of question
 * kinds; nothing here knows a question. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "interview.h"
#include "screen.h"
#include "ui-draw.h"
#include "wizard.h"

static const struct {
	enum question_kind kind;
	const struct screen_ops *ops;
} kinds[] = {
	{ QUESTION_CHOICE, &screen_choice_ops },
	{ QUESTION_LANG, &screen_choice_ops },
	{ QUESTION_MULTI, &screen_multi_ops },
	{ QUESTION_NUMBER, &screen_number_ops },
	{ QUESTION_YEAR, &screen_number_ops },
	{ QUESTION_JOB, &screen_job_ops },
	{ QUESTION_DEPARTEMENT, &screen_departement_ops },
};

/* The end of the wizard (flow_finished). Nothing moves there now: the plan
 * and its export are the last screens; the person leaves with Quit. */
static const struct screen_ops finished_ops = { "finished", 0, NULL, NULL,
	NULL, NULL, NULL, NULL, NULL };

/* A question opened from the diagnosis (a missing answer) returns there. */
static int from_diagnosis;

static const struct screen_ops *
ops_of(const struct question *q)
{
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (kinds[i].kind == q->kind)
			return kinds[i].ops;
	return NULL;
}

void
flow_close(struct screen *s)
{
	if (s->ops != NULL && s->ops->close != NULL)
		s->ops->close(s);
	s->state = NULL;
}

static int
open_screen(struct wizard *w, struct screen *s, const struct screen_ops *ops,
	    int qindex)
{
	flow_close(s);
	memset(s, 0, sizeof *s);
	s->wiz = w;
	s->qindex = qindex;
	s->q = qindex >= 0 ? interview_get(qindex) : NULL;
	s->ops = s->q != NULL ? ops_of(s->q) : ops;
	if (s->ops == NULL)
		return -1;
	return s->ops->open != NULL ? s->ops->open(s) : 0;
}

static int
open_question(struct wizard *w, struct screen *s, int qindex)
{
	if (qindex < 0)
		return open_screen(w, s, &screen_welcome_ops, -1);
	if (qindex >= interview_count()) {
		/* Answers to questions that no longer apply are neither shown
		 * nor diagnosed. */
		if (interview_prune(&w->sit, &w->facts) > 0)
			w->dirty = 1;
		return open_screen(w, s, &screen_summary_ops, -1);
	}
	return open_screen(w, s, NULL, qindex);
}

int
flow_start(struct wizard *w, struct screen *s)
{
	memset(s, 0, sizeof *s);
	return open_screen(w, s, &screen_welcome_ops, -1);
}

int
flow_open(struct wizard *w, struct screen *s, int qindex)
{
	return open_question(w, s, qindex);
}

int
flow_open_id(struct wizard *w, struct screen *s, const char *id)
{
	static const struct screen_ops *const after[] = {
		&screen_diagnosis_ops, &screen_plan_ops, &screen_export_ops,
	};

	for (size_t i = 0; i < sizeof after / sizeof after[0]; i++)
		if (strcmp(id, after[i]->name) == 0)
			return open_screen(w, s, after[i], -1);
	for (int i = 0; i < interview_count(); i++)
		if (strcmp(interview_get(i)->id, id) == 0 &&
		    interview_applies(interview_get(i), &w->sit, &w->facts))
			return open_question(w, s, i);
	return open_question(w, s, interview_count());
}

int
flow_finished(const struct screen *s)
{
	return s->ops == &finished_ops;
}

/* From question screen S going forward or back. */
static int
move_question(struct wizard *w, struct screen *s, int r)
{
	int i = s->qindex;

	if (r == SCREEN_NEXT)
		wizard_refresh_facts(w);
	/* An answer changed from the Summary or the diagnosis may make others
	 * moot (a job now: no time since the last job): they are dropped
	 * before either screen shows or weighs them. */
	if ((w->from_summary || from_diagnosis) &&
	    interview_prune(&w->sit, &w->facts) > 0)
		w->dirty = 1;
	if (w->from_summary) {
		w->from_summary = 0;
		return open_screen(w, s, &screen_summary_ops, -1);
	}
	if (from_diagnosis) {
		from_diagnosis = 0;
		return open_screen(w, s, &screen_diagnosis_ops, -1);
	}
	if (r == SCREEN_NEXT)
		return open_question(w, s, interview_next(&w->sit, &w->facts, i));
	return open_question(w, s, interview_prev(&w->sit, &w->facts, i));
}

/* Summary -> Diagnosis -> Plan -> Export, and back. */
static int
move_result(struct wizard *w, struct screen *s, int r)
{
	const struct screen_ops *cur = s->ops;

	if (cur == &screen_diagnosis_ops) {
		if (r == SCREEN_JUMP) {
			from_diagnosis = 1;
			return open_question(w, s, s->jump);
		}
		return open_screen(w, s, r == SCREEN_NEXT ? &screen_plan_ops
				   : &screen_summary_ops, -1);
	}
	if (cur == &screen_plan_ops) {
		if (r == SCREEN_JUMP)
			return open_screen(w, s, &screen_export_ops, -1);
		if (r == SCREEN_BACK)
			return open_screen(w, s, &screen_diagnosis_ops, -1);
		return 0;
	}
	if (cur == &screen_export_ops && r == SCREEN_BACK)
		return open_screen(w, s, &screen_plan_ops, -1);
	return 0;
}

int
flow_move(struct wizard *w, struct screen *s, int r)
{
	const struct screen_ops *cur = s->ops;

	if (r == SCREEN_STAY)
		return 0;
	if (s->q != NULL)
		return move_question(w, s, r);
	if (cur == &screen_welcome_ops)
		return r == SCREEN_NEXT ?
			open_question(w, s, interview_next(&w->sit, &w->facts, -1)) : 0;
	if (cur == &screen_summary_ops) {
		if (r == SCREEN_JUMP) {
			w->from_summary = 1;
			return open_question(w, s, s->jump);
		}
		if (r == SCREEN_NEXT)
			return open_screen(w, s, &screen_diagnosis_ops, -1);
		return open_question(w, s, interview_prev(&w->sit, &w->facts,
							  interview_count()));
	}
	return move_result(w, s, r);
}

/* "Question 3 of 20": the place of S among the questions that apply. */
static void
step_text(struct wizard *w, const struct screen *s, char *buf, size_t size)
{
	int n = 0, at = 0;

	buf[0] = '\0';
	if (s->q == NULL)
		return;
	for (int i = interview_next(&w->sit, &w->facts, -1); i < interview_count();
	     i = interview_next(&w->sit, &w->facts, i)) {
		n++;
		if (i == s->qindex)
			at = n;
	}
	if (at == 0)
		return;            /* asked from the Summary though it no longer applies */
	snprintf(buf, size, _("Question %d of %d"), at, n);
}

void
flow_frame(struct wizard *w, struct screen *s)
{
	const char *names[CHAPTER__COUNT];
	char step[64];
	int chapter = CHAPTER_WELCOME;

	for (int c = 0; c < CHAPTER__COUNT; c++)
		names[c] = _(interview_chapter_name(c));
	if (s->q != NULL)
		chapter = (int)s->q->chapter;
	else if (s->ops != &screen_welcome_ops)
		chapter = CHAPTER_SUMMARY;
	ui_chapters(names, CHAPTER__COUNT, chapter);
	step_text(w, s, step, sizeof step);
	ui_step(step);
	ui_helpline(s->ops->requests);
}

const struct screen_ops *
flow_small_screen(void)
{
	return &screen_small_ops;
}
