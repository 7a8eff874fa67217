/* pipeline.h - the one way from answers to what every front end shows.
 *
 * pipeline_run() reads the facts about the job and the area from the
 * store, makes the diagnosis and the plan, and encodes the resume code;
 * the wizard, plain mode and `tremplin diagnose` all call it, and write
 * the result with pipeline_text() or pipeline_json().
 *
 * One error policy for all of them:
 *  - a figure the data does not have is not an error: the facts say
 *    "unknown" and the rules that need it say so;
 *  - a store that cannot be read is an error: -1 with E, and the result
 *    is marked not usable (ok = 0) so that no front end shows a diagnosis
 *    made without the data it needed. The resume code is still given, so
 *    that no answer is lost.
 *
 * Answers to questions the interview would not ask with the other
 * answers (interview_prune) are left out of the result, and their keys
 * are in DROPPED: a front end that read them from a file says so.
 *
 * pipeline_update() is for a front end that asks many times (the
 * wizard's diagnosis, plan and export screens): it runs only when the
 * answers or the year changed since the last run. */
#ifndef TREMPLIN_PIPELINE_H
#define TREMPLIN_PIPELINE_H

#include <stdio.h>

#include "diag.h"
#include "err.h"
#include "export.h"
#include "facts.h"
#include "plan.h"
#include "rescode.h"
#include "situation.h"
#include "store.h"

struct pipeline {
	int ok;                       /* 1: facts, diag and plan are usable */
	int ran;                      /* 1: sit and year are those of the last run */
	struct situation given;       /* the answers of the last run, as given */
	struct situation sit;         /* the answers the result is for */
	uint64_t dropped;             /* keys answered but not diagnosed: their
					 question is not asked with these answers */
	int year;                     /* the year of the diagnosis date */
	struct diag_facts facts;
	struct diag diag;
	struct plan plan;
	char code[RESCODE_MAX];       /* the resume code, "" when none */
	struct tr_err err;            /* when !ok: why */
};

/* Diagnose S against ST for a date in YEAR into P. Returns 0, or -1 with
 * E (and P->err) filled when the store could not be read. */
int pipeline_run(struct pipeline *p, struct store *st, const struct situation *s,
		 int year, struct tr_err *e);

/* pipeline_run() when S or YEAR differ from the last run, or when that run
 * failed; 1 when it ran, 0 when P was already up to date, -1 on error
 * (P->err says why). */
int pipeline_update(struct pipeline *p, struct store *st, const struct situation *s,
		    int year);

/* Forget the result (a new person at a kiosk): P is cleared. */
void pipeline_clear(struct pipeline *p);

/* The text export of P (export_text with the resume code of P). O gives
 * the date, the marks and the layout; its resume_code is ignored. */
int pipeline_text(FILE *fp, const struct pipeline *p, const struct export_options *o,
		  struct tr_err *e);
/* The JSON line of P (export_json_file) for the answers file FILE (its
 * "file" member; NULL: none). */
int pipeline_json(FILE *fp, const struct pipeline *p, const char *file,
		  struct tr_err *e);

#endif
