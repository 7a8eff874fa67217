/* store-private.h - what core/ modules need of the store, SQL included.
 * Never included from tui/. */
#ifndef TREMPLIN_STORE_PRIVATE_H
#define TREMPLIN_STORE_PRIVATE_H

#include <sqlite3.h>

#include "store.h"

sqlite3 *store_db(struct store *s);

/* What a kind of database is made of: its schema, its version, the
 * migrations from each older version (migrations[v - 1] goes from v to
 * v + 1), and what to tell the person when the file is not right (N_()). */
struct store_schema {
	const char *sql;
	int version;
	const char *const *migrations;
	const char *fix;
	/* Run on a connection that may write, before the schema is read or
	 * made (NULL-terminated; NULL: none): a new file is then made in its
	 * journal mode from its first page. */
	const char *const *pragmas;
};

/* store_open() for another kind of database (the sessions). */
int store_open_schema(const char *path, enum store_mode mode,
		      const struct store_schema *schema, struct store **out,
		      struct tr_err *e);

/* A prepared statement for SQL, cached for the life of the store: SQL must
 * be a string with static storage (a literal). The statement comes back
 * reset with its bindings cleared. Returns NULL and fills E on error. */
sqlite3_stmt *store_stmt(struct store *s, const char *sql, struct tr_err *e);

/* Fill E with "PATH: WHAT: sqlite message" and return -1. */
int store_fail(struct store *s, const char *what, struct tr_err *e);

/* The end of a lookup of one row: reset ST and turn the result RC of its
 * step into 1 (a row), 0 (none) or -1 (E filled: WHAT, an N_() msgid,
 * failed). */
int store_one(struct store *s, sqlite3_stmt *st, int rc, const char *what,
	      struct tr_err *e);

/* The end of a lookup of several rows: reset ST; N when the result RC of
 * its last step is the end or a row (the caller stopped early), -1 (E
 * filled: WHAT, an N_() msgid, failed) otherwise. */
int store_rows(struct store *s, sqlite3_stmt *st, int rc, int n,
	       const char *what, struct tr_err *e);

/* Copy text column COL of the current row of ST into DST (LEN bytes,
 * truncated, always NUL-terminated; "" for NULL). */
void store_column(sqlite3_stmt *st, int col, char *dst, size_t len);

/* Run SQL (no parameters, no rows) such as DDL from schema.sql. */
int store_exec(struct store *s, const char *sql, struct tr_err *e);

/* The text of data/schema.sql, built into the program. */
extern const char store_schema_sql[];

/* The reference tables (stats.c), in the order of `data stats`: the
 * name of table I, and the row count of each into N[STORE_NTABLES]. */
#define STORE_NTABLES 11
const char *store_table_name(int i);
int store_count_tables(struct store *s, long long *n, struct tr_err *e);

#endif
