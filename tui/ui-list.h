/* ui-list.h - a scrolling list of one-row items with a focus. Moving the
 * focus repaints only the two rows that change (the whole list only when
 * it scrolls); the hardware cursor follows the focus. */
#ifndef TREMPLIN_UI_LIST_H
#define TREMPLIN_UI_LIST_H

#include "keys.h"

struct ui_list;

/* Draw item I in row Y, columns X..X+W-1, padding the row to W cells. */
typedef void ui_list_item_fn(const struct ui_list *l, int i, int y, int x,
			     int w, int focused);

struct ui_list {
	int y, x, w, h;               /* the box: rows Y..Y+H-1 */
	int n;                        /* number of items */
	int focus;                    /* focused item, 0..n-1 */
	int top;                      /* first item shown */
	int cursor_col;               /* column of the cursor inside an item */
	ui_list_item_fn *draw_item;
	void *arg;                    /* for draw_item */
};

/* Make the focused item visible (after a change of size or of focus). */
void ui_list_fit(struct ui_list *l);
/* Draw every row of the box. */
void ui_list_draw(const struct ui_list *l);
/* Repaint item I only (when visible). */
void ui_list_draw_item(const struct ui_list *l, int i);
/* Move the focus to item TO (clamped); repaints what changed. Returns 1
 * when the focus moved. */
int ui_list_move(struct ui_list *l, int to);
/* Handle a movement request (Up, Down, PgUp, PgDn, Home, End); returns 1
 * when A was one of them. */
int ui_list_request(struct ui_list *l, enum request a);
/* Put the hardware cursor on the focused item. */
void ui_list_cursor(const struct ui_list *l);
/* Draw item I of a numbered menu: "> 2 LABEL" (the mark when FOCUSED),
 * LABEL cut with an ellipsis to the W cells of the row. */
void ui_list_numbered(int i, int y, int x, int w, int focused, const char *label);

#endif
