/* interview-facts.c - the facts the interview needs from the store: does
 * the target job usually require a diploma, a driving licence? Kept apart
 * from interview.c so that the interview links without core/jobs.c. */
#include <config.h>

#include "interview.h"
#include "jobs.h"

int
interview_facts_load(struct store *st, const struct situation *s,
		     struct interview_facts *f, struct tr_err *e)
{
	struct job_group g;
	int rc;

	interview_facts_init(f, s);
	if (!SIT_HAS(s, SIT_JOB) || s->job_unknown)
		return 0;
	rc = jobs_group(st, s->job, &g, e);
	if (rc < 0)
		return -1;
	interview_facts_from_job(f, s, rc == 1 ? &g : NULL);
	return 0;
}
