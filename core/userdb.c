/* userdb.c - the user's own reference database (see userdb.h). */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "session.h"
#include "userdb.h"

int
userdb_path(char *buf, size_t len, struct tr_err *e)
{
	return session_data_file(buf, len, "reference.db",
				 _("no place for your reference database: set HOME or "
				   "XDG_DATA_HOME, or give --db FILE"),
				 _("the name of your reference database is too long"), e);
}

/* Copy every byte of IN to OUT. 0, or -1 with errno set. */
static int
copy_fd(int in, int out)
{
	char buf[65536];
	ssize_t n;

	while ((n = read(in, buf, sizeof buf)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		for (ssize_t done = 0; done < n;) {
			ssize_t w = write(out, buf + done, (size_t)(n - done));

			if (w < 0 && errno != EINTR)
				return -1;
			done += w > 0 ? w : 0;
		}
	}
	return 0;
}

/* FROM into the new file TMP, then renamed to PATH: a failed copy never
 * leaves half a database where the program would read it. */
static int
copy_file(const char *from, const char *tmp, const char *path, struct tr_err *e)
{
	int in = open(from, O_RDONLY);
	int out, rc;

	if (in < 0)
		return err_set(e, _("%s: cannot read the database to copy: %s"), from,
			       strerror(errno));
	out = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (out < 0) {
		close(in);
		return err_set(e, _("%s: cannot create the file: %s"), tmp, strerror(errno));
	}
	rc = copy_fd(in, out);
	if (rc == 0)
		rc = fsync(out);
	if (close(out) < 0)
		rc = -1;
	close(in);
	if (rc == 0 && rename(tmp, path) == 0)
		return 0;
	rc = errno;
	unlink(tmp);
	return err_set(e, _("%s: cannot copy %s to it: %s"), path, from, strerror(rc));
}

int
userdb_prepare(const char *path, const char *from, int *copied, struct tr_err *e)
{
	char tmp[4096];

	*copied = 0;
	if (access(path, F_OK) == 0)
		return 0;
	/* Nothing installed to start from: the import creates the database. */
	if (from == NULL || access(from, F_OK) < 0)
		return 0;
	if (session_make_parents(path, e) < 0)
		return -1;
	if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp", path) >= sizeof tmp)
		return err_set(e, _("the name of your reference database is too long"));
	if (copy_file(from, tmp, path, e) < 0)
		return -1;
	*copied = 1;
	return 0;
}
