/* plain-ask.c - one question of the plain interview, whatever its kind:
 * shown as lines (the question, numbered choices, the answer Enter
 * keeps), then answered by a line. A job or a département is found by
 * typing letters: the matches are listed, numbered, and one is chosen. */
#include <config.h>

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "jobs.h"
#include "market.h"
#include "plain.h"

/* Options of a question at most (a multiple choice is a 32-bit mask). */
#define PLAIN_CHOICES 32
/* Matches listed at once: chosen with one digit. */
#define PLAIN_HITS 9

enum answer { ANS_DONE, ANS_PROMPT, ANS_AGAIN };

struct ask {
	struct plain *p;
	const struct question *q;
	int qi;                       /* its index in the interview */
	int listed;                   /* job, département: matches shown */
	int nhits;
	char query[PLAIN_LINE_MAX];
	char codes[PLAIN_HITS][JOB_CODE_LEN];
	char titles[PLAIN_HITS][JOB_NAME_MAX];   /* job titles of the hits */
	char names[PLAIN_HITS][2 * JOB_NAME_MAX + 8];
	const char *title;            /* the title of the hit being chosen */
};

static int
lang_index(const char *code)
{
	for (int i = 0; interview_langs[i] != NULL; i++)
		if (strncmp(interview_langs[i], code, 2) == 0)
			return i;
	return -1;
}

/* Enter alone skips an optional choice that has no answer to keep, as
 * in the wizard. */
static int
skips(const struct ask *a);

/* The answer Enter keeps: an option index, a mask, a number; -1 none. */
static int
kept(const struct ask *a)
{
	const struct situation *s = &a->p->w.sit;
	const struct question *q = a->q;
	int has = SIT_HAS(s, q->key);

	switch (q->kind) {
	case QUESTION_LANG:
		return lang_index(has ? s->lang : plain_ui_lang(a->p));
	case QUESTION_CHOICE: case QUESTION_MULTI: case QUESTION_NUMBER:
		return has ? situation_get_int(s, q->key) : q->def;
	case QUESTION_YEAR: case QUESTION_JOB: case QUESTION_DEPARTEMENT:
		return has ? 0 : -1;
	}
	return -1;
}

static int
skips(const struct ask *a)
{
	return a->q->kind == QUESTION_CHOICE && (a->q->flags & QUESTION_OPTIONAL) != 0 &&
	       kept(a) < 0;
}

void
plain_answer_text(struct plain *p, const struct question *q, char *buf,
		  size_t size)
{
	const struct situation *s = &p->w.sit;
	struct tr_err e;
	struct job_group g;
	struct departement d;

	if (SIT_HAS(s, q->key) && q->kind == QUESTION_JOB && !s->job_unknown &&
	    p->w.store != NULL && jobs_group(p->w.store, s->job, &g, &e) == 1) {
		snprintf(buf, size, "%s (%s)", g.name, s->job);
		return;
	}
	if (SIT_HAS(s, q->key) && q->kind == QUESTION_DEPARTEMENT &&
	    p->w.store != NULL && market_departement(p->w.store, s->departement, &d, &e) == 1) {
		snprintf(buf, size, "%s %s", d.code, d.name);
		return;
	}
	interview_answer_label(s, q->key, buf, size);
}

/* The question Q itself, into BUF: its first line, joined with the
 * next ones while the sentence goes on ("Can you use a computer and the
 * Internet / to look for a job?"); the instructions that follow ("Type
 * its number...") are left out. */
void
plain_question_line(const struct question *q, char *buf, size_t size)
{
	const char *t = _(q->text);
	size_t n = 0;

	buf[0] = '\0';
	for (;;) {
		size_t len = strcspn(t, "\n");

		n += (size_t)snprintf(buf + n, n < size ? size - n : 0, "%s%.*s",
				      n ? " " : "", (int)len, t);
		if (n >= size || t[len] == '\0' || len == 0 ||
		    strchr("?.:", t[len - 1]) != NULL)
			break;
		t += len + 1;
	}
}

static void
show_kept(struct ask *a)
{
	const struct question *q = a->q;
	char text[PLAIN_LINE_MAX];
	int k = kept(a);
	size_t n = 0;

	text[0] = '\0';
	if (q->kind == QUESTION_CHOICE || q->kind == QUESTION_LANG) {
		if (k >= 0 && k < q->noptions)
			snprintf(text, sizeof text, "%d. %s", k + 1, interview_option_label(&a->p->w.sit, q, k));
	} else if (q->kind == QUESTION_MULTI) {
		for (int i = 0; i < q->noptions && n < sizeof text; i++)
			if (k >= 0 && ((unsigned)k & (1u << i)))
				n += (size_t)snprintf(text + n, sizeof text - n, "%s%d. %s",
						      n ? ", " : "", i + 1,
						      i18n_agree(&a->p->w.sit, q->options[i].brief));
		if (n == 0 && SIT_HAS(&a->p->w.sit, q->key))
			snprintf(text, sizeof text, "%s", interview_none_label(q->key));
	} else if (q->kind == QUESTION_NUMBER && !SIT_HAS(&a->p->w.sit, q->key)) {
		if (k >= 0)
			snprintf(text, sizeof text, "%d", k);
	} else if (k >= 0) {
		plain_answer_text(a->p, q, text, sizeof text);
	}
	if (text[0] != '\0')
		/* TRANSLATORS: %s is the answer kept when the person only
		   presses Enter. */
		plain_sayf(a->p, 0, 1, _("[Enter keeps: %s]"), text);
	else if (skips(a))
		plain_sayf(a->p, 0, 1, "%s", _("[Enter skips this question]"));
}

static void
show_options(struct ask *a)
{
	const struct question *q = a->q;

	for (int i = 0; i < q->noptions; i++)
		plain_sayf(a->p, 2, 5, "%d. %s", i + 1, interview_option_label(&a->p->w.sit, q, i));
	if ((q->flags & QUESTION_OPTIONAL) && q->kind == QUESTION_CHOICE)
		plain_sayf(a->p, 2, 5, "%d. %s", q->noptions + 1, _("Skip this question"));
	switch (q->kind) {
	case QUESTION_MULTI:
		plain_say(a->p, 0, 0, kept(a) > 0 || SIT_HAS(&a->p->w.sit, q->key) ?
			  _("Type every number that applies, or 0 for none.") :
			  _("Type every number that applies, or 0 for none. "
			    "Enter alone means none."));
		break;
	case QUESTION_NUMBER:
		if (q->min_label != NULL)
			/* TRANSLATORS: "0 means: Not started yet". */
			plain_sayf(a->p, 0, 2, _("%d means: %s"), q->min, _(q->min_label));
		if (q->max_label != NULL)
			plain_sayf(a->p, 0, 2, _("%d means: %s"), q->max, _(q->max_label));
		break;
	case QUESTION_JOB:
		/* TRANSLATORS: %s is "I don't know yet". */
		plain_sayf(a->p, 0, 0, _("Or type 0 for: %s"), _(q->unknown_label));
		break;
	default:
		break;
	}
}

/* The matches of a job or département search. */
static void
show_list(struct ask *a)
{
	plain_sayf(a->p, 0, 0, a->q->kind == QUESTION_JOB ?
		   /* TRANSLATORS: %s is what the person typed. */
		   _("Job titles that match \"%s\":") :
		   /* TRANSLATORS: %s is what the person typed. */
		   _("Départements that match \"%s\":"), a->query);
	for (int i = 0; i < a->nhits && i < PLAIN_HITS; i++)
		plain_sayf(a->p, 2, 5, "%d. %s", i + 1, a->names[i]);
	if (a->q->kind == QUESTION_JOB)
		plain_sayf(a->p, 2, 5, "0. %s", _(a->q->unknown_label));
	if (a->nhits > PLAIN_HITS)
		plain_say(a->p, 0, 0, _("More match: type more letters to see them."));
}

/* "Question 2 of 6 in this chapter.": core's count, the wizard's too. */
static void
show_count(struct ask *a)
{
	int at, of;
	char text[128];

	if (interview_progress(&a->p->w.sit, &a->p->w.facts, a->qi, &at, &of) < 0)
		return;
	snprintf(text, sizeof text, _("Question %d of %d in this chapter"), at, of);
	plain_sayf(a->p, 0, 0, "%s.", text);
}

static void
show(struct ask *a)
{
	if (a->listed) {
		show_list(a);
		return;
	}
	show_count(a);
	plain_say(a->p, 0, 0, i18n_agree(&a->p->w.sit, a->q->text));
	show_options(a);
	show_kept(a);
}

static void
prompt(struct ask *a)
{
	const struct question *q = a->q;
	char text[PLAIN_LINE_MAX];
	int lo, hi, n = q->noptions;

	switch (q->kind) {
	case QUESTION_CHOICE: case QUESTION_LANG:
		if (q->flags & QUESTION_OPTIONAL)
			n++;
		/* TRANSLATORS: prompts end with a colon; the answer is typed
		   after them. */
		snprintf(text, sizeof text, _("Your choice (1 to %d):"), n);
		break;
	case QUESTION_MULTI:
		snprintf(text, sizeof text, "%s", _("Your choices:"));
		break;
	case QUESTION_NUMBER:
		snprintf(text, sizeof text, _("A number from %d to %d:"), q->min, q->max);
		break;
	case QUESTION_YEAR:
		interview_year_range(&lo, &hi);
		snprintf(text, sizeof text, _("A year from %d to %d:"), lo, hi);
		break;
	case QUESTION_JOB:
		if (a->listed)
			snprintf(text, sizeof text, _("Your choice (0 to %d), or other letters:"),
				 a->nhits < PLAIN_HITS ? a->nhits : PLAIN_HITS);
		else
			snprintf(text, sizeof text, "%s", _("Job name:"));
		break;
	case QUESTION_DEPARTEMENT:
		if (a->listed)
			snprintf(text, sizeof text, _("Your choice (1 to %d), or other letters:"),
				 a->nhits < PLAIN_HITS ? a->nhits : PLAIN_HITS);
		else
			snprintf(text, sizeof text, "%s", _("Number or name:"));
		break;
	}
	plain_prompt(a->p, text);
}

/* Set the answer from VALUE (answers-file syntax). */
static enum answer
set(struct ask *a, const char *value)
{
	struct tr_err e;
	int rc = a->q->kind == QUESTION_JOB
		? situation_set_job(&a->p->w.sit, value, a->title, &e)
		: situation_set(&a->p->w.sit, a->q->key, value, &e);

	if (rc < 0) {
		plain_say(a->p, 0, 0, e.msg);
		return ANS_AGAIN;
	}
	return ANS_DONE;
}

/* Say why the line was refused: the question is shown again. */
static enum answer refuse(struct ask *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static enum answer
refuse(struct ask *a, const char *fmt, ...)
{
	char text[PLAIN_LINE_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	plain_say(a->p, 0, 0, text);
	return ANS_AGAIN;
}

/* The option LINE names by the start of its words (the Debian
 * installer's way): its number (1 to N), 0 when none or several (said). */
static int
choice_word(struct ask *a, const char *line, int n)
{
	const char *labels[PLAIN_CHOICES + 1];
	int i, one = 0, two = 0;

	for (i = 0; i < a->q->noptions && i < PLAIN_CHOICES; i++)
		labels[i] = interview_option_label(&a->p->w.sit, a->q, i);
	if (n > a->q->noptions)
		labels[i] = _("Skip this question");
	i = plain_word(line, labels, n, 0, &one, &two);
	if (i >= 0)
		return i + 1;
	if (i == -2)
		/* TRANSLATORS: %1$s is what was typed, %2$s and %3$s two
		   answers it begins. */
		plain_sayf(a->p, 0, 0, _("\"%1$s\" begins several answers, such as "
					 "%2$s and %3$s: type more letters, or the "
					 "number."), line, labels[one], labels[two]);
	else
		plain_sayf(a->p, 0, 0, _("Please type a number from %d to %d, or the "
					 "first letters of an answer."), 1, n);
	return 0;
}

static enum answer
answer_choice(struct ask *a, const char *line)
{
	const struct question *q = a->q;
	int optional = (q->flags & QUESTION_OPTIONAL) != 0, n = q->noptions + optional;
	int v = line[0] == '\0' ? kept(a) + 1 : plain_number(line);

	if (line[0] == '\0' && skips(a))
		v = q->noptions + 1;
	/* Enter with no answer kept: a number or a word is needed (asked
	 * again, as the wizard does). */
	if (v < 0 && line[0] != '\0' && (v = choice_word(a, line, n)) == 0)
		return ANS_AGAIN;
	if (v < 1 || v > n)
		return refuse(a, _("Please type a number from %d to %d, or the first "
				   "letters of an answer."), 1, n);
	if (v == q->noptions + 1) {           /* "Skip this question" */
		situation_unset(&a->p->w.sit, q->key);
		return ANS_DONE;
	}
	if (q->kind == QUESTION_LANG)
		return set(a, interview_langs[v - 1]);
	return set(a, situation_value_name(q->key, v - 1));
}

/* Enter on a multiple choice with nothing kept: "None of these?" */
static int
none_confirmed(struct ask *a)
{
	return plain_yes_no(a->p, _("None of these? Type yes or no:")) == 1;
}

static enum answer
answer_multi(struct ask *a, const char *line)
{
	const struct question *q = a->q;
	char copy[PLAIN_LINE_MAX], value[PLAIN_LINE_MAX];
	unsigned mask = 0;
	size_t n = 0;

	if (line[0] == '\0' && (kept(a) > 0 || SIT_HAS(&a->p->w.sit, q->key)))
		mask = (unsigned)(kept(a) > 0 ? kept(a) : 0);
	else if (line[0] == '\0' && !none_confirmed(a))
		return ANS_AGAIN;
	else if (line[0] == '\0')
		mask = 0;
	else if (strcmp(line, "0") == 0 || strcasecmp(line, "none") == 0 ||
		 strcasecmp(line, _("none")) == 0)
		mask = 0;
	else if (strpbrk(line, "0123456789") == NULL) {
		int v = choice_word(a, line, q->noptions);

		if (v == 0)
			return ANS_AGAIN;
		mask = 1u << (v - 1);
	} else {
		snprintf(copy, sizeof copy, "%s", line);
		for (char *t = strtok(copy, ", "); t != NULL; t = strtok(NULL, ", ")) {
			int v = plain_number(t);

			if (v < 1 || v > q->noptions) {
				/* TRANSLATORS: %1$s is what was typed. */
				plain_sayf(a->p, 0, 0, _("\"%1$s\" is not a number from 1 to %2$d."),
					   t, q->noptions);
				return ANS_AGAIN;
			}
			mask |= 1u << (v - 1);
		}
	}
	value[0] = '\0';
	for (int i = 0; i < q->noptions; i++)
		if (mask & (1u << i))
			n += (size_t)snprintf(value + n, sizeof value - n, "%s%s",
					      n ? "," : "", situation_value_name(q->key, i));
	return set(a, value);
}

static enum answer
answer_number(struct ask *a, const char *line)
{
	const struct question *q = a->q;
	char value[16];
	int lo = q->min, hi = q->max, v;

	if (q->kind == QUESTION_YEAR)
		interview_year_range(&lo, &hi);
	if (line[0] == '\0' && SIT_HAS(&a->p->w.sit, q->key))
		return ANS_DONE;
	v = line[0] == '\0' ? (q->kind == QUESTION_NUMBER ? q->def : -1) : plain_number(line);
	if (v < lo || v > hi)
		return refuse(a, q->kind == QUESTION_YEAR ?
			      _("Please type a year from %d to %d.") :
			      _("Please type a number from %d to %d."), lo, hi);
	snprintf(value, sizeof value, "%d", v);
	return set(a, value);
}

/* Say what was chosen (a search may pick a name the person did not
 * type in full), then go on. */
static enum answer
chosen(struct ask *a, const char *value)
{
	char text[PLAIN_LINE_MAX];

	if (set(a, value) != ANS_DONE)
		return ANS_AGAIN;
	plain_answer_text(a->p, a->q, text, sizeof text);
	/* TRANSLATORS: %s is the job or the département just chosen. */
	plain_sayf(a->p, 0, 2, _("Your answer: %s"), text);
	return ANS_DONE;
}

static int
search(struct ask *a, const char *query)
{
	struct tr_err e;
	int n;

	snprintf(a->query, sizeof a->query, "%s", query);
	if (a->q->kind == QUESTION_JOB) {
		struct job_hit hits[PLAIN_HITS + 1];

		n = jobs_search(a->p->w.store, query, hits, PLAIN_HITS + 1, &e);
		for (int i = 0; i < n && i < PLAIN_HITS; i++) {
			snprintf(a->codes[i], sizeof a->codes[i], "%.5s", hits[i].code);
			snprintf(a->titles[i], sizeof a->titles[i], "%s", hits[i].title);
			snprintf(a->names[i], sizeof a->names[i], "%.159s (%.159s)",
				 hits[i].title, hits[i].group);
		}
	} else {
		struct departement d[PLAIN_HITS + 1];

		n = market_find_departements(a->p->w.store, query, d, PLAIN_HITS + 1, &e);
		for (int i = 0; i < n && i < PLAIN_HITS; i++) {
			snprintf(a->codes[i], sizeof a->codes[i], "%.3s", d[i].code);
			snprintf(a->names[i], sizeof a->names[i], "%.3s %.95s", d[i].code, d[i].name);
		}
	}
	if (n < 0)
		plain_say(a->p, 0, 0, e.msg);
	return n;
}

/* Letters typed for a job or a département: one match is taken at
 * once for a département, several are listed. */
static enum answer
answer_search(struct ask *a, const char *line)
{
	int job = a->q->kind == QUESTION_JOB, v = plain_number(line);
	int shown = a->nhits < PLAIN_HITS ? a->nhits : PLAIN_HITS;

	if (line[0] == '\0') {
		if (SIT_HAS(&a->p->w.sit, a->q->key))
			return ANS_DONE;
		plain_say(a->p, 0, 0, job ?
			  _("Please type a few letters of the job name, or 0.") :
			  _("Please type the number or the first letters of the name of "
			    "your département."));
		return ANS_AGAIN;
	}
	if (job && v == 0)
		return chosen(a, SIT_JOB_UNKNOWN);
	if (a->listed && v >= 1 && v <= shown && line[0] != '0') {
		a->title = job ? a->titles[v - 1] : NULL;
		return chosen(a, a->codes[v - 1]);
	}
	if (a->listed && job && v >= 0)
		return refuse(a, _("Please type a number from %d to %d."), 0, shown);
	a->nhits = search(a, line);
	a->listed = 0;
	if (a->nhits < 0)
		return ANS_AGAIN;
	if (a->nhits == 0) {
		plain_sayf(a->p, 0, 0, job ? _("No job title matches \"%s\".") :
			   _("No département matches \"%s\"."), line);
		return ANS_AGAIN;
	}
	if (!job && a->nhits == 1) {
		a->title = NULL;
		return chosen(a, a->codes[0]);
	}
	a->listed = 1;
	show_list(a);
	return ANS_PROMPT;
}

static enum answer
answer(struct ask *a, const char *line)
{
	switch (a->q->kind) {
	case QUESTION_CHOICE: case QUESTION_LANG:
		return answer_choice(a, line);
	case QUESTION_MULTI:
		return answer_multi(a, line);
	case QUESTION_NUMBER: case QUESTION_YEAR:
		return answer_number(a, line);
	case QUESTION_JOB: case QUESTION_DEPARTEMENT:
		return answer_search(a, line);
	}
	return ANS_AGAIN;
}

static void
heading(struct plain *p, const struct question *q)
{
	plain_blank(p);
	if ((int)q->chapter == p->chapter)
		return;
	p->chapter = (int)q->chapter;
	plain_chapter(p, (int)q->chapter);
}

enum plain_step
plain_ask(struct plain *p, int qi)
{
	static struct ask a;
	char line[PLAIN_LINE_MAX], last[PLAIN_LINE_MAX] = "", what[PLAIN_LINE_MAX];
	int again = 1, first = 1;

	memset(&a, 0, sizeof a);
	a.p = p;
	a.q = interview_get(qi);
	a.qi = qi;
	if (a.q == NULL)
		return STEP_NEXT;
	heading(p, a.q);
	for (;;) {
		enum answer r;
		enum plain_read read;
		enum plain_step end;

		if (again) {
			/* Asked again (help, a refused line): a blank line
			 * sets it apart from what was said. */
			if (!first)
				plain_blank(p);
			show(&a);
		}
		first = 0;
		prompt(&a);
		read = plain_read_answer(p, line, sizeof line,
					 i18n_agree(&p->w.sit, a.q->help), &end);
		if (read == PLAIN_ENDED)
			return end;
		again = 1;
		r = read == PLAIN_ANSWER ? answer(&a, line) : ANS_AGAIN;
		if (r == ANS_DONE) {
			plain_answered(p);
			return STEP_NEXT;
		}
		again = r == ANS_AGAIN;
		/* A new search is an answer of sorts; the same one again is
		 * not. */
		if (r == ANS_PROMPT && strcmp(line, last) != 0) {
			snprintf(last, sizeof last, "%s", line);
			continue;
		}
		plain_question_line(a.q, what, sizeof what);
		if (plain_refused(p, qi, what))
			return STEP_STUCK;
	}
}
