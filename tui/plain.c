/* plain.c - the plain interview from start to end: the welcome and
 * privacy notice, the questions in core's order (skipping those that do
 * not apply), the Summary where any answer can be changed, then the
 * diagnosis and plan as core's text export with the resume code. */
#include <config.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "clock.h"
#include "i18n.h"
#include "plain.h"
#include "pipeline.h"

volatile sig_atomic_t plain_got_int;
int
plain_wanted(const struct wizard_options *o)
{
	const char *term = getenv("TERM");

	if (o->plain)
		return 1;
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return 0;
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

static void
refresh_facts(struct plain *p)
{
	struct tr_err e;

	/* On a store error the walk goes on with the defaults the load left;
	 * the diagnosis says what failed. */
	(void)interview_facts_load(p->store, &p->sit, &p->facts, &e);
}

static int
in_list(const char *const *list, const char *s)
{
	for (int i = 0; list[i] != NULL; i++)
		if (strcmp(list[i], s) == 0)
			return 1;
	return 0;
}

/* The privacy notice and how to answer. The paragraphs of core's notice
 * that every mode shares are kept; the one about saving is replaced by
 * what is true here: plain mode saves nothing. */
static void
welcome(struct plain *p)
{
	const char *const *home = interview_privacy(PRIVACY_HOME);
	const char *const *kiosk = interview_privacy(PRIVACY_KIOSK);

	p->chapter = CHAPTER_WELCOME;
	plain_sayf(p, 0, 0, "== %s ==", _(interview_chapter_name(CHAPTER_WELCOME)));
	plain_say(p, 0, 0, _(interview_privacy_title));
	for (int i = 0; home[i] != NULL; i++) {
		plain_blank(p);
		if (p->opts->mode == WIZARD_KIOSK && !in_list(kiosk, home[i]))
			plain_say(p, 0, 0, _(kiosk[i]));
		else if (in_list(kiosk, home[i]))
			plain_say(p, 0, 0, _(home[i]));
		else
			plain_say(p, 0, 0, _("In this mode nothing is saved on this "
					     "computer: your answers are gone when "
					     "the program ends."));
	}
	plain_blank(p);
	plain_say(p, 0, 0, _("To answer, type the number of your answer and "
			     "press Enter. Enter alone keeps the answer shown "
			     "in brackets."));
	plain_say(p, 0, 0, _("Type < to go back, ? for help, q to quit."));
}

/* The Summary: every answer that applies, numbered. Fills IDX with their
 * question indexes; returns how many. */
static int
show_summary(struct plain *p, int *idx)
{
	char q[PLAIN_LINE_MAX], a[PLAIN_LINE_MAX];
	int n = 0;

	plain_blank(p);
	if (p->chapter != CHAPTER_SUMMARY) {
		p->chapter = CHAPTER_SUMMARY;
		plain_sayf(p, 0, 0, "== %s ==", _(interview_chapter_name(CHAPTER_SUMMARY)));
	}
	plain_say(p, 0, 0, _("Your answers:"));
	for (int i = 0; i < interview_count(); i++) {
		const struct question *qu = interview_get(i);

		if (!interview_applies(qu, &p->sit, &p->facts))
			continue;
		idx[n++] = i;
		plain_question_line(qu, q, sizeof q);
		plain_answer_text(p, qu, a, sizeof a);
		plain_sayf(p, 2, 6, "%d. %s", n, q);
		plain_say(p, 6, 6, a);
	}
	return n;
}

/* STEP_NEXT with *ASK = -1: on to the diagnosis; with *ASK >= 0: change
 * the answer to that question. */
static enum plain_step
summary(struct plain *p, int *ask)
{
	int idx[SIT__COUNT + 1], n = 0, again = 1, v;
	enum plain_read read;
	enum plain_step end;
	char line[PLAIN_LINE_MAX];

	*ask = -1;
	/* Answers to questions that no longer apply are not shown, nor
	 * diagnosed. */
	refresh_facts(p);
	interview_prune(&p->sit, &p->facts);
	for (;;) {
		/* The list once; after help or a refused line, only what to
		 * type (the list is long on a slow line). */
		if (again)
			n = show_summary(p, idx);
		again = 0;
		plain_say(p, 0, 0, _("Type the number of an answer to change it, or press "
				     "Enter to see your diagnosis."));
		plain_prompt(p, _("Number, or Enter:"));
		read = plain_read_answer(p, line, sizeof line,
					 _("This list shows every answer you gave. "
					   "To change one, type its number: the "
					   "question is asked again, then you come "
					   "back here. Press Enter when all is right "
					   "to see your diagnosis and your action "
					   "plan."), &end);
		if (read == PLAIN_ENDED)
			return end;
		if (read == PLAIN_HELPED)
			plain_blank(p);
		v = read == PLAIN_ANSWER ? plain_number(line) : -1;
		if (read == PLAIN_ANSWER && (line[0] == '\0' || (v >= 1 && v <= n))) {
			*ask = line[0] == '\0' ? -1 : idx[v - 1];
			plain_answered(p);
			return STEP_NEXT;
		}
		if (read == PLAIN_ANSWER)
			plain_sayf(p, 0, 0, _("Please type a number from %d to %d, or press Enter."),
				   1, n);
		if (plain_refused(p, interview_count(), _(interview_chapter_name(CHAPTER_SUMMARY))))
			return STEP_STUCK;
	}
}

/* The export speaks the language the person chose for their plan. */
static void
speak(const struct situation *s)
{
	if (!SIT_HAS(s, SIT_LANG))
		return;
	cli_speak(s->lang);
}

/* The diagnosis and plan, as the export. When the data cannot be read
 * nothing is diagnosed (pipeline.h); the resume code keeps the answers. */
static int
diagnosis(struct plain *p, const char *date, int year)
{
	static struct pipeline pl;
	struct tr_err e;
	struct export_options eo = { .date = date, .ascii = p->opts->ascii, .width = EXPORT_WIDTH };

	speak(&p->sit);
	plain_blank(p);
	if (pipeline_run(&pl, p->store, &p->sit, year, &e) < 0) {
		plain_say(p, 0, 0, e.msg);
		if (pl.code[0] != '\0')
			plain_sayf(p, 0, 0, _("Your answers are kept in this resume code: %s"),
				   pl.code);
		return EXIT_FAIL;
	}
	if (pipeline_text(p->out, &pl, &eo, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_FAIL;
	}
	if (fflush(p->out) != 0) {
		cli_error("%s", strerror(errno));
		return EXIT_FAIL;
	}
	return EXIT_OK;
}

/* Question indexes that apply now, as bits. */
static unsigned long long
applying(const struct plain *p)
{
	unsigned long long bits = 0;

	for (int i = 0; i < interview_count() && i < 64; i++)
		if (interview_applies(interview_get(i), &p->sit, &p->facts))
			bits |= 1ull << i;
	return bits;
}

/* After an answer changed from the Summary: the next question that did
 * not apply before (BEFORE) and now does, unanswered; else the Summary. */
static int
newly_applying(const struct plain *p, unsigned long long before, int from)
{
	int n = interview_count();

	for (int i = interview_next(&p->sit, &p->facts, from); i < n;
	     i = interview_next(&p->sit, &p->facts, i))
		if (i < 64 && !(before & (1ull << i)) &&
		    !SIT_HAS(&p->sit, interview_get(i)->key))
			return i;
	return n;
}

static int
stop(struct plain *p, enum plain_step r)
{
	if (r == STEP_STUCK)
		return EXIT_USAGE;    /* plain_refused() said why */
	if (r == STEP_QUIT) {
		plain_say(p, 0, 0, _("You left the interview. Nothing was kept."));
		return EXIT_OK;
	}
	plain_say(p, 0, 0, _("End of the input: the interview stopped before "
			     "the end. Nothing was kept."));
	return EXIT_FAIL;
}

/* "<" at the first question, QI: no answer to it either. */
static int
first_refused(struct plain *p, int qi)
{
	char what[PLAIN_LINE_MAX];

	plain_question_line(interview_get(qi), what, sizeof what);
	return plain_refused(p, qi, what);
}

static int
walk(struct plain *p, const char *date, int year)
{
	int count = interview_count(), i = interview_next(&p->sit, &p->facts, -1);
	int from_summary = 0, ask;
	unsigned long long before = 0;
	enum plain_step r;

	for (;;) {
		if (i >= count) {
			r = summary(p, &ask);
			if (r == STEP_NEXT && ask < 0)
				return diagnosis(p, date, year);
			if (r == STEP_NEXT) {
				i = ask;
				from_summary = 1;
				before = applying(p);
				continue;
			}
			if (r != STEP_BACK)
				return stop(p, r);
			i = interview_prev(&p->sit, &p->facts, count);
			from_summary = 0;
			continue;
		}
		r = plain_ask(p, i);
		if (r == STEP_NEXT) {
			refresh_facts(p);
			i = from_summary ? newly_applying(p, before, i)
				: interview_next(&p->sit, &p->facts, i);
		} else if (r == STEP_BACK && from_summary) {
			i = count;
		} else if (r == STEP_BACK) {
			int prev = interview_prev(&p->sit, &p->facts, i);

			if (prev >= 0) {
				i = prev;
				continue;
			}
			plain_say(p, 0, 0, _("This is the first question."));
			if (first_refused(p, i))
				return stop(p, STEP_STUCK);
		} else {
			return stop(p, r);
		}
	}
}

/* A kiosk in plain mode (a screen reader's): one visitor after another
 * until the input ends; the keys that stop or suspend a program do
 * nothing; what a visitor answered is forgotten before the next one. */
static int
kiosk_walks(struct plain *p, const char *date, int year)
{
	const char *language = getenv("LANGUAGE");
	char start[32];

	snprintf(start, sizeof start, "%s", language != NULL ? language : "");
	signal(SIGINT, SIG_IGN);
	signal(SIGTSTP, SIG_IGN);
	if (isatty(fileno(p->in)))
		setvbuf(p->in, NULL, _IONBF, 0);   /* no line waits unseen */
	for (;;) {
		welcome(p);
		if (walk(p, date, year) == EXIT_USAGE && p->refused >= PLAIN_REFUSALS)
			return EXIT_USAGE;
		if (!p->idle && feof(p->in))
			return EXIT_OK;
		situation_init(&p->sit);
		refresh_facts(p);
		p->chapter = -1;
		p->idle = 0;
		cli_speak(start);
		plain_blank(p);
		plain_say(p, 0, 0, _("Your answers are erased. The next person can start."));
		plain_blank(p);
	}
}

int
plain_run(const struct wizard_options *o)
{
	static struct plain p;
	struct tr_err e;
	char date[CLOCK_DATE_LEN];
	int year, rc;

	memset(&p, 0, sizeof p);
	p.opts = o;
	p.in = stdin;
	p.out = stdout;
	p.echo = !isatty(STDIN_FILENO);
	p.chapter = -1;
	p.refused_at = -1;
	situation_init(&p.sit);
	if (clock_today(date, &year, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_USAGE;
	}
	if (o->answers != NULL && situation_read_file(&p.sit, o->answers, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_USAGE;
	}
	if (store_open(o->db, STORE_READONLY, &p.store, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_FAIL;
	}
	refresh_facts(&p);
	/* Ctrl-\ would end the run with a core file: it does nothing. */
	signal(SIGQUIT, SIG_IGN);
	if (o->mode == WIZARD_KIOSK) {
		rc = kiosk_walks(&p, date, year);
	} else {
		catch_int();
		welcome(&p);
		rc = walk(&p, date, year);
	}
	store_close(p.store);
	return rc;
}
