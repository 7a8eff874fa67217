/* test-session-race.c - many programs open one sessions file at the same
 * moment: a new file (nobody has made its schema yet) and a file of an
 * older schema (nobody has migrated it yet). Each must open it, and each
 * must then save a session of its own; before the schema was made under
 * the write lock, one of ten wizards started at once on a new shared
 * file now and then could not open it and saved nothing. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "session-v1.h"
#include "session.h"
#include "store-private.h"

#define RACERS 12
#define ROUNDS 8

/* One racer: wait for the start, open, make a session, save. Exit 0 when
 * all of it worked. */
static int
racer(const char *path, int start, int i)
{
	struct situation s;
	struct tr_err e;
	struct store *db;
	char go;
	long id;
	int rc = -1;

	if (read(start, &go, 1) != 1)
		return 3;
	if (session_open(path, &db, &e) < 0) {
		fprintf(stderr, "racer %d: %s\n", i, e.msg);
		return 1;
	}
	situation_init(&s);
	s.birth_year = 1950 + i;
	/* A busy file is tried again, as the wizard does at its next key. */
	for (int tries = 0; tries < 50; tries++) {
		rc = session_create(db, "", &id, &e);
		if (rc == 0)
			rc = session_save(db, id, &s, "welcome", 0, &e);
		if (rc != SESSION_BUSY)
			break;
	}
	if (rc < 0) {
		fprintf(stderr, "racer %d: %s\n", i, e.msg);
		store_close(db);
		return 2;
	}
	store_close(db);
	return 0;
}

/* Start RACERS processes on PATH at once; the number that failed. */
static int
race(const char *path)
{
	int p[2], failed = 0;
	pid_t pids[RACERS];

	if (pipe(p) < 0)
		return RACERS;
	for (int i = 0; i < RACERS; i++) {
		pids[i] = fork();
		if (pids[i] == 0) {
			close(p[1]);
			_exit(racer(path, p[0], i));
		}
	}
	close(p[0]);
	/* Closing the pipe's end would wake them one by one; a byte each
	 * lets them all go within microseconds. */
	for (int i = 0; i < RACERS; i++)
		if (write(p[1], "x", 1) != 1)
			failed++;
	close(p[1]);
	for (int i = 0; i < RACERS; i++) {
		int st;

		if (pids[i] < 0 || waitpid(pids[i], &st, 0) < 0 ||
		    !WIFEXITED(st) || WEXITSTATUS(st) != 0)
			failed++;
	}
	return failed;
}

/* The sessions in PATH, read on a connection of its own. */
static int
sessions_in(const char *path)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int n = -1;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM sessions", -1, &st, NULL) ==
	    SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return n;
}

/* A file of schema version 1 (before the lease columns). */
static int
make_old(const char *path)
{
	sqlite3 *raw;
	int rc;

	if (sqlite3_open(path, &raw) != SQLITE_OK)
		return -1;
	rc = sqlite3_exec(raw,
		SESSION_V1_SQL, NULL, NULL, NULL);
	sqlite3_close(raw);
	return rc == SQLITE_OK ? 0 : -1;
}

int
main(void)
{
	char dir[] = "/tmp/tremplin-race-XXXXXX";
	char path[512];

	if (mkdtemp(dir) == NULL)
		return 99;
	for (int r = 0; r < ROUNDS; r++) {
		snprintf(path, sizeof path, "%s/new-%d.db", dir, r);
		CHECK_INT(race(path), 0);
		CHECK_INT(sessions_in(path), RACERS);
		snprintf(path, sizeof path, "%s/old-%d.db", dir, r);
		CHECK_INT(make_old(path), 0);
		CHECK_INT(race(path), 0);
		CHECK_INT(sessions_in(path), RACERS);
	}
	if (check_failures == 0) {
		char cmd[600];

		snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
		if (system(cmd) != 0)
			fprintf(stderr, "could not remove %s\n", dir);
	}
	return check_done();
}
