/* plain.h - the line-by-line interview (DESIGN.md section 1, "plain"):
 * for screen readers and braille displays, very slow links, serial
 * consoles and dumb terminals. The same interview as the ncurses wizard,
 * walked from core's data (interview.h), read from stdin one line at a
 * time and written to stdout with no cursor addressing, no escape
 * sequence and no colour.
 *
 * plain.c     the walk: welcome, questions in order, summary, diagnosis
 * plain-ask.c one question of each kind (choices, numbers, job, area)
 * plain-io.c  lines in and out: word wrapping, prompts, the common
 *             commands (< ? q)
 * plain-term.c whether the terminal can address its cursor */
#ifndef TREMPLIN_PLAIN_H
#define TREMPLIN_PLAIN_H

#include <signal.h>
#include <stddef.h>
#include <stdio.h>

#include "interview.h"
#include "situation.h"
#include "store.h"
#include "wizard.h"

/* 1 when the interview should run in plain mode: --plain (O->plain), or stdin and
 * stdout are a terminal that is unknown, dumb (TERM unset, empty,
 * "dumb") or cannot address its cursor. Without --plain and without a
 * terminal, 0: the wizard says it needs one. */
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
	const struct wizard_options *opts;
	struct situation sit;
	struct interview_facts facts;
	struct store *store;
	FILE *in, *out;
	int echo;                     /* write back what is read (no tty) */
	int chapter;                  /* chapter of the last heading, -1 none */
	int idle;                     /* kiosk: the read ended for want of a key */
	int refused;                  /* lines in a row that answered nothing */
	int refused_at;               /* ... to this question (count: Summary) */
};

/* How a question or a step ended. */
enum plain_step { STEP_NEXT, STEP_BACK, STEP_QUIT, STEP_EOF, STEP_STUCK };

/* A line typed by the person: a command or an answer. */
enum plain_cmd { CMD_NONE, CMD_BACK, CMD_HELP, CMD_QUIT };

/* Write TEXT word-wrapped to PLAIN_WIDTH columns: the first line after
 * INDENT spaces, the others after HANG spaces; "\n" in TEXT breaks the
 * line. With --ascii, only ASCII is written. */
void plain_say(struct plain *p, int indent, int hang, const char *text);
void plain_sayf(struct plain *p, int indent, int hang, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* An empty line. */
void plain_blank(struct plain *p);
/* TEXT then a space, no newline: the answer is typed after it. */
void plain_prompt(struct plain *p, const char *text);

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

/* Ask question number QI of the interview (interview_get) and set the
 * answer in P->sit. */
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
