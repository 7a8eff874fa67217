/* cmd-jobs.c - `tremplin jobs QUERY... [--db FILE]`: job titles matching
 * QUERY as CODE<TAB>title<TAB>job group name, best first. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "jobs.h"
#include "store.h"

#define JOBS_SHOWN 20

int
cmd_jobs(int argc, char **argv, const struct cli_common *common)
{
	struct job_hit hits[JOBS_SHOWN];
	struct tr_err e;
	struct store *s;
	static const struct cli_option *const tables[] = { cli_common_options, NULL };
	struct cli_parser p = {
		.command = common->command, .tables = tables, .db = common->db,
		.more = N_("QUERY may be one word or several; accents and case are ignored.\n"),
	};
	char query[256] = "";
	int n, status;

	argc = cli_parse(&p, argc, argv, &status);
	if (argc < 0)
		return status;
	if (argc < 2) {
		cli_error(_("usage: jobs QUERY [--db FILE]"));
		return EXIT_USAGE;
	}
	/* The words of the query may come as one argument or several. */
	for (int i = 1; i < argc; i++) {
		if (strlen(query) + strlen(argv[i]) + 2 > sizeof query) {
			cli_error(_("the query is too long"));
			return EXIT_USAGE;
		}
		if (i > 1)
			strcat(query, " ");
		strcat(query, argv[i]);
	}
	if (store_open(p.db, STORE_READONLY, &s, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_FAIL;
	}
	n = jobs_search(s, query, hits, JOBS_SHOWN, &e);
	store_close(s);
	if (n < 0) {
		cli_error("%s", e.msg);
		return EXIT_FAIL;
	}
	for (int i = 0; i < n; i++)
		printf("%s\t%s\t%s\n", hits[i].code, hits[i].title, hits[i].group);
	if (n == 0)
		fprintf(stderr, _("%s: no job title matches '%s'\n"), PACKAGE, query);
	return n > 0 ? EXIT_OK : EXIT_FAIL;
}
