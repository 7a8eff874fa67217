/* cmd-code.c - `tremplin code encode FILE` prints the resume code of an
 * answers file; `tremplin code decode CODE` prints the answers it holds. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "rescode.h"
#include "situation.h"

int
cmd_code(int argc, char **argv, const struct cli_common *common)
{
	char code[RESCODE_MAX];
	struct situation s;
	struct tr_err e;

	(void)common;
	if (argc != 3 || (strcmp(argv[1], "encode") != 0 && strcmp(argv[1], "decode") != 0)) {
		cli_error(_("usage: code encode FILE | code decode CODE"));
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "encode") == 0) {
		if (situation_read_file(&s, argv[2], &e) < 0 ||
		    rescode_encode(&s, code, sizeof code, &e) < 0) {
			cli_error("%s", e.msg);
			return EXIT_USAGE;
		}
		puts(code);
		return EXIT_OK;
	}
	situation_init(&s);
	if (rescode_decode(argv[2], &s, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_USAGE;
	}
	situation_write(&s, stdout);
	return EXIT_OK;
}
