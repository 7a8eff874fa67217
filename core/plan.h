/* plan.h - the action plan: every action of the catalogue scored 0-3 by
 * its rule (rules.h), ordered by priority, then by the strategy of the
 * main challenge. */
#ifndef TREMPLIN_PLAN_H
#define TREMPLIN_PLAN_H

#include <stdint.h>

#include "catalog.h"
#include "diag.h"
#include "rules.h"
#include "situation.h"

/* At most this many actions are proposed; the others stay available. */
#define PLAN_MAX_PROPOSED 10

struct plan_item {
	int action;                   /* enum action_id */
	struct rule_out out;          /* out.score is the priority, 1-3 */
	int nsteps;                   /* the steps of the action for this person */
	const char *steps[CATALOG_MAX_STEPS]; /* N_() msgids, translate to show */
};

struct plan {
	int n;                        /* actions with a priority of 1 or more */
	int nproposed;                /* items[0 .. nproposed-1] are proposed */
	struct plan_item items[ACTION__COUNT];
	uint64_t missing;             /* unanswered keys that could change the plan */
};

/* What the person decided about one action (the plan screen), kept with
 * the session and printed in the export. */
enum plan_when { PLAN_WHEN_UNSET, PLAN_WHEN_TODAY, PLAN_WHEN_WEEK,
	PLAN_WHEN_MONTH, PLAN_WHEN_LATER, PLAN_WHEN__COUNT };

#define PLAN_NOTE_MAX 280

struct plan_mark {
	int action;                   /* enum action_id */
	int chosen;                   /* 1: the person will do it */
	int when;                     /* enum plan_when */
	int done;                     /* 1: done */
	char note[PLAN_NOTE_MAX];     /* the person's or the adviser's note */
};

/* "today", "this week"... translated; "" for PLAN_WHEN_UNSET. */
const char *plan_when_label(int when);

/* The mark of action A among MARKS, or NULL. */
const struct plan_mark *plan_find_mark(const struct plan_mark *marks, int n, int a);

/* Is a step for AUDIENCE meant for S (facts F give the year, so the
 * age)? An unknown answer keeps a step only where it harms nobody
 * (online steps when the digital answer is missing). */
int plan_audience(const struct situation *s, const struct diag_facts *f,
		  enum catalog_audience audience);

/* Build the plan of S with facts F and diagnosis D. */
void plan_build(const struct situation *s, const struct diag_facts *f,
		const struct diag *d, struct plan *p);

/* Rank of action A in the strategy of main challenge C: lower comes first;
 * actions the strategy does not list rank after every listed one, in
 * catalogue order. */
int plan_strategy_rank(int c, int a);

/* The strategy of challenge C: its actions in order, ended by -1. */
const int *plan_strategy(int c);

#endif
