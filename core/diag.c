/* diag.c - the diagnosis: facts gathered from the store, then the ten
 * challenge rules, the score and the topics. */
#include <config.h>

#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "store-private.h"

void
diag_facts_init(struct diag_facts *f, int year)
{
	memset(f, 0, sizeof *f);
	f->year = year;
	f->job.diploma_level = -1;
}

/* Best figure within REACH into slot SLOT. */
static int
load_best(struct store *st, const struct situation *s, enum market_reach reach,
	  struct diag_facts *f, int slot, struct tr_err *e)
{
	int n = market_best_within(st, s->job, s->departement, reach,
				   &f->figures[slot], 1, e);

	if (n < 0)
		return -1;
	f->has_figure[slot] = n > 0;
	return 0;
}

/* The local figure always; the best of the région or of France only when
 * a rule will read it: mobility region or country (the area within
 * reach), a stuck local market near home (widen-area shows the région's
 * best), or an unanswered mobility on a stuck local market (would a wider
 * area change the diagnosis?). Each "best" query costs a sort. */
static int
load_market(struct store *st, const struct situation *s, struct diag_facts *f,
	    struct tr_err *e)
{
	int n, mob = SIT_HAS(s, SIT_MOBILITY) ? s->mobility : -1, stuck;

	if (!SIT_HAS(s, SIT_DEPARTEMENT) || s->departement[0] == '\0')
		return 0;
	n = market_lookup(st, s->job, s->departement, &f->figures[DIAG_FIG_LOCAL], e);
	if (n < 0)
		return -1;
	f->has_figure[DIAG_FIG_LOCAL] = n > 0;
	if (n == 0)
		return 0;
	stuck = rules_tension(f, DIAG_FIG_LOCAL) <= RULES_STUCK_TENSION + 1e-9;
	if ((mob == MOBILITY_REGION || (mob >= 0 && mob <= MOBILITY_DEPARTEMENT && stuck)) &&
	    load_best(st, s, REACH_REGION, f, DIAG_FIG_REGION, e) < 0)
		return -1;
	if ((mob == MOBILITY_COUNTRY || (mob < 0 && stuck)) &&
	    load_best(st, s, REACH_COUNTRY, f, DIAG_FIG_COUNTRY, e) < 0)
		return -1;
	return 0;
}

int
diag_facts_load(struct store *st, const struct situation *s, int year,
		struct diag_facts *f, struct tr_err *e)
{
	int n;

	diag_facts_init(f, year);
	if (st == NULL || !SIT_HAS(s, SIT_JOB) || s->job_unknown || s->job[0] == '\0')
		return 0;
	n = jobs_group(st, s->job, &f->job, e);
	if (n < 0)
		return -1;
	f->has_job = n > 0;
	if (!f->has_job) {
		f->job.diploma_level = -1;
		return 0;
	}
	n = jobs_related(st, s->job, f->related, DIAG_MAX_RELATED, e);
	if (n < 0)
		return -1;
	f->nrelated = n;
	return load_market(st, s, f, e);
}

int
diag_batch_begin(struct store *st, struct tr_err *e)
{
	return store_exec(st, "BEGIN", e);
}

void
diag_batch_end(struct store *st)
{
	if (sqlite3_get_autocommit(store_db(st)) == 0)
		store_exec(st, "COMMIT", NULL);
}

int
diag_market_figure(const struct situation *s, const struct diag_facts *f)
{
	if (SIT_HAS(s, SIT_MOBILITY)) {
		if (s->mobility == MOBILITY_COUNTRY && f->has_figure[DIAG_FIG_COUNTRY])
			return DIAG_FIG_COUNTRY;
		if (s->mobility >= MOBILITY_REGION && f->has_figure[DIAG_FIG_REGION])
			return DIAG_FIG_REGION;
	}
	return f->has_figure[DIAG_FIG_LOCAL] ? DIAG_FIG_LOCAL : -1;
}

/* ---- the diagnosis ---------------------------------------------------- */

static const int challenge_weight[CHALLENGE__COUNT] = {
	[CHALLENGE_BASIC_NEEDS] = 20,
	[CHALLENGE_UNDEFINED_PROJECT] = 15,
	[CHALLENGE_FRENCH_LANGUAGE] = 12,
	[CHALLENGE_STUCK_MARKET] = 12,
	[CHALLENGE_MISSING_DIPLOMA] = 10,
	[CHALLENGE_FIND_WHAT_YOU_LIKE] = 9,
	[CHALLENGE_START_YOUR_SEARCH] = 8,
	[CHALLENGE_ENHANCE_METHODS] = 7,
	[CHALLENGE_INTERVIEW_TO_OFFER] = 7,
	[CHALLENGE_BRAVO] = 0,
};

const char diag_score_doc[] =
	"The score starts at 100. Each of the nine challenges before bravo has "
	"a weight (basic-needs 20, undefined-project 15, french-language 12, "
	"stuck-market 12, missing-diploma 10, find-what-you-like 9, "
	"start-your-search 8, enhance-methods-to-interview 7, "
	"interview-to-offer 7: 100 in all). A challenge with status need takes "
	"its whole weight off the score, one with status unknown half of it "
	"(rounded down); a strength takes nothing. So 100 means no challenge "
	"applies and every answer needed was given, 0 means all nine apply.";

static const int challenge_topic[CHALLENGE__COUNT] = {
	[CHALLENGE_BASIC_NEEDS] = TOPIC_PROFILE,
	[CHALLENGE_UNDEFINED_PROJECT] = TOPIC_PROJECT,
	[CHALLENGE_FRENCH_LANGUAGE] = TOPIC_PROFILE,
	[CHALLENGE_STUCK_MARKET] = TOPIC_MARKET,
	[CHALLENGE_MISSING_DIPLOMA] = TOPIC_PROFILE,
	[CHALLENGE_FIND_WHAT_YOU_LIKE] = TOPIC_PROJECT,
	[CHALLENGE_START_YOUR_SEARCH] = TOPIC_SEARCH,
	[CHALLENGE_ENHANCE_METHODS] = TOPIC_SEARCH,
	[CHALLENGE_INTERVIEW_TO_OFFER] = TOPIC_SEARCH,
	[CHALLENGE_BRAVO] = -1,
};

int
diag_challenge_weight(int c)
{
	return c >= 0 && c < CHALLENGE__COUNT ? challenge_weight[c] : 0;
}

int
diag_challenge_topic(int c)
{
	return c >= 0 && c < CHALLENGE__COUNT ? challenge_topic[c] : -1;
}

static enum diag_status
status_of(int c, const struct rule_out *o)
{
	if (o->unknown)
		return DIAG_UNKNOWN;
	if (c == CHALLENGE_BRAVO)
		return o->score > 0 ? DIAG_STRENGTH : DIAG_NEED;
	return o->score > 0 ? DIAG_NEED : DIAG_STRENGTH;
}

/* A topic is a need when one of its challenges is, else unknown when one
 * of them is, else a strength. */
static void
topics(struct diag *d)
{
	for (int t = 0; t < TOPIC__COUNT; t++) {
		int need = 0, unknown = 0;

		for (int c = 0; c < CHALLENGE_BRAVO; c++) {
			if (challenge_topic[c] != t)
				continue;
			need |= d->challenges[c].status == DIAG_NEED;
			unknown |= d->challenges[c].status == DIAG_UNKNOWN;
		}
		d->topics[t] = need ? DIAG_NEED : unknown ? DIAG_UNKNOWN : DIAG_STRENGTH;
	}
}

void
diag_run(const struct situation *s, const struct diag_facts *f, struct diag *d)
{
	int score = 100;

	d->main = CHALLENGE_BRAVO;
	d->missing = 0;
	for (int c = 0; c < CHALLENGE__COUNT; c++) {
		struct diag_challenge *ch = &d->challenges[c];

		rules_run(rules_challenge(c), s, f, &ch->out);
		ch->status = status_of(c, &ch->out);
		d->missing |= ch->out.missing;
		if (c == CHALLENGE_BRAVO)
			continue;
		if (ch->status == DIAG_NEED) {
			score -= challenge_weight[c];
			if (d->main == CHALLENGE_BRAVO)
				d->main = c;
		} else if (ch->status == DIAG_UNKNOWN) {
			score -= challenge_weight[c] / 2;
		}
	}
	d->score = score < 0 ? 0 : score;
	topics(d);
	if (!SIT_HAS(s, SIT_SELF_DIAGNOSIS) || s->self_diagnosis < 0 ||
	    s->self_diagnosis >= CHALLENGE__COUNT)
		d->self_match = -1;
	else
		d->self_match = s->self_diagnosis == d->main;
}

const char *
diag_status_name(enum diag_status st)
{
	switch (st) {
	case DIAG_NEED: return "need";
	case DIAG_STRENGTH: return "strength";
	default: return "unknown";
	}
}

static const char *const topic_names[TOPIC__COUNT] = {
	"profile", "project", "search", "market"
};

static const char *const topic_titles[TOPIC__COUNT] = {
	N_("Your profile"), N_("Your job project"), N_("Your search methods"),
	N_("The job market"),
};

const char *
diag_topic_name(enum diag_topic t)
{
	return (unsigned)t < TOPIC__COUNT ? topic_names[t] : NULL;
}

const char *
diag_topic_title(enum diag_topic t)
{
	return (unsigned)t < TOPIC__COUNT ? topic_titles[t] : NULL;
}
