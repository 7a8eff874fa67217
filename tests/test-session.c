/* test-session.c - the sessions database: private file, save and load,
 * the last unfinished session, delete, purge, the plan state. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "session.h"
#include "store-private.h"

static void
count(const struct session_info *info, void *arg)
{
	(void)info;
	++*(int *)arg;
}

int
main(void)
{
	char dir[] = "/tmp/tremplin-session-XXXXXX";
	char path[512], folder[512];
	struct situation s, back;
	struct session_info info;
	struct plan_mark marks[3], got[8];
	struct tr_err e;
	struct store *db;
	struct stat sb;
	long a, b, last;
	int n = 0, deleted = -1;

	if (mkdtemp(dir) == NULL)
		return 99;
	setenv("XDG_DATA_HOME", dir, 1);
	CHECK_INT(session_default_path(path, sizeof path, &e), 0);
	snprintf(folder, sizeof folder, "%s/tremplin", dir);
	CHECK(strncmp(path, folder, strlen(folder)) == 0);

	CHECK_INT(session_open(path, &db, &e), 0);
	if (db == NULL)
		return check_done();
	CHECK(stat(path, &sb) == 0 && (sb.st_mode & 0777) == 0600);
	CHECK(stat(folder, &sb) == 0 && (sb.st_mode & 0777) == 0700);

	situation_init(&s);
	CHECK_INT(situation_read_string(&s, "job=D1102\nsearch_months=4\n"
					"barriers=childcare,transport\n", "t", &e), 0);
	CHECK_INT(session_create(db, "", &a, &e), 0);
	CHECK_INT(session_create(db, "Client 7", &b, &e), 0);
	CHECK(a != b);
	CHECK_INT(session_save(db, a, &s, "search_months", 0, &e), 0);
	CHECK_INT(session_save(db, b, &s, "summary", 1, &e), 0);
	CHECK_INT(session_last_unfinished(db, &last, &e), 1);
	CHECK_INT(last, a);
	/* The last one, finished or not: b was saved last. */
	CHECK_INT(store_exec(db, "UPDATE sessions SET updated = '2030-01-01 00:00:00' WHERE id = 2", &e), 0);
	CHECK_INT(session_last(db, &last, &e), 1);
	CHECK_INT(last, b);

	CHECK_INT(session_load(db, a, &back, &info, &e), 1);
	CHECK_STR(back.job, "D1102");
	CHECK_INT(back.search_months, 4);
	CHECK_INT(back.barriers, s.barriers);
	CHECK_INT(back.answered, s.answered);
	CHECK_STR(info.screen, "search_months");
	CHECK_INT(info.finished, 0);
	CHECK_INT(session_load(db, b, &back, &info, &e), 1);
	CHECK_STR(info.pseudonym, "Client 7");
	CHECK_INT(session_load(db, 9999, &back, &info, &e), 0);

	/* Plan marks, in order, notes kept. */
	memset(marks, 0, sizeof marks);
	marks[0].action = ACTION_START_PLAN;
	marks[0].chosen = 1;
	marks[0].when = PLAN_WHEN_TODAY;
	marks[1].action = ACTION_IMPROVE_RESUME;
	marks[1].done = 1;
	strcpy(marks[1].note, "Bring the CV on Monday — « merci »");
	marks[2].action = ACTION_JOB_FAIRS;
	marks[2].when = PLAN_WHEN_MONTH;
	CHECK_INT(session_save_plan(db, a, marks, 3, &e), 0);
	CHECK_INT(session_save_plan(db, a, marks, 2, &e), 0);  /* replaces */
	CHECK_INT(session_load_plan(db, a, got, 8, &e), 2);
	CHECK_INT(got[0].action, ACTION_START_PLAN);
	CHECK_INT(got[0].when, PLAN_WHEN_TODAY);
	CHECK_STR(got[1].note, "Bring the CV on Monday — « merci »");
	CHECK_INT(got[1].done, 1);

	/* Answers, screen and marks in one transaction. */
	marks[0].done = 1;
	CHECK_INT(situation_set(&s, SIT_SEARCH_MONTHS, "9", &e), 0);
	CHECK_INT(session_save_all(db, a, &s, "summary", 0, marks, 3, &e), 0);
	CHECK_INT(session_load(db, a, &back, &info, &e), 1);
	CHECK_INT(back.search_months, 9);
	CHECK_STR(info.screen, "summary");
	CHECK_INT(session_load_plan(db, a, got, 8, &e), 3);
	CHECK_INT(got[0].done, 1);
	CHECK_INT(got[2].action, ACTION_JOB_FAIRS);
	/* When a part fails (here the same action twice breaks the key of
	 * the marks), nothing of the save is kept: neither the answers nor
	 * the screen nor the first marks. */
	{
		struct plan_mark twice[2];
		struct situation s2 = s;

		memcpy(twice, marks, sizeof twice);
		twice[1].action = twice[0].action;
		CHECK_INT(situation_set(&s2, SIT_SEARCH_MONTHS, "11", &e), 0);
		CHECK_INT(session_save_all(db, a, &s2, "job", 0, twice, 2, &e), -1);
		CHECK_INT(session_load(db, a, &back, &info, &e), 1);
		CHECK_INT(back.search_months, 9);
		CHECK_STR(info.screen, "summary");
		CHECK_INT(session_load_plan(db, a, got, 8, &e), 3);
		CHECK_INT(got[1].action, ACTION_IMPROVE_RESUME);
	}

	/* The integrity check finds nothing wrong in a sound file. */
	CHECK_INT(session_check(db, NULL, NULL, &e), 0);

	/* TREMPLIN_NOW pins the clock of the sessions (the harness runs in
	 * TZ=UTC; the file keeps UTC). A value that is not a date is an
	 * error, not today. */
	setenv("TREMPLIN_NOW", "2026-11-27 09:23:00", 1);
	CHECK_INT(session_save(db, b, &s, "summary", 1, &e), 0);
	CHECK_INT(session_load(db, b, &back, &info, &e), 1);
	CHECK_STR(info.updated, "2026-11-27 09:23");
	setenv("TREMPLIN_NOW", "1795771380", 1);
	CHECK_INT(session_save(db, b, &s, "summary", 1, &e), -1);
	CHECK(strstr(e.msg, "TREMPLIN_NOW") != NULL);
	CHECK_INT(session_purge(db, 1, &deleted, &e), -1);
	setenv("TREMPLIN_NOW", "2026-11-27 09:23:00", 1);

	CHECK_INT(session_list(db, count, &n, &e), 0);
	CHECK_INT(n, 2);
	CHECK_INT(session_delete(db, a, &e), 1);
	CHECK_INT(session_delete(db, a, &e), 0);
	CHECK_INT(session_load_plan(db, a, got, 8, &e), 0);
	CHECK_INT(session_last_unfinished(db, &last, &e), 0);

	/* Purge by the program's clock: a day less a minute after the save,
	 * nothing is older than a day; a minute more than a day, it is. */
	setenv("TREMPLIN_NOW", "2026-11-28 09:22:00", 1);
	CHECK_INT(session_purge(db, 1, &deleted, &e), 0);
	CHECK_INT(deleted, 0);
	setenv("TREMPLIN_NOW", "2026-11-28 09:24:00", 1);
	CHECK_INT(session_purge(db, 30, &deleted, &e), 0);
	CHECK_INT(deleted, 0);
	CHECK_INT(session_purge(db, 1, &deleted, &e), 0);
	CHECK_INT(deleted, 1);
	store_close(db);

	/* Reopening an existing file keeps it private and working. */
	CHECK_INT(session_open(path, &db, &e), 0);
	store_close(db);
	CHECK(stat(path, &sb) == 0 && (sb.st_mode & 0777) == 0600);

	/* A damaged sessions file gets a message naming it, and stays. */
	{
		FILE *fp = fopen(path, "r+b");

		CHECK(fp != NULL);
		if (fp != NULL) {
			fputs("garbage garbage garbage garbage", fp);
			fclose(fp);
		}
		CHECK_INT(session_open(path, &db, &e), -1);
		CHECK(strstr(e.msg, path) != NULL);
		CHECK(stat(path, &sb) == 0);
	}
	{
		char cmd[600];

		snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
		if (system(cmd) != 0)
			fprintf(stderr, "could not remove %s\n", dir);
	}
	return check_done();
}
