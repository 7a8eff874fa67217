/* ui-text.h - three small widgets of the diagnosis, plan and export
 * screens: a scrollable text view, a one-line text field that can be
 * edited anywhere, and a help line whose keys come in the order a screen
 * chooses (labels from the action table unless the screen names its own).
 *
 * Like ui-list.h, they repaint only what a key changes. */
#ifndef TREMPLIN_UI_TEXT_H
#define TREMPLIN_UI_TEXT_H

#include <stddef.h>

#include "colors.h"
#include "screen.h"

/* ---- text view ---------------------------------------------------------- */

struct ui_text_para {
	enum color_role role;
	int indent, hang;             /* cells before the first / next rows */
	char *text;                   /* UTF-8; '\n' starts a new row */
};

struct ui_text_row {
	int para;                     /* paragraph of the row */
	int indent;
	char *text;
};

struct ui_text {
	int y, x, w, h;               /* the box */
	int top;                      /* first row shown */
	struct ui_text_para *paras;
	int npara, cpara;
	struct ui_text_row *rows;     /* PARAS wrapped at width W */
	int nrows, crows;
	int wrapped_w;                /* width Rows were wrapped at, 0: none */
};

/* Empty T (frees what it held; T may be zeroed memory). */
void ui_text_clear(struct ui_text *t);
/* Add a paragraph: TEXT wrapped in the view's width, the first row INDENT
 * cells in, the next ones HANG cells in. Returns 0, -1 out of memory. */
int ui_text_add(struct ui_text *t, enum color_role role, int indent, int hang,
		const char *text);
/* Add a printf-formatted paragraph. */
int ui_text_addf(struct ui_text *t, enum color_role role, int indent, int hang,
		 const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* Place the view in the box Y,X W x H and wrap it (after a resize). */
void ui_text_place(struct ui_text *t, int y, int x, int w, int h);
/* Draw every row of the box and put the cursor on its first row. */
void ui_text_draw(struct ui_text *t);
/* Scroll for a movement request (Up, Down, PgUp, PgDn, Home, End): 1 when
 * A was one (the view is repainted when it moved). */
int ui_text_request(struct ui_text *t, enum request a);
/* The first row of paragraph P, -1 when none. */
int ui_text_row_of(const struct ui_text *t, int p);
/* Rows of text. */
int ui_text_rows(const struct ui_text *t);

/* ---- one-line text field -------------------------------------------- */

#define UI_FIELD_MAX 1024

struct ui_field {
	char text[UI_FIELD_MAX];      /* UTF-8 */
	size_t len, cur;              /* bytes; the cursor is a byte offset */
	size_t max;                   /* most bytes accepted (< UI_FIELD_MAX) */
	size_t off;                   /* first byte shown */
	int y, x, w;                  /* where it is drawn, brackets included */
};

/* Start F with TEXT (cut at MAX - 1 bytes on a character boundary), the
 * cursor at its end. */
void ui_field_set(struct ui_field *f, const char *text, size_t max);
/* Type, erase, or move the cursor for key K (Left, Right, Home, End,
 * Backspace, Delete). 1 when K was for the field (it is repainted), 2
 * when it was a character the full field could not take, 0 not for it. */
int ui_field_key(struct ui_field *f, const struct screen_key *k);
/* Draw F and put the hardware cursor at its cursor. */
void ui_field_draw(struct ui_field *f);

/* ---- help line in the screen's order ----------------------------------- */

struct ui_hint {
	enum request req;
	const char *label;            /* N_() label, NULL: the table's */
};

/* The number of hints of the array A. */
#define UI_NHINTS(a) ((int)(sizeof a / sizeof a[0]))
/* Draw the help line with the N keys of HINTS, in that order, as many as
 * fit. */
void ui_hints(const struct ui_hint *hints, int n);

#endif
