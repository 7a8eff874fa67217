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

/* The end of --help: the two commands. */
static const char data_more[] = N_(
	"Commands:\n"
	"  stats               every table with its count of rows, every source\n"
	"                      with its year\n"
	"  check               check the database; exit status 1 on a problem\n");

int
cmd_data(int argc, char **argv, const struct cli_common *common)
{
	struct tr_err e;
	struct store *s;
	static const struct cli_option *const tables[] = { cli_common_options, NULL };
	struct cli_parser p = {
		.command = common->command, .tables = tables, .db = common->db,
		.more = data_more,
	};
	const char *db;
	int rc;

	argc = cli_parse(&p, argc, argv, &rc);
	if (argc < 0)
		return rc;
	db = p.db;
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
