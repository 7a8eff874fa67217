/* screen-plan-text.c - the texts of the plan screen (screen-plan.c): the
 * detail of an action (why it is proposed, its steps, the time it takes,
 * where to get help) and the help of each of its views. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "catalog.h"
#include "export.h"
#include "i18n.h"
#include "screen-plan-text.h"
#include "ui-text.h"

static void
detail_marks(struct ui_text *t, const struct plan_mark *m)
{
	if (m != NULL && m->chosen && m->when != PLAN_WHEN_UNSET)
		ui_text_addf(t, CLR_ITEM, 0, 2, _("I will do it: %s"), plan_when_label(m->when));
	else if (m != NULL && (m->chosen || m->done))
		ui_text_add(t, CLR_ITEM, 0, 2, _("I will do it."));
	else
		ui_text_addf(t, CLR_NOTE, 0, 2,
			     /* TRANSLATORS: the %s are the keys that tick (Space)
			      * and that say when (t). */
			     _("Not ticked yet: %s if you will do it, %s to say when."),
			     keys_label(REQ_TOGGLE), keys_label(REQ_WHEN));
	if (m != NULL && m->done)
		ui_text_add(t, CLR_ITEM, 0, 2, _("Done."));
}

void
plantext_detail(struct ui_text *t, struct wizard *w, const struct pipeline *r, int pi)
{
	const struct plan_item *it = &r->plan.items[pi];
	const struct action_def *d = catalog_get((enum action_id)it->action);
	const struct rule_out *out = &it->out;
	char fact[1024];
	int top = t->top;

	ui_text_clear(t);
	t->top = top;
	ui_text_addf(t, CLR_QUESTION, 0, 0, "%d. %s", pi + 1, i18n_agree(&w->sit, d->title));
	detail_marks(t, plan_find_mark(w->marks, w->nmarks, it->action));
	if (d->summary != NULL)
		ui_text_add(t, CLR_NORMAL, 0, 0, i18n_agree(&w->sit, d->summary));
	ui_text_add(t, CLR_NORMAL, 0, 0, "");
	ui_text_add(t, CLR_NOTE, 0, 0, _("Why it is proposed for you:"));
	for (int i = 0; i < out->nreasons; i++) {
		ui_text_addf(t, CLR_NORMAL, 0, 2, "- %s", i18n_agree(&w->sit, out->reasons[i].text));
		for (int k = 0; k < out->reasons[i].nfacts; k++)
			ui_text_add(t, CLR_NOTE, 4, 6,
				    export_fact_text(&out->reasons[i].facts[k], &w->sit, &r->facts,
						     fact, sizeof fact));
	}
	ui_text_add(t, CLR_NORMAL, 0, 0, "");
	ui_text_add(t, CLR_NOTE, 0, 0, _("Steps:"));
	for (int i = 0; i < it->nsteps; i++)
		ui_text_addf(t, CLR_NORMAL, 0, 3, "%d. %s", i + 1, i18n_agree(&w->sit, it->steps[i]));
	if (d->conditions)
		ui_text_add(t, CLR_NOTE, 0, 2, _(catalog_conditions_note()));
	ui_text_add(t, CLR_NORMAL, 0, 0, "");
	if (d->time != NULL)
		ui_text_addf(t, CLR_NORMAL, 0, 2, _("Time: %s"), _(d->time));
	if (d->help != NULL)
		ui_text_addf(t, CLR_NORMAL, 0, 2, _("Where to get help: %s"), _(d->help));
}

const char *
plantext_help(struct screen *s, int noting, int detail)
{
	if (noting)
		snprintf(s->help, sizeof s->help,
			 /* TRANSLATORS: the %s are keys, in this order: the one
			  * that erases (Backspace), the one that keeps the note
			  * (Enter), the one that goes back (Esc). */
			 _("Type a short note for this action: what you did, who to call, "
			   "a date. Left and Right move in the text, %s erases. %s keeps "
			   "the note, %s leaves it as it was."), keys_label(REQ_ERASE),
			 keys_label(REQ_NEXT), keys_label(REQ_BACK));
	else if (detail)
		snprintf(s->help, sizeof s->help,
			 /* TRANSLATORS: the %s are keys, in this order: the ones
			  * that tick (Space), say when (t), mark done (d), write a
			  * note (n), and the one that goes back (Esc). */
			 _("Why this action is proposed for you, its steps, the time it "
			   "takes and where to get help. %s ticks it, %s says when, %s "
			   "marks it done, %s writes a note. %s goes back to the list."),
			 keys_label(REQ_TOGGLE), keys_label(REQ_WHEN), keys_label(REQ_DONE),
			 keys_label(REQ_NOTE), keys_label(REQ_BACK));
	else if (s->wiz->opts->mode == WIZARD_ADVISER)
		snprintf(s->help, sizeof s->help,
			 /* TRANSLATORS: adviser mode; %s is the key that opens a line
			  * (Enter). At most two lines of 64 cells: the keys are
			  * listed below it. */
			 _("Under each action, its reasons and facts. %s on an answer "
			   "opens its question; notes print as the adviser's."),
			 keys_label(REQ_NEXT));
	else
		snprintf(s->help, sizeof s->help,
			 /* TRANSLATORS: the %s are keys, in this order: the ones
			  * that tick (Space), say when (t), mark done (d), write a
			  * note (n), show the details (Enter), show the other
			  * actions (m), keep the plan (e), and the one that goes
			  * back (Esc). */
			 _("The actions proposed for you, the most useful first. %s ticks "
			   "what you will do; %s says when (today, this week, this month, "
			   "later); %s marks it done; %s writes a short note. %s shows why "
			   "an action is proposed and how to do it. %s shows the other "
			   "actions, which you can choose too. %s saves, prints or shows "
			   "the plan. %s goes back to the diagnosis."),
			 keys_label(REQ_TOGGLE), keys_label(REQ_WHEN), keys_label(REQ_DONE),
			 keys_label(REQ_NOTE), keys_label(REQ_NEXT), keys_label(REQ_MORE),
			 keys_label(REQ_EXPORT), keys_label(REQ_BACK));
	return s->help;
}
