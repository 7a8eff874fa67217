/* store-private.h - what core/ modules need of the store, SQL included.
 * Never included from tui/. */
#ifndef TREMPLIN_STORE_PRIVATE_H
#define TREMPLIN_STORE_PRIVATE_H

#include <sqlite3.h>

#include "store.h"

sqlite3 *store_db(struct store *s);

/* A prepared statement for SQL, cached for the life of the store: SQL must
 * be a string with static storage (a literal). The statement comes back
 * reset with its bindings cleared. Returns NULL and fills E on error. */
sqlite3_stmt *store_stmt(struct store *s, const char *sql, struct tr_err *e);

/* Fill E with "PATH: WHAT: sqlite message" and return -1. */
int store_fail(struct store *s, const char *what, struct tr_err *e);

/* Run SQL (no parameters, no rows) such as DDL from schema.sql. */
int store_exec(struct store *s, const char *sql, struct tr_err *e);

/* The text of data/schema.sql, built into the program. */
extern const char store_schema_sql[];

#endif
