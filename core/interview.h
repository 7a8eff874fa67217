/* interview.h - the interview as data (DESIGN.md section 4).
 *
 * Both front ends (ncurses and plain) walk this table; neither hard-codes a
 * question. There is exactly one question per key of situation.h but
 * job_title (the job question sets it with the job), in the order they
 * are asked. A question appears only when it applies to the answers so
 * far and to facts about the job and area (struct interview_facts):
 * interview_next() and interview_prev() skip the others.
 *
 * Strings in the structs below are English msgids marked with N_(): show
 * them through _(). Functions that build text (interview_answer_label)
 * return it translated already. */
#ifndef TREMPLIN_INTERVIEW_H
#define TREMPLIN_INTERVIEW_H

#include <stddef.h>

#include "err.h"
#include "situation.h"
#include "store.h"

struct job_group;

/* Chapters, shown as the progress bar. Welcome holds the privacy notice
 * and the language; Summary holds the last question (self_diagnosis),
 * then the list of every answer, each editable, and "See my diagnosis". */
enum interview_chapter {
	CHAPTER_WELCOME, CHAPTER_ME, CHAPTER_PROJECT, CHAPTER_SEARCH,
	CHAPTER_CONSTRAINTS, CHAPTER_SUMMARY,
	CHAPTER__COUNT
};

/* Name of chapter C (msgid, e.g. "My job project"), NULL if out of range. */
const char *interview_chapter_name(int c);

enum question_kind {
	QUESTION_CHOICE,        /* one option: situation_set(key, value name) */
	QUESTION_MULTI,         /* any number of options, none allowed */
	QUESTION_NUMBER,        /* a whole number in [min, max] */
	QUESTION_YEAR,          /* four digits; interview_year_range() */
	QUESTION_JOB,           /* search job titles (jobs_search), or "I don't know yet" */
	QUESTION_DEPARTEMENT,   /* type a name or a code (market_find_departements) */
	QUESTION_LANG           /* one of interview_langs[] */
};

/* Flags of a question. */
#define QUESTION_OPTIONAL  1u   /* may be left unanswered: offer "Skip" */
#define QUESTION_SENSITIVE 2u   /* never stored in kiosk mode (disability) */

#define QUESTION_NO_DEFAULT (-1)

struct question_option {
	const char *label;      /* the option as offered (msgid, <= 60 columns) */
	const char *brief;      /* the same in a few words for the Summary and
				   narrow screens (msgid, <= 24 columns) */
};

struct interview_facts;

struct question {
	const char *id;                 /* stable name, the key name */
	enum sit_key key;
	enum interview_chapter chapter;
	enum question_kind kind;
	unsigned flags;                 /* QUESTION_OPTIONAL ... */
	const char *text;               /* the question (msgid; at most 2 lines
					   of 70 columns, split by \n) */
	const char *help;               /* why we ask, how the answer is used
					   (msgid, a few sentences) */
	/* CHOICE and MULTI: one option per value of the key, in the order of
	 * the enum of situation.h (noptions == situation_nvalues(key)).
	 * LANG: one per interview_langs[] entry (labels are language names
	 * in their own language, not translated). */
	const struct question_option *options;
	int noptions;
	/* NUMBER: the range, and what its ends mean when they are special
	 * (msgids or NULL): "Not started yet" for 0 months... */
	int min, max;
	const char *min_label, *max_label;
	/* JOB: the "I don't know yet" choice (msgid). */
	const char *unknown_label;
	/* CHOICE and LANG: index of the default option; MULTI: default bit
	 * mask; NUMBER: a default number; QUESTION_NO_DEFAULT when none. */
	int def;
	/* Whether the question is asked; NULL means always. F is never NULL
	 * here (interview_applies passes defaults when it is). */
	int (*applies)(const struct situation *s, const struct interview_facts *f);
};

/* What the interview needs to know beyond the answers: facts of the target
 * job (from the store) and of the area. */
struct interview_facts {
	int job_known;                  /* the job group was found */
	int job_needs_diploma;          /* a diploma is usually required */
	int job_licence_often;          /* a driving licence is often required */
	int area_licence_matters;       /* the area is not one where public
					   transport covers the search */
};

/* Facts without the store: the job is not known (no diploma question),
 * the area is judged from S alone. */
void interview_facts_init(struct interview_facts *f, const struct situation *s);
/* Facts from job group G (NULL: not found) and S. */
void interview_facts_from_job(struct interview_facts *f, const struct situation *s,
			      const struct job_group *g);
/* Facts for S read from the store (jobs_group). 0, or -1 with E filled
 * (F then holds interview_facts_init()'s defaults). Lives in
 * core/interview-facts.c. */
int interview_facts_load(struct store *st, const struct situation *s,
			 struct interview_facts *f, struct tr_err *e);

/* The questions in order. */
int interview_count(void);
const struct question *interview_get(int i);       /* NULL if out of range */
/* Index of the question of key K. */
int interview_find(enum sit_key k);
/* Index of the question whose screen id is ID (as the sessions file keeps
 * it), or interview_count() for any other id (the Summary and after). */
int interview_find_id(const char *id);

/* 1 when question Q is asked given S and F (F may be NULL: defaults). */
int interview_applies(const struct question *q, const struct situation *s,
		      const struct interview_facts *f);
/* The keys of MASK whose questions are asked given S and F: a rule's
 * "missing" answer to a question the interview never asks (the licence
 * when the job does not need one) is not offered to the person. */
uint64_t interview_asked_keys(const struct situation *s, const struct interview_facts *f,
			      uint64_t mask);
/* Index of the next question after FROM that applies (FROM = -1: the
 * first), or interview_count() when there is none: the Summary. */
int interview_next(const struct situation *s, const struct interview_facts *f,
		   int from);
/* Index of the question before FROM that applies, or -1: the Welcome
 * screen. FROM may be interview_count() (from the Summary). */
int interview_prev(const struct situation *s, const struct interview_facts *f,
		   int from);
/* Where question QI stands in its chapter, for "Question 2 of 6 in this
 * chapter": *AT is its rank among the questions of its chapter that
 * apply to S and F, itself included (so 1, 2, 3... along a walk, with no
 * gap); *OF is the number of questions the chapter holds, whether they
 * apply or not, so that it never moves while the answers change. The
 * walk may leave a chapter before *AT reaches *OF. Returns 0, or -1 when
 * QI is out of range or does not apply (asked again from the Summary
 * after the answers changed). Both front ends say this count. */
int interview_progress(const struct situation *s, const struct interview_facts *f,
		       int qi, int *at, int *of);
/* What answer key K is about, in a few words ("Highest diploma"),
 * translated: how the exports and the reasons name an answer. */
const char *interview_key_title(enum sit_key k);

/* Forget the answers whose question no longer applies (seniority after
 * experience became "never"...), so that neither the Summary nor the
 * diagnosis reads an answer the person could not see. Repeats until
 * nothing changes; returns how many answers were dropped. With a job
 * the data does not know (F->job_known 0), the answers that depend on
 * what the job asks are kept. */
int interview_prune(struct situation *s, const struct interview_facts *f);

/* Keys whose question applies but that are not answered, in interview
 * order, into KEYS (room for SIT__COUNT); returns how many. Optional
 * questions count too: the diagnosis says what they would change. */
int interview_missing(const struct situation *s, const struct interview_facts *f,
		      enum sit_key *keys);

/* The answer to K in words, translated, into BUF ("CAP or BEP",
 * "Permanent contract, Temporary agency work", "3 months", "D1102"...):
 * the brief labels in the words of the person (i18n_agree), joined with
 * ", ", or interview_none_label(). For a job, the ROME code (the front
 * end knows the job name). "Not answered" when K is not answered. */
const char *interview_answer_label(const struct situation *s, enum sit_key k,
				   char *buf, size_t size);

/* Option I of Q as offered, translated and in the words of the person of
 * S (i18n_agree; S may be NULL); a language name as it is (LANG). */
const char *interview_option_label(const struct situation *s, const struct question *q,
				   int i);
/* "None" as the answer to list key K when nothing was chosen, translated
 * so that it agrees with what the list names. */
const char *interview_none_label(enum sit_key k);

/* Languages offered for `lang`, NULL-terminated: {"fr", "en", NULL}. */
extern const char *const interview_langs[];

/* Oldest and youngest birth years accepted (situation.c's rule). */
void interview_year_range(int *min, int *max);

/* The privacy notice of the Welcome chapter, as NULL-terminated lists of
 * paragraphs (msgids), one per mode. */
enum privacy_mode { PRIVACY_HOME, PRIVACY_KIOSK, PRIVACY_ADVISER };
extern const char *const interview_privacy_title;
const char *const *interview_privacy(enum privacy_mode m);

#endif
