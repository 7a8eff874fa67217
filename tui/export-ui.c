/* export-ui.c - the wizard's diagnosis and its text export to a file, a
 * print command or memory (see export-ui.h). */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <poll.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "export-ui.h"
#include "clock.h"
#include "cli.h"
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

const char *
export_ui_lang(const struct wizard *w)
{
	if (w->export_lang[0] != '\0')
		return w->export_lang;
	if (SIT_HAS(&w->sit, SIT_LANG))
		return w->sit.lang;
	return NULL;
}

void
export_ui_next_lang(struct wizard *w)
{
	const char *codes[8], *now = export_ui_lang(w), *env = getenv("LANGUAGE");
	int n = wizard_languages(w, codes, 8), at = -1;
	char screen[3];

	/* The screen's language when none was chosen: its first letters. */
	snprintf(screen, sizeof screen, "%s", env != NULL && env[0] != '\0' ? env : "en");
	if (now == NULL)
		now = screen;
	for (int i = 0; i < n; i++)
		if (strcmp(codes[i], now) == 0)
			at = i;
	snprintf(w->export_lang, sizeof w->export_lang, "%s", codes[(at + 1) % n]);
	w->dirty = 1;
}

/* The export of the diagnosis the screens show (w->result), with the
 * marks of the plan screen; in adviser mode with the adviser's notes and
 * name, in the language chosen for it (the screen keeps its own), and
 * the one-page summary when it was chosen (w->export_page). */
static int
write_export(struct wizard *w, FILE *fp, struct tr_err *e)
{
	const struct pipeline *r = &w->result;
	const char *was = getenv("LANGUAGE"), *lang = export_ui_lang(w);
	struct export_options o;
	char screen[64];
	int st, adviser = w->opts->mode == WIZARD_ADVISER;

	memset(&o, 0, sizeof o);
	o.date = w->date;
	o.ascii = w->opts->ascii;
	o.width = EXPORT_WIDTH;
	o.marks = w->marks;
	o.nmarks = w->nmarks;
	o.agency = w->opts->agency;
	if (!adviser)
		return pipeline_text(fp, r, &o, e);
	o.adviser = 1;
	o.adviser_name = w->opts->adviser_name;
	o.meeting_note = w->meeting_note;
	o.resume_code = r->code[0] != '\0' ? r->code : NULL;
	snprintf(screen, sizeof screen, "%s", was != NULL ? was : "");
	if (lang != NULL)
		cli_speak(lang);
	if (w->export_page)
		st = export_page(fp, &r->sit, &r->diag, &r->plan, &o, e);
	else
		st = pipeline_text(fp, r, &o, e);
	if (lang != NULL)
		cli_speak(screen);
	return st;
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
	snprintf(buf, len, "%s/tremplin-%s-%s.txt", dir, w->export_page ? "meeting" : "plan",
		 w->date);
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
	case ENXIO:
	case ENODEV:
	case ETXTBSY:
		export_ui_tilde(path, dir, sizeof dir);
		err_set(e, _("%s is not an ordinary file: choose another name."), dir);
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

/* Write the export into FULL, created (with O_EXCL: only when it is new)
 * or replaced; a link is never followed: the file written is the one
 * named. */
static enum export_ui_status
write_file(struct wizard *w, const char *full, int excl, struct tr_err *e)
{
	struct stat st;
	FILE *fp;
	int fd, err;

	/* O_NONBLOCK: a FIFO without a reader fails at once (ENXIO) rather
	 * than hanging the screen; only a regular file is written. */
	fd = open(full, O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC |
		  (excl ? O_EXCL : O_TRUNC), 0600);
	if (fd < 0 && errno == EEXIST)
		return EXPORT_UI_EXISTS;
	if (fd >= 0 && (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode))) {
		close(fd);
		fd = -1;
		errno = ENXIO;
	}
	if (fd >= 0)
		fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
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

/* FULL with its folder resolved (no "..", no link, no relative part), so
 * that the person is told the file that is really written. */
static void
real_target(char *full, size_t len)
{
	char dir[4096], real[PATH_MAX], name[4096], out[PATH_MAX + 4096];
	const char *slash = strrchr(full, '/');

	if (slash == NULL)
		snprintf(dir, sizeof dir, ".");
	else if (slash == full)
		snprintf(dir, sizeof dir, "/");
	else
		snprintf(dir, sizeof dir, "%.*s", (int)(slash - full), full);
	snprintf(name, sizeof name, "%s", slash != NULL ? slash + 1 : full);
	if (name[0] == '\0' || realpath(dir, real) == NULL)
		return;               /* the open says what is wrong */
	snprintf(out, sizeof out, "%s/%s", strcmp(real, "/") == 0 ? "" : real, name);
	if (strlen(out) < len)
		memcpy(full, out, strlen(out) + 1);
}

enum export_ui_status
export_ui_save(struct wizard *w, const char *path,
	       int overwrite, char *done, size_t donelen, struct tr_err *e)
{
	char full[4096];
	struct stat st;

	expand(path, full, sizeof full);
	if (full[0] != '\0')
		real_target(full, sizeof full);
	export_ui_tilde(full, done, donelen);
	if (full[0] == '\0') {
		err_set(e, "%s", _("Type the name of the file."));
		return EXPORT_UI_FAIL;
	}
	if (stat(full, &st) == 0 && S_ISDIR(st.st_mode)) {
		explain(EISDIR, full, e);
		return EXPORT_UI_FAIL;
	}
	return write_file(w, full, !overwrite, e);
}

enum export_ui_status
export_ui_save_new(struct wizard *w, char *done, size_t donelen, struct tr_err *e)
{
	const char *dir = w->opts->export_folder;
	char full[4096];

	if (dir == NULL) {
		err_set(e, "%s", _("Saving in a file is not offered here."));
		return EXPORT_UI_FAIL;
	}
	for (int i = 1; i < 1000; i++) {
		enum export_ui_status st;

		snprintf(done, donelen, "tremplin-plan-%s-%d.txt", w->date, i);
		snprintf(full, sizeof full, "%s/%s", dir, done);
		st = write_file(w, full, 1, e);
		if (st != EXPORT_UI_EXISTS)
			return st;
	}
	err_set(e, "%s", _("The folder for plans is full: ask at the desk."));
	return EXPORT_UI_FAIL;
}

/* Run CMD with sh: its standard input from the pipe *IN, its output
 * thrown away, its errors into the pipe *ERR. The child's pid, or -1. */
static pid_t
spawn(const char *cmd, int *in, int *err)
{
	int pin[2], perr[2];
	pid_t pid;

	if (pipe(pin) < 0)
		return -1;
	if (pipe(perr) < 0) {
		close(pin[0]);
		close(pin[1]);
		return -1;
	}
	pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);

		setpgid(0, 0);        /* stopped as a whole when it hangs */
		dup2(pin[0], STDIN_FILENO);
		dup2(null, STDOUT_FILENO);
		dup2(perr[1], STDERR_FILENO);
		close(pin[1]);
		close(perr[0]);
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	if (pid > 0)
		setpgid(pid, pid);    /* the child does too: whoever runs first */
	close(pin[0]);
	close(perr[1]);
	if (pid < 0) {
		close(pin[1]);
		close(perr[0]);
		return -1;
	}
	*in = pin[1];
	*err = perr[0];
	return pid;
}

/* A print command gets this long to take the plan and end. */
#define PRINT_WAIT_MS 10000

/* What the command says on its standard error, one line, into BUF, until
 * it closes it or DEADLINE (clock_elapsed_ms) passes: 1 closed, 0 not. */
static int
read_errors(int fd, char *buf, size_t len, long deadline)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	char chunk[256];
	size_t n = 0;
	ssize_t r = 1;
	long left;

	while ((left = deadline - clock_elapsed_ms()) > 0) {
		if (poll(&p, 1, (int)left) <= 0)
			continue;     /* a signal, or the time is up */
		r = read(fd, chunk, sizeof chunk);
		if (r <= 0)
			break;
		for (ssize_t i = 0; i < r && n + 1 < len; i++)
			buf[n++] = chunk[i] == '\n' || chunk[i] == '\r' ? ' ' : chunk[i];
	}
	buf[n] = '\0';
	close(fd);
	return r <= 0;
}

/* The operator's record of a print that failed: the system log. */
static void
log_print_failure(const char *cmd, int status, const char *said)
{
	openlog(PACKAGE, LOG_PID, LOG_USER);
	syslog(LOG_ERR, "print command '%s' failed (%s %d): %s", cmd,
	       WIFSIGNALED(status) ? "signal" : "status",
	       WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status),
	       said[0] != '\0' ? said : "(no message)");
	closelog();
}

int
export_ui_print(struct wizard *w, struct tr_err *e)
{
	const char *cmd = export_ui_print_command(w);
	struct sigaction ign, old;
	char said[1024];
	int in, errfd, status, failed, hung;
	FILE *fp;
	pid_t pid;

	if (cmd == NULL)
		return err_set(e, "%s", _("No print command is configured."));
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGPIPE, &ign, &old);  /* a command that stops reading */
	fflush(stdout);
	pid = spawn(cmd, &in, &errfd);
	if (pid < 0 || (fp = fdopen(in, "w")) == NULL) {
		sigaction(SIGPIPE, &old, NULL);
		return err_set(e, _("Could not run the print command: %s."), strerror(errno));
	}
	failed = write_export(w, fp, e) < 0;
	fclose(fp);
	hung = !read_errors(errfd, said, sizeof said, clock_elapsed_ms() + PRINT_WAIT_MS);
	if (hung) {
		kill(-pid, SIGKILL);
		snprintf(said, sizeof said, "did not end within %d s: stopped", PRINT_WAIT_MS / 1000);
	}
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	sigaction(SIGPIPE, &old, NULL);
	if (hung) {
		log_print_failure(cmd, status, said);
		return err_set(e, _("The print command did not finish within %d seconds: "
				    "it was stopped."), PRINT_WAIT_MS / 1000);
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || failed)
		log_print_failure(cmd, status, said);
	if (WIFEXITED(status))
		return WEXITSTATUS(status) == 0 && failed ? 1 : WEXITSTATUS(status);
	return err_set(e, "%s", _("The print command was stopped by a signal."));
}
