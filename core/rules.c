/* rules.c - the rule table: ten challenge rules, one rule per action.
 *
 * Every rule is a pure function of the situation and of the facts read
 * beforehand (diag.h). Helpers below read an answer and, when it was not
 * given, note it as "missing": an answer that could change the result. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "facts.h"
#include "i18n.h"
#include "rules.h"

#define RULE(name) \
	static void name(const struct situation *s, \
			 const struct diag_facts *f __attribute__((unused)), \
			 struct rule_out *o)

#define BIT(i) (1u << (i))
#define ANSWERED(k) SIT_HAS(s, (k))

/* ---- reading answers ---------------------------------------------- */

/* 1 when key K was answered; otherwise note it as missing. */
static int
asked(const struct situation *s, int k, struct rule_out *o)
{
	if (SIT_HAS(s, k))
		return 1;
	o->missing |= (uint64_t)1 << k;
	return 0;
}

/* Value of choice key K (meaningful only when answered). */
static int
choice(const struct situation *s, int k)
{
	return situation_get_int(s, (enum sit_key)k);
}

/* Bit mask of list key K. */
static unsigned
list(const struct situation *s, int k)
{
	return (unsigned)situation_get_int(s, (enum sit_key)k);
}

/* Key K answered with value V; when unanswered, K is missing. */
static int
is(const struct situation *s, int k, int v, struct rule_out *o)
{
	return asked(s, k, o) && choice(s, k) == v;
}

/* List key K answered and holding ITEM; when unanswered, K is missing. */
static int
holds(const struct situation *s, int k, int item, struct rule_out *o)
{
	return asked(s, k, o) && (list(s, k) & BIT(item)) != 0;
}

/* List key K answered and holding none of the items of MASK. */
static int
lacks(const struct situation *s, int k, unsigned mask, struct rule_out *o)
{
	return asked(s, k, o) && (list(s, k) & mask) == 0;
}

/* Age on the diagnosis date, -1 (birth_year missing) */
static int
age(const struct situation *s, const struct diag_facts *f, struct rule_out *o)
{
	if (!asked(s, SIT_BIRTH_YEAR, o))
		return -1;
	return situation_age(s, f->year);
}

/* ---- building reasons --------------------------------------------- */

/* Add a reason TEXT (an N_() msgid); NULL when the reason list is full. */
static struct rule_reason *
reason(struct rule_out *o, const char *text)
{
	struct rule_reason *r;

	if (o->nreasons >= RULES_MAX_REASONS)
		return NULL;
	r = &o->reasons[o->nreasons++];
	r->text = text;
	r->nfacts = 0;
	return r;
}

static struct rule_fact *
new_fact(struct rule_reason *r, enum fact_kind kind)
{
	struct rule_fact *x;

	if (r == NULL || r->nfacts >= RULES_MAX_FACTS)
		return NULL;
	x = &r->facts[r->nfacts++];
	memset(x, 0, sizeof *x);
	x->kind = kind;
	x->key = -1;
	x->figure = -1;
	return x;
}

int
rules_answer_value(const struct situation *s, int k, char *buf, size_t len)
{
	if (len == 0)
		return -1;
	buf[0] = '\0';
	if (!SIT_HAS(s, k))
		return -1;
	if (situation_format_value(s, (enum sit_key)k, buf, len) < 0)
		return -1;
	return 0;
}

/* An answer fact: key K as answered. */
static void
fact(struct rule_reason *r, const struct situation *s, int k)
{
	struct rule_fact *x = new_fact(r, FACT_ANSWER);

	if (x == NULL)
		return;
	x->key = k;
	rules_answer_value(s, k, x->value, sizeof x->value);
}

/* An answer fact for one item of list key K. */
static void
fact_item(struct rule_reason *r, int k, int item)
{
	struct rule_fact *x = new_fact(r, FACT_ANSWER);
	const char *v = situation_value_name(k, item);

	if (x == NULL)
		return;
	x->key = k;
	snprintf(x->value, sizeof x->value, "%s", v ? v : "");
}

static void
fact_figure(struct rule_reason *r, int figure)
{
	struct rule_fact *x = new_fact(r, FACT_FIGURE);

	if (x != NULL)
		x->figure = figure;
}

static void
fact_data(struct rule_reason *r, const char *name, const char *value)
{
	struct rule_fact *x = new_fact(r, FACT_DATA);

	if (x == NULL)
		return;
	x->name = name;
	snprintf(x->value, sizeof x->value, "%s", value);
}

/* Job-group data facts. */
static void
fact_diploma_level(struct rule_reason *r, const struct diag_facts *f)
{
	const char *v = f->job.diploma_level >= 0
		? situation_value_name(SIT_DIPLOMA, f->job.diploma_level) : NULL;

	fact_data(r, "diploma_level", v ? v : "unknown");
}

static void
fact_related(struct rule_reason *r, const struct diag_facts *f, int i)
{
	/* The code only: its name is in F->related for whoever shows it. */
	fact_data(r, "related_job", f->related[i].code);
}

/* ---- shared conditions -------------------------------------------- */

static int
is_stuck_tension(double t)
{
	return t >= 0 && t <= RULES_STUCK_TENSION + 1e-9;
}

/* The market figure index when the market for the target job within
 * reach is stuck, else -1. Notes missing job, département, mobility. */
static int
stuck(const struct situation *s, const struct diag_facts *f, struct rule_out *o)
{
	int fig;

	if (!asked(s, SIT_JOB, o) || s->job_unknown || !asked(s, SIT_DEPARTEMENT, o))
		return -1;
	fig = diag_market_figure(s, f);
	if (!is_stuck_tension(diag_facts_tension(f, fig)))
		return -1;
	if (!ANSWERED(SIT_MOBILITY) && f->has_figure[DIAG_FIG_COUNTRY] &&
	    !is_stuck_tension(diag_facts_tension(f, DIAG_FIG_COUNTRY)))
		o->missing |= (uint64_t)1 << SIT_MOBILITY;
	return fig;
}

/* The target job usually requires a diploma that their level does not
 * reach (or cannot be compared to). Notes missing job and diploma. */
static int
below_diploma(const struct situation *s, const struct diag_facts *f, struct rule_out *o)
{
	if (!asked(s, SIT_JOB, o) || s->job_unknown || !f->has_job ||
	    !f->job.diploma_required)
		return 0;
	if (!asked(s, SIT_DIPLOMA, o) || f->job.diploma_level < 0)
		return 1;
	return s->diploma < f->job.diploma_level;
}

/* below_diploma() and not already in training or with enough diplomas. */
static int
diploma_gap(const struct situation *s, const struct diag_facts *f, struct rule_out *o)
{
	return below_diploma(s, f, o) && asked(s, SIT_TRAINING, o) &&
		s->training != TRAINING_ENOUGH_DIPLOMAS &&
		s->training != TRAINING_IN_TRAINING;
}

/* Fewer than one interview per month of a search of 2 months or more. */
static int
few_interviews(const struct situation *s, struct rule_out *o)
{
	return asked(s, SIT_SEARCH_MONTHS, o) &&
		s->search_months >= RULES_METHODS_MONTHS &&
		asked(s, SIT_INTERVIEWS, o) && s->interviews < s->search_months;
}

/* At least 4 interviews, at least one a month, searching 3 months or more. */
static int
interviews_no_offer(const struct situation *s, struct rule_out *o)
{
	return asked(s, SIT_SEARCH_MONTHS, o) &&
		s->search_months >= RULES_OFFER_MONTHS &&
		asked(s, SIT_INTERVIEWS, o) &&
		s->interviews >= RULES_OFFER_INTERVIEWS &&
		s->interviews >= s->search_months;
}

static void
set(struct rule_out *o, int score)
{
	if (score > o->score)
		o->score = score;
}

/* ---- the ten challenge rules (DESIGN.md section 5) ----------------- */

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

RULE(ch_basic_needs)
{
	unsigned m;

	if (!asked(s, SIT_BARRIERS, o)) {
		open_(o);
		return;
	}
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

	if (!asked(s, SIT_JOB, o)) {
		open_(o);
		return;
	}
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
	if (!asked(s, SIT_PROJECT, o) | !asked(s, SIT_PASSION, o)) {
		open_(o);
		return;
	}
	need(o);
	r = reason(o, N_("You want to change careers, but the target job does not appeal to you."));
	fact(r, s, SIT_PROJECT);
	fact(r, s, SIT_PASSION);
}

RULE(ch_french_language)
{
	struct rule_reason *r;

	if (!asked(s, SIT_FRENCH_LEVEL, o)) {
		open_(o);
		return;
	}
	switch (s->french_level) {
	case FRENCH_BEGINNER:
		need(o);
		fact(reason(o, N_("You are starting to learn French.")), s, SIT_FRENCH_LEVEL);
		return;
	case FRENCH_INTERMEDIATE:
		if (!asked(s, SIT_FRUSTRATIONS, o)) {
			open_(o);
			return;
		}
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

	if (!asked(s, SIT_JOB, o) || !asked(s, SIT_DEPARTEMENT, o)) {
		open_(o);
		return;
	}
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
	if (stuck(s, f, o) >= 0) {
		need(o);
		r = reason(o, N_("There are at most 3 offers for every 10 candidates for this job within your reach."));
	} else {
		r = reason(o, N_("There are more than 3 offers for every 10 candidates for this job within your reach."));
	}
	fact_figure(r, fig);
	if (ANSWERED(SIT_MOBILITY))
		fact(r, s, SIT_MOBILITY);
}

RULE(ch_missing_diploma)
{
	struct rule_reason *r;

	if (!asked(s, SIT_JOB, o) || s->job_unknown || !f->has_job) {
		open_(o);
		if (ANSWERED(SIT_JOB) && !s->job_unknown)
			fact(reason(o, N_("The data does not say which diploma this job requires.")),
			     s, SIT_JOB);
		return;
	}
	if (!f->job.diploma_required) {
		fact_data(reason(o, N_("This job does not usually require a diploma.")),
			  "diploma_required", "no");
		return;
	}
	if (!below_diploma(s, f, o)) {
		r = reason(o, N_("Your diploma matches what this job usually requires."));
		fact(r, s, SIT_DIPLOMA);
		fact_diploma_level(r, f);
		return;
	}
	if (!asked(s, SIT_TRAINING, o)) {
		open_(o);
		return;
	}
	if (s->training == TRAINING_ENOUGH_DIPLOMAS || s->training == TRAINING_IN_TRAINING) {
		r = reason(o, s->training == TRAINING_IN_TRAINING
			   ? N_("You are training for the diploma this job requires.")
			   : N_("You say your diplomas are enough for this job."));
		fact(r, s, SIT_TRAINING);
		fact_diploma_level(r, f);
		return;
	}
	need(o);
	r = reason(o, N_("This job usually requires a diploma you do not have yet."));
	fact_diploma_level(r, f);
	if (ANSWERED(SIT_DIPLOMA))
		fact(r, s, SIT_DIPLOMA);
	fact(r, s, SIT_TRAINING);
}

RULE(ch_find_what_you_like)
{
	struct rule_reason *r;

	if (!asked(s, SIT_PASSION, o)) {
		open_(o);
		return;
	}
	if (s->passion == PASSION_ALIMENTARY) {
		need(o);
		fact(reason(o, N_("You do not really want this job: it is only for the pay.")),
		     s, SIT_PASSION);
		return;
	}
	if (s->passion == PASSION_LIKEABLE) {
		if (!asked(s, SIT_FRUSTRATIONS, o)) {
			open_(o);
			return;
		}
		if (s->frustrations & BIT(FRUST_MOTIVATION)) {
			need(o);
			r = reason(o, N_("You like this job, but you find it hard to stay motivated."));
			fact(r, s, SIT_PASSION);
			fact_item(r, SIT_FRUSTRATIONS, FRUST_MOTIVATION);
			return;
		}
		fact(reason(o, N_("You like the job you are aiming for.")), s, SIT_PASSION);
		return;
	}
	fact(reason(o, N_("You really want this job.")), s, SIT_PASSION);
}

RULE(ch_start_your_search)
{
	if (!asked(s, SIT_SEARCH_MONTHS, o)) {
		open_(o);
		return;
	}
	if (s->search_months == 0) {
		need(o);
		fact(reason(o, N_("You have not started looking yet.")), s, SIT_SEARCH_MONTHS);
		return;
	}
	fact(reason(o, N_("You have already started your search.")), s, SIT_SEARCH_MONTHS);
}

RULE(ch_enhance_methods)
{
	struct rule_reason *r;

	if (!asked(s, SIT_SEARCH_MONTHS, o)) {
		open_(o);
		return;
	}
	if (s->search_months < RULES_METHODS_MONTHS) {
		fact(reason(o, N_("Your search is recent: it is too early to judge your methods.")),
		     s, SIT_SEARCH_MONTHS);
		return;
	}
	if (!asked(s, SIT_INTERVIEWS, o)) {
		open_(o);
		return;
	}
	if (few_interviews(s, o)) {
		need(o);
		r = reason(o, N_("You get fewer than one job interview per month of search."));
	} else {
		r = reason(o, N_("Your applications lead to interviews."));
	}
	fact(r, s, SIT_SEARCH_MONTHS);
	fact(r, s, SIT_INTERVIEWS);
}

RULE(ch_interview_to_offer)
{
	struct rule_reason *r;

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
	if (!asked(s, SIT_INTERVIEWS, o) | !asked(s, SIT_SEARCH_MONTHS, o)) {
		open_(o);
		return;
	}
	if (interviews_no_offer(s, o)) {
		need(o);
		r = reason(o, N_("You get interviews regularly, but no job offer yet."));
	} else {
		r = reason(o, N_("You get fewer than one interview per month: the interviews are not the first thing to work on."));
	}
	fact(r, s, SIT_INTERVIEWS);
	fact(r, s, SIT_SEARCH_MONTHS);
}

static void ch_bravo(const struct situation *s, const struct diag_facts *f,
		     struct rule_out *o);

/* ---- the action rules (one per action of the catalogue) ------------ */

/* Score 3 for barrier B with reason TEXT. */
static void
barrier_rule(const struct situation *s, int b, const char *text, struct rule_out *o)
{
	if (holds(s, SIT_BARRIERS, b, o)) {
		set(o, 3);
		fact_item(reason(o, text), SIT_BARRIERS, b);
	}
}

RULE(ac_childcare_solution)
{
	barrier_rule(s, BARRIER_CHILDCARE, N_("You said childcare gets in the way."), o);
	if (holds(s, SIT_FRUSTRATIONS, FRUST_CHILDCARE, o)) {
		set(o, 2);
		fact_item(reason(o, N_("You find it hard to arrange childcare.")),
			  SIT_FRUSTRATIONS, FRUST_CHILDCARE);
	}
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
	if (is(s, SIT_VEHICLE, YESNO_NO, o) && asked(s, SIT_MOBILITY, o) &&
	    s->mobility != MOBILITY_CITY) {
		set(o, 2);
		r = reason(o, N_("You would travel for a job but have no vehicle."));
		fact(r, s, SIT_VEHICLE);
		fact(r, s, SIT_MOBILITY);
	}
}

RULE(ac_driving_licence)
{
	struct rule_reason *r;
	int often = ANSWERED(SIT_JOB) && !s->job_unknown && f->has_job && f->job.licence_often;

	if (often && is(s, SIT_DRIVING_LICENCE, LICENCE_NO, o)) {
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

RULE(ac_explore_jobs)
{
	struct rule_reason *r;

	if (!asked(s, SIT_JOB, o))
		return;
	if (s->job_unknown) {
		set(o, 3);
		fact(reason(o, N_("You have not chosen a target job yet.")), s, SIT_JOB);
	} else if (is(s, SIT_PASSION, PASSION_ALIMENTARY, o)) {
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
	if (holds(s, SIT_FRUSTRATIONS, FRUST_EXPERIENCE, o)) {
		set(o, 2);
		fact_item(reason(o, N_("Employers ask for experience you lack.")),
			  SIT_FRUSTRATIONS, FRUST_EXPERIENCE);
	}
}

RULE(ac_related_jobs)
{
	struct rule_reason *r;
	int fig;

	if (f->nrelated == 0)
		return;
	fig = stuck(s, f, o);
	if (fig >= 0) {
		set(o, 3);
		r = reason(o, N_("There are few offers for this job within your reach; close jobs may have more."));
		fact_figure(r, fig);
		fact_related(r, f, 0);
		if (f->nrelated > 1)
			fact_related(r, f, 1);
	}
	if (ANSWERED(SIT_PASSION) && (s->passion == PASSION_ALIMENTARY ||
				      s->passion == PASSION_LIKEABLE)) {
		set(o, 1);
		r = reason(o, N_("Close jobs use the same skills and may suit you better."));
		fact(r, s, SIT_PASSION);
		fact_related(r, f, 0);
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
	if (ANSWERED(SIT_PASSION) && s->passion == PASSION_ALIMENTARY) {
		set(o, 1);
		fact(reason(o, N_("The job you are aiming for does not appeal to you.")),
		     s, SIT_PASSION);
	}
}

RULE(ac_create_company_support)
{
	if (is(s, SIT_PROJECT, PROJECT_CREATE_COMPANY, o)) {
		set(o, 3);
		fact(reason(o, N_("You want to create your own company.")), s, SIT_PROJECT);
	}
}

RULE(ac_training_diploma)
{
	struct rule_reason *r;

	if (diploma_gap(s, f, o)) {
		set(o, 3);
		r = reason(o, N_("This job usually requires a diploma you do not have yet."));
		fact_diploma_level(r, f);
		if (ANSWERED(SIT_DIPLOMA))
			fact(r, s, SIT_DIPLOMA);
		fact(r, s, SIT_TRAINING);
	}
	if (holds(s, SIT_FRUSTRATIONS, FRUST_TRAINING, o)) {
		set(o, 2);
		fact_item(reason(o, N_("You said you lack training.")),
			  SIT_FRUSTRATIONS, FRUST_TRAINING);
	}
	if (ANSWERED(SIT_FRUSTRATIONS) && (s->frustrations & BIT(FRUST_FOREIGN_QUALIFICATIONS))) {
		set(o, 1);
		fact_item(reason(o, N_("Your qualifications from abroad may need to be recognised or completed.")),
			  SIT_FRUSTRATIONS, FRUST_FOREIGN_QUALIFICATIONS);
	}
}

RULE(ac_vae)
{
	struct rule_reason *r;

	if (!below_diploma(s, f, o))
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
		r = reason(o, N_("You say your experience makes up for the diploma: VAE can make it official."));
		fact(r, s, SIT_TRAINING);
		fact_diploma_level(r, f);
	}
}

RULE(ac_alternance)
{
	struct rule_reason *r;
	int a;

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
	int a = age(s, f, o);
	int limit = ANSWERED(SIT_DISABILITY) && s->disability == DISABILITY_YES ? 30 : 25;

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

RULE(ac_start_plan)
{
	if (asked(s, SIT_SEARCH_MONTHS, o) && s->search_months == 0) {
		set(o, 3);
		fact(reason(o, N_("You have not started looking yet.")), s, SIT_SEARCH_MONTHS);
	}
}

RULE(ac_improve_resume)
{
	struct rule_reason *r;

	if (holds(s, SIT_FRUSTRATIONS, FRUST_RESUME, o)) {
		set(o, 3);
		fact_item(reason(o, N_("You said your CV is a problem.")), SIT_FRUSTRATIONS, FRUST_RESUME);
	}
	if (ANSWERED(SIT_FRUSTRATIONS) && (s->frustrations & BIT(FRUST_ATYPICAL))) {
		set(o, 2);
		fact_item(reason(o, N_("Your background is unusual: your CV must tell its story.")),
			  SIT_FRUSTRATIONS, FRUST_ATYPICAL);
	}
	if (few_interviews(s, o)) {
		set(o, 2);
		r = reason(o, N_("Your applications bring few interviews: your CV may be the cause."));
		fact(r, s, SIT_SEARCH_MONTHS);
		fact(r, s, SIT_INTERVIEWS);
	}
}

RULE(ac_cover_letter)
{
	struct rule_reason *r;

	if (holds(s, SIT_FRUSTRATIONS, FRUST_NO_ANSWERS, o)) {
		set(o, 2);
		fact_item(reason(o, N_("Employers do not answer you.")), SIT_FRUSTRATIONS, FRUST_NO_ANSWERS);
	}
	if (few_interviews(s, o) && asked(s, SIT_APPLICATIONS_WEEK, o) &&
	    s->applications_week >= RATE_2_5) {
		set(o, 1);
		r = reason(o, N_("You apply regularly but get few interviews."));
		fact(r, s, SIT_APPLICATIONS_WEEK);
		fact(r, s, SIT_INTERVIEWS);
	}
}

RULE(ac_spontaneous_applications)
{
	struct rule_reason *r;
	int fig;

	if (!lacks(s, SIT_METHODS, BIT(METHOD_SPONTANEOUS), o))
		return;
	if (is(s, SIT_OFFERS_WEEK, RATE_LT2, o)) {
		set(o, 3);
		r = reason(o, N_("You see few offers that fit you, and many jobs are never advertised."));
		fact(r, s, SIT_OFFERS_WEEK);
		fact(r, s, SIT_METHODS);
	} else if (holds(s, SIT_FRUSTRATIONS, FRUST_NO_OFFERS, o)) {
		set(o, 3);
		r = reason(o, N_("You see few offers that fit you, and many jobs are never advertised."));
		fact_item(r, SIT_FRUSTRATIONS, FRUST_NO_OFFERS);
		fact(r, s, SIT_METHODS);
	} else if ((fig = stuck(s, f, o)) >= 0) {
		set(o, 2);
		r = reason(o, N_("There are few offers for this job within your reach: write to companies directly."));
		fact_figure(r, fig);
	} else if (asked(s, SIT_SEARCH_MONTHS, o) && s->search_months >= 1) {
		set(o, 1);
		fact(reason(o, N_("You do not write to companies that have not advertised yet.")),
		     s, SIT_METHODS);
	}
}

RULE(ac_network_activation)
{
	struct rule_reason *r;

	if (!asked(s, SIT_NETWORK, o))
		return;
	if (s->network == NETWORK_NONE) {
		set(o, 2);
		fact(reason(o, N_("Many jobs are found through people: building a network helps.")),
		     s, SIT_NETWORK);
	} else if (lacks(s, SIT_METHODS, BIT(METHOD_NETWORK), o)) {
		set(o, 3);
		r = reason(o, N_("You know people who could help, but you do not ask them yet."));
		fact(r, s, SIT_NETWORK);
		fact(r, s, SIT_METHODS);
	}
}

RULE(ac_job_fairs)
{
	struct rule_reason *r;

	if (!lacks(s, SIT_METHODS, BIT(METHOD_FAIRS), o))
		return;
	if ((ANSWERED(SIT_OFFERS_WEEK) && s->offers_week == RATE_LT2) ||
	    holds(s, SIT_FRUSTRATIONS, FRUST_NO_OFFERS, o)) {
		set(o, 2);
		r = reason(o, N_("You see few offers: job fairs let you meet employers directly."));
		fact(r, s, ANSWERED(SIT_OFFERS_WEEK) ? SIT_OFFERS_WEEK : SIT_FRUSTRATIONS);
	} else if (asked(s, SIT_SEARCH_MONTHS, o) && s->search_months >= RULES_METHODS_MONTHS) {
		set(o, 1);
		fact(reason(o, N_("Job fairs let you meet employers directly.")), s, SIT_METHODS);
	}
}

RULE(ac_temp_agencies)
{
	struct rule_reason *r;
	const struct market_figure *m = &f->figures[DIAG_FIG_LOCAL];

	if (!lacks(s, SIT_METHODS, BIT(METHOD_AGENCIES), o))
		return;
	if (asked(s, SIT_CONTRACT, o) &&
	    (s->contract & (BIT(CONTRACT_INTERIM) | BIT(CONTRACT_ANY)))) {
		set(o, 2);
		r = reason(o, N_("You accept temporary work but do not use temp agencies yet."));
		fact(r, s, SIT_CONTRACT);
		fact(r, s, SIT_METHODS);
	} else if (f->has_figure[DIAG_FIG_LOCAL] && m->interim_share >= 30) {
		set(o, 1);
		r = reason(o, N_("Many offers for this job go through temp agencies."));
		fact_figure(r, DIAG_FIG_LOCAL);
	}
}

RULE(ac_follow_up_applications)
{
	struct rule_reason *r;

	if (holds(s, SIT_FRUSTRATIONS, FRUST_NO_ANSWERS, o)) {
		set(o, 3);
		fact_item(reason(o, N_("Employers do not answer you.")), SIT_FRUSTRATIONS, FRUST_NO_ANSWERS);
	}
	if (few_interviews(s, o) && is(s, SIT_APPLICATIONS_WEEK, RATE_6_15, o)) {
		set(o, 2);
		r = reason(o, N_("You send many applications but get few interviews."));
		fact(r, s, SIT_APPLICATIONS_WEEK);
		fact(r, s, SIT_INTERVIEWS);
	}
}

RULE(ac_targeted_applications)
{
	struct rule_reason *r;

	if (few_interviews(s, o) && asked(s, SIT_APPLICATIONS_WEEK, o) &&
	    s->applications_week >= RATE_6_15) {
		set(o, s->applications_week == RATE_GT15 ? 3 : 2);
		r = reason(o, N_("You send many applications but get few interviews: fewer, better-aimed ones work better."));
		fact(r, s, SIT_APPLICATIONS_WEEK);
		fact(r, s, SIT_INTERVIEWS);
		fact(r, s, SIT_SEARCH_MONTHS);
	}
}

RULE(ac_more_applications)
{
	struct rule_reason *r;

	if (is(s, SIT_APPLICATIONS_WEEK, RATE_LT2, o) && asked(s, SIT_SEARCH_MONTHS, o) &&
	    s->search_months >= 1) {
		set(o, 3);
		r = reason(o, N_("You send fewer than 2 applications a week."));
		fact(r, s, SIT_APPLICATIONS_WEEK);
	} else if (ANSWERED(SIT_APPLICATIONS_WEEK) && s->applications_week == RATE_2_5 &&
		   few_interviews(s, o)) {
		set(o, 2);
		r = reason(o, N_("More applications would bring more interviews."));
		fact(r, s, SIT_APPLICATIONS_WEEK);
		fact(r, s, SIT_INTERVIEWS);
	}
}

RULE(ac_interview_prep)
{
	struct rule_reason *r;

	if (interviews_no_offer(s, o)) {
		set(o, 3);
		r = reason(o, N_("You get interviews regularly, but no job offer yet."));
		fact(r, s, SIT_INTERVIEWS);
		fact(r, s, SIT_SEARCH_MONTHS);
	}
	if (holds(s, SIT_FRUSTRATIONS, FRUST_INTERVIEW, o)) {
		set(o, 3);
		fact_item(reason(o, N_("You said job interviews are hard for you.")),
			  SIT_FRUSTRATIONS, FRUST_INTERVIEW);
	}
	if (o->score == 0 && ANSWERED(SIT_INTERVIEWS) && s->interviews >= 1) {
		set(o, 1);
		fact(reason(o, N_("Every interview goes better with preparation.")), s, SIT_INTERVIEWS);
	}
}

RULE(ac_widen_area)
{
	struct rule_reason *r;
	int fig = stuck(s, f, o);

	if (fig >= 0 && asked(s, SIT_MOBILITY, o) && s->mobility <= MOBILITY_DEPARTEMENT) {
		set(o, 3);
		r = reason(o, N_("There are few offers for this job near you; there may be more further away."));
		fact_figure(r, fig);
		if (f->has_figure[DIAG_FIG_REGION] &&
		    diag_facts_tension(f, DIAG_FIG_REGION) > diag_facts_tension(f, fig))
			fact_figure(r, DIAG_FIG_REGION);
		fact(r, s, SIT_MOBILITY);
	} else if (is(s, SIT_MOBILITY, MOBILITY_CITY, o) &&
		   holds(s, SIT_FRUSTRATIONS, FRUST_NO_OFFERS, o)) {
		set(o, 2);
		r = reason(o, N_("You see few offers and look only in your town."));
		fact(r, s, SIT_MOBILITY);
		fact_item(r, SIT_FRUSTRATIONS, FRUST_NO_OFFERS);
	}
}

RULE(ac_seasonal_jobs)
{
	struct rule_reason *r;
	const struct market_figure *m = &f->figures[DIAG_FIG_LOCAL];

	if (!f->has_figure[DIAG_FIG_LOCAL] || m->seasonal_months <= 0 ||
	    !ANSWERED(SIT_JOB) || s->job_unknown)
		return;
	set(o, stuck(s, f, o) >= 0 ? 2 : 1);
	r = reason(o, N_("This job hires more in some seasons: the busy season is a way in."));
	fact_figure(r, DIAG_FIG_LOCAL);
}

RULE(ac_contract_flexibility)
{
	struct rule_reason *r;
	const struct market_figure *m = &f->figures[DIAG_FIG_LOCAL];
	int fig;

	if (!asked(s, SIT_CONTRACT, o) || s->contract != BIT(CONTRACT_CDI))
		return;
	if (f->has_figure[DIAG_FIG_LOCAL] && m->cdi_share >= 0 && m->cdi_share < 50) {
		set(o, 3);
		r = reason(o, N_("You want a permanent contract, but most offers for this job are not permanent."));
		fact(r, s, SIT_CONTRACT);
		fact_figure(r, DIAG_FIG_LOCAL);
	} else if ((fig = stuck(s, f, o)) >= 0) {
		set(o, 2);
		r = reason(o, N_("There are few offers for this job: a fixed-term contract can be a way in."));
		fact(r, s, SIT_CONTRACT);
		fact_figure(r, fig);
	}
}

RULE(ac_confidence_boost)
{
	if (holds(s, SIT_FRUSTRATIONS, FRUST_CONFIDENCE, o)) {
		set(o, 3);
		fact_item(reason(o, N_("You said you lack confidence.")),
			  SIT_FRUSTRATIONS, FRUST_CONFIDENCE);
	}
	if (ANSWERED(SIT_FRUSTRATIONS) && (s->frustrations & BIT(FRUST_MOTIVATION))) {
		set(o, 2);
		fact_item(reason(o, N_("You find it hard to stay motivated.")),
			  SIT_FRUSTRATIONS, FRUST_MOTIVATION);
	}
	if (ANSWERED(SIT_SEARCH_MONTHS) && s->search_months >= 12) {
		set(o, 2);
		fact(reason(o, N_("A long search wears anyone down, and help exists.")),
		     s, SIT_SEARCH_MONTHS);
	}
}

RULE(ac_time_management)
{
	if (holds(s, SIT_FRUSTRATIONS, FRUST_TIME, o)) {
		set(o, 3);
		fact_item(reason(o, N_("You said you lack time for your search.")),
			  SIT_FRUSTRATIONS, FRUST_TIME);
	}
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

RULE(ac_keep_going)
{
	struct rule_reason *r;

	if (!asked(s, SIT_SEARCH_MONTHS, o) || s->search_months < 1)
		return;
	if (asked(s, SIT_INTERVIEWS, o) && s->interviews >= 1 &&
	    s->interviews >= s->search_months) {
		set(o, 2);
		r = reason(o, N_("Your search is working: keep the pace."));
		fact(r, s, SIT_INTERVIEWS);
		fact(r, s, SIT_SEARCH_MONTHS);
	} else {
		set(o, 1);
		fact(reason(o, N_("A job search takes time: keep a steady rhythm.")),
		     s, SIT_SEARCH_MONTHS);
	}
}

/* ---- the table ------------------------------------------------------ */

#define CH(c, id, reads, when, fn) { id, RULE_CHALLENGE, c, reads, when, fn }
#define AC(a, id, reads, when, fn) { id, RULE_ACTION, a, reads, when, fn }

const struct rule rules_table[] = {
	CH(CHALLENGE_BASIC_NEEDS, "basic-needs", "barriers",
	   "need when a barrier among housing, health, finances, childcare, care_relative, legal is reported",
	   ch_basic_needs),
	CH(CHALLENGE_UNDEFINED_PROJECT, "undefined-project", "job, project, passion",
	   "need when job=unknown, or project=reorientation with passion=alimentary",
	   ch_undefined_project),
	CH(CHALLENGE_FRENCH_LANGUAGE, "french-language", "french_level, frustrations",
	   "need when french_level=beginner, or intermediate with the language frustration",
	   ch_french_language),
	CH(CHALLENGE_STUCK_MARKET, "stuck-market",
	   "job, departement, mobility; data: market tension (departement, else region, else France; best departement within reach for mobility region/country)",
	   "need when there are at most 3 offers per 10 candidates for the job in the area within reach",
	   ch_stuck_market),
	CH(CHALLENGE_MISSING_DIPLOMA, "missing-diploma",
	   "job, diploma, training; data: job group diploma_required, diploma_level",
	   "need when the job usually requires a diploma, their level is below it (or cannot be compared), and training is neither enough_diplomas nor in_training",
	   ch_missing_diploma),
	CH(CHALLENGE_FIND_WHAT_YOU_LIKE, "find-what-you-like", "passion, frustrations",
	   "need when passion=alimentary, or likeable with the motivation frustration",
	   ch_find_what_you_like),
	CH(CHALLENGE_START_YOUR_SEARCH, "start-your-search", "search_months",
	   "need when search_months=0", ch_start_your_search),
	CH(CHALLENGE_ENHANCE_METHODS, "enhance-methods-to-interview", "search_months, interviews",
	   "need when searching 2 months or more with fewer interviews than months of search",
	   ch_enhance_methods),
	CH(CHALLENGE_INTERVIEW_TO_OFFER, "interview-to-offer", "search_months, interviews",
	   "need when at least 4 interviews, at least one per month of search, and searching 3 months or more",
	   ch_interview_to_offer),
	CH(CHALLENGE_BRAVO, "bravo", "the nine rules above",
	   "applies (status strength) when none of the nine challenges above applies; unknown when none applies but some are unknown",
	   ch_bravo),

	AC(ACTION_CHILDCARE_SOLUTION, "childcare-solution", "barriers, frustrations, family",
	   "3 childcare barrier; 2 childcare frustration; a single parent gets an extra reason",
	   ac_childcare_solution),
	AC(ACTION_HOUSING_HELP, "housing-help", "barriers", "3 housing barrier", ac_housing_help),
	AC(ACTION_HEALTH_SUPPORT, "health-support", "barriers", "3 health barrier", ac_health_support),
	AC(ACTION_FINANCIAL_HELP, "financial-help", "barriers", "3 finances barrier", ac_financial_help),
	AC(ACTION_MOBILITY_HELP, "mobility-help", "barriers, vehicle, mobility",
	   "3 transport barrier; 2 no vehicle with mobility wider than the city", ac_mobility_help),
	AC(ACTION_DRIVING_LICENCE, "driving-licence",
	   "driving_licence, barriers, job; data: job group licence_often",
	   "3 no licence and the job often asks for one; 2 no licence with a transport barrier; 1 licence in progress and the job often asks for one",
	   ac_driving_licence),
	AC(ACTION_DIGITAL_SKILLS, "digital-skills", "digital",
	   "3 digital=none; 2 digital=with_help", ac_digital_skills),
	AC(ACTION_FRENCH_COURSE, "french-course", "french_level, frustrations",
	   "3 beginner, or intermediate with the language frustration; 1 intermediate", ac_french_course),
	AC(ACTION_DISABILITY_SUPPORT, "disability-support", "disability",
	   "3 disability=yes", ac_disability_support),
	AC(ACTION_CAREGIVER_SUPPORT, "caregiver-support", "barriers",
	   "3 care_relative barrier", ac_caregiver_support),
	AC(ACTION_EXPLORE_JOBS, "explore-jobs", "job, passion, project",
	   "3 job=unknown; 2 passion=alimentary with reorientation; 1 passion=alimentary", ac_explore_jobs),
	AC(ACTION_JOB_IMMERSION, "job-immersion", "job, experience, project, frustrations",
	   "3 never done the job on a first job or a reorientation; 2 never done it, or the experience frustration; 1 job=unknown",
	   ac_job_immersion),
	AC(ACTION_RELATED_JOBS, "related-jobs",
	   "job, departement, mobility, passion; data: related jobs, market tension",
	   "3 stuck market (as stuck-market) and related jobs exist; 1 passion alimentary or likeable and related jobs exist",
	   ac_related_jobs),
	AC(ACTION_SKILLS_ASSESSMENT, "skills-assessment", "project, job, passion",
	   "3 reorientation with job=unknown; 2 reorientation; 1 passion=alimentary", ac_skills_assessment),
	AC(ACTION_CREATE_COMPANY_SUPPORT, "create-company-support", "project",
	   "3 project=create_company", ac_create_company_support),
	AC(ACTION_TRAINING_DIPLOMA, "training-diploma",
	   "job, diploma, training, frustrations; data: job group diploma_required, diploma_level",
	   "3 missing diploma (as missing-diploma); 2 training frustration; 1 foreign_qualifications frustration",
	   ac_training_diploma),
	AC(ACTION_VAE, "vae", "job, diploma, experience, seniority, training; data: job group diploma_required, diploma_level",
	   "3 diploma below the job's and done this job for a year or more; 2 diploma below and training=enough_experience",
	   ac_vae),
	AC(ACTION_ALTERNANCE, "alternance", "job, diploma, training, birth_year, project; data: job group diploma",
	   "3 missing diploma and under 30; 2 first job and under 26", ac_alternance),
	AC(ACTION_VOLUNTEERING, "volunteering", "birth_year, disability, project, experience, frustrations",
	   "2 aged 16-25 (up to 30 with a disability) on a first job, never done the job, or the experience frustration",
	   ac_volunteering),
	AC(ACTION_START_PLAN, "start-plan", "search_months", "3 search_months=0", ac_start_plan),
	AC(ACTION_IMPROVE_RESUME, "improve-resume", "frustrations, search_months, interviews",
	   "3 resume frustration; 2 atypical frustration, or fewer interviews than months after 2 months",
	   ac_improve_resume),
	AC(ACTION_COVER_LETTER, "cover-letter", "frustrations, search_months, interviews, applications_week",
	   "2 no_answers frustration; 1 fewer interviews than months after 2 months with 2 or more applications a week",
	   ac_cover_letter),
	AC(ACTION_SPONTANEOUS_APPLICATIONS, "spontaneous-applications",
	   "methods, offers_week, frustrations, search_months; data: market tension",
	   "only when methods lack spontaneous: 3 offers_week=lt2 or no_offers frustration; 2 stuck market; 1 searching 1 month or more",
	   ac_spontaneous_applications),
	AC(ACTION_NETWORK_ACTIVATION, "network-activation", "network, methods",
	   "3 network some/good but methods lack network; 2 network=none", ac_network_activation),
	AC(ACTION_JOB_FAIRS, "job-fairs", "methods, offers_week, frustrations, search_months",
	   "only when methods lack fairs: 2 offers_week=lt2 or no_offers frustration; 1 searching 2 months or more",
	   ac_job_fairs),
	AC(ACTION_TEMP_AGENCIES, "temp-agencies", "methods, contract; data: interim share of offers",
	   "only when methods lack agencies: 2 contract includes interim or any; 1 30% or more of the offers are temporary work",
	   ac_temp_agencies),
	AC(ACTION_FOLLOW_UP_APPLICATIONS, "follow-up-applications",
	   "frustrations, applications_week, search_months, interviews",
	   "3 no_answers frustration; 2 applications_week=6_15 with fewer interviews than months after 2 months",
	   ac_follow_up_applications),
	AC(ACTION_TARGETED_APPLICATIONS, "targeted-applications",
	   "applications_week, search_months, interviews",
	   "fewer interviews than months after 2 months: 3 with applications_week=gt15, 2 with 6_15",
	   ac_targeted_applications),
	AC(ACTION_MORE_APPLICATIONS, "more-applications", "applications_week, search_months, interviews",
	   "3 applications_week=lt2 after 1 month or more; 2 applications_week=2_5 with fewer interviews than months after 2 months",
	   ac_more_applications),
	AC(ACTION_INTERVIEW_PREP, "interview-prep", "interviews, search_months, frustrations",
	   "3 interviews without offer (as interview-to-offer) or the interview frustration; 1 at least one interview",
	   ac_interview_prep),
	AC(ACTION_WIDEN_AREA, "widen-area",
	   "job, departement, mobility, frustrations; data: market tension (local, best of the region)",
	   "3 stuck market with mobility city/departement; 2 mobility=city with the no_offers frustration",
	   ac_widen_area),
	AC(ACTION_SEASONAL_JOBS, "seasonal-jobs", "job, departement, mobility; data: seasonal months, market tension",
	   "only when the job hires by season in their area: 2 stuck market; 1 otherwise", ac_seasonal_jobs),
	AC(ACTION_CONTRACT_FLEXIBILITY, "contract-flexibility", "contract; data: permanent share of offers, market tension",
	   "only when contract=cdi alone: 3 fewer than 50% of the offers are permanent; 2 stuck market",
	   ac_contract_flexibility),
	AC(ACTION_CONFIDENCE_BOOST, "confidence-boost", "frustrations, search_months",
	   "3 confidence frustration; 2 motivation frustration or searching 12 months or more", ac_confidence_boost),
	AC(ACTION_TIME_MANAGEMENT, "time-management", "frustrations", "3 time frustration", ac_time_management),
	AC(ACTION_DISCRIMINATION_HELP, "discrimination-help", "frustrations",
	   "3 age, sex or origin discrimination frustration", ac_discrimination_help),
	AC(ACTION_SENIOR_SUPPORT, "senior-support", "birth_year, frustrations",
	   "2 aged 50 or more; 3 with the age_discrimination frustration", ac_senior_support),
	AC(ACTION_YOUTH_SUPPORT, "youth-support", "birth_year", "3 under 26", ac_youth_support),
	AC(ACTION_KEEP_GOING, "keep-going", "search_months, interviews",
	   "2 searching with at least one interview per month; 1 searching 1 month or more", ac_keep_going),
};

const int rules_count = (int)(sizeof rules_table / sizeof rules_table[0]);

_Static_assert(sizeof rules_table / sizeof rules_table[0] == CHALLENGE__COUNT + ACTION__COUNT,
	       "one rule per challenge and per action");

const struct rule *
rules_challenge(int c)
{
	if (c < 0 || c >= CHALLENGE__COUNT)
		return NULL;
	return &rules_table[c];
}

const struct rule *
rules_action(int a)
{
	if (a < 0 || a >= ACTION__COUNT)
		return NULL;
	return &rules_table[CHALLENGE__COUNT + a];
}

void
rules_run(const struct rule *r, const struct situation *s,
	  const struct diag_facts *f, struct rule_out *out)
{
	out->score = 0;
	out->unknown = 0;
	out->missing = 0;
	out->nreasons = 0;
	r->fn(s, f, out);
}

static void
ch_bravo(const struct situation *s, const struct diag_facts *f, struct rule_out *o)
{
	struct rule_out other;
	int open = 0;

	for (int c = 0; c < CHALLENGE_BRAVO; c++) {
		rules_run(&rules_table[c], s, f, &other);
		o->missing |= other.missing;
		if (other.score > 0) {
			o->missing = 0;
			reason(o, N_("Another challenge comes first."));
			return;
		}
		open |= other.unknown;
	}
	if (open) {
		o->unknown = 1;
		reason(o, N_("None of the challenges applies from what you said, but some answers or data are missing."));
		return;
	}
	o->score = 3;
	reason(o, N_("None of the usual obstacles applies to you."));
}

static const char *const challenge_titles[] = {
	N_("Your situation outside work needs attention first"),
	N_("Choose the job you are aiming for"),
	N_("Improve your French for work"),
	N_("Few offers for many candidates in your job and area"),
	N_("This job usually asks for a diploma you lack"),
	N_("Find a job you would like to do"),
	N_("Time to start your search"),
	N_("Your applications bring too few interviews"),
	N_("Turn your interviews into a job offer"),
	N_("You are on the right track: keep going"),
};

const char *
rules_challenge_title(int c)
{
	if (c < 0 || c >= CHALLENGE__COUNT)
		return NULL;
	return challenge_titles[c];
}
