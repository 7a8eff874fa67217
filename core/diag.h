/* diag.h - the diagnosis: the ten main challenges, a score, four topics.
 *
 * Two steps, so that the rules stay pure and fast:
 *  1. diag_facts_load() reads everything the rules need from the store
 *     (job group, related jobs, market figures) into a plain struct;
 *  2. diag_run() applies the challenge rules (rules.h) to the situation
 *     and those facts. It reads nothing else and cannot fail.
 * The plan (plan.h) is built from the same two inputs. */
#ifndef TREMPLIN_DIAG_H
#define TREMPLIN_DIAG_H

#include <stdint.h>

#include "err.h"
#include "facts.h"
#include "jobs.h"
#include "market.h"
#include "rules.h"
#include "situation.h"
#include "store.h"

enum diag_status { DIAG_STRENGTH, DIAG_NEED, DIAG_UNKNOWN };

enum diag_topic { TOPIC_PROFILE, TOPIC_PROJECT, TOPIC_SEARCH, TOPIC_MARKET, TOPIC__COUNT };

struct diag_challenge {
	enum diag_status status;
	struct rule_out out;
};

struct diag {
	int main;                     /* enum challenge: the first that applies */
	int score;                    /* 0-100, see diag_score_doc */
	struct diag_challenge challenges[CHALLENGE__COUNT];
	enum diag_status topics[TOPIC__COUNT];
	int self_match;               /* 1 they named the main challenge, 0 another, -1 unknown */
	uint64_t missing;             /* unanswered keys that could change the diagnosis */
};

/* Diagnose S with the facts F. */
void diag_run(const struct situation *s, const struct diag_facts *f,
	      struct diag *d);

/* "need", "strength", "unknown" (JSON and docs). */
const char *diag_status_name(enum diag_status st);
/* The status ST of challenge C as the person reads it, translated: "to
 * work on", "fine", "not known yet" ("yes", "not yet" for bravo). */
const char *diag_status_word(int c, enum diag_status st);
/* "profile", "project", "search", "market". */
const char *diag_topic_name(enum diag_topic t);
/* Plain title of topic T, N_(). */
const char *diag_topic_title(enum diag_topic t);
/* The topic challenge C counts for, -1 for bravo. */
int diag_challenge_topic(int c);
/* Weight of challenge C in the score (bravo: 0). */
int diag_challenge_weight(int c);
/* How the score is computed, in plain English (for the docs). */
extern const char diag_score_doc[];

#endif
