/* plain-diag.c - the diagnosis in plain mode: a short text (the main
 * challenge, the person's own guess), then the other challenges as a
 * numbered list, each one's reasons read on demand with the facts behind
 * them (core's export_fact_text, the words of the export); then the plan
 * (plain-plan.c). The wizard's diagnosis (wizard_result) is the one
 * shown. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "export.h"
#include "i18n.h"
#include "plain.h"
#include "rules.h"
#include "screen.h"

enum { VERB_WHY, VERB_PLAN, VERB_LIST, VERB__COUNT };

/* The challenges other than the main one, in the order they are checked,
 * into IDX; returns how many. */
static int
others(const struct pipeline *r, int *idx)
{
	int n = 0;

	for (int c = 0; c < CHALLENGE__COUNT; c++)
		if (c != r->diag.main)
			idx[n++] = c;
	return n;
}

static void
show_head(struct plain *p, const struct pipeline *r)
{
	const struct situation *s = &p->w.sit;
	int idx[CHALLENGE__COUNT], n = others(r, idx);

	plain_blank(p);
	plain_say(p, 0, 0, _("Your diagnosis"));
	plain_say(p, 0, 0, _("What most holds your search back:"));
	plain_say(p, 2, 2, i18n_agree(s, rules_challenge_title(r->diag.main)));
	if (r->diag.self_match > 0)
		plain_say(p, 0, 0, _("You thought so too."));
	else if (r->diag.self_match == 0)
		plain_sayf(p, 0, 2, "%s %s", _("You thought it was something else:"),
			   i18n_agree(s, rules_challenge_title(s->self_diagnosis)));
	plain_blank(p);
	plain_say(p, 0, 0, _("The other challenges, in the order they are checked:"));
	for (int i = 0; i < n; i++) {
		char status[128];

		snprintf(status, sizeof status, _("Status: %s"),
			 diag_status_word(idx[i], r->diag.challenges[idx[i]].status));
		plain_sayf(p, 2, 5, "%d. %s. %s.", i + 1,
			   i18n_agree(s, rules_challenge_title(idx[i])), status);
	}
}

static void
say_missing(struct plain *p, uint64_t missing)
{
	char q[PLAIN_LINE_MAX];
	int first = 1;

	for (int k = 0; k < SIT__COUNT; k++) {
		int qi = interview_find((enum sit_key)k);

		if (!((missing >> k) & 1u) || qi < 0)
			continue;
		if (first)
			plain_say(p, 0, 0, _("Unanswered questions that could change this "
					     "(back takes you to your answers):"));
		first = 0;
		plain_question_line(interview_get(qi), q, sizeof q);
		plain_sayf(p, 2, 4, "- %s", q);
	}
}

/* Why challenge C has its status: its reasons and their facts. */
static void
show_why(struct plain *p, const struct pipeline *r, int c)
{
	const struct diag_challenge *ch = &r->diag.challenges[c];
	const struct situation *s = &p->w.sit;
	char fact[1024];

	plain_blank(p);
	plain_say(p, 0, 0, i18n_agree(s, rules_challenge_title(c)));
	plain_sayf(p, 0, 0, _("Status: %s"), diag_status_word(c, ch->status));
	if (c == r->diag.main)
		plain_say(p, 0, 0, _("This is the main challenge: it comes first."));
	plain_say(p, 0, 0, _("Why:"));
	if (ch->out.nreasons == 0)
		plain_say(p, 2, 4, _("- No reason recorded."));
	for (int i = 0; i < ch->out.nreasons; i++) {
		const struct rule_reason *rr = &ch->out.reasons[i];

		plain_sayf(p, 2, 4, "- %s", i18n_agree(s, rr->text));
		for (int k = 0; k < rr->nfacts; k++)
			plain_say(p, 4, 6, export_fact_text(&rr->facts[k], s, &r->facts,
							    fact, sizeof fact));
	}
	say_missing(p, ch->out.missing);
}

static void
say_commands(struct plain *p)
{
	plain_blank(p);
	plain_say(p, 0, 0, _("Type the number of a challenge to hear why. Type why "
			     "for the main challenge. Type plan, or press Enter, for "
			     "your action plan. Type list to hear this list again, "
			     "back to change your answers."));
}

static const char *
help_text(void)
{
	return _("The first lines say what most holds your search back. Then "
		 "come the other challenges the diagnosis checks, each with its "
		 "status. The status is: to work on, fine, or not known yet when "
		 "answers or data are missing. Type the number of a challenge to "
		 "hear its reasons and their facts. Type why for the main "
		 "challenge. Type plan to see your action plan, back to change "
		 "your answers.");
}

/* One line typed at the diagnosis: STEP_NEXT stays here. */
static enum plain_step
diag_line(struct plain *p, const struct pipeline *r, const char *line)
{
	/* TRANSLATORS: commands typed at the diagnosis in plain mode: one
	 * word each, lower case; their first letters are enough when no
	 * other command begins with them. */
	const struct plain_verb verbs[VERB__COUNT] = {
		{ "why", _("why") }, { "plan", _("plan") }, { "list", _("list") },
	};
	int idx[CHALLENGE__COUNT], n = others(r, idx), v = plain_number(line), arg = -1;
	int verb = line[0] == '\0' ? VERB_PLAN : plain_verb(p, line, verbs, VERB__COUNT, &arg);

	if (v >= 1 && v <= n) {
		show_why(p, r, idx[v - 1]);
		plain_answered(p);
	} else if (verb == VERB_WHY) {
		show_why(p, r, r->diag.main);
		plain_answered(p);
	} else if (verb == VERB_PLAN) {
		plain_answered(p);
		return plain_plan(p);
	} else if (verb == VERB_LIST) {
		show_head(p, r);
		plain_answered(p);
	} else if (verb != -2) {
		plain_sayf(p, 0, 0, _("Please type a number from %d to %d, or a word "
				      "the help names."), 1, n);
		if (plain_refused(p, -3, _("Your diagnosis")))
			return STEP_STUCK;
	}
	return STEP_NEXT;
}

/* The diagnosis could not be made: why, and the answers kept. */
static enum plain_step
no_data(struct plain *p)
{
	plain_blank(p);
	plain_say(p, 0, 0, p->w.result.err.msg);
	if (p->w.result.code[0] != '\0')
		plain_sayf(p, 0, 0, _("Your answers are kept in this resume code: %s"),
			   p->w.result.code);
	return STEP_FAIL;
}

enum plain_step
plain_diagnosis(struct plain *p, int at_plan)
{
	const struct pipeline *r;
	char line[PLAIN_LINE_MAX];
	enum plain_step end;
	enum plain_read read;

	/* The diagnosis and the plan speak the language chosen for the plan. */
	if (SIT_HAS(&p->w.sit, SIT_LANG))
		wizard_speak(&p->w, p->w.sit.lang);
	if ((r = wizard_result(&p->w)) == NULL)
		return no_data(p);
	plain_save(p, PLACE_DIAGNOSIS, -1, 0);
	end = at_plan ? plain_plan(p) : STEP_BACK;
	if (end != STEP_BACK)
		return end;
	p->chapter = -1;
	show_head(p, r);
	for (;;) {
		plain_save(p, PLACE_DIAGNOSIS, -1, 0);
		say_commands(p);
		plain_prompt(p, _("Your choice:"));
		read = plain_read_answer(p, line, sizeof line, help_text(), &end);
		if (read == PLAIN_ENDED && end == STEP_BACK) {
			wizard_speak(&p->w, NULL);
			return STEP_BACK;
		}
		if (read == PLAIN_ENDED)
			return end;
		if (read == PLAIN_ANSWER && (end = diag_line(p, r, line)) != STEP_NEXT) {
			if (end != STEP_BACK)
				return end;
			show_head(p, r);     /* back from the plan */
		}
	}
}
