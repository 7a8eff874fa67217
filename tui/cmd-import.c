/* cmd-import.c - `tremplin import KIND PATH [--year YYYY] [--crosswalk FILE]
 * [--replace] [--db FILE]`: load official open data into the reference database. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "import.h"
#include "store.h"
#include "userdb.h"

/* Without --db (or TREMPLIN_DB) an import writes the user's own reference
 * database, made from a copy of the shipped one the first time, never the
 * installed one. DB receives its path. */
static int
cmd_import_target(char *db, size_t len, struct tr_err *e)
{
	int copied;

	if (userdb_path(db, len, e) < 0 ||
	    userdb_prepare(db, cli_shipped_db(), &copied, e) < 0)
		return -1;
	if (copied)
		/* TRANSLATORS: %s are two paths of reference databases. */
		printf(_("%s: your reference database, made from a copy of %s\n"), db,
		       cli_shipped_db());
	return 0;
}

static int
cmd_import_usage(void)
{
	cli_error(_("usage: import KIND PATH [--year YYYY] [--crosswalk FILE]... [--replace] [--db FILE]\n"
		    "KIND is one of: rome (folder of unix_*_utf8.csv files),\n"
		    "imt (an IMT file or a folder of them: market_score, employment_type,\n"
		    "application_modes with the FAP-ROME crosswalk, salaries with a PCS-ROME\n"
		    "crosswalk; --crosswalk may be given twice), bmo (BMO survey file),\n"
		    "insee (folder with departements.csv and regions.csv),\n"
		    "default (the project's data/ folder)"));
	return EXIT_USAGE;
}

enum { IMPORT_KEY_YEAR = CLI_KEY_OWN, IMPORT_KEY_CROSSWALK, IMPORT_KEY_REPLACE };

static const struct cli_option import_options[] = {
	{ .name = "year", .key = IMPORT_KEY_YEAR, .arg = N_("YYYY"),
	  .help = N_("the year of the figures") },
	{ .name = "crosswalk", .key = IMPORT_KEY_CROSSWALK, .arg = N_("FILE"),
	  .help = N_("a FAP-ROME or PCS-ROME crosswalk (at most twice)") },
	{ .name = "replace", .key = IMPORT_KEY_REPLACE,
	  .help = N_("let a table lose more than half its rows") },
	{ .name = NULL }
};

/* --year YYYY, --crosswalk FILE, --replace (a take() of struct
 * cli_parser). */
static int
take_option(int key, const char *value, void *arg)
{
	struct import_options *opt = arg;
	char *end;
	long y;

	if (key == IMPORT_KEY_REPLACE) {
		opt->replace = 1;
		return 0;
	}
	if (key == IMPORT_KEY_CROSSWALK) {
		if (opt->crosswalk2 != NULL) {
			cli_error(_("--crosswalk: at most two (one FAP-ROME, "
				    "one PCS-ROME)"));
			return -1;
		}
		*(opt->crosswalk == NULL ? &opt->crosswalk : &opt->crosswalk2) = value;
		return 0;
	}
	y = strtol(value, &end, 10);
	if (*end != '\0' || y < 1990 || y > 2100) {
		cli_error(_("--year: '%s' is not a year between 1990 and 2100"), value);
		return -1;
	}
	opt->year = (int)y;
	return 0;
}

/* The end of --help: the kinds of data. */
static const char import_more[] = N_(
	"Kinds of data:\n"
	"  rome                a folder of ROME unix_*_utf8.csv files (v3 or 4.0)\n"
	"  imt                 an IMT file or a folder of them: market_score,\n"
	"                      employment_type, application_modes (with the\n"
	"                      FAP-ROME crosswalk), salaries (with a PCS-ROME one)\n"
	"  bmo                 the BMO survey file (with its FAP-ROME crosswalk)\n"
	"  insee               a folder with departements.csv and regions.csv\n"
	"  default             the project's data/ folder\n"
	"An import that would leave a table with less than half its rows is\n"
	"refused, and nothing is changed, unless --replace is given.\n"
	"Without --db (or TREMPLIN_DB), the data goes into your own reference\n"
	"database, never into the installed one.\n");

/* What the import did, file by file. */
static void
print_report(const struct import_report *rep)
{
	for (int i = 0; i < rep->nfiles; i++) {
		/* TRANSLATORS: FILE: N rows read, N kept, N skipped. */
		printf(_("%s: %ld rows read, %ld kept, %ld skipped\n"),
		       rep->files[i].file, rep->files[i].read, rep->files[i].kept,
		       rep->files[i].skipped);
	}
	if (rep->note[0] != '\0')
		printf("%s\n", rep->note);
}

int
cmd_import(int argc, char **argv, const struct cli_common *common)
{
	static const struct cli_option *const tables[] = {
		import_options, cli_common_options, NULL
	};
	struct import_options opt = { .year = 0 };
	struct cli_parser p = {
		.command = common->command, .tables = tables, .take = take_option,
		.arg = &opt, .db = common->db, .more = import_more,
	};
	struct import_report rep;
	struct tr_err e;
	struct store *s;
	const char *db;
	char user[4096];
	int kind, rc;

	argc = cli_parse(&p, argc, argv, &rc);
	if (argc < 0)
		return rc;
	db = p.db;
	if (argc != 3)
		return cmd_import_usage();
	kind = import_kind_find(argv[1]);
	if (kind < 0) {
		cli_error(_("unknown kind of data '%s'"), argv[1]);
		return cmd_import_usage();
	}
	if (!common->db_asked && !p.db_asked) {
		if (cmd_import_target(user, sizeof user, &e) < 0) {
			cli_error("%s", e.msg);
			return EXIT_FAIL;
		}
		db = user;
	}
	if (store_open(db, STORE_CREATE, &s, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_FAIL;
	}
	memset(&rep, 0, sizeof rep);
	rc = import_run(s, (enum import_kind)kind, argv[2], &opt, &rep, &e);
	store_close(s);
	if (rc < 0) {
		cli_error("%s", e.msg);
		cli_error(_("nothing was imported; %s is as it was"), db);
		return EXIT_USAGE;
	}
	print_report(&rep);
	if (db == user)
		printf(_("%s: imported into your reference database (the installed one is "
			 "not changed; --db FILE chooses another)\n"), db);
	return EXIT_OK;
}
