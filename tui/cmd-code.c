/* cmd-code.c - `tremplin code encode FILE` prints the resume code of an
 * answers file; `tremplin code decode CODE` prints the answers it holds. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "rescode.h"
#include "situation.h"

/* The end of --help: the two commands. */
static const char code_more[] = N_(
	"Commands:\n"
	"  encode FILE         print the resume code of the answers file FILE\n"
	"  decode CODE         print the answers the resume code CODE holds\n");

int
cmd_code(int argc, char **argv, const struct cli_common *common)
{
	char code[RESCODE_MAX];
	struct situation s;
	static const struct cli_option *const tables[] = { cli_common_options, NULL };
	struct cli_parser p = {
		.command = common->command, .tables = tables, .more = code_more,
	};
	struct tr_err e;
	int status;

	argc = cli_parse(&p, argc, argv, &status);
	if (argc < 0)
		return status;
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
