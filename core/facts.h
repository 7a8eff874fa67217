/* facts.h - what the diagnosis knows about the world for one person:
 * their job group, related jobs and market figures, read from the store
 * once (diag_facts_load) into a plain struct that the rules (rules.h) and
 * the diagnosis (diag.h) then only read. */
#ifndef TREMPLIN_FACTS_H
#define TREMPLIN_FACTS_H

#include "err.h"
#include "jobs.h"
#include "market.h"
#include "situation.h"
#include "store.h"

/* The market figures the rules may use. */
enum diag_figure {
	DIAG_FIG_LOCAL,               /* their département, else its région, else France */
	DIAG_FIG_REGION,              /* the best département of their région */
	DIAG_FIG_COUNTRY,             /* the best département of France */
	DIAG_FIG__COUNT
};

#define DIAG_MAX_RELATED 4

struct diag_facts {
	int year;                     /* year of the diagnosis date: ages */
	int has_job;                  /* 1: the job group was found in the data */
	struct job_group job;
	int nrelated;
	struct job_link related[DIAG_MAX_RELATED];
	int has_figure[DIAG_FIG__COUNT];
	struct market_figure figures[DIAG_FIG__COUNT];
	int has_departement;          /* 1: their département was found */
	struct departement departement; /* its name, for the exports */
	/* The market around the job, for the advice (market-advice.c). */
	int nranked;                  /* related jobs ranked by their market */
	struct market_related ranked[DIAG_MAX_RELATED]; /* within reach, best first */
	int nchannels;                /* hiring channels, largest share first */
	struct market_channel channels[CHANNEL__COUNT];
	int has_salary;               /* the range for their age group and area */
	struct market_salary salary;
	int has_projects;             /* recruitment projects in their département */
	struct market_projects projects;
};

/* Clear F: no data at all (every rule that needs data says "unknown"). */
void diag_facts_init(struct diag_facts *f, int year);

/* Gather the facts about S from ST (may be NULL: no data). YEAR is the
 * year of the diagnosis date. Returns 0, or -1 with E filled on a store
 * error. */
int diag_facts_load(struct store *st, const struct situation *s, int year,
		    struct diag_facts *f, struct tr_err *e);

/* Around a batch of diag_facts_load() calls (`tremplin diagnose` with
 * many files): one read transaction, so that the database file is locked
 * and checked once for the batch rather than once per query. END may be
 * called after a failed BEGIN. */
int diag_batch_begin(struct store *st, struct tr_err *e);
void diag_batch_end(struct store *st);

/* How far S would go (mobility), as a reach; the département when not
 * answered. */
enum market_reach diag_reach(const struct situation *s);

/* The figure the market rules use for S: the best area within reach for
 * mobility region/country, else the local figure; -1 when none. */
int diag_market_figure(const struct situation *s, const struct diag_facts *f);

/* A market is stuck at or below this many offers per 10 candidates
 * (DESIGN.md section 5; the rules use it as RULES_STUCK_TENSION, and the
 * loader to know when a wider area is worth a look). */
#define FACTS_STUCK_TENSION 3.0

/* The tension of figure FIGURE of F in offers per 10 candidates (from
 * offers and candidates when the file gave no ratio), < 0 unknown. */
double diag_facts_tension(const struct diag_facts *f, int figure);

#endif
