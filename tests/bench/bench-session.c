/* bench-session.c - the cost of one save of the wizard: answers, screen
 * and plan marks in one transaction (session_save_all), in a fresh
 * sessions database.
 * Usage: bench-session ANSWERS-FILE [SAVES]   (`make bench` runs it) */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "catalog.h"
#include "session.h"

/* Bytes this process passed to write(2) so far (Linux), or -1. */
static long long
written(void)
{
	FILE *fp = fopen("/proc/self/io", "r");
	char line[128];
	long long v = -1;

	if (fp == NULL)
		return -1;
	while (fgets(line, sizeof line, fp) != NULL)
		if (sscanf(line, "wchar: %lld", &v) == 1)
			break;
	fclose(fp);
	return v;
}

int
main(int argc, char **argv)
{
	char dir[] = "/tmp/tremplin-bench-XXXXXX", path[512], cmd[600];
	const char *screens[] = { "search_months", "applications_week", "summary" };
	struct plan_mark marks[12];
	struct situation s;
	struct store *db;
	struct tr_err e;
	long id;
	int n = argc > 2 ? atoi(argv[2]) : 2000;
	long long w0, w1;
	double t0, t1, *each;

	if (argc < 2 || n <= 0) {
		fprintf(stderr, "usage: bench-session ANSWERS-FILE [SAVES]\n");
		return 2;
	}
	if (situation_read_file(&s, argv[1], &e) < 0) {
		fprintf(stderr, "%s\n", e.msg);
		return 1;
	}
	if (mkdtemp(dir) == NULL)
		return 1;
	snprintf(path, sizeof path, "%s/sessions.db", dir);
	if (session_open(path, &db, &e) < 0 || session_create(db, "", &id, &e) < 0) {
		fprintf(stderr, "%s\n", e.msg);
		return 1;
	}
	memset(marks, 0, sizeof marks);
	for (int i = 0; i < 12; i++) {
		marks[i].action = i;
		marks[i].chosen = i % 2;
		marks[i].when = i % 4;
		if (i < 3)
			snprintf(marks[i].note, sizeof marks[i].note, "note %d for the adviser", i);
	}
	each = malloc((size_t)n * sizeof *each);
	if (each == NULL)
		return 1;
	w0 = written();
	t0 = now_us();
	for (int i = 0; i < n; i++) {
		double t = now_us();

		marks[i % 12].done = !marks[i % 12].done;
		if (session_save_all(db, id, &s, screens[i % 3], 0, marks, 12, &e) < 0) {
			fprintf(stderr, "%s\n", e.msg);
			return 1;
		}
		each[i] = now_us() - t;
	}
	t1 = now_us();
	w1 = written();
	qsort(each, (size_t)n, sizeof *each, cmp_double);
	printf("session_save_all (answers of %s, 12 plan marks), %d saves: "
	       "%.1f us per save (median %.1f, slowest %.0f), %lld bytes written "
	       "per save (WAL and checkpoints)\n", argv[1], n, (t1 - t0) / n,
	       each[n / 2], each[n - 1], w0 < 0 ? -1 : (w1 - w0) / n);
	free(each);
	store_close(db);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : 1;
}
