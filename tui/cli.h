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

struct cli_command;

/* Options common to every command, filled by main(). */
struct cli_common {
	const char *db;       /* --db FILE, or the default reference database */
	int db_asked;         /* 1: DB comes from --db or TREMPLIN_DB */
	const char *lang;     /* --lang LL, NULL for the environment */
	const char *progname;
	const struct cli_command *command;   /* the command being run */
};

/* A subcommand: `tremplin NAME ARGS...`. ARGV[0] is the command name. */
struct cli_command {
	const char *name;
	int (*run)(int argc, char **argv, const struct cli_common *common);
	const char *synopsis;  /* N_(): "jobs QUERY" */
	const char *summary;   /* N_(): one line, lower case, no full stop */
};

/* One option of a command line, for getopt_long() and for --help. A
 * table of them ends with { .name = NULL }. */
struct cli_option {
	const char *name;     /* "date": --date */
	int key;              /* what take() receives: the letter of the short
				 option (-h), or CLI_KEY_OWN and after */
	const char *arg;      /* N_("YYYY-MM-DD"): its value as --help names
				 it; NULL: no value */
	const char *help;     /* N_(): its line of --help */
};

enum {
	CLI_KEY_DB = 256,     /* --db FILE: cli_parse() keeps it */
	CLI_KEY_LANG,         /* --lang LL: main() took it before */
	CLI_KEY_OWN           /* the first key free for a command */
};

/* --db FILE, --lang LL and -h, --help: every command has them. */
extern const struct cli_option cli_common_options[];

/* How the program or a command reads its line. */
struct cli_parser {
	/* The command (its name, synopsis and summary for --help); NULL for
	 * the program, whose options end at the first operand. */
	const struct cli_command *command;
	const struct cli_option *const *tables;   /* ended by NULL */
	/* An option of the tables other than --db, --lang and --help, with
	 * its VALUE (NULL without one): 0 taken, -1 refused (the message
	 * said why), 1 done and the run ends with EXIT_OK (--version). */
	int (*take)(int key, const char *value, void *arg);
	void *arg;
	const char *more;     /* N_(): lines after the options in --help */
	void (*usage)(FILE *fp);  /* --help; NULL: made from the tables */
	const char *db;       /* in: the default; out: --db FILE */
	int db_asked;         /* out: 1 when --db was given */
};

/* Read the options of ARGV with getopt_long(): long ones by a unique
 * prefix, --opt=value or --opt value, short ones bundled, -- ends them.
 * A command's options and operands may come in any order; the program's
 * end at its first operand, the command. The operands are moved to
 * ARGV[1..], after ARGV[0]; returns their count plus one (the new argc,
 * ARGV[argc] is NULL), or -1 when the run ends with *STATUS: EXIT_OK
 * after --help (printed on stdout) or --version, EXIT_USAGE after a bad
 * option (reported on stderr). */
int cli_parse(struct cli_parser *p, int argc, char **argv, int *status);

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
/* Speak language CODE ("fr", "en") from now on: LANGUAGE is set (unset
 * for NULL or "") and gettext looks at it again. */
void cli_speak(const char *code);

#endif
