/* market.h - labour-market figures and geography, read from the store. */
#ifndef TREMPLIN_MARKET_H
#define TREMPLIN_MARKET_H

#include "err.h"
#include "store.h"

#define MARKET_NAME_MAX 96
#define MARKET_SOURCE_MAX 96

enum area_level { AREA_DEPARTEMENT, AREA_REGION, AREA_FRANCE };

struct departement {
	char code[4];                 /* "01".."95", "2A", "2B", "971".."976" */
	char name[MARKET_NAME_MAX];
	int article;                  /* INSEE TNCC 0..5 */
	char region[3];
	char region_name[MARKET_NAME_MAX];
};

/* One figure row: market tension for a job group in an area. */
struct market_figure {
	char rome[6];                 /* the job group the figure is published for */
	char sheet[6];                /* the ROME 4.0 sheet asked, when the figure is
				       * that of its ROME v3 group ROME; "" otherwise */
	enum area_level level;
	char area[4];                 /* département or région code, "" for France */
	char area_name[MARKET_NAME_MAX];
	int offers, candidates;       /* -1 when unknown */
	double tension;               /* offers per 10 candidates, < 0 unknown */
	int seasonal_months;          /* bit 0 = January, -1 unknown */
	double cdi_share, cdd_share, interim_share; /* percent, < 0 unknown */
	char source[MARKET_SOURCE_MAX];
	int year;
	int example;                  /* 1: an example figure, not official */
};

/* The tension of M in offers per 10 candidates: the file's ratio, else
 * computed from offers and candidates; < 0 when unknown. */
double market_tension(const struct market_figure *m);

/* Département CODE: 1 found, 0 unknown, -1 error. */
int market_departement(struct store *s, const char *code,
		       struct departement *out, struct tr_err *e);

/* Départements whose folded name starts with (or whose code equals) QUERY,
 * or the département of postcode QUERY (five digits; both Corsican ones
 * for 20xxx); returns how many (<= MAX), -1 on error. */
int market_find_departements(struct store *s, const char *query,
			     struct departement *out, int max,
			     struct tr_err *e);

/* The tension figure for job group ROME in département DEP, falling back to
 * its région, then France: 1 found (OUT filled, OUT->level says where),
 * 0 no figure at all, -1 error. */
int market_lookup(struct store *s, const char *rome, const char *dep,
		  struct market_figure *out, struct tr_err *e);

enum market_reach {
	REACH_DEPARTEMENT,            /* mobility city or departement */
	REACH_REGION,                 /* any département of the région */
	REACH_COUNTRY                 /* any département of France */
};

/* The best figures (highest tension first) for ROME among the départements
 * within REACH of DEP; returns how many (<= MAX), -1 on error. With
 * REACH_DEPARTEMENT this is market_lookup(). */
int market_best_within(struct store *s, const char *rome, const char *dep,
		       enum market_reach reach, struct market_figure *out,
		       int max, struct tr_err *e);

/* ---- Lookups for the advice (market-advice.c). Each follows a ROME 4.0
 * sheet to the figures of its ROME v3 group when it has none of its own
 * (the figure's `sheet` then names the sheet asked). */

/* A related job with its best market figure within reach. */
struct market_related {
	char code[6];
	char name[MARKET_NAME_MAX];
	int evolution;                /* 1: an evolution, 0: a close job */
	int has_figure;
	struct market_figure figure;  /* the best area within reach */
	int better;                   /* 1: more offers per 10 candidates than
				       * TARGET, 0: not, -1: unknown */
	double ratio;                 /* its offers per candidate over TARGET's,
				       * < 0 unknown */
};

/* The related jobs of ROME, ranked by their market within REACH of
 * département DEP (offers per 10 candidates, then offers; those without
 * a figure last), each compared with TARGET (the target job's figure
 * within the same reach; NULL: unknown). Returns how many (<= MAX), -1 on
 * error. */
int market_related_within(struct store *s, const char *rome, const char *dep,
			  enum market_reach reach, const struct market_figure *target,
			  struct market_related *out, int max, struct tr_err *e);

/* The busy months of figure M: the month numbers (0 = January) into
 * MONTHS, in calendar order; returns how many (0: not seasonal or
 * unknown). */
int market_busy_months(const struct market_figure *m, int months[12]);

/* Hiring channels, largest share first. */
enum market_channel_kind {
	CHANNEL_SPONTANEOUS, CHANNEL_INTERMEDIARIES, CHANNEL_NETWORK, CHANNEL_OTHER,
	CHANNEL__COUNT
};
struct market_channel {
	enum market_channel_kind kind;
	double share;                 /* percent of the hires */
	char rome[6], sheet[6];       /* as in struct market_figure */
	char source[MARKET_SOURCE_MAX];
	int year, example;
};
/* The hiring channels of ROME into OUT (CHANNEL__COUNT at most), largest
 * share first; returns how many, -1 on error. */
int market_channels(struct store *s, const char *rome,
		    struct market_channel *out, struct tr_err *e);

/* A salary range for an age group, gross euros a month. */
struct market_salary {
	char rome[6], sheet[6];
	enum area_level level;
	char area[4];
	char area_name[MARKET_NAME_MAX];
	int from35;                   /* 0: under 35, 1: 35 and over */
	int minimum, maximum;
	char source[MARKET_SOURCE_MAX];
	int year, example;
};
/* The salary range of ROME for a person of AGE (< 0: the range of 35 and
 * over; the diagnosis asks only with a known age) in département DEP,
 * else its région, else France: 1 found, 0 none, -1 error. */
int market_salary(struct store *s, const char *rome, const char *dep, int age,
		  struct market_salary *out, struct tr_err *e);

/* Recruitment projects (BMO survey) of a job group in a département. */
struct market_projects {
	char rome[6], sheet[6];
	char departement[4];
	double projects;              /* weighted estimate */
	double hard_share;            /* percent hard to fill, < 0 unknown */
	double seasonal_share;        /* percent seasonal, < 0 unknown */
	char source[MARKET_SOURCE_MAX];
	int year, example;
};
/* The recruitment projects of ROME in département DEP: 1 found, 0 none,
 * -1 error. */
int market_projects(struct store *s, const char *rome, const char *dep,
		    struct market_projects *out, struct tr_err *e);

#endif
