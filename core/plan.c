/* plan.c - the action plan: action rules, then ordering. */
#include <config.h>

#include <stdlib.h>

#include "i18n.h"
#include "plan.h"

#define END -1

/* For each main challenge, the actions that answer it best, in order. */
static const int strategy_basic_needs[] = {
	ACTION_HOUSING_HELP, ACTION_HEALTH_SUPPORT, ACTION_RETURN_AFTER_ILLNESS,
	ACTION_FINANCIAL_HELP, ACTION_LEGAL_HELP,
	ACTION_CHILDCARE_SOLUTION, ACTION_CAREGIVER_SUPPORT, ACTION_DISABILITY_SUPPORT,
	ACTION_MOBILITY_HELP, ACTION_YOUTH_SUPPORT, ACTION_SENIOR_SUPPORT, END
};
static const int strategy_undefined_project[] = {
	ACTION_EXPLORE_JOBS, ACTION_SKILLS_ASSESSMENT, ACTION_JOB_IMMERSION,
	ACTION_RELATED_JOBS, ACTION_VOLUNTEERING, ACTION_YOUTH_SUPPORT,
	ACTION_CREATE_COMPANY_SUPPORT, END
};
static const int strategy_french_language[] = {
	ACTION_FRENCH_COURSE, ACTION_DIPLOMA_RECOGNITION, ACTION_DIGITAL_SKILLS,
	ACTION_JOB_IMMERSION, ACTION_YOUTH_SUPPORT, ACTION_TRAINING_DIPLOMA, END
};
static const int strategy_stuck_market[] = {
	ACTION_WIDEN_AREA, ACTION_RELATED_JOBS, ACTION_CONTRACT_FLEXIBILITY,
	ACTION_SEASONAL_JOBS, ACTION_SPONTANEOUS_APPLICATIONS,
	ACTION_NETWORK_ACTIVATION, ACTION_TEMP_AGENCIES, ACTION_JOB_FAIRS,
	ACTION_MOBILITY_HELP, ACTION_DRIVING_LICENCE, END
};
static const int strategy_missing_diploma[] = {
	ACTION_DIPLOMA_RECOGNITION, ACTION_TRAINING_DIPLOMA, ACTION_VAE, ACTION_ALTERNANCE,
	ACTION_JOB_IMMERSION, ACTION_RELATED_JOBS, END
};
static const int strategy_find_what_you_like[] = {
	ACTION_EXPLORE_JOBS, ACTION_SKILLS_ASSESSMENT, ACTION_JOB_IMMERSION,
	ACTION_RELATED_JOBS, ACTION_CONFIDENCE_BOOST, END
};
static const int strategy_start_your_search[] = {
	ACTION_START_PLAN, ACTION_LAYOFF_SUPPORT, ACTION_RETURN_AFTER_BREAK,
	ACTION_RETURN_AFTER_ILLNESS, ACTION_IMPROVE_RESUME, ACTION_DIGITAL_SKILLS,
	ACTION_NETWORK_ACTIVATION, ACTION_SPONTANEOUS_APPLICATIONS,
	ACTION_YOUTH_SUPPORT, ACTION_SENIOR_SUPPORT, END
};
static const int strategy_enhance_methods[] = {
	ACTION_IMPROVE_RESUME, ACTION_TARGETED_APPLICATIONS, ACTION_COVER_LETTER,
	ACTION_NETWORK_ACTIVATION, ACTION_SPONTANEOUS_APPLICATIONS,
	ACTION_FOLLOW_UP_APPLICATIONS, ACTION_MORE_APPLICATIONS,
	ACTION_JOB_FAIRS, ACTION_TEMP_AGENCIES, END
};
static const int strategy_interview_to_offer[] = {
	ACTION_INTERVIEW_PREP, ACTION_CONFIDENCE_BOOST,
	ACTION_FOLLOW_UP_APPLICATIONS, ACTION_NETWORK_ACTIVATION, END
};
static const int strategy_bravo[] = {
	ACTION_KEEP_GOING, ACTION_INTERVIEW_PREP, ACTION_NETWORK_ACTIVATION,
	ACTION_FOLLOW_UP_APPLICATIONS, END
};

static const int *const strategies[CHALLENGE__COUNT] = {
	strategy_basic_needs, strategy_undefined_project, strategy_french_language,
	strategy_stuck_market, strategy_missing_diploma, strategy_find_what_you_like,
	strategy_start_your_search, strategy_enhance_methods,
	strategy_interview_to_offer, strategy_bravo,
};

const int *
plan_strategy(int c)
{
	return c >= 0 && c < CHALLENGE__COUNT ? strategies[c] : NULL;
}

int
plan_strategy_rank(int c, int a)
{
	const int *list = plan_strategy(c);

	for (int i = 0; list != NULL && list[i] != END; i++)
		if (list[i] == a)
			return i;
	return ACTION__COUNT + a;
}

/* Sort key: priority first (3 before 1), then strategy rank. */
struct key {
	int priority, rank, index;
};

static int
cmp_key(const void *pa, const void *pb)
{
	const struct key *a = pa, *b = pb;

	if (a->priority != b->priority)
		return b->priority - a->priority;
	if (a->rank != b->rank)
		return a->rank - b->rank;
	return a->index - b->index;
}

static int
age_below(const struct situation *s, const struct diag_facts *f, int limit)
{
	return SIT_HAS(s, SIT_BIRTH_YEAR) && f->year - s->birth_year < limit;
}

static int
answer_is(const struct situation *s, enum sit_key k, int v)
{
	return SIT_HAS(s, k) && situation_get_int(s, k) == v;
}

int
plan_audience(const struct situation *s, const struct diag_facts *f,
	      enum catalog_audience audience)
{
	int disabled = answer_is(s, SIT_DISABILITY, DISABILITY_YES);

	switch (audience) {
	case AUDIENCE_ALL: return 1;
	case AUDIENCE_UNDER26: return age_below(s, f, 26);
	case AUDIENCE_DISABLED_26_29:
		return disabled && !age_below(s, f, 26) && age_below(s, f, 30);
	case AUDIENCE_FROM45:
		return SIT_HAS(s, SIT_BIRTH_YEAR) && !age_below(s, f, 45);
	case AUDIENCE_FROM50:
		return SIT_HAS(s, SIT_BIRTH_YEAR) && !age_below(s, f, 50);
	case AUDIENCE_GRADUATE:
		return SIT_HAS(s, SIT_DIPLOMA) && s->diploma >= DIPLOMA_BAC3;
	case AUDIENCE_ONLINE: return !answer_is(s, SIT_DIGITAL, DIGITAL_NONE);
	case AUDIENCE_OFFLINE:
		return answer_is(s, SIT_DIGITAL, DIGITAL_NONE) ||
		       answer_is(s, SIT_DIGITAL, DIGITAL_WITH_HELP);
	case AUDIENCE_DISABLED: return disabled;
	case AUDIENCE_NOT_DISABLED: return !disabled;
	case AUDIENCE_PARENT:
		return answer_is(s, SIT_FAMILY, FAMILY_COUPLE_KIDS) ||
		       answer_is(s, SIT_FAMILY, FAMILY_SINGLE_PARENT);
	case AUDIENCE_SINGLE_PARENT: return answer_is(s, SIT_FAMILY, FAMILY_SINGLE_PARENT);
	default: return 0;
	}
}

/* The steps of IT's action that are for S. */
static void
choose_steps(const struct situation *s, const struct diag_facts *f,
	     struct plan_item *it)
{
	const struct action_def *d = catalog_get((enum action_id)it->action);

	it->nsteps = 0;
	for (int i = 0; i < catalog_nsteps((enum action_id)it->action); i++)
		if (plan_audience(s, f, d->steps[i].audience))
			it->steps[it->nsteps++] = d->steps[i].text;
}

/* The creation actions: first in a creator's plan, unless the basic needs,
 * a beginner's French (the papers of a company are in French) or the wish
 * to find another project are the main challenge. */
static int
creation_action(int a)
{
	return a == ACTION_CREATE_COMPANY_SUPPORT || a == ACTION_CREATION_CHAMBER ||
	       a == ACTION_CREATION_FUNDING;
}

/* A prerequisite of the job: no driving licence for a job that often
 * asks for one. It comes before the applications, as a creator's own
 * actions do (a truck driver without a licence was sent to write to
 * companies first), but after the basic needs and French (the licence's
 * exam is in French). */
static int
prerequisite(const struct situation *s, const struct diag_facts *f,
	     const struct diag *d, int a)
{
	return a == ACTION_DRIVING_LICENCE && rules_licence_lacking(s, f) &&
	       d->main != CHALLENGE_BASIC_NEEDS && d->main != CHALLENGE_FRENCH_LANGUAGE;
}

/* The hiring channel an action works through; -1 for the others. */
static int
channel_of(int a)
{
	switch (a) {
	case ACTION_SPONTANEOUS_APPLICATIONS: return CHANNEL_SPONTANEOUS;
	case ACTION_NETWORK_ACTIVATION: return CHANNEL_NETWORK;
	case ACTION_TEMP_AGENCIES: return CHANNEL_INTERMEDIARIES;
	default: return -1;
	}
}

/* The share of hires through the channel of action A, < 0 unknown. */
static double
channel_share(const struct diag_facts *f, int a)
{
	int k = channel_of(a);

	for (int i = 0; k >= 0 && i < f->nchannels; i++)
		if ((int)f->channels[i].kind == k)
			return f->channels[i].share;
	return -1;
}

/* The channel actions keep their places in the plan, but among those of
 * the same priority they come in the order of how people are hired in
 * this job. */
static void
order_channels(const struct diag_facts *f, struct plan *p)
{
	int pos[CHANNEL__COUNT], n = 0;

	for (int i = 0; i < p->n && n < CHANNEL__COUNT; i++)
		if (channel_share(f, p->items[i].action) >= 0)
			pos[n++] = i;
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && p->items[pos[j]].out.score == p->items[pos[j - 1]].out.score &&
				       channel_share(f, p->items[pos[j]].action) >
				       channel_share(f, p->items[pos[j - 1]].action); j--) {
			struct plan_item t = p->items[pos[j]];

			p->items[pos[j]] = p->items[pos[j - 1]];
			p->items[pos[j - 1]] = t;
		}
}

void
plan_build(const struct situation *s, const struct diag_facts *f,
	   const struct diag *d, struct plan *p)
{
	struct plan_item scored[ACTION__COUNT];
	struct key keys[ACTION__COUNT];
	int n = 0;

	p->missing = 0;
	for (int a = 0; a < ACTION__COUNT; a++) {
		struct plan_item *it = &scored[n];

		it->action = a;
		rules_run(rules_action(a), s, f, &it->out);
		p->missing |= it->out.missing;
		if (it->out.score <= 0)
			continue;
		choose_steps(s, f, it);
		keys[n].priority = it->out.score;
		if ((creation_action(a) && d->main != CHALLENGE_BASIC_NEEDS &&
		     d->main != CHALLENGE_FRENCH_LANGUAGE &&
		     d->main != CHALLENGE_FIND_WHAT_YOU_LIKE) || prerequisite(s, f, d, a))
			keys[n].priority = 4;
		keys[n].rank = plan_strategy_rank(d->main, a);
		keys[n].index = n;
		n++;
	}
	qsort(keys, (size_t)n, sizeof keys[0], cmp_key);
	for (int i = 0; i < n; i++)
		p->items[i] = scored[keys[i].index];
	p->n = n;
	order_channels(f, p);
	p->nproposed = n < PLAN_MAX_PROPOSED ? n : PLAN_MAX_PROPOSED;
}

const char *
plan_when_label(int when)
{
	static const char *const labels[PLAN_WHEN__COUNT] = {
		"", N_("today"), N_("this week"), N_("this month"), N_("later"),
	};

	if (when <= PLAN_WHEN_UNSET || when >= PLAN_WHEN__COUNT)
		return "";
	return _(labels[when]);
}

const struct plan_mark *
plan_find_mark(const struct plan_mark *marks, int n, int a)
{
	for (int i = 0; i < n; i++)
		if (marks[i].action == a)
			return &marks[i];
	return NULL;
}
