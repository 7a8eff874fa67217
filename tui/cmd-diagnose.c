/* cmd-diagnose.c - `tremplin diagnose FILE... [--json] [--ascii]
 * [--date YYYY-MM-DD] [--lang LL] [--db FILE]`: batch mode. Each answers
 * file is diagnosed; the text export of each, or with --json one JSON
 * object per file and per line. Without --lang, each file's export
 * speaks the `lang` it answers. A bad answers file is reported as
 * "FILE:LINE: what is wrong" on stderr and the others are still
 * diagnosed; the exit status is then 2. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "cli.h"
#include "clock.h"
#include "pipeline.h"
#include "i18n.h"
#include "situation.h"
#include "store.h"

struct diagnose_opts {
	int json, ascii;
	char date[CLOCK_DATE_LEN];
	int year;
	int follow_lang;              /* no --lang: follow each file's lang */
	char language[64];            /* LANGUAGE when the program started */
	char speaking[8];             /* the lang of the last file */
	int speaking_set;
};

/* --date: a day of the calendar, "YYYY-MM-DD". */
static int
parse_date(const char *s, struct diagnose_opts *o)
{
	time_t t;

	if (strlen(s) != CLOCK_DATE_LEN - 1 || clock_parse(s, CLOCK_LOCAL, &t) < 0)
		return -1;
	return clock_date(t, o->date, &o->year);
}

/* Take the options out of ARGV; returns the number of files left in
 * ARGV[1..], -1 on a usage error. */
static int
options(int argc, char **argv, struct diagnose_opts *o)
{
	int n = 1, only_files = 0;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (only_files || a[0] != '-' || strcmp(a, "-") == 0) {
			argv[n++] = argv[i];
		} else if (strcmp(a, "--") == 0) {
			only_files = 1;
		} else if (strcmp(a, "--json") == 0) {
			o->json = 1;
		} else if (strcmp(a, "--ascii") == 0) {
			o->ascii = 1;
		} else if (strcmp(a, "--date") == 0 || strcmp(a, "--lang") == 0) {
			if (i + 1 >= argc) {
				cli_error(_("option '%s' needs a value"), a);
				return -1;
			}
			if (a[2] == 'd' && parse_date(argv[i + 1], o) < 0) {
				cli_error(_("'%s' is not a date: use YYYY-MM-DD"), argv[i + 1]);
				return -1;
			}
			i++;   /* --lang was taken by main() before anything was said */
		} else if (strncmp(a, "--date=", 7) == 0) {
			if (parse_date(a + 7, o) < 0) {
				cli_error(_("'%s' is not a date: use YYYY-MM-DD"), a + 7);
				return -1;
			}
		} else if (strncmp(a, "--lang=", 7) == 0) {
			/* taken by main() */
		} else {
			cli_error(_("unknown option '%s'"), a);
			return -1;
		}
	}
	argv[n] = NULL;
	return n - 1;
}

/* Without --lang, each export speaks the `lang` of its answers file;
 * LANG NULL goes back to the language the program started with. */
static void
speak(const char *lang, struct diagnose_opts *o)
{
	const char *want = lang != NULL ? lang : "";

	if (o->speaking_set && strcmp(o->speaking, want) == 0)
		return;               /* gettext keeps its caches */
	snprintf(o->speaking, sizeof o->speaking, "%s", want);
	o->speaking_set = 1;
	if (lang == NULL || lang[0] == '\0') {
		if (o->language[0] != '\0')
			setenv("LANGUAGE", o->language, 1);
		else
			unsetenv("LANGUAGE");
	} else {
		setenv("LANGUAGE", lang, 1);
	}
	textdomain(PACKAGE);   /* makes gettext look at LANGUAGE again */
}

/* Diagnose one answers file. Returns EXIT_OK, EXIT_USAGE (bad file) or
 * EXIT_FAIL (database or output). */
static int
diagnose_file(const char *path, struct store *st, struct diagnose_opts *o)
{
	static struct situation s;
	static struct pipeline p;
	struct tr_err e;
	struct export_options eo = { o->date, o->ascii, EXPORT_WIDTH, NULL, NULL, 0 };
	int rc;

	if (situation_read_file(&s, path, &e) < 0) {
		fprintf(stderr, "%s\n", e.msg);
		return EXIT_USAGE;
	}
	if (o->follow_lang)
		speak(SIT_HAS(&s, SIT_LANG) ? s.lang : NULL, o);
	if (pipeline_run(&p, st, &s, o->year, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_FAIL;
	}
	rc = o->json ? pipeline_json(stdout, &p, &e) : pipeline_text(stdout, &p, &eo, &e);
	if (rc < 0) {
		cli_error("%s", e.msg);
		return EXIT_FAIL;
	}
	return EXIT_OK;
}

/* SQLite sorts in memory it frees at once; glibc gives memory above
 * 128 KiB back to the system at each free, so a batch would spend its time
 * growing and shrinking the heap. Keep up to 8 MiB. */
static void
batch_tuning(void)
{
#if defined(__GLIBC__) && defined(M_TRIM_THRESHOLD)
	mallopt(M_TRIM_THRESHOLD, 8 << 20);
#endif
}

int
cmd_diagnose(int argc, char **argv, const struct cli_common *common)
{
	struct diagnose_opts o = { 0, 0, "", 0, 0, "", "", 0 };
	const char *language = getenv("LANGUAGE");
	const char *db = common->db;
	struct store *st = NULL;
	struct tr_err e;
	int nfiles, status = EXIT_OK;
	time_t now;

	if (clock_now(&now, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_USAGE;
	}
	clock_date(now, o.date, &o.year);
	o.follow_lang = common->lang == NULL;
	if (language != NULL)
		snprintf(o.language, sizeof o.language, "%s", language);
	argc = cli_take_db(argc, argv, &db);
	if (argc < 0 || (nfiles = options(argc, argv, &o)) < 0)
		return EXIT_USAGE;
	if (nfiles == 0) {
		cli_error(_("usage: diagnose FILE... [--json] [--ascii] [--date YYYY-MM-DD] [--lang LL] [--db FILE]"));
		return EXIT_USAGE;
	}
	if (store_open(db, STORE_READONLY, &st, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_FAIL;
	}
	batch_tuning();
	if (nfiles > 1 && diag_batch_begin(st, &e) < 0) {
		cli_error("%s", e.msg);
		store_close(st);
		return EXIT_FAIL;
	}
	for (int i = 1; i <= nfiles; i++) {
		int r;

		if (!o.json && i > 1)
			printf("\n%.72s\n\n", "------------------------------------------------------------------------");
		r = diagnose_file(argv[i], st, &o);
		if (r == EXIT_FAIL) {
			status = EXIT_FAIL;
			break;
		}
		if (r != EXIT_OK)
			status = r;
	}
	diag_batch_end(st);
	store_close(st);
	return status;
}
