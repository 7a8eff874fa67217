/* config-file.h - the configuration of a deployment (a person's computer, an
 * agency's kiosk, an adviser's screen): files of "key=value" lines in the
 * syntax of the answers files, each key checked as it is read. The front
 * end reads the files one by one and merges them in its order of
 * precedence (doc/config.md); the command line sets the same keys with
 * the same checks. (The module is config_; its files are config-file.*,
 * since config.h is autoconf's.) */
#ifndef TREMPLIN_CONFIG_FILE_H
#define TREMPLIN_CONFIG_FILE_H

#include <stdio.h>

#include "err.h"

/* The keys, in the order of the files written by config_write(). */
enum config_key {
	CONFIG_MODE,                  /* default, kiosk, adviser */
	CONFIG_IDLE_TIMEOUT,          /* whole seconds, 0: never */
	CONFIG_PRINT_COMMAND,         /* a shell command */
	CONFIG_EXPORT_FOLDER,         /* an absolute path */
	CONFIG_LANGUAGES,             /* "fr,en" */
	CONFIG_EXIT_KEY,              /* "F12", "Ctrl-Q" */
	CONFIG_AGENCY,                /* a name */
	CONFIG_ADVISER_NAME,          /* a name: the adviser's, on the export */
	CONFIG_RETENTION_DAYS,        /* adviser: days a session is kept */
	CONFIG_DB,                    /* the reference database */
	CONFIG__COUNT
};

/* The values of `mode`, in the order of enum wizard_mode (tui/wizard.h). */
enum config_mode {
	CONFIG_MODE_DEFAULT,
	CONFIG_MODE_KIOSK,
	CONFIG_MODE_ADVISER
};

#define CONFIG_LINE_MAX 1000          /* longest line, in bytes */
#define CONFIG_FILE_MAX (64 * 1024)   /* largest file, in bytes */
#define CONFIG_IDLE_MAX 86400         /* idle_timeout: a day at most */
#define CONFIG_AGENCY_MAX 60          /* agency: characters */
#define CONFIG_AGENCY_SIZE (CONFIG_AGENCY_MAX * 4 + 1)   /* bytes, NUL included */
#define CONFIG_LANGUAGES_MAX 32       /* languages: bytes, NUL included */
#define CONFIG_EXIT_KEY_MAX 8         /* exit_key: "Ctrl-Q", NUL included */
#define CONFIG_RETENTION_DEFAULT 90   /* retention_days when not given */
#define CONFIG_RETENTION_MAX 3650     /* retention_days: ten years at most */

/* The keys of one file (or of the command line, or of several merged),
 * as read: text values copied, trimmed, in their canonical spelling
 * (exit_key "Ctrl-Q", languages without spaces). A field is meaningful
 * only when its key's bit is in SET. */
struct config {
	unsigned set;                 /* bit k: key k was given */
	enum config_mode mode;
	int idle_timeout;
	char print_command[CONFIG_LINE_MAX];
	char export_folder[CONFIG_LINE_MAX];
	char languages[CONFIG_LANGUAGES_MAX];
	char exit_key[CONFIG_EXIT_KEY_MAX];
	char agency[CONFIG_AGENCY_SIZE];
	char adviser_name[CONFIG_AGENCY_SIZE];  /* checked as agency is */
	int retention_days;
	char db[CONFIG_LINE_MAX];
};

/* No key set. */
void config_init(struct config *c);
/* 1 when key K is set in C. */
int config_has(const struct config *c, enum config_key k);
/* The key's name in a file ("idle_timeout"); NULL when out of range. */
const char *config_key_name(enum config_key k);

/* Set key K of C from VALUE (as after "key=" in a file: trimmed), once
 * it is checked; a key already set is replaced. NAME is what messages
 * call the key (its name in a file, the option on the command line:
 * "--idle-timeout"); NULL: the key's name. 0, or -1 with E filled with
 * what is wrong, without file or line (C unchanged). */
int config_set(struct config *c, enum config_key k, const char *value,
	       const char *name, struct tr_err *e);

/* One line of a file (no newline) into C: a comment (# first), a blank
 * line, or key=value of a key not yet set in C, spaces around "=" and at
 * the ends ignored. 0, or -1 with E filled with what is wrong, without
 * file or line ("duplicate key" when the key is already set). */
int config_parse_line(struct config *c, const char *line, struct tr_err *e);

/* Read a whole file from the LEN bytes of TEXT (NAME stands for the file
 * in messages), line by line (config_parse_line); a byte-order mark and
 * CRLF line ends are accepted.
 * Errors read "NAME:LINE: what is wrong": an unknown key, a key given
 * twice, a bad value, a line too long, a NUL byte. C holds the file's
 * keys only, and is unchanged on error. */
int config_read_string(struct config *c, const char *text, size_t len,
		       const char *name, struct tr_err *e);
/* The same from the file PATH, which must be a regular file of at most
 * CONFIG_FILE_MAX bytes, not a symbolic link (never followed). When
 * OPTIONAL is 1 a file that does not exist is no error: C is left with
 * no key set. 0, or -1 with E filled ("PATH: ..." or "PATH:LINE: ..."). */
int config_read_file(struct config *c, const char *path, int optional,
		     struct tr_err *e);

/* Copy into INTO the keys set in FROM (they replace INTO's). */
void config_merge(struct config *into, const struct config *from);

/* Write the keys set in C as a configuration file, in key order; it reads
 * back to the same keys and values. 0, or -1 on a write error. */
int config_write(const struct config *c, FILE *fp);

/* The user's configuration file: $XDG_CONFIG_HOME/tremplin/tremplin.conf
 * when XDG_CONFIG_HOME is an absolute path, else
 * $HOME/.config/tremplin/tremplin.conf. 0 with the path in BUF; 1 when
 * there is no place for one (neither is set); -1 when the name does not
 * fit (E filled). */
int config_user_path(char *buf, size_t len, struct tr_err *e);

/* The exit key NAME ("F12", "ctrl-q": case does not matter): 0 with *FKEY
 * n for Fn (1..12) and *CTRL 0, or *FKEY 0 and *CTRL the control
 * character the terminal sends (Ctrl-A is 1, Ctrl-Q 17). -1 when NAME is
 * not F1..F12 or Ctrl-A..Ctrl-Z (both 0). -2 when NAME is a control key
 * that terminals send for another key or action, so that it cannot be
 * bound (Ctrl-C, Ctrl-H, Ctrl-I, Ctrl-J, Ctrl-M, Ctrl-[): *CTRL says
 * which, *FKEY is 0. */
int config_exit_key(const char *name, int *fkey, int *ctrl);

#endif
