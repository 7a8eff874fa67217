/* session-file.c - the sessions file: where it is, its schema, opening
 * it (with true messages when it cannot be written) and checking it. See
 * session.h. */
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

#include "clock.h"
#include "i18n.h"
#include "session.h"
#include "session-private.h"
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
	"  heartbeat TEXT NOT NULL DEFAULT '',\n"
	"  answered INTEGER NOT NULL DEFAULT 0,\n"
	"  asked INTEGER NOT NULL DEFAULT 0,\n"
	"  challenge TEXT NOT NULL DEFAULT '',\n"
	"  brought INTEGER NOT NULL DEFAULT 0,\n"
	"  brought_from INTEGER NOT NULL DEFAULT 0,\n"
	"  meeting_note TEXT NOT NULL DEFAULT '',\n"
	"  export_lang TEXT NOT NULL DEFAULT ''\n"
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
	/* 2 -> 3: what the adviser's list shows (session_save_progress()). */
	"ALTER TABLE sessions ADD COLUMN answered INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE sessions ADD COLUMN asked INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE sessions ADD COLUMN challenge TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE sessions ADD COLUMN brought INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE sessions ADD COLUMN brought_from INTEGER NOT NULL DEFAULT 0;",
	/* 3 -> 4: adviser mode, the note on the meeting and the language of
	 * the export (session_save_meeting()). */
	"ALTER TABLE sessions ADD COLUMN meeting_note TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE sessions ADD COLUMN export_lang TEXT NOT NULL DEFAULT '';",
};
_Static_assert(sizeof session_migrations / sizeof session_migrations[0] ==
	       SESSION_SCHEMA_VERSION - 1, "one migration per schema version");

/* WAL before anything is written: a new file costs two syncs, not ten. */
static const char *const session_pragmas[] = {
	"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
	/* Deleted answers are overwritten, not left in free pages. */
	"PRAGMA secure_delete = ON", NULL
};

static const struct store_schema session_schema = {
	session_schema_sql, SESSION_SCHEMA_VERSION, session_migrations,
	N_("move the file away and Tremplin will start a new one"),
	session_pragmas,
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

