/* rules-challenges.c - the ten challenge rules (DESIGN.md section 5). */
#include <config.h>

#include "rules-private.h"

#define BASIC_BARRIERS (BIT(BARRIER_HOUSING) | BIT(BARRIER_HEALTH) | \
	BIT(BARRIER_FINANCES) | BIT(BARRIER_CHILDCARE) | \
	BIT(BARRIER_CARE_RELATIVE) | BIT(BARRIER_LEGAL))

static const char *const barrier_reasons[] = {
	[BARRIER_CHILDCARE] = N_("Finding childcare comes before the job search."),
	[BARRIER_HOUSING] = N_("Housing problems make a job search much harder."),
	[BARRIER_HEALTH] = N_("Your health needs care before or while you look for work."),
	[BARRIER_FINANCES] = N_("Money worries get in the way of the search."),
	[BARRIER_TRANSPORT] = NULL,
	[BARRIER_CARE_RELATIVE] = N_("Caring for a relative takes time and energy."),
	[BARRIER_LEGAL] = N_("A legal or paperwork problem needs sorting out."),
};

static void
need(struct rule_out *o)
{
	o->score = 3;
	o->unknown = 0;
}

static void
open_(struct rule_out *o)
{
	o->score = 0;
	o->unknown = 1;
}

/* Key K unanswered: it is missing and the challenge stays open. */
static int
unanswered(const struct situation *s, int k, struct rule_out *o)
{
	if (asked(s, k, o))
		return 0;
	open_(o);
	return 1;
}

/* A need with the reason YES when NEEDED, else the reason NO: the reason,
 * for its facts. */
static struct rule_reason *
verdict(struct rule_out *o, int needed, const char *yes, const char *no)
{
	if (needed)
		need(o);
	return reason(o, needed ? yes : no);
}

RULE(ch_basic_needs)
{
	unsigned m;

	if (unanswered(s, SIT_BARRIERS, o))
		return;
	m = s->barriers & BASIC_BARRIERS;
	if (m == 0) {
		fact(reason(o, N_("Nothing outside the job search gets in the way, from what you said.")),
		     s, SIT_BARRIERS);
		return;
	}
	need(o);
	for (int b = 0; b <= BARRIER_LEGAL; b++)
		if (m & BIT(b))
			fact_item(reason(o, barrier_reasons[b]), SIT_BARRIERS, b);
}

RULE(ch_undefined_project)
{
	struct rule_reason *r;

	if (unanswered(s, SIT_JOB, o))
		return;
	if (s->job_unknown) {
		need(o);
		fact(reason(o, N_("You have not chosen a target job yet.")), s, SIT_JOB);
		return;
	}
	if (ANSWERED(SIT_PROJECT) && s->project != PROJECT_REORIENTATION) {
		fact(reason(o, N_("You have a target job.")), s, SIT_JOB);
		return;
	}
	if (ANSWERED(SIT_PASSION) && s->passion != PASSION_ALIMENTARY) {
		fact(reason(o, N_("You have a target job.")), s, SIT_JOB);
		return;
	}
	if (unanswered(s, SIT_PROJECT, o) | unanswered(s, SIT_PASSION, o))
		return;
	need(o);
	r = reason(o, N_("You want to change careers, but the target job does not appeal to you."));
	fact(r, s, SIT_PROJECT);
	fact(r, s, SIT_PASSION);
}

RULE(ch_french_language)
{
	struct rule_reason *r;

	if (unanswered(s, SIT_FRENCH_LEVEL, o))
		return;
	switch (s->french_level) {
	case FRENCH_BEGINNER:
		need(o);
		fact(reason(o, N_("You are starting to learn French.")), s, SIT_FRENCH_LEVEL);
		return;
	case FRENCH_INTERMEDIATE:
		if (unanswered(s, SIT_FRUSTRATIONS, o))
			return;
		if (s->frustrations & BIT(FRUST_LANGUAGE)) {
			need(o);
			r = reason(o, N_("Your French gets in the way of your search, you said."));
			fact(r, s, SIT_FRENCH_LEVEL);
			fact_item(r, SIT_FRUSTRATIONS, FRUST_LANGUAGE);
			return;
		}
		fact(reason(o, N_("Your French is enough for your search, from what you said.")),
		     s, SIT_FRENCH_LEVEL);
		return;
	default:
		fact(reason(o, N_("You speak French fluently.")), s, SIT_FRENCH_LEVEL);
		return;
	}
}

RULE(ch_stuck_market)
{
	struct rule_reason *r;
	int fig;

	if (creator(s)) {
		not_for_creator(s, o);
		return;
	}
	if (unanswered(s, SIT_JOB, o) || unanswered(s, SIT_DEPARTEMENT, o))
		return;
	if (s->job_unknown) {
		open_(o);
		fact(reason(o, N_("Without a target job there is no market figure to read.")),
		     s, SIT_JOB);
		return;
	}
	fig = diag_market_figure(s, f);
	if (diag_facts_tension(f, fig) < 0) {
		open_(o);
		fact(reason(o, N_("The data holds no market figure for this job.")), s, SIT_JOB);
		return;
	}
	r = verdict(o, stuck(s, f, o) >= 0,
		    N_("There are at most 3 offers for every 10 candidates for this job within your reach."),
		    N_("There are more than 3 offers for every 10 candidates for this job within your reach."));
	fact_figure(r, fig);
	if (ANSWERED(SIT_MOBILITY))
		fact(r, s, SIT_MOBILITY);
	if (f->has_projects || f->has_salary) {
		r = reason(o, N_("What employers near you plan, and what the job pays:"));
		if (f->has_projects)
			fact_data(r, "recruitment", f->projects.rome);
		if (f->has_salary)
			fact_data(r, "salary", f->salary.rome);
	}
}

/* Their level reaches the job's, but the diploma is from abroad and they
 * are not sure it is enough: a job that requires a diploma (nurse,
 * doctor, teacher) takes a foreign one once it is recognised. Notes
 * foreign_diploma and training as missing. */
static int
foreign_unsure(const struct situation *s, struct rule_out *o)
{
	return is(s, SIT_FOREIGN_DIPLOMA, YESNO_YES, o) &&
	       is(s, SIT_TRAINING, TRAINING_NOT_SURE, o);
}

RULE(ch_missing_diploma)
{
	struct rule_reason *r;
	enum diploma_fit fit;

	if (creator(s)) {
		fact(reason(o, N_("You want to create your own company: no "
				  "employer will ask for a diploma. But some "
				  "trades need one to open.")), s, SIT_PROJECT);
		return;
	}
	if (!asked(s, SIT_JOB, o) || s->job_unknown || !f->has_job) {
		open_(o);
		if (ANSWERED(SIT_JOB) && !s->job_unknown)
			fact(reason(o, N_("The data does not say which diploma this job requires.")),
			     s, SIT_JOB);
		return;
	}
	fit = diploma_fit(s, f, o);
	if (fit == DIPLOMA_FIT_NONE_NEEDED) {
		fact_data(reason(o, N_("This job does not usually require a diploma.")),
			  "diploma_required", "no");
		return;
	}
	if (fit == DIPLOMA_FIT_ENOUGH && foreign_unsure(s, o)) {
		need(o);
		r = reason(o, N_("Your diploma is from abroad: for this job, it counts only "
				 "once it is recognised in France."));
		fact(r, s, SIT_FOREIGN_DIPLOMA);
		fact(r, s, SIT_TRAINING);
		fact_diploma_level(r, f);
		return;
	}
	if (fit == DIPLOMA_FIT_ENOUGH) {
		r = reason(o, N_("Your diploma matches what this job usually requires."));
		fact(r, s, SIT_DIPLOMA);
		fact_diploma_level(r, f);
		return;
	}
	if (fit == DIPLOMA_FIT_UNKNOWN) {
		open_(o);
		if (f->job.diploma_level < 0)
			fact_diploma_level(reason(o, N_("This job usually requires a diploma, but the "
							"data does not say which level.")), f);
		return;
	}
	if (training_open(s, o)) {
		open_(o);
		return;
	}
	if (diploma_covered(s)) {
		r = reason(o, s->training == TRAINING_IN_TRAINING
			   ? N_("You are training for the diploma this job requires.")
			   : N_("You say your diplomas are enough for this job."));
		fact(r, s, SIT_TRAINING);
		fact_diploma_level(r, f);
		return;
	}
	if (experienced_senior(s, f)) {
		r = reason(o, N_("With your long experience of this job, a diploma matters less."));
		fact(r, s, SIT_SENIORITY);
		fact(r, s, SIT_BIRTH_YEAR);
		return;
	}
	need(o);
	r = reason(o, ANSWERED(SIT_TRAINING)
		   ? N_("This job usually requires a diploma you do not have yet.")
		   : N_("This job usually requires a diploma you do not have, and "
			"nothing says you are training for it."));
	fact_diploma_level(r, f);
	fact(r, s, SIT_DIPLOMA);
	if (ANSWERED(SIT_TRAINING))
		fact(r, s, SIT_TRAINING);
}

/* The feeling: the job is only for the pay, or liked without the
 * motivation to look for it. 1 yes, 0 no, -1 not known yet. */
static int
unwanted_job(const struct situation *s, struct rule_out *o)
{
	if (!asked(s, SIT_PASSION, o))
		return -1;
	if (s->passion == PASSION_ALIMENTARY)
		return 1;
	if (s->passion != PASSION_LIKEABLE)
		return 0;
	if (!asked(s, SIT_FRUSTRATIONS, o))
		return -1;
	return (s->frustrations & BIT(FRUST_MOTIVATION)) != 0;
}

RULE(ch_find_what_you_like)
{
	struct rule_reason *r;
	int unwanted = unwanted_job(s, o);

	if (unwanted < 0) {
		open_(o);
		return;
	}
	if (!unwanted) {
		fact(reason(o, s->passion == PASSION_LIKEABLE ? N_("You like the job you are aiming for.")
			    : N_("You really want this job.")), s, SIT_PASSION);
		return;
	}
	r = reason(o, s->passion == PASSION_ALIMENTARY
		   ? N_("You do not really want this job: it is only for the pay.")
		   : N_("You like this job, but you find it hard to stay motivated."));
	fact(r, s, SIT_PASSION);
	if (s->passion == PASSION_LIKEABLE)
		fact_item(r, SIT_FRUSTRATIONS, FRUST_MOTIVATION);
	switch (time_to_choose(s, f, o, r)) {
	case 1:
		need(o);
		return;
	case 0:
		reason(o, creator(s) ? N_("You chose to create your company: that is the project to follow.")
		       : N_("Now is not the time to change your target: a job within reach comes first."));
		return;
	default:
		open_(o);
	}
}

RULE(ch_start_your_search)
{
	if (creator(s)) {
		not_for_creator(s, o);
		return;
	}
	if (unanswered(s, SIT_SEARCH_MONTHS, o))
		return;
	fact(verdict(o, s->search_months == 0, N_("You have not started looking yet."),
		     N_("You have already started your search.")), s, SIT_SEARCH_MONTHS);
}

RULE(ch_enhance_methods)
{
	struct rule_reason *r;

	if (creator(s)) {
		not_for_creator(s, o);
		return;
	}
	if (unanswered(s, SIT_SEARCH_MONTHS, o))
		return;
	if (s->search_months < RULES_METHODS_MONTHS) {
		fact(reason(o, N_("Your search is recent: it is too early to judge your methods.")),
		     s, SIT_SEARCH_MONTHS);
		return;
	}
	if (unanswered(s, SIT_INTERVIEWS, o))
		return;
	r = verdict(o, few_interviews(s, o),
		    N_("You get fewer than one job interview per month of search."),
		    N_("Your applications lead to interviews."));
	fact(r, s, SIT_SEARCH_MONTHS);
	fact(r, s, SIT_INTERVIEWS);
}

RULE(ch_interview_to_offer)
{
	struct rule_reason *r;

	if (creator(s)) {
		not_for_creator(s, o);
		return;
	}
	if (ANSWERED(SIT_INTERVIEWS) && s->interviews < RULES_OFFER_INTERVIEWS) {
		fact(reason(o, N_("You have had fewer than 4 interviews: too few to judge how they go.")),
		     s, SIT_INTERVIEWS);
		return;
	}
	if (ANSWERED(SIT_SEARCH_MONTHS) && s->search_months < RULES_OFFER_MONTHS) {
		fact(reason(o, N_("Your search is recent: give your interviews time.")),
		     s, SIT_SEARCH_MONTHS);
		return;
	}
	if (unanswered(s, SIT_INTERVIEWS, o) | unanswered(s, SIT_SEARCH_MONTHS, o))
		return;
	r = verdict(o, interviews_no_offer(s, o),
		    N_("You get interviews regularly, but no job offer yet."),
		    N_("You get fewer than one interview per month: the interviews are not the first thing to work on."));
	fact(r, s, SIT_INTERVIEWS);
	fact(r, s, SIT_SEARCH_MONTHS);
}

