/* pipeline.c - answers to facts, diagnosis, plan and resume code (see
 * pipeline.h). */
#include <config.h>

#include <string.h>

#include "interview.h"
#include "pipeline.h"

/* The answers said missing are only those of questions the interview
 * asks this person (F): every front end offers them to be answered. */
static void
only_asked(struct pipeline *p, const struct interview_facts *f)
{
	uint64_t asked = interview_asked_keys(&p->sit, f, ~(uint64_t)0);

	p->diag.missing &= asked;
	p->plan.missing &= asked;
	for (int c = 0; c < CHALLENGE__COUNT; c++)
		p->diag.challenges[c].out.missing &= asked;
	for (int i = 0; i < p->plan.n; i++)
		p->plan.items[i].out.missing &= asked;
}

/* An answer whose question the interview does not ask with these answers
 * (a diploma from abroad for someone with no diploma) is not diagnosed:
 * the wizard drops it when it stops applying, and a file or a resume code
 * is read the same way. The keys dropped are in P->dropped. */
static void
drop_unasked(struct pipeline *p, const struct interview_facts *f)
{
	uint64_t before = p->sit.answered;

	interview_prune(&p->sit, f);
	p->dropped = before & ~p->sit.answered;
}

int
pipeline_run(struct pipeline *p, struct store *st, const struct situation *s,
	     int year, struct tr_err *e)
{
	struct interview_facts inf;
	struct tr_err ce;

	memset(p, 0, sizeof *p);
	p->given = *s;
	p->sit = *s;
	p->year = year;
	p->ran = 1;
	if (rescode_encode(s, p->code, sizeof p->code, &ce) < 0)
		p->code[0] = '\0';
	diag_facts_init(&p->facts, year);
	if (diag_facts_load(st, s, year, &p->facts, e) < 0) {
		p->err = *e;
		diag_facts_init(&p->facts, year);
		return -1;
	}
	interview_facts_from_job(&inf, &p->sit, p->facts.has_job ? &p->facts.job : NULL);
	drop_unasked(p, &inf);
	diag_run(&p->sit, &p->facts, &p->diag);
	plan_build(&p->sit, &p->facts, &p->diag, &p->plan);
	only_asked(p, &inf);
	p->ok = 1;
	return 0;
}

/* The answers are compared byte for byte with those last given: two
 * copies of the same answers may differ in their padding, which only
 * costs a run. */
int
pipeline_update(struct pipeline *p, struct store *st, const struct situation *s,
		int year)
{
	struct tr_err e;

	if (p->ran && p->ok && p->year == year &&
	    memcmp(&p->given, s, sizeof *s) == 0)
		return 0;
	return pipeline_run(p, st, s, year, &e) < 0 ? -1 : 1;
}

void
pipeline_clear(struct pipeline *p)
{
	memset(p, 0, sizeof *p);
}

int
pipeline_text(FILE *fp, const struct pipeline *p, const struct export_options *o,
	      struct tr_err *e)
{
	struct export_options eo = *o;

	eo.resume_code = p->code[0] != '\0' ? p->code : NULL;
	return export_text(fp, &p->sit, &p->facts, &p->diag, &p->plan, &eo, e);
}

int
pipeline_json(FILE *fp, const struct pipeline *p, const char *file,
	      struct tr_err *e)
{
	return export_json_file(fp, file, &p->sit, &p->facts, &p->diag, &p->plan, e);
}
