/* test-catalog.c - the catalogue of actions: every action of ACTION_LIST in
 * order, ids unique, lookups, the shape and width of every text, and a
 * complete French translation whose titles still fit. */
#include <config.h>

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "catalog-private.h"
#include "i18n.h"
#include "text.h"
#include "check.h"

#define TITLE_COLS 40
#define STEP_COLS 100

#define ACTION_PAIR(name, id) { name, id },
static const struct { enum action_id a; const char *id; } listed[] = {
	ACTION_LIST(ACTION_PAIR)
};
#undef ACTION_PAIR

static int
nonempty(const char *s)
{
	return s != NULL && s[0] != '\0';
}

/* The list and the table agree, ids are unique, lookups round-trip. */
static void
check_ids(void)
{
	int i, j;

	CHECK_INT(sizeof listed / sizeof listed[0], ACTION__COUNT);
	/* The 39 actions of DESIGN.md section 6, and the ones added since. */
	CHECK(ACTION__COUNT >= 39);
	/* Each action is written in exactly one part of the table. */
	for (i = 0; i < ACTION__COUNT; i++)
		CHECK_INT((catalog_life[i].id != NULL) + (catalog_project[i].id != NULL) +
			  (catalog_search[i].id != NULL), 1);
	for (i = 0; i < ACTION__COUNT; i++) {
		const struct action_def *d = catalog_get(listed[i].a);

		CHECK(d != NULL);
		if (d == NULL)
			continue;
		CHECK_STR(d->id, listed[i].id);
		CHECK_INT(catalog_find(listed[i].id), i);
		for (j = 0; j < i; j++)
			CHECK(strcmp(catalog_get(listed[j].a)->id, d->id) != 0);
	}
	CHECK_INT(catalog_find("no-such-action"), -1);
	CHECK_INT(catalog_find(""), -1);
	CHECK_INT(catalog_find("Housing-Help"), -1);
	CHECK_INT(catalog_find(NULL), -1);
	CHECK(catalog_get(ACTION__COUNT) == NULL);
	CHECK_INT(catalog_nsteps(ACTION__COUNT), 0);
}

/* Amounts are never stated (DESIGN.md 9): no euro sign, no "euro". */
static int
states_amount(const char *s)
{
	return strstr(s, "€") != NULL || strstr(s, "euro") != NULL;
}

/* One text T of action D, shown through TR (identity or gettext): present,
 * at most MAX columns (0: no limit), and, when FRENCH, translated. */
static void
check_text(const struct action_def *d, const char *what, const char *t,
	   size_t max, int french)
{
	const char *shown;

	CHECK(nonempty(t));
	if (!nonempty(t)) {
		fprintf(stderr, "  %s: empty %s\n", d->id, what);
		return;
	}
	shown = french ? gettext(t) : t;
	if (french && shown == t) {
		check_failures++;
		fprintf(stderr, "  %s: %s not translated: \"%s\"\n", d->id, what, t);
	}
	check_count++;
	if (max > 0 && text_width(shown) > max) {
		check_failures++;
		fprintf(stderr, "  %s: %s is %zu columns (at most %zu): \"%s\"\n",
			d->id, what, text_width(shown), max, shown);
	}
	CHECK(!states_amount(shown));
}

/* The sentence that stands for every amount and eligibility rule
 * (DESIGN.md 9), as the brief of the catalogue words it. */
static const char conditions[] = "Ask your adviser or the service: conditions apply.";

/* Does the English text S speak of an aid, an allowance or who pays? */
static int
speaks_of_aid(const char *s)
{
	static const char *const words[] = {
		" aid", "allowance", "benefit", "pay for", "paid", "microcredit",
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strstr(s, words[i]) != NULL)
			return 1;
	return 0;
}

/* An action that leads to an aid carries the conditions note (said once,
 * by the front ends, never as a step); no step says it again. */
static void
check_conditions(void)
{
	int i, k, n, aid, with = 0;

	CHECK_STR(catalog_conditions_note(), conditions);
	for (i = 0; i < ACTION__COUNT; i++) {
		const struct action_def *d = catalog_get(listed[i].a);

		n = catalog_nsteps(listed[i].a);
		aid = speaks_of_aid(d->summary) || speaks_of_aid(d->help);
		for (k = 0; k < n; k++) {
			if (speaks_of_aid(d->steps[k].text))
				aid = 1;
			CHECK(strstr(d->steps[k].text, "conditions apply") == NULL);
			CHECK(d->steps[k].audience >= AUDIENCE_ALL &&
			      d->steps[k].audience < AUDIENCE__COUNT);
		}
		check_count++;
		if (aid && !d->conditions) {
			check_failures++;
			fprintf(stderr, "  %s: speaks of an aid without the conditions note\n",
				d->id);
		}
		with += d->conditions != 0;
	}
	/* The note is used by several actions. */
	CHECK(with >= 10);
}

static void
check_texts(int french)
{
	int i, k, n;

	for (i = 0; i < ACTION__COUNT; i++) {
		const struct action_def *d = catalog_get(listed[i].a);

		check_text(d, "title", d->title, TITLE_COLS, french);
		check_text(d, "summary", d->summary, 0, french);
		check_text(d, "time", d->time, 0, french);
		check_text(d, "help", d->help, 0, french);
		n = catalog_nsteps(listed[i].a);
		CHECK(n >= 3 && n <= CATALOG_MAX_STEPS);
		if (n < 3)
			fprintf(stderr, "  %s: only %d steps\n", d->id, n);
		for (k = 0; k < n; k++)
			check_text(d, "step", d->steps[k].text, STEP_COLS, french);
		for (k = n; k < CATALOG_MAX_STEPS; k++)
			CHECK(d->steps[k].text == NULL);
	}
}

/* The French catalogue is the one built from po/fr.po in the build tree. */
static int
speak_french(void)
{
	const char *dir = getenv("TREMPLIN_LOCALEDIR");

	if (dir == NULL || dir[0] == '\0') {
		fprintf(stderr, "TREMPLIN_LOCALEDIR is not set\n");
		return 0;
	}
	if (setlocale(LC_ALL, "C.UTF-8") == NULL) {
		fprintf(stderr, "no C.UTF-8 locale\n");
		return 0;
	}
	setenv("LANGUAGE", "fr", 1);
	bindtextdomain("tremplin", dir);
	bind_textdomain_codeset("tremplin", "UTF-8");
	textdomain("tremplin");
	return 1;
}

int
main(void)
{
	check_ids();
	check_texts(0);
	check_conditions();
	CHECK(speak_french());
	check_texts(1);
	return check_done();
}
