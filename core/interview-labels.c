/* interview-labels.c - the interview's answers in words: the labels of
 * answers and options (agreeing with the person), the "None" of each
 * list, the short titles of the keys, the privacy notice, and the pruning
 * of answers whose question no longer applies (interview.h). */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "interview.h"

static const char *const chapter_names[CHAPTER__COUNT] = {
	/* TRANSLATORS: chapter names, shown side by side in the progress
	   bar: at most 16 columns each. */
	N_("Welcome"),
	N_("Me"),
	N_("My job project"),
	N_("My search"),
	N_("My constraints"),
	N_("Summary"),
};

const char *
interview_chapter_name(int c)
{
	if (c < 0 || c >= CHAPTER__COUNT)
		return NULL;
	return chapter_names[c];
}

static const char *
number_label(const struct question *q, int n, char *buf, size_t size)
{
	if (n == q->min && q->min_label != NULL)
		snprintf(buf, size, "%s", _(q->min_label));
	else if (n == q->max && q->max_label != NULL)
		snprintf(buf, size, "%s", _(q->max_label));
	else if (q->key == SIT_SEARCH_MONTHS)
		snprintf(buf, size, P_("%d month", "%d months", n), n);
	else if (q->key == SIT_INTERVIEWS)
		snprintf(buf, size, P_("%d interview", "%d interviews", n), n);
	else
		snprintf(buf, size, "%d", n);
	return buf;
}

/* The answer to a list question where nothing was chosen, one msgid per
 * list, its context the key name: the word agrees with what the list
 * names (French: "Aucune" difficulté, "Aucun" contrat). Every list key
 * has its entry (tests/test-wording checks it). */
static const struct {
	enum sit_key key;
	const char *none;
} list_none[] = {
	/* TRANSLATORS: the answer "none" to each list question, in a word
	   or two that agree with what the list names (the context is the
	   answers-file key): barriers are difficulties outside work. */
	{ SIT_BARRIERS, NC_("barriers", "None") },
	/* TRANSLATORS: no contract chosen. */
	{ SIT_CONTRACT, NC_("contract", "None") },
	/* TRANSLATORS: no way of looking for a job chosen. */
	{ SIT_METHODS, NC_("methods", "None") },
	/* TRANSLATORS: nothing frustrates the person. */
	{ SIT_FRUSTRATIONS, NC_("frustrations", "None") },
};

const char *
interview_none_label(enum sit_key k)
{
	for (size_t i = 0; i < sizeof list_none / sizeof list_none[0]; i++)
		if (list_none[i].key == k)
			return C_(situation_key_name(k), list_none[i].none);
	/* TRANSLATORS: the answer to a question where nothing was chosen. */
	return _("None");
}

const char *
interview_option_label(const struct situation *s, const struct question *q, int i)
{
	if (q == NULL || i < 0 || i >= q->noptions)
		return "";
	if (q->kind == QUESTION_LANG)
		return q->options[i].label;
	return i18n_agree(s, q->options[i].label);
}

static const char *
options_label(const struct question *q, const struct situation *s, char *buf,
	      size_t size)
{
	int v = situation_get_int(s, q->key);
	size_t n = 0;

	if (q->kind == QUESTION_CHOICE) {
		if (v < 0 || v >= q->noptions)
			return "?";
		snprintf(buf, size, "%s", i18n_agree(s, q->options[v].brief));
		return buf;
	}
	buf[0] = '\0';
	for (int i = 0; i < q->noptions && n < size; i++)
		if ((unsigned)v & (1u << i))
			n += (size_t)snprintf(buf + n, size - n, "%s%s", n ? ", " : "",
					      i18n_agree(s, q->options[i].brief));
	if (n == 0)
		snprintf(buf, size, "%s", interview_none_label(q->key));
	return buf;
}

const char *
interview_answer_label(const struct situation *s, enum sit_key k, char *buf,
		       size_t size)
{
	const struct question *q = interview_get(interview_find(k));

	if (size == 0)
		return "";
	buf[0] = '\0';
	if (q == NULL)
		return buf;
	if (!SIT_HAS(s, k)) {
		snprintf(buf, size, "%s", _("Not answered"));
		return buf;
	}
	switch (q->kind) {
	case QUESTION_CHOICE: case QUESTION_MULTI:
		return options_label(q, s, buf, size);
	case QUESTION_NUMBER:
		return number_label(q, situation_get_int(s, k), buf, size);
	case QUESTION_YEAR:
		snprintf(buf, size, "%d", s->birth_year);
		break;
	case QUESTION_JOB:
		snprintf(buf, size, "%s", s->job_unknown ? _(q->unknown_label) :
			 SIT_HAS(s, SIT_JOB_TITLE) ? s->job_title : s->job);
		break;
	case QUESTION_DEPARTEMENT:
		snprintf(buf, size, "%s", s->departement);
		break;
	case QUESTION_LANG:
		snprintf(buf, size, "%s", s->lang);
		for (int i = 0; interview_langs[i] != NULL && i < q->noptions; i++)
			if (strcmp(interview_langs[i], s->lang) == 0)
				snprintf(buf, size, "%s", _(q->options[i].brief));
		break;
	}
	return buf;
}

const char *const interview_privacy_title =
	/* TRANSLATORS: a screen title, at most 60 columns. */
	N_("Your answers and your privacy");

/* The paragraphs of the notice that every mode shows. */
#define PRIVACY_WHAT \
	N_("Tremplin asks you questions about you and your job search. Then it " \
	   "shows what holds your search back the most, and what you can do " \
	   "next.")
#define PRIVACY_NOT_SENT \
	N_("Your answers are not sent anywhere: not to France Travail, not to " \
	   "an employer, not over the Internet. They stay on the computer where " \
	   "Tremplin runs.")
#define PRIVACY_CHANGE \
	N_("Some questions are optional. You can go back and change any answer " \
	   "at any time.")

static const char *const privacy_home[] = {
	PRIVACY_WHAT, PRIVACY_NOT_SENT,
	N_("Your answers are saved in a file on this computer, so that you can "
	   "stop and continue later. They stay there until you delete them."),
	PRIVACY_CHANGE, NULL
};

static const char *const privacy_kiosk[] = {
	PRIVACY_WHAT, PRIVACY_NOT_SENT,
	N_("Nothing is kept after you leave. When you finish, or after a few "
	   "minutes without use, your answers are erased. You only take away "
	   "what you choose: the printout, or the code to continue later."),
	PRIVACY_CHANGE, NULL
};

static const char *const privacy_adviser[] = {
	PRIVACY_WHAT, PRIVACY_NOT_SENT,
	N_("Your adviser keeps your answers under a made-up name, not your real "
	   "name, to follow your search with you. They are deleted when your "
	   "adviser deletes them, or after a time without change that the agency "
	   "sets. You can ask your adviser to delete them at any time."),
	PRIVACY_CHANGE, NULL
};

const char *const *
interview_privacy(enum privacy_mode m)
{
	switch (m) {
	case PRIVACY_KIOSK:
		return privacy_kiosk;
	case PRIVACY_ADVISER:
		return privacy_adviser;
	case PRIVACY_HOME:
	default:
		return privacy_home;
	}
}

int
interview_prune(struct situation *s, const struct interview_facts *f)
{
	struct interview_facts known;
	int dropped = 0, changed;

	if (f != NULL)
		known = *f;
	else
		interview_facts_init(&known, s);

	/* A job the data does not know (or could not read): what it asks is
	 * not known either, so its answers on diploma and licence stay. */
	if (SIT_HAS(s, SIT_JOB) && !s->job_unknown && !known.job_known) {
		known.job_needs_diploma = 1;
		known.job_licence_often = 1;
	}
	f = &known;

	do {
		changed = 0;
		for (int i = 0; i < interview_count(); i++) {
			const struct question *q = interview_get(i);

			if (SIT_HAS(s, q->key) && !interview_applies(q, s, f)) {
				situation_unset(s, q->key);
				changed = 1;
				dropped++;
			}
		}
	} while (changed);
	/* The title goes with its job. */
	if (SIT_HAS(s, SIT_JOB_TITLE) && (!SIT_HAS(s, SIT_JOB) || s->job_unknown)) {
		situation_unset(s, SIT_JOB_TITLE);
		dropped++;
	}
	return dropped;
}

/* The titles of SIT_KEYS, by key. */
#define KEY_TITLE(key, field, kind, values, min, max, title) [key] = title,
static const char *const key_titles[SIT__COUNT] = { SIT_KEYS(KEY_TITLE) };
#undef KEY_TITLE

const char *
interview_key_title(enum sit_key k)
{
	if ((int)k < 0 || k >= SIT__COUNT)
		return "";
	return _(key_titles[k]);
}
