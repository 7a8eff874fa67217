/* rules-life.c - the action rules of the life around the search: barriers,
 * mobility, digital skills, French, disability, age, confidence. */
#include <config.h>

#include "rules-private.h"

/* Score 3 for barrier B with reason TEXT. */
static void
barrier_rule(const struct situation *s, int b, const char *text, struct rule_out *o)
{
	score_item(s, SIT_BARRIERS, b, 3, text, o);
}

RULE(ac_childcare_solution)
{
	barrier_rule(s, BARRIER_CHILDCARE, N_("You said childcare gets in the way."), o);
	score_item(s, SIT_FRUSTRATIONS, FRUST_CHILDCARE, 2,
		   N_("You find it hard to arrange childcare."), o);
	if (o->score > 0 && ANSWERED(SIT_FAMILY) && s->family == FAMILY_SINGLE_PARENT)
		fact(reason(o, N_("Single parents may get a childcare aid when they start a job or a training.")),
		     s, SIT_FAMILY);
}

RULE(ac_housing_help)
{
	barrier_rule(s, BARRIER_HOUSING, N_("You said housing is a difficulty right now."), o);
}

RULE(ac_health_support)
{
	barrier_rule(s, BARRIER_HEALTH, N_("You said health problems get in the way."), o);
}

RULE(ac_financial_help)
{
	barrier_rule(s, BARRIER_FINANCES, N_("You said money is tight."), o);
}

RULE(ac_mobility_help)
{
	struct rule_reason *r;

	barrier_rule(s, BARRIER_TRANSPORT, N_("You said getting around is a difficulty."), o);
	/* The vehicle only counts with a licence: that is when the interview
	 * asks about it. */
	if (is(s, SIT_DRIVING_LICENCE, LICENCE_YES, o) && is(s, SIT_VEHICLE, YESNO_NO, o) &&
	    asked(s, SIT_MOBILITY, o) && s->mobility != MOBILITY_CITY) {
		set(o, 2);
		r = reason(o, N_("You would travel for a job but have no vehicle."));
		fact(r, s, SIT_VEHICLE);
		fact(r, s, SIT_MOBILITY);
	}
}

/* The target job is known and often asks for a driving licence. */
static int
licence_often(const struct situation *s, const struct diag_facts *f)
{
	return ANSWERED(SIT_JOB) && !s->job_unknown && f->has_job && f->job.licence_often;
}

int
rules_licence_lacking(const struct situation *s, const struct diag_facts *f)
{
	return licence_often(s, f) && ANSWERED(SIT_DRIVING_LICENCE) &&
	       s->driving_licence == LICENCE_NO;
}

RULE(ac_driving_licence)
{
	struct rule_reason *r;
	int often = licence_often(s, f);

	if (often && asked(s, SIT_DRIVING_LICENCE, o) && rules_licence_lacking(s, f)) {
		set(o, 3);
		r = reason(o, N_("This job often asks for a driving licence and you do not have one."));
		fact(r, s, SIT_DRIVING_LICENCE);
		fact_data(r, "licence_often", "yes");
	} else if (often && is(s, SIT_DRIVING_LICENCE, LICENCE_IN_PROGRESS, o)) {
		set(o, 1);
		r = reason(o, N_("Finishing your licence will help: this job often asks for it."));
		fact(r, s, SIT_DRIVING_LICENCE);
		fact_data(r, "licence_often", "yes");
	}
	if (ANSWERED(SIT_DRIVING_LICENCE) && s->driving_licence == LICENCE_NO &&
	    ANSWERED(SIT_BARRIERS) && (s->barriers & BIT(BARRIER_TRANSPORT))) {
		set(o, 2);
		r = reason(o, N_("A driving licence would make getting around easier."));
		fact(r, s, SIT_DRIVING_LICENCE);
		fact_item(r, SIT_BARRIERS, BARRIER_TRANSPORT);
	}
}

RULE(ac_digital_skills)
{
	if (is(s, SIT_DIGITAL, DIGITAL_NONE, o)) {
		set(o, 3);
		fact(reason(o, N_("You cannot yet use a computer and the internet for your search.")),
		     s, SIT_DIGITAL);
	} else if (is(s, SIT_DIGITAL, DIGITAL_WITH_HELP, o)) {
		set(o, 2);
		fact(reason(o, N_("You need help to use a computer and the internet.")),
		     s, SIT_DIGITAL);
	}
}

RULE(ac_french_course)
{
	struct rule_reason *r;

	if (is(s, SIT_FRENCH_LEVEL, FRENCH_BEGINNER, o)) {
		set(o, 3);
		fact(reason(o, N_("You are starting to learn French.")), s, SIT_FRENCH_LEVEL);
	} else if (is(s, SIT_FRENCH_LEVEL, FRENCH_INTERMEDIATE, o)) {
		if (holds(s, SIT_FRUSTRATIONS, FRUST_LANGUAGE, o)) {
			set(o, 3);
			r = reason(o, N_("Your French gets in the way of your search, you said."));
			fact(r, s, SIT_FRENCH_LEVEL);
			fact_item(r, SIT_FRUSTRATIONS, FRUST_LANGUAGE);
		} else {
			set(o, 1);
			fact(reason(o, N_("Better French opens more jobs.")), s, SIT_FRENCH_LEVEL);
		}
	}
}

RULE(ac_disability_support)
{
	if (is(s, SIT_DISABILITY, DISABILITY_YES, o)) {
		set(o, 3);
		fact(reason(o, N_("You have a recognised disability: specialised services can help.")),
		     s, SIT_DISABILITY);
	}
}

RULE(ac_caregiver_support)
{
	barrier_rule(s, BARRIER_CARE_RELATIVE, N_("You care for a relative."), o);
}

RULE(ac_legal_help)
{
	barrier_rule(s, BARRIER_LEGAL, N_("You said a legal or paperwork problem gets in the way."), o);
}

RULE(ac_confidence_boost)
{
	score_item(s, SIT_FRUSTRATIONS, FRUST_CONFIDENCE, 3,
		   N_("You said you lack confidence."), o);
	score_item(s, SIT_FRUSTRATIONS, FRUST_MOTIVATION, 2,
		   N_("You find it hard to stay motivated."), o);
	if (ANSWERED(SIT_SEARCH_MONTHS) && s->search_months >= 12) {
		set(o, 2);
		fact(reason(o, N_("A long search wears anyone down, and help exists.")),
		     s, SIT_SEARCH_MONTHS);
	}
}

RULE(ac_time_management)
{
	score_item(s, SIT_FRUSTRATIONS, FRUST_TIME, 3,
		   N_("You said you lack time for your search."), o);
}

RULE(ac_discrimination_help)
{
	static const int items[] = { FRUST_AGE_DISCRIMINATION, FRUST_SEX_DISCRIMINATION,
				     FRUST_ORIGIN_DISCRIMINATION };
	struct rule_reason *r = NULL;

	if (!asked(s, SIT_FRUSTRATIONS, o))
		return;
	for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
		if (!(s->frustrations & BIT(items[i])))
			continue;
		if (r == NULL)
			r = reason(o, N_("You feel you are treated unfairly by employers."));
		set(o, 3);
		fact_item(r, SIT_FRUSTRATIONS, items[i]);
	}
}

RULE(ac_senior_support)
{
	struct rule_reason *r;
	int a = age(s, f, o);

	if (a < 50)
		return;
	set(o, 2);
	r = reason(o, N_("At 50 and over, specific support exists."));
	fact(r, s, SIT_BIRTH_YEAR);
	if (holds(s, SIT_FRUSTRATIONS, FRUST_AGE_DISCRIMINATION, o)) {
		set(o, 3);
		fact_item(r, SIT_FRUSTRATIONS, FRUST_AGE_DISCRIMINATION);
	}
}

RULE(ac_youth_support)
{
	int a = age(s, f, o);

	if (a >= 0 && a < 26) {
		set(o, 3);
		fact(reason(o, N_("You are under 26: services for young people can help.")),
		     s, SIT_BIRTH_YEAR);
	}
}

RULE(ac_return_after_illness)
{
	struct rule_reason *r;

	if (!is(s, SIT_LAST_JOB_END, LAST_JOB_HEALTH, o))
		return;
	set(o, 3);
	r = reason(o, N_("You stopped working because of an illness or an "
			 "accident. It is best to plan your return to work "
			 "with doctors."));
	fact(r, s, SIT_LAST_JOB_END);
	if (ANSWERED(SIT_TIME_SINCE_JOB))
		fact(r, s, SIT_TIME_SINCE_JOB);
}

RULE(ac_layoff_support)
{
	struct rule_reason *r;

	if (!is(s, SIT_LAST_JOB_END, LAST_JOB_ECONOMIC_LAYOFF, o))
		return;
	/* The CSP is chosen within days of the proposal: a layoff of a year
	 * ago or more is past it. */
	if (ANSWERED(SIT_TIME_SINCE_JOB) && s->time_since_job != SINCE_JOB_LT1)
		return;
	asked(s, SIT_TIME_SINCE_JOB, o);
	set(o, 3);
	r = reason(o, N_("You lost your job in an economic layoff: a specific "
			 "support may be offered to you. The time to choose it "
			 "is short."));
	fact(r, s, SIT_LAST_JOB_END);
	if (ANSWERED(SIT_TIME_SINCE_JOB))
		fact(r, s, SIT_TIME_SINCE_JOB);
}

RULE(ac_return_after_break)
{
	struct rule_reason *r;

	if (!is(s, SIT_LAST_JOB_END, LAST_JOB_FAMILY, o) || !asked(s, SIT_TIME_SINCE_JOB, o) ||
	    s->time_since_job == SINCE_JOB_LT1)
		return;
	set(o, s->time_since_job == SINCE_JOB_1_2 ? 2 : 3);
	r = reason(o, N_("You stopped working for years to raise children or care for "
			 "someone: coming back is a step of its own."));
	fact(r, s, SIT_LAST_JOB_END);
	fact(r, s, SIT_TIME_SINCE_JOB);
}
