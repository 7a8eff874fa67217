/* facts.c - the facts of one diagnosis, gathered from the store. See
 * facts.h. */
#include <config.h>

#include <string.h>

#include "facts.h"
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
 * reach), a stuck local market near home (widen-area names the best of
 * the région and of France), or an unanswered mobility on a stuck local
 * market (would a wider area change the diagnosis?). Each "best" query
 * costs a sort. */
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
	stuck = diag_facts_tension(f, DIAG_FIG_LOCAL) <= FACTS_STUCK_TENSION + 1e-9;
	if ((mob == MOBILITY_REGION || (mob >= 0 && mob <= MOBILITY_DEPARTEMENT && stuck)) &&
	    load_best(st, s, REACH_REGION, f, DIAG_FIG_REGION, e) < 0)
		return -1;
	if ((mob == MOBILITY_COUNTRY || ((mob < 0 || mob <= MOBILITY_DEPARTEMENT) && stuck)) &&
	    load_best(st, s, REACH_COUNTRY, f, DIAG_FIG_COUNTRY, e) < 0)
		return -1;
	return 0;
}

enum market_reach
diag_reach(const struct situation *s)
{
	if (!SIT_HAS(s, SIT_MOBILITY))
		return REACH_DEPARTEMENT;
	return s->mobility == MOBILITY_COUNTRY ? REACH_COUNTRY
		: s->mobility == MOBILITY_REGION ? REACH_REGION : REACH_DEPARTEMENT;
}

/* Related jobs by their market within reach, the hiring channels, the
 * salary range for their age group, the recruitment projects near them. */
static int
load_advice(struct store *st, const struct situation *s, struct diag_facts *f,
	    struct tr_err *e)
{
	const char *dep = SIT_HAS(s, SIT_DEPARTEMENT) ? s->departement : "";
	int fig = diag_market_figure(s, f), n;
	int age = SIT_HAS(s, SIT_BIRTH_YEAR) ? f->year - s->birth_year : -1;

	n = market_related_within(st, s->job, dep, diag_reach(s),
				  fig >= 0 ? &f->figures[fig] : NULL, f->ranked,
				  DIAG_MAX_RELATED, e);
	if (n < 0)
		return -1;
	f->nranked = n;
	if ((n = market_channels(st, s->job, f->channels, e)) < 0)
		return -1;
	f->nchannels = n;
	/* The range of their age group only: without an age, none is guessed. */
	n = age >= 0 ? market_salary(st, s->job, dep, age, &f->salary, e) : 0;
	if (n < 0)
		return -1;
	f->has_salary = n;
	if (dep[0] != '\0' && (n = market_projects(st, s->job, dep, &f->projects, e)) < 0)
		return -1;
	f->has_projects = dep[0] != '\0' && n > 0;
	return 0;
}

int
diag_facts_load(struct store *st, const struct situation *s, int year,
		struct diag_facts *f, struct tr_err *e)
{
	int n;

	diag_facts_init(f, year);
	if (st != NULL && SIT_HAS(s, SIT_DEPARTEMENT)) {
		n = market_departement(st, s->departement, &f->departement, e);
		if (n < 0)
			return -1;
		f->has_departement = n > 0;
	}
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
	if (load_market(st, s, f, e) < 0)
		return -1;
	return load_advice(st, s, f, e);
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

double
diag_facts_tension(const struct diag_facts *f, int figure)
{
	if (figure < 0 || figure >= DIAG_FIG__COUNT || !f->has_figure[figure])
		return -1;
	return market_tension(&f->figures[figure]);
}
