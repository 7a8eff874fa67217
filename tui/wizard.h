/* wizard.h - the ncurses interview: state shared by the screens, and the
 * entry point called by main(). */
#ifndef TREMPLIN_WIZARD_H
#define TREMPLIN_WIZARD_H

#include <stdio.h>

#include "catalog.h"
#include "cli.h"
#include "clock.h"
#include "colors.h"
#include "export.h"
#include "interview.h"
#include "pipeline.h"
#include "plan.h"
#include "screen.h"
#include "session.h"
#include "situation.h"
#include "store.h"

/* How the wizard is deployed (the configuration's `mode`). */
enum wizard_mode {
	WIZARD_DEFAULT,               /* a person's own computer: sessions saved */
	WIZARD_KIOSK,                 /* an agency's self-service terminal */
	WIZARD_ADVISER,               /* an adviser's screen, shared */
};

/* The options of the interview, from the configuration files and the
 * command line (which wins). */
struct wizard_options {
	const char *db;               /* reference database */
	const char *answers;          /* --answers FILE, or NULL */
	const char *lang;             /* --lang LL, or NULL */
	int mono;                     /* --no-color, NO_COLOR */
	int ascii;                    /* --ascii */
	int no_save;                  /* --no-save: no sessions database */
	const char *resume;           /* --resume CODE, or NULL */
	const char *print_command;    /* --print-command CMD, or NULL */
	int plain;                    /* --plain */
	enum wizard_mode mode;        /* --kiosk, --adviser, `mode` */
	int idle_timeout;             /* kiosk: seconds without a key before the
					 visitor's answers are wiped; 0: never */
	const char *export_folder;    /* kiosk: where exports go, under a name
					 the program makes; NULL: no file */
	const char *languages;        /* "fr,en": offered on Welcome; NULL: the
					 catalogues installed */
	const char *exit_key;         /* kiosk: the operator's key to quit
					 ("F12", "Ctrl-Q"); NULL: no way out */
	const char *agency;           /* the agency's name on the printout */
	const char *adviser_name;     /* adviser mode: the adviser's, likewise */
	int retention_days;           /* adviser: sessions unchanged for longer
					 are deleted at start */
	const char *config;           /* --config FILE, or NULL */
};

/* Everything that lives longer than a screen, and nothing else does:
 * created by wizard_init(), wiped for the next person by wizard_wipe(),
 * freed by wizard_free() (wizard-state.c). A screen keeps its own state
 * in screen->state, freed when it closes. */
struct wizard {
	const struct wizard_options *opts;
	struct store *store;          /* the reference database */
	char language[32];            /* LANGUAGE when the wizard started, ""
					 unset: wizard_speak(w, NULL) goes back */

	/* The person's: wiped by wizard_wipe(). */
	struct situation sit;         /* the answers */
	struct interview_facts facts; /* what the walk needs of the job */
	struct plan_mark marks[ACTION__COUNT]; /* what they decided, per action */
	int nmarks;
	struct pipeline result;       /* the diagnosis of `sit` (wizard_result) */
	char date[CLOCK_DATE_LEN];    /* the date of that diagnosis and its export */
	/* Adviser mode: the note on the meeting, and the language the export
	 * is written in ("fr"; "": the screen's), both saved with the
	 * session. */
	char meeting_note[EXPORT_MEETING_NOTE_MAX];
	char export_lang[8];
	char pseudonym[SESSION_PSEUDONYM_SIZE]; /* adviser mode: the session's
					 name on the list, "" elsewhere */
	uint64_t brought;             /* bit k: answer k came from a resume code
					 or an answers file (adviser mode) */
	enum session_brought brought_from; /* which of the two */

	/* The journey: where the person is coming back to. */
	enum screen_place return_to;  /* a question opened from the Summary or
					 the diagnosis returns there;
					 PLACE__COUNT: none */
	int summary_focus;            /* line of the Summary last used, -1 */
	int diagnosis_focus;          /* line of the diagnosis left for a question */
	int plan_focus;               /* line of the plan left for the export */
	int plan_more;                /* the plan shows the other actions */
	int why_hidden;               /* adviser: the reasons under the items of
					 the diagnosis and the plan are hidden */
	int export_page;              /* the export screen writes the one-page
					 summary of the meeting, not the plan */
	enum screen_place code_from;  /* the resume code was asked from there
					 (Welcome, the adviser's list) */
	char msg[TR_ERR_MAX];          /* the message line, set by a screen */
	enum color_role msg_role;

	/* Saved sessions (not with --no-save): the sessions database, the
	 * session being filled, and whether something changed since the last
	 * save. A screen that changes answers or marks sets `dirty`; the main
	 * loop saves after the key, in one transaction (wizard-session.c). */
	struct store *sessions;       /* NULL: nothing is saved */
	long session_id;
	int dirty;
	char saved_screen[48];        /* the screen of the last save */
	int saved_finished;           /* the diagnosis was reached */
	int save_failed;              /* a save failed (said once) */
};

/* The wizard's options on the command line, for cli_parse(). */
extern const struct cli_option wizard_cli_options[];
/* Take one of them (a take() of struct cli_parser; ARG is the struct
 * wizard_options): 0 taken, -1 bad (message printed). */
int wizard_option(int key, const char *value, void *arg);
/* The lines of --help about these options. */
void wizard_usage(FILE *fp);
/* Read the configuration files (the system's, the user's, --config FILE)
 * and set O from them and from the options taken on the command line,
 * which win; the files' db only when DB_ASKED is 0 (neither --db nor
 * TREMPLIN_DB). The strings of O then point to storage that lasts until
 * the program ends. EXIT_OK, or EXIT_USAGE with the message on stderr. */
int wizard_configure(struct wizard_options *o, int db_asked);

/* Run the wizard; returns an exit status of cli.h. */
int wizard_run(const struct wizard_options *o);

/* wizard-state.c: the life of struct wizard. */
/* Read the answers file or the resume code of O and open the database
 * into W; errors go to stderr. Returns an exit status of cli.h. */
int wizard_init(struct wizard *w, const struct wizard_options *o);
/* Forget the person: answers, marks, diagnosis, places, message, the
 * session record (the sessions database stays open). */
void wizard_wipe(struct wizard *w);
/* Close the databases; W is wiped. */
void wizard_free(struct wizard *w);

/* What the person decided about plan action ACTION (enum action_id); a
 * new mark when CREATE and there is none yet; NULL otherwise. */
struct plan_mark *wizard_mark(struct wizard *w, int action, int create);

/* Speak language CODE ("fr", "en") from now on; NULL: the language the
 * wizard started with. */
void wizard_speak(struct wizard *w, const char *code);
/* The languages offered on the kiosk's Welcome, in order, into CODES (at
 * most MAX): the configured `languages` that have a catalogue, else every
 * one installed; English is always there. Returns their count. */
int wizard_languages(const struct wizard *w, const char **codes, int max);
/* A language named in itself ("Français"), never translated. */
const char *wizard_language_name(const char *code);

/* Show TEXT on the message line: an error (why the input was refused)
 * or a note. Cleared at the next key. */
void wizard_error(struct wizard *w, const char *text);
void wizard_note(struct wizard *w, const char *text);

/* Recompute the facts after an answer that may change which questions
 * apply (the job, the area). */
void wizard_refresh_facts(struct wizard *w);

/* Start from the answers SIT (an answers file, a resume code): those whose
 * question does not apply with the others are left out, as when an
 * answer stops applying, and the message line says how many. */
void wizard_take_answers(struct wizard *w, const struct situation *sit);

/* The diagnosis, plan and resume code of the answers as they are now,
 * computed once per change of the answers (core's pipeline.h); NULL when
 * the data could not be read (w->result.err says why). */
const struct pipeline *wizard_result(struct wizard *w);

/* wizard-flow.c: which screen comes next (the transition table). */
struct screen;
/* Open the first screen into S: the Summary for --resume, the list of
 * sessions in adviser mode, the offer to continue an unfinished session,
 * or Welcome. 0, or -1 on failure. */
int flow_first(struct wizard *w, struct screen *s);
/* Close S and open Welcome (the kiosk's next visitor), or the list of
 * sessions in adviser mode (the adviser's next person). */
int flow_restart(struct wizard *w, struct screen *s);
/* Adviser mode opens on the list of sessions (not with --answers or
 * --resume, which start one person's session straight away). */
int flow_adviser_list(const struct wizard *w);
/* Replace S by the screen that follows result R (SCREEN_NEXT, BACK,
 * JUMP); SCREEN_STAY does nothing. 0, or -1 when no screen could open. */
int flow_move(struct wizard *w, struct screen *s, enum screen_result r);
/* Close S (frees its state). */
void flow_close(struct screen *s);
/* Draw the frame of S: chapter bar, step, help line. */
void flow_frame(struct wizard *w, struct screen *s);
/* The screen shown while the terminal is too small. */
const struct screen_ops *flow_small_screen(void);
/* The id of S in the sessions file (a question id, "summary",
 * "diagnosis", "plan", "export"); NULL for the screens not recorded
 * (Welcome, the offer to continue, the resume code). */
const char *flow_screen_id(const struct screen *s);
/* 1 when S comes after the Summary (the diagnosis was reached). */
int flow_beyond_summary(const struct screen *s);

#endif
