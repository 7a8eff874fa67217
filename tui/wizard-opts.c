/* wizard-opts.c - the options of the wizard on the command line:
 * --answers FILE, --resume CODE, --no-save, --no-color, --ascii, --plain;
 * NO_COLOR in the environment; and the deployment: the configuration
 * files (the system's, the user's, --config FILE) and the options that
 * override their keys (--kiosk, --idle-timeout SECONDS...), checked by
 * the same functions (core/config.c). */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "config-file.h"
#include "i18n.h"
#include "wizard.h"

enum {
	WIZARD_KEY_ANSWERS = CLI_KEY_OWN,
	WIZARD_KEY_ASCII,
	WIZARD_KEY_NO_COLOR,
	WIZARD_KEY_NO_SAVE,
	WIZARD_KEY_PLAIN,
	WIZARD_KEY_RESUME,
	WIZARD_KEY_CONFIG,
	/* The options of wizard_config_options: a key of the configuration. */
	WIZARD_KEY_KIOSK,
	WIZARD_KEY_ADVISER,
	WIZARD_KEY_MODE,
	WIZARD_KEY_IDLE_TIMEOUT,
	WIZARD_KEY_PRINT_COMMAND,
	WIZARD_KEY_EXPORT_FOLDER,
	WIZARD_KEY_LANGUAGES,
	WIZARD_KEY_EXIT_KEY,
	WIZARD_KEY_AGENCY,
	WIZARD_KEY_ADVISER_NAME,
	WIZARD_KEY_RETENTION_DAYS
};

/* Their lines of --help are wizard_usage()'s. */
const struct cli_option wizard_cli_options[] = {
	{ .name = "answers", .key = WIZARD_KEY_ANSWERS, .arg = "FILE" },
	{ .name = "ascii", .key = WIZARD_KEY_ASCII },
	{ .name = "no-color", .key = WIZARD_KEY_NO_COLOR },
	{ .name = "no-colour", .key = WIZARD_KEY_NO_COLOR },
	{ .name = "no-save", .key = WIZARD_KEY_NO_SAVE },
	{ .name = "plain", .key = WIZARD_KEY_PLAIN },
	{ .name = "print-command", .key = WIZARD_KEY_PRINT_COMMAND, .arg = "CMD" },
	{ .name = "resume", .key = WIZARD_KEY_RESUME, .arg = "CODE" },
	{ .name = "config", .key = WIZARD_KEY_CONFIG, .arg = "FILE" },
	{ .name = "kiosk", .key = WIZARD_KEY_KIOSK },
	{ .name = "adviser", .key = WIZARD_KEY_ADVISER },
	{ .name = "mode", .key = WIZARD_KEY_MODE, .arg = "MODE" },
	{ .name = "idle-timeout", .key = WIZARD_KEY_IDLE_TIMEOUT, .arg = "SECONDS" },
	{ .name = "export-folder", .key = WIZARD_KEY_EXPORT_FOLDER, .arg = "DIR" },
	{ .name = "languages", .key = WIZARD_KEY_LANGUAGES, .arg = "LIST" },
	{ .name = "exit-key", .key = WIZARD_KEY_EXIT_KEY, .arg = "KEY" },
	{ .name = "agency", .key = WIZARD_KEY_AGENCY, .arg = "NAME" },
	{ .name = "adviser-name", .key = WIZARD_KEY_ADVISER_NAME, .arg = "NAME" },
	{ .name = "retention-days", .key = WIZARD_KEY_RETENTION_DAYS, .arg = "DAYS" },
	{ .name = NULL }
};

/* The options that set a key of the configuration, and the value of
 * those that take none. */
static const struct {
	int option;
	enum config_key key;
	const char *value;
} wizard_config_options[] = {
	{ WIZARD_KEY_KIOSK, CONFIG_MODE, "kiosk" },
	{ WIZARD_KEY_ADVISER, CONFIG_MODE, "adviser" },
	{ WIZARD_KEY_MODE, CONFIG_MODE, NULL },
	{ WIZARD_KEY_IDLE_TIMEOUT, CONFIG_IDLE_TIMEOUT, NULL },
	{ WIZARD_KEY_PRINT_COMMAND, CONFIG_PRINT_COMMAND, NULL },
	{ WIZARD_KEY_EXPORT_FOLDER, CONFIG_EXPORT_FOLDER, NULL },
	{ WIZARD_KEY_LANGUAGES, CONFIG_LANGUAGES, NULL },
	{ WIZARD_KEY_EXIT_KEY, CONFIG_EXIT_KEY, NULL },
	{ WIZARD_KEY_AGENCY, CONFIG_AGENCY, NULL },
	{ WIZARD_KEY_ADVISER_NAME, CONFIG_ADVISER_NAME, NULL },
	{ WIZARD_KEY_RETENTION_DAYS, CONFIG_RETENTION_DAYS, NULL },
};

_Static_assert((int)CONFIG_MODE_DEFAULT == (int)WIZARD_DEFAULT &&
	       (int)CONFIG_MODE_KIOSK == (int)WIZARD_KIOSK &&
	       (int)CONFIG_MODE_ADVISER == (int)WIZARD_ADVISER,
	       "the configuration's modes are the wizard's");

/* The keys set on the command line, then everything merged: the strings
 * of struct wizard_options point into the merged one, for the whole run
 * (the parse of main() and wizard_configure() fill them, once). */
static struct config wizard_line, wizard_config;

/* The long name of option KEY, "" when there is none. */
static const char *
wizard_option_name(int key)
{
	for (const struct cli_option *o = wizard_cli_options; o->name != NULL; o++)
		if (o->key == key)
			return o->name;
	return "";
}

/* Set the key of the configuration that option KEY sets, from VALUE:
 * 1 done, 0 KEY sets none, -1 refused (the message said why). */
static int
wizard_config_option(int key, const char *value)
{
	for (size_t i = 0; i < sizeof wizard_config_options / sizeof wizard_config_options[0]; i++) {
		char name[32];
		struct tr_err e;

		if (wizard_config_options[i].option != key)
			continue;
		if (wizard_config_options[i].value != NULL)
			value = wizard_config_options[i].value;
		snprintf(name, sizeof name, "--%s", wizard_option_name(key));
		if (config_set(&wizard_line, wizard_config_options[i].key, value, name, &e) < 0) {
			cli_error("%s", e.msg);
			return -1;
		}
		return 1;
	}
	return 0;
}

int
wizard_option(int key, const char *value, void *arg)
{
	struct wizard_options *o = arg;
	int r = wizard_config_option(key, value);

	if (r != 0)
		return r < 0 ? -1 : 0;
	switch (key) {
	case WIZARD_KEY_ANSWERS:
		o->answers = value;
		break;
	case WIZARD_KEY_ASCII:
		o->ascii = 1;
		break;
	case WIZARD_KEY_NO_COLOR:
		o->mono = 1;
		break;
	case WIZARD_KEY_NO_SAVE:
		o->no_save = 1;
		break;
	case WIZARD_KEY_PLAIN:
		o->plain = 1;
		break;
	case WIZARD_KEY_CONFIG:
		o->config = value;
		break;
	case WIZARD_KEY_RESUME:
		o->resume = value;
		break;
	}
	if (o->answers != NULL && o->resume != NULL) {
		cli_error(_("options '%s' and '%s' cannot be used together"), "--answers",
			  "--resume");
		return -1;
	}
	return 0;
}

/* The lines of --help about the deployment and its files. */
static void
wizard_usage_config(FILE *fp)
{
	fputs(_("Deployment (these options win over the configuration files):\n"
		"      --kiosk         an agency's self-service terminal (--mode kiosk)\n"
		"      --adviser       an adviser's shared screen (--mode adviser)\n"
		"      --mode MODE     default, kiosk or adviser\n"), fp);
	fputs(_("      --idle-timeout SECONDS  kiosk: wipe the answers after SECONDS\n"
		"                      without a key (0: never; 180 by default)\n"
		"      --export-folder DIR  kiosk: the folder where exports are saved\n"
		"      --languages LIST  the languages offered, as fr,en\n"), fp);
	fputs(_("      --exit-key KEY  kiosk: the key that quits (F1 to F12, Ctrl-A to Ctrl-Z)\n"
		"      --agency NAME   the agency's name, on the printout\n"), fp);
	fputs(_("      --adviser-name NAME  adviser mode: the adviser's name, on the printout\n"),
	      fp);
	fputs(_("      --retention-days DAYS  adviser: delete the sessions unchanged for\n"
		"                      DAYS days when the program starts (90 by default)\n"
		"      --config FILE   read FILE after the configuration files below\n"), fp);
	fputs("\n", fp);
	/* TRANSLATORS: %s is the system's file, /etc/tremplin/tremplin.conf. */
	fprintf(fp, _("Configuration files, read in this order (a key of a later one replaces\n"
		      "the same key of the earlier ones):\n"
		      "  %s\n"
		      "  $XDG_CONFIG_HOME/tremplin/tremplin.conf (~/.config/tremplin/tremplin.conf)\n"
		      "  --config FILE\n"
		      "Their db is used only without --db and TREMPLIN_DB.\n"),
		SYSTEM_CONFIG_FILE);
}

void
wizard_usage(FILE *fp)
{
	fputs(_("Options of the interview (when no command is given):\n"
		"      --answers FILE  start from the answers in FILE\n"
		"      --no-color      no colours (also when NO_COLOR is set)\n"
		"      --ascii         draw lines with ASCII characters\n"), fp);
	fputs(_("      --plain         ask line by line, for screen readers and dumb\n"
		"                      terminals (also when TERM is dumb)\n"), fp);
	fputs(_("      --print-command CMD  print the plan by running CMD (a shell\n"
		"                      command that reads the text on its input)\n"), fp);
	fputs(_("      --resume CODE   start on the Summary with the answers of a resume code\n"
		"      --no-save       save nothing on this computer\n"), fp);
	fputs("\n", fp);
	fputs(_("The interview saves your answers on this computer, so that you can\n"
		"continue later; 'tremplin sessions list' shows them. To delete them:\n"), fp);
	fputs(_("  tremplin sessions delete ID                one session\n"
		"  tremplin sessions purge --older-than DAYS  those not used for DAYS days\n"), fp);
	fputs("\n", fp);
	wizard_usage_config(fp);
}

/* Read the configuration file PATH over what was read before. */
static int
wizard_read_config(const char *path, int optional)
{
	struct config file;
	struct tr_err e;

	if (config_read_file(&file, path, optional, &e) < 0) {
		cli_error("%s", e.msg);
		return -1;
	}
	config_merge(&wizard_config, &file);
	return 0;
}

/* Set O from C, the configuration merged. */
static void
wizard_apply(struct wizard_options *o, const struct config *c, int db_asked)
{
	if (config_has(c, CONFIG_MODE))
		o->mode = (enum wizard_mode)c->mode;
	if (config_has(c, CONFIG_IDLE_TIMEOUT))
		o->idle_timeout = c->idle_timeout;
	if (config_has(c, CONFIG_PRINT_COMMAND))
		o->print_command = c->print_command;
	if (config_has(c, CONFIG_EXPORT_FOLDER))
		o->export_folder = c->export_folder;
	if (config_has(c, CONFIG_LANGUAGES))
		o->languages = c->languages;
	if (config_has(c, CONFIG_EXIT_KEY))
		o->exit_key = c->exit_key;
	if (config_has(c, CONFIG_AGENCY))
		o->agency = c->agency;
	if (config_has(c, CONFIG_ADVISER_NAME))
		o->adviser_name = c->adviser_name;
	o->retention_days = config_has(c, CONFIG_RETENTION_DAYS) ? c->retention_days :
		CONFIG_RETENTION_DEFAULT;
	if (config_has(c, CONFIG_DB) && !db_asked)
		o->db = c->db;
}

int
wizard_configure(struct wizard_options *o, int db_asked)
{
	char user[4096];
	struct tr_err e;
	int r;

	config_init(&wizard_config);
	/* A file of the system or the user's that does not exist is fine;
	 * one that cannot be read, or has a bad line, stops the program. */
	if (wizard_read_config(SYSTEM_CONFIG_FILE, 1) < 0)
		return EXIT_USAGE;
	if ((r = config_user_path(user, sizeof user, &e)) < 0) {
		cli_error("%s", e.msg);
		return EXIT_USAGE;
	}
	if (r == 0 && wizard_read_config(user, 1) < 0)
		return EXIT_USAGE;
	if (o->config != NULL && wizard_read_config(o->config, 0) < 0)
		return EXIT_USAGE;
	config_merge(&wizard_config, &wizard_line);
	wizard_apply(o, &wizard_config, db_asked);
	return EXIT_OK;
}
