/* test-search.c - the job search and the département lookup on the
 * default database (data/tremplin.db, built by make): the generic title
 * first, one letter off, the project's English words, and postcodes. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jobs.h"
#include "market.h"
#include "store.h"

#define MAXH 40

/* Is a hit of group CODE among the first N of H? */
static int
has_code(const struct job_hit *h, int n, const char *code)
{
	for (int i = 0; i < n; i++)
		if (strcmp(h[i].code, code) == 0)
			return 1;
	return 0;
}

static void
test_ranking(struct store *s)
{
	struct job_hit h[MAXH];
	struct tr_err e;

	/* The help's own example: the cook before the kitchen seller, whose
	 * title is shorter but specialised by no other title. */
	CHECK(jobs_search(s, "cuisi", h, MAXH, &e) >= 2);
	CHECK_STR(h[0].code, "G1602");
	CHECK_STR(h[0].title, "Cuisinier / Cuisinière");
	CHECK(has_code(h, MAXH, "D1212"));
	/* A whole word still beats a longer generic one. */
	CHECK(jobs_search(s, "cuisiniste", h, MAXH, &e) >= 1);
	CHECK_STR(h[0].code, "D1212");
	CHECK(jobs_search(s, "aide soi", h, MAXH, &e) >= 1);
	CHECK_STR(h[0].title, "Aide-soignant / Aide-soignante");
	CHECK(jobs_search(s, "boulang", h, MAXH, &e) >= 1);
	CHECK_STR(h[0].title, "Boulanger / Boulangère");
}

static void
test_one_letter(struct store *s)
{
	struct job_hit h[MAXH];
	struct tr_err e;

	CHECK(jobs_search(s, "caisiere", h, MAXH, &e) >= 1);   /* missing s */
	CHECK_STR(h[0].code, "D1505");
	CHECK(jobs_search(s, "boulnger", h, MAXH, &e) >= 1);   /* missing a */
	CHECK_STR(h[0].code, "D1102");
	CHECK(jobs_search(s, "boulamger", h, MAXH, &e) >= 1);  /* wrong letter */
	CHECK_STR(h[0].code, "D1102");
	CHECK(jobs_search(s, "bouxlanger", h, MAXH, &e) >= 1); /* extra letter */
	CHECK_STR(h[0].code, "D1102");
	CHECK(jobs_search(s, "bolanger", h, MAXH, &e) >= 1);   /* missing u */
	CHECK(jobs_search(s, "buolanger", h, MAXH, &e) >= 1);  /* swapped */
	CHECK_STR(h[0].code, "D1102");
	/* A word of the title with a typo, another right. */
	CHECK(jobs_search(s, "agent securiter", h, MAXH, &e) >= 1);
	CHECK_STR(h[0].code, "K2503");
	/* The first letter must be right, and short words exact; two letters
	 * off is too far. */
	CHECK_INT(jobs_search(s, "voulanger", h, MAXH, &e), 0);
	CHECK_INT(jobs_search(s, "aidr", h, MAXH, &e), 0);
	CHECK_INT(jobs_search(s, "bxxlanger", h, MAXH, &e), 0);
	/* An exact match shows no typo reading. */
	CHECK(jobs_search(s, "cariste", h, MAXH, &e) >= 1);
	for (int i = 0, n = jobs_search(s, "cariste", h, MAXH, &e); i < n; i++)
		CHECK(strstr(h[i].title, "ariste") != NULL);
}

static void
test_english(struct store *s)
{
	struct job_hit h[MAXH];
	struct tr_err e;
	int n;

	CHECK_INT(jobs_search(s, "cook", h, MAXH, &e), 1);
	CHECK_STR(h[0].title, "Cuisinier / Cuisinière");
	CHECK(jobs_search(s, "Nurse", h, MAXH, &e) >= 1);
	CHECK_STR(h[0].code, "J1506");
	CHECK(jobs_search(s, "waitr", h, MAXH, &e) >= 1);   /* begun */
	CHECK_STR(h[0].code, "G1803");
	/* One word, two titles. */
	CHECK_INT(jobs_search(s, "housekeeper", h, MAXH, &e), 2);
	/* The French title and the English word: one hit each. */
	CHECK(jobs_search(s, "chef", h, MAXH, &e) >= 2);
	/* One or two letters bring no English word. */
	n = jobs_search(s, "b", h, MAXH, &e);
	for (int i = 0; i < n; i++)
		CHECK(strcmp(h[i].code, "F1703") != 0);    /* bricklayer: Maçon */
	/* An English word names one title: the other words of the query
	 * must be words of that title. */
	CHECK_INT(jobs_search(s, "cook cuisiniere", h, MAXH, &e), 1);
	CHECK_INT(jobs_search(s, "cook collectivite", h, MAXH, &e), 0);
}

static void
test_postcode(struct store *s)
{
	struct departement d[8];
	struct tr_err e;

	CHECK_INT(market_find_departements(s, "59000", d, 8, &e), 1);
	CHECK_STR(d[0].code, "59");
	CHECK_INT(market_find_departements(s, "01000", d, 8, &e), 1);
	CHECK_STR(d[0].code, "01");
	/* Corsica: the postcode does not say which one; both are offered. */
	CHECK_INT(market_find_departements(s, "20090", d, 8, &e), 2);
	CHECK_STR(d[0].code, "2A");
	CHECK_STR(d[1].code, "2B");
	CHECK_INT(market_find_departements(s, "20200", d, 8, &e), 2);
	/* Overseas: three digits. */
	CHECK_INT(market_find_departements(s, "97400", d, 8, &e), 1);
	CHECK_STR(d[0].code, "974");
	CHECK_INT(market_find_departements(s, "97600", d, 8, &e), 1);
	CHECK_STR(d[0].code, "976");
	/* Saint-Pierre-et-Miquelon and Monaco are no département. */
	CHECK_INT(market_find_departements(s, "97500", d, 8, &e), 0);
	CHECK_INT(market_find_departements(s, "98000", d, 8, &e), 0);
	/* Not five digits: not a postcode. */
	CHECK_INT(market_find_departements(s, "5900", d, 8, &e), 0);
	CHECK_INT(market_find_departements(s, "590001", d, 8, &e), 0);
	CHECK_INT(market_find_departements(s, "59", d, 8, &e), 1);
	CHECK_STR(d[0].code, "59");
	/* A town's name is not a département's. */
	CHECK_INT(market_find_departements(s, "Lille", d, 8, &e), 0);
}

int
main(void)
{
	const char *db = getenv("TREMPLIN_DB");
	struct store *s;
	struct tr_err e;

	if (db == NULL || db[0] == '\0') {
		puts("SKIP: TREMPLIN_DB is not set");
		return 77;
	}
	if (store_open(db, STORE_READONLY, &s, &e) < 0) {
		fprintf(stderr, "%s\n", e.msg);
		return 99;
	}
	test_ranking(s);
	test_one_letter(s);
	test_english(s);
	test_postcode(s);
	store_close(s);
	return check_done();
}
