/* cmd-data.c - `tremplin data stats|check [--db FILE]`. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "store.h"

static void
print_line(const char *text, void *arg)
{
	(void)arg;
	puts(text);
}

int
cmd_data(int argc, char **argv, const struct cli_common *common)
{
	struct tr_err e;
	struct store *s;
	const char *db = common->db;
	int rc;

	argc = cli_take_db(argc, argv, &db);
	if (argc != 2 || (strcmp(argv[1], "stats") != 0 && strcmp(argv[1], "check") != 0)) {
		cli_error(_("usage: data stats|check [--db FILE]"));
		return EXIT_USAGE;
	}
	if (store_open(db, STORE_READONLY, &s, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_FAIL;
	}
	if (strcmp(argv[1], "stats") == 0) {
		rc = store_stats(s, print_line, NULL, &e);
	} else {
		rc = store_check(s, print_line, NULL, &e);
		if (rc == 0)
			printf(_("%s: no problem found\n"), db);
	}
	store_close(s);
	if (rc < 0) {
		cli_error("%s", e.msg);
		return EXIT_FAIL;
	}
	return rc == 0 ? EXIT_OK : EXIT_FAIL;
}
