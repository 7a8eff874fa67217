/* test-session-adviser.c - what the adviser's list of sessions keeps in
 * the sessions file: pseudonyms (the warning for a full name or an
 * e-mail address, the search, the rename), the progress and main
 * challenge of a session, the migration of a file of schema version 2,
 * and the retention purge, after which the deleted answers are in
 * neither the file's bytes nor its WAL. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "session.h"
#include "store-private.h"

static void
test_pseudonym_check(void)
{
	static const char *const fine[] = {
		"Client 7", "blue-fox", "M. Dupont", "A B", "mardi 10h", "RDV 12",
		"jean dupont", "Lundi", "", "   ", "x @y.fr", "@home.fr", "ana@mail",
		"ana@.fr", "ana@mail.", "2 Rue",
	};
	static const char *const names[] = {
		"Marie Dupont", "DUPONT Marie", "Jean-Pierre Martin", "\xc3\x89lodie Lef\xc3\xa8vre",
		"mme Durand Nadia", "  Ali   Ben  ",
	};
	static const char *const emails[] = {
		"ana@mail.fr", "a.b@c.org", "Marie Dupont <md@mail.com>", "x@y.z",
	};

	for (size_t i = 0; i < sizeof fine / sizeof fine[0]; i++)
		expect(session_pseudonym_check(fine[i]) == SESSION_PSEUDONYM_OK,
		       "\"%s\" is a pseudonym", fine[i]);
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		expect(session_pseudonym_check(names[i]) == SESSION_PSEUDONYM_NAME,
		       "\"%s\" looks like a full name", names[i]);
	for (size_t i = 0; i < sizeof emails / sizeof emails[0]; i++)
		expect(session_pseudonym_check(emails[i]) == SESSION_PSEUDONYM_EMAIL,
		       "\"%s\" looks like an e-mail address", emails[i]);
}

static void
test_pseudonym_match(void)
{
	CHECK_INT(session_pseudonym_match("Client 7", "client"), 1);
	CHECK_INT(session_pseudonym_match("Client 7", "NT 7"), 1);
	CHECK_INT(session_pseudonym_match("\xc3\x89lodie", "elo"), 1);
	CHECK_INT(session_pseudonym_match("blue-fox", "FOX"), 1);
	CHECK_INT(session_pseudonym_match("blue", "red"), 0);
	CHECK_INT(session_pseudonym_match("blue", "blues"), 0);
	CHECK_INT(session_pseudonym_match("anything", ""), 1);
	CHECK_INT(session_pseudonym_match("", "a"), 0);
}

struct found {
	int n;
	struct session_info first;
};

static void
collect(const struct session_info *info, void *arg)
{
	struct found *f = arg;

	if (f->n++ == 0)
		f->first = *info;
}

/* Rename, and what the list shows kept with a session. */
static void
test_rename_progress(struct store *db)
{
	struct session_info info, got;
	struct situation s;
	struct found f = { 0 };
	struct tr_err e;
	long id;
	char longname[SESSION_PSEUDONYM_SIZE + 1];

	situation_init(&s);
	CHECK_INT(session_create(db, "fox", &id, &e), 0);
	CHECK_INT(session_rename(db, id, "blue fox", &e), 1);
	CHECK_INT(session_rename(db, 9999, "x", &e), 0);
	memset(longname, 'a', sizeof longname - 1);
	longname[sizeof longname - 1] = '\0';
	CHECK_INT(session_rename(db, id, longname, &e), -1);
	memset(&info, 0, sizeof info);
	info.answered = 5;
	info.asked = 20;
	snprintf(info.challenge, sizeof info.challenge, "stuck-market");
	info.brought = 0x5;
	info.brought_from = SESSION_BROUGHT_CODE;
	CHECK_INT(session_save_progress(db, id, &info, &e), 0);
	CHECK_INT(session_load(db, id, &s, &got, &e), 1);
	CHECK_STR(got.pseudonym, "blue fox");
	CHECK_INT(got.answered, 5);
	CHECK_INT(got.asked, 20);
	CHECK_STR(got.challenge, "stuck-market");
	CHECK(got.brought == 0x5);
	CHECK_INT(got.brought_from, SESSION_BROUGHT_CODE);
	/* No challenge given (the diagnosis not on the screen): the last one
	 * stays. */
	info.answered = 6;
	info.challenge[0] = '\0';
	CHECK_INT(session_save_progress(db, id, &info, &e), 0);
	CHECK_INT(session_list(db, collect, &f, &e), 0);
	CHECK_INT(f.n, 1);
	CHECK_INT(f.first.answered, 6);
	CHECK_STR(f.first.challenge, "stuck-market");
	CHECK_INT(session_delete(db, id, &e), 1);
}

/* A file of schema version 2 (with the lease) opens, is migrated, and
 * its sessions read, with nothing yet for the list. */
static void
test_v2(const char *dir)
{
	char path[512];
	struct session_info info;
	struct situation s;
	struct tr_err e;
	struct store *db;
	sqlite3 *raw;

	snprintf(path, sizeof path, "%s/v2.db", dir);
	CHECK(sqlite3_open(path, &raw) == SQLITE_OK);
	CHECK(sqlite3_exec(raw,
		"CREATE TABLE schema_version (version INTEGER NOT NULL);"
		"INSERT INTO schema_version VALUES (2);"
		"CREATE TABLE sessions (id INTEGER PRIMARY KEY, pseudonym TEXT NOT NULL "
		"DEFAULT '', created TEXT NOT NULL, updated TEXT NOT NULL, finished "
		"INTEGER NOT NULL DEFAULT 0, screen TEXT NOT NULL DEFAULT '', answers "
		"TEXT NOT NULL DEFAULT '', holder_pid INTEGER NOT NULL DEFAULT 0, "
		"holder_host TEXT NOT NULL DEFAULT '', heartbeat TEXT NOT NULL DEFAULT '');"
		"CREATE INDEX sessions_updated ON sessions(updated);"
		"CREATE TABLE plan_marks (session INTEGER NOT NULL REFERENCES sessions(id) "
		"ON DELETE CASCADE, action TEXT NOT NULL, pos INTEGER NOT NULL, chosen "
		"INTEGER NOT NULL DEFAULT 0, due INTEGER NOT NULL DEFAULT 0, done INTEGER "
		"NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '', PRIMARY KEY (session, "
		"action)) WITHOUT ROWID;"
		"INSERT INTO sessions (pseudonym, created, updated, screen, answers) VALUES "
		"('owl', '2026-11-01 10:00:00', '2026-11-01 10:00:00', 'job', 'job=D1102\n');",
		NULL, NULL, NULL) == SQLITE_OK);
	sqlite3_close(raw);
	CHECK_INT(session_open(path, &db, &e), 0);
	if (db == NULL)
		return;
	CHECK_INT(session_load(db, 1, &s, &info, &e), 1);
	CHECK_STR(s.job, "D1102");
	CHECK_STR(info.pseudonym, "owl");
	CHECK_INT(info.asked, 0);
	CHECK_STR(info.challenge, "");
	CHECK_INT(info.brought_from, SESSION_BROUGHT_NONE);
	CHECK_INT(session_rename(db, 1, "grey owl", &e), 1);
	store_close(db);
	CHECK_INT(session_open_readonly(path, &db, &e), 0);
	store_close(db);
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

/* The retention purge: a session older than the limit is deleted, its
 * pseudonym, answers and notes gone from the bytes of the file and of
 * its WAL, even with another Tremplin keeping the file open; a younger
 * one stays. */
static void
test_retention(struct store *db, const char *path)
{
	static const char secret[] = "Okapi-lanterne-4417";
	struct plan_mark mark;
	struct situation s, back;
	struct session_info info;
	struct store *two;
	struct tr_err e;
	char wal[600];
	long old, young;
	int deleted = -1;

	snprintf(wal, sizeof wal, "%s-wal", path);
	CHECK_INT(session_open(path, &two, &e), 0);
	situation_init(&s);
	CHECK_INT(situation_set(&s, SIT_JOB_TITLE, secret, &e), 0);
	memset(&mark, 0, sizeof mark);
	mark.action = ACTION_START_PLAN;
	snprintf(mark.note, sizeof mark.note, "note %s", secret);
	setenv("TREMPLIN_NOW", "2026-08-01 10:00:00", 1);
	CHECK_INT(session_create(db, secret, &old, &e), 0);
	for (int i = 0; i < 3; i++)
		CHECK_INT(session_save_all(db, old, &s, "job", 0, &mark, 1, &e), 0);
	setenv("TREMPLIN_NOW", "2026-11-20 10:00:00", 1);
	CHECK_INT(session_create(db, "young", &young, &e), 0);
	CHECK_INT(session_save_all(db, young, &s, "job", 0, NULL, 0, &e), 0);
	CHECK(file_holds(path, secret) || file_holds(wal, secret));
	/* 89 days after the old one's last change: kept. */
	setenv("TREMPLIN_NOW", "2026-10-29 10:00:00", 1);
	CHECK_INT(session_purge(db, 90, &deleted, &e), 0);
	CHECK_INT(deleted, 0);
	setenv("TREMPLIN_NOW", "2026-11-27 09:23:00", 1);
	CHECK_INT(session_purge(db, 90, &deleted, &e), 0);
	CHECK_INT(deleted, 1);
	CHECK_INT(session_load(db, old, &back, &info, &e), 0);
	CHECK_INT(session_load(db, young, &back, &info, &e), 1);
	CHECK_STR(info.pseudonym, "young");
	/* The young session holds the same job title: delete it too before
	 * looking for the secret in the bytes. */
	CHECK_INT(session_delete(db, young, &e), 1);
	CHECK(!file_holds(path, secret));
	CHECK(!file_holds(wal, secret));
	store_close(two);
}

int
main(void)
{
	char dir[] = "/tmp/tremplin-session-adviser-XXXXXX";
	char path[512];
	struct tr_err e;
	struct store *db;

	if (mkdtemp(dir) == NULL)
		return 99;
	setenv("XDG_DATA_HOME", dir, 1);
	setenv("TREMPLIN_NOW", "2026-11-27 09:23:00", 1);
	test_pseudonym_check();
	test_pseudonym_match();
	CHECK_INT(session_default_path(path, sizeof path, &e), 0);
	CHECK_INT(session_open(path, &db, &e), 0);
	if (db != NULL) {
		test_rename_progress(db);
		test_retention(db, path);
		store_close(db);
	}
	test_v2(dir);
	{
		char cmd[600];

		snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
		if (system(cmd) != 0)
			fprintf(stderr, "could not remove %s\n", dir);
	}
	return check_done();
}
