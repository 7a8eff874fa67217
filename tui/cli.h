/* cli.h - the command-line side of the program: subcommands and the
 * options every command shares. */
#ifndef TREMPLIN_CLI_H
#define TREMPLIN_CLI_H

#include <stdio.h>

/* Exit statuses shared by every command. */
enum {
	EXIT_OK = 0,
	EXIT_FAIL = 1,        /* a run-time failure: database, file system */
	EXIT_USAGE = 2,       /* bad options or a bad input file */
	EXIT_SKIP = 77
};

/* Options common to every command, filled by main(). */
struct cli_common {
	const char *db;       /* --db FILE, or the default reference database */
	int db_asked;         /* 1: DB comes from --db or TREMPLIN_DB */
	const char *lang;     /* --lang LL, NULL for the environment */
	const char *progname;
};

/* A subcommand: `tremplin NAME ARGS...`. ARGV[0] is the command name. */
struct cli_command {
	const char *name;
	int (*run)(int argc, char **argv, const struct cli_common *common);
	const char *synopsis;  /* N_(): "jobs QUERY" */
	const char *summary;   /* N_(): one line */
};

int cmd_jobs(int argc, char **argv, const struct cli_common *common);
int cmd_import(int argc, char **argv, const struct cli_common *common);
int cmd_data(int argc, char **argv, const struct cli_common *common);
int cmd_code(int argc, char **argv, const struct cli_common *common);
int cmd_sessions(int argc, char **argv, const struct cli_common *common);

int cmd_diagnose(int argc, char **argv, const struct cli_common *common);

/* Print "PROGNAME: MSG" on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Flush and close stdout as GNU programs do, after --help, --version and
 * every command: a write error (a full disk) is reported and turns an
 * EXIT_OK STATUS into EXIT_FAIL; another STATUS is kept. */
int cli_close_stdout(int status);

/* Take "--db FILE" / "--db=FILE" out of ARGV (the commands accept it after
 * their own arguments too). Returns the new argc, -1 on a missing value. */
int cli_take_db(int argc, char **argv, const char **db);

/* The reference database to read when no --db is given: $TREMPLIN_DB,
 * the user's own (userdb.h) when it exists, the one built in the build
 * tree next to the program, or the installed one. *ASKED is set to 1 when
 * it is $TREMPLIN_DB. */
const char *cli_default_db(int *asked);
/* The database the program came with: the build tree's, or the installed
 * one (what a new user database is copied from). */
const char *cli_shipped_db(void);
/* The folder of message catalogues: $TREMPLIN_LOCALEDIR, the build tree's,
 * or the installed LOCALEDIR. */
const char *cli_localedir(void);

#endif
