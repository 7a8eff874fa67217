/* rules.c - the rule table: ten challenge rules, one rule per action
 * (their functions are in rules-challenges.c and rules-*.c).
 *
 * Every rule is a pure function of the situation and of the facts read
 * beforehand (diag.h); rules-private.h has the helpers they share. */
#include <config.h>

#include "rules-private.h"

int
rules_answer_value(const struct situation *s, int k, char *buf, size_t len)
{
	if (len == 0)
		return -1;
	buf[0] = '\0';
	if (!SIT_HAS(s, k))
		return -1;
	if (situation_format_value(s, (enum sit_key)k, buf, len) < 0)
		return -1;
	return 0;
}

/* ---- the table ------------------------------------------------------ */

#define CH(c, id, reads, when, fn) { id, RULE_CHALLENGE, c, reads, when, fn }
#define AC(a, id, reads, when, fn) { id, RULE_ACTION, a, reads, when, fn }

const struct rule rules_table[] = {
	CH(CHALLENGE_BASIC_NEEDS, "basic-needs", "barriers",
	   "need when a barrier among housing, health, finances, childcare, care_relative, legal is reported",
	   ch_basic_needs),
	CH(CHALLENGE_UNDEFINED_PROJECT, "undefined-project", "job, project, passion",
	   "need when job=unknown, or project=reorientation with passion=alimentary",
	   ch_undefined_project),
	CH(CHALLENGE_FRENCH_LANGUAGE, "french-language", "french_level, frustrations",
	   "need when french_level=beginner, or intermediate with the language frustration",
	   ch_french_language),
	CH(CHALLENGE_STUCK_MARKET, "stuck-market",
	   "job, departement, mobility; data: market tension (departement, else region, else France; best departement within reach for mobility region/country)",
	   "need when there are at most 3 offers per 10 candidates for the job in the area within reach; not for a creator; recruitment projects and the salary range near them are facts of it",
	   ch_stuck_market),
	CH(CHALLENGE_MISSING_DIPLOMA, "missing-diploma",
	   "job, diploma, foreign_diploma, training; data: job group diploma_required, diploma_level",
	   "need when the job usually requires a diploma, their level is known to be below it, training is neither enough_diplomas nor in_training (not answered counts as neither), and they are not a senior of 50 or more; also need when their level reaches the job's but the diploma is from abroad and training=not_sure (it counts once recognised in France); unknown when their level or the job's is not known, or when training is not answered by someone who has done this very job (they may hold its diploma); not for a creator",
	   ch_missing_diploma),
	CH(CHALLENGE_FIND_WHAT_YOU_LIKE, "find-what-you-like", "passion, frustrations",
	   "need when passion=alimentary, or likeable with the motivation frustration, and it is time to choose: under 30 and not senior, or a search of 6 months or less towards a reorientation or a job never done; never when the market has more than 7 offers per 10 candidates; a creator only with the motivation frustration",
	   ch_find_what_you_like),
	CH(CHALLENGE_START_YOUR_SEARCH, "start-your-search", "search_months",
	   "need when search_months=0; not for a creator", ch_start_your_search),
	CH(CHALLENGE_ENHANCE_METHODS, "enhance-methods-to-interview", "search_months, interviews",
	   "need when searching 2 months or more with fewer interviews than months of search; not for a creator",
	   ch_enhance_methods),
	CH(CHALLENGE_INTERVIEW_TO_OFFER, "interview-to-offer", "search_months, interviews",
	   "need when at least 4 interviews, at least one per month of search, and searching 3 months or more; not for a creator",
	   ch_interview_to_offer),
	CH(CHALLENGE_BRAVO, "bravo", "the nine rules above",
	   "applies (status strength) when none of the nine challenges above applies; unknown when none applies but some are unknown",
	   ch_bravo),

	AC(ACTION_CHILDCARE_SOLUTION, "childcare-solution", "barriers, frustrations, family",
	   "3 childcare barrier; 2 childcare frustration; a single parent gets an extra reason",
	   ac_childcare_solution),
	AC(ACTION_HOUSING_HELP, "housing-help", "barriers", "3 housing barrier", ac_housing_help),
	AC(ACTION_HEALTH_SUPPORT, "health-support", "barriers", "3 health barrier", ac_health_support),
	AC(ACTION_FINANCIAL_HELP, "financial-help", "barriers", "3 finances barrier", ac_financial_help),
	AC(ACTION_MOBILITY_HELP, "mobility-help", "barriers, driving_licence, vehicle, mobility",
	   "3 transport barrier; 2 a licence but no vehicle, with mobility wider than the city",
	   ac_mobility_help),
	AC(ACTION_DRIVING_LICENCE, "driving-licence",
	   "driving_licence, barriers, job; data: job group licence_often",
	   "3 no licence and the job often asks for one; 2 no licence with a transport barrier; 1 licence in progress and the job often asks for one",
	   ac_driving_licence),
	AC(ACTION_DIGITAL_SKILLS, "digital-skills", "digital",
	   "3 digital=none; 2 digital=with_help", ac_digital_skills),
	AC(ACTION_FRENCH_COURSE, "french-course", "french_level, frustrations",
	   "3 beginner, or intermediate with the language frustration; 1 intermediate", ac_french_course),
	AC(ACTION_DISABILITY_SUPPORT, "disability-support", "disability",
	   "3 disability=yes", ac_disability_support),
	AC(ACTION_CAREGIVER_SUPPORT, "caregiver-support", "barriers",
	   "3 care_relative barrier", ac_caregiver_support),
	AC(ACTION_EXPLORE_JOBS, "explore-jobs", "job, passion, project",
	   "3 job=unknown; 2 passion=alimentary with reorientation, 1 without; only when it is time to choose (as find-what-you-like)", ac_explore_jobs),
	AC(ACTION_JOB_IMMERSION, "job-immersion", "job, experience, project, frustrations",
	   "3 never done the job on a first job or a reorientation; 2 never done it, or the experience frustration; 1 job=unknown",
	   ac_job_immersion),
	AC(ACTION_RELATED_JOBS, "related-jobs",
	   "job, departement, mobility, passion; data: related jobs, market tension",
	   "only related jobs with more offers per 10 candidates than the target job within reach, best first: 3 stuck market (as stuck-market); 1 passion alimentary or likeable; not for a creator",
	   ac_related_jobs),
	AC(ACTION_SKILLS_ASSESSMENT, "skills-assessment", "project, job, passion",
	   "3 reorientation with job=unknown; 2 reorientation; 1 passion=alimentary when it is time to choose (as find-what-you-like)", ac_skills_assessment),
	AC(ACTION_CREATE_COMPANY_SUPPORT, "create-company-support", "project",
	   "3 project=create_company", ac_create_company_support),
	AC(ACTION_TRAINING_DIPLOMA, "training-diploma",
	   "job, diploma, training, frustrations; data: job group diploma_required, diploma_level",
	   "3 missing diploma (as missing-diploma); 2 training frustration; 1 foreign_qualifications frustration",
	   ac_training_diploma),
	AC(ACTION_VAE, "vae", "job, diploma, experience, seniority, training; data: job group diploma_required, diploma_level",
	   "only when the diploma is known to be below the job's and training is neither enough_diplomas nor in_training: 3 done this job for a year or more; 2 training=enough_experience; not for a creator",
	   ac_vae),
	AC(ACTION_ALTERNANCE, "alternance", "job, diploma, training, birth_year, project; data: job group diploma",
	   "3 missing diploma and under 30; 2 first job and under 26; not for a creator", ac_alternance),
	AC(ACTION_VOLUNTEERING, "volunteering", "birth_year, disability, project, experience, frustrations",
	   "2 aged 16-25 (16-29 with a disability) on a first job, never done the job, or the experience frustration",
	   ac_volunteering),
	AC(ACTION_START_PLAN, "start-plan", "search_months", "3 search_months=0", ac_start_plan),
	AC(ACTION_IMPROVE_RESUME, "improve-resume", "frustrations, search_months, interviews",
	   "3 resume frustration; 2 atypical frustration, or fewer interviews than months after 2 months",
	   ac_improve_resume),
	AC(ACTION_COVER_LETTER, "cover-letter", "frustrations, search_months, interviews, applications_week",
	   "2 no_answers frustration; 1 fewer interviews than months after 2 months with 2 or more applications a week",
	   ac_cover_letter),
	AC(ACTION_SPONTANEOUS_APPLICATIONS, "spontaneous-applications",
	   "methods, offers_week, frustrations, search_months; data: market tension",
	   "only when methods lack spontaneous: 3 offers_week=lt2 or no_offers frustration; 2 stuck market; 1 searching 1 month or more; one more point when its channel brings 40% or more of the hires (data: hiring channels); not for a creator",
	   ac_spontaneous_applications),
	AC(ACTION_NETWORK_ACTIVATION, "network-activation", "network, methods",
	   "3 network some/good but methods lack network; 2 network=none; one more point when its channel brings 40% or more of the hires (data: hiring channels); not for a creator", ac_network_activation),
	AC(ACTION_JOB_FAIRS, "job-fairs", "methods, offers_week, frustrations, search_months",
	   "only when methods lack fairs: 2 offers_week=lt2 or no_offers frustration; 1 searching 2 months or more",
	   ac_job_fairs),
	AC(ACTION_TEMP_AGENCIES, "temp-agencies", "methods, contract; data: interim share of offers",
	   "only when methods lack agencies: 2 contract includes interim or any; 1 30% or more of the offers are temporary work; one more point when its channel brings 40% or more of the hires (data: hiring channels); not for a creator",
	   ac_temp_agencies),
	AC(ACTION_FOLLOW_UP_APPLICATIONS, "follow-up-applications",
	   "frustrations, applications_week, search_months, interviews",
	   "3 no_answers frustration; 2 applications_week=6_15 with fewer interviews than months after 2 months",
	   ac_follow_up_applications),
	AC(ACTION_TARGETED_APPLICATIONS, "targeted-applications",
	   "applications_week, search_months, interviews",
	   "fewer interviews than months after 2 months: 3 with applications_week=gt15, 2 with 6_15",
	   ac_targeted_applications),
	AC(ACTION_MORE_APPLICATIONS, "more-applications", "applications_week, search_months, interviews",
	   "3 applications_week=lt2 after 1 month or more; 2 applications_week=2_5 with fewer interviews than months after 2 months",
	   ac_more_applications),
	AC(ACTION_INTERVIEW_PREP, "interview-prep", "interviews, search_months, frustrations",
	   "3 interviews without offer (as interview-to-offer) or the interview frustration; 1 at least one interview",
	   ac_interview_prep),
	AC(ACTION_WIDEN_AREA, "widen-area",
	   "job, departement, mobility, frustrations; data: market tension (local, best of the region)",
	   "stuck market with mobility city/departement, naming the best area of the region and of France when they do better: 3 when the region has one that is not stuck, 2 when only the rest of France has one, 1 when they do better but are still stuck, nothing when none does better; else 2 mobility=city with the no_offers frustration; not for a creator",
	   ac_widen_area),
	AC(ACTION_SEASONAL_JOBS, "seasonal-jobs", "job, departement, mobility; data: seasonal months, market tension",
	   "only when the job hires by season in the area within reach, naming the busy months: 2 stuck market; 1 otherwise; not for a creator", ac_seasonal_jobs),
	AC(ACTION_CONTRACT_FLEXIBILITY, "contract-flexibility", "contract; data: permanent share of offers, market tension",
	   "only when contract=cdi alone: 3 fewer than 50% of the offers within reach are permanent (quoting the contract mix); 2 stuck market; not for a creator",
	   ac_contract_flexibility),
	AC(ACTION_CONFIDENCE_BOOST, "confidence-boost", "frustrations, search_months",
	   "3 confidence frustration; 2 motivation frustration or searching 12 months or more", ac_confidence_boost),
	AC(ACTION_TIME_MANAGEMENT, "time-management", "frustrations", "3 time frustration", ac_time_management),
	AC(ACTION_DISCRIMINATION_HELP, "discrimination-help", "frustrations",
	   "3 age, sex or origin discrimination frustration", ac_discrimination_help),
	AC(ACTION_SENIOR_SUPPORT, "senior-support", "birth_year, frustrations",
	   "2 aged 50 or more; 3 with the age_discrimination frustration", ac_senior_support),
	AC(ACTION_YOUTH_SUPPORT, "youth-support", "birth_year", "3 under 26", ac_youth_support),
	AC(ACTION_KEEP_GOING, "keep-going", "search_months, interviews, project; the challenge rules",
	   "only when no challenge is in need (bravo), and not for a creator: 2 searching with at least one interview per month; 1 searching 1 month or more",
	   ac_keep_going),
	AC(ACTION_CREATION_CHAMBER, "creation-chamber", "project",
	   "3 project=create_company", ac_creation_chamber),
	AC(ACTION_CREATION_FUNDING, "creation-funding", "project",
	   "2 project=create_company", ac_creation_funding),
	AC(ACTION_DIPLOMA_RECOGNITION, "diploma-recognition", "foreign_diploma, frustrations",
	   "3 foreign_diploma=yes, or the foreign_qualifications frustration", ac_diploma_recognition),
	AC(ACTION_RETURN_AFTER_ILLNESS, "return-after-illness", "last_job_end, time_since_job",
	   "3 last_job_end=health", ac_return_after_illness),
	AC(ACTION_LAYOFF_SUPPORT, "layoff-support", "last_job_end, time_since_job",
	   "3 last_job_end=economic_layoff less than a year ago (or time not said): the CSP is chosen soon after the layoff",
	   ac_layoff_support),
	AC(ACTION_RETURN_AFTER_BREAK, "return-after-break", "last_job_end, time_since_job",
	   "last_job_end=family: 3 three years or more ago, 2 one or two years ago",
	   ac_return_after_break),
	AC(ACTION_LEGAL_HELP, "legal-help", "barriers", "3 legal barrier", ac_legal_help),
};

const int rules_count = (int)(sizeof rules_table / sizeof rules_table[0]);

_Static_assert(sizeof rules_table / sizeof rules_table[0] == CHALLENGE__COUNT + ACTION__COUNT,
	       "one rule per challenge and per action");

const struct rule *
rules_challenge(int c)
{
	if (c < 0 || c >= CHALLENGE__COUNT)
		return NULL;
	return &rules_table[c];
}

const struct rule *
rules_action(int a)
{
	if (a < 0 || a >= ACTION__COUNT)
		return NULL;
	return &rules_table[CHALLENGE__COUNT + a];
}

void
rules_run(const struct rule *r, const struct situation *s,
	  const struct diag_facts *f, struct rule_out *out)
{
	out->score = 0;
	out->unknown = 0;
	out->missing = 0;
	out->nreasons = 0;
	r->fn(s, f, out);
}

RULE(ch_bravo)
{
	struct rule_out other;
	int open = 0;

	for (int c = 0; c < CHALLENGE_BRAVO; c++) {
		rules_run(&rules_table[c], s, f, &other);
		o->missing |= other.missing;
		if (other.score > 0) {
			o->missing = 0;
			reason(o, N_("Another challenge comes first."));
			return;
		}
		open |= other.unknown;
	}
	if (open) {
		o->unknown = 1;
		reason(o, N_("None of the challenges applies from what you said, but some answers or data are missing."));
		return;
	}
	o->score = 3;
	if (creator(s))
		fact(reason(o, N_("Nothing you said holds your company project back: its first "
				  "steps are in your plan.")), s, SIT_PROJECT);
	else
		reason(o, N_("None of the usual obstacles applies to you."));
}

static const char *const challenge_titles[] = {
	N_("Your situation outside work needs attention first"),
	N_("Choose the job you are aiming for"),
	N_("Improve your French for work"),
	N_("Few offers for many candidates in your job and area"),
	N_("This job usually asks for a diploma you lack"),
	N_("Find a job you would like to do"),
	N_("Time to start your search"),
	N_("Your applications bring too few interviews"),
	N_("Turn your interviews into a job offer"),
	N_("You are on the right track: keep going"),
};

const char *
rules_challenge_title(int c)
{
	if (c < 0 || c >= CHALLENGE__COUNT)
		return NULL;
	return challenge_titles[c];
}
