/* wizard-opts.c - the options of the wizard on the command line:
 * --answers FILE, --resume CODE, --no-save, --no-color, --ascii, --plain,
 * --print-command CMD; NO_COLOR in the environment. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "i18n.h"
#include "wizard.h"

enum {
	WIZARD_KEY_ANSWERS = CLI_KEY_OWN,
	WIZARD_KEY_ASCII,
	WIZARD_KEY_NO_COLOR,
	WIZARD_KEY_NO_SAVE,
	WIZARD_KEY_PLAIN,
	WIZARD_KEY_PRINT_COMMAND,
	WIZARD_KEY_RESUME,
	WIZARD_KEY_KIOSK,
	WIZARD_KEY_IDLE,
	WIZARD_KEY_EXIT_KEY,
	WIZARD_KEY_EXPORT_FOLDER,
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
	{ .name = "kiosk", .key = WIZARD_KEY_KIOSK },
	{ .name = "idle-timeout", .key = WIZARD_KEY_IDLE, .arg = "SECONDS" },
	{ .name = "exit-key", .key = WIZARD_KEY_EXIT_KEY, .arg = "KEY" },
	{ .name = "export-folder", .key = WIZARD_KEY_EXPORT_FOLDER, .arg = "DIR" },
	{ .name = NULL }
};

int
wizard_option(int key, const char *value, void *arg)
{
	struct wizard_options *o = arg;

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
	case WIZARD_KEY_PRINT_COMMAND:
		o->print_command = value;
		break;
	case WIZARD_KEY_RESUME:
		o->resume = value;
		break;
	case WIZARD_KEY_KIOSK:
		o->mode = WIZARD_KIOSK;
		break;
	case WIZARD_KEY_IDLE:
		o->idle_timeout = atoi(value);
		break;
	case WIZARD_KEY_EXIT_KEY:
		o->exit_key = value;
		break;
	case WIZARD_KEY_EXPORT_FOLDER:
		o->export_folder = value;
		break;
	}
	if (o->answers != NULL && o->resume != NULL) {
		cli_error(_("options '%s' and '%s' cannot be used together"), "--answers",
			  "--resume");
		return -1;
	}
	return 0;
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
}
