/* rules-search.c - the action rules of the search itself: starting, the CV,
 * applications, channels, interviews, the area, seasons and contracts. The
 * rules on applying for the job, its area, seasons and contracts stay
 * silent while the job requires a diploma the person lacks
 * (diploma_gap()): the plan leads with the diploma then. */
#include <config.h>

#include "rules-private.h"

RULE(ac_start_plan)
{
	if (creator(s))
		return;
	if (asked(s, SIT_SEARCH_MONTHS, o) && s->search_months == 0) {
		set(o, 3);
		fact(reason(o, N_("You have not started looking yet.")), s, SIT_SEARCH_MONTHS);
	}
}

RULE(ac_improve_resume)
{
	struct rule_reason *r;

	if (creator(s))
		return;
	score_item(s, SIT_FRUSTRATIONS, FRUST_RESUME, 3,
		   N_("You said your CV is a problem."), o);
	score_item(s, SIT_FRUSTRATIONS, FRUST_ATYPICAL, 2,
		   N_("Your background is unusual: your CV must tell its story."), o);
	if (few_interviews(s, o) && !diploma_gap(s, f, o)) {
		set(o, 2);
		r = reason(o, N_("Your applications bring few interviews: your CV may be the cause."));
		fact(r, s, SIT_SEARCH_MONTHS);
		fact(r, s, SIT_INTERVIEWS);
	}
}

RULE(ac_cover_letter)
{
	struct rule_reason *r;

	if (creator(s) || diploma_gap(s, f, o))
		return;
	score_item(s, SIT_FRUSTRATIONS, FRUST_NO_ANSWERS, 2,
		   N_("Employers do not answer you."), o);
	if (few_interviews(s, o) && asked(s, SIT_APPLICATIONS_WEEK, o) &&
	    s->applications_week >= RATE_2_5) {
		set(o, 1);
		r = reason(o, N_("You apply regularly but get few interviews."));
		fact(r, s, SIT_APPLICATIONS_WEEK);
		fact(r, s, SIT_INTERVIEWS);
	}
}

/* The share of hires through channel K for this job, as a reason (when
 * the data has it); returns the share, < 0 unknown. */
static double
channel_reason(const struct diag_facts *f, enum market_channel_kind k, struct rule_out *o)
{
	for (int i = 0; i < f->nchannels; i++) {
		if (f->channels[i].kind != k)
			continue;
		fact_data(reason(o, N_("How people are hired in this job:")), "channels",
			  f->channels[i].rome);
		return f->channels[i].share;
	}
	return -1;
}

/* One more point of priority when the channel brings 40% or more of
 * the hires in this job (the plan then orders the channels by share). */
static void
channel_boost(const struct diag_facts *f, enum market_channel_kind k, struct rule_out *o)
{
	if (o->score > 0 && channel_reason(f, k, o) >= 40 && o->score < 3)
		o->score++;
}

RULE(ac_spontaneous_applications)
{
	struct rule_reason *r;
	int fig;

	if (creator(s) || diploma_gap(s, f, o))
		return;
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
	channel_boost(f, CHANNEL_SPONTANEOUS, o);
}

RULE(ac_network_activation)
{
	struct rule_reason *r;

	if (creator(s))
		return;
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
	channel_boost(f, CHANNEL_NETWORK, o);
}

RULE(ac_job_fairs)
{
	struct rule_reason *r;

	if (creator(s) || diploma_gap(s, f, o))
		return;
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

	if (creator(s) || diploma_gap(s, f, o))
		return;
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
	channel_boost(f, CHANNEL_INTERMEDIARIES, o);
}

RULE(ac_follow_up_applications)
{
	struct rule_reason *r;

	if (creator(s) || diploma_gap(s, f, o))
		return;
	score_item(s, SIT_FRUSTRATIONS, FRUST_NO_ANSWERS, 3,
		   N_("Employers do not answer you."), o);
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

	if (creator(s) || diploma_gap(s, f, o))
		return;
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

	if (creator(s) || diploma_gap(s, f, o))
		return;
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

	if (creator(s))
		return;
	if (interviews_no_offer(s, o)) {
		set(o, 3);
		r = reason(o, N_("You get interviews regularly, but no job offer yet."));
		fact(r, s, SIT_INTERVIEWS);
		fact(r, s, SIT_SEARCH_MONTHS);
	}
	score_item(s, SIT_FRUSTRATIONS, FRUST_INTERVIEW, 3,
		   N_("You said job interviews are hard for you."), o);
	if (o->score == 0 && ANSWERED(SIT_INTERVIEWS) && s->interviews >= 1) {
		set(o, 1);
		fact(reason(o, N_("Every interview goes better with preparation.")), s, SIT_INTERVIEWS);
	}
}

/* The areas of a wider search that beat figure FIG: the best département
 * of their région, then of France when it beats that too; their figures
 * go to R (may be NULL). Returns what looking there is worth: 3 when the
 * région has an area that is not stuck, 2 when only the rest of France
 * has one (a move, not a longer journey), 1 when they are better but
 * still stuck, 0 when none is better. A stuck market everywhere is not
 * solved by going further: the related jobs are. */
static int
better_areas(const struct diag_facts *f, int fig, struct rule_reason *r)
{
	double here = diag_facts_tension(f, fig), region = -1, country = -1;
	int gain = 0;

	if (f->has_figure[DIAG_FIG_REGION])
		region = diag_facts_tension(f, DIAG_FIG_REGION);
	if (f->has_figure[DIAG_FIG_COUNTRY])
		country = diag_facts_tension(f, DIAG_FIG_COUNTRY);
	if (region > here) {
		fact_figure(r, DIAG_FIG_REGION);
		gain = is_stuck_tension(region) ? 1 : 3;
	}
	if (country > here && country > region) {
		fact_figure(r, DIAG_FIG_COUNTRY);
		if (gain < 3)
			gain = is_stuck_tension(country) ? 1 : 2;
	}
	return gain;
}

RULE(ac_widen_area)
{
	struct rule_reason *r;
	int fig, gain;

	if (creator(s) || diploma_gap(s, f, o))
		return;
	fig = stuck(s, f, o);
	if (fig >= 0 && asked(s, SIT_MOBILITY, o) && s->mobility <= MOBILITY_DEPARTEMENT) {
		gain = better_areas(f, fig, NULL);
		if (gain == 0)
			return;
		set(o, gain);
		r = reason(o, gain == 2
			   ? N_("There are few offers for this job near you; there are more in other parts of France.")
			   : N_("There are few offers for this job near you; there may be more further away."));
		fact_figure(r, fig);
		better_areas(f, fig, r);
		r = reason(o, N_("How far you said you would go:"));
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
	int fig = diag_market_figure(s, f);

	if (creator(s) || diploma_gap(s, f, o))
		return;
	if (fig < 0 || f->figures[fig].seasonal_months <= 0 || !ANSWERED(SIT_JOB) ||
	    s->job_unknown)
		return;
	set(o, stuck(s, f, o) >= 0 ? 2 : 1);
	r = reason(o, N_("This job hires more in some seasons: the busy season is a way in."));
	fact_data(r, "busy_months", f->figures[fig].rome);
	fact_figure(r, fig);
}

RULE(ac_contract_flexibility)
{
	struct rule_reason *r;
	int fig;

	if (creator(s) || diploma_gap(s, f, o))
		return;
	if (!asked(s, SIT_CONTRACT, o) || s->contract != BIT(CONTRACT_CDI))
		return;
	fig = diag_market_figure(s, f);
	if (fig >= 0 && f->figures[fig].cdi_share >= 0 && f->figures[fig].cdi_share < 50) {
		set(o, 3);
		r = reason(o, N_("You want a permanent contract, but most offers for this job are not permanent."));
		fact(r, s, SIT_CONTRACT);
		fact_data(r, "contract_mix", f->figures[fig].rome);
	} else if ((fig = stuck(s, f, o)) >= 0) {
		set(o, 2);
		r = reason(o, N_("There are few offers for this job: a fixed-term contract can be a way in."));
		fact(r, s, SIT_CONTRACT);
		fact_figure(r, fig);
	}
}

RULE(ac_keep_going)
{
	struct rule_out bravo;
	struct rule_reason *r;

	if (creator(s))
		return;
	if (!asked(s, SIT_SEARCH_MONTHS, o) || s->search_months < 1)
		return;
	/* Only when no challenge is in need: never beside a stuck market. */
	rules_run(rules_challenge(CHALLENGE_BRAVO), s, f, &bravo);
	if (bravo.score < 3) {
		o->missing |= bravo.missing;
		return;
	}
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
