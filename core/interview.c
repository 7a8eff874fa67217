/* interview.c - the interview as data: the questions, in order, with
 * their help texts, options and the conditions under which they are
 * asked (DESIGN.md section 4). No front-end code here. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "interview.h"

#define NOPT(a) ((int)(sizeof(a) / sizeof((a)[0])))

const char *const interview_langs[] = { "fr", "en", NULL };

/* Language names are offered in their own language (not translated);
 * the brief forms name them in the language of the summary. */
static const struct question_option lang_o[] = {
	/* TRANSLATORS: the name of a language, as the summary and the
	   export name the language of the plan. */
	{ "Français", N_("French") },
	{ "English", N_("English") },
};

/* One option per value of the key, in its enum's order (situation.h).
 * Labels: at most 60 columns; brief forms: at most 24 columns. */
static const struct question_option gender_o[SIT_GENDER_NVALUES] = {
	/* TRANSLATORS: an answer (at most 60 columns), then its brief form
	   for the summary (at most 24 columns). Same for every pair below. */
	{ N_("A woman"), N_("Woman") },
	{ N_("A man"), N_("Man") },
	{ N_("I prefer not to say"), N_("Not said") },
};
static const struct question_option family_o[SIT_FAMILY_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("I live alone"), N_("Alone") },
	{ N_("I live with a partner"), N_("With a partner") },
	{ N_("I live with a partner and children"), N_("Partner and children") },
	{ N_("I live alone with my children"), N_("Alone with children") },
};
static const struct question_option diploma_o[SIT_DIPLOMA_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("No diploma"), N_("No diploma") },
	{ N_("CAP or BEP (a vocational diploma)"), N_("CAP or BEP") },
	{ N_("Baccalaureate (bac)"), N_("Baccalaureate") },
	{ N_("2 years after the bac (BTS, DUT...)"), N_("2 years after the bac") },
	{ N_("3 years after the bac (licence, BUT...)"), N_("3 years after the bac") },
	{ N_("5 years or more after the bac (master...)"), N_("5+ years after the bac") },
};
static const struct question_option foreign_diploma_o[SIT_FOREIGN_DIPLOMA_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("Yes, in another country"), N_("Abroad") },
	{ N_("No, in France"), N_("In France") },
};
static const struct question_option french_o[SIT_FRENCH_LEVEL_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("French is my mother tongue"), N_("Mother tongue") },
	{ N_("I speak it easily"), N_("Easily") },
	{ N_("I get by, but it is sometimes hard"), N_("Getting by") },
	{ N_("I am a beginner"), N_("Beginner") },
};
static const struct question_option licence_o[SIT_DRIVING_LICENCE_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("Yes"), N_("Yes") },
	{ N_("No"), N_("No") },
	{ N_("I am taking it now"), N_("Taking it now") },
};
static const struct question_option vehicle_o[SIT_VEHICLE_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("Yes"), N_("Yes") },
	{ N_("No"), N_("No") },
};
static const struct question_option digital_o[SIT_DIGITAL_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("Yes, on my own"), N_("On my own") },
	{ N_("Yes, with some help"), N_("With some help") },
	{ N_("No"), N_("No") },
};
static const struct question_option disability_o[SIT_DISABILITY_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("Yes"), N_("Yes") },
	{ N_("No"), N_("No") },
	{ N_("I prefer not to say"), N_("Not said") },
};
static const struct question_option barrier_o[SIT_BARRIERS_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("Finding someone to look after my children"), N_("Childcare") },
	{ N_("Housing"), N_("Housing") },
	{ N_("Health"), N_("Health") },
	{ N_("Money problems"), N_("Money problems") },
	{ N_("Getting around (transport)"), N_("Transport") },
	{ N_("Looking after a family member"), N_("Caring for a relative") },
	{ N_("Legal problems (papers, justice)"), N_("Legal problems") },
};
static const struct question_option project_o[SIT_PROJECT_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("Find a new job"), N_("New job") },
	{ N_("Find my first job"), N_("First job") },
	{ N_("Change to another kind of job"), N_("Change of job") },
	{ N_("I have a job and I want another one"), N_("Employed, looking") },
	{ N_("Start my own business"), N_("Start a business") },
};
static const struct question_option passion_o[SIT_PASSION_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("It is the job of my life"), N_("Job of my life") },
	{ N_("I really like it"), N_("I really like it") },
	{ N_("I quite like it"), N_("I quite like it") },
	{ N_("It is mainly to earn a living"), N_("To earn a living") },
};
static const struct question_option mobility_o[SIT_MOBILITY_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("In my town or close to it"), N_("Near home") },
	{ N_("Anywhere in my département"), N_("My département") },
	{ N_("Anywhere in my region"), N_("My region") },
	{ N_("Anywhere in France"), N_("All of France") },
};
static const struct question_option contract_o[SIT_CONTRACT_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("Permanent contract (CDI)"), N_("Permanent (CDI)") },
	{ N_("Fixed-term contract (CDD)"), N_("Fixed-term (CDD)") },
	{ N_("Temporary agency work (intérim)"), N_("Temp work") },
	{ N_("Any contract"), N_("Any contract") },
};
static const struct question_option worktime_o[SIT_WORKTIME_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("Full time"), N_("Full time") },
	{ N_("Part time"), N_("Part time") },
	{ N_("Either"), N_("Either") },
};
static const struct question_option experience_o[SIT_EXPERIENCE_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("Yes, I have done this job"), N_("Done this job") },
	{ N_("I have done a similar job"), N_("Similar job") },
	{ N_("No, never"), N_("Never") },
};
static const struct question_option seniority_o[SIT_SENIORITY_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("Less than 1 year"), N_("Under 1 year") },
	{ N_("1 to 2 years"), N_("1 to 2 years") },
	{ N_("2 to 5 years"), N_("2 to 5 years") },
	{ N_("6 to 10 years"), N_("6 to 10 years") },
	{ N_("More than 10 years"), N_("Over 10 years") },
};
static const struct question_option training_o[SIT_TRAINING_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("I have the diplomas it needs"), N_("Have the diplomas") },
	{ N_("I have enough experience instead"), N_("Enough experience") },
	{ N_("I am in training for it"), N_("In training") },
	{ N_("I am not sure"), N_("Not sure") },
};
static const struct question_option last_job_o[SIT_LAST_JOB_END_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24).
	   The person's gender may be unknown: prefer words that need no
	   agreement, or give both forms. */
	{ N_("I have a job now"), N_("Has a job now") },
	{ N_("I have never had a job"), N_("Never had a job") },
	{ N_("My fixed-term or temporary contract ended"), N_("End of contract") },
	{ N_("I was laid off for economic reasons"), N_("Economic layoff") },
	{ N_("I was dismissed for another reason"), N_("Other dismissal") },
	{ N_("Agreed with my employer (rupture conventionnelle)"), N_("Agreed ending") },
	{ N_("I resigned"), N_("Resigned") },
	{ N_("I stopped because of an illness or an accident"), N_("Illness or accident") },
	{ N_("I stopped to raise my children or care for someone"), N_("Family reasons") },
};
static const struct question_option since_job_o[SIT_TIME_SINCE_JOB_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("Less than a year ago"), N_("Under 1 year") },
	{ N_("1 or 2 years ago"), N_("1 or 2 years") },
	{ N_("3 to 5 years ago"), N_("3 to 5 years") },
	{ N_("More than 5 years ago"), N_("Over 5 years") },
};
static const struct question_option rate_o[SIT_APPLICATIONS_WEEK_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("Fewer than 2"), N_("Fewer than 2") },
	{ N_("2 to 5"), N_("2 to 5") },
	{ N_("6 to 15"), N_("6 to 15") },
	{ N_("More than 15"), N_("More than 15") },
};
static const struct question_option network_o[SIT_NETWORK_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("No, nobody"), N_("Nobody") },
	{ N_("A few people"), N_("A few people") },
	{ N_("Yes, many people"), N_("Many people") },
};
static const struct question_option method_o[SIT_METHODS_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("Job offer websites"), N_("Job websites") },
	{ N_("Sending my CV to companies, even without an offer"), N_("CVs without an offer") },
	{ N_("Asking people I know"), N_("People I know") },
	{ N_("Agencies (France Travail, temp agencies...)"), N_("Agencies") },
	{ N_("Job fairs and recruitment events"), N_("Job fairs") },
	{ N_("Social media (LinkedIn, Facebook...)"), N_("Social media") },
};
static const struct question_option frustration_o[SIT_FRUSTRATIONS_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("I find no job offers"), N_("No offers") },
	{ N_("Employers do not answer me"), N_("No answers") },
	{ N_("Writing my CV and letters"), N_("CV and letters") },
	{ N_("Job interviews"), N_("Job interviews") },
	{ N_("I lack training or a diploma"), N_("Lack of training") },
	{ N_("It is hard to stay motivated"), N_("Staying motivated") },
	{ N_("I lack confidence in myself"), N_("Self-confidence") },
	{ N_("I do not have enough time to search"), N_("Lack of time") },
	{ N_("I do not have enough experience"), N_("Lack of experience") },
	{ N_("Speaking or writing French"), N_("Speaking French") },
	{ N_("My diplomas from abroad are not recognised"), N_("Foreign diplomas") },
	{ N_("My background is unusual"), N_("Unusual background") },
	{ N_("Employers find me too young or too old"), N_("Judged on my age") },
	{ N_("I am treated differently as a woman or a man"), N_("Judged on my sex") },
	{ N_("I am treated differently because of my origin"), N_("Judged on my origin") },
	{ N_("Finding someone to look after my children"), N_("Childcare") },
};
/* In the order of enum challenge, then "unknown". */
static const struct question_option self_o[SIT_SELF_DIAGNOSIS_NVALUES] = {
	/* TRANSLATORS: an answer (<= 60 columns), then its brief form (<= 24). */
	{ N_("Problems in my life (housing, health, money...)"), N_("Problems in my life") },
	{ N_("I do not know yet what job to look for"), N_("No clear job idea") },
	{ N_("My level of French"), N_("My French") },
	{ N_("There are too few jobs in my field near me"), N_("Too few jobs") },
	{ N_("I lack a diploma for the job I want"), N_("Missing diploma") },
	{ N_("I have not found a job I like"), N_("Finding a job I like") },
	{ N_("I have not really started looking"), N_("Getting started") },
	{ N_("I apply but I get no interviews"), N_("Getting interviews") },
	{ N_("I get interviews but no job"), N_("Getting a job offer") },
	{ N_("Nothing special: my search is going well"), N_("All is going well") },
	{ N_("I don't know"), N_("I don't know") },
};

/* Conditions. F is never NULL. */

static int
job_chosen(const struct situation *s)
{
	return SIT_HAS(s, SIT_JOB) && !s->job_unknown;
}

static int
if_job_chosen(const struct situation *s, const struct interview_facts *f)
{
	(void)f;
	return job_chosen(s);
}

static int
if_experienced(const struct situation *s, const struct interview_facts *f)
{
	(void)f;
	return job_chosen(s) && SIT_HAS(s, SIT_EXPERIENCE) &&
		s->experience != EXPERIENCE_NEVER;
}

static int
if_diploma_needed(const struct situation *s, const struct interview_facts *f)
{
	return job_chosen(s) && f->job_needs_diploma;
}

static int
if_diploma(const struct situation *s, const struct interview_facts *f)
{
	(void)f;
	return SIT_HAS(s, SIT_DIPLOMA) && s->diploma != DIPLOMA_NONE;
}

/* The person had a job and is no longer working in it. */
static int
if_job_stopped(const struct situation *s, const struct interview_facts *f)
{
	(void)f;
	return SIT_HAS(s, SIT_LAST_JOB_END) &&
		s->last_job_end != LAST_JOB_STILL_EMPLOYED &&
		s->last_job_end != LAST_JOB_NEVER_WORKED;
}

static int
if_licence_matters(const struct situation *s, const struct interview_facts *f)
{
	(void)s;
	return f->job_licence_often || f->area_licence_matters;
}

static int
if_licence(const struct situation *s, const struct interview_facts *f)
{
	return if_licence_matters(s, f) && SIT_HAS(s, SIT_DRIVING_LICENCE) && s->driving_licence == LICENCE_YES;
}

static int
if_searching(const struct situation *s, const struct interview_facts *f)
{
	(void)f;
	return SIT_HAS(s, SIT_SEARCH_MONTHS) && s->search_months > 0;
}

#define OPTIONS(a) a, NOPT(a)
#define NO_OPTIONS NULL, 0

/* The questions, in the order they are asked. Question texts: at most 2
 * lines of 70 columns. Help texts: a few plain sentences, folded by the
 * front end. */
static const struct question questions[] = {
	{ "lang", SIT_LANG, CHAPTER_WELCOME, QUESTION_LANG, 0,
	  /* TRANSLATORS: question texts are at most 2 lines of 70 columns
	     (split with \n); help texts are folded by the program. */
	  N_("In which language do you want your action plan?"),
	  N_("At the end you get an action plan that you can print or keep. "
	     "Choose the language it is written in."),
	  OPTIONS(lang_o), 0, 0, NULL, NULL, NULL, 0, NULL },

	{ "gender", SIT_GENDER, CHAPTER_ME, QUESTION_CHOICE, QUESTION_OPTIONAL,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("Are you a woman or a man?"),
	  N_("We only ask this to write French words correctly, for example "
	     "« prêt » or « prête ». It changes nothing in the advice you get."),
	  OPTIONS(gender_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT, NULL },

	{ "birth_year", SIT_BIRTH_YEAR, CHAPTER_ME, QUESTION_YEAR, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("In which year were you born?"),
	  N_("Your age helps us find the right help for you. Some programs are "
	     "for people under 26, others for people over 50. We only ask for "
	     "the year, not your date of birth."),
	  NO_OPTIONS, 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT, NULL },

	{ "family", SIT_FAMILY, CHAPTER_ME, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("Who do you live with?"),
	  N_("Your family life changes what is possible: working hours, "
	     "childcare, moving. We use it to find help that fits you, such as "
	     "help with childcare costs."),
	  OPTIONS(family_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT, NULL },

	{ "diploma", SIT_DIPLOMA, CHAPTER_ME, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("What is your highest diploma?"),
	  N_("We compare your diploma with what employers usually ask for in "
	     "the job you want. If your diploma is from another country, choose "
	     "the French level closest to it."),
	  OPTIONS(diploma_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT, NULL },

	{ "foreign_diploma", SIT_FOREIGN_DIPLOMA, CHAPTER_ME, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("Did you get this diploma outside France?"),
	  N_("A diploma from another country is worth something in France too. "
	     "But employers may not know it. An official certificate can say "
	     "which French level it is comparable to. We can tell you how to "
	     "ask for it."),
	  OPTIONS(foreign_diploma_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT,
	  if_diploma },

	{ "french_level", SIT_FRENCH_LEVEL, CHAPTER_ME, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("How well do you speak French?"),
	  N_("Most jobs need some French, to talk with colleagues or customers. "
	     "If it is hard for you, there are free French classes for job "
	     "seekers, and we can tell you where."),
	  OPTIONS(french_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT, NULL },

	{ "digital", SIT_DIGITAL, CHAPTER_ME, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("Can you use a computer and the Internet\nto look for a job?"),
	  N_("Today many job offers and applications are on the Internet. If "
	     "this is hard for you, free help exists near you, and we will "
	     "point you to it."),
	  OPTIONS(digital_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT, NULL },

	{ "project", SIT_PROJECT, CHAPTER_PROJECT, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("What is your plan today?"),
	  N_("This tells us where you stand, so that the advice fits you. A "
	     "first job, a change of job and starting a business do not need "
	     "the same steps."),
	  OPTIONS(project_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT, NULL },

	{ "job", SIT_JOB, CHAPTER_PROJECT, QUESTION_JOB, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("What job are you looking for?\nType the first letters of the job name."),
	  N_("For example, type « cuisi » to find cook jobs. A few English "
	     "words work too, such as « cook » or « nurse ». We use the job to "
	     "count the offers near you and to see what employers ask for. If "
	     "you are not sure yet, choose « I don't know yet »: that is fine, "
	     "and we will help you think about it."),
	  NO_OPTIONS, 0, 0, NULL, NULL,
	  /* TRANSLATORS: at most 60 columns. */
	  N_("I don't know yet"), QUESTION_NO_DEFAULT, NULL },

	{ "passion", SIT_PASSION, CHAPTER_PROJECT, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("How much do you want to do this job?"),
	  N_("When you like a job, it is easier to keep going during a long "
	     "search. There is no wrong answer: many people take a job to earn "
	     "a living."),
	  OPTIONS(passion_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT, if_job_chosen },

	{ "experience", SIT_EXPERIENCE, CHAPTER_PROJECT, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("Have you already done this job?"),
	  N_("Employers often look at what you have already done. A similar "
	     "job counts too: the skills you used there can be useful in this "
	     "one."),
	  OPTIONS(experience_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT,
	  if_job_chosen },

	{ "seniority", SIT_SENIORITY, CHAPTER_PROJECT, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("For how long have you done this kind of work?"),
	  N_("Count all the time you did this work or a similar one, even in "
	     "short jobs, internships or abroad. Employers often ask for a "
	     "number of years of experience."),
	  OPTIONS(seniority_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT,
	  if_experienced },

	{ "training", SIT_TRAINING, CHAPTER_PROJECT, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("For this job, employers often ask for a diploma.\nWhere are you on that?"),
	  N_("If you do not have the diploma, a training course can open the "
	     "door. So can an official recognition of your experience (VAE). "
	     "We use your answer to see if the diploma holds you back."),
	  OPTIONS(training_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT,
	  if_diploma_needed },

	{ "last_job_end", SIT_LAST_JOB_END, CHAPTER_SEARCH, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("How did your last job end?"),
	  N_("The help you can get depends on how your last job ended. After "
	     "an economic layoff, a special support program may be offered to "
	     "you. After an illness, the occupational doctor can help you come "
	     "back. If you stopped because of an illness or to raise your "
	     "children, choose that answer. Choose it even if your contract "
	     "still runs."),
	  OPTIONS(last_job_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT, NULL },

	{ "time_since_job", SIT_TIME_SINCE_JOB, CHAPTER_SEARCH, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("How long ago did you stop working?"),
	  N_("Count from the last day you worked. After a long time away from "
	     "work, some help is meant for you, and your experience still "
	     "counts."),
	  OPTIONS(since_job_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT,
	  if_job_stopped },

	{ "search_months", SIT_SEARCH_MONTHS, CHAPTER_SEARCH, QUESTION_NUMBER, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("For how many months have you been looking for a job?\n"
	     "Type 0 if you have not started yet."),
	  N_("Count from the day you started looking, even if you had short "
	     "jobs since then. It tells us whether to help you get started or "
	     "to change the way you search."),
	  NO_OPTIONS, SIT_SEARCH_MONTHS_MIN, SIT_SEARCH_MONTHS_MAX,
	  /* TRANSLATORS: at most 40 columns. */
	  N_("Not started yet"),
	  /* TRANSLATORS: at most 40 columns. */
	  N_("10 years or more"), NULL, QUESTION_NO_DEFAULT, NULL },

	{ "applications_week", SIT_APPLICATIONS_WEEK, CHAPTER_SEARCH, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("How many job applications do you send in a week?"),
	  N_("An application is a letter, an email or a form that you send for "
	     "a job. Counting them shows us whether more applications, or "
	     "different ones, could help."),
	  OPTIONS(rate_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT, if_searching },

	{ "interviews", SIT_INTERVIEWS, CHAPTER_SEARCH, QUESTION_NUMBER, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("How many job interviews have you had\nsince you started looking?"),
	  N_("Count every job interview: face to face, by phone or by video. "
	     "Few interviews often mean the applications need work; many "
	     "interviews without a job often mean the interviews need work."),
	  NO_OPTIONS, SIT_INTERVIEWS_MIN, SIT_INTERVIEWS_MAX,
	  /* TRANSLATORS: at most 40 columns. */
	  N_("None yet"),
	  /* TRANSLATORS: at most 40 columns. */
	  N_("More than 20"), NULL, QUESTION_NO_DEFAULT, if_searching },

	{ "offers_week", SIT_OFFERS_WEEK, CHAPTER_SEARCH, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("How many job offers that suit you do you see in a week?"),
	  N_("Only count the offers you could really apply for. If there are "
	     "very few, we may suggest other jobs or other places to look."),
	  OPTIONS(rate_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT, if_searching },

	{ "network", SIT_NETWORK, CHAPTER_SEARCH, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("Do you know people who could help you\nget a job in this field?"),
	  N_("Many jobs are found through people you know: family, friends, "
	     "former colleagues, neighbours. We use this to see if they could "
	     "help you more."),
	  OPTIONS(network_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT, NULL },

	{ "methods", SIT_METHODS, CHAPTER_SEARCH, QUESTION_MULTI, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("How do you look for a job today?\nChoose all the answers that are true."),
	  N_("Using several ways at the same time gives you more chances. We "
	     "will suggest ways you do not use yet that work well for your "
	     "job."),
	  OPTIONS(method_o), 0, 0, NULL, NULL, NULL, 0, NULL },

	{ "frustrations", SIT_FRUSTRATIONS, CHAPTER_SEARCH, QUESTION_MULTI, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("What is hardest for you in your search?\nChoose all the answers that are true."),
	  N_("Tell us what feels hardest: we choose the advice to answer it. "
	     "Being treated unfairly because of your age, your sex or your "
	     "origin is against the law. We can tell you where to get help."),
	  OPTIONS(frustration_o), 0, 0, NULL, NULL, NULL, 0, NULL },

	{ "departement", SIT_DEPARTEMENT, CHAPTER_CONSTRAINTS, QUESTION_DEPARTEMENT, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("In which département do you live?\nType its number or the start of its name."),
	  N_("A département is one of the 101 parts of France, such as Nord, "
	     "Gironde or La Réunion. Its number starts your postcode: 59 for "
	     "59000 Lille. You can also type your postcode. We use it to look at "
	     "the job offers and the help near you. We do not ask for your "
	     "address."),
	  NO_OPTIONS, 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT, NULL },

	{ "mobility", SIT_MOBILITY, CHAPTER_CONSTRAINTS, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("How far could you go for a job?"),
	  N_("Going further gives you more offers, but it costs time and money. "
	     "We look at the offers in the places you would accept."),
	  OPTIONS(mobility_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT, NULL },

	{ "contract", SIT_CONTRACT, CHAPTER_CONSTRAINTS, QUESTION_MULTI, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("What kind of work contract do you want?\nChoose all the answers that are true."),
	  N_("In some jobs, most offers are short contracts. Accepting more "
	     "kinds of contract can be a way to get in."),
	  OPTIONS(contract_o), 0, 0, NULL, NULL, NULL, 0, NULL },

	{ "worktime", SIT_WORKTIME, CHAPTER_CONSTRAINTS, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("Do you want to work full time or part time?"),
	  N_("We use it to match the offers and the advice to the hours you "
	     "can work."),
	  OPTIONS(worktime_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT, NULL },

	{ "driving_licence", SIT_DRIVING_LICENCE, CHAPTER_CONSTRAINTS, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("Do you have a car driving licence (permis B)?"),
	  N_("For this job, or where you live, a driving licence often "
	     "matters. If you do not have one, there is help to pay for it."),
	  OPTIONS(licence_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT,
	  if_licence_matters },

	{ "vehicle", SIT_VEHICLE, CHAPTER_CONSTRAINTS, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("Do you have a car or a motorbike\nthat you can use to go to work?"),
	  N_("With a vehicle you can reach more workplaces, even early in the "
	     "morning or late at night. If you have none, we can point you to "
	     "help for getting around."),
	  OPTIONS(vehicle_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT, if_licence },

	{ "disability", SIT_DISABILITY, CHAPTER_CONSTRAINTS, QUESTION_CHOICE,
	  QUESTION_OPTIONAL | QUESTION_SENSITIVE,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("Are you officially recognised as a disabled worker (RQTH)?"),
	  N_("RQTH (recognition as a disabled worker) is an official status "
	     "for people with a health problem or a disability. It gives "
	     "access to adapted jobs and to special help. You do not have to "
	     "answer. On a public kiosk, this answer is never kept."),
	  OPTIONS(disability_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT, NULL },

	{ "barriers", SIT_BARRIERS, CHAPTER_CONSTRAINTS, QUESTION_MULTI, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("Outside work, does something make your search hard?\n"
	     "Choose all the answers that are true, or none."),
	  N_("Problems with housing, health or money can make a job search very "
	     "hard. If you have one, we will first point you to people who can "
	     "help with it."),
	  OPTIONS(barrier_o), 0, 0, NULL, NULL, NULL, 0, NULL },

	{ "self_diagnosis", SIT_SELF_DIAGNOSIS, CHAPTER_SUMMARY, QUESTION_CHOICE, 0,
	  /* TRANSLATORS: at most 2 lines of 70 columns. */
	  N_("In your opinion, what holds your search back the most?"),
	  N_("Tell us what you think. We compare it with what your answers show, "
	     "and we explain where we agree and where we do not."),
	  OPTIONS(self_o), 0, 0, NULL, NULL, NULL, QUESTION_NO_DEFAULT, NULL },
};

#define NQUESTIONS NOPT(questions)

int
interview_count(void)
{
	return NQUESTIONS;
}

const struct question *
interview_get(int i)
{
	if (i < 0 || i >= NQUESTIONS)
		return NULL;
	return &questions[i];
}
