/* config-file.c - whole configuration files (config-file.h): read from a
 * string, line by line ("FILE:LINE: what is wrong"), or from a file opened
 * without following a link and checked to be a small regular file; and
 * where the user's own file is. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config-file.h"
#include "i18n.h"

int
config_read_string(struct config *c, const char *text, size_t len,
		   const char *name, struct tr_err *e)
{
	struct config tmp;
	char line[CONFIG_LINE_MAX + 1];
	struct tr_err le;
	size_t at = 0;
	int lineno = 0;

	config_init(&tmp);
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		at = 3;                       /* a byte-order mark from some editors */
	while (at < len) {
		const char *p = text + at, *nl = memchr(p, '\n', len - at);
		size_t n = nl != NULL ? (size_t)(nl - p) : len - at;

		lineno++;
		at += n + 1;
		if (memchr(p, '\0', n) != NULL)
			return err_set(e, _("%s:%d: not a text file (a NUL byte)"),
				       name, lineno);
		if (n > 0 && p[n - 1] == '\r')
			n--;
		if (n > CONFIG_LINE_MAX)
			return err_set(e, _("%s:%d: line too long (more than %d bytes)"),
				       name, lineno, CONFIG_LINE_MAX);
		memcpy(line, p, n);
		line[n] = '\0';
		if (config_parse_line(&tmp, line, &le) < 0)
			return err_set(e, "%s:%d: %s", name, lineno, le.msg);
	}
	*c = tmp;
	return 0;
}

/* Why PATH could not be opened (ERR, errno of open()). */
static int
config_open_error(const char *path, int err, struct tr_err *e)
{
	struct stat sb;

	if (err == ELOOP && lstat(path, &sb) == 0 && S_ISLNK(sb.st_mode))
		return err_set(e, _("%s: a symbolic link, which is not followed"), path);
	return err_set(e, _("%s: cannot open: %s"), path, strerror(err));
}

/* Read the whole of FD, a regular file of at most CONFIG_FILE_MAX bytes,
 * into C. */
static int
config_read_fd(struct config *c, int fd, const char *path, struct tr_err *e)
{
	struct stat sb;
	FILE *fp;
	char *buf;
	size_t n;
	int rc;

	if (fstat(fd, &sb) < 0) {
		close(fd);
		return err_set(e, _("%s: cannot read: %s"), path, strerror(errno));
	}
	if (!S_ISREG(sb.st_mode)) {
		close(fd);
		return err_set(e, _("%s: not a regular file"), path);
	}
	if ((fp = fdopen(fd, "rb")) == NULL) {
		close(fd);
		return err_set(e, _("%s: cannot read: %s"), path, strerror(errno));
	}
	if ((buf = malloc(CONFIG_FILE_MAX + 1)) == NULL) {
		fclose(fp);
		return err_set(e, _("%s: out of memory"), path);
	}
	n = fread(buf, 1, CONFIG_FILE_MAX + 1, fp);
	if (ferror(fp))
		rc = err_set(e, _("%s: cannot read: %s"), path, strerror(errno));
	else if (n > CONFIG_FILE_MAX)
		/* TRANSLATORS: %2$d is a number of kibibytes (64). */
		rc = err_set(e, _("%1$s: too large for a configuration file (more than %2$d KiB)"),
			     path, CONFIG_FILE_MAX / 1024);
	else
		rc = config_read_string(c, buf, n, path, e);
	free(buf);
	fclose(fp);
	return rc;
}

int
config_read_file(struct config *c, const char *path, int optional,
		 struct tr_err *e)
{
	/* O_NONBLOCK: a FIFO in its place is refused, not waited on. */
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);

	if (fd < 0) {
		int err = errno;

		if (optional && (err == ENOENT || err == ENOTDIR)) {
			config_init(c);
			return 0;
		}
		return config_open_error(path, err, e);
	}
	return config_read_fd(c, fd, path, e);
}

int
config_user_path(char *buf, size_t len, struct tr_err *e)
{
	const char *xdg = getenv("XDG_CONFIG_HOME");
	const char *home = getenv("HOME");
	int n;

	if (xdg != NULL && xdg[0] == '/')
		n = snprintf(buf, len, "%s/tremplin/tremplin.conf", xdg);
	else if (home != NULL && home[0] != '\0')
		n = snprintf(buf, len, "%s/.config/tremplin/tremplin.conf", home);
	else
		return 1;
	if (n < 0 || (size_t)n >= len)
		return err_set(e, _("the name of your configuration file is too long"));
	return 0;
}
