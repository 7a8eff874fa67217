/* screen-number.c - a whole number in a range, or a year (NUMBER and YEAR
 * questions): digits, Backspace, Up/Down to add or take one; Enter checks
 * the range and says why a number is refused. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "interview.h"
#include "screen-common.h"
#include "ui-draw.h"
#include "wizard.h"

#define FIELD_MAX 8

struct number {
	char text[FIELD_MAX + 1];
	int len, maxlen;
	int min, max;
	int y;                        /* row of the field */
};

static int
digits(int v)
{
	int n = 1;

	while (v >= 10) {
		v /= 10;
		n++;
	}
	return n;
}

static int
number_open(struct screen *s)
{
	struct number *n = calloc(1, sizeof *n);
	const struct situation *sit = &s->wiz->sit;
	int v = -1;

	if (n == NULL)
		return -1;
	if (s->q->kind == QUESTION_YEAR) {
		interview_year_range(&n->min, &n->max);
	} else {
		n->min = s->q->min;
		n->max = s->q->max;
	}
	n->maxlen = digits(n->max);
	if (n->maxlen > FIELD_MAX)
		n->maxlen = FIELD_MAX;
	if (SIT_HAS(sit, s->q->key))
		v = situation_get_int(sit, s->q->key);
	else if (s->q->def != QUESTION_NO_DEFAULT)
		v = s->q->def;
	if (v >= 0)
		n->len = snprintf(n->text, sizeof n->text, "%d", v);
	s->state = n;
	return 0;
}

static void
number_close(struct screen *s)
{
	free(s->state);
}

/* The field and the cursor after its last digit. */
static void
draw_field(struct number *n)
{
	int x = screen_left() + 2;

	ui_put(n->y, x, -1, CLR_NORMAL, "[");
	ui_put(n->y, x + 1, n->maxlen + 1, CLR_INPUT, n->text);
	ui_put(n->y, x + n->maxlen + 2, -1, CLR_NORMAL, "]");
	ui_cursor(n->y, x + 1 + n->len);
}

static void
number_draw(struct screen *s)
{
	struct number *n = s->state;
	int y = screen_question_top(s), x = screen_left(), w = screen_width();
	char hint[256];

	n->y = y;
	draw_field(n);
	y += 2;
	if (s->q->kind == QUESTION_YEAR)
		snprintf(hint, sizeof hint, _("A year from %d to %d, with four digits."),
			 n->min, n->max);
	else
		snprintf(hint, sizeof hint, _("A number from %d to %d."), n->min, n->max);
	ui_put(y++, x, w, CLR_NOTE, hint);
	if (s->q->min_label != NULL) {
		/* TRANSLATORS: "0: Not started yet", the meaning of an end of the range. */
		snprintf(hint, sizeof hint, _("%d: %s"), n->min, _(s->q->min_label));
		ui_put(y++, x, w, CLR_NOTE, hint);
	}
	if (s->q->max_label != NULL) {
		snprintf(hint, sizeof hint, _("%d: %s"), n->max, _(s->q->max_label));
		ui_put(y++, x, w, CLR_NOTE, hint);
	}
	draw_field(n);
}

/* Add D to the number shown, within the range. */
static void
step(struct number *n, int d)
{
	long v = n->len > 0 ? strtol(n->text, NULL, 10) + d : (d > 0 ? n->min : n->max);

	if (v < n->min)
		v = n->min;
	if (v > n->max)
		v = n->max;
	n->len = snprintf(n->text, sizeof n->text, "%ld", v);
	draw_field(n);
}

static enum screen_result
number_key(struct screen *s, const struct screen_key *k)
{
	struct number *n = s->state;

	switch (k->req) {
	case REQ_NEXT: return SCREEN_NEXT;
	case REQ_BACK: return SCREEN_BACK;
	case REQ_UP: step(n, 1); return SCREEN_STAY;
	case REQ_DOWN: step(n, -1); return SCREEN_STAY;
	case REQ_ERASE:
		if (n->len > 0)
			n->text[--n->len] = '\0';
		draw_field(n);
		return SCREEN_STAY;
	default:
		break;
	}
	if (!screen_typable(k))
		return SCREEN_STAY;
	if (k->ch < L'0' || k->ch > L'9') {
		wizard_error(s->wiz, _("Type digits only."));
	} else if (n->len >= n->maxlen) {
		wizard_error(s->wiz, _("That is already as many digits as the answer can have."));
	} else {
		n->text[n->len++] = (char)k->ch;
		n->text[n->len] = '\0';
		draw_field(n);
	}
	return SCREEN_STAY;
}

static int
number_can_leave(struct screen *s)
{
	struct number *n = s->state;
	char msg[256];
	long v;

	if (n->len == 0) {
		if (s->q->flags & QUESTION_OPTIONAL) {
			situation_unset(&s->wiz->sit, s->q->key);
			return 1;
		}
		wizard_error(s->wiz, s->q->kind == QUESTION_YEAR ?
			     _("Type a year first.") : _("Type a number first."));
		return 0;
	}
	v = strtol(n->text, NULL, 10);
	if (s->q->kind == QUESTION_YEAR && n->len != 4) {
		wizard_error(s->wiz, _("A year has four digits, for example 1985."));
		return 0;
	}
	if (v < n->min || v > n->max) {
		snprintf(msg, sizeof msg, _("%ld is not between %d and %d."), v, n->min, n->max);
		wizard_error(s->wiz, msg);
		return 0;
	}
	snprintf(msg, sizeof msg, "%ld", v);
	return screen_store(s, msg) == 0;
}

/* A number typed when the program ends is kept when it is a right
 * answer, as Enter would; an emptied field changes nothing. */
static void
number_keep(struct screen *s)
{
	struct number *n = s->state;

	if (n != NULL && n->len > 0)
		(void)number_can_leave(s);
}

static const char *
number_help(struct screen *s)
{
	return screen_question_help(s);
}

const struct screen_ops screen_number_ops = {
	"question-number",
	REQ_COMMON | REQ_BIT(REQ_ERASE),
	number_open, number_close, number_draw, number_key, NULL,
	number_can_leave, number_help,
	number_keep,
};
