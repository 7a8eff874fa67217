/* market-fixture.h - the controlled market of the market tests: the data
 * set of tests/fixtures/market, plus the rows of an SQL text, opened
 * read-only as the wizard opens it. Included by one test each. */
#ifndef TREMPLIN_MARKET_FIXTURE_H
#define TREMPLIN_MARKET_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "import.h"
#include "store-private.h"

/* A new database in PATH (LEN bytes) with the fixture and EXTRA (SQL,
 * may be NULL); NULL with a message on stderr when it cannot be made. */
static struct store *
fixture_store(char *path, size_t len, const char *extra)
{
	const char *top = getenv("top_srcdir");
	struct import_options opt = { .year = 0 };
	struct import_report rep;
	struct tr_err e;
	struct store *s;
	char dir[1024];
	int fd;

	snprintf(path, len, "/tmp/tremplin-market-XXXXXX");
	fd = mkstemp(path);
	if (fd < 0)
		return NULL;
	close(fd);
	unlink(path);
	snprintf(dir, sizeof dir, "%s/tests/fixtures/market", top ? top : ".");
	if (store_open(path, STORE_CREATE, &s, &e) < 0 ||
	    import_run(s, IMPORT_DEFAULT, dir, &opt, &rep, &e) < 0 ||
	    (extra != NULL && store_exec(s, extra, &e) < 0)) {
		fprintf(stderr, "%s\n", e.msg);
		return NULL;
	}
	store_close(s);
	if (store_open(path, STORE_READONLY, &s, &e) < 0) {
		fprintf(stderr, "%s\n", e.msg);
		return NULL;
	}
	return s;
}

#endif
