/* rules-private.h - what the rule files share (rules.c, rules-*.c):
 * reading answers (an unanswered key that could change the result is
 * noted as missing), building reasons and facts, the shared conditions,
 * and the rule functions the table names. */
#ifndef TREMPLIN_RULES_PRIVATE_H
#define TREMPLIN_RULES_PRIVATE_H

#include <stdio.h>
#include <string.h>

#include "facts.h"
#include "i18n.h"
#include "rules.h"

#define RULE_SIGNATURE(name) \
	void name(const struct situation *s, \
		  const struct diag_facts *f __attribute__((unused)), \
		  struct rule_out *o)
#define RULE(name) RULE_SIGNATURE(name)

#define BIT(i) (1u << (i))
#define ANSWERED(k) SIT_HAS(s, (k))

/* ---- reading answers ---------------------------------------------- */

/* 1 when key K was answered; otherwise note it as missing. */
static inline int
asked(const struct situation *s, int k, struct rule_out *o)
{
	if (SIT_HAS(s, k))
		return 1;
	o->missing |= (uint64_t)1 << k;
	return 0;
}

/* Value of choice key K (meaningful only when answered). */
static inline int
choice(const struct situation *s, int k)
{
	return situation_get_int(s, (enum sit_key)k);
}

/* Bit mask of list key K. */
static inline unsigned
list(const struct situation *s, int k)
{
	return (unsigned)situation_get_int(s, (enum sit_key)k);
}

/* Key K answered with value V; when unanswered, K is missing. */
static inline int
is(const struct situation *s, int k, int v, struct rule_out *o)
{
	return asked(s, k, o) && choice(s, k) == v;
}

/* List key K answered and holding ITEM; when unanswered, K is missing. */
static inline int
holds(const struct situation *s, int k, int item, struct rule_out *o)
{
	return asked(s, k, o) && (list(s, k) & BIT(item)) != 0;
}

/* List key K answered and holding none of the items of MASK. */
static inline int
lacks(const struct situation *s, int k, unsigned mask, struct rule_out *o)
{
	return asked(s, k, o) && (list(s, k) & mask) == 0;
}

/* Age on the diagnosis date, -1 (birth_year missing) */
static inline int
age(const struct situation *s, const struct diag_facts *f, struct rule_out *o)
{
	if (!asked(s, SIT_BIRTH_YEAR, o))
		return -1;
	return situation_age(s, f->year);
}

/* ---- building reasons --------------------------------------------- */

/* Add a reason TEXT (an N_() msgid); NULL when the reason list is full. */
static inline struct rule_reason *
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

static inline struct rule_fact *
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

/* An answer fact: key K as answered. */
static inline void
fact(struct rule_reason *r, const struct situation *s, int k)
{
	struct rule_fact *x = new_fact(r, FACT_ANSWER);

	if (x == NULL)
		return;
	x->key = k;
	rules_answer_value(s, k, x->value, sizeof x->value);
}

/* An answer fact for one item of list key K. */
static inline void
fact_item(struct rule_reason *r, int k, int item)
{
	struct rule_fact *x = new_fact(r, FACT_ANSWER);
	const char *v = situation_value_name(k, item);

	if (x == NULL)
		return;
	x->key = k;
	snprintf(x->value, sizeof x->value, "%s", v ? v : "");
}

static inline void
fact_figure(struct rule_reason *r, int figure)
{
	struct rule_fact *x = new_fact(r, FACT_FIGURE);

	if (x != NULL)
		x->figure = figure;
}

static inline void
fact_data(struct rule_reason *r, const char *name, const char *value)
{
	struct rule_fact *x = new_fact(r, FACT_DATA);

	if (x == NULL)
		return;
	x->name = name;
	snprintf(x->value, sizeof x->value, "%s", value);
}

/* Job-group data facts. */
static inline void
fact_diploma_level(struct rule_reason *r, const struct diag_facts *f)
{
	const char *v = f->job.diploma_level >= 0
		? situation_value_name(SIT_DIPLOMA, f->job.diploma_level) : NULL;

	fact_data(r, "diploma_level", v ? v : "unknown");
}

static inline void
fact_related(struct rule_reason *r, const struct diag_facts *f, int i)
{
	/* The code only: its name is in F->related for whoever shows it. */
	fact_data(r, "related_job", f->related[i].code);
}

/* A related job with its market figure and how it compares with the
 * target job: the code of F->ranked[I]. */
static inline void
fact_ranked(struct rule_reason *r, const struct diag_facts *f, int i)
{
	fact_data(r, "related_market", f->ranked[i].code);
}

/* ---- shared conditions -------------------------------------------- */

static inline int
is_stuck_tension(double t)
{
	return t >= 0 && t <= RULES_STUCK_TENSION + 1e-9;
}

/* The market figure index when the market for the target job within
 * reach is stuck, else -1. Notes missing job, département, mobility. */
static inline int
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

/* How their diploma compares with what the target job usually requires. */
enum diploma_fit {
	DIPLOMA_FIT_NONE_NEEDED,      /* no job, or no diploma usually required */
	DIPLOMA_FIT_ENOUGH,           /* their level reaches the usual one */
	DIPLOMA_FIT_BELOW,            /* their level is below the usual one */
	DIPLOMA_FIT_UNKNOWN           /* their level or the job's is not known */
};

/* Notes missing job and diploma; an unknown level is unknown, never
 * "below". */
static inline enum diploma_fit
diploma_fit(const struct situation *s, const struct diag_facts *f, struct rule_out *o)
{
	if (!asked(s, SIT_JOB, o) || s->job_unknown || !f->has_job ||
	    !f->job.diploma_required)
		return DIPLOMA_FIT_NONE_NEEDED;
	if (!asked(s, SIT_DIPLOMA, o) || f->job.diploma_level < 0)
		return DIPLOMA_FIT_UNKNOWN;
	return s->diploma < f->job.diploma_level ? DIPLOMA_FIT_BELOW : DIPLOMA_FIT_ENOUGH;
}

/* The training answer says the diploma is there or on its way. */
static inline int
diploma_covered(const struct situation *s)
{
	return ANSWERED(SIT_TRAINING) && (s->training == TRAINING_ENOUGH_DIPLOMAS ||
					  s->training == TRAINING_IN_TRAINING);
}

/* 50 or more with long experience of the job (senior or expert): a
 * diploma matters less than the experience, which VAE can turn into one. */
static inline int
experienced_senior(const struct situation *s, const struct diag_facts *f)
{
	return ANSWERED(SIT_SENIORITY) && s->seniority >= SENIORITY_SENIOR &&
	       ANSWERED(SIT_BIRTH_YEAR) && situation_age(s, f->year) >= 50;
}

/* Training not answered by someone who has done this very job: they may
 * well hold its diploma (a diploma of an older level, one the answer on
 * diplomas does not name), so the gap is not known. Notes training as
 * missing. */
static inline int
training_open(const struct situation *s, struct rule_out *o)
{
	return !asked(s, SIT_TRAINING, o) && ANSWERED(SIT_EXPERIENCE) &&
	       s->experience == EXPERIENCE_DONE_THIS;
}

/* Their level is known to be below the job's, the training answer does
 * not say the diploma is there or on its way, and they are not an
 * experienced senior. Training not answered says nothing of the kind:
 * the gap stands (DESIGN.md: "training is not enough_diplomas or
 * in_training"), unless training_open(); the other way sent someone with
 * no diploma to apply as a nurse. While there is a gap, the rules on
 * applying for the job stay silent (rules-search.c): applying for it now
 * is wasted effort, and the plan leads with the diploma. */
static inline int
diploma_gap(const struct situation *s, const struct diag_facts *f, struct rule_out *o)
{
	if (diploma_fit(s, f, o) != DIPLOMA_FIT_BELOW || training_open(s, o))
		return 0;
	return !diploma_covered(s) && !experienced_senior(s, f);
}

/* They want to create or take over a company: job-application advice
 * does not apply to them. */
static inline int
creator(const struct situation *s)
{
	return ANSWERED(SIT_PROJECT) && s->project == PROJECT_CREATE_COMPANY;
}

/* A reason saying that a rule about job applications does not apply to
 * a creator (the challenge stays a strength, not a need). */
static inline void
not_for_creator(const struct situation *s, struct rule_out *o)
{
	fact(reason(o, N_("You want to create your own company: this is about job applications.")),
	     s, SIT_PROJECT);
}

/* When looking for another job makes sense: young and not yet senior,
 * or a search of 6 months or less towards a change of job or a job
 * never done. A creator only with the motivation frustration; never when
 * the market is easy (more than 7 offers per 10 candidates: the job is
 * within reach). 1 yes, 0 no, -1 not known yet. The challenge of
 * finding a job one likes and the actions that look for another job ask
 * it alike, so the plan never says "explore" where the diagnosis says
 * "not now". R (may be NULL) gets the facts. */
static inline int
time_to_choose(const struct situation *s, const struct diag_facts *f, struct rule_out *o,
	       struct rule_reason *r)
{
	int fig = diag_market_figure(s, f), a;

	if (creator(s))
		return ANSWERED(SIT_FRUSTRATIONS) && (s->frustrations & BIT(FRUST_MOTIVATION));
	if (diag_facts_tension(f, fig) > RULES_EASY_TENSION) {
		fact_figure(r, fig);
		return 0;
	}
	a = age(s, f, o);
	if (a >= 0 && a < RULES_YOUNG_AGE) {
		fact(r, s, SIT_BIRTH_YEAR);
		return !ANSWERED(SIT_SENIORITY) || s->seniority < SENIORITY_SENIOR;
	}
	if (!asked(s, SIT_SEARCH_MONTHS, o))
		return -1;
	if (s->search_months > RULES_SHORT_SEARCH_MONTHS)
		return 0;
	fact(r, s, SIT_SEARCH_MONTHS);
	if (is(s, SIT_PROJECT, PROJECT_REORIENTATION, o) ||
	    is(s, SIT_EXPERIENCE, EXPERIENCE_NEVER, o))
		return 1;
	return a < 0 || !ANSWERED(SIT_PROJECT) || !ANSWERED(SIT_EXPERIENCE) ? -1 : 0;
}

/* Fewer than one interview per month of a search of 2 months or more. */
static inline int
few_interviews(const struct situation *s, struct rule_out *o)
{
	return asked(s, SIT_SEARCH_MONTHS, o) &&
		s->search_months >= RULES_METHODS_MONTHS &&
		asked(s, SIT_INTERVIEWS, o) && s->interviews < s->search_months;
}

/* At least 4 interviews, at least one a month, searching 3 months or more. */
static inline int
interviews_no_offer(const struct situation *s, struct rule_out *o)
{
	return asked(s, SIT_SEARCH_MONTHS, o) &&
		s->search_months >= RULES_OFFER_MONTHS &&
		asked(s, SIT_INTERVIEWS, o) &&
		s->interviews >= RULES_OFFER_INTERVIEWS &&
		s->interviews >= s->search_months;
}

static inline void
set(struct rule_out *o, int score)
{
	if (score > o->score)
		o->score = score;
}

/* Score SCORE with the reason TEXT, which names the item, when list key K
 * holds ITEM; when K is unanswered, it is missing. */
static inline void
score_item(const struct situation *s, int k, int item, int score,
	   const char *text, struct rule_out *o)
{
	if (holds(s, k, item, o)) {
		set(o, score);
		fact_item(reason(o, text), k, item);
	}
}

/* The rule functions, one per challenge and per action (rules_table). */
RULE_SIGNATURE(name);
RULE_SIGNATURE(ch_basic_needs);
RULE_SIGNATURE(ch_undefined_project);
RULE_SIGNATURE(ch_french_language);
RULE_SIGNATURE(ch_stuck_market);
RULE_SIGNATURE(ch_missing_diploma);
RULE_SIGNATURE(ch_find_what_you_like);
RULE_SIGNATURE(ch_start_your_search);
RULE_SIGNATURE(ch_enhance_methods);
RULE_SIGNATURE(ch_interview_to_offer);
RULE_SIGNATURE(ch_bravo);
RULE_SIGNATURE(ac_childcare_solution);
RULE_SIGNATURE(ac_housing_help);
RULE_SIGNATURE(ac_health_support);
RULE_SIGNATURE(ac_financial_help);
RULE_SIGNATURE(ac_mobility_help);
RULE_SIGNATURE(ac_driving_licence);
RULE_SIGNATURE(ac_digital_skills);
RULE_SIGNATURE(ac_french_course);
RULE_SIGNATURE(ac_disability_support);
RULE_SIGNATURE(ac_caregiver_support);
RULE_SIGNATURE(ac_explore_jobs);
RULE_SIGNATURE(ac_job_immersion);
RULE_SIGNATURE(ac_related_jobs);
RULE_SIGNATURE(ac_skills_assessment);
RULE_SIGNATURE(ac_create_company_support);
RULE_SIGNATURE(ac_training_diploma);
RULE_SIGNATURE(ac_vae);
RULE_SIGNATURE(ac_alternance);
RULE_SIGNATURE(ac_volunteering);
RULE_SIGNATURE(ac_start_plan);
RULE_SIGNATURE(ac_improve_resume);
RULE_SIGNATURE(ac_cover_letter);
RULE_SIGNATURE(ac_spontaneous_applications);
RULE_SIGNATURE(ac_network_activation);
RULE_SIGNATURE(ac_job_fairs);
RULE_SIGNATURE(ac_temp_agencies);
RULE_SIGNATURE(ac_follow_up_applications);
RULE_SIGNATURE(ac_targeted_applications);
RULE_SIGNATURE(ac_more_applications);
RULE_SIGNATURE(ac_interview_prep);
RULE_SIGNATURE(ac_widen_area);
RULE_SIGNATURE(ac_seasonal_jobs);
RULE_SIGNATURE(ac_contract_flexibility);
RULE_SIGNATURE(ac_confidence_boost);
RULE_SIGNATURE(ac_time_management);
RULE_SIGNATURE(ac_discrimination_help);
RULE_SIGNATURE(ac_senior_support);
RULE_SIGNATURE(ac_youth_support);
RULE_SIGNATURE(ac_keep_going);
RULE_SIGNATURE(ac_creation_chamber);
RULE_SIGNATURE(ac_creation_funding);
RULE_SIGNATURE(ac_diploma_recognition);
RULE_SIGNATURE(ac_return_after_illness);
RULE_SIGNATURE(ac_layoff_support);
RULE_SIGNATURE(ac_return_after_break);
RULE_SIGNATURE(ac_legal_help);

#endif
