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
#include "session-private.h"
#include "store-private.h"

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

static const char sql_create[] =
	"INSERT INTO sessions (pseudonym, created, updated, holder_pid, holder_host, "
	"heartbeat) VALUES (?1, ?2, ?2, ?3, ?4, ?2)";

int
session_create(struct store *db, const char *pseudonym, long *id,
	       struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(db, sql_create, e);
	char now[CLOCK_STAMP_LEN], host[256];

	if (st == NULL || session_now_text(db, now, sizeof now, e) < 0)
		return -1;
	sqlite3_bind_text(st, 1, pseudonym ? pseudonym : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, now, -1, SQLITE_STATIC);
	session_bind_holder(st, 3, host, sizeof host);
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

	if (session_now_text(db, now, sizeof now, e) < 0)
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
	session_bind_holder(st, 6, host, sizeof host);
	rc = sqlite3_step(st);
	free(text);
	if (rc != SQLITE_DONE)
		return session_fail(db, _("cannot save the session"), e);
	sqlite3_reset(st);
	return 0;
}

#define INFO_COLUMNS "id, pseudonym, created, updated, finished, screen, answered, " \
	"asked, challenge, brought, brought_from"
#define INFO_NCOLUMNS 11

static void
read_info(sqlite3_stmt *st, struct session_info *info)
{
	int from;

	info->id = (long)sqlite3_column_int64(st, 0);
	store_column(st, 1, info->pseudonym, sizeof info->pseudonym);
	/* Dates to the minute: "2026-11-27 14:03". */
	store_column(st, 2, info->created, 17);
	store_column(st, 3, info->updated, 17);
	info->finished = sqlite3_column_int(st, 4);
	store_column(st, 5, info->screen, sizeof info->screen);
	info->answered = sqlite3_column_int(st, 6);
	info->asked = sqlite3_column_int(st, 7);
	store_column(st, 8, info->challenge, sizeof info->challenge);
	info->brought = (uint64_t)sqlite3_column_int64(st, 9);
	from = sqlite3_column_int(st, 10);
	info->brought_from = from == SESSION_BROUGHT_CODE || from == SESSION_BROUGHT_FILE ?
		(enum session_brought)from : SESSION_BROUGHT_NONE;
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
	rc = situation_read_string(s, (const char *)sqlite3_column_text(st, INFO_NCOLUMNS), name,
				   e);
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


/* ---- adviser mode: the note on the meeting, the export's language ---- */

static const char sql_save_meeting[] =
	"UPDATE sessions SET meeting_note = ?2, export_lang = ?3 WHERE id = ?1";

int
session_save_meeting(struct store *db, long id, const char *note, const char *lang,
		     struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(db, sql_save_meeting, e);

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, note != NULL ? note : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, lang != NULL ? lang : "", -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		return session_fail(db, _("cannot save the session"), e);
	sqlite3_reset(st);
	return 0;
}

static const char sql_load_meeting[] =
	"SELECT meeting_note, export_lang FROM sessions WHERE id = ?1";

int
session_load_meeting(struct store *db, long id, char *note, size_t notelen,
		     char *lang, size_t langlen, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(db, sql_load_meeting, e);
	int rc, n = 0;

	note[0] = '\0';
	lang[0] = '\0';
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		store_column(st, 0, note, notelen);
		store_column(st, 1, lang, langlen);
		n = 1;
		rc = sqlite3_step(st);
	}
	return store_rows(db, st, rc, n, N_("cannot read the session"), e);
}
