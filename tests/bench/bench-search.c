/* bench-search.c - job-title search and market lookup speed, in process.
 *
 * Usage: bench-search DB QUERIES
 * Prints the median, 90th percentile and worst time per search over the
 * queries (each query run 20 times, its mean taken), and the median time
 * of a market lookup with fallback. Goals: search <= 2 ms median, market
 * lookup <= 50 us. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "jobs.h"
#include "market.h"
#include "store.h"
#include "bench.h"

#define MAXQ 1024
#define REPEAT 20

int
main(int argc, char **argv)
{
	static char queries[MAXQ][128];
	static double times[MAXQ];
	static double lookups[20000];
	struct job_hit hits[20];
	struct market_figure fig;
	struct tr_err e;
	struct store *s;
	char line[256];
	char codes[MAXQ][JOB_CODE_LEN];
	int nq = 0, ncodes = 0, total_hits = 0, found = 0;
	FILE *fp;

	if (argc != 3) {
		fprintf(stderr, "usage: %s DB QUERIES\n", argv[0]);
		return 2;
	}
	if (store_open(argv[1], STORE_READONLY, &s, &e) < 0) {
		fprintf(stderr, "%s\n", e.msg);
		return 1;
	}
	fp = fopen(argv[2], "r");
	if (fp == NULL) {
		perror(argv[2]);
		return 1;
	}
	while (nq < MAXQ && fgets(line, sizeof line, fp) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		snprintf(queries[nq++], sizeof queries[0], "%.127s", line);
	}
	fclose(fp);

	for (int i = 0; i < nq; i++) {
		int n = jobs_search(s, queries[i], hits, 20, &e);  /* warm up */
		double t0;

		if (n < 0) {
			fprintf(stderr, "%s\n", e.msg);
			return 1;
		}
		total_hits += n > 0;
		if (n > 0 && ncodes < MAXQ)
			memcpy(codes[ncodes++], hits[0].code, JOB_CODE_LEN);
		t0 = now_us();
		for (int r = 0; r < REPEAT; r++)
			jobs_search(s, queries[i], hits, 20, &e);
		times[i] = (now_us() - t0) / REPEAT;
	}
	qsort(times, (size_t)nq, sizeof times[0], cmp_double);
	printf("search: %d queries, %d with hits; per query: median %.3f ms, "
	       "p90 %.3f ms, worst %.3f ms\n", nq, total_hits, times[nq / 2] / 1000,
	       times[nq * 9 / 10] / 1000, times[nq - 1] / 1000);

	if (ncodes == 0)
		return 0;
	for (int i = 0; i < 20000; i++) {
		char dep[4];
		double t0;
		int d = 1 + i % 95;

		snprintf(dep, sizeof dep, "%02d", d == 20 ? 21 : d);
		t0 = now_us();
		found += market_lookup(s, codes[i % ncodes], dep, &fig, &e) == 1;
		lookups[i] = now_us() - t0;
	}
	qsort(lookups, 20000, sizeof lookups[0], cmp_double);
	printf("market lookup: 20000 lookups, %d found; median %.1f us, p90 %.1f us\n",
	       found, lookups[10000], lookups[18000]);
	for (int reach = REACH_REGION; reach <= REACH_COUNTRY; reach++) {
		struct market_figure best[10];

		found = 0;
		for (int i = 0; i < 2000; i++) {
			double t0 = now_us();

			found += market_best_within(s, codes[i % ncodes], "69",
						    (enum market_reach)reach, best, 10, &e) > 0;
			lookups[i] = now_us() - t0;
		}
		qsort(lookups, 2000, sizeof lookups[0], cmp_double);
		printf("best areas within %s: 2000 lookups, %d found; median %.1f us, p90 %.1f us\n",
		       reach == REACH_REGION ? "the region" : "France", found,
		       lookups[1000], lookups[1800]);
	}
	store_close(s);
	return 0;
}
