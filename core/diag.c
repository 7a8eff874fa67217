/* diag.c - the diagnosis: the ten challenge rules on the facts, the
 * score and the topics. */
#include <config.h>

#include <string.h>

#include "diag.h"
#include "i18n.h"

/* ---- the diagnosis ---------------------------------------------------- */

static const int challenge_weight[CHALLENGE__COUNT] = {
	[CHALLENGE_BASIC_NEEDS] = 20,
	[CHALLENGE_UNDEFINED_PROJECT] = 15,
	[CHALLENGE_FRENCH_LANGUAGE] = 12,
	[CHALLENGE_STUCK_MARKET] = 12,
	[CHALLENGE_MISSING_DIPLOMA] = 10,
	[CHALLENGE_FIND_WHAT_YOU_LIKE] = 9,
	[CHALLENGE_START_YOUR_SEARCH] = 8,
	[CHALLENGE_ENHANCE_METHODS] = 7,
	[CHALLENGE_INTERVIEW_TO_OFFER] = 7,
	[CHALLENGE_BRAVO] = 0,
};

const char diag_score_doc[] =
	"The score starts at 100. Each of the nine challenges before bravo has "
	"a weight (basic-needs 20, undefined-project 15, french-language 12, "
	"stuck-market 12, missing-diploma 10, find-what-you-like 9, "
	"start-your-search 8, enhance-methods-to-interview 7, "
	"interview-to-offer 7: 100 in all). A challenge with status need takes "
	"its whole weight off the score, one with status unknown half of it "
	"(rounded down); a strength takes nothing. So 100 means no challenge "
	"applies and every answer needed was given, 0 means all nine apply.";

static const int challenge_topic[CHALLENGE__COUNT] = {
	[CHALLENGE_BASIC_NEEDS] = TOPIC_PROFILE,
	[CHALLENGE_UNDEFINED_PROJECT] = TOPIC_PROJECT,
	[CHALLENGE_FRENCH_LANGUAGE] = TOPIC_PROFILE,
	[CHALLENGE_STUCK_MARKET] = TOPIC_MARKET,
	[CHALLENGE_MISSING_DIPLOMA] = TOPIC_PROFILE,
	[CHALLENGE_FIND_WHAT_YOU_LIKE] = TOPIC_PROJECT,
	[CHALLENGE_START_YOUR_SEARCH] = TOPIC_SEARCH,
	[CHALLENGE_ENHANCE_METHODS] = TOPIC_SEARCH,
	[CHALLENGE_INTERVIEW_TO_OFFER] = TOPIC_SEARCH,
	[CHALLENGE_BRAVO] = -1,
};

int
diag_challenge_weight(int c)
{
	return c >= 0 && c < CHALLENGE__COUNT ? challenge_weight[c] : 0;
}

int
diag_challenge_topic(int c)
{
	return c >= 0 && c < CHALLENGE__COUNT ? challenge_topic[c] : -1;
}

static enum diag_status
status_of(int c, const struct rule_out *o)
{
	if (o->unknown)
		return DIAG_UNKNOWN;
	if (c == CHALLENGE_BRAVO)
		return o->score > 0 ? DIAG_STRENGTH : DIAG_NEED;
	return o->score > 0 ? DIAG_NEED : DIAG_STRENGTH;
}

/* A topic is a need when one of its challenges is, else unknown when one
 * of them is, else a strength. */
static void
topics(struct diag *d)
{
	for (int t = 0; t < TOPIC__COUNT; t++) {
		int need = 0, unknown = 0;

		for (int c = 0; c < CHALLENGE_BRAVO; c++) {
			if (challenge_topic[c] != t)
				continue;
			need |= d->challenges[c].status == DIAG_NEED;
			unknown |= d->challenges[c].status == DIAG_UNKNOWN;
		}
		d->topics[t] = need ? DIAG_NEED : unknown ? DIAG_UNKNOWN : DIAG_STRENGTH;
	}
}

void
diag_run(const struct situation *s, const struct diag_facts *f, struct diag *d)
{
	int score = 100;

	d->main = CHALLENGE_BRAVO;
	d->missing = 0;
	for (int c = 0; c < CHALLENGE__COUNT; c++) {
		struct diag_challenge *ch = &d->challenges[c];

		rules_run(rules_challenge(c), s, f, &ch->out);
		ch->status = status_of(c, &ch->out);
		d->missing |= ch->out.missing;
		if (c == CHALLENGE_BRAVO)
			continue;
		if (ch->status == DIAG_NEED) {
			score -= challenge_weight[c];
			if (d->main == CHALLENGE_BRAVO)
				d->main = c;
		} else if (ch->status == DIAG_UNKNOWN) {
			score -= challenge_weight[c] / 2;
		}
	}
	d->score = score < 0 ? 0 : score;
	topics(d);
	if (!SIT_HAS(s, SIT_SELF_DIAGNOSIS) || s->self_diagnosis < 0 ||
	    s->self_diagnosis >= CHALLENGE__COUNT)
		d->self_match = -1;
	else
		d->self_match = s->self_diagnosis == d->main;
}

const char *
diag_status_name(enum diag_status st)
{
	switch (st) {
	case DIAG_NEED: return "need";
	case DIAG_STRENGTH: return "strength";
	default: return "unknown";
	}
}

static const char *const topic_names[TOPIC__COUNT] = {
	"profile", "project", "search", "market"
};

static const char *const topic_titles[TOPIC__COUNT] = {
	N_("Your profile"), N_("Your job project"), N_("Your search methods"),
	N_("The job market"),
};

const char *
diag_topic_name(enum diag_topic t)
{
	return (unsigned)t < TOPIC__COUNT ? topic_names[t] : NULL;
}

const char *
diag_topic_title(enum diag_topic t)
{
	return (unsigned)t < TOPIC__COUNT ? topic_titles[t] : NULL;
}

const char *
diag_status_word(int c, enum diag_status st)
{
	if (st == DIAG_UNKNOWN)
		return _("not known yet");
	if (c == CHALLENGE_BRAVO)
		/* TRANSLATORS: status of "You are on the right track". */
		return st == DIAG_STRENGTH ? _("yes") : _("not yet");
	/* TRANSLATORS: statuses of a challenge in the diagnosis list; the
	 * column is at most 16 cells wide. */
	return st == DIAG_NEED ? _("to work on") : _("fine");
}
