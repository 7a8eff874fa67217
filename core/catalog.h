/* catalog.h - the catalogue of actions a plan can propose (DESIGN.md 6).
 *
 * Pure text, no logic: which actions apply to a person is decided by the
 * rules (rules.h). Every string is an English msgid marked with N_(); the
 * caller translates with _() when it shows it. */
#ifndef TREMPLIN_CATALOG_H
#define TREMPLIN_CATALOG_H

#define ACTION_LIST(X) \
	X(ACTION_CHILDCARE_SOLUTION, "childcare-solution") \
	X(ACTION_HOUSING_HELP, "housing-help") \
	X(ACTION_HEALTH_SUPPORT, "health-support") \
	X(ACTION_FINANCIAL_HELP, "financial-help") \
	X(ACTION_MOBILITY_HELP, "mobility-help") \
	X(ACTION_DRIVING_LICENCE, "driving-licence") \
	X(ACTION_DIGITAL_SKILLS, "digital-skills") \
	X(ACTION_FRENCH_COURSE, "french-course") \
	X(ACTION_DISABILITY_SUPPORT, "disability-support") \
	X(ACTION_CAREGIVER_SUPPORT, "caregiver-support") \
	X(ACTION_EXPLORE_JOBS, "explore-jobs") \
	X(ACTION_JOB_IMMERSION, "job-immersion") \
	X(ACTION_RELATED_JOBS, "related-jobs") \
	X(ACTION_SKILLS_ASSESSMENT, "skills-assessment") \
	X(ACTION_CREATE_COMPANY_SUPPORT, "create-company-support") \
	X(ACTION_TRAINING_DIPLOMA, "training-diploma") \
	X(ACTION_VAE, "vae") \
	X(ACTION_ALTERNANCE, "alternance") \
	X(ACTION_VOLUNTEERING, "volunteering") \
	X(ACTION_START_PLAN, "start-plan") \
	X(ACTION_IMPROVE_RESUME, "improve-resume") \
	X(ACTION_COVER_LETTER, "cover-letter") \
	X(ACTION_SPONTANEOUS_APPLICATIONS, "spontaneous-applications") \
	X(ACTION_NETWORK_ACTIVATION, "network-activation") \
	X(ACTION_JOB_FAIRS, "job-fairs") \
	X(ACTION_TEMP_AGENCIES, "temp-agencies") \
	X(ACTION_FOLLOW_UP_APPLICATIONS, "follow-up-applications") \
	X(ACTION_TARGETED_APPLICATIONS, "targeted-applications") \
	X(ACTION_MORE_APPLICATIONS, "more-applications") \
	X(ACTION_INTERVIEW_PREP, "interview-prep") \
	X(ACTION_WIDEN_AREA, "widen-area") \
	X(ACTION_SEASONAL_JOBS, "seasonal-jobs") \
	X(ACTION_CONTRACT_FLEXIBILITY, "contract-flexibility") \
	X(ACTION_CONFIDENCE_BOOST, "confidence-boost") \
	X(ACTION_TIME_MANAGEMENT, "time-management") \
	X(ACTION_DISCRIMINATION_HELP, "discrimination-help") \
	X(ACTION_SENIOR_SUPPORT, "senior-support") \
	X(ACTION_YOUTH_SUPPORT, "youth-support") \
	X(ACTION_KEEP_GOING, "keep-going") \
	X(ACTION_CREATION_CHAMBER, "creation-chamber") \
	X(ACTION_CREATION_FUNDING, "creation-funding") \
	X(ACTION_DIPLOMA_RECOGNITION, "diploma-recognition") \
	X(ACTION_RETURN_AFTER_ILLNESS, "return-after-illness") \
	X(ACTION_LAYOFF_SUPPORT, "layoff-support") \
	X(ACTION_RETURN_AFTER_BREAK, "return-after-break") \
	X(ACTION_LEGAL_HELP, "legal-help")

/* New actions go at the end: saved plans keep an action's number. */
#define ACTION_ENUM(name, id) name,
enum action_id { ACTION_LIST(ACTION_ENUM) ACTION__COUNT };
#undef ACTION_ENUM

#define CATALOG_MAX_STEPS 6

/* Who a step is for (a step with no audience is for everyone); the plan
 * decides from the answers (plan_steps()). */
enum catalog_audience {
	AUDIENCE_ALL = 0,
	AUDIENCE_UNDER26,             /* under 26 (Mission Locale, CEJ) */
	AUDIENCE_DISABLED_26_29,      /* 26 to 29 with a disability (Service civique) */
	AUDIENCE_FROM45,              /* 45 and over */
	AUDIENCE_FROM50,              /* 50 and over */
	AUDIENCE_GRADUATE,            /* bac+3 or more (APEC) */
	AUDIENCE_ONLINE,              /* can use the internet, alone or helped */
	AUDIENCE_OFFLINE,             /* cannot, or only with help: the offline way */
	AUDIENCE_DISABLED,            /* a recognised disability (RQTH) */
	AUDIENCE_NOT_DISABLED,        /* no recognised disability said */
	AUDIENCE_PARENT,              /* children at home */
	AUDIENCE_SINGLE_PARENT,
	AUDIENCE__COUNT
};

struct catalog_step {
	const char *text;             /* N_() */
	enum catalog_audience audience;
};

struct action_def {
	const char *id;               /* "childcare-solution" */
	const char *title;            /* N_(): short, imperative, <= 40 columns */
	const char *summary;          /* N_(): one sentence: what it is and why it helps */
	struct catalog_step steps[CATALOG_MAX_STEPS]; /* 3 to 6 steps; catalog_nsteps() */
	const char *time;             /* N_(): time estimate, e.g. "2 hours a week for a month" */
	const char *help;             /* N_(): where to get help: the public service(s) by name */
	int conditions;               /* 1: amounts and eligibility apply: say the note */
};

/* The note said once under an action with conditions (N_()). */
const char *catalog_conditions_note(void);

/* Action A (0 <= A < ACTION__COUNT). */
const struct action_def *catalog_get(enum action_id a);
/* Action of id string ID, -1 when unknown. */
int catalog_find(const char *id);
/* Number of steps of A. */
int catalog_nsteps(enum action_id a);

#endif
