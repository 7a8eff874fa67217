/* session.c - saved interview sessions. See session.h. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
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
	"  answers TEXT NOT NULL DEFAULT '',\n"
	"  holder_pid INTEGER NOT NULL DEFAULT 0,\n"
	"  holder_host TEXT NOT NULL DEFAULT '',\n"
	"  heartbeat TEXT NOT NULL DEFAULT ''\n"
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

static const char *const session_migrations[] = {
	/* 1 -> 2: the lease of a session in use (session_lease()). */
	"ALTER TABLE sessions ADD COLUMN holder_pid INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE sessions ADD COLUMN holder_host TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE sessions ADD COLUMN heartbeat TEXT NOT NULL DEFAULT '';",
};
_Static_assert(sizeof session_migrations / sizeof session_migrations[0] ==
	       SESSION_SCHEMA_VERSION - 1, "one migration per schema version");

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

/* The folder of PATH into DIR. */
static void
folder_of(const char *path, char *dir, size_t len)
{
	char *slash;

	snprintf(dir, len, "%s", path);
	slash = strrchr(dir, '/');
	if (slash == dir)
		slash[1] = '\0';
	else if (slash != NULL)
		*slash = '\0';
	else
		snprintf(dir, len, ".");
}

/* The folder of PATH (SQLite writes its -wal and -shm files there) and
 * PATH itself, when it exists, can be written: 0, or -1 with E saying
 * which cannot. */
int
session_writable(const char *path, struct tr_err *e)
{
	char dir[4096];

	folder_of(path, dir, sizeof dir);
	if (access(dir, W_OK | X_OK) < 0)
		return err_set(e, _("%s: the folder %s cannot be written (%s); make it "
				    "writable or set XDG_DATA_HOME to another folder"),
			       path, dir, strerror(errno));
	if (access(path, W_OK) < 0 && errno != ENOENT)
		return err_set(e, _("%s: the sessions file cannot be written (%s); make it "
				    "writable, or move it away and Tremplin will start a new one"),
			       path, strerror(errno));
	return 0;
}

/* After a failed open of PATH (MADE: this call created it): a file left
 * empty is removed, and a full disk is said as such. Returns -1. */
static int
open_failed(const char *path, int made, struct tr_err *e)
{
	char dir[4096];
	struct statvfs vfs;
	struct stat sb;

	if (made && stat(path, &sb) == 0 && sb.st_size == 0)
		unlink(path);
	folder_of(path, dir, sizeof dir);
	/* The store is closed: its message is all that is left of the cause
	 * (a full disk may also fail as an I/O error: the free space says). */
	if (strstr(e->msg, sqlite3_errstr(SQLITE_FULL)) != NULL ||
	    (statvfs(dir, &vfs) == 0 && vfs.f_bavail == 0))
		err_set(e, _("%s: the disk is full; free some space and Tremplin will "
			     "save the sessions again"), path);
	else if (strstr(e->msg, sqlite3_errstr(SQLITE_READONLY)) != NULL)
		err_set(e, _("%s: %s: the file or its folder cannot be written"), path,
			_("cannot open the sessions database"));
	return -1;
}

int
session_fail(struct store *db, const char *what, struct tr_err *e)
{
	switch (sqlite3_extended_errcode(store_db(db)) & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		err_set(e, _("%s: %s: another Tremplin is writing the file"),
			store_path(db), what);
		return SESSION_BUSY;
	case SQLITE_FULL:
		return err_set(e, _("%s: %s: the disk is full"), store_path(db), what);
	case SQLITE_READONLY:
	case SQLITE_PERM:
		return err_set(e, _("%s: %s: the file or its folder cannot be written"),
			       store_path(db), what);
	default:
		return store_fail(db, what, e);
	}
}

static const char *const session_pragmas[] = {
	"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
	/* Deleted answers are overwritten, not left in free pages. */
	"PRAGMA secure_delete = ON",
};

int
session_open(const char *path, struct store **out, struct tr_err *e)
{
	struct store *db;
	int made = 0;

	*out = NULL;
	if (access(path, F_OK) < 0) {
		int fd;

		if (session_make_parents(path, e) < 0 || session_writable(path, e) < 0)
			return -1;
		/* Created here, empty and private, before SQLite sees it. */
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
		if (fd < 0 && errno != EEXIST)
			return err_set(e, _("%s: cannot create the sessions database: %s"),
				       path, strerror(errno));
		made = fd >= 0;
		if (fd >= 0)
			close(fd);
	} else if (session_writable(path, e) < 0) {
		return -1;
	}
	if (store_open_schema(path, STORE_CREATE, &session_schema, &db, e) < 0)
		return open_failed(path, made, e);
	for (size_t i = 0; i < sizeof session_pragmas / sizeof *session_pragmas; i++) {
		if (store_exec(db, session_pragmas[i], e) < 0) {
			session_fail(db, _("cannot open the sessions database"), e);
			store_close(db);
			return -1;
		}
	}
	/* A save waits little for another Tremplin's write: the next one
	 * tries again (session_save() returns SESSION_BUSY). */
	sqlite3_busy_timeout(store_db(db), SESSION_BUSY_MS);
	*out = db;
	return 0;
}

int
session_open_readonly(const char *path, struct store **out, struct tr_err *e)
{
	return store_open_schema(path, STORE_READONLY, &session_schema, out, e);
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

/* The name of this computer, for the lease. */
static void
host_name(char *buf, size_t len)
{
	if (gethostname(buf, len) < 0)
		buf[0] = '\0';
	buf[len - 1] = '\0';
}

/* Bind this process as the holder of the lease: PID at column PID, host
 * at PID + 1. */
static void
bind_holder(sqlite3_stmt *st, int pid, char *host, size_t len)
{
	host_name(host, len);
	sqlite3_bind_int64(st, pid, (sqlite3_int64)getpid());
	sqlite3_bind_text(st, pid + 1, host, -1, SQLITE_STATIC);
}

static const char sql_create[] =
	"INSERT INTO sessions (pseudonym, created, updated, holder_pid, holder_host, "
	"heartbeat) VALUES (?1, ?2, ?2, ?3, ?4, ?2)";

int
session_create(struct store *db, const char *pseudonym, long *id,
	       struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(db, sql_create, e);
	char now[CLOCK_STAMP_LEN], host[256];

	if (st == NULL || now_text(db, now, sizeof now, e) < 0)
		return -1;
	sqlite3_bind_text(st, 1, pseudonym ? pseudonym : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, now, -1, SQLITE_STATIC);
	bind_holder(st, 3, host, sizeof host);
	if (sqlite3_step(st) != SQLITE_DONE)
		return session_fail(db, _("cannot create a session"), e);
	*id = (long)sqlite3_last_insert_rowid(store_db(db));
	return 0;
}

/* The save renews the lease: its heartbeat is the save's time. */
static const char sql_save[] =
	"UPDATE sessions SET answers = ?2, screen = ?3, finished = ?4, updated = ?5, "
	"heartbeat = ?5, holder_pid = ?6, holder_host = ?7 WHERE id = ?1";

int
session_save(struct store *db, long id, const struct situation *s,
	     const char *screen, int finished, struct tr_err *e)
{
	sqlite3_stmt *st;
	char *text, now[CLOCK_STAMP_LEN], host[256];
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
	bind_holder(st, 6, host, sizeof host);
	rc = sqlite3_step(st);
	free(text);
	if (rc != SQLITE_DONE)
		return session_fail(db, _("cannot save the session"), e);
	sqlite3_reset(st);
	return 0;
}

static const char sql_holder[] =
	"SELECT holder_pid, holder_host, heartbeat FROM sessions WHERE id = ?1";

/* 1 when process PID is gone: no such process, or a zombie that its
 * parent has not reaped yet (Linux's /proc says so). */
static int
process_gone(long pid)
{
	char path[64], stat[256], *paren;
	FILE *fp;
	size_t n;

	if (kill((pid_t)pid, 0) < 0 && errno == ESRCH)
		return 1;
	snprintf(path, sizeof path, "/proc/%ld/stat", pid);
	if ((fp = fopen(path, "r")) == NULL)
		return 0;
	n = fread(stat, 1, sizeof stat - 1, fp);
	fclose(fp);
	stat[n] = '\0';
	paren = strrchr(stat, ')');
	return paren != NULL && paren[1] == ' ' && paren[2] == 'Z';
}

/* 1 when the lease of the current row of ST (sql_holder) is another
 * process's that may still be at work at time NOW; 0 when it is free,
 * ours, or its holder is dead (same host, no such process) or silent for
 * SESSION_LEASE_SECONDS. */
static int
lease_taken(sqlite3_stmt *st, time_t now)
{
	long pid = (long)sqlite3_column_int64(st, 0);
	char host[256], me[256], beat[CLOCK_STAMP_LEN];
	time_t t;

	if (pid == 0)
		return 0;
	store_column(st, 1, host, sizeof host);
	store_column(st, 2, beat, sizeof beat);
	host_name(me, sizeof me);
	if (strcmp(host, me) == 0 &&
	    (pid == (long)getpid() || process_gone(pid)))
		return 0;
	if (clock_parse(beat, CLOCK_UTC, &t) < 0 || now - t > SESSION_LEASE_SECONDS)
		return 0;
	return 1;
}

static const char sql_hold[] =
	"UPDATE sessions SET heartbeat = ?2, holder_pid = ?3, holder_host = ?4 WHERE id = ?1";

/* Inside a transaction: 1 when session ID is leased by another live
 * process, 0 (now ours) when not, -1 on error. */
static int
lease_take(struct store *db, long id, time_t t, const char *now, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(db, sql_holder, e);
	char host[256];
	int rc;

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && lease_taken(st, t))
		return 1;
	if (store_one(db, st, rc, N_("cannot read the session"), e) < 0)
		return -1;
	if ((st = store_stmt(db, sql_hold, e)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, now, -1, SQLITE_STATIC);
	bind_holder(st, 3, host, sizeof host);
	if (sqlite3_step(st) != SQLITE_DONE)
		return session_fail(db, _("cannot read the session"), e);
	return 0;
}

int
session_lease(struct store *db, long id, struct tr_err *e)
{
	char now[CLOCK_STAMP_LEN];
	time_t t;
	int r;

	if (clock_now(&t, e) < 0 || now_text(db, now, sizeof now, e) < 0)
		return -1;
	/* At the start of a wizard, not at a key: it may wait longer. */
	sqlite3_busy_timeout(store_db(db), SESSION_LEASE_WAIT_MS);
	if (store_begin(db, e) < 0) {
		r = session_fail(db, _("cannot read the session"), e);
	} else {
		r = lease_take(db, id, t, now, e);
		if (r == 0 && store_commit(db, e) < 0)
			r = session_fail(db, _("cannot read the session"), e);
		if (r != 0)
			store_rollback(db);
	}
	sqlite3_busy_timeout(store_db(db), SESSION_BUSY_MS);
	return r < 0 ? r : !r;
}

static const char sql_release[] =
	"UPDATE sessions SET holder_pid = 0, holder_host = '' "
	"WHERE id = ?1 AND holder_pid = ?2 AND holder_host = ?3";

int
session_release(struct store *db, long id, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(db, sql_release, e);
	char host[256];

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	bind_holder(st, 2, host, sizeof host);
	if (sqlite3_step(st) != SQLITE_DONE)
		return session_fail(db, _("cannot save the session"), e);
	sqlite3_reset(st);
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

/* After a delete: the WAL's copies of the deleted rows go into the file
 * (where secure_delete has zeroed them) and the WAL is emptied, so the
 * answers are no longer in the bytes of either file. Another Tremplin
 * reading the file may keep the WAL from being emptied: then the next
 * delete or the last one to close empties it. */
static int
forget(struct store *db, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(db, "PRAGMA wal_checkpoint(TRUNCATE)", e);
	int rc;

	if (st == NULL)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		;
	sqlite3_reset(st);
	if (rc != SQLITE_DONE && (rc & 0xff) != SQLITE_BUSY)
		return session_fail(db, _("cannot delete the session"), e);
	return 0;
}

int
session_delete(struct store *db, long id, struct tr_err *e)
{
	sqlite3_stmt *st;
	int changed;

	if (store_begin(db, e) < 0)
		return session_fail(db, _("cannot delete the session"), e);
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
		goto fail_sql;
	return forget(db, e) < 0 ? -1 : changed > 0;
fail_sql:
	session_fail(db, _("cannot delete the session"), e);
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
		return session_fail(db, _("cannot purge the sessions"), e);
	for (int i = 0; i < 2; i++) {
		sqlite3_stmt *st = store_stmt(db, steps[i], e);

		if (st == NULL)
			goto fail;
		sqlite3_bind_text(st, 1, cutoff, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) != SQLITE_DONE) {
			session_fail(db, _("cannot purge the sessions"), e);
			goto fail;
		}
		*deleted = sqlite3_changes(store_db(db));
	}
	if (store_commit(db, e) < 0) {
		session_fail(db, _("cannot purge the sessions"), e);
		goto fail;
	}
	return forget(db, e);
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
			return session_fail(db, _("cannot save the plan"), e);
	}
	return 0;
}

int
session_save_plan(struct store *db, long id, const struct plan_mark *marks,
		  int n, struct tr_err *e)
{
	if (store_begin(db, e) < 0)
		return session_fail(db, _("cannot save the plan"), e);
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
	int r;

	if (store_begin(db, e) < 0)
		return session_fail(db, _("cannot save the session"), e);
	r = session_save(db, id, s, screen, finished, e);
	if (r == 0)
		r = write_marks(db, id, marks, n, e);
	if (r == 0 && store_commit(db, e) < 0)
		r = session_fail(db, _("cannot save the session"), e);
	if (r < 0)
		store_rollback(db);
	return r;
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
