/* wizard-opts.c - the options of the wizard on the command line:
 * --answers FILE, --resume CODE, --no-save, --no-color, --ascii, --plain,
 * --print-command CMD; NO_COLOR in the environment. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "export-ui.h"
#include "i18n.h"
#include "plain.h"
#include "wizard.h"

int
wizard_option(int argc, char **argv, int *i, struct wizard_options *o)
{
	const char *a = argv[*i];

	if (strcmp(a, "--no-color") == 0 || strcmp(a, "--no-colour") == 0) {
		o->mono = 1;
	} else if (strcmp(a, "--ascii") == 0) {
		o->ascii = 1;
	} else if (strcmp(a, "--plain") == 0) {
		plain_force();
	} else if (strcmp(a, "--no-save") == 0) {
		o->no_save = 1;
	} else if (strcmp(a, "--answers") == 0 || strcmp(a, "--resume") == 0) {
		if (*i + 1 >= argc) {
			cli_error(_("option '%s' needs a value"), a);
			return -1;
		}
		*(a[2] == 'a' ? &o->answers : &o->resume) = argv[++*i];
	} else if (strncmp(a, "--answers=", 10) == 0) {
		o->answers = a + 10;
	} else if (strcmp(a, "--print-command") == 0) {
		if (*i + 1 >= argc) {
			cli_error(_("option '%s' needs a value"), a);
			return -1;
		}
		o->print_command = argv[++*i];
	} else if (strncmp(a, "--print-command=", 16) == 0) {
		o->print_command = a + 16;
	} else if (strncmp(a, "--resume=", 9) == 0) {
		o->resume = a + 9;
	} else {
		return 0;
	}
	if (o->answers != NULL && o->resume != NULL) {
		cli_error(_("options '%s' and '%s' cannot be used together"), "--answers",
			  "--resume");
		return -1;
	}
	return 1;
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
