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
	fputs(_("  TREMPLIN_DB         the reference database when no --db is given; it wins\n"
		"                      over the db of the configuration files\n"), fp);
	fputs(_("Dates are read and shown in local time (TZ); the sessions file keeps UTC.\n"), fp);
	fputs("\n", fp);
	fputs(_("The manual page tremplin(1) says more: man tremplin\n"), fp);
}

/* Run the command ARGV[0]. */
static int
run_command(int argc, char **argv, struct cli_common *common)
{
	for (size_t c = 0; c < sizeof commands / sizeof commands[0]; c++) {
		if (strcmp(argv[0], commands[c].name) == 0) {
			common->command = &commands[c];
			return cli_close_stdout(commands[c].run(argc, argv, common));
		}
	}
	cli_error(_("unknown command '%s'"), argv[0]);
	fprintf(stderr, _("Try '%s --help' for more information.\n"), progname);
	return EXIT_USAGE;
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

/* Find --lang before anything is printed, by a prefix of 3 letters or
 * more ("--lan": cli_parse() then refuses it where --languages makes it
 * ambiguous, in that language); leaves ARGV as it is. */
static const char *
find_lang(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		size_t len = strcspn(a, "=");

		if (strcmp(a, "--") == 0)
			break;
		if (len < 3 || len > 6 || strncmp(a, "--lang", len) != 0)
			continue;
		if (a[len] == '=')
			return a + len + 1;
		if (i + 1 < argc)
			return argv[i + 1];
	}
	return NULL;
}

static const struct cli_option main_options[] = {
	{ .name = "version", .key = 'V' },
	{ .name = NULL }
};

/* An option of the program: --version, or one of the wizard's. */
static int
main_option(int key, const char *value, void *arg)
{
	if (key == 'V') {
		version();
		return 1;
	}
	return wizard_option(key, value, arg);
}

int
main(int argc, char **argv)
{
	static const struct cli_option *const tables[] = {
		cli_common_options, main_options, wizard_cli_options, NULL
	};
	struct cli_common common = { .progname = PACKAGE };
	struct wizard_options wopts = { .mode = WIZARD_DEFAULT, .idle_timeout = 180 };
	struct cli_parser p = { .tables = tables, .take = main_option, .arg = &wopts,
				.usage = usage };
	struct tr_err e;
	time_t now;
	int status;

	common.lang = find_lang(argc, argv);
	setup_i18n(common.lang);
	p.db = common.db = cli_default_db(&common.db_asked);
	argc = cli_parse(&p, argc, argv, &status);
	if (argc < 0)
		return cli_close_stdout(status);
	common.db = p.db;
	common.db_asked |= p.db_asked;
	/* One clock for the whole run: a bad TREMPLIN_NOW stops here. */
	if (clock_now(&now, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_USAGE;
	}
	if (argc > 1)
		return run_command(argc - 1, argv + 1, &common);
	/* No command: the interview, as the configuration files and the
	 * options say (a bad file stops here, before any screen). */
	wopts.db = common.db;
	wopts.lang = common.lang;
	status = wizard_configure(&wopts, common.db_asked);
	if (status != EXIT_OK)
		return status;
	if (plain_wanted(&wopts))
		return plain_run(&wopts);
	return wizard_run(&wopts);
}
