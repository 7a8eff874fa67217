/* paths.c - where the program finds its reference database and its
 * message catalogues: the environment, then the build tree it was built
 * in (so that ./tremplin works straight after make), then the installed
 * locations. */
#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "userdb.h"

/* Folder holding the running program, "" when unknown. */
static const char *
self_dir(void)
{
	static char dir[PATH_MAX];
	static int done;

	if (!done) {
		ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
		char *slash;

		done = 1;
		dir[n > 0 ? n : 0] = '\0';
		slash = strrchr(dir, '/');
		if (slash != NULL)
			*slash = '\0';
		else
			dir[0] = '\0';
	}
	return dir;
}

/* DIR/REL when it exists, else NULL. */
static const char *
in_self_dir(const char *rel, char *buf, size_t len)
{
	const char *dir = self_dir();

	if (dir[0] == '\0' || (size_t)snprintf(buf, len, "%s/%s", dir, rel) >= len)
		return NULL;
	return access(buf, F_OK) == 0 ? buf : NULL;
}

const char *
cli_shipped_db(void)
{
	static char buf[PATH_MAX];
	const char *p;

	/* The build tree has a Makefile beside the program. */
	if (in_self_dir("Makefile", buf, sizeof buf) != NULL &&
	    (p = in_self_dir("data/tremplin.db", buf, sizeof buf)) != NULL)
		return p;
	return PKGDATADIR "/tremplin.db";
}

const char *
cli_default_db(int *asked)
{
	static char user[PATH_MAX];
	const char *env = getenv("TREMPLIN_DB");

	*asked = 0;
	if (env != NULL && env[0] != '\0') {
		*asked = 1;
		return env;
	}
	if (userdb_path(user, sizeof user, NULL) == 0 && access(user, F_OK) == 0)
		return user;
	return cli_shipped_db();
}

const char *
cli_localedir(void)
{
	static char buf[PATH_MAX];
	const char *env = getenv("TREMPLIN_LOCALEDIR");
	const char *p;

	if (env != NULL && env[0] != '\0')
		return env;
	if (in_self_dir("Makefile", buf, sizeof buf) != NULL &&
	    (p = in_self_dir("locale", buf, sizeof buf)) != NULL)
		return p;
	return LOCALEDIR;
}
