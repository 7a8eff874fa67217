/* store.c - the SQLite reference database. See store.h. */
#include <config.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "store-private.h"

/* Prepared statements, by the address of their SQL text (a literal): an
 * open-addressing table of STMT_CACHE slots (a power of two; more than
 * the program uses, an import of the default data set with its row
 * counts included), probed from the slot the address hashes to. Only a
 * full table replaces a statement (the one in the home slot), so a
 * statement still being stepped is not finalized under its caller. */
#define STMT_CACHE 128

struct store {
	sqlite3 *db;
	char *path;
	const struct store_schema *schema;
	struct {
		const char *sql;
		sqlite3_stmt *st;
	} cache[STMT_CACHE];
};

/* Migrations: migrations[v - 1] upgrades a database from version v to
 * v + 1, as data/schema.sql describes version v + 1. */
static const char *const reference_migrations[] = {
	/* 1 -> 2: ROME 4.0 parents and title ranks, source releases, hiring
	 * channels and salaries. */
	"ALTER TABLE sources ADD COLUMN release TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE job_groups ADD COLUMN parent TEXT;"
	"CREATE INDEX job_groups_parent ON job_groups(parent);"
	"ALTER TABLE job_titles ADD COLUMN rank INTEGER NOT NULL DEFAULT 1;"
	"CREATE TABLE channels (rome TEXT NOT NULL, channel TEXT NOT NULL CHECK "
	"(channel IN ('spontaneous', 'intermediaries', 'network', 'other')), "
	"share REAL NOT NULL, source TEXT NOT NULL, year INTEGER NOT NULL, "
	"example INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (rome, channel)) WITHOUT ROWID;"
	"CREATE TABLE salaries (rome TEXT NOT NULL, level TEXT NOT NULL CHECK "
	"(level IN ('D', 'R', 'F')), area TEXT NOT NULL, age_group TEXT NOT NULL "
	"CHECK (age_group IN ('under35', 'from35')), minimum INTEGER NOT NULL, "
	"maximum INTEGER NOT NULL, source TEXT NOT NULL, year INTEGER NOT NULL, "
	"example INTEGER NOT NULL DEFAULT 0, "
	"PRIMARY KEY (rome, level, area, age_group)) WITHOUT ROWID;",
	/* 2 -> 3: the project's English words for job titles. */
	"CREATE TABLE job_words (word TEXT NOT NULL, code TEXT NOT NULL, "
	"title TEXT NOT NULL, PRIMARY KEY (word, code, title)) WITHOUT ROWID;",
};
_Static_assert(sizeof reference_migrations / sizeof reference_migrations[0] ==
	       STORE_SCHEMA_VERSION - 1, "one migration per schema version");

static const struct store_schema reference_schema = {
	store_schema_sql, STORE_SCHEMA_VERSION, reference_migrations,
	N_("rebuild it with `make` or give another file with --db"), NULL,
};

sqlite3 *
store_db(struct store *s)
{
	return s->db;
}

const char *
store_path(const struct store *s)
{
	return s->path;
}

int
store_fail(struct store *s, const char *what, struct tr_err *e)
{
	return err_set(e, "%s: %s: %s", s->path, what, sqlite3_errmsg(s->db));
}

int
store_one(struct store *s, sqlite3_stmt *st, int rc, const char *what,
	  struct tr_err *e)
{
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	return store_fail(s, _(what), e);
}

int
store_rows(struct store *s, sqlite3_stmt *st, int rc, int n, const char *what,
	   struct tr_err *e)
{
	sqlite3_reset(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, _(what), e);
	return n;
}

int
store_exec(struct store *s, const char *sql, struct tr_err *e)
{
	char *msg = NULL;

	if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		err_set(e, "%s: %s", s->path, msg ? msg : sqlite3_errmsg(s->db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

void
store_column(sqlite3_stmt *st, int col, char *dst, size_t len)
{
	const unsigned char *text = sqlite3_column_text(st, col);

	snprintf(dst, len, "%s", text ? (const char *)text : "");
}

static size_t
stmt_home(const char *sql)
{
	return (size_t)(((uintptr_t)sql >> 3) * 2654435761u) & (STMT_CACHE - 1);
}

sqlite3_stmt *
store_stmt(struct store *s, const char *sql, struct tr_err *e)
{
	size_t home = stmt_home(sql), slot = home;
	sqlite3_stmt *st;

	for (size_t i = 0; i < STMT_CACHE; i++) {
		size_t j = (home + i) & (STMT_CACHE - 1);

		if (s->cache[j].sql == sql) {
			st = s->cache[j].st;
			sqlite3_reset(st);
			sqlite3_clear_bindings(st);
			return st;
		}
		if (s->cache[j].sql == NULL) {  /* never removed: not further on */
			slot = j;
			break;
		}
	}
	if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st,
			       NULL) != SQLITE_OK) {
		store_fail(s, _("cannot prepare a query"), e);
		return NULL;
	}
	if (s->cache[slot].sql != NULL)     /* the table is full */
		sqlite3_finalize(s->cache[slot].st);
	s->cache[slot].sql = sql;
	s->cache[slot].st = st;
	return st;
}

static int
schema_version(struct store *s, int *version, struct tr_err *e)
{
	sqlite3_stmt *st;
	int rc;

	rc = sqlite3_prepare_v2(s->db,
		"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
		-1, &st, NULL);
	if (rc != SQLITE_OK)
		goto bad;
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE) {
		*version = 0;
		return 0;
	}
	if (rc != SQLITE_ROW)
		goto bad;
	rc = sqlite3_prepare_v2(s->db, "SELECT max(version) FROM schema_version",
				-1, &st, NULL);
	if (rc != SQLITE_OK)
		goto bad;
	rc = sqlite3_step(st);
	*version = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		goto bad;
	return 0;
bad:
	return err_set(e, _("%s: not a Tremplin database (%s); %s"),
		       s->path, sqlite3_errmsg(s->db), _(s->schema->fix));
}

/* The schema written into an empty file, inside the caller's
 * transaction. */
static int
create_schema(struct store *s, struct tr_err *e)
{
	char sql[64];

	snprintf(sql, sizeof sql, "INSERT INTO schema_version VALUES (%d)",
		 s->schema->version);
	if (store_exec(s, s->schema->sql, e) < 0)
		return -1;
	return store_exec(s, sql, e);
}

/* The migrations from version FROM, inside the caller's transaction. */
static int
migrate(struct store *s, int from, struct tr_err *e)
{
	char sql[64];

	for (int v = from; v < s->schema->version; v++) {
		if (s->schema->migrations[v - 1] != NULL &&
		    store_exec(s, s->schema->migrations[v - 1], e) < 0)
			return -1;
	}
	snprintf(sql, sizeof sql, "UPDATE schema_version SET version = %d",
		 s->schema->version);
	return store_exec(s, sql, e);
}

int
store_open(const char *path, enum store_mode mode, struct store **out,
	   struct tr_err *e)
{
	return store_open_schema(path, mode, &reference_schema, out, e);
}

/* PATH may be opened in MODE: a regular file (or none, to create),
 * writable unless read-only. */
static int
check_file(const char *path, enum store_mode mode, struct tr_err *e)
{
	struct stat sb;

	if (stat(path, &sb) < 0) {
		if (errno != ENOENT || mode != STORE_CREATE)
			return err_set(e, _("%s: cannot open the database: %s"),
				       path, strerror(errno));
	} else if (!S_ISREG(sb.st_mode)) {
		return err_set(e, _("%s: not a regular file"), path);
	} else if (mode != STORE_READONLY && access(path, W_OK) < 0) {
		return err_set(e, _("%s: the database is read-only; copy it somewhere "
				    "writable or give another file with --db"), path);
	}
	return 0;
}

/* A file with no schema: only an empty one, opened to create, gets it;
 * never write into somebody else's database. */
static int
init_empty(struct store *s, enum store_mode mode, struct tr_err *e)
{
	sqlite3_stmt *st;
	int empty;

	if (mode != STORE_CREATE)
		return err_set(e, _("%s: not a Tremplin database (no schema); %s"),
			       s->path, _(s->schema->fix));
	if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM sqlite_master",
			       -1, &st, NULL) != SQLITE_OK)
		return store_fail(s, _("cannot read the database"), e);
	empty = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 0;
	sqlite3_finalize(st);
	if (!empty)
		return err_set(e, _("%s: this SQLite file is not a Tremplin database; "
				    "give another file with --db"), s->path);
	return create_schema(s, e);
}

/* Bring a file older than the schema (VERSION, 0: no schema) up to it.
 * The write lock is taken first and the version read again under it:
 * two programs that open a new or old file at once must not both create
 * or migrate it (the second would fail, or give up on a busy lock). */
static int
upgrade(struct store *s, enum store_mode mode, int version, struct tr_err *e)
{
	if (version > 0 && mode == STORE_READONLY)
		return err_set(e, _("%s: made by an older Tremplin (schema version %d); %s"),
			       s->path, version, _(s->schema->fix));
	if (version == 0 && mode != STORE_CREATE)
		return init_empty(s, mode, e);
	if (store_exec(s, "BEGIN IMMEDIATE", e) < 0)
		return -1;
	if (schema_version(s, &version, e) < 0)
		goto fail;
	if (version == 0 ? init_empty(s, mode, e) < 0
	    : version < s->schema->version && migrate(s, version, e) < 0)
		goto fail;
	if (store_exec(s, "COMMIT", e) == 0)
		return 0;
fail:
	store_exec(s, "ROLLBACK", NULL);
	return -1;
}

/* The schema's pragmas. Turning a file to WAL takes its exclusive lock,
 * and SQLite gives up at once instead of waiting when two programs that
 * both read the file want it (each would wait for the other): try again
 * for up to two seconds. */
static int
set_pragmas(struct store *s, struct tr_err *e)
{
	const struct timespec pause = { 0, 10 * 1000 * 1000 };

	for (const char *const *p = s->schema->pragmas; p != NULL && *p != NULL; p++) {
		int tries = 0;

		while (store_exec(s, *p, e) < 0) {
			if ((sqlite3_errcode(s->db) & 0xff) != SQLITE_BUSY || ++tries == 200)
				return -1;
			nanosleep(&pause, NULL);
		}
	}
	return 0;
}

int
store_open_schema(const char *path, enum store_mode mode,
		  const struct store_schema *schema, struct store **out,
		  struct tr_err *e)
{
	struct store *s;
	int flags, version;

	*out = NULL;
	if (check_file(path, mode, e) < 0)
		return -1;
	s = calloc(1, sizeof *s);
	if (s == NULL || (s->path = strdup(path)) == NULL) {
		free(s);
		return err_set(e, _("%s: out of memory"), path);
	}
	s->schema = schema;
	flags = mode == STORE_READONLY ? SQLITE_OPEN_READONLY
		: mode == STORE_READWRITE ? SQLITE_OPEN_READWRITE
		: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(path, &s->db, flags, NULL) != SQLITE_OK) {
		err_set(e, _("%s: cannot open the database: %s"), path,
			s->db ? sqlite3_errmsg(s->db) : _("out of memory"));
		store_close(s);
		return -1;
	}
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, 2000);
	if (mode != STORE_READONLY && set_pragmas(s, e) < 0)
		goto fail;
	if (schema_version(s, &version, e) < 0)
		goto fail;
	if (version > schema->version) {
		err_set(e, _("%s: made by a newer Tremplin (schema version %d, this "
			     "program reads up to %d); upgrade Tremplin or %s"),
			path, version, schema->version, _(schema->fix));
		goto fail;
	}
	if (version < schema->version && upgrade(s, mode, version, e) < 0)
		goto fail;
	if (mode != STORE_READONLY && store_exec(s, "PRAGMA foreign_keys = ON", e) < 0)
		goto fail;
	/* A file only read is mapped: its pages are the system's page cache,
	 * shared by every Tremplin that reads it, instead of a copy in each
	 * program's heap (200 wizards of a kiosk server read one file). */
	if (mode == STORE_READONLY && store_exec(s, "PRAGMA mmap_size = 268435456", e) < 0)
		goto fail;
	*out = s;
	return 0;
fail:
	store_close(s);
	return -1;
}

void
store_close(struct store *s)
{
	if (s == NULL)
		return;
	for (int i = 0; i < STMT_CACHE; i++)
		sqlite3_finalize(s->cache[i].st);
	sqlite3_close(s->db);
	free(s->path);
	free(s);
}

int
store_begin(struct store *s, struct tr_err *e)
{
	return store_exec(s, "BEGIN IMMEDIATE", e);
}

int
store_commit(struct store *s, struct tr_err *e)
{
	return store_exec(s, "COMMIT", e);
}

void
store_rollback(struct store *s)
{
	if (!sqlite3_get_autocommit(s->db))
		store_exec(s, "ROLLBACK", NULL);
}
