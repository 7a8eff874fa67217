/* wizard-state.c - the life of struct wizard: made from the options,
 * wiped for the next person, freed; the message line; the facts and the
 * diagnosis of the answers (see wizard.h). */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "rescode.h"
#include "wizard.h"
#include "wizard-session.h"

void
wizard_wipe(struct wizard *w)
{
	const struct wizard_options *o = w->opts;
	struct store *st = w->store, *sessions = w->sessions;

	memset(w, 0, sizeof *w);
	w->opts = o;
	w->store = st;
	w->sessions = sessions;
	situation_init(&w->sit);
	interview_facts_init(&w->facts, &w->sit);
	w->return_to = PLACE__COUNT;
	w->summary_focus = -1;
	w->diagnosis_focus = -1;
	w->plan_focus = -1;
}

int
wizard_init(struct wizard *w, const struct wizard_options *o)
{
	struct tr_err e;

	memset(w, 0, sizeof *w);
	w->opts = o;
	wizard_wipe(w);
	if (o->answers != NULL && situation_read_file(&w->sit, o->answers, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_USAGE;
	}
	if (o->resume != NULL && rescode_decode(o->resume, &w->sit, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_USAGE;
	}
	if (store_open(o->db, STORE_READONLY, &w->store, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_FAIL;
	}
	wizard_refresh_facts(w);
	wsession_open(w);
	return EXIT_OK;
}

void
wizard_free(struct wizard *w)
{
	wsession_close(w);
	store_close(w->store);
	w->store = NULL;
	wizard_wipe(w);
}

void
wizard_error(struct wizard *w, const char *text)
{
	snprintf(w->msg, sizeof w->msg, "%s", text);
	w->msg_role = CLR_ERROR;
}

void
wizard_note(struct wizard *w, const char *text)
{
	snprintf(w->msg, sizeof w->msg, "%s", text);
	w->msg_role = CLR_NOTE;
}

void
wizard_refresh_facts(struct wizard *w)
{
	struct tr_err e;

	/* On a store error the walk goes on with the defaults the load left;
	 * the diagnosis says what failed. */
	(void)interview_facts_load(w->store, &w->sit, &w->facts, &e);
}

const struct pipeline *
wizard_result(struct wizard *w)
{
	struct tr_err e;
	int year = 0;

	if (clock_today(w->date, &year, &e) < 0) {
		wizard_error(w, e.msg);
		return NULL;
	}
	if (pipeline_update(&w->result, w->store, &w->sit, year) < 0)
		return NULL;
	return &w->result;
}
