/* interview-walk.c - walking the interview: which question applies to a
 * person (with the facts of their job and area), the next and previous
 * ones, the place of a question in its chapter, the answers still
 * missing, the birth-year range (interview.h). */
#include <config.h>

#include <string.h>

#include "clock.h"
#include "interview.h"
#include "jobs.h"

/* Paris and its inner suburbs: public transport covers a job search
 * there, unless the person would go further. */
static int
area_licence_matters(const struct situation *s)
{
	static const char *const dense[] = { "75", "92", "93", "94" };

	if (!SIT_HAS(s, SIT_DEPARTEMENT))
		return 1;
	if (SIT_HAS(s, SIT_MOBILITY) && s->mobility != MOBILITY_CITY &&
	    s->mobility != MOBILITY_DEPARTEMENT)
		return 1;
	for (size_t i = 0; i < sizeof dense / sizeof dense[0]; i++)
		if (strcmp(s->departement, dense[i]) == 0)
			return 0;
	return 1;
}

void
interview_facts_init(struct interview_facts *f, const struct situation *s)
{
	memset(f, 0, sizeof *f);
	f->area_licence_matters = area_licence_matters(s);
}

void
interview_facts_from_job(struct interview_facts *f, const struct situation *s,
			 const struct job_group *g)
{
	interview_facts_init(f, s);
	if (g == NULL)
		return;
	f->job_known = 1;
	f->job_needs_diploma = g->diploma_required != 0;
	f->job_licence_often = g->licence_often != 0;
}

uint64_t
interview_asked_keys(const struct situation *s, const struct interview_facts *f,
		     uint64_t mask)
{
	uint64_t out = 0;

	for (int i = 0; i < interview_count(); i++) {
		const struct question *q = interview_get(i);

		if ((mask >> q->key & 1u) && interview_applies(q, s, f))
			out |= (uint64_t)1 << q->key;
	}
	return out;
}

int
interview_applies(const struct question *q, const struct situation *s,
		  const struct interview_facts *f)
{
	struct interview_facts defaults;

	if (q == NULL)
		return 0;
	if (q->applies == NULL)
		return 1;
	if (f == NULL) {
		interview_facts_init(&defaults, s);
		f = &defaults;
	}
	return q->applies(s, f);
}

int
interview_next(const struct situation *s, const struct interview_facts *f, int from)
{
	if (from < -1)
		from = -1;
	for (int i = from + 1; i < interview_count(); i++)
		if (interview_applies(interview_get(i), s, f))
			return i;
	return interview_count();
}

int
interview_prev(const struct situation *s, const struct interview_facts *f, int from)
{
	if (from > interview_count())
		from = interview_count();
	for (int i = from - 1; i >= 0; i--)
		if (interview_applies(interview_get(i), s, f))
			return i;
	return -1;
}

int
interview_progress(const struct situation *s, const struct interview_facts *f,
		   int qi, int *at, int *of)
{
	const struct question *q = interview_get(qi);

	*at = 0;
	*of = 0;
	if (q == NULL || !interview_applies(q, s, f))
		return -1;
	for (int i = 0; i < interview_count(); i++) {
		const struct question *o = interview_get(i);

		if (o->chapter != q->chapter)
			continue;
		(*of)++;
		if (i <= qi && interview_applies(o, s, f))
			(*at)++;
	}
	return 0;
}

int
interview_missing(const struct situation *s, const struct interview_facts *f,
		  enum sit_key *keys)
{
	int n = 0;

	for (int i = 0; i < interview_count(); i++)
		if (interview_applies(interview_get(i), s, f) &&
		    !SIT_HAS(s, interview_get(i)->key))
			keys[n++] = interview_get(i)->key;
	return n;
}

void
interview_year_range(int *min, int *max)
{
	*min = SIT_YEAR_MIN;
	*max = clock_year() - SIT_MIN_AGE;
}

int
interview_find(enum sit_key k)
{
	int n = interview_count();

	for (int i = 0; i < n; i++)
		if (interview_get(i)->key == k)
			return i;
	return -1;
}

int
interview_find_id(const char *id)
{
	int n = interview_count();

	for (int i = 0; i < n; i++)
		if (strcmp(interview_get(i)->id, id) == 0)
			return i;
	return n;
}
