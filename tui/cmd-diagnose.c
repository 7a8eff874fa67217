/* cmd-diagnose.c - `tremplin diagnose FILE... [--json] [--ascii]
 * [--date YYYY-MM-DD] [--lang LL] [--db FILE]`: batch mode. Each answers
 * file is diagnosed; the text export of each, or with --json one JSON
 * object per file and per line, in the order of the files, each naming
 * its file ("file"). Without --lang, each file's export speaks the
 * `lang` it answers. A bad answers file is reported as "FILE:LINE: what
 * is wrong" on stderr (with --json, also as {"file":...,"error":...} in
 * its place on stdout) and the others are still diagnosed; the exit
 * status is then 2. */
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

enum { DIAGNOSE_KEY_JSON = CLI_KEY_OWN, DIAGNOSE_KEY_ASCII, DIAGNOSE_KEY_DATE };

static const struct cli_option diagnose_options[] = {
	{ .name = "json", .key = DIAGNOSE_KEY_JSON,
	  .help = N_("print one JSON object per file, each on one line") },
	{ .name = "ascii", .key = DIAGNOSE_KEY_ASCII,
	  .help = N_("write ASCII characters only") },
	{ .name = "date", .key = DIAGNOSE_KEY_DATE, .arg = N_("YYYY-MM-DD"),
	  .help = N_("the day to take as today, for the export and the age") },
	{ .name = NULL }
};

/* The end of --help. */
static const char diagnose_more[] = N_(
	"Each FILE is an answers file. Without --lang, each export speaks the\n"
	"language its file asks for (its 'lang' answer).\n");

/* An option of diagnose (a take() of struct cli_parser). */
static int
take_option(int key, const char *value, void *arg)
{
	struct diagnose_opts *o = arg;

	if (key == DIAGNOSE_KEY_JSON) {
		o->json = 1;
	} else if (key == DIAGNOSE_KEY_ASCII) {
		o->ascii = 1;
	} else if (parse_date(value, o) < 0) {
		cli_error(_("'%s' is not a date: use YYYY-MM-DD"), value);
		return -1;
	}
	return 0;
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
	cli_speak(lang != NULL && lang[0] != '\0' ? lang : o->language);
}

/* With --json, the error E of file PATH also gets its line on stdout,
 * where the objects of the other files are. Returns STATUS, or EXIT_FAIL
 * when that line could not be written. */
static int
json_error(const char *path, const struct tr_err *e, const struct diagnose_opts *o,
	   int status)
{
	struct tr_err we;

	if (!o->json || export_json_error(stdout, path, e->msg, &we) == 0)
		return status;
	cli_error("%s", we.msg);
	return EXIT_FAIL;
}

/* The answers of PATH that were not diagnosed, one line each on stderr:
 * nothing in a file is left out without a word. */
static void
say_dropped(const char *path, const struct pipeline *p)
{
	for (int k = 0; k < SIT__COUNT; k++)
		if (p->dropped >> k & 1u)
			fprintf(stderr, _("%s: %s: not used, the interview does not ask it "
					  "with the other answers\n"),
				path, situation_key_name((enum sit_key)k));
}

/* Diagnose one answers file. Returns EXIT_OK, EXIT_USAGE (bad file) or
 * EXIT_FAIL (database or output). */
static int
diagnose_file(const char *path, struct store *st, struct diagnose_opts *o)
{
	static struct situation s;
	static struct pipeline p;
	struct tr_err e;
	struct export_options eo = { .date = o->date, .ascii = o->ascii, .width = EXPORT_WIDTH };
	int rc;

	if (situation_read_file(&s, path, &e) < 0) {
		fprintf(stderr, "%s\n", e.msg);
		return json_error(path, &e, o, EXIT_USAGE);
	}
	if (o->follow_lang)
		speak(SIT_HAS(&s, SIT_LANG) ? s.lang : NULL, o);
	if (pipeline_run(&p, st, &s, o->year, &e) < 0) {
		cli_error("%s", e.msg);
		return json_error(path, &e, o, EXIT_FAIL);
	}
	say_dropped(path, &p);
	rc = o->json ? pipeline_json(stdout, &p, path, &e) : pipeline_text(stdout, &p, &eo, &e);
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
	static const struct cli_option *const tables[] = {
		diagnose_options, cli_common_options, NULL
	};
	const char *language = getenv("LANGUAGE");
	struct cli_parser p = {
		.command = common->command, .tables = tables, .take = take_option,
		.arg = &o, .db = common->db, .more = diagnose_more,
	};
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
	argc = cli_parse(&p, argc, argv, &status);
	if (argc < 0)
		return status;
	nfiles = argc - 1;
	if (nfiles == 0) {
		cli_error(_("usage: diagnose FILE... [--json] [--ascii] [--date YYYY-MM-DD] [--lang LL] [--db FILE]"));
		return EXIT_USAGE;
	}
	if (store_open(p.db, STORE_READONLY, &st, &e) < 0) {
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
