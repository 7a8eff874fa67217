/* cli.c - what the commands share: error messages and the --db option. */
#include <config.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"

void
cli_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", PACKAGE);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int
cli_close_stdout(int status)
{
	int bad = fflush(stdout) != 0 || ferror(stdout);
	int err = errno;

	if (fclose(stdout) != 0 && !bad) {
		bad = 1;
		err = errno;
	}
	if (bad) {
		cli_error(_("write error: %s"), strerror(err != 0 ? err : EIO));
		return status != EXIT_OK ? status : EXIT_FAIL;
	}
	return status;
}

int
cli_take_db(int argc, char **argv, const char **db)
{
	int out = 0;

	for (int i = 0; i < argc; i++) {
		if (strcmp(argv[i], "--db") == 0) {
			if (i + 1 >= argc) {
				cli_error(_("option '%s' needs a value"), "--db");
				return -1;
			}
			*db = argv[++i];
		} else if (strncmp(argv[i], "--db=", 5) == 0) {
			*db = argv[i] + 5;
		} else {
			argv[out++] = argv[i];
		}
	}
	argv[out] = NULL;
	return out;
}

