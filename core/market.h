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
	char rome[6];
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

/* Départements whose folded name starts with (or whose code equals) QUERY;
 * returns how many (<= MAX), -1 on error. */
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

#endif
