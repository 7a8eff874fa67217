/* plain-plan.c - the action plan in plain mode: the proposed actions as
 * a numbered list (the others on demand), and commands typed as words or
 * their first letters: open an action (its number alone does too), tick
 * it, say when, mark it done, write a note, hear the other actions, save
 * the plan in a file, print it, hear the resume code. The marks are the
 * wizard's (wizard_mark), saved with the session and printed in the
 * export (export-ui.h), as on the plan screen. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "catalog.h"
#include "export-ui.h"
#include "export.h"
#include "i18n.h"
#include "plain.h"
#include "screen.h"

enum verb {
	VERB_OPEN, VERB_TICK, VERB_WHEN, VERB_DONE, VERB_NOTE, VERB_MORE,
	VERB_SAVE, VERB_PRINT, VERB_CODE, VERB_LIST, VERB__COUNT
};

struct pp {
	struct plain *p;
	const struct pipeline *r;
	struct plain_verb verbs[VERB__COUNT];
	int cur;                      /* the plan item last opened or marked, -1 */
};

static void
make_verbs(struct pp *v)
{
	/* TRANSLATORS: the commands of the plan in plain mode: one word
	 * each, lower case, typed whole or by their first letters (when no
	 * other command begins with the same letters). */
	const struct plain_verb verbs[VERB__COUNT] = {
		{ "open", _("open") }, { "tick", _("tick") }, { "when", _("when") },
		{ "done", _("done") }, { "note", _("note") }, { "more", _("more") },
		{ "save", _("save") }, { "print", _("print") }, { "code", _("code") },
		{ "list", _("list") },
	};

	memcpy(v->verbs, verbs, sizeof verbs);
}

static int
action_of(const struct pp *v, int pi)
{
	return v->r->plan.items[pi].action;
}

static const char *
title_of(const struct pp *v, int pi)
{
	return i18n_agree(&v->p->w.sit, catalog_get((enum action_id)action_of(v, pi))->title);
}

/* What the person decided about item PI, in words, into BUF ("" when
 * nothing). */
static void
state_text(const struct pp *v, int pi, char *buf, size_t size)
{
	const struct wizard *w = &v->p->w;
	const struct plan_mark *m = plan_find_mark(w->marks, w->nmarks, action_of(v, pi));
	char when[128] = "";
	size_t n = 0;

	buf[0] = '\0';
	if (m == NULL)
		return;
	if (m->chosen && m->when != PLAN_WHEN_UNSET) {
		snprintf(when, sizeof when, _("I will do it: %s"), plan_when_label(m->when));
		n += (size_t)snprintf(buf + n, size - n, "%s.", when);
	} else if (m->chosen || m->done) {
		n += (size_t)snprintf(buf + n, size - n, "%s", _("I will do it."));
	}
	if (m->done && n < size)
		n += (size_t)snprintf(buf + n, size - n, "%s%s", n ? " " : "", _("Done."));
	if (m->note[0] != '\0' && n < size)
		snprintf(buf + n, size - n, "%s%s %s", n ? " " : "", _("Note:"), m->note);
}

static void
say_item(struct pp *v, int pi)
{
	char state[PLAN_NOTE_MAX + 256];

	state_text(v, pi, state, sizeof state);
	plain_sayf(v->p, 2, 6, "%d. %s.%s%s", pi + 1, title_of(v, pi), state[0] ? " " : "",
		   state);
}

static int
touched(const struct pp *v, int pi)
{
	const struct plan_mark *m = plan_find_mark(v->p->w.marks, v->p->w.nmarks,
						   action_of(v, pi));

	return m != NULL && (m->chosen || m->done || m->note[0] != '\0');
}

static void
say_commands(struct pp *v)
{
	char others[256] = "";
	size_t n = 0;

	for (int i = VERB_MORE; i < VERB__COUNT; i++)
		if (i != VERB_PRINT || export_ui_print_command(&v->p->w) != NULL)
			n += (size_t)snprintf(others + n, sizeof others - n, "%s%s",
					      n ? ", " : "", v->verbs[i].spoken);
	plain_blank(v->p);
	plain_sayf(v->p, 0, 0, _("Type the number of an action to hear it in full. "
				 "Type %1$s, %2$s, %3$s or %4$s and its number to "
				 "tick it, say when, mark it done or write a note."),
		   v->verbs[VERB_TICK].spoken, v->verbs[VERB_WHEN].spoken,
		   v->verbs[VERB_DONE].spoken, v->verbs[VERB_NOTE].spoken);
	/* TRANSLATORS: %1$s is a list of commands ("more, save, code"). */
	plain_sayf(v->p, 0, 0, _("Other commands: %1$s; back goes back to the "
				 "diagnosis, help says more."), others);
}

static void
show_list(struct pp *v)
{
	const struct plan *pl = &v->r->plan;
	int hidden = 0;

	plain_blank(v->p);
	plain_say(v->p, 0, 0, _("Your action plan"));
	plain_say(v->p, 0, 0, pl->nproposed > 0 ?
		  _("The actions proposed for you, the most useful first:") :
		  _("No action is proposed from these answers."));
	for (int i = 0; i < pl->nproposed; i++)
		say_item(v, i);
	if (pl->n > pl->nproposed && v->p->w.plan_more)
		plain_say(v->p, 0, 0, _("Other actions you can choose:"));
	for (int i = pl->nproposed; i < pl->n; i++) {
		if (v->p->w.plan_more || touched(v, i))
			say_item(v, i);
		else
			hidden++;
	}
	if (hidden > 0)
		plain_sayf(v->p, 0, 0, P_("%1$d more action you can choose: type %2$s "
					  "to hear it.",
					  "%1$d more actions you can choose: type %2$s "
					  "to hear them.", (unsigned long)hidden),
			   hidden, v->verbs[VERB_MORE].spoken);
	say_commands(v);
}

static void
show_detail(struct pp *v, int pi)
{
	const struct plan_item *it = &v->r->plan.items[pi];
	const struct action_def *d = catalog_get((enum action_id)it->action);
	const struct situation *s = &v->p->w.sit;
	char fact[1024];

	plain_blank(v->p);
	say_item(v, pi);
	if (d->summary != NULL)
		plain_say(v->p, 0, 0, i18n_agree(s, d->summary));
	plain_say(v->p, 0, 0, _("Why it is proposed for you:"));
	for (int i = 0; i < it->out.nreasons; i++) {
		plain_sayf(v->p, 2, 4, "- %s", i18n_agree(s, it->out.reasons[i].text));
		for (int k = 0; k < it->out.reasons[i].nfacts; k++)
			plain_say(v->p, 4, 6, export_fact_text(&it->out.reasons[i].facts[k], s,
								&v->r->facts, fact, sizeof fact));
	}
	plain_say(v->p, 0, 0, _("Steps:"));
	for (int i = 0; i < it->nsteps; i++)
		plain_sayf(v->p, 2, 5, "%d. %s", i + 1, i18n_agree(s, it->steps[i]));
	if (d->conditions)
		plain_say(v->p, 0, 2, _(catalog_conditions_note()));
	if (d->time != NULL)
		plain_sayf(v->p, 0, 2, _("Time: %s"), _(d->time));
	if (d->help != NULL)
		plain_sayf(v->p, 0, 2, _("Where to get help: %s"), _(d->help));
	plain_sayf(v->p, 0, 0, _("Type %1$s, %2$s, %3$s or %4$s to act on this action; "
				 "list for the whole plan."),
		   v->verbs[VERB_TICK].spoken, v->verbs[VERB_WHEN].spoken,
		   v->verbs[VERB_DONE].spoken, v->verbs[VERB_NOTE].spoken);
}

/* A mark changed: say it and save. */
static void
marked(struct pp *v, int pi)
{
	char state[PLAN_NOTE_MAX + 256];

	state_text(v, pi, state, sizeof state);
	/* TRANSLATORS: %1$d and %2$s are an action's number and title, %3$s
	 * what the person decided ("I will do it: today."). */
	plain_sayf(v->p, 0, 2, _("%1$d. %2$s: %3$s"), pi + 1, title_of(v, pi),
		   state[0] ? state : _("not ticked."));
	v->p->w.dirty = 1;
	plain_save(v->p, PLACE_PLAN, -1, 0);
}

static void
tick(struct plan_mark *m)
{
	m->chosen = !(m->chosen || m->done);
	if (!m->chosen) {
		m->when = PLAN_WHEN_UNSET;
		m->done = 0;
	}
}

/* Ask when: STEP_NEXT with the mark set, or how the input ended. */
static enum plain_step
ask_when(struct pp *v, struct plan_mark *m)
{
	const char *labels[PLAN_WHEN__COUNT - 1];
	char line[PLAIN_LINE_MAX];
	int n = PLAN_WHEN__COUNT - 1, k;

	for (int i = 0; i < n; i++)
		labels[i] = plan_when_label(i + 1);
	plain_say(v->p, 0, 0, _("When will you do it?"));
	for (int i = 0; i < n; i++)
		plain_sayf(v->p, 2, 5, "%d. %s", i + 1, labels[i]);
	for (;;) {
		char prompt[64];

		snprintf(prompt, sizeof prompt, _("Your choice (1 to %d):"), n);
		plain_prompt(v->p, prompt);
		if (plain_read(v->p, line, sizeof line) < 0)
			return STEP_EOF;
		if (plain_command(line) == CMD_BACK)
			return STEP_BACK;
		if ((k = plain_word(line, labels, n, 1, NULL, NULL)) >= 0)
			break;
		plain_sayf(v->p, 0, 0, _("Please type a number from %d to %d."), 1, n);
		if (plain_refused(v->p, -4, _("When will you do it?")))
			return STEP_STUCK;
	}
	m->when = k + 1;
	m->chosen = 1;
	return STEP_NEXT;
}

/* The start of S that fits in SIZE bytes, cut between UTF-8 characters. */
static size_t
fit(const char *s, size_t size)
{
	size_t n = strlen(s);

	if (n < size)
		return n;
	n = size - 1;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

static enum plain_step
ask_note(struct pp *v, struct plan_mark *m)
{
	char line[PLAIN_LINE_MAX], key[64], erase[64];
	size_t n;

	if (m->note[0] != '\0')
		plain_sayf(v->p, 0, 2, "%s %s", _("Note:"), m->note);
	/* TRANSLATORS: the word that erases a note, as in "erase". */
	plain_fold(_("erase"), erase, sizeof erase);
	plain_say(v->p, 0, 0, _("Type your note and press Enter. Enter alone keeps "
				"the note as it is; erase takes it away."));
	plain_prompt(v->p, _("Note:"));
	if (plain_read(v->p, line, sizeof line) < 0)
		return STEP_EOF;
	if (line[0] == '\0')
		return STEP_NEXT;
	plain_fold(line, key, sizeof key);
	if (strcmp(key, "erase") == 0 || strcmp(key, erase) == 0) {
		m->note[0] = '\0';
		return STEP_NEXT;
	}
	n = fit(line, sizeof m->note);
	memcpy(m->note, line, n);
	m->note[n] = '\0';
	if (n < strlen(line))
		plain_say(v->p, 0, 0, _("The note is full: it keeps what you typed so far."));
	return STEP_NEXT;
}

/* A command on the marks of item PI. */
static enum plain_step
mark(struct pp *v, enum verb verb, int pi)
{
	struct plan_mark *m = wizard_mark(&v->p->w, action_of(v, pi), 1);
	enum plain_step r = STEP_NEXT;

	if (m == NULL)
		return STEP_NEXT;
	v->cur = pi;
	if (verb == VERB_TICK) {
		tick(m);
	} else if (verb == VERB_DONE) {
		m->done = !m->done;
		m->chosen = 1;
	} else if (verb == VERB_WHEN) {
		r = ask_when(v, m);
	} else {
		r = ask_note(v, m);
	}
	if (r == STEP_BACK)
		return STEP_NEXT;     /* nothing changed */
	if (r == STEP_NEXT)
		marked(v, pi);
	return r;
}

static void
save_file(struct pp *v)
{
	struct wizard *w = &v->p->w;
	char path[4096], line[PLAIN_LINE_MAX], done[4096];
	struct tr_err e;
	enum export_ui_status st;

	if (v->p->opts->mode == WIZARD_KIOSK) {
		if (export_ui_save_new(w, done, sizeof done, &e) == EXPORT_UI_OK)
			plain_sayf(v->p, 0, 0, _("Your plan is saved as %s."), done);
		else
			plain_say(v->p, 0, 0, e.msg);
		return;
	}
	export_ui_default_path(w, path, sizeof path);
	plain_sayf(v->p, 0, 0, _("Name of the file (Enter keeps %s):"), path);
	plain_prompt(v->p, _("File:"));
	if (plain_read(v->p, line, sizeof line) < 0 || plain_command(line) != CMD_NONE)
		return;
	if (line[0] != '\0')
		snprintf(path, sizeof path, "%s", line);
	st = export_ui_save(w, path, 0, done, sizeof done, &e);
	if (st == EXPORT_UI_EXISTS) {
		plain_sayf(v->p, 0, 0, _("%s already exists. Replace it?"), done);
		if (plain_yes_no(v->p, _("Type yes or no:")) != 1) {
			plain_say(v->p, 0, 0, _("The file was not replaced."));
			return;
		}
		st = export_ui_save(w, path, 1, done, sizeof done, &e);
	}
	if (st == EXPORT_UI_OK)
		plain_sayf(v->p, 0, 0, _("Saved in %s."), done);
	else
		plain_say(v->p, 0, 0, e.msg);
}

static void
print_plan(struct pp *v)
{
	struct tr_err e;
	int st, kiosk = v->p->opts->mode == WIZARD_KIOSK;

	if (export_ui_print_command(&v->p->w) == NULL) {
		plain_say(v->p, 0, 0, _("No print command is configured."));
		return;
	}
	st = export_ui_print(&v->p->w, &e);
	if (kiosk && st != 0)
		plain_say(v->p, 0, 0, _("The printer did not answer: ask at the desk."));
	else if (kiosk)
		plain_say(v->p, 0, 0, _("Your plan is printing. Take it from the printer."));
	else if (st < 0)
		plain_say(v->p, 0, 0, e.msg);
	else if (st == 0)
		plain_say(v->p, 0, 0, _("Sent to the print command (it ended with status 0)."));
	else
		plain_sayf(v->p, 0, 0, _("The print command failed: it ended with status %d."),
			   st);
}

/* The commands that take no action number. */
static void
command(struct pp *v, enum verb verb)
{
	if (verb == VERB_MORE) {
		v->p->w.plan_more = !v->p->w.plan_more;
		show_list(v);
	} else if (verb == VERB_SAVE) {
		save_file(v);
	} else if (verb == VERB_PRINT) {
		print_plan(v);
	} else if (verb == VERB_CODE) {
		plain_sayf(v->p, 0, 0, _("Your answers are kept in this resume code: %s"),
			   v->r->code);
	} else {
		show_list(v);
	}
}

static int
refuse(struct pp *v, const char *why)
{
	plain_say(v->p, 0, 0, why);
	return plain_refused(v->p, -5, _("Your action plan"));
}

/* One line typed at the plan: STEP_NEXT stays on the plan. */
static enum plain_step
plan_line(struct pp *v, const char *line)
{
	char text[256];
	int arg = -1, n = v->r->plan.n, verb = plain_number(line) >= 0 ? VERB_OPEN
		: plain_verb(v->p, line, v->verbs, VERB__COUNT, &arg);

	if (verb == VERB_OPEN && plain_number(line) >= 0)
		arg = plain_number(line);
	if (verb == -2)
		return STEP_NEXT;
	if (verb < 0 || (verb <= VERB_NOTE && arg == -2))
		return refuse(v, _("This is not a command of the plan: help says which "
				   "ones there are.")) ? STEP_STUCK : STEP_NEXT;
	if (verb > VERB_NOTE) {
		command(v, (enum verb)verb);
		plain_answered(v->p);
		return STEP_NEXT;
	}
	if (arg < 0)
		arg = v->cur + 1;
	if (arg < 1 || arg > n) {
		snprintf(text, sizeof text, _("Please type a number from %d to %d."), 1, n);
		return refuse(v, n > 0 ? text : _("No action is proposed from these answers."))
			? STEP_STUCK : STEP_NEXT;
	}
	plain_answered(v->p);
	if (verb == VERB_OPEN) {
		v->cur = arg - 1;
		show_detail(v, arg - 1);
		return STEP_NEXT;
	}
	return mark(v, (enum verb)verb, arg - 1);
}

static const char *
help_text(void)
{
	return _("The actions proposed for you, the most useful first. Type the "
		 "number of an action to hear why it is proposed and how to do it. "
		 "tick and a number says you will do that action; when says when "
		 "(today, this week, this month, later); done marks it done; note "
		 "writes a short note. Without a number, they act on the action you "
		 "heard last. more says the other actions, which you can choose too. "
		 "save keeps the plan in a file, print prints it, code says the "
		 "resume code. list says the plan again; back goes back to the "
		 "diagnosis.");
}

enum plain_step
plain_plan(struct plain *p)
{
	struct pp v = { .p = p, .cur = -1 };
	char line[PLAIN_LINE_MAX];
	enum plain_step end;
	enum plain_read read;

	v.r = wizard_result(&p->w);
	if (v.r == NULL)
		return STEP_FAIL;
	make_verbs(&v);
	plain_save(p, PLACE_PLAN, -1, 0);
	show_list(&v);
	for (;;) {
		plain_prompt(p, _("Command:"));
		read = plain_read_answer(p, line, sizeof line, help_text(), &end);
		if (read == PLAIN_ENDED)
			return end;
		if (read == PLAIN_ANSWER && line[0] == '\0')
			say_commands(&v);
		else if (read == PLAIN_ANSWER && (end = plan_line(&v, line)) != STEP_NEXT)
			return end;
	}
}
