/* cmd-import.c - `tremplin import KIND PATH [--year YYYY] [--crosswalk FILE]
 * [--db FILE]`: load official open data into the reference database. */
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
import_target(char *db, size_t len, struct tr_err *e)
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
import_usage(void)
{
	cli_error(_("usage: import KIND PATH [--year YYYY] [--crosswalk FILE]... [--db FILE]\n"
		    "KIND is one of: rome (folder of unix_*_utf8.csv files),\n"
		    "imt (an IMT file or a folder of them: market_score, employment_type,\n"
		    "application_modes with the FAP-ROME crosswalk, salaries with a PCS-ROME\n"
		    "crosswalk; --crosswalk may be given twice), bmo (BMO survey file),\n"
		    "insee (folder with departements.csv and regions.csv),\n"
		    "default (the project's data/ folder)"));
	return EXIT_USAGE;
}

int
cmd_import(int argc, char **argv, const struct cli_common *common)
{
	struct import_options opt = { .year = 0 };
	struct import_report rep;
	struct tr_err e;
	struct store *s;
	const char *db = common->db;
	char user[4096];
	const char *pos[2];
	int npos = 0, kind, rc;

	argc = cli_take_db(argc, argv, &db);
	if (argc < 0)
		return EXIT_USAGE;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--year") == 0 && i + 1 < argc) {
			char *end;
			long y = strtol(argv[++i], &end, 10);

			if (*end != '\0' || y < 1990 || y > 2100) {
				cli_error(_("--year: '%s' is not a year between 1990 and 2100"), argv[i]);
				return EXIT_USAGE;
			}
			opt.year = (int)y;
		} else if (strcmp(argv[i], "--crosswalk") == 0 && i + 1 < argc) {
			if (opt.crosswalk2 != NULL) {
				cli_error(_("--crosswalk: at most two (one FAP-ROME, "
					    "one PCS-ROME)"));
				return EXIT_USAGE;
			}
			*(opt.crosswalk == NULL ? &opt.crosswalk : &opt.crosswalk2) = argv[++i];
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			cli_error(_("unknown option '%s'"), argv[i]);
			return import_usage();
		} else if (npos < 2) {
			pos[npos++] = argv[i];
		} else {
			return import_usage();
		}
	}
	if (npos != 2)
		return import_usage();
	kind = import_kind_find(pos[0]);
	if (kind < 0) {
		cli_error(_("unknown kind of data '%s'"), pos[0]);
		return import_usage();
	}
	if (!common->db_asked && db == common->db) {
		if (import_target(user, sizeof user, &e) < 0) {
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
	rc = import_run(s, (enum import_kind)kind, pos[1], &opt, &rep, &e);
	store_close(s);
	if (rc < 0) {
		cli_error("%s", e.msg);
		cli_error(_("nothing was imported; %s is as it was"), db);
		return EXIT_USAGE;
	}
	for (int i = 0; i < rep.nfiles; i++) {
		/* TRANSLATORS: FILE: N rows read, N kept, N skipped. */
		printf(_("%s: %ld rows read, %ld kept, %ld skipped\n"),
		       rep.files[i].file, rep.files[i].read, rep.files[i].kept,
		       rep.files[i].skipped);
	}
	if (rep.note[0] != '\0')
		printf("%s\n", rep.note);
	if (db == user)
		printf(_("%s: imported into your reference database (the installed one is "
			 "not changed; --db FILE chooses another)\n"), db);
	return EXIT_OK;
}
