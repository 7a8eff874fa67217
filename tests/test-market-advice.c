/* test-market-advice.c - the lookups the advice reads (market-advice.c),
 * on a controlled market: the data set of tests/fixtures/market plus the
 * rows below, written for the tests (not official figures). */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "market-fixture.h"
#include "import.h"
#include "market.h"
#include "store-private.h"

/* Related jobs of J1501 (2.5 offers per 10 candidates in Paris): K1302
 * does better in Paris (3.0) and much better in its région (10.0);
 * K1304 better in Paris (8.0); K1303 has no figure; K1399 is a ROME 4.0
 * test sheet of v3 group K1304, with no figure of its own. */
static const char extra_rows[] =
	"INSERT INTO job_groups (code, name, domain) VALUES "
	" ('K1304', 'Services domestiques', 'K'),"
	" ('K1303', 'Assistance auprès d''enfants', 'K');"
	"INSERT INTO job_groups (code, name, domain, parent) VALUES "
	" ('K1399', 'Test sheet of K1304', 'K', 'K1304');"
	"INSERT INTO job_links (source, target, kind) VALUES "
	" ('J1501', 'K1304', 'close'), ('J1501', 'K1303', 'evolution'),"
	" ('J1501', 'K1399', 'close');"
	"INSERT INTO market (rome, level, area, offers, candidates, tension, source, year, example) VALUES "
	" ('K1302', 'D', '75', 30, 100, 3.0, 'Test figures', 2025, 1),"
	" ('K1302', 'R', '11', 100, 100, 10.0, 'Test figures', 2025, 1),"
	" ('K1304', 'D', '75', 80, 100, 8.0, 'Test figures', 2025, 1),"
	" ('K1304', 'F', '', 500, 1000, 5.0, 'Test figures', 2025, 1);"
	"INSERT INTO channels (rome, channel, share, source, year, example) VALUES "
	" ('K1304', 'network', 45, 'Test channels', 2024, 1),"
	" ('K1304', 'spontaneous', 30, 'Test channels', 2024, 1),"
	" ('K1304', 'intermediaries', 20, 'Test channels', 2024, 1),"
	" ('K1304', 'other', 5, 'Test channels', 2024, 1);"
	"INSERT INTO salaries (rome, level, area, age_group, minimum, maximum, source, year, example) VALUES "
	" ('K1304', 'F', '', 'under35', 1800, 2100, 'Test salaries', 2024, 1),"
	" ('K1304', 'F', '', 'from35', 1900, 2400, 'Test salaries', 2024, 1),"
	" ('K1304', 'D', '75', 'from35', 2000, 2600, 'Test salaries', 2024, 1);"
	"INSERT INTO recruitment (rome, departement, projects, hard_share, seasonal_share, source, year, example) VALUES "
	" ('J1501', '75', 120.5, 40, NULL, 'Test projects', 2025, 1);";

static void
related_is(const struct market_related *r, const char *code, double tension,
	   const char *area, int better)
{
	CHECK_STR(r->code, code);
	if (tension < 0) {
		CHECK_INT(r->has_figure, 0);
	} else {
		CHECK_INT(r->has_figure, 1);
		CHECK(fabs(r->figure.tension - tension) < 1e-9);
		CHECK_STR(r->figure.area, area);
	}
	CHECK_INT(r->better, better);
}

static void
test_related(struct store *s)
{
	struct market_related r[8];
	struct market_figure target;
	struct tr_err e;

	CHECK_INT(market_lookup(s, "J1501", "75", &target, &e), 1);
	/* Near home: Paris figures, the sheet K1399 with its v3 group's. */
	CHECK_INT(market_related_within(s, "J1501", "75", REACH_DEPARTEMENT, &target, r, 8, &e), 4);
	related_is(&r[0], "K1304", 8.0, "75", 1);
	related_is(&r[1], "K1399", 8.0, "75", 1);
	CHECK_STR(r[1].figure.rome, "K1304");
	CHECK_STR(r[1].figure.sheet, "K1399");
	CHECK_STR(r[0].figure.sheet, "");
	related_is(&r[2], "K1302", 3.0, "75", 1);
	related_is(&r[3], "K1303", -1, "", -1);
	CHECK_INT(r[3].evolution, 1);
	/* Within the région, K1302's région figure comes first. */
	CHECK_INT(market_related_within(s, "J1501", "75", REACH_REGION, &target, r, 8, &e), 4);
	related_is(&r[0], "K1302", 10.0, "11", 1);
	related_is(&r[1], "K1304", 8.0, "75", 1);
	/* In a département with no figure: France, then nothing. */
	CHECK_INT(market_related_within(s, "J1501", "01", REACH_DEPARTEMENT, NULL, r, 8, &e), 4);
	related_is(&r[0], "K1304", 5.0, "", -1);
	CHECK_INT(r[0].figure.level, AREA_FRANCE);
	CHECK_INT(r[1].has_figure, 1);
	CHECK_INT(r[2].has_figure, 0);
	/* Worse than the target: not better. */
	target.tension = 9.0;
	CHECK_INT(market_related_within(s, "J1501", "75", REACH_DEPARTEMENT, &target, r, 2, &e), 2);
	CHECK_INT(r[0].better, 0);
	CHECK_INT(market_related_within(s, "J1501", "75", REACH_DEPARTEMENT, &target, r, 0, &e), 0);
	CHECK_INT(market_related_within(s, "Z9999", "75", REACH_COUNTRY, &target, r, 8, &e), 0);
}

static void
test_parent(struct store *s)
{
	struct market_figure f;
	struct tr_err e;

	/* A ROME 4.0 sheet without figures reads its v3 group's. */
	CHECK_INT(market_lookup(s, "K1399", "75", &f, &e), 1);
	CHECK_STR(f.rome, "K1304");
	CHECK_STR(f.sheet, "K1399");
	CHECK(fabs(f.tension - 8.0) < 1e-9);
	CHECK_INT(market_best_within(s, "K1399", "75", REACH_COUNTRY, &f, 1, &e), 1);
	CHECK_STR(f.sheet, "K1399");
	/* A group with its own figures names no sheet. */
	CHECK_INT(market_lookup(s, "K1304", "75", &f, &e), 1);
	CHECK_STR(f.sheet, "");
}

static void
test_months(struct store *s)
{
	struct market_figure f;
	struct tr_err e;
	int m[12];

	CHECK_INT(market_lookup(s, "D1102", NULL, &f, &e), 1);
	CHECK_INT(market_busy_months(&f, m), 3);
	CHECK_INT(m[0], 5);
	CHECK_INT(m[2], 7);
	CHECK_INT(market_lookup(s, "J1501", "75", &f, &e), 1);
	CHECK_INT(market_busy_months(&f, m), 0);
}

static void
test_channels(struct store *s)
{
	struct market_channel c[CHANNEL__COUNT];
	struct tr_err e;

	CHECK_INT(market_channels(s, "K1304", c, &e), 4);
	CHECK_INT(c[0].kind, CHANNEL_NETWORK);
	CHECK(fabs(c[0].share - 45) < 1e-9);
	CHECK_INT(c[1].kind, CHANNEL_SPONTANEOUS);
	CHECK_INT(c[3].kind, CHANNEL_OTHER);
	CHECK_STR(c[0].source, "Test channels");
	CHECK_INT(c[0].year, 2024);
	CHECK_INT(c[0].example, 1);
	CHECK_INT(market_channels(s, "K1399", c, &e), 4);
	CHECK_STR(c[0].sheet, "K1399");
	CHECK_STR(c[0].rome, "K1304");
	CHECK_INT(market_channels(s, "J1501", c, &e), 0);
}

static void
test_salary(struct store *s)
{
	struct market_salary x;
	struct tr_err e;

	CHECK_INT(market_salary(s, "K1304", "75", 40, &x, &e), 1);
	CHECK_INT(x.level, AREA_DEPARTEMENT);
	CHECK_INT(x.minimum, 2000);
	CHECK_INT(x.maximum, 2600);
	CHECK_STR(x.area_name, "Paris");
	CHECK_INT(market_salary(s, "K1304", "75", 30, &x, &e), 1);
	CHECK_INT(x.from35, 0);
	CHECK_INT(x.level, AREA_FRANCE);
	CHECK_INT(x.minimum, 1800);
	CHECK_INT(market_salary(s, "K1304", "92", -1, &x, &e), 1);
	CHECK_INT(x.from35, 1);
	CHECK_INT(x.level, AREA_FRANCE);
	CHECK_INT(x.maximum, 2400);
	CHECK_INT(market_salary(s, "K1399", "75", 50, &x, &e), 1);
	CHECK_STR(x.sheet, "K1399");
	CHECK_INT(market_salary(s, "J1501", "75", 50, &x, &e), 0);
}

static void
test_projects(struct store *s)
{
	struct market_projects p;
	struct tr_err e;

	CHECK_INT(market_projects(s, "J1501", "75", &p, &e), 1);
	CHECK(fabs(p.projects - 120.5) < 1e-9);
	CHECK(fabs(p.hard_share - 40) < 1e-9);
	CHECK(p.seasonal_share < 0);
	CHECK_STR(p.source, "Test projects");
	CHECK_INT(market_projects(s, "J1501", "92", &p, &e), 0);
}

int
main(void)
{
	char path[64];
	struct store *s = fixture_store(path, sizeof path, extra_rows);

	CHECK(s != NULL);
	if (s == NULL)
		return check_done();
	test_related(s);
	test_parent(s);
	test_months(s);
	test_channels(s);
	test_salary(s);
	test_projects(s);
	store_close(s);
	unlink(path);
	return check_done();
}
