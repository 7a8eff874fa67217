/* main.c - tremplin: option parsing and the dispatch to a command or to
 * the wizard. */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "clock.h"
#include "i18n.h"
#include "plain.h"
#include "text.h"
#include "wizard.h"

static const struct cli_command commands[] = {
	{ "diagnose", cmd_diagnose, N_("diagnose FILE..."),
	  N_("diagnose answers files: text, or JSON lines with --json") },
	{ "jobs", cmd_jobs, N_("jobs QUERY"),
	  N_("list the job titles matching QUERY, best first") },
	{ "code", cmd_code, N_("code encode|decode X"),
	  N_("turn an answers file into a resume code, or back") },
	{ "sessions", cmd_sessions, N_("sessions list|show|delete|purge|check"),
	  N_("manage the sessions saved on this computer") },
	{ "import", cmd_import, N_("import KIND PATH"),
	  N_("load official open data: rome, imt, bmo, insee") },
	{ "data", cmd_data, N_("data stats|check"),
	  N_("show what the database holds, or check it") },
};

static const char *progname = PACKAGE;

static void
usage(FILE *fp)
{
	fprintf(fp, _("Usage: %s [OPTION]...\n"
		      "  or:  %s COMMAND [ARGUMENT]... [--db FILE]\n"),
		progname, progname);
	fputs(_("Find what holds your job search back and what to do next.\n"), fp);
	fputs("\n", fp);
	fputs(_("Commands:\n"), fp);
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
		/* TRANSLATORS: the synopsis column is 20 cells wide; a longer
		 * synopsis gets a line of its own. */
		const char *syn = _(commands[i].synopsis);
		int pad = 20 - (int)text_width(syn);

		if (pad < 0)
			fprintf(fp, "  %s\n%23s%s\n", syn, "", _(commands[i].summary));
		else
			fprintf(fp, "  %s%*s %s\n", syn, pad, "", _(commands[i].summary));
	}
	fputs("\n", fp);
	fputs(_("Options:\n"
		"      --db FILE       use FILE as the reference database\n"
		"      --lang LL       speak language LL (fr, en)\n"
		"  -h, --help          show this help and exit\n"
		"  -V, --version       show version information and exit\n"), fp);
	fputs("\n", fp);
	wizard_usage(fp);
	fputs("\n", fp);
	fputs(_("Environment:\n"
		"  TREMPLIN_NOW        the date and time to take as now, in local time:\n"
		"                      YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (for tests and\n"
		"                      demonstrations); the system clock otherwise\n"), fp);
	fputs(_("Dates are read and shown in local time (TZ); the sessions file keeps UTC.\n"), fp);
	fputs("\n", fp);
	fputs(_("The manual page tremplin(1) says more: man tremplin\n"), fp);
}

static void
version(void)
{
	printf("%s (%s) %s\n", PACKAGE, PACKAGE_NAME, PACKAGE_VERSION);
	puts(_("Copyright (C) 2026 the Tremplin developers.\n"
	       "License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
	       "This is free software: you are free to change and redistribute it.\n"
	       "There is NO WARRANTY, to the extent permitted by law."));
}

/* Choose the language before any message is translated: --lang beats
 * LANGUAGE, which beats LC_ALL / LC_MESSAGES / LANG. */
static void
setup_i18n(const char *lang)
{
	setlocale(LC_ALL, "");
	/* A machine whose only locale is C.UTF-8 still gets translations:
	 * glibc ignores LANGUAGE under the plain "C" locale only. */
	if (strcmp(setlocale(LC_MESSAGES, NULL), "C") == 0 ||
	    strcmp(setlocale(LC_MESSAGES, NULL), "POSIX") == 0)
		setlocale(LC_ALL, "C.UTF-8");
	if (lang != NULL)
		setenv("LANGUAGE", lang, 1);
	bindtextdomain(PACKAGE, cli_localedir());
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
}

/* Find --lang before anything is printed; leaves ARGV as it is. */
static const char *
find_lang(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
			return argv[i + 1];
		if (strncmp(argv[i], "--lang=", 7) == 0)
			return argv[i] + 7;
	}
	return NULL;
}

int
main(int argc, char **argv)
{
	struct cli_common common = { .progname = PACKAGE };
	struct wizard_options wopts = { NULL, NULL, NULL, 0, 0, 0, NULL, NULL };
	struct tr_err e;
	time_t now;
	int i, took;

	common.lang = find_lang(argc, argv);
	setup_i18n(common.lang);
	common.db = cli_default_db(&common.db_asked);

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (a[0] != '-')
			break;
		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			usage(stdout);
			return cli_close_stdout(EXIT_OK);
		} else if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
			version();
			return cli_close_stdout(EXIT_OK);
		} else if (strcmp(a, "--db") == 0 || strcmp(a, "--lang") == 0) {
			if (i + 1 >= argc) {
				cli_error(_("option '%s' needs a value"), a);
				return EXIT_USAGE;
			}
			if (strcmp(a, "--db") == 0) {
				common.db = argv[i + 1];
				common.db_asked = 1;
			}
			i++;
		} else if (strncmp(a, "--db=", 5) == 0) {
			common.db = a + 5;
			common.db_asked = 1;
		} else if (strncmp(a, "--lang=", 7) == 0) {
			/* taken by find_lang() */
		} else if ((took = wizard_option(argc, argv, &i, &wopts)) != 0) {
			if (took < 0)
				return EXIT_USAGE;
		} else {
			cli_error(_("unknown option '%s'"), a);
			fprintf(stderr, _("Try '%s --help' for more information.\n"), progname);
			return EXIT_USAGE;
		}
	}
	/* One clock for the whole run: a bad TREMPLIN_NOW stops here. */
	if (clock_now(&now, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_USAGE;
	}
	if (i < argc) {
		for (size_t c = 0; c < sizeof commands / sizeof commands[0]; c++)
			if (strcmp(argv[i], commands[c].name) == 0)
				return cli_close_stdout(commands[c].run(argc - i, argv + i,
									&common));
		cli_error(_("unknown command '%s'"), argv[i]);
		fprintf(stderr, _("Try '%s --help' for more information.\n"), progname);
		return EXIT_USAGE;
	}
	/* No command: the interview. */
	wopts.db = common.db;
	wopts.lang = common.lang;
	if (plain_wanted())
		return plain_run(&wopts);
	return wizard_run(&wopts);
}
