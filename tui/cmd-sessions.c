/* cmd-sessions.c - `tremplin sessions list | show ID | delete ID |
 * purge --older-than DAYS | check`: the saved sessions of this user. */
#include <config.h>

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "session.h"

static void
print_info(const struct session_info *info, void *arg)
{
	(void)arg;
	/* TRANSLATORS: id, last update, state, where the person was, pseudonym. */
	printf("%ld\t%s\t%s\t%s\t%s\n", info->id, info->updated,
	       info->finished ? _("finished") : _("in progress"),
	       info->screen, info->pseudonym);
}

static void
print_problem(const char *text, void *arg)
{
	printf("%s: %s\n", (const char *)arg, text);
}

/* `sessions check`: SQLite's integrity check of the file opened
 * read-only, and whether it can be written; exit 1 on a problem. */
static int
check(const char *path)
{
	struct store *db;
	struct tr_err e;
	char name[4096];
	int n;

	if (session_open_readonly(path, &db, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_FAIL;
	}
	snprintf(name, sizeof name, "%s", path);
	n = session_check(db, print_problem, name, &e);
	store_close(db);
	if (n < 0) {
		cli_error("%s", e.msg);
		return EXIT_FAIL;
	}
	if (session_writable(path, &e) < 0) {
		cli_error("%s", e.msg);
		n++;
	}
	if (n > 0) {
		cli_error(P_("%s: %d problem found", "%s: %d problems found",
			     (unsigned long)n), path, n);
		return EXIT_FAIL;
	}
	printf(_("%s: no problem found\n"), path);
	return EXIT_OK;
}

static int
parse_number(const char *text, long max, long *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(text, &end, 10);
	if (errno != 0 || end == text || *end != '\0' || v < 0 || v > max)
		return -1;
	*out = v;
	return 0;
}

static int
usage(void)
{
	cli_error(_("usage: sessions list | show ID | delete ID | purge --older-than DAYS | check"));
	return EXIT_USAGE;
}

enum { SESSIONS_KEY_OLDER_THAN = CLI_KEY_OWN };

static const struct cli_option sessions_options[] = {
	{ .name = "older-than", .key = SESSIONS_KEY_OLDER_THAN, .arg = N_("DAYS"),
	  .help = N_("with purge: the sessions not used for DAYS days") },
	{ .name = NULL }
};

/* --older-than DAYS (a take() of struct cli_parser). */
static int
take_option(int key, const char *value, void *arg)
{
	(void)key;
	*(const char **)arg = value;
	return 0;
}

/* Run the command of ARGV[1], with OLDER, the value of --older-than or
 * NULL. */
static int
run(struct store *db, int argc, char **argv, const char *older, struct tr_err *e)
{
	struct session_info info;
	struct situation s;
	long id;
	int r, deleted;

	if ((older != NULL) != (strcmp(argv[1], "purge") == 0))
		return usage();
	if (strcmp(argv[1], "list") == 0 && argc == 2)
		return session_list(db, print_info, NULL, e) < 0 ? EXIT_FAIL : EXIT_OK;
	if (strcmp(argv[1], "purge") == 0) {
		if (argc != 2 || parse_number(older, 36500, &id) < 0)
			return usage();
		if (session_purge(db, (int)id, &deleted, e) < 0)
			return EXIT_FAIL;
		printf(P_("%d session deleted\n", "%d sessions deleted\n", (unsigned long)deleted),
		       deleted);
		return EXIT_OK;
	}
	if (argc != 3 || parse_number(argv[2], LONG_MAX, &id) < 0)
		return usage();
	if (strcmp(argv[1], "show") == 0) {
		r = session_load(db, id, &s, &info, e);
		if (r > 0) {
			print_info(&info, NULL);
			situation_write(&s, stdout);
		}
	} else if (strcmp(argv[1], "delete") == 0) {
		r = session_delete(db, id, e);
	} else {
		return usage();
	}
	if (r < 0)
		return EXIT_FAIL;
	if (r == 0) {
		cli_error(_("no session %ld"), id);
		return EXIT_FAIL;
	}
	return EXIT_OK;
}

/* The end of --help: the commands. */
static const char sessions_more[] = N_(
	"Commands:\n"
	"  list                the saved sessions: number, last change, state,\n"
	"                      screen, pseudonym\n"
	"  show ID             the session ID and its answers\n"
	"  delete ID           delete the session ID\n"
	"  purge --older-than DAYS  delete the sessions not used for DAYS days\n"
	"  check               check the sessions file; exit status 1 on a problem\n");

int
cmd_sessions(int argc, char **argv, const struct cli_common *common)
{
	static const struct cli_option *const tables[] = {
		sessions_options, cli_common_options, NULL
	};
	const char *older = NULL;
	struct cli_parser p = {
		.command = common->command, .tables = tables, .take = take_option,
		.arg = &older, .more = sessions_more,
	};
	char path[4096];
	struct store *db;
	struct tr_err e;
	int rc;

	argc = cli_parse(&p, argc, argv, &rc);
	if (argc < 0)
		return rc;
	if (argc < 2)
		return usage();
	if (session_default_path(path, sizeof path, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_FAIL;
	}
	if (strcmp(argv[1], "check") == 0)
		return argc == 2 && older == NULL ? check(path) : usage();
	if (session_open(path, &db, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_FAIL;
	}
	err_clear(&e);
	rc = run(db, argc, argv, older, &e);
	store_close(db);
	if (rc == EXIT_FAIL && e.msg[0] != '\0')
		cli_error("%s", e.msg);
	return rc;
}
