/* plain.c - the plain journey from start to end: the welcome and privacy
 * notice, the offer to continue a saved session, the walk (plain-walk.c)
 * and how it ended; at a kiosk, one visitor after another. */
#include <config.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "i18n.h"
#include "plain.h"
#include "screen.h"

volatile sig_atomic_t plain_got_int;

int
plain_wanted(const struct wizard_options *o)
{
	const char *term = getenv("TERM");

	if (o->plain)
		return 1;
	/* DESIGN.md section 1: no terminal on either side, no full screen. */
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return 1;
	if (term == NULL || term[0] == '\0' || strcmp(term, "dumb") == 0)
		return 1;
	return !plain_term_addressable(term);
}

const char *
plain_ui_lang(const struct plain *p)
{
	static char code[3];
	const char *env[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };

	if (p->opts->lang != NULL && strlen(p->opts->lang) >= 2) {
		snprintf(code, sizeof code, "%.2s", p->opts->lang);
		return code;
	}
	for (size_t i = 0; i < sizeof env / sizeof env[0]; i++) {
		const char *v = getenv(env[i]);

		if (v != NULL && v[0] >= 'a' && v[0] <= 'z' && v[1] >= 'a' && v[1] <= 'z') {
			snprintf(code, sizeof code, "%.2s", v);
			return code;
		}
		if (v != NULL && v[0] != '\0' && strcmp(env[i], "LANGUAGE") != 0)
			break;
	}
	return "en";
}

static void
on_int(int sig)
{
	(void)sig;
	plain_got_int = 1;
}

/* Ctrl-C asks before quitting: the read is interrupted (no SA_RESTART)
 * and gives "q". */
static void
catch_int(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_int;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
}

static int
in_list(const char *const *list, const char *s)
{
	for (int i = 0; list[i] != NULL; i++)
		if (strcmp(list[i], s) == 0)
			return 1;
	return 0;
}

/* The privacy notice of the mode, and how to answer. The paragraph of
 * core's notice about saving is replaced by what is true when nothing
 * is saved (--no-save, or the sessions file could not be opened). */
static void
welcome(struct plain *p)
{
	const char *const *home = interview_privacy(PRIVACY_HOME);
	const char *const *kiosk = interview_privacy(PRIVACY_KIOSK);

	p->chapter = CHAPTER_WELCOME;
	plain_chapter(p, CHAPTER_WELCOME);
	plain_say(p, 0, 0, _(interview_privacy_title));
	for (int i = 0; home[i] != NULL; i++) {
		plain_blank(p);
		if (p->opts->mode == WIZARD_KIOSK && !in_list(kiosk, home[i]))
			plain_say(p, 0, 0, _(kiosk[i]));
		else if (in_list(kiosk, home[i]) || p->w.sessions != NULL)
			plain_say(p, 0, 0, _(home[i]));
		else
			plain_say(p, 0, 0, _("In this mode nothing is saved on this "
					     "computer: your answers are gone when "
					     "the program ends."));
	}
	plain_blank(p);
	plain_say(p, 0, 0, _("To answer, type the number of your answer, or the "
			     "first letters of its words, and press Enter. Enter "
			     "alone keeps the answer said after \"Enter keeps\"."));
	plain_say(p, 0, 0, plain_commands_text());
	plain_message(p);
}

int
plain_stop(struct plain *p, enum plain_step r)
{
	int kiosk = p->opts->mode == WIZARD_KIOSK;

	if (r == STEP_STUCK || r == STEP_FAIL) {
		plain_save(p, p->place, p->qindex, 1);
		return r == STEP_STUCK ? EXIT_USAGE : EXIT_FAIL;
	}
	plain_save(p, p->place, p->qindex, 1);
	if (r == STEP_QUIT && kiosk) {
		plain_say(p, 0, 0, _("You left the interview. Nothing was kept."));
		return EXIT_OK;
	}
	if (r == STEP_QUIT)
		plain_say(p, 0, 0, _("You left the interview."));
	else if (p->w.saved_finished)
		plain_say(p, 0, 0, _("End of the input."));
	else
		plain_say(p, 0, 0, _("End of the input: the interview stopped before "
				     "the end."));
	if (kiosk)
		plain_say(p, 0, 0, _("Nothing was kept."));
	else
		plain_how_to_continue(p);
	return r == STEP_QUIT || p->w.saved_finished ? EXIT_OK : EXIT_FAIL;
}

/* A kiosk in plain mode (a screen reader's): one visitor after another
 * until the input ends; the keys that stop or suspend a program do
 * nothing; what a visitor answered is forgotten before the next one. */
static int
kiosk_walks(struct plain *p)
{
	signal(SIGINT, SIG_IGN);
	signal(SIGTSTP, SIG_IGN);
	if (isatty(fileno(p->in)))
		setvbuf(p->in, NULL, _IONBF, 0);   /* no line waits unseen */
	for (;;) {
		welcome(p);
		if (plain_walk(p, GOAL_FIRST, -1) == EXIT_USAGE && p->refused >= PLAIN_REFUSALS)
			return EXIT_USAGE;
		if (!p->idle && feof(p->in))
			return EXIT_OK;
		wizard_wipe(&p->w);
		wizard_refresh_facts(&p->w);
		p->chapter = -1;
		p->idle = 0;
		wizard_speak(&p->w, NULL);
		plain_blank(p);
		plain_say(p, 0, 0, _("Your answers are erased. The next person can start."));
		plain_blank(p);
	}
}

/* Welcome, the offer to continue, then the walk from where it starts:
 * the Summary for --resume CODE, as in the wizard. */
static int
journey(struct plain *p)
{
	enum plain_goal goal = p->opts->resume != NULL ? GOAL_SUMMARY : GOAL_FIRST;
	enum plain_step r;
	int start = -1;

	welcome(p);
	if (goal == GOAL_FIRST && (r = plain_offer(p, &goal, &start)) != STEP_NEXT)
		return plain_stop(p, r);
	return plain_walk(p, goal, start);
}

int
plain_run(const struct wizard_options *o)
{
	static struct plain p;
	int rc;

	memset(&p, 0, sizeof p);
	p.opts = o;
	p.in = stdin;
	p.out = stdout;
	p.echo = !isatty(STDIN_FILENO);
	p.chapter = -1;
	p.refused_at = -1;
	p.place = PLACE_WELCOME;
	p.qindex = -1;
	p.page_rows = plain_page_rows(&p);
	/* The answers file, the resume code, the data and the sessions, as
	 * the wizard opens them; errors go to stderr. */
	rc = wizard_init(&p.w, o);
	if (rc != EXIT_OK) {
		wizard_free(&p.w);
		return rc;
	}
	/* Ctrl-\ would end the run with a core file: it does nothing. */
	signal(SIGQUIT, SIG_IGN);
	if (o->mode == WIZARD_KIOSK) {
		rc = kiosk_walks(&p);
	} else {
		catch_int();
		rc = journey(&p);
	}
	wizard_free(&p.w);
	return rc;
}
