/* wizard.c - the main loop of the ncurses interview: signals, resizing,
 * keys, dialogs, and when to save. It knows no screen by name: it calls
 * the current screen's ops, wizard-flow.c's table says which screen
 * follows, wizard-session.c keeps the session saved, and wizard-state.c
 * holds what lives longer than a screen. */
#include <config.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
#include "clock.h"
#include "i18n.h"
#include "screen.h"
#include "ui-dialog.h"
#include "ui-draw.h"
#include "wizard.h"
#include "wizard-session.h"

/* Signal handlers only set these; the loop acts on them. */
static volatile sig_atomic_t got_winch;
static volatile sig_atomic_t got_int;
static volatile sig_atomic_t got_term;

enum overlay { OVERLAY_NONE, OVERLAY_HELP, OVERLAY_QUIT, OVERLAY_IDLE };

/* The kiosk counts down the last seconds before the wipe on the screen. */
#define IDLE_WARN 30
/* Keys typed while the window is too small, kept for when it grows. */
#define PENDING_MAX 256

struct loop {
	struct wizard *w;
	struct screen scr;
	enum overlay overlay;
	struct ui_help help;          /* where the help box is scrolled to */
	int lines, cols;              /* size of the last layout */
	int quit;
	long last_key;                /* clock_elapsed() of the last key */
	long idle_left;               /* seconds shown by the countdown */
	long exit_key;                /* kiosk: the operator's key, 0 none */
	struct { int is_fkey; wint_t ch; } pending[PENDING_MAX];
	int npending;
};

static int
kiosk(const struct loop *lp)
{
	return lp->w->opts->mode == WIZARD_KIOSK;
}

static void
on_signal(int sig)
{
	if (sig == SIGWINCH)
		got_winch = 1;
	else if (sig == SIGINT)
		got_int = 1;
	else
		got_term = sig;
}

static void
catch_signals(void)
{
	struct sigaction sa;
	const int sigs[] = { SIGWINCH, SIGINT, SIGHUP, SIGTERM };

	/* Not the terminal's keys (they are read raw) but someone's kill:
	 * nothing stops or suspends the wizard but SIGHUP and SIGTERM. */
	signal(SIGQUIT, SIG_IGN);
	signal(SIGTSTP, SIG_IGN);

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;              /* no SA_RESTART: a read returns */
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaction(sigs[i], &sa, NULL);
}

static void
draw_help(struct loop *lp)
{
	ui_dialog_help(lp->scr.ops->help != NULL ? lp->scr.ops->help(&lp->scr) : NULL,
		       lp->scr.ops->requests, &lp->help);
}

/* Draw everything: the frame, the screen, the message, a dialog. Used when
 * a screen opens, after a resize and when a dialog closes. */
static void
redraw_all(struct loop *lp)
{
	const struct ui_layout *l = ui_layout();
	struct screen small;

	ui_erase_all();
	if (l->too_small) {
		memset(&small, 0, sizeof small);
		small.ops = flow_small_screen();
		small.wiz = lp->w;
		small.ops->draw(&small);
	} else {
		flow_frame(lp->w, &lp->scr);
		lp->scr.ops->draw(&lp->scr);
		ui_message(lp->w->msg, lp->w->msg_role);
	}
	if (lp->overlay == OVERLAY_HELP)
		draw_help(lp);
	else if (lp->overlay == OVERLAY_QUIT)
		ui_dialog_quit(kiosk(lp) ? QUIT_KIOSK : lp->w->sessions != NULL ?
			       QUIT_KEPT : QUIT_LOST);
	else if (lp->overlay == OVERLAY_IDLE)
		ui_dialog_idle((int)lp->idle_left);
}

static void handle_key(struct loop *lp, int is_fkey, wint_t ch);

/* The keys typed while the window was too small, now that it is not. */
static void
replay(struct loop *lp)
{
	int n = lp->npending;

	if (ui_layout()->too_small)
		return;
	lp->npending = 0;
	for (int i = 0; i < n && !lp->quit; i++)
		handle_key(lp, lp->pending[i].is_fkey, lp->pending[i].ch);
}

static void
resize(struct loop *lp)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 &&
	    ws.ws_col > 0 && (ws.ws_row != LINES || ws.ws_col != COLS))
		resizeterm(ws.ws_row, ws.ws_col);
	if (LINES == lp->lines && COLS == lp->cols)
		return;
	lp->lines = LINES;
	lp->cols = COLS;
	ui_relayout();
	if (lp->scr.ops->resize != NULL)
		lp->scr.ops->resize(&lp->scr);
	redraw_all(lp);
	replay(lp);
}

/* Leave the question of S forward: its can_leave() stores the answer. An
 * answer that changes is the person's own from then on, no longer marked
 * as brought by a resume code or a file (the Summary's "*"). 1: go on. */
static int
leave_question(struct wizard *w, struct screen *s)
{
	char before[SIT_LINE_MAX], after[SIT_LINE_MAX];
	enum sit_key k;

	if (s->ops->can_leave == NULL)
		return 1;
	if (s->q == NULL)
		return s->ops->can_leave(s);
	k = s->q->key;
	if (situation_format_value(&w->sit, k, before, sizeof before) < 0)
		before[0] = '\0';
	if (!s->ops->can_leave(s))
		return 0;
	if (situation_format_value(&w->sit, k, after, sizeof after) < 0)
		after[0] = '\0';
	if (strcmp(before, after) != 0)
		w->brought &= ~((uint64_t)1 << k);
	return 1;
}

static void
go(struct loop *lp, enum screen_result r)
{
	int rc;

	if (r == SCREEN_NEXT && !leave_question(lp->w, &lp->scr))
		return;
	if (r == SCREEN_STAY)
		return;
	if (r == SCREEN_REDRAW) {
		redraw_all(lp);
		return;
	}
	rc = flow_move(lp->w, &lp->scr, r);
	if (rc < 0) {
		lp->quit = 1;
		return;
	}
	redraw_all(lp);
}

/* The kiosk's next visitor: everything of this one is forgotten, in
 * memory and on the terminal, and Welcome comes back. */
static void
kiosk_wipe(struct loop *lp)
{
	flow_close(&lp->scr);
	wizard_wipe(lp->w);
	wizard_speak(lp->w, NULL);
	lp->overlay = OVERLAY_NONE;
	ui_forget();
	if (flow_restart(lp->w, &lp->scr) < 0)
		lp->quit = 1;
	else
		redraw_all(lp);
	lp->last_key = clock_elapsed();
}

/* After idle_timeout seconds without a key, the kiosk wipes; the last
 * IDLE_WARN of them (half of a shorter timeout) are counted down in a box. */
static void
idle_check(struct loop *lp)
{
	int limit = lp->w->opts->idle_timeout;
	int warn = limit < 2 * IDLE_WARN ? limit / 2 : IDLE_WARN;
	long left;

	if (!kiosk(lp) || limit <= 0)
		return;
	left = limit - (clock_elapsed() - lp->last_key);
	if (left <= 0) {
		kiosk_wipe(lp);
		return;
	}
	if (left > warn || (lp->overlay == OVERLAY_IDLE && left == lp->idle_left))
		return;
	lp->overlay = OVERLAY_IDLE;
	lp->idle_left = left;
	redraw_all(lp);
}

/* Adviser mode: quitting a person's session saves it, gives its lease
 * back and opens the list of sessions for the next person. */
static int
adviser_leaves(const struct loop *lp)
{
	return flow_adviser_list(lp->w) && lp->scr.place != PLACE_SESSIONS;
}

static void
adviser_next(struct loop *lp)
{
	struct tr_err e;

	wsession_sync(lp->w, &lp->scr, 0);
	if (lp->w->session_id != 0)
		(void)session_release(lp->w->sessions, lp->w->session_id, &e);
	flow_close(&lp->scr);
	wizard_wipe(lp->w);
	lp->overlay = OVERLAY_NONE;
	if (flow_restart(lp->w, &lp->scr) < 0)
		lp->quit = 1;
	else
		redraw_all(lp);
}

static void
overlay_key(struct loop *lp, const struct screen_key *k)
{
	if (lp->overlay == OVERLAY_HELP && ui_dialog_help_key(&lp->help, k->req)) {
		draw_help(lp);            /* scrolled: the box only */
		return;
	}
	if (lp->overlay == OVERLAY_QUIT) {
		int a = ui_dialog_quit_answer(k->is_fkey ? 0 : k->ch);

		if (a == 1 && kiosk(lp)) {
			kiosk_wipe(lp);       /* the visitor is done */
			return;
		}
		if (a == 1 && adviser_leaves(lp)) {
			adviser_next(lp);
			return;
		}
		if (a == 1)
			lp->quit = 1;
		if (a != 0)
			return;
	}
	lp->overlay = OVERLAY_NONE;
	redraw_all(lp);
}

static void
handle_key(struct loop *lp, int is_fkey, wint_t ch)
{
	struct screen_key k;

	lp->last_key = clock_elapsed();
	if (kiosk(lp) && keys_is(lp->exit_key, is_fkey, ch)) {
		lp->quit = 1;             /* the operator's way out */
		return;
	}
	k.is_fkey = is_fkey;
	k.ch = ch;
	k.req = keys_find(is_fkey, ch);
	/* In a free-text field '?' is a character (French puts it after a
	 * space); F1 still opens the help. */
	if (k.req == REQ_HELP && !is_fkey && lp->scr.typing)
		k.req = REQ_NONE;
	if (lp->overlay != OVERLAY_NONE) {
		overlay_key(lp, &k);
		return;
	}
	if (k.req == REQ_QUIT) {
		lp->overlay = OVERLAY_QUIT;
		redraw_all(lp);
		return;
	}
	if (k.req == REQ_REDRAW) {
		clearok(curscr, TRUE);
		redraw_all(lp);
		return;
	}
	if (ui_layout()->too_small) {
		/* Nothing to act on until the window grows: kept till then. */
		if (lp->npending < PENDING_MAX) {
			lp->pending[lp->npending].is_fkey = is_fkey;
			lp->pending[lp->npending++].ch = ch;
		}
		return;
	}
	if (k.req == REQ_HELP) {
		lp->overlay = OVERLAY_HELP;
		memset(&lp->help, 0, sizeof lp->help);
		redraw_all(lp);
		return;
	}
	lp->w->msg[0] = '\0';
	go(lp, lp->scr.ops->key(&lp->scr, &k));
	/* Saved before the new screen is sent to the terminal: what the
	 * person sees is never newer than the sessions file. */
	wsession_sync(lp->w, &lp->scr, 0);
	if (!lp->quit)
		ui_message(lp->w->msg, lp->w->msg_role);
}

static void
run_loop(struct loop *lp)
{
	while (!lp->quit && !got_term) {
		wint_t ch;
		int r;

		if (got_winch) {
			got_winch = 0;
			resize(lp);
		}
		if (got_int) {
			got_int = 0;
			lp->overlay = OVERLAY_QUIT;
			redraw_all(lp);
		}
		ui_flush();
		r = wget_wch(stdscr, &ch);
		if (r == ERR) {
			idle_check(lp);   /* a signal or the periodic wake-up */
			continue;
		}
		if (r == KEY_CODE_YES && ch == KEY_RESIZE) {
			resize(lp);
			continue;
		}
		handle_key(lp, r == KEY_CODE_YES, ch);
	}
}

int
wizard_run(const struct wizard_options *o)
{
	static struct wizard w;
	struct loop lp;
	const char *no_color = getenv("NO_COLOR");
	struct ui_options uo = { o->mono || (no_color != NULL && no_color[0] != '\0'),
				 o->ascii, o->mode == WIZARD_KIOSK };
	int rc;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		cli_error(_("the interview needs a terminal; see '%s --help' for the commands"),
			  PACKAGE);
		return EXIT_USAGE;
	}
	/* The answers file and the database are read before the screen is
	 * taken, so that errors go to stderr in plain words. */
	rc = wizard_init(&w, o);
	if (rc != EXIT_OK) {
		wizard_free(&w);
		return rc;
	}
	catch_signals();
	if (ui_start(&uo) < 0) {
		cli_error("%s", ui_error());
		wizard_free(&w);
		return EXIT_FAIL;
	}
	memset(&lp, 0, sizeof lp);
	lp.w = &w;
	lp.lines = LINES;
	lp.cols = COLS;
	lp.last_key = clock_elapsed();
	lp.exit_key = keys_named(o->exit_key);
	if (flow_first(&w, &lp.scr) < 0) {
		lp.quit = 1;
	} else {
		wsession_sync(&w, &lp.scr, 0);
		redraw_all(&lp);
	}
	run_loop(&lp);
	/* SIGHUP, SIGTERM or the end: save first, then give the terminal
	 * back. */
	if (got_term && lp.scr.ops != NULL && lp.scr.ops->keep != NULL)
		lp.scr.ops->keep(&lp.scr);
	if (lp.scr.ops != NULL)
		wsession_sync(&w, &lp.scr, got_term != 0);
	flow_close(&lp.scr);
	ui_stop();
	wizard_free(&w);
	if (got_term) {
		signal(got_term, SIG_DFL);
		raise(got_term);
	}
	return EXIT_OK;
}
