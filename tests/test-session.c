/* test-session.c - the sessions database: private file, save and load,
 * the last unfinished session, delete, purge, the plan state; the lease
 * of a session in use, the old schema, a busy file, deleted answers gone
 * from the bytes, a full disk and files that cannot be written. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "session-v1.h"
#include "export.h"
#include "session.h"
#include "store-private.h"

static void
count(const struct session_info *info, void *arg)
{
	(void)info;
	++*(int *)arg;
}


/* Run SQL on a second connection to PATH (another Tremplin). */
static sqlite3 *
other(const char *path)
{
	sqlite3 *db = NULL;

	CHECK(sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK);
	return db;
}

/* Make the holder of session ID PID on HOST ("" for this host) with
 * heartbeat BEAT. */
static void
set_holder(struct store *db, long id, long pid, const char *host, const char *beat)
{
	char sql[512], me[256];

	if (host[0] == '\0') {
		gethostname(me, sizeof me);
		me[sizeof me - 1] = '\0';
		host = me;
	}
	snprintf(sql, sizeof sql, "UPDATE sessions SET holder_pid = %ld, holder_host = '%s', "
		 "heartbeat = '%s' WHERE id = %ld", pid, host, beat, id);
	CHECK_INT(store_exec(db, sql, NULL), 0);
}

/* A process that no longer exists. */
static long
dead_pid(void)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(0);
	waitpid(pid, NULL, 0);
	return (long)pid;
}

/* The lease: another live wizard keeps its session; a dead one, or one
 * silent for too long on another host, loses it; a save renews it. */
static void
test_lease(struct store *db)
{
	struct situation s;
	struct tr_err e;
	long id;

	setenv("TREMPLIN_NOW", "2026-11-27 09:23:00", 1);
	situation_init(&s);
	CHECK_INT(session_create(db, "", &id, &e), 0);
	CHECK_INT(session_lease(db, id, &e), 1);          /* ours already */
	set_holder(db, id, (long)getppid(), "", "2026-11-27 09:20:00");
	CHECK_INT(session_lease(db, id, &e), 0);          /* alive, this host */
	set_holder(db, id, dead_pid(), "", "2026-11-27 09:20:00");
	CHECK_INT(session_lease(db, id, &e), 1);          /* dead: taken back */
	{
		pid_t zombie = fork();

		if (zombie == 0)
			_exit(0);
		usleep(200000);                           /* not reaped yet */
		set_holder(db, id, (long)zombie, "", "2026-11-27 09:20:00");
		CHECK_INT(session_lease(db, id, &e), 1);  /* dead too */
		waitpid(zombie, NULL, 0);
	}
	set_holder(db, id, 1, "elsewhere", "2026-11-27 09:20:00");
	CHECK_INT(session_lease(db, id, &e), 0);          /* 3 minutes old */
	set_holder(db, id, 1, "elsewhere", "2026-11-27 09:17:59");
	CHECK_INT(session_lease(db, id, &e), 1);          /* over 5 minutes */
	set_holder(db, id, (long)getppid(), "", "2026-11-27 09:20:00");
	CHECK_INT(session_release(db, id, &e), 0);        /* not ours: kept */
	CHECK_INT(session_lease(db, id, &e), 0);
	CHECK_INT(session_save(db, id, &s, "job", 0, &e), 0);  /* renews: ours */
	CHECK_INT(session_release(db, id, &e), 0);
	set_holder(db, id, 0, "", "");
	CHECK_INT(session_lease(db, id, &e), 1);
	CHECK_INT(session_delete(db, id, &e), 1);
}

/* A file of schema version 1 opens, is migrated, and its sessions read. */
static void
test_old_schema(const char *dir)
{
	char path[512];
	struct situation s;
	struct session_info info;
	struct tr_err e;
	struct store *db;
	sqlite3 *raw;

	snprintf(path, sizeof path, "%s/old.db", dir);
	CHECK(sqlite3_open(path, &raw) == SQLITE_OK);
	CHECK(sqlite3_exec(raw,
		SESSION_V1_SQL
		"INSERT INTO sessions (created, updated, screen, answers) VALUES "
		"('2026-11-01 10:00:00', '2026-11-01 10:00:00', 'job', 'job=D1102\n');",
		NULL, NULL, NULL) == SQLITE_OK);
	sqlite3_close(raw);
	CHECK_INT(session_open(path, &db, &e), 0);
	if (db == NULL)
		return;
	CHECK_INT(session_load(db, 1, &s, &info, &e), 1);
	CHECK_STR(s.job, "D1102");
	CHECK_STR(info.screen, "job");
	CHECK_INT(session_lease(db, 1, &e), 1);
	/* Version 3: the meeting's columns, empty for an old session. */
	{
		char note[EXPORT_MEETING_NOTE_MAX], lang[8];

		CHECK_INT(session_load_meeting(db, 1, note, sizeof note, lang, sizeof lang, &e), 1);
		CHECK_STR(note, "");
		CHECK_STR(lang, "");
	}
	store_close(db);
}

/* Adviser mode: the note on the meeting and the export's language are
 * kept with the session, apart from its answers. */
static void
test_meeting(struct store *db)
{
	char note[EXPORT_MEETING_NOTE_MAX], lang[8];
	struct situation s;
	struct tr_err e;
	long id;

	situation_init(&s);
	CHECK_INT(session_create(db, "", &id, &e), 0);
	CHECK_INT(session_load_meeting(db, id, note, sizeof note, lang, sizeof lang, &e), 1);
	CHECK_STR(note, "");
	CHECK_INT(session_save_meeting(db, id, "Revoir le CV, rappeler jeudi", "en", &e), 0);
	CHECK_INT(session_save_all(db, id, &s, "export", 1, NULL, 0, &e), 0);
	CHECK_INT(session_load_meeting(db, id, note, sizeof note, lang, sizeof lang, &e), 1);
	CHECK_STR(note, "Revoir le CV, rappeler jeudi");
	CHECK_STR(lang, "en");
	CHECK_INT(session_load_meeting(db, id + 1000, note, sizeof note, lang, sizeof lang, &e), 0);
	CHECK_INT(session_delete(db, id, &e), 1);
}

/* Another process holds the write lock: a save gives up within a
 * fraction of a second with SESSION_BUSY, and works once it is gone. */
static void
test_busy(struct store *db, const char *path)
{
	sqlite3 *two = other(path);
	struct situation s;
	struct timespec t0, t1;
	struct tr_err e;
	long id;
	double took;

	situation_init(&s);
	CHECK_INT(session_create(db, "", &id, &e), 0);
	CHECK(sqlite3_exec(two, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	CHECK_INT(session_save_all(db, id, &s, "job", 0, NULL, 0, &e), SESSION_BUSY);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	took = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	CHECK(took < 0.5);
	CHECK(strstr(e.msg, "another Tremplin") != NULL);
	CHECK_INT(session_save(db, id, &s, "job", 0, &e), SESSION_BUSY);
	CHECK(sqlite3_exec(two, "ROLLBACK", NULL, NULL, NULL) == SQLITE_OK);
	CHECK_INT(session_save_all(db, id, &s, "job", 0, NULL, 0, &e), 0);
	CHECK_INT(session_delete(db, id, &e), 1);
	sqlite3_close(two);
}

/* 1 when the file PATH holds the bytes TEXT. */
static int
file_holds(const char *path, const char *text)
{
	FILE *fp = fopen(path, "rb");
	size_t n = strlen(text), have = 0, got;
	static char buf[1 << 20];
	int found = 0;

	if (fp == NULL)
		return 0;
	while (!found && (got = fread(buf + have, 1, sizeof buf - have, fp)) > 0) {
		have += got;
		for (size_t i = 0; i + n <= have && !found; i++)
			found = memcmp(buf + i, text, n) == 0;
		if (have > n) {
			memmove(buf, buf + have - n, n);
			have = n;
		}
	}
	fclose(fp);
	return found;
}

/* A deleted session's answers are in neither the file nor its WAL, even
 * while another Tremplin keeps the file open. */
static void
test_secure_delete(struct store *db, const char *path)
{
	static const char secret[] = "Zanzibar-quetzal-7731";
	struct plan_mark mark;
	struct situation s;
	struct store *two;
	struct tr_err e;
	char wal[600];
	long id;

	snprintf(wal, sizeof wal, "%s-wal", path);
	CHECK_INT(session_open(path, &two, &e), 0);
	situation_init(&s);
	memset(&mark, 0, sizeof mark);
	mark.action = ACTION_START_PLAN;
	snprintf(mark.note, sizeof mark.note, "%s", secret);
	CHECK_INT(session_create(db, secret, &id, &e), 0);
	for (int i = 0; i < 3; i++)
		CHECK_INT(session_save_all(db, id, &s, "job", 0, &mark, 1, &e), 0);
	CHECK(file_holds(path, secret) || file_holds(wal, secret));
	CHECK_INT(session_delete(db, id, &e), 1);
	CHECK(!file_holds(path, secret));
	CHECK(!file_holds(wal, secret));
	store_close(two);
}

/* The disk full (SQLite's page limit stands for it): the message says
 * so, not that the file is not a Tremplin database. */
static void
test_full(struct store *db)
{
	char name[60];
	struct tr_err e;
	long id;
	int r = 0;

	CHECK_INT(store_exec(db, "PRAGMA max_page_count = 1", &e), 0);
	memset(name, 'x', sizeof name - 1);
	name[sizeof name - 1] = '\0';
	for (int i = 0; i < 2000 && r == 0; i++)
		r = session_create(db, name, &id, &e);
	CHECK_INT(r, -1);
	CHECK(strstr(e.msg, "the disk is full") != NULL);
	CHECK_INT(store_exec(db, "PRAGMA max_page_count = 1073741823", &e), 0);
}

/* A folder and a file that cannot be written: each its own message,
 * naming it; `sessions check` still reads the file. Root ignores the
 * modes: skipped. */
static void
test_readonly(const char *dir)
{
	char sub[512], path[600];
	struct store *db;
	struct tr_err e;
	struct stat sb;

	if (geteuid() == 0)
		return;
	snprintf(sub, sizeof sub, "%s/ro", dir);
	snprintf(path, sizeof path, "%s/sessions.db", sub);
	CHECK(mkdir(sub, 0700) == 0);
	CHECK_INT(session_open(path, &db, &e), 0);
	store_close(db);
	CHECK(chmod(path, 0400) == 0);
	CHECK_INT(session_open(path, &db, &e), -1);
	CHECK(strstr(e.msg, "the sessions file cannot be written") != NULL);
	CHECK(strstr(e.msg, "--db") == NULL);
	CHECK_INT(session_open_readonly(path, &db, &e), 0);
	if (db != NULL)
		CHECK_INT(session_check(db, NULL, NULL, &e), 0);
	store_close(db);
	CHECK(chmod(path, 0600) == 0);
	CHECK(chmod(sub, 0500) == 0);
	CHECK_INT(session_open(path, &db, &e), -1);
	CHECK(strstr(e.msg, "the folder") != NULL && strstr(e.msg, sub) != NULL);
	CHECK(strstr(e.msg, "not a Tremplin database") == NULL);
	CHECK_INT(session_writable(path, &e), -1);
	CHECK(unlink(path) < 0);                  /* the folder keeps it */
	CHECK(chmod(sub, 0700) == 0);
	CHECK(unlink(path) == 0);
	CHECK(chmod(sub, 0500) == 0);
	CHECK_INT(session_open(path, &db, &e), -1);
	CHECK(strstr(e.msg, "the folder") != NULL);
	CHECK(stat(path, &sb) < 0);
	CHECK(chmod(sub, 0700) == 0);
}

/* A disk that is really full (a tiny tmpfs; root only): the message
 * says so, and no empty sessions file is left. */
static void
test_disk_full(const char *dir)
{
	char mnt[512], path[600], cmd[700];
	struct store *db;
	struct tr_err e;
	struct stat sb;

	if (geteuid() != 0)
		return;
	snprintf(mnt, sizeof mnt, "%s/full", dir);
	snprintf(path, sizeof path, "%s/sessions.db", mnt);
	CHECK(mkdir(mnt, 0700) == 0);
	if (mount("tmpfs", mnt, "tmpfs", 0, "size=64k") < 0)
		return;                           /* not allowed here */
	snprintf(cmd, sizeof cmd, "dd if=/dev/zero of='%s/fill' bs=4k 2>/dev/null", mnt);
	CHECK(system(cmd) != -1);
	CHECK_INT(session_open(path, &db, &e), -1);
	CHECK(strstr(e.msg, "the disk is full") != NULL);
	CHECK(stat(path, &sb) < 0);
	CHECK(umount(mnt) == 0);
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
	test_meeting(db);
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
	CHECK(unlink(path) == 0);
	{
		char side[600];

		snprintf(side, sizeof side, "%s-wal", path);
		unlink(side);
		snprintf(side, sizeof side, "%s-shm", path);
		unlink(side);
	}
	CHECK_INT(session_open(path, &db, &e), 0);
	if (db != NULL) {
		test_lease(db);
		test_busy(db, path);
		test_secure_delete(db, path);
		test_full(db);
		store_close(db);
	}
	test_old_schema(dir);
	test_readonly(dir);
	test_disk_full(dir);
	{
		char cmd[600];

		snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
		if (system(cmd) != 0)
			fprintf(stderr, "could not remove %s\n", dir);
	}
	return check_done();
}
