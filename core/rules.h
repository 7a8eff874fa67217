/* rules.h - the diagnosis and recommendation rules, as a table of data
 * (STYLE.md practice 11).
 *
 * Each rule is a named entry: what it reads (for the documentation) and a
 * pure function of the situation and of the facts gathered beforehand from
 * the store (struct diag_facts, diag.h). A rule returns a score 0-3 with
 * the reasons behind it and the unanswered keys that could change it.
 *
 * Challenge rules (one per main challenge of DESIGN.md section 5) score 3
 * when the challenge applies ("need"), 0 when it does not ("strength"),
 * and set `unknown` when a missing answer or missing data leaves it open.
 * Action rules (one per action of the catalogue) score how much the action
 * fits: 0 not shown, 1 may help, 2 recommended, 3 a priority. */
#ifndef TREMPLIN_RULES_H
#define TREMPLIN_RULES_H

#include <stddef.h>
#include <stdint.h>

#include "catalog.h"
#include "facts.h"
#include "situation.h"


#define RULES_MAX_REASONS 4
#define RULES_MAX_FACTS 3
#define RULES_VALUE_MAX 48

enum fact_kind {
	FACT_ANSWER,          /* an answer: key=value */
	FACT_FIGURE,          /* a market figure: index into diag_facts.figures */
	FACT_DATA             /* a job-group datum: name=value (e.g. diploma_level=bac) */
};

struct rule_fact {
	enum fact_kind kind;
	int key;                      /* FACT_ANSWER: enum sit_key */
	int figure;                   /* FACT_FIGURE: enum diag_figure */
	const char *name;             /* FACT_DATA: static name of the datum */
	char value[RULES_VALUE_MAX];  /* answer value as in the answers file, or datum */
};

struct rule_reason {
	const char *text;             /* N_() msgid: translate with _() to show */
	int nfacts;
	struct rule_fact facts[RULES_MAX_FACTS];
};

struct rule_out {
	int score;                    /* 0-3 */
	int unknown;                  /* challenge rules: left open by missing answers or data */
	uint64_t missing;             /* bit k: unanswered key k could change the result */
	int nreasons;
	struct rule_reason reasons[RULES_MAX_REASONS];
};

enum rule_kind { RULE_CHALLENGE, RULE_ACTION };

typedef void (*rule_fn)(const struct situation *s, const struct diag_facts *f,
			struct rule_out *out);

struct rule {
	const char *id;               /* "stuck-market": the challenge or action id */
	enum rule_kind kind;
	int target;                   /* enum challenge or enum action_id */
	const char *reads;            /* answer keys and data it reads, for the docs */
	const char *when;             /* plain English: when it fires and how strongly */
	rule_fn fn;
};

/* The table: the ten challenge rules in their order, then one rule per
 * action in catalogue order. */
extern const struct rule rules_table[];
extern const int rules_count;

/* The rule of challenge C / of action A. */
const struct rule *rules_challenge(int c);
const struct rule *rules_action(int a);

/* Run rule R: OUT is cleared first. */
void rules_run(const struct rule *r, const struct situation *s,
	       const struct diag_facts *f, struct rule_out *out);

/* Reference thresholds (DESIGN.md section 5). */
#define RULES_STUCK_TENSION FACTS_STUCK_TENSION /* at most 3 offers per 10 candidates */
#define RULES_METHODS_MONTHS 2        /* searching 2 months or more ... */
#define RULES_OFFER_INTERVIEWS 4      /* at least 4 interviews ... */
#define RULES_OFFER_MONTHS 3          /* ... still searching 3 months or more */
#define RULES_EASY_TENSION 7.0        /* more offers per 10 candidates: an easy market */
#define RULES_SHORT_SEARCH_MONTHS 6   /* a search this long or shorter is short */
#define RULES_YOUNG_AGE 30            /* under 30: young enough to choose again */

/* Main-challenge titles in plain words (N_(): translate to show). */
const char *rules_challenge_title(int c);

/* The target job often asks for a driving licence and they have none: a
 * prerequisite of the job (driving-licence; plan.c puts it first). */
int rules_licence_lacking(const struct situation *s, const struct diag_facts *f);

/* Value of answered key K as written in an answers file ("cap_bep",
 * "childcare,housing", "12"; "" for an empty list) into BUF; -1 (BUF empty) when unanswered. */
int rules_answer_value(const struct situation *s, int k, char *buf, size_t len);


#endif
