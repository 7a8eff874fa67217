/* wizard-flow.c - which screen follows which: one transition table,
 * (place, result) -> where to go, and the places' screens. The questions
 * come in core's order (interview_next/prev), each shown by the screen of
 * its kind; nothing here knows a question. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "interview.h"
#include "screen.h"
#include "ui-draw.h"
#include "wizard.h"

/* Where a move goes. */
enum flow_target {
	TO_WELCOME,
	TO_CODE,
	TO_CODE_BACK,       /* where the resume code was asked from */
	TO_CHOSEN,          /* the session chosen on that list: its screen,
			       the Summary of the answers brought, or Welcome */
	TO_SAVED,           /* the screen of the session taken back */
	TO_FIRST,           /* the first question that applies */
	TO_NEXT,            /* the next question, or the return point */
	TO_PREV,            /* the previous question, or the return point */
	TO_LAST,            /* the last question that applies */
	TO_ASKED,           /* question screen->jump; it returns here */
	TO_SUMMARY,
	TO_DIAGNOSIS,
	TO_PLAN,
	TO_EXPORT,
};

static const struct flow_move {
	enum screen_place from;
	enum screen_result result;
	enum flow_target to;
} transitions[] = {
	{ PLACE_WELCOME, SCREEN_NEXT, TO_FIRST },
	{ PLACE_WELCOME, SCREEN_JUMP, TO_CODE },
	{ PLACE_CONTINUE, SCREEN_NEXT, TO_SAVED },
	{ PLACE_CONTINUE, SCREEN_JUMP, TO_WELCOME },      /* start again */
	{ PLACE_CODE, SCREEN_NEXT, TO_SUMMARY },
	{ PLACE_CODE, SCREEN_BACK, TO_CODE_BACK },
	{ PLACE_SESSIONS, SCREEN_NEXT, TO_CHOSEN },
	{ PLACE_SESSIONS, SCREEN_JUMP, TO_CODE },
	{ PLACE_QUESTION, SCREEN_NEXT, TO_NEXT },
	{ PLACE_QUESTION, SCREEN_BACK, TO_PREV },
	{ PLACE_SUMMARY, SCREEN_NEXT, TO_DIAGNOSIS },
	{ PLACE_SUMMARY, SCREEN_BACK, TO_LAST },
	{ PLACE_SUMMARY, SCREEN_JUMP, TO_ASKED },
	{ PLACE_DIAGNOSIS, SCREEN_NEXT, TO_PLAN },
	{ PLACE_DIAGNOSIS, SCREEN_BACK, TO_SUMMARY },
	{ PLACE_DIAGNOSIS, SCREEN_JUMP, TO_ASKED },
	{ PLACE_PLAN, SCREEN_BACK, TO_DIAGNOSIS },
	{ PLACE_PLAN, SCREEN_NEXT, TO_ASKED },          /* adviser: an answer behind a reason */
	{ PLACE_PLAN, SCREEN_JUMP, TO_EXPORT },
	{ PLACE_EXPORT, SCREEN_BACK, TO_PLAN },
	{ PLACE_NODATA, SCREEN_BACK, TO_SUMMARY },
};

/* The screen of each place; a question's comes from its kind. */
static const struct flow_place {
	const struct screen_ops *ops;
	const char *id;               /* in the sessions file; NULL: not kept */
	int chapter;                  /* lit in the chapter bar */
	int needs_result;             /* shows the diagnosis: PLACE_NODATA
					 when it cannot be made */
} places[PLACE__COUNT] = {
	[PLACE_WELCOME] = { &screen_welcome_ops, NULL, CHAPTER_WELCOME, 0 },
	[PLACE_CONTINUE] = { &screen_continue_ops, NULL, CHAPTER_WELCOME, 0 },
	[PLACE_CODE] = { &screen_code_ops, NULL, CHAPTER_WELCOME, 0 },
	[PLACE_QUESTION] = { NULL, NULL, CHAPTER_WELCOME, 0 },
	[PLACE_SUMMARY] = { &screen_summary_ops, "summary", CHAPTER_SUMMARY, 0 },
	[PLACE_DIAGNOSIS] = { &screen_diagnosis_ops, "diagnosis", CHAPTER_SUMMARY, 1 },
	[PLACE_PLAN] = { &screen_plan_ops, "plan", CHAPTER_SUMMARY, 1 },
	[PLACE_EXPORT] = { &screen_export_ops, "export", CHAPTER_SUMMARY, 1 },
	[PLACE_NODATA] = { &screen_nodata_ops, NULL, CHAPTER_SUMMARY, 0 },
	[PLACE_SESSIONS] = { &screen_sessions_ops, NULL, CHAPTER_WELCOME, 0 },
};

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

static const struct screen_ops *
kind_ops(const struct question *q)
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

/* Open PLACE (question QINDEX for PLACE_QUESTION) into S. */
static int
open_place(struct wizard *w, struct screen *s, enum screen_place place, int qindex)
{
	if (places[place].needs_result && wizard_result(w) == NULL)
		place = PLACE_NODATA;
	flow_close(s);
	memset(s, 0, sizeof *s);
	s->wiz = w;
	s->place = place;
	s->qindex = place == PLACE_QUESTION ? qindex : -1;
	s->q = place == PLACE_QUESTION ? interview_get(qindex) : NULL;
	s->ops = s->q != NULL ? kind_ops(s->q) : places[place].ops;
	if (s->ops == NULL)
		return -1;
	return s->ops->open != NULL ? s->ops->open(s) : 0;
}

/* Answers to questions that no longer apply are neither shown nor
 * diagnosed (a job now: no time since the last job). */
static void
prune(struct wizard *w)
{
	if (interview_prune(&w->sit, &w->facts) > 0)
		w->dirty = 1;
}

/* Question QINDEX; -1 is Welcome, interview_count() the Summary. */
static int
open_question(struct wizard *w, struct screen *s, int qindex)
{
	if (qindex < 0)
		return open_place(w, s, PLACE_WELCOME, -1);
	if (qindex >= interview_count()) {
		prune(w);
		return open_place(w, s, PLACE_SUMMARY, -1);
	}
	return open_place(w, s, PLACE_QUESTION, qindex);
}

/* The screen recorded as ID in a saved session: a question that still
 * applies, "diagnosis", "plan", "export"; the Summary otherwise. */
static int
open_saved(struct wizard *w, struct screen *s, const char *id)
{
	for (int p = PLACE_DIAGNOSIS; p <= PLACE_EXPORT; p++)
		if (strcmp(id, places[p].id) == 0)
			return open_place(w, s, (enum screen_place)p, -1);
	for (int i = 0; i < interview_count(); i++)
		if (strcmp(interview_get(i)->id, id) == 0 &&
		    interview_applies(interview_get(i), &w->sit, &w->facts))
			return open_question(w, s, i);
	return open_question(w, s, interview_count());
}

/* Back from a question to where it was asked from, if anywhere. */
static int
open_return(struct wizard *w, struct screen *s)
{
	enum screen_place to = w->return_to;

	w->return_to = PLACE__COUNT;
	prune(w);
	return open_place(w, s, to, -1);
}

/* The session chosen on the adviser's list: one taken back opens where
 * it stopped (a finished one, its plan), answers brought open the
 * Summary, a new one Welcome. */
static int
open_chosen(struct wizard *w, struct screen *s)
{
	if (w->session_id != 0)
		return open_saved(w, s, w->saved_finished ? "plan" : w->saved_screen);
	if (w->sit.answered != 0)
		return open_question(w, s, interview_count());
	return open_place(w, s, PLACE_WELCOME, -1);
}

static int
go_to(struct wizard *w, struct screen *s, enum flow_target to)
{
	int q = s->qindex, count = interview_count();

	switch (to) {
	case TO_WELCOME: return open_place(w, s, PLACE_WELCOME, -1);
	case TO_CODE:
		w->code_from = s->place;
		return open_place(w, s, PLACE_CODE, -1);
	case TO_CODE_BACK:
		return open_place(w, s, w->code_from == PLACE_SESSIONS ? PLACE_SESSIONS :
				  PLACE_WELCOME, -1);
	case TO_CHOSEN: return open_chosen(w, s);
	case TO_SAVED:
		/* A finished session goes back to its plan. */
		return open_saved(w, s, w->saved_finished ? "plan" : w->saved_screen);
	case TO_FIRST: return open_question(w, s, interview_next(&w->sit, &w->facts, -1));
	case TO_NEXT:
		if (w->return_to != PLACE__COUNT)
			return open_return(w, s);
		return open_question(w, s, interview_next(&w->sit, &w->facts, q));
	case TO_PREV:
		if (w->return_to != PLACE__COUNT)
			return open_return(w, s);
		return open_question(w, s, interview_prev(&w->sit, &w->facts, q));
	case TO_LAST: return open_question(w, s, interview_prev(&w->sit, &w->facts, count));
	case TO_ASKED:
		w->return_to = s->place;
		return open_question(w, s, s->jump);
	case TO_SUMMARY: return open_question(w, s, count);
	case TO_DIAGNOSIS: return open_place(w, s, PLACE_DIAGNOSIS, -1);
	case TO_PLAN: return open_place(w, s, PLACE_PLAN, -1);
	case TO_EXPORT: return open_place(w, s, PLACE_EXPORT, -1);
	}
	return -1;
}

int
flow_move(struct wizard *w, struct screen *s, enum screen_result r)
{
	for (size_t i = 0; i < sizeof transitions / sizeof transitions[0]; i++)
		if (transitions[i].from == s->place && transitions[i].result == r) {
			/* An answer may change which questions apply. */
			wizard_refresh_facts(w);
			return go_to(w, s, transitions[i].to);
		}
	return 0;
}

/* Adviser mode with a sessions file, the person's answers not given on
 * the command line: the list of sessions comes first. */
int
flow_adviser_list(const struct wizard *w)
{
	return w->opts->mode == WIZARD_ADVISER && w->sessions != NULL &&
	       w->opts->answers == NULL && w->opts->resume == NULL;
}

int
flow_first(struct wizard *w, struct screen *s)
{
	memset(s, 0, sizeof *s);
	if (w->opts->resume != NULL)
		return open_question(w, s, interview_count());
	if (flow_adviser_list(w))
		return open_place(w, s, PLACE_SESSIONS, -1);
	/* The offer opens only when there is a session it can read. */
	if (w->sessions != NULL && w->opts->answers == NULL &&
	    open_place(w, s, PLACE_CONTINUE, -1) == 0)
		return 0;
	return open_place(w, s, PLACE_WELCOME, -1);
}

int
flow_restart(struct wizard *w, struct screen *s)
{
	flow_close(s);
	memset(s, 0, sizeof *s);
	return open_place(w, s, flow_adviser_list(w) ? PLACE_SESSIONS : PLACE_WELCOME, -1);
}

const char *
flow_screen_id(const struct screen *s)
{
	if (s->ops == NULL)
		return NULL;
	return s->q != NULL ? s->q->id : places[s->place].id;
}

int
flow_beyond_summary(const struct screen *s)
{
	return s->ops != NULL && places[s->place].needs_result;
}

/* "Question 3 of 7 in this chapter": core's count, which does not move. */
static void
step_text(struct wizard *w, const struct screen *s, char *buf, size_t size)
{
	int at, of;

	buf[0] = '\0';
	if (s->q == NULL || interview_progress(&w->sit, &w->facts, s->qindex, &at, &of) < 0)
		return;            /* asked from the Summary though it no longer applies */
	/* TRANSLATORS: the place of a question among those of its chapter
	 * (Me, My job project...); at most 40 columns. */
	snprintf(buf, size, _("Question %d of %d in this chapter"), at, of);
}

void
flow_frame(struct wizard *w, struct screen *s)
{
	const char *names[CHAPTER__COUNT];
	char step[64];

	for (int c = 0; c < CHAPTER__COUNT; c++)
		names[c] = _(interview_chapter_name(c));
	/* The adviser's list is no chapter of an interview: no chapters. */
	ui_chapters(names, s->place == PLACE_SESSIONS ? 0 : CHAPTER__COUNT,
		    s->q != NULL ? (int)s->q->chapter : places[s->place].chapter);
	step_text(w, s, step, sizeof step);
	ui_step(step);
	ui_helpline(s->ops->requests);
}

const struct screen_ops *
flow_small_screen(void)
{
	return &screen_small_ops;
}
