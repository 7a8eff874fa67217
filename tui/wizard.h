/* wizard.h - the ncurses interview: state shared by the screens, and the
 * entry point called by main(). */
#ifndef TREMPLIN_WIZARD_H
#define TREMPLIN_WIZARD_H

#include <stdio.h>

#include "catalog.h"
#include "cli.h"
#include "colors.h"
#include "interview.h"
#include "plan.h"
#include "situation.h"
#include "store.h"

struct wizard_options {
	const char *db;               /* reference database */
	const char *answers;          /* --answers FILE, or NULL */
	const char *lang;             /* --lang LL, or NULL */
	int mono;                     /* --no-color, NO_COLOR */
	int ascii;                    /* --ascii */
	int no_save;                  /* --no-save: no sessions database */
	const char *resume;           /* --resume CODE, or NULL */
};

struct wizard {
	const struct wizard_options *opts;
	struct situation sit;
	struct interview_facts facts;
	struct store *store;
	int from_summary;             /* a question opened from the Summary
					 returns there */
	int summary_focus;            /* line of the Summary last used */
	char msg[256];                /* the message line, set by a screen */
	enum color_role msg_role;

	/* The plan screen's state: what the person decided per action. */
	struct plan_mark marks[ACTION__COUNT];
	int nmarks;

	/* Saved sessions (not in kiosk mode): the sessions database, the
	 * session being filled, and whether something changed since the last
	 * save. A screen that changes answers or marks sets `dirty`; the main
	 * loop saves after the key, in one transaction. */
	struct store *sessions;       /* NULL: nothing is saved */
	long session_id;
	int dirty;
};

/* The wizard's options on the command line, for cli_parse(). */
extern const struct cli_option wizard_cli_options[];
/* Take one of them (a take() of struct cli_parser; ARG is the struct
 * wizard_options): 0 taken, -1 bad (message printed). */
int wizard_option(int key, const char *value, void *arg);
/* The lines of --help about these options. */
void wizard_usage(FILE *fp);

/* Run the wizard; returns an exit status of cli.h. */
int wizard_run(const struct wizard_options *o);

/* Show TEXT on the message line: an error (why the input was refused)
 * or a note. Cleared at the next key. */
void wizard_error(struct wizard *w, const char *text);
void wizard_note(struct wizard *w, const char *text);

/* Recompute the facts after an answer that may change which questions
 * apply (the job, the area). */
void wizard_refresh_facts(struct wizard *w);

/* wizard-flow.c: which screen comes next. */
struct screen;
/* Open the first screen (Welcome) into S. */
int flow_start(struct wizard *w, struct screen *s);
/* Open question QINDEX into S (-1: Welcome, interview_count(): the
 * Summary), for a session continued or a resume code. */
int flow_open(struct wizard *w, struct screen *s, int qindex);
/* Replace S by the screen that follows R (SCREEN_NEXT, BACK, JUMP). */
int flow_move(struct wizard *w, struct screen *s, int result);
/* Close S (frees its state). */
void flow_close(struct screen *s);
/* Draw the frame of S: chapter bar, step, help line. */
void flow_frame(struct wizard *w, struct screen *s);
/* The screen shown while the terminal is too small. */
const struct screen_ops *flow_small_screen(void);
/* Open the screen recorded as ID in a saved session: a question id,
 * "diagnosis", "plan", "export"; anything else (or a question that no
 * longer applies) opens the Summary. */
int flow_open_id(struct wizard *w, struct screen *s, const char *id);
/* 1 when S ends the wizard (the diagnosis was left forward). */
int flow_finished(const struct screen *s);

#endif
