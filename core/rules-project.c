/* rules-project.c - the action rules of the job project: choosing a job,
 * related jobs, creating a company, diplomas and training. */
#include <config.h>

#include "rules-private.h"

RULE(ac_explore_jobs)
{
	struct rule_reason *r;

	if (!asked(s, SIT_JOB, o))
		return;
	if (s->job_unknown) {
		set(o, 3);
		fact(reason(o, N_("You have not chosen a target job yet.")), s, SIT_JOB);
	} else if (is(s, SIT_PASSION, PASSION_ALIMENTARY, o) &&
		   time_to_choose(s, f, o, NULL) != 0) {
		int reorient = is(s, SIT_PROJECT, PROJECT_REORIENTATION, o);

		set(o, reorient ? 2 : 1);
		r = reason(o, N_("The job you are aiming for does not appeal to you."));
		fact(r, s, SIT_PASSION);
		if (reorient)
			fact(r, s, SIT_PROJECT);
	}
}

RULE(ac_job_immersion)
{
	struct rule_reason *r;

	if (creator(s))
		return;
	if (!asked(s, SIT_JOB, o))
		return;
	if (s->job_unknown) {
		set(o, 1);
		fact(reason(o, N_("Trying a job for a few days helps you choose one.")), s, SIT_JOB);
		return;
	}
	if (is(s, SIT_EXPERIENCE, EXPERIENCE_NEVER, o)) {
		int first = ANSWERED(SIT_PROJECT) && (s->project == PROJECT_FIRST_JOB ||
						      s->project == PROJECT_REORIENTATION);

		set(o, first ? 3 : 2);
		r = reason(o, N_("You have never done this job: try it for a few days first."));
		fact(r, s, SIT_EXPERIENCE);
		if (first)
			fact(r, s, SIT_PROJECT);
	}
	score_item(s, SIT_FRUSTRATIONS, FRUST_EXPERIENCE, 2,
		   N_("Employers ask for experience you lack."), o);
}

/* How many related jobs do better than the target job within reach;
 * the first ones (best first) become facts of reason R. */
static int
better_related(const struct diag_facts *f, struct rule_reason *r)
{
	int n = 0;

	for (int i = 0; i < f->nranked; i++)
		if (f->ranked[i].better == 1) {
			if (r != NULL && n < RULES_MAX_FACTS - 1)
				fact_ranked(r, f, i);
			n++;
		}
	return n;
}

RULE(ac_related_jobs)
{
	struct rule_reason *r;
	int fig;

	if (creator(s) || better_related(f, NULL) == 0)
		return;
	fig = stuck(s, f, o);
	if (fig >= 0) {
		set(o, 3);
		r = reason(o, N_("There are few offers for this job within your reach; these close jobs have more."));
		fact_figure(r, fig);
		better_related(f, r);
	} else if (ANSWERED(SIT_PASSION) && (s->passion == PASSION_ALIMENTARY ||
					     s->passion == PASSION_LIKEABLE)) {
		set(o, 1);
		r = reason(o, N_("Close jobs use the same skills, and these have more offers within your reach."));
		fact(r, s, SIT_PASSION);
		better_related(f, r);
	}
}

RULE(ac_skills_assessment)
{
	struct rule_reason *r;

	if (is(s, SIT_PROJECT, PROJECT_REORIENTATION, o)) {
		int unknown = ANSWERED(SIT_JOB) && s->job_unknown;

		set(o, unknown ? 3 : 2);
		r = reason(o, unknown
			   ? N_("You want to change careers and do not know which job yet.")
			   : N_("A skills assessment helps you prepare a change of career."));
		fact(r, s, SIT_PROJECT);
		if (unknown)
			fact(r, s, SIT_JOB);
	}
	if (ANSWERED(SIT_PASSION) && s->passion == PASSION_ALIMENTARY &&
	    time_to_choose(s, f, o, NULL) != 0) {
		set(o, 1);
		fact(reason(o, N_("The job you are aiming for does not appeal to you.")),
		     s, SIT_PASSION);
	}
}

RULE(ac_create_company_support)
{
	if (creator(s)) {
		set(o, 3);
		fact(reason(o, N_("You want to create your own company.")), s, SIT_PROJECT);
	} else {
		asked(s, SIT_PROJECT, o);
	}
}

RULE(ac_creation_chamber)
{
	if (creator(s)) {
		set(o, 3);
		fact(reason(o, N_("The chambers guide new business owners through the first steps.")),
		     s, SIT_PROJECT);
	}
}

RULE(ac_creation_funding)
{
	if (creator(s)) {
		set(o, 2);
		fact(reason(o, N_("Job seekers who create a business may get aids and loans.")),
		     s, SIT_PROJECT);
	}
}

RULE(ac_diploma_recognition)
{
	if (is(s, SIT_FOREIGN_DIPLOMA, YESNO_YES, o)) {
		set(o, 3);
		fact(reason(o, N_("Your diploma comes from abroad: a certificate says what it is "
				  "worth in France.")), s, SIT_FOREIGN_DIPLOMA);
	}
	score_item(s, SIT_FRUSTRATIONS, FRUST_FOREIGN_QUALIFICATIONS, 3,
		   N_("Employers do not know what your diploma from abroad is worth."), o);
}

RULE(ac_training_diploma)
{
	struct rule_reason *r;

	if (!creator(s) && diploma_gap(s, f, o)) {
		set(o, 3);
		r = reason(o, N_("This job usually requires a diploma you do not have yet."));
		fact_diploma_level(r, f);
		if (ANSWERED(SIT_DIPLOMA))
			fact(r, s, SIT_DIPLOMA);
		fact(r, s, SIT_TRAINING);
	}
	score_item(s, SIT_FRUSTRATIONS, FRUST_TRAINING, 2,
		   N_("You said you lack training."), o);
	score_item(s, SIT_FRUSTRATIONS, FRUST_FOREIGN_QUALIFICATIONS, 1,
		   N_("Your qualifications from abroad may need to be completed."), o);
}

RULE(ac_vae)
{
	struct rule_reason *r;

	if (creator(s) || diploma_fit(s, f, o) != DIPLOMA_FIT_BELOW || diploma_covered(s))
		return;
	if (is(s, SIT_EXPERIENCE, EXPERIENCE_DONE_THIS, o) && asked(s, SIT_SENIORITY, o) &&
	    s->seniority >= SENIORITY_JUNIOR) {
		set(o, 3);
		r = reason(o, N_("You have done this job for a while: your experience can earn you the diploma."));
		fact(r, s, SIT_EXPERIENCE);
		fact(r, s, SIT_SENIORITY);
		fact_diploma_level(r, f);
	} else if (is(s, SIT_TRAINING, TRAINING_ENOUGH_EXPERIENCE, o)) {
		set(o, 2);
		r = reason(o, N_("You say your experience makes up for the "
				 "diploma: VAE (the recognition of your "
				 "experience) can make it official."));
		fact(r, s, SIT_TRAINING);
		fact_diploma_level(r, f);
	}
}

RULE(ac_alternance)
{
	struct rule_reason *r;
	int a;

	if (creator(s))
		return;
	if (diploma_gap(s, f, o) && (a = age(s, f, o)) >= 0 && a < 30) {
		set(o, 3);
		r = reason(o, N_("You are under 30 and this job requires a diploma: you can earn it while paid."));
		fact(r, s, SIT_BIRTH_YEAR);
		fact_diploma_level(r, f);
	}
	if (is(s, SIT_PROJECT, PROJECT_FIRST_JOB, o) && (a = age(s, f, o)) >= 0 && a < 26) {
		set(o, 2);
		r = reason(o, N_("Work-study is a common first step into work."));
		fact(r, s, SIT_PROJECT);
		fact(r, s, SIT_BIRTH_YEAR);
	}
}

RULE(ac_volunteering)
{
	struct rule_reason *r;
	int a, limit = ANSWERED(SIT_DISABILITY) && s->disability == DISABILITY_YES ? 29 : 25;

	if (creator(s))
		return;
	a = age(s, f, o);
	if (a < 16 || a > limit)
		return;
	if ((ANSWERED(SIT_PROJECT) && s->project == PROJECT_FIRST_JOB) ||
	    (ANSWERED(SIT_EXPERIENCE) && s->experience == EXPERIENCE_NEVER) ||
	    holds(s, SIT_FRUSTRATIONS, FRUST_EXPERIENCE, o)) {
		set(o, 2);
		r = reason(o, N_("Civic service gives young people a first experience."));
		fact(r, s, SIT_BIRTH_YEAR);
		if (ANSWERED(SIT_PROJECT) && s->project == PROJECT_FIRST_JOB)
			fact(r, s, SIT_PROJECT);
		else if (ANSWERED(SIT_EXPERIENCE) && s->experience == EXPERIENCE_NEVER)
			fact(r, s, SIT_EXPERIENCE);
		else
			fact_item(r, SIT_FRUSTRATIONS, FRUST_EXPERIENCE);
	}
}
