/* test-market.c - job groups, related jobs, job-title search, départements
 * and market lookups with their fallbacks, on a small data set written for
 * the tests (tests/fixtures/market). */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "market-fixture.h"
#include "import.h"
#include "jobs.h"
#include "market.h"
#include "store.h"

static void
lookup_is(struct store *s, const char *rome, const char *dep,
	  enum area_level level, const char *area, double tension)
{
	struct market_figure f;
	struct tr_err e;

	CHECK_INT(market_lookup(s, rome, dep, &f, &e), 1);
	CHECK_INT(f.level, level);
	CHECK_STR(f.area, area);
	CHECK(fabs(f.tension - tension) < 1e-9);
	if (f.level != level || fabs(f.tension - tension) >= 1e-9)
		fprintf(stderr, "  lookup %s in %s\n", rome, dep ? dep : "(none)");
}

static void
test_lookup(struct store *s)
{
	struct market_figure f;
	struct tr_err e;

	/* The département's own figure. */
	lookup_is(s, "J1501", "75", AREA_DEPARTEMENT, "75", 2.5);
	CHECK_INT(market_lookup(s, "J1501", "75", &f, &e), 1);
	CHECK_STR(f.area_name, "Paris");
	CHECK_STR(f.source, "Test figures");
	CHECK_INT(f.year, 2025);
	CHECK_INT(f.example, 1);
	CHECK_INT(f.offers, 50);
	CHECK_INT(f.candidates, 200);
	CHECK_INT(f.seasonal_months, -1);
	CHECK(f.cdi_share < 0);
	/* No département figure: its région's. */
	lookup_is(s, "J1501", "93", AREA_REGION, "11", 4.0);
	CHECK_INT(market_lookup(s, "J1501", "93", &f, &e), 1);
	CHECK_STR(f.area_name, "Île-de-France");
	/* Nor a région figure: France's. */
	lookup_is(s, "J1501", "01", AREA_FRANCE, "", 5.0);
	CHECK_INT(market_lookup(s, "J1501", "01", &f, &e), 1);
	CHECK_STR(f.area_name, "France");
	CHECK(fabs(f.cdi_share - 60) < 1e-9);
	lookup_is(s, "D1102", "69", AREA_REGION, "84", 8.0);
	lookup_is(s, "D1102", "75", AREA_FRANCE, "", 7.0);
	CHECK_INT(market_lookup(s, "D1102", "75", &f, &e), 1);
	CHECK_INT(f.seasonal_months, (1 << 5) | (1 << 6) | (1 << 7));
	lookup_is(s, "K2204", "38", AREA_FRANCE, "", 12.0);
	CHECK_INT(market_lookup(s, "K2204", "38", &f, &e), 1);
	CHECK_INT(f.example, 0);
	/* An unknown département still gets France; no figure at all: 0. */
	lookup_is(s, "J1501", "99", AREA_FRANCE, "", 5.0);
	lookup_is(s, "J1501", NULL, AREA_FRANCE, "", 5.0);
	CHECK_INT(market_lookup(s, "K1302", "75", &f, &e), 0);
	CHECK_INT(market_lookup(s, "Z9999", "75", &f, &e), 0);
}

static void
test_best(struct store *s)
{
	struct market_figure f[8];
	struct tr_err e;

	/* Within Île-de-France: Hauts-de-Seine 6, the région 4, Paris 2.5. */
	CHECK_INT(market_best_within(s, "J1501", "75", REACH_REGION, f, 8, &e), 3);
	CHECK_STR(f[0].area, "92");
	CHECK_INT(f[0].level, AREA_DEPARTEMENT);
	CHECK_STR(f[0].area_name, "Hauts-de-Seine");
	CHECK_STR(f[1].area, "11");
	CHECK_INT(f[1].level, AREA_REGION);
	CHECK_STR(f[2].area, "75");
	/* All of France: Isère 9 first. */
	CHECK_INT(market_best_within(s, "J1501", "75", REACH_COUNTRY, f, 8, &e), 4);
	CHECK_STR(f[0].area, "38");
	CHECK_INT(market_best_within(s, "J1501", "75", REACH_COUNTRY, f, 1, &e), 1);
	/* Only the département: the plain lookup. */
	CHECK_INT(market_best_within(s, "J1501", "93", REACH_DEPARTEMENT, f, 8, &e), 1);
	CHECK_INT(f[0].level, AREA_REGION);
	/* Nothing finer than France within reach. */
	CHECK_INT(market_best_within(s, "K2204", "01", REACH_REGION, f, 8, &e), 1);
	CHECK_INT(f[0].level, AREA_FRANCE);
	CHECK_INT(market_best_within(s, "K1302", "01", REACH_COUNTRY, f, 8, &e), 0);
}

static void
test_departements(struct store *s)
{
	struct departement d[8];
	struct tr_err e;

	CHECK_INT(market_departement(s, "92", d, &e), 1);
	CHECK_STR(d[0].name, "Hauts-de-Seine");
	CHECK_INT(d[0].article, 4);
	CHECK_STR(d[0].region, "11");
	CHECK_STR(d[0].region_name, "Île-de-France");
	CHECK_INT(market_departement(s, "20", d, &e), 0);
	CHECK_INT(market_find_departements(s, "rhone", d, 8, &e), 1);
	CHECK_STR(d[0].code, "69");
	CHECK_INT(market_find_departements(s, "SEINE", d, 8, &e), 2);
	CHECK_STR(d[0].code, "93");               /* the name starts with it */
	CHECK_STR(d[1].code, "92");
	CHECK_INT(market_find_departements(s, "75", d, 8, &e), 1);
	CHECK_STR(d[0].name, "Paris");
	CHECK_INT(market_find_departements(s, "9", d, 8, &e), 2);
	CHECK_INT(market_find_departements(s, "hauts seine", d, 8, &e), 1);
	CHECK_INT(market_find_departements(s, "zzz", d, 8, &e), 0);
}

static void
test_jobs(struct store *s)
{
	struct job_group g;
	struct job_link l[8];
	struct job_hit h[8];
	struct tr_err e;

	CHECK_INT(jobs_group(s, "J1501", &g, &e), 1);
	CHECK_STR(g.name, "Soins d'hygiène, de confort du patient");
	CHECK_STR(g.domain, "J");
	CHECK_INT(g.diploma_required, 1);
	CHECK_INT(g.diploma_level, 2);          /* bac, in enum sit_diploma order */
	CHECK_INT(jobs_group(s, "K2204", &g, &e), 1);
	CHECK_INT(g.diploma_level, -1);
	CHECK_INT(jobs_group(s, "K1302", &g, &e), 1);
	CHECK_INT(g.licence_often, 1);
	CHECK_INT(jobs_group(s, "Z9999", &g, &e), 0);

	CHECK_INT(jobs_related(s, "J1501", l, 8, &e), 1);
	CHECK_STR(l[0].code, "K1302");
	CHECK_INT(l[0].kind, JOB_LINK_CLOSE);
	CHECK_INT(jobs_related(s, "K1302", l, 8, &e), 1);
	CHECK_INT(l[0].kind, JOB_LINK_EVOLUTION);

	CHECK_INT(jobs_search(s, "aide soi", h, 8, &e), 2);
	CHECK_STR(h[0].title, "Aide-soignant / Aide-soignante");  /* shorter first */
	CHECK_STR(h[0].group, "Soins d'hygiène, de confort du patient");
	CHECK_INT(jobs_search(s, "AIDE-SOIGNANTE", h, 8, &e), 2);
	CHECK_INT(jobs_search(s, "boulangere", h, 8, &e), 2);
	CHECK_STR(h[0].code, "D1102");
	CHECK_INT(jobs_search(s, "pâtiss", h, 8, &e), 1);
	CHECK_INT(jobs_search(s, "aide", h, 8, &e), 3);
	/* The query starts each title; the generic one, which another title
	 * specialises ("... à domicile"), before the shorter one. */
	CHECK_STR(h[0].title, "Aide-soignant / Aide-soignante");
	CHECK_STR(h[1].title, "Aide à domicile");
	CHECK_INT(jobs_search(s, "aide", h, 1, &e), 1);
	CHECK_INT(jobs_search(s, "domicile aide", h, 8, &e), 2);
	CHECK_INT(jobs_search(s, "oignant", h, 8, &e), 0);   /* word starts only */
	/* Plurals and little words typed or left out. */
	CHECK_INT(jobs_search(s, "auxiliaires de vie", h, 8, &e), 1);
	CHECK_STR(h[0].title, "Auxiliaire de vie");
	CHECK_INT(jobs_search(s, "agent proprete", h, 8, &e), 1);
	CHECK_INT(jobs_search(s, "agents de la propreté et hygiène", h, 8, &e), 1);
	CHECK_INT(jobs_search(s, "aides soignants", h, 8, &e), 2);
	/* Only a little word: it is kept, and finds the titles that have it. */
	CHECK_INT(jobs_search(s, "de", h, 8, &e), 2);
	CHECK_INT(jobs_search(s, "  ", h, 8, &e), 0);
	CHECK_INT(jobs_search(s, "", h, 8, &e), 0);
}

int
main(void)
{
	char path[64];
	struct store *s = fixture_store(path, sizeof path, NULL);

	CHECK(s != NULL);
	if (s == NULL)
		return check_done();
	test_lookup(s);
	test_best(s);
	test_departements(s);
	test_jobs(s);
	store_close(s);
	unlink(path);
	return check_done();
}
