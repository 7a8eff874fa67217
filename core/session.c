/* session.c - saved interview sessions. See session.h. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "catalog.h"
#include "clock.h"
#include "i18n.h"
#include "session.h"
#include "store-private.h"

static const char session_schema_sql[] =
	"CREATE TABLE schema_version (version INTEGER NOT NULL);\n"
	"CREATE TABLE sessions (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  pseudonym TEXT NOT NULL DEFAULT '',\n"
	"  created TEXT NOT NULL,\n"
	"  updated TEXT NOT NULL,\n"
	"  finished INTEGER NOT NULL DEFAULT 0,\n"
	"  screen TEXT NOT NULL DEFAULT '',\n"
	"  answers TEXT NOT NULL DEFAULT ''\n"
	");\n"
	"CREATE INDEX sessions_updated ON sessions(updated);\n"
	"CREATE TABLE plan_marks (\n"
	"  session INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,\n"
	"  action TEXT NOT NULL,\n"
	"  pos INTEGER NOT NULL,\n"
	"  chosen INTEGER NOT NULL DEFAULT 0,\n"
	"  due INTEGER NOT NULL DEFAULT 0,\n"
	"  done INTEGER NOT NULL DEFAULT 0,\n"
	"  note TEXT NOT NULL DEFAULT '',\n"
	"  PRIMARY KEY (session, action)\n"
	") WITHOUT ROWID;\n";

static const char *const session_migrations[] = { NULL };

static const struct store_schema session_schema = {
	session_schema_sql, SESSION_SCHEMA_VERSION, session_migrations,
	N_("move the file away and Tremplin will start a new one"),
};

int
session_data_file(char *buf, size_t len, const char *name,
		  const char *no_place, const char *too_long, struct tr_err *e)
{
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	int n;

	if (xdg != NULL && xdg[0] == '/')
		n = snprintf(buf, len, "%s/tremplin/%s", xdg, name);
	else if (home != NULL && home[0] != '\0')
		n = snprintf(buf, len, "%s/.local/share/tremplin/%s", home, name);
	else
		return err_set(e, "%s", no_place);
	if (n < 0 || (size_t)n >= len)
		return err_set(e, "%s", too_long);
	return 0;
}

int
session_default_path(char *buf, size_t len, struct tr_err *e)
{
	return session_data_file(buf, len, "sessions.db",
				 _("no place to keep sessions: set HOME or XDG_DATA_HOME"),
				 _("the sessions folder name is too long"), e);
}

int
session_make_parents(const char *path, struct tr_err *e)
{
	char dir[4096];

	snprintf(dir, sizeof dir, "%s", path);
	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) < 0 && errno != EEXIST)
			return err_set(e, _("%s: cannot create the folder: %s"), dir, strerror(errno));
		*p = '/';
	}
	return 0;
}

int
session_open(const char *path, struct store **out, struct tr_err *e)
{
	struct store *db;

	*out = NULL;
	if (access(path, F_OK) < 0) {
		int fd;

		if (session_make_parents(path, e) < 0)
			return -1;
		/* Created here, empty and private, before SQLite sees it. */
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
		if (fd < 0 && errno != EEXIST)
			return err_set(e, _("%s: cannot create the sessions database: %s"),
				       path, strerror(errno));
		if (fd >= 0)
			close(fd);
	}
	if (store_open_schema(path, STORE_CREATE, &session_schema, &db, e) < 0)
		return -1;
	if (store_exec(db, "PRAGMA journal_mode = WAL", e) < 0 ||
	    store_exec(db, "PRAGMA synchronous = NORMAL", e) < 0) {
		store_close(db);
		return -1;
	}
	*out = db;
	return 0;
}

/* Now in UTC, as the sessions file keeps it. */
static int
now_text(struct store *db, char *buf, size_t len, struct tr_err *e)
{
	time_t t;

	if (clock_now(&t, e) < 0)
		return -1;
	if (clock_format(t, CLOCK_UTC, 1, buf, len) < 0)
		return err_set(e, "%s: %s", store_path(db), _("cannot read the system clock"));
	return 0;
}

static const char sql_create[] =
	"INSERT INTO sessions (pseudonym, created, updated) VALUES (?1, ?2, ?2)";

int
session_create(struct store *db, const char *pseudonym, long *id,
	       struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(db, sql_create, e);
	char now[CLOCK_STAMP_LEN];

	if (st == NULL || now_text(db, now, sizeof now, e) < 0)
		return -1;
	sqlite3_bind_text(st, 1, pseudonym ? pseudonym : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, now, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		return store_fail(db, _("cannot create a session"), e);
	*id = (long)sqlite3_last_insert_rowid(store_db(db));
	return 0;
}

static const char sql_save[] =
	"UPDATE sessions SET answers = ?2, screen = ?3, finished = ?4, updated = ?5 "
	"WHERE id = ?1";

int
session_save(struct store *db, long id, const struct situation *s,
	     const char *screen, int finished, struct tr_err *e)
{
	sqlite3_stmt *st;
	char *text, now[CLOCK_STAMP_LEN];
	size_t len = 0;
	int rc;

	if (now_text(db, now, sizeof now, e) < 0)
		return -1;
	text = situation_text(s, &len);
	if (text == NULL)
		return err_set(e, "%s: %s", store_path(db), _("cannot save the session"));
	st = store_stmt(db, sql_save, e);
	if (st == NULL) {
		free(text);
		return -1;
	}
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, text, (int)len, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, screen ? screen : "", -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 4, finished != 0);
	sqlite3_bind_text(st, 5, now, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	free(text);
	if (rc != SQLITE_DONE)
		return store_fail(db, _("cannot save the session"), e);
	return 0;
}

#define INFO_COLUMNS "id, pseudonym, created, updated, finished, screen"

static void
read_info(sqlite3_stmt *st, struct session_info *info)
{
	info->id = (long)sqlite3_column_int64(st, 0);
	store_column(st, 1, info->pseudonym, sizeof info->pseudonym);
	/* Dates to the minute: "2026-11-27 14:03". */
	store_column(st, 2, info->created, 17);
	store_column(st, 3, info->updated, 17);
	info->finished = sqlite3_column_int(st, 4);
	store_column(st, 5, info->screen, sizeof info->screen);
}

static const char sql_load[] =
	"SELECT " INFO_COLUMNS ", answers FROM sessions WHERE id = ?1";

int
session_load(struct store *db, long id, struct situation *s,
	     struct session_info *info, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(db, sql_load, e);
	struct session_info tmp;
	char name[64];
	int rc;

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_DONE)
		return 0;
	if (rc != SQLITE_ROW)
		return store_fail(db, _("cannot read the session"), e);
	read_info(st, info ? info : &tmp);
	/* TRANSLATORS: how a saved session is named in messages. */
	snprintf(name, sizeof name, _("session %ld"), id);
	rc = situation_read_string(s, (const char *)sqlite3_column_text(st, 6), name, e);
	sqlite3_reset(st);
	return rc < 0 ? -1 : 1;
}

static const char sql_last[] =
	"SELECT id FROM sessions WHERE finished = 0 ORDER BY updated DESC, id DESC LIMIT 1";

static const char sql_last_any[] =
	"SELECT id FROM sessions ORDER BY updated DESC, id DESC LIMIT 1";

static int
first_id(struct store *db, const char *sql, long *id, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(db, sql, e);
	int rc;

	if (st == NULL)
		return -1;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*id = (long)sqlite3_column_int64(st, 0);
	return store_one(db, st, rc, N_("cannot read the sessions"), e);
}

int
session_last(struct store *db, long *id, struct tr_err *e)
{
	return first_id(db, sql_last_any, id, e);
}

int
session_last_unfinished(struct store *db, long *id, struct tr_err *e)
{
	return first_id(db, sql_last, id, e);
}

static const char sql_list[] =
	"SELECT " INFO_COLUMNS " FROM sessions ORDER BY updated DESC, id DESC";

int
session_list(struct store *db, void (*fn)(const struct session_info *, void *),
	     void *arg, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(db, sql_list, e);
	struct session_info info;
	int rc;

	if (st == NULL)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		read_info(st, &info);
		fn(&info, arg);
	}
	return store_rows(db, st, rc, 0, N_("cannot read the sessions"), e);
}

static const char sql_delete_marks[] = "DELETE FROM plan_marks WHERE session = ?1";
static const char sql_delete[] = "DELETE FROM sessions WHERE id = ?1";

/* Inside a transaction: forget the plan marks of session ID. */
static int
delete_marks(struct store *db, long id, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(db, sql_delete_marks, e);

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_DONE)
		return store_fail(db, _("cannot delete the session"), e);
	return 0;
}

int
session_delete(struct store *db, long id, struct tr_err *e)
{
	sqlite3_stmt *st;
	int changed;

	if (store_begin(db, e) < 0)
		return -1;
	if (delete_marks(db, id, e) < 0)
		goto fail;
	st = store_stmt(db, sql_delete, e);
	if (st == NULL)
		goto fail;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_DONE)
		goto fail_sql;
	changed = sqlite3_changes(store_db(db));
	if (store_commit(db, e) < 0)
		goto fail;
	return changed > 0;
fail_sql:
	store_fail(db, _("cannot delete the session"), e);
fail:
	store_rollback(db);
	return -1;
}

static const char sql_purge_marks[] =
	"DELETE FROM plan_marks WHERE session IN (SELECT id FROM sessions "
	"WHERE updated < ?1)";
static const char sql_purge[] =
	"DELETE FROM sessions WHERE updated < ?1";

int
session_purge(struct store *db, int days, int *deleted, struct tr_err *e)
{
	const char *const steps[] = { sql_purge_marks, sql_purge };
	char cutoff[CLOCK_STAMP_LEN];
	time_t t;

	if (clock_now(&t, e) < 0)
		return -1;
	if (clock_format(t - (time_t)days * 86400, CLOCK_UTC, 1, cutoff,
			 sizeof cutoff) < 0)
		return err_set(e, "%s: %s", store_path(db), _("cannot purge the sessions"));
	if (store_begin(db, e) < 0)
		return -1;
	for (int i = 0; i < 2; i++) {
		sqlite3_stmt *st = store_stmt(db, steps[i], e);

		if (st == NULL)
			goto fail;
		sqlite3_bind_text(st, 1, cutoff, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) != SQLITE_DONE) {
			store_fail(db, _("cannot purge the sessions"), e);
			goto fail;
		}
		*deleted = sqlite3_changes(store_db(db));
	}
	return store_commit(db, e) < 0 ? (store_rollback(db), -1) : 0;
fail:
	store_rollback(db);
	return -1;
}

static const char sql_mark[] =
	"INSERT INTO plan_marks (session, action, pos, chosen, due, done, note) "
	"VALUES (?1, ?2, ?7, ?3, ?4, ?5, ?6)";

/* Replace the marks of session ID, inside the caller's transaction. */
static int
write_marks(struct store *db, long id, const struct plan_mark *marks, int n,
	    struct tr_err *e)
{
	sqlite3_stmt *st;

	if (delete_marks(db, id, e) < 0)
		return -1;
	for (int i = 0; i < n; i++) {
		st = store_stmt(db, sql_mark, e);
		if (st == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_text(st, 2, catalog_get((enum action_id)marks[i].action)->id, -1,
				  SQLITE_STATIC);
		sqlite3_bind_int(st, 3, marks[i].chosen);
		sqlite3_bind_int(st, 4, marks[i].when);
		sqlite3_bind_int(st, 5, marks[i].done);
		sqlite3_bind_text(st, 6, marks[i].note, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 7, i);
		if (sqlite3_step(st) != SQLITE_DONE)
			return store_fail(db, _("cannot save the plan"), e);
	}
	return 0;
}

int
session_save_plan(struct store *db, long id, const struct plan_mark *marks,
		  int n, struct tr_err *e)
{
	if (store_begin(db, e) < 0)
		return -1;
	if (write_marks(db, id, marks, n, e) < 0 || store_commit(db, e) < 0) {
		store_rollback(db);
		return -1;
	}
	return 0;
}

int
session_save_all(struct store *db, long id, const struct situation *s,
		 const char *screen, int finished, const struct plan_mark *marks,
		 int n, struct tr_err *e)
{
	if (store_begin(db, e) < 0)
		return -1;
	if (session_save(db, id, s, screen, finished, e) < 0 ||
	    write_marks(db, id, marks, n, e) < 0 || store_commit(db, e) < 0) {
		store_rollback(db);
		return -1;
	}
	return 0;
}

static const char sql_marks[] =
	"SELECT action, chosen, due, done, note FROM plan_marks WHERE session = ?1 "
	"ORDER BY pos";

int
session_load_plan(struct store *db, long id, struct plan_mark *marks,
		  int max, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(db, sql_marks, e);
	int n = 0, rc;

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && n < max) {
		/* An action id this version does not know is left out. */
		marks[n].action = catalog_find((const char *)sqlite3_column_text(st, 0));
		if (marks[n].action < 0)
			continue;
		marks[n].chosen = sqlite3_column_int(st, 1);
		marks[n].when = sqlite3_column_int(st, 2);
		marks[n].done = sqlite3_column_int(st, 3);
		store_column(st, 4, marks[n].note, sizeof marks[n].note);
		n++;
	}
	return store_rows(db, st, rc, n, N_("cannot read the plan"), e);
}

int
session_check(struct store *db, void (*line)(const char *text, void *arg),
	      void *arg, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(db, "PRAGMA integrity_check", e);
	int problems = 0, rc;

	if (st == NULL)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *text = (const char *)sqlite3_column_text(st, 0);

		if (text != NULL && strcmp(text, "ok") == 0)
			continue;
		problems++;
		if (line != NULL)
			line(text != NULL ? text : "?", arg);
	}
	sqlite3_reset(st);
	/* A badly damaged file may stop the check after its first report. */
	if (rc != SQLITE_DONE && problems == 0)
		return store_fail(db, _("cannot check the sessions"), e);
	return problems;
}
