/* screen-job.c - the target job (JOB question): type a few letters of a
 * job title, matching titles appear as you type (core's jobs_search), the
 * arrows and Enter choose one; "I don't know yet" is always offered. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "interview.h"
#include "jobs.h"
#include "screen-common.h"
#include "ui-draw.h"
#include "ui-list.h"
#include "wizard.h"

#define MAX_HITS 40

struct job {
	struct screen_field field;
	struct ui_list list;
	struct job_hit hits[MAX_HITS];
	int nhits;
	int has_current;              /* the answer before this screen */
	char current[JOB_NAME_MAX + 16];
	int moved;                    /* the arrows were used since the last letter */
	const char *unknown;          /* "I don't know yet", translated */
};

/* Item I: the current answer (when the query is empty), a hit, or last
 * "I don't know yet". */
static int
is_current(const struct job *j, int i)
{
	return j->has_current && j->field.len == 0 && i == 0;
}

static int
hit_of(const struct job *j, int i)
{
	return i - (j->has_current && j->field.len == 0 ? 1 : 0);
}

static void
draw_item(const struct ui_list *l, int i, int y, int x, int w, int focused)
{
	const struct job *j = l->arg;
	enum color_role role = focused ? CLR_FOCUS : CLR_ITEM;
	char buf[JOB_NAME_MAX + 64];
	int col = (w - 2) * 3 / 5, h;

	ui_put(y, x, 2, role, focused ? ">" : "");
	x += 2;
	w -= 2;
	if (i == l->n - 1) {
		ui_put(y, x, w, role, j->unknown);
		return;
	}
	if (is_current(j, i)) {
		snprintf(buf, sizeof buf, _("Keep your answer: %s"), j->current);
		ui_put(y, x, w, role, buf);
		return;
	}
	h = hit_of(j, i);
	ui_put_cut(y, x, col - 1, role, j->hits[h].title);
	ui_put(y, x + col - 1, 1, role, "");
	ui_put_cut(y, x + col, w - col, focused ? CLR_FOCUS : CLR_NOTE,
		   j->hits[h].group);
}

static void
set_items(struct job *j)
{
	j->list.n = (j->field.len == 0 ? j->has_current : j->nhits) + 1;
	j->list.top = 0;
	j->list.focus = 0;
	j->moved = 0;
}

static void
search(struct screen *s, struct job *j)
{
	struct tr_err e;

	j->nhits = 0;
	if (j->field.len > 0) {
		j->nhits = jobs_search(s->wiz->store, j->field.text, j->hits, MAX_HITS, &e);
		if (j->nhits < 0) {
			wizard_error(s->wiz, e.msg);
			j->nhits = 0;
		} else if (j->nhits == 0) {
			char msg[256];

			snprintf(msg, sizeof msg, _("No job title matches \"%s\"."), j->field.text);
			wizard_note(s->wiz, msg);
		}
	}
	set_items(j);
}

static int
job_open(struct screen *s)
{
	struct job *j = calloc(1, sizeof *j);
	const struct situation *sit = &s->wiz->sit;

	if (j == NULL)
		return -1;
	j->unknown = _(s->q->unknown_label);
	j->list.draw_item = draw_item;
	j->list.arg = j;
	j->list.cursor_col = 2;
	if (SIT_HAS(sit, s->q->key) && !sit->job_unknown) {
		struct job_group g;
		struct tr_err e;

		j->has_current = 1;
		/* The title chosen, else the group; the code for an adviser. */
		if (SIT_HAS(sit, SIT_JOB_TITLE) && sit->job_title[0])
			snprintf(j->current, sizeof j->current, "%s", sit->job_title);
		else if (jobs_group(s->wiz->store, sit->job, &g, &e) == 1)
			snprintf(j->current, sizeof j->current, "%s", g.name);
		else
			snprintf(j->current, sizeof j->current, "%s", sit->job);
		if (s->wiz->opts->mode == WIZARD_ADVISER && strcmp(j->current, sit->job) != 0) {
			size_t used = strlen(j->current);

			snprintf(j->current + used, sizeof j->current - used, " (%s)", sit->job);
		}
	}
	set_items(j);
	if (SIT_HAS(sit, s->q->key) && sit->job_unknown)
		j->list.focus = j->list.n - 1;
	s->state = j;
	return 0;
}

static void
job_close(struct screen *s)
{
	free(s->state);
}

static void
job_draw(struct screen *s)
{
	struct job *j = s->state;
	const struct ui_layout *l = ui_layout();
	int y = screen_question_top(s);

	j->field.y = y;
	j->field.x = screen_left();
	j->field.w = 42;
	y += 2;
	j->list.y = y;
	j->list.x = screen_left();
	j->list.w = screen_width();
	j->list.h = l->bottom - y + 1;
	ui_list_fit(&j->list);
	ui_list_draw(&j->list);
	screen_field_draw(&j->field);
	if (j->moved || j->field.len == 0)
		ui_list_cursor(&j->list);
}

static enum screen_result
job_key(struct screen *s, const struct screen_key *k)
{
	struct job *j = s->state;

	if (k->req == REQ_NEXT)
		return SCREEN_NEXT;
	if (k->req == REQ_BACK)
		return SCREEN_BACK;
	if (ui_list_request(&j->list, k->req)) {
		j->moved = 1;
		return SCREEN_STAY;
	}
	if (screen_field_key(&j->field, k)) {
		search(s, j);
		ui_list_draw(&j->list);
		screen_field_draw(&j->field);
	}
	return SCREEN_STAY;
}

/* The job and the title chosen, into the answers. */
static int
job_store(struct screen *s, const char *code, const char *title)
{
	struct tr_err e;

	if (situation_set_job(&s->wiz->sit, code, title, &e) < 0) {
		wizard_error(s->wiz, e.msg);
		return -1;
	}
	return 0;
}

static int
job_can_leave(struct screen *s)
{
	struct job *j = s->state;
	int i = j->list.focus;

	if (i == j->list.n - 1) {
		if (j->field.len > 0 && j->nhits == 0 && !j->moved) {
			char msg[256];

			/* TRANSLATORS: %s is the Down arrow key. */
			snprintf(msg, sizeof msg, _("No title matches: erase letters, or press "
						    "%s for \"I don't know yet\"."),
				 keys_label(REQ_DOWN));
			wizard_error(s->wiz, msg);
			return 0;
		}
		return job_store(s, SIT_JOB_UNKNOWN, NULL) == 0;
	}
	if (is_current(j, i))
		return 1;
	return job_store(s, j->hits[hit_of(j, i)].code, j->hits[hit_of(j, i)].title) == 0;
}

static const char *
job_help(struct screen *s)
{
	return screen_question_help(s);
}

const struct screen_ops screen_job_ops = {
	"question-job",
	REQ_COMMON | REQ_LIST | REQ_BIT(REQ_ERASE),
	job_open, job_close, job_draw, job_key, NULL,
	job_can_leave, job_help,
	NULL,
};
