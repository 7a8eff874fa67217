/* test-export-ui.c - the wizard's printing: the print command gets the
 * plan on its input; when it fails the caller learns its status and the
 * command's own words go to the system log for the staff (checked on a
 * private /dev/log when the machine has none and the test may make one),
 * never to the screen. And the kiosk's save: a new name in the export
 * folder, never a file that is there. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

#include "check.h"
#include "clock.h"
#include "export-ui.h"
#include "market-fixture.h"
#include "flow-stub.h"
#include "speak.h"
#include "wizard.h"

static struct wizard w;
static char dir[] = "/tmp/tremplin-print-XXXXXX";

/* A socket on /dev/log when there is none and it may be made; -1 else. */
static int
private_log(void)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	struct timeval tv = { 2, 0 };
	int fd;

	if (access("/dev/log", F_OK) == 0 || access("/dev", W_OK) != 0)
		return -1;
	fd = socket(AF_UNIX, SOCK_DGRAM, 0);
	snprintf(a.sun_path, sizeof a.sun_path, "/dev/log");
	if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof a) < 0) {
		if (fd >= 0)
			close(fd);
		return -1;
	}
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
	return fd;
}

static void
test_print(struct wizard_options *o)
{
	char cmd[256], got[4096], path[128];
	struct tr_err e;
	FILE *fp;
	size_t n;
	int log, len;

	snprintf(path, sizeof path, "%s/printed", dir);
	snprintf(cmd, sizeof cmd, "cat >%s", path);
	o->print_command = cmd;
	CHECK_INT(export_ui_print(&w, &e), 0);
	fp = fopen(path, "r");
	CHECK(fp != NULL);
	n = fp != NULL ? fread(got, 1, sizeof got - 1, fp) : 0;
	got[n] = '\0';
	if (fp != NULL)
		fclose(fp);
	CHECK(strstr(got, "Tremplin") != NULL);
	o->print_command = "echo 'lp: the printer is out of paper' >&2; exit 3";
	log = private_log();
	CHECK_INT(export_ui_print(&w, &e), 3);
	if (log < 0) {
		printf("note: the system log was not read (/dev/log exists or cannot be made)\n");
		return;
	}
	/* Others may log meanwhile (tmux in the screen tests): ours is the
	 * one from tremplin. */
	do {
		len = (int)recv(log, got, sizeof got - 1, 0);
		got[len > 0 ? len : 0] = '\0';
	} while (len > 0 && strstr(got, "tremplin[") == NULL);
	close(log);
	unlink("/dev/log");
	CHECK(len > 0);
	CHECK(strstr(got, "tremplin[") != NULL);
	CHECK(strstr(got, "status 3") != NULL);
	CHECK(strstr(got, "lp: the printer is out of paper") != NULL);
}

/* A print command that never ends is stopped after its time: the wizard
 * does not hang on it. */
static void
test_hung(struct wizard_options *o)
{
	struct tr_err e;
	long t0 = clock_elapsed_ms(), took;

	o->print_command = "sleep 60";
	CHECK_INT(export_ui_print(&w, &e), -1);
	took = clock_elapsed_ms() - t0;
	CHECK(took >= 9000 && took < 20000);
	CHECK(strstr(e.msg, "did not finish") != NULL);
}

static void
test_save_new(struct wizard_options *o)
{
	char name[256], path[512];
	struct tr_err e;
	struct stat st;

	o->export_folder = dir;
	CHECK_INT(export_ui_save_new(&w, name, sizeof name, &e), EXPORT_UI_OK);
	CHECK_STR(name, "tremplin-plan-2026-11-27-1.txt");
	/* A link in the way is never followed: the next name is taken. */
	snprintf(path, sizeof path, "%s/tremplin-plan-2026-11-27-2.txt", dir);
	CHECK_INT(symlink("/nonexistent/target", path), 0);
	CHECK_INT(export_ui_save_new(&w, name, sizeof name, &e), EXPORT_UI_OK);
	CHECK_STR(name, "tremplin-plan-2026-11-27-3.txt");
	CHECK(lstat("/nonexistent/target", &st) < 0);
	o->export_folder = NULL;
	CHECK_INT(export_ui_save_new(&w, name, sizeof name, &e), EXPORT_UI_FAIL);
}

/* Adviser mode: the export speaks the language chosen for it while the
 * screen keeps its own; the notes are the adviser's; the one-page
 * summary has the note on the meeting. Elsewhere the choice is ignored. */
static void
test_adviser(struct wizard_options *o)
{
	struct plan_mark *m;
	char *text;

	if (!speak("en")) {
		printf("note: the export's language was not checked (no catalogue)\n");
		return;
	}
	snprintf(w.export_lang, sizeof w.export_lang, "fr");
	text = export_ui_text(&w);
	CHECK(text != NULL && strstr(text, "Code de reprise") == NULL);   /* a kiosk */
	free(text);
	/* Answers that make a plan. */
	CHECK_INT(situation_set(&w.sit, SIT_NETWORK, "none", NULL), 0);
	CHECK_INT(situation_set(&w.sit, SIT_SEARCH_MONTHS, "14", NULL), 0);
	CHECK_INT(situation_set(&w.sit, SIT_APPLICATIONS_WEEK, "lt2", NULL), 0);
	CHECK(wizard_result(&w) != NULL && w.result.plan.n > 0);
	if (w.result.plan.n == 0)
		return;
	o->mode = WIZARD_ADVISER;
	o->adviser_name = "Camille Martin";
	snprintf(w.meeting_note, sizeof w.meeting_note, "Revoir le CV jeudi");
	m = wizard_mark(&w, w.result.plan.items[0].action, 1);
	CHECK(m != NULL);
	if (m == NULL)
		return;
	m->chosen = 1;
	snprintf(m->note, sizeof m->note, "Appeler lundi");
	text = export_ui_text(&w);
	CHECK(text != NULL && strstr(text, "Code de reprise") != NULL);
	CHECK(text != NULL && strstr(text, "Camille Martin") != NULL);
	CHECK(text != NULL && strstr(text, "Revoir le CV jeudi") != NULL);
	free(text);
	CHECK_STR(getenv("LANGUAGE"), "en");                  /* the screen's */
	CHECK_STR(_("Your action plan"), "Your action plan");
	w.export_lang[0] = '\0';                               /* the screen's */
	w.export_page = 1;
	text = export_ui_text(&w);
	CHECK(text != NULL && strstr(text, "Tremplin: summary of the meeting") != NULL);
	CHECK(text != NULL && strstr(text, "Adviser's note:") != NULL);
	CHECK(text != NULL && strstr(text, "Appeler lundi") != NULL);
	CHECK(text != NULL && strstr(text, "Adviser's note on the meeting: Revoir le CV jeudi") != NULL);
	CHECK(text != NULL && strstr(text, "Your answers") == NULL);
	free(text);
	w.export_page = 0;
	o->mode = WIZARD_KIOSK;
}

int
main(void)
{
	char db[64], answers[128];
	struct store *st = fixture_store(db, sizeof db, NULL);
	struct wizard_options o = { .db = db, .answers = answers, .no_save = 1,
				    .mode = WIZARD_KIOSK };
	FILE *fp;

	if (st == NULL || mkdtemp(dir) == NULL)
		return 99;
	store_close(st);
	snprintf(answers, sizeof answers, "%s/answers", dir);
	fp = fopen(answers, "w");
	if (fp == NULL)
		return 99;
	fputs("job=J1501\ndepartement=75\n", fp);
	fclose(fp);
	if (wizard_init(&w, &o) != EXIT_OK || wizard_result(&w) == NULL)
		return 99;
	test_print(&o);
	test_hung(&o);
	test_save_new(&o);
	test_adviser(&o);
	wizard_free(&w);
	unlink(db);
	return check_done();
}
