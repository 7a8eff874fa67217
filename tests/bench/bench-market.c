/* bench-market.c - the speed of the market lookups the advice reads
 * (market.h), in process, over every job group and a spread of
 * départements of the database.
 *
 * Usage: bench-market DB
 * Prints, per lookup, the median and the 90th percentile of one call in
 * microseconds over job group x département pairs. Goal: each lookup
 * <= 100 us median on the full official referential. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "market.h"
#include "store-private.h"
#include "bench.h"

#define MAXG 4096
#define MAXD 8
#define NLOOKUPS 7

static const char *const names[NLOOKUPS] = {
	"market_lookup", "market_best_within (région)",
	"market_related_within (département)", "market_related_within (France)",
	"market_channels", "market_salary", "market_projects",
};

static char groups[MAXG][6];
static double times[NLOOKUPS][MAXG * MAXD];

/* One call of lookup K for job group G in département D. */
static int
call(struct store *s, int k, const char *g, const char *d, struct tr_err *e)
{
	struct market_figure f[4];
	struct market_related r[4];
	struct market_channel c[CHANNEL__COUNT];
	struct market_salary x;
	struct market_projects p;

	switch (k) {
	case 0: return market_lookup(s, g, d, f, e);
	case 1: return market_best_within(s, g, d, REACH_REGION, f, 4, e);
	case 2: return market_related_within(s, g, d, REACH_DEPARTEMENT, NULL, r, 4, e);
	case 3: return market_related_within(s, g, d, REACH_COUNTRY, NULL, r, 4, e);
	case 4: return market_channels(s, g, c, e);
	case 5: return market_salary(s, g, d, 40, &x, e);
	default: return market_projects(s, g, d, &p, e);
	}
}

static int
read_groups(struct store *s)
{
	sqlite3_stmt *st;
	int n = 0;

	if (sqlite3_prepare_v2(store_db(s), "SELECT code FROM job_groups ORDER BY code",
			       -1, &st, NULL) != SQLITE_OK)
		return 0;
	while (n < MAXG && sqlite3_step(st) == SQLITE_ROW)
		snprintf(groups[n++], sizeof groups[0], "%s",
			 (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return n;
}

int
main(int argc, char **argv)
{
	static const char *const deps[MAXD] = { "75", "13", "59", "33", "2A", "971", "23", "69" };
	struct tr_err e;
	struct store *s;
	int ng, n = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: %s DB\n", argv[0]);
		return 2;
	}
	if (store_open(argv[1], STORE_READONLY, &s, &e) < 0) {
		fprintf(stderr, "%s\n", e.msg);
		return 1;
	}
	ng = read_groups(s);
	for (int g = 0; g < ng; g++)
		for (int d = 0; d < MAXD; d++, n++)
			for (int k = 0; k < NLOOKUPS; k++) {
				double t0 = now_us();

				if (call(s, k, groups[g], deps[d], &e) < 0) {
					fprintf(stderr, "%s\n", e.msg);
					return 1;
				}
				times[k][n] = now_us() - t0;
			}
	printf("market lookups, %d job groups x %d départements:\n", ng, MAXD);
	for (int k = 0; k < NLOOKUPS; k++) {
		qsort(times[k], (size_t)n, sizeof times[k][0], cmp_double);
		printf("  %-38s median %6.1f us, 90th percentile %6.1f us\n", names[k],
		       times[k][n / 2], times[k][n * 9 / 10]);
	}
	store_close(s);
	return 0;
}
