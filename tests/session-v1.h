/* session-v1.h - the tables of a sessions file of schema version 1 (before
 * the lease columns), for the tests of migrating an old file. */
#ifndef TREMPLIN_TEST_SESSION_V1_H
#define TREMPLIN_TEST_SESSION_V1_H

#define SESSION_V1_SQL \
	"CREATE TABLE schema_version (version INTEGER NOT NULL);" \
	"INSERT INTO schema_version VALUES (1);" \
	"CREATE TABLE sessions (id INTEGER PRIMARY KEY, pseudonym TEXT NOT NULL " \
	"DEFAULT '', created TEXT NOT NULL, updated TEXT NOT NULL, finished " \
	"INTEGER NOT NULL DEFAULT 0, screen TEXT NOT NULL DEFAULT '', answers " \
	"TEXT NOT NULL DEFAULT '');" \
	"CREATE INDEX sessions_updated ON sessions(updated);" \
	"CREATE TABLE plan_marks (session INTEGER NOT NULL REFERENCES sessions(id) " \
	"ON DELETE CASCADE, action TEXT NOT NULL, pos INTEGER NOT NULL, chosen " \
	"INTEGER NOT NULL DEFAULT 0, due INTEGER NOT NULL DEFAULT 0, done INTEGER " \
	"NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '', PRIMARY KEY (session, " \
	"action)) WITHOUT ROWID;"

#endif
