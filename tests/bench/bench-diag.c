/* bench-diag.c - speed of the diagnosis and the plan, in process.
 *
 * Usage: bench-diag DB [COUNT]
 * 1. One person: facts read from the store + diagnosis + plan, repeated;
 *    prints the median and worst time. Goal: <= 1 ms.
 * 2. A batch of COUNT (default 10000) answers built from a fixed seed:
 *    each parsed from text, its facts read, diagnosed, planned and written
 *    as a JSON line to /dev/null, all in one process and one read
 *    transaction, as `tremplin diagnose` does. Goal: >= 10000 per second.
 *    The text export is timed the same way for comparison. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "diag.h"
#include "export.h"
#include "jobs.h"
#include "plan.h"
#include "situation.h"
#include "store.h"
#include "bench.h"

#define ONE_REPEAT 2000
#define MAX_JOBS 64

static unsigned long long rng = 0x2545F4914F6CDD1DULL;

static unsigned
next(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

static char jobs[MAX_JOBS][JOB_CODE_LEN];
static int njobs;

/* Job codes of the database, found through a few title searches. */
static void
collect_jobs(struct store *st)
{
	static const char *const q[] = { "boulanger", "secretaire", "aide", "vendeur",
		"conducteur", "cuisinier", "infirmier", "agent", "developpeur",
		"jardinier", "comptable", "serveur", "electricien", "magasinier" };
	struct job_hit hits[8];
	struct tr_err e;

	for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
		int n = jobs_search(st, q[i], hits, 8, &e);

		for (int k = 0; k < n && njobs < MAX_JOBS; k++)
			memcpy(jobs[njobs++], hits[k].code, JOB_CODE_LEN);
	}
}

/* Answers text of a made-up person: every key, values drawn at random. */
static void
make_answers(char *buf, size_t len)
{
	static const char *const deps[] = { "01", "13", "2A", "33", "40", "59", "69",
		"75", "93", "971", "974", "29", "67", "31" };
	size_t n = 0;

	for (int k = 0; k < SIT__COUNT; k++) {
		char v[512] = "";   /* the longest list: every frustration */
		int nv = situation_nvalues((enum sit_key)k);

		if (next(10) == 0)
			continue;           /* one answer in ten left out */
		switch (k) {
		case SIT_LANG: strcpy(v, next(2) ? "fr" : "en"); break;
		case SIT_BIRTH_YEAR: snprintf(v, sizeof v, "%u", 1960 + next(46)); break;
		case SIT_JOB: snprintf(v, sizeof v, "%s", njobs && next(8) ? jobs[next((unsigned)njobs)] : "unknown"); break;
		case SIT_DEPARTEMENT: strcpy(v, deps[next(sizeof deps / sizeof deps[0])]); break;
		case SIT_SEARCH_MONTHS: snprintf(v, sizeof v, "%u", next(25)); break;
		case SIT_INTERVIEWS: snprintf(v, sizeof v, "%u", next(22)); break;
		case SIT_SELF_DIAGNOSIS: strcpy(v, "unknown"); break;
		default:
			if (nv <= 0)
				continue;
			if (situation_is_list((enum sit_key)k)) {
				for (int i = 0; i < nv; i++)
					if (next(4) == 0)
						snprintf(v + strlen(v), sizeof v - strlen(v), "%s%s",
							 v[0] ? "," : "", situation_value_name((enum sit_key)k, i));
			} else {
				strcpy(v, situation_value_name((enum sit_key)k, (int)next((unsigned)nv)));
			}
		}
		n += (size_t)snprintf(buf + n, len - n, "%s=%s\n", situation_key_name((enum sit_key)k), v);
	}
}

static struct situation s;
static struct diag_facts f;
static struct diag d;
static struct plan p;

static void
one_person(struct store *st, const char *text)
{
	static double t[ONE_REPEAT];
	struct tr_err e;

	situation_read_string(&s, text, "bench", &e);
	for (int i = 0; i < ONE_REPEAT; i++) {
		double t0 = now_us();

		diag_facts_load(st, &s, 2026, &f, &e);
		diag_run(&s, &f, &d);
		plan_build(&s, &f, &d, &p);
		t[i] = now_us() - t0;
	}
	qsort(t, ONE_REPEAT, sizeof t[0], cmp_double);
	printf("one person (facts + diagnosis + plan): median %.1f us, worst %.1f us (goal <= 1000 us)\n",
	       t[ONE_REPEAT / 2], t[ONE_REPEAT - 1]);
}

static void
batch(struct store *st, char **texts, int count, int json, FILE *null)
{
	struct export_options eo = { .date = "2026-06-15" };
	struct tr_err e;
	double t0 = now_us(), secs;
	int bad = 0;

	for (int i = 0; i < count; i++) {
		if (situation_read_string(&s, texts[i], "bench", &e) < 0) {
			if (bad++ == 0)
				fprintf(stderr, "first refused: %s\n", e.msg);
			continue;
		}
		diag_facts_load(st, &s, 2026, &f, &e);
		diag_run(&s, &f, &d);
		plan_build(&s, &f, &d, &p);
		if (json)
			export_json(null, &s, &f, &d, &p, &e);
		else
			export_text(null, &s, &f, &d, &p, &eo, &e);
	}
	secs = (now_us() - t0) / 1e6;
	printf("batch of %d answers (%s): %.3f s, %.0f per second%s (%d refused)\n",
	       count, json ? "JSON" : "text export", secs, count / secs,
	       json ? " (goal >= 10000)" : "", bad);
}

int
main(int argc, char **argv)
{
	struct store *st;
	struct tr_err e;
	int count = argc > 2 ? atoi(argv[2]) : 10000;
	char **texts;
	FILE *null;

	if (argc < 2 || count <= 0) {
		fprintf(stderr, "usage: bench-diag DB [COUNT]\n");
		return 2;
	}
	if (store_open(argv[1], STORE_READONLY, &st, &e) < 0) {
		fprintf(stderr, "%s\n", e.msg);
		return 1;
	}
	collect_jobs(st);
	texts = calloc((size_t)count, sizeof *texts);
	for (int i = 0; i < count; i++) {
		texts[i] = malloc(4096);
		make_answers(texts[i], 4096);
	}
	null = fopen("/dev/null", "w");
	/* As `tremplin diagnose` does for a batch (tui/cmd-diagnose.c). */
#if defined(__GLIBC__) && defined(M_TRIM_THRESHOLD)
	mallopt(M_TRIM_THRESHOLD, 8 << 20);
#endif
	printf("%d job groups drawn from the database\n", njobs);
	one_person(st, texts[0]);
	if (diag_batch_begin(st, &e) < 0)
		fprintf(stderr, "%s\n", e.msg);
	batch(st, texts, count, 1, null);
	batch(st, texts, count, 0, null);
	diag_batch_end(st);
	fclose(null);
	for (int i = 0; i < count; i++)
		free(texts[i]);
	free(texts);
	store_close(st);
	return 0;
}
