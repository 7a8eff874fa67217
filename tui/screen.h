/* screen.h - one kind of screen behind a small table of functions.
 *
 * The main loop (wizard.c) only calls these through struct screen_ops; it
 * knows no screen by name. Which screen follows which is the transition
 * table of wizard-flow.c, (place, result) -> next place; the questions
 * come in core's order (core/interview.h). Each kind lives in its own
 * file: screen-welcome.c, screen-continue.c, screen-code.c,
 * screen-choice.c, screen-multi.c, screen-number.c, screen-job.c,
 * screen-departement.c, screen-summary.c, screen-diagnosis.c,
 * screen-plan.c, screen-export.c, screen-nodata.c, screen-small.c,
 * screen-sessions.c (adviser mode). */
#ifndef TREMPLIN_SCREEN_H
#define TREMPLIN_SCREEN_H

#include <wchar.h>

#include "keys.h"

struct wizard;
struct question;

enum screen_result {
	SCREEN_STAY,        /* the key was handled (or ignored) here */
	SCREEN_NEXT,        /* go forward (can_leave decides) */
	SCREEN_BACK,        /* go back; the answers stay */
	SCREEN_JUMP,        /* the screen's other way: open question
			       screen->jump (Summary, diagnosis), the export
			       (plan), a resume code (Welcome), start again
			       (the offer to continue) */
	SCREEN_REDRAW,      /* stay, and the whole screen is drawn again (the
			       language changed) */
	SCREEN__RESULTS
};

/* Where a screen stands in the journey: the rows of the transition table
 * (wizard-flow.c). Every question is PLACE_QUESTION. */
enum screen_place {
	PLACE_WELCOME,
	PLACE_CONTINUE,     /* the offer to continue a saved session */
	PLACE_CODE,         /* typing a resume code */
	PLACE_QUESTION,
	PLACE_SUMMARY,
	PLACE_DIAGNOSIS,
	PLACE_PLAN,
	PLACE_EXPORT,
	PLACE_NODATA,       /* the diagnosis could not be made */
	PLACE_SESSIONS,     /* adviser mode: the list of sessions */
	PLACE__COUNT
};

struct screen {
	const struct screen_ops *ops;
	enum screen_place place;
	struct wizard *wiz;
	const struct question *q;     /* the question shown, NULL for none */
	int qindex;                   /* its index in the interview, -1 */
	int jump;                     /* for SCREEN_JUMP */
	int typing;                   /* a free-text field has the keyboard:
					 '?' is typed there, F1 still helps */
	void *state;                  /* the screen kind's own */
	char help[1024];              /* for help(): the text formatted with
					 the keys' names (keys_label) */
};

/* A key as the loop read it: the action of the table (REQ_NONE for a
 * character to type), and the raw key. */
struct screen_key {
	enum request req;
	int is_fkey;
	wint_t ch;
};

struct screen_ops {
	const char *name;
	unsigned requests;            /* REQ_BIT()s shown in the help line */
	/* Build the state from the answers; 0, or -1 on failure. */
	int (*open)(struct screen *s);
	void (*close)(struct screen *s);
	/* Draw the whole body (the frame is drawn by the loop). Called when the
	 * screen opens, after a resize and after a dialog closes; never on an
	 * ordinary key, which repaints only what it changes. */
	void (*draw)(struct screen *s);
	enum screen_result (*key)(struct screen *s, const struct screen_key *k);
	/* The layout changed (NULL: nothing to recompute); draw() follows. */
	void (*resize)(struct screen *s);
	/* Going forward: check the input and store the answer. 1: go on; 0:
	 * stay (the reason is in the message line). NULL: always 1. */
	int (*can_leave)(struct screen *s);
	/* The help text of the screen, translated; NULL: none. */
	const char *(*help)(struct screen *s);
	/* The program is ending (a hangup, SIGTERM): keep what is typed but
	 * not confirmed where the saves find it (a note, a number); NULL:
	 * nothing typed to keep. */
	void (*keep)(struct screen *s);
};

/* The screen kinds (each in its own file). */
extern const struct screen_ops screen_welcome_ops;
extern const struct screen_ops screen_continue_ops;
extern const struct screen_ops screen_code_ops;
extern const struct screen_ops screen_choice_ops;
extern const struct screen_ops screen_multi_ops;
extern const struct screen_ops screen_number_ops;
extern const struct screen_ops screen_job_ops;
extern const struct screen_ops screen_departement_ops;
extern const struct screen_ops screen_summary_ops;
extern const struct screen_ops screen_diagnosis_ops;
extern const struct screen_ops screen_plan_ops;
extern const struct screen_ops screen_export_ops;
extern const struct screen_ops screen_nodata_ops;
extern const struct screen_ops screen_small_ops;
extern const struct screen_ops screen_sessions_ops;

#endif
