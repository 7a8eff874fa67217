/* test-store.c - opening the reference database: every way it can be
 * wrong gets one line naming the file, and nothing is written. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "store-private.h"

static char dir[] = "/tmp/tremplin-store-XXXXXX";

static const char *
tmpfile_path(const char *name)
{
	static char buf[256];

	snprintf(buf, sizeof buf, "%s/%s", dir, name);
	return buf;
}

static int
open_msg(const char *path, enum store_mode mode, const char *want)
{
	struct tr_err e;
	struct store *s;
	int rc = store_open(path, mode, &s, &e);

	if (rc == 0) {
		store_close(s);
		fprintf(stderr, "  %s opened, want an error with \"%s\"\n", path, want);
		return 0;
	}
	if (s != NULL || strstr(e.msg, path) == NULL || strstr(e.msg, want) == NULL ||
	    strchr(e.msg, '\n') != NULL) {
		fprintf(stderr, "  message: %s (want \"%s\")\n", e.msg, want);
		return 0;
	}
	return 1;
}

static void
count_line(const char *text, void *arg)
{
	(void)text;
	++*(int *)arg;
}

static void
write_file(const char *path, const char *bytes, size_t n)
{
	FILE *fp = fopen(path, "wb");

	CHECK(fp != NULL);
	if (fp != NULL) {
		fwrite(bytes, 1, n, fp);
		fclose(fp);
	}
}

int
main(void)
{
	struct tr_err e;
	struct store *s;
	const char *db;
	int lines = 0;

	if (mkdtemp(dir) == NULL)
		return 99;

	/* Missing. */
	db = tmpfile_path("missing.db");
	CHECK(open_msg(db, STORE_READONLY, "cannot open"));
	CHECK(open_msg(db, STORE_READWRITE, "cannot open"));
	CHECK(access(db, F_OK) != 0);

	/* Created, then read back read-only with an empty, consistent store. */
	db = tmpfile_path("new.db");
	CHECK_INT(store_open(db, STORE_CREATE, &s, &e), 0);
	store_close(s);
	CHECK_INT(store_open(db, STORE_READONLY, &s, &e), 0);
	if (s != NULL) {
		CHECK_INT(store_check(s, count_line, &lines, &e), 0);
		CHECK_INT(lines, 0);
		lines = 0;
		CHECK_INT(store_stats(s, count_line, &lines, &e), 0);
		CHECK(lines >= 10);
		/* Writes fail on a read-only store. */
		CHECK_INT(store_exec(s, "INSERT INTO regions VALUES ('99', 'x')", &e), -1);
		store_close(s);
	}

	/* A newer schema is refused in every mode. */
	db = tmpfile_path("newer.db");
	CHECK_INT(store_open(db, STORE_CREATE, &s, &e), 0);
	if (s != NULL) {
		CHECK_INT(store_exec(s, "UPDATE schema_version SET version = 99", &e), 0);
		store_close(s);
	}
	CHECK(open_msg(db, STORE_READONLY, "newer"));
	CHECK(open_msg(db, STORE_CREATE, "newer"));

	/* A version 2 database (before job_words): refused read-only with the
	 * way out, migrated when opened for writing. */
	db = tmpfile_path("v2.db");
	CHECK_INT(store_open(db, STORE_CREATE, &s, &e), 0);
	if (s != NULL) {
		CHECK_INT(store_exec(s, "DROP TABLE job_words; "
				     "UPDATE schema_version SET version = 2", &e), 0);
		store_close(s);
	}
	CHECK(open_msg(db, STORE_READONLY, "made by an older Tremplin (schema version 2)"));
	CHECK_INT(store_open(db, STORE_READWRITE, &s, &e), 0);
	if (s != NULL) {
		CHECK_INT(store_exec(s, "INSERT INTO job_words VALUES ('cook', 'G1602', "
				     "'Cuisinier / Cuisinière')", &e), 0);
		store_close(s);
	}
	CHECK_INT(store_open(db, STORE_READONLY, &s, &e), 0);
	store_close(s);

	/* Not a database at all. */
	db = tmpfile_path("corrupt.db");
	write_file(db, "this is not SQLite, just some text that is long enough\n", 56);
	CHECK(open_msg(db, STORE_READONLY, "not a Tremplin database"));
	CHECK(open_msg(db, STORE_CREATE, "not a Tremplin database"));

	/* Somebody else's SQLite file is never written into. */
	db = tmpfile_path("foreign.db");
	CHECK_INT(store_open(db, STORE_CREATE, &s, &e), 0);
	if (s != NULL) {
		CHECK_INT(store_exec(s, "DROP TABLE schema_version", &e), 0);
		store_close(s);
	}
	CHECK(open_msg(db, STORE_CREATE, "not a Tremplin database"));

	/* A read-only file: read yes, write no (unless we are root, who can
	 * write anyway: then only the read is checked). */
	db = tmpfile_path("ro.db");
	CHECK_INT(store_open(db, STORE_CREATE, &s, &e), 0);
	store_close(s);
	chmod(db, 0444);
	CHECK_INT(store_open(db, STORE_READONLY, &s, &e), 0);
	store_close(s);
	if (access(db, W_OK) != 0)
		CHECK(open_msg(db, STORE_READWRITE, "read-only"));

	/* A folder is not a database. */
	CHECK(open_msg(dir, STORE_READONLY, "not a regular file"));

	{
		char cmd[300];

		snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
		if (system(cmd) != 0)
			fprintf(stderr, "could not remove %s\n", dir);
	}
	return check_done();
}
