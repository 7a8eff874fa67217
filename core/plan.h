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
};

struct plan {
	int n;                        /* actions with a priority of 1 or more */
	int nproposed;                /* items[0 .. nproposed-1] are proposed */
	struct plan_item items[ACTION__COUNT];
	uint64_t missing;             /* unanswered keys that could change the plan */
};

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
