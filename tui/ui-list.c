/* ui-list.c - a scrolling list with a focus (see ui-list.h). */
#include <config.h>

#include <stdio.h>

#include "ui-draw.h"
#include "ui-list.h"

void
ui_list_fit(struct ui_list *l)
{
	if (l->focus >= l->n)
		l->focus = l->n - 1;
	if (l->focus < 0)
		l->focus = 0;
	if (l->top > l->focus)
		l->top = l->focus;
	if (l->focus >= l->top + l->h)
		l->top = l->focus - l->h + 1;
	if (l->top > l->n - l->h)
		l->top = l->n - l->h;
	if (l->top < 0)
		l->top = 0;
}

/* Scroll marks in the last column: more items above or below. */
static void
draw_marks(const struct ui_list *l)
{
	const char *up = ui_ascii() ? "^" : "\u25b2";
	const char *down = ui_ascii() ? "v" : "\u25bc";

	if (l->n <= l->h)
		return;
	ui_put(l->y, l->x + l->w - 1, 1, CLR_ITEM, l->top > 0 ? up : " ");
	ui_put(l->y + l->h - 1, l->x + l->w - 1, 1, CLR_ITEM,
	       l->top + l->h < l->n ? down : " ");
}

/* Width given to items: the last column holds the scroll marks. */
static int
item_width(const struct ui_list *l)
{
	return l->n > l->h ? l->w - 2 : l->w;
}

void
ui_list_draw_item(const struct ui_list *l, int i)
{
	int row = i - l->top;

	if (i < 0 || i >= l->n || row < 0 || row >= l->h)
		return;
	l->draw_item(l, i, l->y + row, l->x, item_width(l), i == l->focus);
}

void
ui_list_draw(const struct ui_list *l)
{
	for (int row = 0; row < l->h; row++) {
		int i = l->top + row;

		if (i < l->n)
			ui_list_draw_item(l, i);
		else
			ui_put(l->y + row, l->x, l->w, CLR_NORMAL, "");
	}
	draw_marks(l);
	ui_list_cursor(l);
}

int
ui_list_move(struct ui_list *l, int to)
{
	int old = l->focus, old_top = l->top;

	if (to >= l->n)
		to = l->n - 1;
	if (to < 0)
		to = 0;
	if (to == old)
		return 0;
	l->focus = to;
	ui_list_fit(l);
	if (l->top != old_top) {
		ui_list_draw(l);
	} else {
		ui_list_draw_item(l, old);
		ui_list_draw_item(l, to);
	}
	ui_list_cursor(l);
	return 1;
}

int
ui_list_request(struct ui_list *l, enum request a)
{
	int page = l->h > 1 ? l->h - 1 : 1;

	switch (a) {
	case REQ_UP: ui_list_move(l, l->focus - 1); return 1;
	case REQ_DOWN: ui_list_move(l, l->focus + 1); return 1;
	case REQ_PGUP: ui_list_move(l, l->focus - page); return 1;
	case REQ_PGDN: ui_list_move(l, l->focus + page); return 1;
	case REQ_HOME: ui_list_move(l, 0); return 1;
	case REQ_END: ui_list_move(l, l->n - 1); return 1;
	default: return 0;
	}
}

void
ui_list_cursor(const struct ui_list *l)
{
	int row = l->focus - l->top;

	if (l->n > 0 && row >= 0 && row < l->h)
		ui_cursor(l->y + row, l->x + l->cursor_col);
}

void
ui_list_numbered(int i, int y, int x, int w, int focused, const char *label)
{
	char head[16];

	snprintf(head, sizeof head, "%s%d ", focused ? "> " : "  ", i + 1);
	x += ui_put(y, x, -1, focused ? CLR_FOCUS : CLR_ITEM, head);
	ui_put_cut(y, x, w - ui_width(head), CLR_ITEM, label);
}
