/* store.h - the SQLite reference database of labour-market data.
 *
 * Opened read-only by the wizard; written only by the importers and the
 * loader of the default data set. No SQL type leaks out of core/: the
 * front end sees an opaque struct store and one-line error messages. */
#ifndef TREMPLIN_STORE_H
#define TREMPLIN_STORE_H

#include "err.h"

/* The schema this build creates and reads. */
#define STORE_SCHEMA_VERSION 3

struct store;

enum store_mode {
	STORE_READONLY,   /* the file must exist and be a current database */
	STORE_READWRITE,  /* the file must exist; older schemas are migrated */
	STORE_CREATE      /* created with the schema when missing */
};

/* Open the reference database at PATH. On failure returns -1, sets *OUT to
 * NULL and fills E with one line naming the file and what to do. */
int store_open(const char *path, enum store_mode mode, struct store **out,
	       struct tr_err *e);
void store_close(struct store *s);
const char *store_path(const struct store *s);

/* One transaction around a whole import. */
int store_begin(struct store *s, struct tr_err *e);
int store_commit(struct store *s, struct tr_err *e);
void store_rollback(struct store *s);

/* Counts and sources, for `tremplin data stats`. Calls LINE once per
 * output line with already translated text. */
int store_stats(struct store *s, void (*line)(const char *text, void *arg),
		void *arg, struct tr_err *e);

/* Integrity and consistency checks, for `tremplin data check`. Calls LINE
 * once per problem found; returns the number of problems, -1 on error. */
int store_check(struct store *s, void (*line)(const char *text, void *arg),
		void *arg, struct tr_err *e);

#endif
