/* ui-draw.h - the frame every screen shares (chapter bar on top, message
 * line and help line at the bottom) and drawing helpers that know about
 * UTF-8 text widths, ASCII line drawing and the colour scheme.
 *
 * Everything is drawn into stdscr; ui_flush() sends the changes with
 * wnoutrefresh()/doupdate() and puts the hardware cursor on the focused
 * item. Nothing here ever clears the whole screen on a key press. */
#ifndef TREMPLIN_UI_DRAW_H
#define TREMPLIN_UI_DRAW_H

#include <wchar.h>

#include "colors.h"
#include "ui-charset.h"
#include "ui-curses.h"

/* The design size. */
#define UI_MIN_COLS 80
#define UI_MIN_LINES 24
/* Widest content column on a large terminal; the rest is margin. */
#define UI_MAX_WIDTH 100

struct ui_layout {
	int cols, lines;              /* terminal size */
	int too_small;                /* below UI_MIN_COLS x UI_MIN_LINES */
	int left, width;              /* content columns */
	int top;                      /* first body row */
	int bottom;                   /* last body row */
	int msg_row, rule_row, help_row;
};

struct ui_options {
	int mono;                     /* monochrome scheme */
	int ascii;                    /* ASCII line drawing */
	int kiosk;                    /* a kiosk's words for its keys: Ctrl-C
					 finishes the visit (keys_word) */
};

/* Start curses on the terminal; 0, or -1 when the terminal cannot be used
 * (the message is in ui_error()). */
int ui_start(const struct ui_options *o);
void ui_stop(void);
const char *ui_error(void);

/* Recompute the layout from the terminal size (after a resize). */
void ui_relayout(void);
const struct ui_layout *ui_layout(void);
/* 1 when the terminal gets no Unicode symbols (ellipsis, arrows): an
 * ASCII or a non-UTF-8 terminal. */
int ui_ascii(void);
/* 1 when the keys are said in a kiosk's words (ui_options.kiosk). */
int ui_kiosk(void);

/* Erase every row of the terminal (used only when a whole screen is
 * drawn for the first time, never on an ordinary key). */
void ui_erase_all(void);
/* Clear the screen and the terminal's scrollback now (the kiosk's wipe). */
void ui_forget(void);
/* Erase the body rows. */
void ui_erase_body(void);

/* Cells taken by UTF-8 text S. */
int ui_width(const char *s);
/* Draw UTF-8 text S at Y,X in at most W cells with ROLE, then pad with
 * spaces up to W cells (W < 0: no limit, no padding). Returns the cells
 * of text drawn. */
int ui_put(int y, int x, int w, enum color_role role, const char *s);
/* The same, ending with an ellipsis when S does not fit. */
void ui_put_cut(int y, int x, int w, enum color_role role, const char *s);
/* Word-wrap S (a '\n' starts a new line) into the box Y,X W x MAXROWS.
 * Returns the rows used (or that would be used when DRAW is 0). */
/* 1 when a line may break at W[I] (of N): a space, but not the one
 * before a French " :", " ;", " ?", " !" or " »". */
int ui_break_at(const wchar_t *w, size_t i, size_t n);
int ui_wrap(int y, int x, int w, int maxrows, enum color_role role,
	    const char *s, int draw);
/* The same without the first SKIP rows of the wrapped text (a view
 * scrolled down): its row SKIP is drawn at Y. Returns the rows used. */
int ui_wrap_from(int y, int x, int w, int skip, int maxrows, enum color_role role,
		 const char *s, int draw);
/* A horizontal rule of W cells. */
void ui_hline(int y, int x, int w, enum color_role role);
/* A box with a title on its top edge. */
void ui_box(int y, int x, int h, int w, const char *title);

/* The top bar: chapter names, CURRENT highlighted; NAMES are translated. */
void ui_chapters(const char *const *names, int n, int current);
/* The rule under the chapter bar with STEP ("Question 3 of 20") at its
 * right end, or none when STEP is NULL. */
void ui_step(const char *step);
/* The message line: TEXT (NULL or "" clears it) with ROLE. Draws only
 * when it changes. */
void ui_message(const char *text, enum color_role role);
/* The help line for the actions of MASK (see keys.h). */
void ui_helpline(unsigned mask);

/* Where the hardware cursor goes at the next ui_flush(). */
void ui_cursor(int y, int x);
/* Send the changes to the terminal. */
void ui_flush(void);

#endif
