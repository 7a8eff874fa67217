/* test-rules.c - every rule of the table on situations built in C, with
 * facts filled by hand (no database): the reference thresholds of
 * DESIGN.md section 5 at their edges, then the diagnosis and the plan. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "check.h"
#include "diag.h"
#include "plan.h"
#include "rules.h"

static struct situation S;
static struct diag_facts F;
static struct rule_out O;

#define SET(key, field, val) do { S.field = (val); S.answered |= (uint64_t)1 << (key); } while (0)
#define UNSET(key) (S.answered &= ~((uint64_t)1 << (key)))
#define BIT(i) (1u << (i))

static void
reset(void)
{
	situation_init(&S);
	diag_facts_init(&F, 2026);
}

/* Challenge C: 3 need, 0 strength, -1 unknown. */
static int
ch(int c)
{
	rules_run(rules_challenge(c), &S, &F, &O);
	return O.unknown ? -1 : O.score;
}

static int
ac(int a)
{
	rules_run(rules_action(a), &S, &F, &O);
	return O.score;
}

static int
missing(int key)
{
	return (int)((O.missing >> key) & 1);
}

/* A market figure with OFFERS and CANDIDATES in slot SLOT. */
static void
figure(int slot, int offers, int candidates)
{
	struct market_figure *m = &F.figures[slot];

	memset(m, 0, sizeof *m);
	F.has_figure[slot] = 1;
	strcpy(m->rome, "D1102");
	m->level = slot == DIAG_FIG_LOCAL ? AREA_DEPARTEMENT : AREA_DEPARTEMENT;
	strcpy(m->area, slot == DIAG_FIG_LOCAL ? "33" : "40");
	m->offers = offers;
	m->candidates = candidates;
	m->tension = -1;
	m->seasonal_months = 0;
	m->cdi_share = m->cdd_share = m->interim_share = -1;
	strcpy(m->source, "test");
	m->year = 2024;
	m->example = 1;
}

static void
job(int diploma_required, int level, int licence)
{
	SET(SIT_JOB, job_unknown, 0);
	strcpy(S.job, "D1102");
	F.has_job = 1;
	strcpy(F.job.code, "D1102");
	F.job.diploma_required = diploma_required;
	F.job.diploma_level = level;
	F.job.licence_often = licence;
}

static void
test_table(void)
{
	CHECK_INT(rules_count, CHALLENGE__COUNT + ACTION__COUNT);
	for (int c = 0; c < CHALLENGE__COUNT; c++) {
		CHECK_STR(rules_challenge(c)->id, challenge_id(c));
		CHECK_INT(rules_challenge(c)->kind, RULE_CHALLENGE);
		CHECK(rules_challenge_title(c) != NULL);
	}
	for (int a = 0; a < ACTION__COUNT; a++) {
		CHECK_INT(catalog_find(rules_action(a)->id), a);
		CHECK_INT(rules_action(a)->kind, RULE_ACTION);
		CHECK(rules_action(a)->reads[0] != '\0' && rules_action(a)->when[0] != '\0');
	}
}

static void
test_basic_needs(void)
{
	reset();
	CHECK_INT(ch(CHALLENGE_BASIC_NEEDS), -1);
	CHECK(missing(SIT_BARRIERS));
	SET(SIT_BARRIERS, barriers, BIT(BARRIER_TRANSPORT));
	CHECK_INT(ch(CHALLENGE_BASIC_NEEDS), 0);
	for (int b = 0; b <= BARRIER_LEGAL; b++) {
		if (b == BARRIER_TRANSPORT)
			continue;
		SET(SIT_BARRIERS, barriers, BIT(b));
		CHECK_INT(ch(CHALLENGE_BASIC_NEEDS), 3);
		CHECK_INT(O.nreasons, 1);
		CHECK_INT(O.reasons[0].facts[0].key, SIT_BARRIERS);
		CHECK_STR(O.reasons[0].facts[0].value, situation_value_name(SIT_BARRIERS, b));
	}
	SET(SIT_BARRIERS, barriers, BIT(BARRIER_HOUSING) | BIT(BARRIER_HEALTH));
	CHECK_INT(ch(CHALLENGE_BASIC_NEEDS), 3);
	CHECK_INT(O.nreasons, 2);
}

static void
test_undefined_project(void)
{
	reset();
	CHECK_INT(ch(CHALLENGE_UNDEFINED_PROJECT), -1);
	CHECK(missing(SIT_JOB));
	SET(SIT_JOB, job_unknown, 1);
	CHECK_INT(ch(CHALLENGE_UNDEFINED_PROJECT), 3);
	job(0, -1, 0);
	SET(SIT_PROJECT, project, PROJECT_NEW_JOB);
	CHECK_INT(ch(CHALLENGE_UNDEFINED_PROJECT), 0);
	SET(SIT_PROJECT, project, PROJECT_REORIENTATION);
	CHECK_INT(ch(CHALLENGE_UNDEFINED_PROJECT), -1);
	CHECK(missing(SIT_PASSION));
	SET(SIT_PASSION, passion, PASSION_ALIMENTARY);
	CHECK_INT(ch(CHALLENGE_UNDEFINED_PROJECT), 3);
	SET(SIT_PASSION, passion, PASSION_LIKEABLE);
	CHECK_INT(ch(CHALLENGE_UNDEFINED_PROJECT), 0);
	UNSET(SIT_PROJECT);
	SET(SIT_PASSION, passion, PASSION_ALIMENTARY);
	CHECK_INT(ch(CHALLENGE_UNDEFINED_PROJECT), -1);
	CHECK(missing(SIT_PROJECT));
}

static void
test_french(void)
{
	reset();
	CHECK_INT(ch(CHALLENGE_FRENCH_LANGUAGE), -1);
	SET(SIT_FRENCH_LEVEL, french_level, FRENCH_BEGINNER);
	CHECK_INT(ch(CHALLENGE_FRENCH_LANGUAGE), 3);
	SET(SIT_FRENCH_LEVEL, french_level, FRENCH_INTERMEDIATE);
	CHECK_INT(ch(CHALLENGE_FRENCH_LANGUAGE), -1);
	CHECK(missing(SIT_FRUSTRATIONS));
	SET(SIT_FRUSTRATIONS, frustrations, BIT(FRUST_TIME));
	CHECK_INT(ch(CHALLENGE_FRENCH_LANGUAGE), 0);
	SET(SIT_FRUSTRATIONS, frustrations, BIT(FRUST_LANGUAGE));
	CHECK_INT(ch(CHALLENGE_FRENCH_LANGUAGE), 3);
	SET(SIT_FRENCH_LEVEL, french_level, FRENCH_FLUENT);
	CHECK_INT(ch(CHALLENGE_FRENCH_LANGUAGE), 0);
}

static void
test_stuck_market(void)
{
	reset();
	CHECK_INT(ch(CHALLENGE_STUCK_MARKET), -1);
	job(0, -1, 0);
	SET(SIT_DEPARTEMENT, departement[0], '3');
	strcpy(S.departement, "33");
	CHECK_INT(ch(CHALLENGE_STUCK_MARKET), -1);   /* no figure */
	figure(DIAG_FIG_LOCAL, 3, 10);
	SET(SIT_MOBILITY, mobility, MOBILITY_DEPARTEMENT);
	CHECK_INT(ch(CHALLENGE_STUCK_MARKET), 3);    /* 3 per 10: stuck */
	CHECK_INT(O.reasons[0].facts[0].kind, FACT_FIGURE);
	CHECK_INT(O.reasons[0].facts[0].figure, DIAG_FIG_LOCAL);
	figure(DIAG_FIG_LOCAL, 4, 10);
	CHECK_INT(ch(CHALLENGE_STUCK_MARKET), 0);    /* 4 per 10: not */
	figure(DIAG_FIG_LOCAL, 30, 100);
	CHECK_INT(ch(CHALLENGE_STUCK_MARKET), 3);
	F.figures[DIAG_FIG_LOCAL].tension = 3.1;     /* the stored tension wins */
	CHECK_INT(ch(CHALLENGE_STUCK_MARKET), 0);
	/* mobility region/country: the best area within reach */
	figure(DIAG_FIG_LOCAL, 2, 10);
	figure(DIAG_FIG_REGION, 5, 10);
	figure(DIAG_FIG_COUNTRY, 3, 10);
	CHECK_INT(ch(CHALLENGE_STUCK_MARKET), 3);
	SET(SIT_MOBILITY, mobility, MOBILITY_REGION);
	CHECK_INT(ch(CHALLENGE_STUCK_MARKET), 0);
	CHECK_INT(O.reasons[0].facts[0].figure, DIAG_FIG_REGION);
	SET(SIT_MOBILITY, mobility, MOBILITY_COUNTRY);
	CHECK_INT(ch(CHALLENGE_STUCK_MARKET), 3);
	/* mobility unknown: local figure, and mobility would change it */
	figure(DIAG_FIG_COUNTRY, 8, 10);
	UNSET(SIT_MOBILITY);
	CHECK_INT(ch(CHALLENGE_STUCK_MARKET), 3);
	CHECK(missing(SIT_MOBILITY));
	SET(SIT_JOB, job_unknown, 1);
	CHECK_INT(ch(CHALLENGE_STUCK_MARKET), -1);
}

static void
test_missing_diploma(void)
{
	reset();
	SET(SIT_JOB, job_unknown, 1);
	CHECK_INT(ch(CHALLENGE_MISSING_DIPLOMA), -1);
	job(0, -1, 0);
	CHECK_INT(ch(CHALLENGE_MISSING_DIPLOMA), 0);
	job(1, DIPLOMA_BAC, 0);
	SET(SIT_DIPLOMA, diploma, DIPLOMA_BAC);
	CHECK_INT(ch(CHALLENGE_MISSING_DIPLOMA), 0);
	SET(SIT_DIPLOMA, diploma, DIPLOMA_CAP_BEP);
	/* training not answered: the gap stands, unless they have done this
	 * very job (they may hold its diploma: not known) */
	CHECK_INT(ch(CHALLENGE_MISSING_DIPLOMA), 3);
	CHECK(missing(SIT_TRAINING));
	SET(SIT_EXPERIENCE, experience, EXPERIENCE_SIMILAR);
	CHECK_INT(ch(CHALLENGE_MISSING_DIPLOMA), 3);
	SET(SIT_EXPERIENCE, experience, EXPERIENCE_DONE_THIS);
	CHECK_INT(ch(CHALLENGE_MISSING_DIPLOMA), -1);
	CHECK(missing(SIT_TRAINING));
	UNSET(SIT_EXPERIENCE);
	SET(SIT_TRAINING, training, TRAINING_NOT_SURE);
	CHECK_INT(ch(CHALLENGE_MISSING_DIPLOMA), 3);
	SET(SIT_TRAINING, training, TRAINING_ENOUGH_EXPERIENCE);
	CHECK_INT(ch(CHALLENGE_MISSING_DIPLOMA), 3);
	SET(SIT_TRAINING, training, TRAINING_IN_TRAINING);
	CHECK_INT(ch(CHALLENGE_MISSING_DIPLOMA), 0);
	SET(SIT_TRAINING, training, TRAINING_ENOUGH_DIPLOMAS);
	CHECK_INT(ch(CHALLENGE_MISSING_DIPLOMA), 0);
	/* a senior of 50 or more: the diploma matters less */
	SET(SIT_TRAINING, training, TRAINING_NOT_SURE);
	SET(SIT_SENIORITY, seniority, SENIORITY_SENIOR);
	SET(SIT_BIRTH_YEAR, birth_year, 2026 - 50);
	CHECK_INT(ch(CHALLENGE_MISSING_DIPLOMA), 0);
	SET(SIT_BIRTH_YEAR, birth_year, 2026 - 49);
	CHECK_INT(ch(CHALLENGE_MISSING_DIPLOMA), 3);
	/* a creator: no employer asks for the diploma */
	SET(SIT_PROJECT, project, PROJECT_CREATE_COMPANY);
	CHECK_INT(ch(CHALLENGE_MISSING_DIPLOMA), 0);
	UNSET(SIT_PROJECT);
	/* an unknown level is unknown, never "below" */
	UNSET(SIT_DIPLOMA);
	CHECK_INT(ch(CHALLENGE_MISSING_DIPLOMA), -1);
	CHECK(missing(SIT_DIPLOMA));
	SET(SIT_DIPLOMA, diploma, DIPLOMA_BAC5);
	F.job.diploma_level = -1;
	CHECK_INT(ch(CHALLENGE_MISSING_DIPLOMA), -1);
}

static void
test_find_what_you_like(void)
{
	reset();
	CHECK_INT(ch(CHALLENGE_FIND_WHAT_YOU_LIKE), -1);
	SET(SIT_PASSION, passion, PASSION_ALIMENTARY);
	/* the feeling alone is not enough: is it the time to choose? */
	CHECK_INT(ch(CHALLENGE_FIND_WHAT_YOU_LIKE), -1);
	CHECK(missing(SIT_BIRTH_YEAR) && missing(SIT_SEARCH_MONTHS));
	SET(SIT_BIRTH_YEAR, birth_year, 2026 - 29);
	CHECK_INT(ch(CHALLENGE_FIND_WHAT_YOU_LIKE), 3);
	SET(SIT_SENIORITY, seniority, SENIORITY_SENIOR);
	CHECK_INT(ch(CHALLENGE_FIND_WHAT_YOU_LIKE), 0);
	UNSET(SIT_SENIORITY);
	SET(SIT_BIRTH_YEAR, birth_year, 2026 - 30);
	CHECK_INT(ch(CHALLENGE_FIND_WHAT_YOU_LIKE), -1);
	SET(SIT_SEARCH_MONTHS, search_months, 7);
	CHECK_INT(ch(CHALLENGE_FIND_WHAT_YOU_LIKE), 0);
	SET(SIT_SEARCH_MONTHS, search_months, 6);
	CHECK_INT(ch(CHALLENGE_FIND_WHAT_YOU_LIKE), -1);
	SET(SIT_PROJECT, project, PROJECT_REORIENTATION);
	CHECK_INT(ch(CHALLENGE_FIND_WHAT_YOU_LIKE), 3);
	SET(SIT_PROJECT, project, PROJECT_NEW_JOB);
	SET(SIT_EXPERIENCE, experience, EXPERIENCE_DONE_THIS);
	CHECK_INT(ch(CHALLENGE_FIND_WHAT_YOU_LIKE), 0);
	SET(SIT_EXPERIENCE, experience, EXPERIENCE_NEVER);
	CHECK_INT(ch(CHALLENGE_FIND_WHAT_YOU_LIKE), 3);
	/* an easy market: more than 7 offers per 10 candidates */
	figure(DIAG_FIG_LOCAL, 71, 100);
	CHECK_INT(ch(CHALLENGE_FIND_WHAT_YOU_LIKE), 0);
	figure(DIAG_FIG_LOCAL, 70, 100);
	CHECK_INT(ch(CHALLENGE_FIND_WHAT_YOU_LIKE), 3);
	/* a creator only with the motivation frustration */
	SET(SIT_PROJECT, project, PROJECT_CREATE_COMPANY);
	SET(SIT_FRUSTRATIONS, frustrations, 0);
	CHECK_INT(ch(CHALLENGE_FIND_WHAT_YOU_LIKE), 0);
	SET(SIT_FRUSTRATIONS, frustrations, BIT(FRUST_MOTIVATION));
	CHECK_INT(ch(CHALLENGE_FIND_WHAT_YOU_LIKE), 3);
	SET(SIT_PROJECT, project, PROJECT_REORIENTATION);
	SET(SIT_PASSION, passion, PASSION_LIKEABLE);
	CHECK_INT(ch(CHALLENGE_FIND_WHAT_YOU_LIKE), 3);
	SET(SIT_FRUSTRATIONS, frustrations, 0);
	CHECK_INT(ch(CHALLENGE_FIND_WHAT_YOU_LIKE), 0);
	SET(SIT_PASSION, passion, PASSION_PASSIONATE);
	SET(SIT_FRUSTRATIONS, frustrations, BIT(FRUST_MOTIVATION));
	CHECK_INT(ch(CHALLENGE_FIND_WHAT_YOU_LIKE), 0);
}

static void
test_search(void)
{
	reset();
	CHECK_INT(ch(CHALLENGE_START_YOUR_SEARCH), -1);
	SET(SIT_SEARCH_MONTHS, search_months, 0);
	CHECK_INT(ch(CHALLENGE_START_YOUR_SEARCH), 3);
	SET(SIT_SEARCH_MONTHS, search_months, 1);
	CHECK_INT(ch(CHALLENGE_START_YOUR_SEARCH), 0);

	/* enhance methods: 2 months or more, fewer than 1 interview a month */
	reset();
	CHECK_INT(ch(CHALLENGE_ENHANCE_METHODS), -1);
	SET(SIT_SEARCH_MONTHS, search_months, 1);
	CHECK_INT(ch(CHALLENGE_ENHANCE_METHODS), 0);         /* 1 month: too early */
	SET(SIT_SEARCH_MONTHS, search_months, 2);
	CHECK_INT(ch(CHALLENGE_ENHANCE_METHODS), -1);
	CHECK(missing(SIT_INTERVIEWS));
	SET(SIT_INTERVIEWS, interviews, 1);
	CHECK_INT(ch(CHALLENGE_ENHANCE_METHODS), 3);         /* 1 in 2 months */
	SET(SIT_INTERVIEWS, interviews, 2);
	CHECK_INT(ch(CHALLENGE_ENHANCE_METHODS), 0);         /* 2 in 2 months */

	/* interview to offer: >= 4 interviews, >= 1 a month, >= 3 months */
	reset();
	CHECK_INT(ch(CHALLENGE_INTERVIEW_TO_OFFER), -1);
	SET(SIT_INTERVIEWS, interviews, 3);
	CHECK_INT(ch(CHALLENGE_INTERVIEW_TO_OFFER), 0);      /* decided without months */
	SET(SIT_INTERVIEWS, interviews, 4);
	CHECK_INT(ch(CHALLENGE_INTERVIEW_TO_OFFER), -1);
	CHECK(missing(SIT_SEARCH_MONTHS));
	SET(SIT_SEARCH_MONTHS, search_months, 3);
	CHECK_INT(ch(CHALLENGE_INTERVIEW_TO_OFFER), 3);
	SET(SIT_INTERVIEWS, interviews, 3);
	CHECK_INT(ch(CHALLENGE_INTERVIEW_TO_OFFER), 0);
	SET(SIT_INTERVIEWS, interviews, 4);
	SET(SIT_SEARCH_MONTHS, search_months, 2);
	CHECK_INT(ch(CHALLENGE_INTERVIEW_TO_OFFER), 0);      /* not 3 months yet */
	SET(SIT_SEARCH_MONTHS, search_months, 5);
	CHECK_INT(ch(CHALLENGE_INTERVIEW_TO_OFFER), 0);      /* fewer than 1 a month */
	SET(SIT_INTERVIEWS, interviews, 21);
	CHECK_INT(ch(CHALLENGE_INTERVIEW_TO_OFFER), 3);
}

static void
test_bravo(void)
{
	reset();
	CHECK_INT(ch(CHALLENGE_BRAVO), -1);
	SET(SIT_SEARCH_MONTHS, search_months, 0);
	CHECK_INT(ch(CHALLENGE_BRAVO), 0);
	CHECK_INT(O.missing, 0);
}

/* Build a complete situation where no challenge applies. */
static void
all_fine(void)
{
	reset();
	job(0, -1, 0);
	strcpy(S.departement, "33");
	S.answered |= (uint64_t)1 << SIT_DEPARTEMENT;
	figure(DIAG_FIG_LOCAL, 8, 10);
	SET(SIT_BARRIERS, barriers, 0);
	SET(SIT_PROJECT, project, PROJECT_NEW_JOB);
	SET(SIT_PASSION, passion, PASSION_PASSIONATE);
	SET(SIT_FRENCH_LEVEL, french_level, FRENCH_NATIVE);
	SET(SIT_MOBILITY, mobility, MOBILITY_DEPARTEMENT);
	SET(SIT_SEARCH_MONTHS, search_months, 3);
	SET(SIT_INTERVIEWS, interviews, 3);
	SET(SIT_FRUSTRATIONS, frustrations, 0);
}

static void
test_actions(void)
{
	reset();
	for (int a = 0; a < ACTION__COUNT; a++)
		CHECK_INT(ac(a), 0);   /* nothing answered: nothing proposed */

	reset();
	SET(SIT_BARRIERS, barriers, BIT(BARRIER_CHILDCARE) | BIT(BARRIER_HOUSING) |
	    BIT(BARRIER_HEALTH) | BIT(BARRIER_FINANCES) | BIT(BARRIER_TRANSPORT) |
	    BIT(BARRIER_CARE_RELATIVE));
	CHECK_INT(ac(ACTION_CHILDCARE_SOLUTION), 3);
	CHECK_INT(ac(ACTION_HOUSING_HELP), 3);
	CHECK_INT(ac(ACTION_HEALTH_SUPPORT), 3);
	CHECK_INT(ac(ACTION_FINANCIAL_HELP), 3);
	CHECK_INT(ac(ACTION_MOBILITY_HELP), 3);
	CHECK_INT(ac(ACTION_CAREGIVER_SUPPORT), 3);
	SET(SIT_DRIVING_LICENCE, driving_licence, LICENCE_NO);
	CHECK_INT(ac(ACTION_DRIVING_LICENCE), 2);
	SET(SIT_BARRIERS, barriers, 0);
	CHECK_INT(ac(ACTION_DRIVING_LICENCE), 0);
	job(0, -1, 1);
	CHECK_INT(ac(ACTION_DRIVING_LICENCE), 3);
	SET(SIT_DRIVING_LICENCE, driving_licence, LICENCE_IN_PROGRESS);
	CHECK_INT(ac(ACTION_DRIVING_LICENCE), 1);
	SET(SIT_DRIVING_LICENCE, driving_licence, LICENCE_YES);
	CHECK_INT(ac(ACTION_DRIVING_LICENCE), 0);
	CHECK_INT(ac(ACTION_CHILDCARE_SOLUTION), 0);
	SET(SIT_FRUSTRATIONS, frustrations, BIT(FRUST_CHILDCARE));
	CHECK_INT(ac(ACTION_CHILDCARE_SOLUTION), 2);
	SET(SIT_VEHICLE, vehicle, YESNO_NO);
	SET(SIT_MOBILITY, mobility, MOBILITY_CITY);
	CHECK_INT(ac(ACTION_MOBILITY_HELP), 0);
	SET(SIT_MOBILITY, mobility, MOBILITY_REGION);
	CHECK_INT(ac(ACTION_MOBILITY_HELP), 2);

	reset();
	SET(SIT_DIGITAL, digital, DIGITAL_NONE);
	CHECK_INT(ac(ACTION_DIGITAL_SKILLS), 3);
	SET(SIT_DIGITAL, digital, DIGITAL_WITH_HELP);
	CHECK_INT(ac(ACTION_DIGITAL_SKILLS), 2);
	SET(SIT_DIGITAL, digital, DIGITAL_AUTONOMOUS);
	CHECK_INT(ac(ACTION_DIGITAL_SKILLS), 0);
	SET(SIT_FRENCH_LEVEL, french_level, FRENCH_BEGINNER);
	CHECK_INT(ac(ACTION_FRENCH_COURSE), 3);
	SET(SIT_FRENCH_LEVEL, french_level, FRENCH_INTERMEDIATE);
	SET(SIT_FRUSTRATIONS, frustrations, 0);
	CHECK_INT(ac(ACTION_FRENCH_COURSE), 1);
	SET(SIT_FRUSTRATIONS, frustrations, BIT(FRUST_LANGUAGE));
	CHECK_INT(ac(ACTION_FRENCH_COURSE), 3);
	SET(SIT_DISABILITY, disability, DISABILITY_YES);
	CHECK_INT(ac(ACTION_DISABILITY_SUPPORT), 3);
	SET(SIT_DISABILITY, disability, DISABILITY_UNSPECIFIED);
	CHECK_INT(ac(ACTION_DISABILITY_SUPPORT), 0);

	/* project */
	reset();
	SET(SIT_JOB, job_unknown, 1);
	CHECK_INT(ac(ACTION_EXPLORE_JOBS), 3);
	CHECK_INT(ac(ACTION_JOB_IMMERSION), 1);
	SET(SIT_PROJECT, project, PROJECT_REORIENTATION);
	CHECK_INT(ac(ACTION_SKILLS_ASSESSMENT), 3);
	job(0, -1, 0);
	CHECK_INT(ac(ACTION_SKILLS_ASSESSMENT), 2);
	CHECK_INT(ac(ACTION_EXPLORE_JOBS), 0);
	SET(SIT_PASSION, passion, PASSION_ALIMENTARY);
	CHECK_INT(ac(ACTION_EXPLORE_JOBS), 2);
	SET(SIT_EXPERIENCE, experience, EXPERIENCE_NEVER);
	CHECK_INT(ac(ACTION_JOB_IMMERSION), 3);
	SET(SIT_PROJECT, project, PROJECT_NEW_JOB);
	CHECK_INT(ac(ACTION_JOB_IMMERSION), 2);
	CHECK_INT(ac(ACTION_CREATE_COMPANY_SUPPORT), 0);
	SET(SIT_PROJECT, project, PROJECT_CREATE_COMPANY);
	CHECK_INT(ac(ACTION_CREATE_COMPANY_SUPPORT), 3);

	/* diplomas */
	reset();
	job(1, DIPLOMA_BAC2, 0);
	SET(SIT_DIPLOMA, diploma, DIPLOMA_BAC);
	SET(SIT_TRAINING, training, TRAINING_NOT_SURE);
	SET(SIT_BIRTH_YEAR, birth_year, 2000);     /* 26 in 2026 */
	CHECK_INT(ac(ACTION_TRAINING_DIPLOMA), 3);
	CHECK_INT(ac(ACTION_ALTERNANCE), 3);
	CHECK_INT(ac(ACTION_YOUTH_SUPPORT), 0);
	SET(SIT_BIRTH_YEAR, birth_year, 2001);     /* 25 */
	CHECK_INT(ac(ACTION_YOUTH_SUPPORT), 3);
	SET(SIT_BIRTH_YEAR, birth_year, 1996);     /* 30 */
	CHECK_INT(ac(ACTION_ALTERNANCE), 0);
	CHECK_INT(ac(ACTION_VAE), 0);
	SET(SIT_EXPERIENCE, experience, EXPERIENCE_DONE_THIS);
	SET(SIT_SENIORITY, seniority, SENIORITY_SENIOR);
	CHECK_INT(ac(ACTION_VAE), 3);
	SET(SIT_EXPERIENCE, experience, EXPERIENCE_SIMILAR);
	SET(SIT_TRAINING, training, TRAINING_ENOUGH_EXPERIENCE);
	CHECK_INT(ac(ACTION_VAE), 2);
	SET(SIT_DIPLOMA, diploma, DIPLOMA_BAC5);
	CHECK_INT(ac(ACTION_VAE), 0);
	CHECK_INT(ac(ACTION_TRAINING_DIPLOMA), 0);

	/* ages */
	reset();
	SET(SIT_BIRTH_YEAR, birth_year, 1976);     /* 50 */
	CHECK_INT(ac(ACTION_SENIOR_SUPPORT), 2);
	SET(SIT_FRUSTRATIONS, frustrations, BIT(FRUST_AGE_DISCRIMINATION));
	CHECK_INT(ac(ACTION_SENIOR_SUPPORT), 3);
	CHECK_INT(ac(ACTION_DISCRIMINATION_HELP), 3);
	SET(SIT_BIRTH_YEAR, birth_year, 1977);     /* 49 */
	CHECK_INT(ac(ACTION_SENIOR_SUPPORT), 0);
	SET(SIT_BIRTH_YEAR, birth_year, 2005);
	SET(SIT_PROJECT, project, PROJECT_FIRST_JOB);
	CHECK_INT(ac(ACTION_VOLUNTEERING), 2);
	CHECK_INT(ac(ACTION_ALTERNANCE), 2);
	SET(SIT_BIRTH_YEAR, birth_year, 1998);     /* 28 */
	CHECK_INT(ac(ACTION_VOLUNTEERING), 0);
	SET(SIT_DISABILITY, disability, DISABILITY_YES);
	CHECK_INT(ac(ACTION_VOLUNTEERING), 2);

	/* search */
	reset();
	SET(SIT_SEARCH_MONTHS, search_months, 0);
	CHECK_INT(ac(ACTION_START_PLAN), 3);
	CHECK_INT(ac(ACTION_KEEP_GOING), 0);
	SET(SIT_SEARCH_MONTHS, search_months, 4);
	SET(SIT_INTERVIEWS, interviews, 1);
	SET(SIT_APPLICATIONS_WEEK, applications_week, RATE_GT15);
	CHECK_INT(ac(ACTION_START_PLAN), 0);
	CHECK_INT(ac(ACTION_IMPROVE_RESUME), 2);
	CHECK_INT(ac(ACTION_TARGETED_APPLICATIONS), 3);
	CHECK_INT(ac(ACTION_COVER_LETTER), 1);
	CHECK_INT(ac(ACTION_KEEP_GOING), 0);   /* the challenges are not known: not yet */
	SET(SIT_APPLICATIONS_WEEK, applications_week, RATE_6_15);
	CHECK_INT(ac(ACTION_TARGETED_APPLICATIONS), 2);
	CHECK_INT(ac(ACTION_FOLLOW_UP_APPLICATIONS), 2);
	SET(SIT_APPLICATIONS_WEEK, applications_week, RATE_2_5);
	CHECK_INT(ac(ACTION_MORE_APPLICATIONS), 2);
	CHECK_INT(ac(ACTION_TARGETED_APPLICATIONS), 0);
	SET(SIT_APPLICATIONS_WEEK, applications_week, RATE_LT2);
	CHECK_INT(ac(ACTION_MORE_APPLICATIONS), 3);
	SET(SIT_FRUSTRATIONS, frustrations, BIT(FRUST_RESUME) | BIT(FRUST_NO_ANSWERS) |
	    BIT(FRUST_INTERVIEW) | BIT(FRUST_CONFIDENCE) | BIT(FRUST_TIME));
	CHECK_INT(ac(ACTION_IMPROVE_RESUME), 3);
	CHECK_INT(ac(ACTION_FOLLOW_UP_APPLICATIONS), 3);
	CHECK_INT(ac(ACTION_COVER_LETTER), 2);
	CHECK_INT(ac(ACTION_INTERVIEW_PREP), 3);
	CHECK_INT(ac(ACTION_CONFIDENCE_BOOST), 3);
	CHECK_INT(ac(ACTION_TIME_MANAGEMENT), 3);
	CHECK_INT(ac(ACTION_DISCRIMINATION_HELP), 0);
	SET(SIT_FRUSTRATIONS, frustrations, 0);
	SET(SIT_INTERVIEWS, interviews, 4);
	CHECK_INT(ac(ACTION_INTERVIEW_PREP), 3);
	CHECK_INT(ac(ACTION_KEEP_GOING), 0);
	SET(SIT_INTERVIEWS, interviews, 3);
	CHECK_INT(ac(ACTION_INTERVIEW_PREP), 1);
	SET(SIT_SEARCH_MONTHS, search_months, 12);
	CHECK_INT(ac(ACTION_CONFIDENCE_BOOST), 2);

	/* methods */
	reset();
	SET(SIT_METHODS, methods, BIT(METHOD_JOB_BOARDS));
	SET(SIT_OFFERS_WEEK, offers_week, RATE_LT2);
	SET(SIT_NETWORK, network, NETWORK_SOME);
	SET(SIT_CONTRACT, contract, BIT(CONTRACT_INTERIM));
	CHECK_INT(ac(ACTION_SPONTANEOUS_APPLICATIONS), 3);
	CHECK_INT(ac(ACTION_NETWORK_ACTIVATION), 3);
	CHECK_INT(ac(ACTION_JOB_FAIRS), 2);
	CHECK_INT(ac(ACTION_TEMP_AGENCIES), 2);
	SET(SIT_NETWORK, network, NETWORK_NONE);
	CHECK_INT(ac(ACTION_NETWORK_ACTIVATION), 2);
	SET(SIT_METHODS, methods, BIT(METHOD_SPONTANEOUS) | BIT(METHOD_NETWORK) |
	    BIT(METHOD_FAIRS) | BIT(METHOD_AGENCIES));
	SET(SIT_NETWORK, network, NETWORK_GOOD);
	CHECK_INT(ac(ACTION_SPONTANEOUS_APPLICATIONS), 0);
	CHECK_INT(ac(ACTION_NETWORK_ACTIVATION), 0);
	CHECK_INT(ac(ACTION_JOB_FAIRS), 0);
	CHECK_INT(ac(ACTION_TEMP_AGENCIES), 0);

	/* market */
	reset();
	job(0, -1, 0);
	strcpy(S.departement, "33");
	S.answered |= (uint64_t)1 << SIT_DEPARTEMENT;
	SET(SIT_MOBILITY, mobility, MOBILITY_DEPARTEMENT);
	SET(SIT_CONTRACT, contract, BIT(CONTRACT_CDI));
	figure(DIAG_FIG_LOCAL, 3, 10);
	figure(DIAG_FIG_REGION, 9, 10);
	CHECK_INT(ac(ACTION_WIDEN_AREA), 3);
	CHECK_INT(O.reasons[0].nfacts, 2);   /* local, region */
	CHECK_INT(O.reasons[1].nfacts, 1);   /* mobility */
	figure(DIAG_FIG_COUNTRY, 12, 10);
	CHECK_INT(ac(ACTION_WIDEN_AREA), 3);
	CHECK_INT(O.reasons[0].nfacts, 3);   /* local, region, France's best */
	F.has_figure[DIAG_FIG_COUNTRY] = 0;
	CHECK_INT(ac(ACTION_CONTRACT_FLEXIBILITY), 2);
	CHECK_INT(ac(ACTION_RELATED_JOBS), 0);   /* no related job in the data */
	F.nranked = 2;
	strcpy(F.ranked[0].code, "D1104");
	strcpy(F.ranked[0].name, "Pâtisserie, confiserie, chocolaterie et glacerie");
	F.ranked[0].better = 0;
	strcpy(F.ranked[1].code, "D1101");
	F.ranked[1].better = -1;
	/* related jobs that do no better than the target are not proposed */
	CHECK_INT(ac(ACTION_RELATED_JOBS), 0);
	F.ranked[0].better = 1;
	CHECK_INT(ac(ACTION_RELATED_JOBS), 3);
	CHECK_INT(O.reasons[0].nfacts, 2);   /* the figure, the one better job */
	CHECK_STR(O.reasons[0].facts[1].value, "D1104");
	CHECK_INT(ac(ACTION_SEASONAL_JOBS), 0);
	F.figures[DIAG_FIG_LOCAL].seasonal_months = 0x3C0;
	CHECK_INT(ac(ACTION_SEASONAL_JOBS), 2);
	F.figures[DIAG_FIG_LOCAL].cdi_share = 40;
	CHECK_INT(ac(ACTION_CONTRACT_FLEXIBILITY), 3);
	SET(SIT_MOBILITY, mobility, MOBILITY_REGION);   /* region figure: 9 per 10 */
	CHECK_INT(ac(ACTION_WIDEN_AREA), 0);
	CHECK_INT(ac(ACTION_RELATED_JOBS), 0);
	/* the season of the area within reach: the région's best */
	CHECK_INT(ac(ACTION_SEASONAL_JOBS), 0);
	F.figures[DIAG_FIG_REGION].seasonal_months = 0x3C0;
	CHECK_INT(ac(ACTION_SEASONAL_JOBS), 1);
	SET(SIT_MOBILITY, mobility, MOBILITY_CITY);
	figure(DIAG_FIG_LOCAL, 9, 10);
	SET(SIT_FRUSTRATIONS, frustrations, BIT(FRUST_NO_OFFERS));
	CHECK_INT(ac(ACTION_WIDEN_AREA), 2);
}

static void
test_diag(void)
{
	struct diag d;

	all_fine();
	diag_run(&S, &F, &d);
	CHECK_INT(d.main, CHALLENGE_BRAVO);
	CHECK_INT(d.challenges[CHALLENGE_BRAVO].status, DIAG_STRENGTH);
	CHECK_INT(d.score, 100);
	for (int t = 0; t < TOPIC__COUNT; t++)
		CHECK_INT(d.topics[t], DIAG_STRENGTH);
	CHECK_INT(d.self_match, -1);
	SET(SIT_SELF_DIAGNOSIS, self_diagnosis, CHALLENGE_BRAVO);
	diag_run(&S, &F, &d);
	CHECK_INT(d.self_match, 1);

	/* two needs: the first in the order is the main challenge (a job
	 * never done, for the pay only, in a market that is not easy) */
	SET(SIT_SEARCH_MONTHS, search_months, 0);
	SET(SIT_PASSION, passion, PASSION_ALIMENTARY);
	SET(SIT_EXPERIENCE, experience, EXPERIENCE_NEVER);
	figure(DIAG_FIG_LOCAL, 6, 10);
	diag_run(&S, &F, &d);
	CHECK_INT(d.main, CHALLENGE_FIND_WHAT_YOU_LIKE);
	CHECK_INT(d.challenges[CHALLENGE_START_YOUR_SEARCH].status, DIAG_NEED);
	CHECK_INT(d.challenges[CHALLENGE_BRAVO].status, DIAG_NEED);
	CHECK_INT(d.score, 100 - 9 - 8);
	CHECK_INT(d.topics[TOPIC_PROJECT], DIAG_NEED);
	CHECK_INT(d.topics[TOPIC_SEARCH], DIAG_NEED);
	CHECK_INT(d.topics[TOPIC_MARKET], DIAG_STRENGTH);
	CHECK_INT(d.self_match, 0);

	/* an unknown: half its weight, listed as missing */
	UNSET(SIT_BARRIERS);
	diag_run(&S, &F, &d);
	CHECK_INT(d.challenges[CHALLENGE_BASIC_NEEDS].status, DIAG_UNKNOWN);
	CHECK_INT(d.score, 100 - 9 - 8 - 10);
	CHECK_INT(d.topics[TOPIC_PROFILE], DIAG_UNKNOWN);
	CHECK((d.missing >> SIT_BARRIERS) & 1);

	/* nothing answered: every challenge unknown, bravo too */
	reset();
	diag_run(&S, &F, &d);
	CHECK_INT(d.main, CHALLENGE_BRAVO);
	CHECK_INT(d.challenges[CHALLENGE_BRAVO].status, DIAG_UNKNOWN);
	CHECK_INT(d.score, 100 - (10 + 7 + 6 + 6 + 5 + 4 + 4 + 3 + 3)); /* halves rounded down */
}

static void
test_plan(void)
{
	struct diag d;
	struct plan p;

	/* a person with many needs: at most 10 proposed, priority order */
	reset();
	SET(SIT_BARRIERS, barriers, 0x7F);
	SET(SIT_DIGITAL, digital, DIGITAL_NONE);
	SET(SIT_FRENCH_LEVEL, french_level, FRENCH_BEGINNER);
	SET(SIT_DISABILITY, disability, DISABILITY_YES);
	SET(SIT_JOB, job_unknown, 1);
	SET(SIT_SEARCH_MONTHS, search_months, 0);
	SET(SIT_FRUSTRATIONS, frustrations, BIT(FRUST_CONFIDENCE) | BIT(FRUST_TIME));
	diag_facts_init(&F, 2026);
	diag_run(&S, &F, &d);
	CHECK_INT(d.main, CHALLENGE_BASIC_NEEDS);
	plan_build(&S, &F, &d, &p);
	CHECK(p.n > PLAN_MAX_PROPOSED);
	CHECK_INT(p.nproposed, PLAN_MAX_PROPOSED);
	for (int i = 1; i < p.n; i++) {
		CHECK(p.items[i - 1].out.score >= p.items[i].out.score);
		if (p.items[i - 1].out.score == p.items[i].out.score)
			CHECK(plan_strategy_rank(d.main, p.items[i - 1].action) <
			      plan_strategy_rank(d.main, p.items[i].action));
	}
	/* the strategy of basic-needs puts housing first among the 3s */
	CHECK_INT(p.items[0].action, ACTION_HOUSING_HELP);
	CHECK_INT(p.items[1].action, ACTION_HEALTH_SUPPORT);
	CHECK(p.items[0].out.nreasons > 0);

	/* the same scores under another main challenge order differently */
	CHECK(plan_strategy_rank(CHALLENGE_STUCK_MARKET, ACTION_WIDEN_AREA) <
	      plan_strategy_rank(CHALLENGE_STUCK_MARKET, ACTION_RELATED_JOBS));
	CHECK(plan_strategy_rank(CHALLENGE_BRAVO, ACTION_HOUSING_HELP) >= ACTION__COUNT);

	all_fine();
	diag_run(&S, &F, &d);
	plan_build(&S, &F, &d, &p);
	CHECK_INT(d.main, CHALLENGE_BRAVO);
	CHECK(p.n >= 1);
	CHECK_INT(p.items[0].action, ACTION_KEEP_GOING);
	CHECK_INT(p.items[0].out.score, 2);
}

/* Index of action A in plan P, -1 when not proposed. */
static int
plan_pos(const struct plan *p, int a)
{
	for (int i = 0; i < p->n; i++)
		if (p->items[i].action == a)
			return i;
	return -1;
}

static int
has_step(const struct plan *p, int a, const char *start)
{
	int i = plan_pos(p, a);

	for (int k = 0; i >= 0 && k < p->items[i].nsteps; k++)
		if (strncmp(p->items[i].steps[k], start, strlen(start)) == 0)
			return 1;
	return 0;
}

/* A creator: no job-application advice, the creation actions first;
 * keep-going only when no challenge is in need. */
static void
test_creator(void)
{
	struct diag d;
	struct plan p;

	all_fine();
	diag_run(&S, &F, &d);
	plan_build(&S, &F, &d, &p);
	CHECK_INT(p.items[0].action, ACTION_KEEP_GOING);
	figure(DIAG_FIG_LOCAL, 2, 10);   /* a stuck market: not "keep going" */
	diag_run(&S, &F, &d);
	plan_build(&S, &F, &d, &p);
	CHECK_INT(d.main, CHALLENGE_STUCK_MARKET);
	CHECK_INT(plan_pos(&p, ACTION_KEEP_GOING), -1);

	SET(SIT_PROJECT, project, PROJECT_CREATE_COMPANY);
	SET(SIT_APPLICATIONS_WEEK, applications_week, RATE_LT2);
	SET(SIT_INTERVIEWS, interviews, 0);
	diag_run(&S, &F, &d);
	plan_build(&S, &F, &d, &p);
	CHECK_INT(d.challenges[CHALLENGE_STUCK_MARKET].status, DIAG_STRENGTH);
	CHECK_INT(d.challenges[CHALLENGE_ENHANCE_METHODS].status, DIAG_STRENGTH);
	CHECK_INT(plan_pos(&p, ACTION_MORE_APPLICATIONS), -1);
	CHECK_INT(plan_pos(&p, ACTION_WIDEN_AREA), -1);
	CHECK_INT(plan_pos(&p, ACTION_KEEP_GOING), -1);
	CHECK_INT(p.items[0].action, ACTION_CREATE_COMPANY_SUPPORT);
	CHECK(plan_pos(&p, ACTION_CREATION_CHAMBER) >= 0 && plan_pos(&p, ACTION_CREATION_CHAMBER) < 3);
	CHECK(plan_pos(&p, ACTION_CREATION_FUNDING) >= 0 && plan_pos(&p, ACTION_CREATION_FUNDING) < 3);
	/* basic needs still come first */
	SET(SIT_BARRIERS, barriers, BIT(BARRIER_HOUSING));
	diag_run(&S, &F, &d);
	plan_build(&S, &F, &d, &p);
	CHECK_INT(p.items[0].action, ACTION_HOUSING_HELP);
}

/* Steps for the person: age, diploma, digital autonomy, disability,
 * family. */
static void
test_audience(void)
{
	struct diag d;
	struct plan p;

	reset();
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_ALL), 1);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_GRADUATE), 0);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_UNDER26), 0);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_ONLINE), 1);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_OFFLINE), 0);
	SET(SIT_DIPLOMA, diploma, DIPLOMA_CAP_BEP);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_GRADUATE), 0);
	SET(SIT_DIPLOMA, diploma, DIPLOMA_BAC3);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_GRADUATE), 1);
	SET(SIT_BIRTH_YEAR, birth_year, 2026 - 25);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_UNDER26), 1);
	SET(SIT_BIRTH_YEAR, birth_year, 2026 - 28);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_UNDER26), 0);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_DISABLED_26_29), 0);
	SET(SIT_DISABILITY, disability, DISABILITY_YES);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_DISABLED_26_29), 1);
	SET(SIT_BIRTH_YEAR, birth_year, 2026 - 25);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_DISABLED_26_29), 0);
	SET(SIT_BIRTH_YEAR, birth_year, 2026 - 30);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_DISABLED_26_29), 0);
	SET(SIT_BIRTH_YEAR, birth_year, 2026 - 28);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_DISABLED), 1);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_NOT_DISABLED), 0);
	SET(SIT_BIRTH_YEAR, birth_year, 2026 - 45);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_FROM45), 1);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_FROM50), 0);
	SET(SIT_DIGITAL, digital, DIGITAL_NONE);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_ONLINE), 0);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_OFFLINE), 1);
	SET(SIT_FAMILY, family, FAMILY_COUPLE_KIDS);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_PARENT), 1);
	CHECK_INT(plan_audience(&S, &F, AUDIENCE_SINGLE_PARENT), 0);

	/* no computer: no alerts to create online, the offline way instead */
	SET(SIT_SEARCH_MONTHS, search_months, 4);
	SET(SIT_APPLICATIONS_WEEK, applications_week, RATE_LT2);
	diag_run(&S, &F, &d);
	plan_build(&S, &F, &d, &p);
	CHECK(plan_pos(&p, ACTION_MORE_APPLICATIONS) >= 0);
	CHECK(!has_step(&p, ACTION_MORE_APPLICATIONS, "Create email alerts"));
	CHECK(has_step(&p, ACTION_MORE_APPLICATIONS, "Ask your adviser or a France Services point"));
	SET(SIT_DIGITAL, digital, DIGITAL_AUTONOMOUS);
	plan_build(&S, &F, &d, &p);
	CHECK(has_step(&p, ACTION_MORE_APPLICATIONS, "Create email alerts"));
	CHECK(!has_step(&p, ACTION_MORE_APPLICATIONS, "Ask your adviser or a France Services point"));
}

/* The channel actions in the order of how people are hired in this job. */
static void
test_channels(void)
{
	struct diag d;
	struct plan p;

	reset();
	SET(SIT_METHODS, methods, BIT(METHOD_JOB_BOARDS));
	SET(SIT_OFFERS_WEEK, offers_week, RATE_LT2);
	SET(SIT_NETWORK, network, NETWORK_SOME);
	SET(SIT_CONTRACT, contract, BIT(CONTRACT_INTERIM));
	diag_run(&S, &F, &d);
	plan_build(&S, &F, &d, &p);
	CHECK(plan_pos(&p, ACTION_SPONTANEOUS_APPLICATIONS) < plan_pos(&p, ACTION_TEMP_AGENCIES));
	F.nchannels = 3;
	F.channels[0].kind = CHANNEL_INTERMEDIARIES;
	F.channels[0].share = 55;
	F.channels[1].kind = CHANNEL_NETWORK;
	F.channels[1].share = 30;
	F.channels[2].kind = CHANNEL_SPONTANEOUS;
	F.channels[2].share = 15;
	CHECK_INT(ac(ACTION_TEMP_AGENCIES), 3);   /* 2, and its channel brings 55% */
	CHECK_INT(O.nreasons, 2);
	CHECK_STR(O.reasons[1].facts[0].name, "channels");
	CHECK_INT(ac(ACTION_SPONTANEOUS_APPLICATIONS), 3);
	plan_build(&S, &F, &d, &p);
	CHECK(plan_pos(&p, ACTION_TEMP_AGENCIES) < plan_pos(&p, ACTION_NETWORK_ACTIVATION));
	CHECK(plan_pos(&p, ACTION_NETWORK_ACTIVATION) < plan_pos(&p, ACTION_SPONTANEOUS_APPLICATIONS));
}

/* VAE and training respect the training answer. */
static void
test_vae(void)
{
	reset();
	job(1, DIPLOMA_BAC2, 0);
	SET(SIT_DIPLOMA, diploma, DIPLOMA_BAC);
	SET(SIT_EXPERIENCE, experience, EXPERIENCE_DONE_THIS);
	SET(SIT_SENIORITY, seniority, SENIORITY_INTERMEDIATE);
	SET(SIT_TRAINING, training, TRAINING_NOT_SURE);
	CHECK_INT(ac(ACTION_VAE), 3);
	CHECK_INT(ac(ACTION_TRAINING_DIPLOMA), 3);
	SET(SIT_TRAINING, training, TRAINING_ENOUGH_DIPLOMAS);
	CHECK_INT(ac(ACTION_VAE), 0);
	CHECK_INT(ac(ACTION_TRAINING_DIPLOMA), 0);
	SET(SIT_TRAINING, training, TRAINING_IN_TRAINING);
	CHECK_INT(ac(ACTION_VAE), 0);
	SET(SIT_TRAINING, training, TRAINING_NOT_SURE);
	F.job.diploma_level = -1;   /* unknown: not "below" */
	CHECK_INT(ac(ACTION_VAE), 0);
	CHECK_INT(ac(ACTION_TRAINING_DIPLOMA), 0);
}

/* The new situations: an illness, an economic layoff, years at home, a
 * diploma from abroad. */
static void
test_situations(void)
{
	reset();
	CHECK_INT(ac(ACTION_RETURN_AFTER_ILLNESS), 0);
	CHECK(missing(SIT_LAST_JOB_END));
	SET(SIT_LAST_JOB_END, last_job_end, LAST_JOB_HEALTH);
	CHECK_INT(ac(ACTION_RETURN_AFTER_ILLNESS), 3);
	CHECK_INT(ac(ACTION_LAYOFF_SUPPORT), 0);
	SET(SIT_LAST_JOB_END, last_job_end, LAST_JOB_ECONOMIC_LAYOFF);
	CHECK_INT(ac(ACTION_LAYOFF_SUPPORT), 3);   /* time not said: still offered */
	CHECK(missing(SIT_TIME_SINCE_JOB));
	SET(SIT_TIME_SINCE_JOB, time_since_job, SINCE_JOB_LT1);
	CHECK_INT(ac(ACTION_LAYOFF_SUPPORT), 3);
	SET(SIT_TIME_SINCE_JOB, time_since_job, SINCE_JOB_1_2);
	CHECK_INT(ac(ACTION_LAYOFF_SUPPORT), 0);
	SET(SIT_LAST_JOB_END, last_job_end, LAST_JOB_FAMILY);
	CHECK_INT(ac(ACTION_RETURN_AFTER_BREAK), 2);
	SET(SIT_TIME_SINCE_JOB, time_since_job, SINCE_JOB_3_5);
	CHECK_INT(ac(ACTION_RETURN_AFTER_BREAK), 3);
	SET(SIT_TIME_SINCE_JOB, time_since_job, SINCE_JOB_LT1);
	CHECK_INT(ac(ACTION_RETURN_AFTER_BREAK), 0);
	UNSET(SIT_TIME_SINCE_JOB);
	CHECK_INT(ac(ACTION_RETURN_AFTER_BREAK), 0);
	CHECK(missing(SIT_TIME_SINCE_JOB));
	CHECK_INT(ac(ACTION_DIPLOMA_RECOGNITION), 0);
	SET(SIT_FOREIGN_DIPLOMA, foreign_diploma, YESNO_YES);
	CHECK_INT(ac(ACTION_DIPLOMA_RECOGNITION), 3);
	SET(SIT_FOREIGN_DIPLOMA, foreign_diploma, YESNO_NO);
	CHECK_INT(ac(ACTION_DIPLOMA_RECOGNITION), 0);
}

int
main(void)
{
	test_table();
	test_basic_needs();
	test_undefined_project();
	test_french();
	test_stuck_market();
	test_missing_diploma();
	test_find_what_you_like();
	test_search();
	test_bravo();
	test_actions();
	test_diag();
	test_plan();
	test_creator();
	test_audience();
	test_channels();
	test_vae();
	test_situations();
	return check_done();
}
