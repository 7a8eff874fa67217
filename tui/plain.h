/* plain.h - the line-by-line interview (DESIGN.md section 1, "plain"):
 * for screen readers and braille displays, very slow links, serial
 * consoles and dumb terminals. The same journey as the ncurses wizard,
 * walked from core's data (interview.h), read from stdin one line at a
 * time and written to stdout with no cursor addressing, no escape
 * sequence, no colour and no line drawing. Every command is a word a
 * speech synthesizer says (the symbols < and ? still work).
 *
 * plain.c         the run: welcome, kiosk, which mode
 * plain-walk.c    the questions in order and the Summary
 * plain-ask.c     one question of each kind (choices, numbers, job, area)
 * plain-word.c    answers and commands typed as the start of a word
 * plain-io.c      lines in and out: word wrapping, prompts, the commands
 *                 of every prompt (back, help, quit)
 * plain-page.c    long output paused at a terminal ("Enter for more")
 * plain-session.c sessions saved and continued, the end of the input
 * plain-diag.c    the diagnosis: the main challenge, the others on demand
 * plain-plan.c    the action plan: open, tick, when, done, note, more,
 *                 save, print, the resume code
 * plain-term.c    whether the terminal can address its cursor */
#ifndef TREMPLIN_PLAIN_H
#define TREMPLIN_PLAIN_H

#include <signal.h>
#include <stddef.h>
#include <stdio.h>

#include "interview.h"
#include "situation.h"
#include "store.h"
#include "wizard.h"

/* 1 when the interview should run in plain mode: --plain (O->plain);
 * stdin or stdout is not a terminal (a pipe, a file: DESIGN.md section
 * 1); or the terminal is unknown, dumb (TERM unset, empty, "dumb") or
 * cannot address its cursor. */
int plain_wanted(const struct wizard_options *o);

/* Run the plain interview; returns an exit status of cli.h. */
int plain_run(const struct wizard_options *o);

/* What follows is shared by the plain-*.c files only. */

/* Our lines are at most this many columns (the export's width). */
#define PLAIN_WIDTH 72
#define PLAIN_LINE_MAX 512
/* Lines in a row that get no answer to the same question before a run
 * that does not read a terminal stops (the input would say the same
 * thing forever). */
#define PLAIN_REFUSALS 3

struct plain {
	/* The person's answers, facts, plan marks, diagnosis and session
	 * live in the wizard's state, so that plain mode uses the wizard's
	 * helpers on them (wizard_mark, wizard_result, wsession_sync,
	 * export_ui_*): the same saves, the same exports. */
	struct wizard w;
	const struct wizard_options *opts;
	FILE *in, *out;
	int echo;                     /* write back what is read (no tty) */
	int chapter;                  /* chapter of the last heading, -1 none */
	int idle;                     /* kiosk: the read ended for want of a key */
	int refused;                  /* lines in a row that answered nothing */
	int refused_at;               /* ... to this question (count: Summary) */
	int page_rows;                /* lines of a page at a terminal, 0: no pager */
	int paged;                    /* lines written since the last read */
	int hushed;                   /* "q" at the pager: no more until a read */
	int place;                    /* enum screen_place of the last save */
	int qindex;                   /* ... and its question, -1 none */
};

/* Where the walk goes after the interview (plain_walk's result). */
enum plain_goal { GOAL_FIRST, GOAL_QUESTION, GOAL_SUMMARY, GOAL_PLAN };

/* How a question or a step ended. */
enum plain_step { STEP_NEXT, STEP_BACK, STEP_QUIT, STEP_EOF, STEP_STUCK,
	STEP_FAIL /* the data could not be read: no diagnosis */ };

/* plain.c: the program's status after the journey ended with R (what to
 * say: quit, end of the input, stuck). */
int plain_stop(struct plain *p, enum plain_step r);

/* plain-walk.c: the questions from question START (GOAL_QUESTION), the
 * first (GOAL_FIRST) or the Summary, then the diagnosis and the plan
 * (GOAL_PLAN starts there); returns an exit status. */
int plain_walk(struct plain *p, enum plain_goal goal, int start);
/* The diagnosis and the plan (plain-diag.c): STEP_BACK goes back to the
 * Summary; AT_PLAN: begin with the plan. */
enum plain_step plain_diagnosis(struct plain *p, int at_plan);
/* The plan (plain-plan.c): STEP_BACK goes back to the diagnosis. */
enum plain_step plain_plan(struct plain *p);

/* A line typed by the person: a command or an answer. */
enum plain_cmd { CMD_NONE, CMD_BACK, CMD_HELP, CMD_QUIT };

/* plain-word.c: which of the N words WORDS (translated text: labels,
 * command names) LINE names: its number among them when NUMBERED (1 to
 * N), or the start of one of them, letters in any case and accents
 * ignored (the Debian installer's text front end does the same). The
 * index, -1 when none, -2 when the start fits several (*FIRST and
 * *SECOND, when not NULL, name two of them). */
int plain_word(const char *line, const char *const *words, int n, int numbered,
	       int *first, int *second);
/* A command typed as a word: its English word (always understood) and
 * its word in the language spoken (translated). */
struct plain_verb {
	const char *english;
	const char *spoken;
};
/* The command LINE begins with among the N VERBS, by the start of either
 * word ("t", "tick 3", "t3"): its index; -1 none; -2 the start fits two
 * (said). *ARG is the number typed after it, -1 none, -2 not a number. */
int plain_verb(struct plain *p, const char *line, const struct plain_verb *verbs, int n,
	       int *arg);
/* LINE folded for comparison into BUF: ASCII, lower case. */
void plain_fold(const char *line, char *buf, size_t size);

/* Write TEXT word-wrapped to PLAIN_WIDTH columns: the first line after
 * INDENT spaces, the others after HANG spaces; "\n" in TEXT breaks the
 * line. With --ascii, only ASCII is written. */
void plain_say(struct plain *p, int indent, int hang, const char *text);
void plain_sayf(struct plain *p, int indent, int hang, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* An empty line. */
void plain_blank(struct plain *p);
/* The heading of chapter CHAPTER of the interview ("Part 2 of 6: Me"),
 * said in words: no marks that a speech synthesizer would read out. */
void plain_chapter(struct plain *p, int chapter);
/* Say the wizard's message line (w.msg) when it holds something, then
 * clear it. */
void plain_message(struct plain *p);
/* TEXT then a space, no newline: the answer is typed after it. */
void plain_prompt(struct plain *p, const char *text);

/* plain-page.c: write one finished LINE (no newline in it); at a
 * terminal, a page full pauses: "Enter for more, or q to stop". */
void plain_line(struct plain *p, const char *line);
/* A read begins: the page starts again, and what was stopped speaks. */
void plain_page_reset(struct plain *p);
/* Lines of a page on P's output: the terminal's rows, 0 when the input
 * is not a terminal (nothing pauses). */
int plain_page_rows(const struct plain *p);

/* plain-session.c: save the session (not with --no-save, nor at a
 * kiosk) with the person at PLACE (enum screen_place) on question QI
 * (-1: none), as the wizard does (wsession_sync); FORCE saves even when
 * nothing changed. A failure is said once. */
void plain_save(struct plain *p, int place, int qi, int force);
/* The offer to continue the last session, when there is one: *GOAL and
 * *START say where to begin. STEP_NEXT, or how the input ended. */
enum plain_step plain_offer(struct plain *p, enum plain_goal *goal, int *start);
/* What the person can do to continue later (the session, the resume
 * code), said when the journey stops before its end. */
void plain_how_to_continue(struct plain *p);

/* Set by the SIGINT handler (plain.c): the next read gives "q". */
extern volatile sig_atomic_t plain_got_int;

/* Read one line into BUF (no newline, outer spaces trimmed). 0, or -1 at
 * the end of the input. Ctrl-C gives "q". */
int plain_read(struct plain *p, char *buf, size_t size);
/* LINE as a whole number of at most 6 digits, -1 otherwise. */
int plain_number(const char *line);
/* The command typed in LINE, CMD_NONE for an answer. */
enum plain_cmd plain_command(const char *line);
/* Ask "Quit? (y/n)": 1 yes, 0 no, -1 end of input. */
int plain_confirm_quit(struct plain *p);
/* Ask QUESTION, answered yes or no (y, o, n, oui, non...): 1 yes, 0 no,
 * -1 end of input; another answer asks again. */
int plain_yes_no(struct plain *p, const char *question);

/* A line gave no answer to question AT (a question index, or
 * interview_count() for the Summary) named WHAT. Returns 1 when the
 * input is not a terminal and that made PLAIN_REFUSALS lines in a row:
 * said on stderr, the run stops (STEP_STUCK). A person at a terminal
 * may keep trying. */
int plain_refused(struct plain *p, int at, const char *what);
/* A line answered: the count starts again. */
void plain_answered(struct plain *p);

/* What came of plain_read_answer(). */
enum plain_read { PLAIN_ANSWER, PLAIN_HELPED, PLAIN_STAYED, PLAIN_ENDED };
/* Read the person's line into LINE and do what the commands of every
 * prompt ask for: "?" says HELP (PLAIN_HELPED), "q" asks first and stays
 * on a no (PLAIN_STAYED); "<", a yes or the end of the input end the step
 * (PLAIN_ENDED, the step in *END). PLAIN_ANSWER: LINE is an answer, maybe
 * empty. */
enum plain_read plain_read_answer(struct plain *p, char *line, size_t size,
				  const char *help, enum plain_step *end);
/* The line that says the commands of every prompt, in words. */
const char *plain_commands_text(void);

/* Ask question number QI of the interview (interview_get) and set the
 * answer in P->w.sit. */
enum plain_step plain_ask(struct plain *p, int qi);
/* The question Q itself in one line, for the Summary and messages. */
void plain_question_line(const struct question *q, char *buf, size_t size);
/* The answer to question Q in words (job and département by name). */
void plain_answer_text(struct plain *p, const struct question *q, char *buf,
		       size_t size);

/* The language the interview speaks ("fr", "en"): --lang or the
 * environment. */
const char *plain_ui_lang(const struct plain *p);

/* plain-term.c: 1 when terminal TERM can address its cursor. */
int plain_term_addressable(const char *term);

#endif
