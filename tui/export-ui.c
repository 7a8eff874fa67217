/* export-ui.c - the wizard's diagnosis and its text export to a file, a
 * print command or memory (see export-ui.h). */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "export-ui.h"
#include "clock.h"
#include "export.h"
#include "i18n.h"
#include "wizard.h"

/* --print-command CMD, or NULL: printing is not offered. */
const char *
export_ui_print_command(const struct wizard *w)
{
	const char *cmd = w->opts->print_command;

	return cmd != NULL && cmd[0] != '\0' ? cmd : NULL;
}

/* The export of the diagnosis the screens show (w->result), with the
 * marks of the plan screen. */
static int
write_export(struct wizard *w, FILE *fp, struct tr_err *e)
{
	struct export_options o;

	memset(&o, 0, sizeof o);
	o.date = w->date;
	o.ascii = w->opts->ascii;
	o.width = EXPORT_WIDTH;
	o.marks = w->marks;
	o.nmarks = w->nmarks;
	return pipeline_text(fp, &w->result, &o, e);
}

char *
export_ui_text(struct wizard *w)
{
	char *buf = NULL;
	size_t len = 0;
	struct tr_err e;
	FILE *fp = open_memstream(&buf, &len);

	if (fp == NULL)
		return NULL;
	if (write_export(w, fp, &e) < 0) {
		fclose(fp);
		free(buf);
		return NULL;
	}
	if (fclose(fp) != 0) {
		free(buf);
		return NULL;
	}
	return buf;
}

static int
is_dir(const char *path)
{
	struct stat st;

	return path != NULL && path[0] != '\0' && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

void
export_ui_default_path(const struct wizard *w, char *buf, size_t len)
{
	const char *home = getenv("HOME");
	const char *docs = getenv("XDG_DOCUMENTS_DIR");
	char dir[4096];

	if (home == NULL || home[0] == '\0')
		home = ".";
	if (docs != NULL && docs[0] != '\0')
		snprintf(dir, sizeof dir, "%s", docs);
	else if (snprintf(dir, sizeof dir, "%s/Documents", home) > 0 && is_dir(dir))
		;
	else
		snprintf(dir, sizeof dir, "%s", home);
	snprintf(buf, len, "%s/tremplin-plan-%s.txt", dir, w->date);
	export_ui_tilde(buf, buf, len);
}

void
export_ui_tilde(const char *path, char *out, size_t len)
{
	const char *home = getenv("HOME");
	size_t n = home != NULL ? strlen(home) : 0;
	char tmp[4096];

	if (n > 1 && strncmp(path, home, n) == 0 && (path[n] == '/' || path[n] == '\0'))
		snprintf(tmp, sizeof tmp, "~%s", path + n);
	else
		snprintf(tmp, sizeof tmp, "%s", path);
	snprintf(out, len, "%s", tmp);
}

/* PATH with a leading "~/" replaced by the home folder. */
static void
expand(const char *path, char *out, size_t len)
{
	const char *home = getenv("HOME");

	if (path[0] == '~' && (path[1] == '/' || path[1] == '\0') && home != NULL)
		snprintf(out, len, "%s%s", home, path + 1);
	else
		snprintf(out, len, "%s", path);
}

/* The folder of PATH, for the messages. */
static void
folder_of(const char *path, char *out, size_t len)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		snprintf(out, len, ".");
	else if (slash == path)
		snprintf(out, len, "/");
	else
		snprintf(out, len, "%.*s", (int)(slash - path), path);
}

static void
explain(int err, const char *path, struct tr_err *e)
{
	char dir[4096], shown[4096];

	export_ui_tilde(path, shown, sizeof shown);
	folder_of(shown, dir, sizeof dir);
	switch (err) {
	case ENOENT:
	case ENOTDIR:
		err_set(e, _("The folder %s does not exist."), dir);
		break;
	case EACCES:
	case EPERM:
	case EROFS:
		err_set(e, _("You may not write in %s: choose another folder."), dir);
		break;
	case EISDIR:
		export_ui_tilde(path, dir, sizeof dir);
		err_set(e, _("%s is a folder: add a file name."), dir);
		break;
	case ELOOP:
		export_ui_tilde(path, dir, sizeof dir);
		err_set(e, _("%s is a link: choose another name."), dir);
		break;
	case ENOSPC:
		export_ui_tilde(path, dir, sizeof dir);
		err_set(e, _("The disk is full: %s was not saved."), dir);
		break;
	default:
		export_ui_tilde(path, dir, sizeof dir);
		err_set(e, _("Could not save %s: %s."), dir, strerror(err));
		break;
	}
}

enum export_ui_status
export_ui_save(struct wizard *w, const char *path,
	       int overwrite, char *done, size_t donelen, struct tr_err *e)
{
	char full[4096];
	struct stat st;
	FILE *fp;
	int fd, err;

	expand(path, full, sizeof full);
	export_ui_tilde(full, done, donelen);
	if (full[0] == '\0') {
		err_set(e, "%s", _("Type the name of the file."));
		return EXPORT_UI_FAIL;
	}
	if (stat(full, &st) == 0 && S_ISDIR(st.st_mode)) {
		explain(EISDIR, full, e);
		return EXPORT_UI_FAIL;
	}
	/* A link is never followed: the file written is the one named. */
	fd = open(full, O_WRONLY | O_CREAT | O_NOFOLLOW | (overwrite ? O_TRUNC : O_EXCL), 0600);
	if (fd < 0 && errno == EEXIST)
		return EXPORT_UI_EXISTS;
	if (fd < 0 || (fp = fdopen(fd, "w")) == NULL) {
		explain(errno, full, e);
		if (fd >= 0)
			close(fd);
		return EXPORT_UI_FAIL;
	}
	if (write_export(w, fp, e) < 0) {
		err = errno;
		fclose(fp);
		explain(err, full, e);
		return EXPORT_UI_FAIL;
	}
	if (fclose(fp) != 0) {
		explain(errno, full, e);
		return EXPORT_UI_FAIL;
	}
	return EXPORT_UI_OK;
}

/* Point descriptor FD at /dev/null, returning a copy of what it was. */
static int
hush(int fd)
{
	int saved = dup(fd), null = open("/dev/null", O_WRONLY);

	if (null >= 0) {
		dup2(null, fd);
		close(null);
	}
	return saved;
}

static void
unhush(int fd, int saved)
{
	if (saved >= 0) {
		dup2(saved, fd);
		close(saved);
	}
}

int
export_ui_print(struct wizard *w, struct tr_err *e)
{
	const char *cmd = export_ui_print_command(w);
	struct sigaction ign, old;
	int out, errfd, status, failed;
	FILE *fp;

	if (cmd == NULL)
		return err_set(e, "%s", _("No print command is configured."));
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGPIPE, &ign, &old);  /* a command that stops reading */
	fflush(stdout);
	out = hush(STDOUT_FILENO);
	errfd = hush(STDERR_FILENO);
	fp = popen(cmd, "w");
	unhush(STDOUT_FILENO, out);
	unhush(STDERR_FILENO, errfd);
	if (fp == NULL) {
		sigaction(SIGPIPE, &old, NULL);
		return err_set(e, _("Could not run the print command: %s."), strerror(errno));
	}
	failed = write_export(w, fp, e) < 0;
	status = pclose(fp);
	sigaction(SIGPIPE, &old, NULL);
	if (status == -1)
		return err_set(e, _("Could not run the print command: %s."), strerror(errno));
	if (WIFEXITED(status))
		return WEXITSTATUS(status) == 0 && failed ? 1 : WEXITSTATUS(status);
	return err_set(e, "%s", _("The print command was stopped by a signal."));
}
