/* catalog.c - the catalogue of actions a plan can propose (DESIGN.md 6).
 *
 * One table indexed by enum action_id, in three parts by subject
 * (catalog-life.c, catalog-project.c, catalog-search.c). Texts are written for a person
 * with little schooling: short sentences, each scheme explained the first
 * time an action names it. Amounts and eligibility are never stated: the
 * actions that lead to an aid carry the .conditions flag instead, and
 * the front ends say catalog_conditions_note() once (DESIGN.md 9). */
#include <config.h>

#include <string.h>

#include "catalog-private.h"
#include "i18n.h"

/* The one sentence that stands for every amount and eligibility rule,
 * said once as a note under an action with .conditions (never a step). */
static const char conditions_note[] =
	N_("Ask your adviser or the service: conditions apply.");

const char *
catalog_conditions_note(void)
{
	return conditions_note;
}

/* The three parts of the table; each action is in exactly one
 * (tests/test-catalog.c). */
static const struct action_def *const parts[] = {
	catalog_life, catalog_project, catalog_search,
};

const struct action_def *
catalog_get(enum action_id a)
{
	if ((int)a < 0 || a >= ACTION__COUNT)
		return NULL;
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
		if (parts[i][a].id != NULL)
			return &parts[i][a];
	return NULL;
}

int
catalog_find(const char *id)
{
	int i;

	if (id == NULL)
		return -1;
	for (i = 0; i < ACTION__COUNT; i++)
		if (strcmp(catalog_get((enum action_id)i)->id, id) == 0)
			return i;
	return -1;
}

int
catalog_nsteps(enum action_id a)
{
	const struct action_def *d = catalog_get(a);
	int n = 0;

	if (d == NULL)
		return 0;
	while (n < CATALOG_MAX_STEPS && d->steps[n].text != NULL)
		n++;
	return n;
}
