/* situation.h - the job seeker's answers (DESIGN.md section 3).
 *
 * Every key of the answers file is a row of SIT_KEYS below, and a field
 * of struct situation. A key that was never answered has its bit clear
 * in `answered`; the field then holds its zero value and must not be read
 * as an answer. Choice fields hold the index of the value in its list;
 * list fields are bit masks of those indexes. The answers-file value
 * names are those of DESIGN.md and doc/answers.md, in the same order. */
#ifndef TREMPLIN_SITUATION_H
#define TREMPLIN_SITUATION_H

#include <stdint.h>
#include <stdio.h>

#include "err.h"

/* The values of the choice and list keys: V(CONSTANT, "answers-file
 * name") in the order of the enum, which is also the order the interview
 * offers them in and what the resume code carries: never reorder them,
 * add a value at the end (and a resume-code layout, rescode.c). Each
 * list makes its enum (enum sit_gender ...) and the key's value names. */
#define SIT_GENDER_VALUES(V) \
	V(GENDER_FEMALE, "female") V(GENDER_MALE, "male") \
	V(GENDER_UNSPECIFIED, "unspecified")
#define SIT_FAMILY_VALUES(V) \
	V(FAMILY_SINGLE, "single") V(FAMILY_COUPLE, "couple") \
	V(FAMILY_COUPLE_KIDS, "couple_kids") V(FAMILY_SINGLE_PARENT, "single_parent")
/* Ordered: a higher value is a higher diploma. */
#define SIT_DIPLOMA_VALUES(V) \
	V(DIPLOMA_NONE, "none") V(DIPLOMA_CAP_BEP, "cap_bep") V(DIPLOMA_BAC, "bac") \
	V(DIPLOMA_BAC2, "bac2") V(DIPLOMA_BAC3, "bac3") V(DIPLOMA_BAC5, "bac5")
#define SIT_FRENCH_VALUES(V) \
	V(FRENCH_NATIVE, "native") V(FRENCH_FLUENT, "fluent") \
	V(FRENCH_INTERMEDIATE, "intermediate") V(FRENCH_BEGINNER, "beginner")
#define SIT_LICENCE_VALUES(V) \
	V(LICENCE_YES, "yes") V(LICENCE_NO, "no") V(LICENCE_IN_PROGRESS, "in_progress")
#define SIT_YESNO_VALUES(V) V(YESNO_YES, "yes") V(YESNO_NO, "no")
#define SIT_DIGITAL_VALUES(V) \
	V(DIGITAL_AUTONOMOUS, "autonomous") V(DIGITAL_WITH_HELP, "with_help") \
	V(DIGITAL_NONE, "none")
#define SIT_DISABILITY_VALUES(V) \
	V(DISABILITY_YES, "yes") V(DISABILITY_NO, "no") \
	V(DISABILITY_UNSPECIFIED, "unspecified")
#define SIT_BARRIER_VALUES(V) \
	V(BARRIER_CHILDCARE, "childcare") V(BARRIER_HOUSING, "housing") \
	V(BARRIER_HEALTH, "health") V(BARRIER_FINANCES, "finances") \
	V(BARRIER_TRANSPORT, "transport") V(BARRIER_CARE_RELATIVE, "care_relative") \
	V(BARRIER_LEGAL, "legal")
#define SIT_PROJECT_VALUES(V) \
	V(PROJECT_NEW_JOB, "new_job") V(PROJECT_FIRST_JOB, "first_job") \
	V(PROJECT_REORIENTATION, "reorientation") V(PROJECT_EMPLOYED, "employed") \
	V(PROJECT_CREATE_COMPANY, "create_company")
#define SIT_PASSION_VALUES(V) \
	V(PASSION_LIFE_GOAL, "life_goal") V(PASSION_PASSIONATE, "passionate") \
	V(PASSION_LIKEABLE, "likeable") V(PASSION_ALIMENTARY, "alimentary")
#define SIT_MOBILITY_VALUES(V) \
	V(MOBILITY_CITY, "city") V(MOBILITY_DEPARTEMENT, "departement") \
	V(MOBILITY_REGION, "region") V(MOBILITY_COUNTRY, "country")
#define SIT_CONTRACT_VALUES(V) \
	V(CONTRACT_CDI, "cdi") V(CONTRACT_CDD, "cdd") V(CONTRACT_INTERIM, "interim") \
	V(CONTRACT_ANY, "any")
#define SIT_WORKTIME_VALUES(V) \
	V(WORKTIME_FULL, "full") V(WORKTIME_PART, "part") V(WORKTIME_ANY, "any")
#define SIT_EXPERIENCE_VALUES(V) \
	V(EXPERIENCE_DONE_THIS, "done_this") V(EXPERIENCE_SIMILAR, "similar") \
	V(EXPERIENCE_NEVER, "never")
/* How the last job ended (or that there is one, or none). A job left
 * because of an illness or to raise children is HEALTH or FAMILY even
 * when the contract still runs (sick leave, parental leave). */
#define SIT_LAST_JOB_VALUES(V) \
	V(LAST_JOB_STILL_EMPLOYED, "still_employed") \
	V(LAST_JOB_NEVER_WORKED, "never_worked") \
	V(LAST_JOB_CONTRACT_END, "contract_end") \
	V(LAST_JOB_ECONOMIC_LAYOFF, "economic_layoff") \
	V(LAST_JOB_DISMISSAL, "dismissal") \
	V(LAST_JOB_MUTUAL_AGREEMENT, "mutual_agreement") \
	V(LAST_JOB_RESIGNATION, "resignation") V(LAST_JOB_HEALTH, "health") \
	V(LAST_JOB_FAMILY, "family")
/* Whole years since the person last worked: 0, 1-2, 3-5, 6 or more. */
#define SIT_TIME_SINCE_JOB_VALUES(V) \
	V(SINCE_JOB_LT1, "lt1") V(SINCE_JOB_1_2, "1_2") V(SINCE_JOB_3_5, "3_5") \
	V(SINCE_JOB_GT5, "gt5")
#define SIT_SENIORITY_VALUES(V) \
	V(SENIORITY_INTERN, "intern") V(SENIORITY_JUNIOR, "junior") \
	V(SENIORITY_INTERMEDIATE, "intermediate") V(SENIORITY_SENIOR, "senior") \
	V(SENIORITY_EXPERT, "expert")
#define SIT_TRAINING_VALUES(V) \
	V(TRAINING_ENOUGH_DIPLOMAS, "enough_diplomas") \
	V(TRAINING_ENOUGH_EXPERIENCE, "enough_experience") \
	V(TRAINING_IN_TRAINING, "in_training") V(TRAINING_NOT_SURE, "not_sure")
/* applications_week and offers_week */
#define SIT_RATE_VALUES(V) \
	V(RATE_LT2, "lt2") V(RATE_2_5, "2_5") V(RATE_6_15, "6_15") V(RATE_GT15, "gt15")
#define SIT_NETWORK_VALUES(V) \
	V(NETWORK_NONE, "none") V(NETWORK_SOME, "some") V(NETWORK_GOOD, "good")
#define SIT_METHOD_VALUES(V) \
	V(METHOD_JOB_BOARDS, "job_boards") V(METHOD_SPONTANEOUS, "spontaneous") \
	V(METHOD_NETWORK, "network") V(METHOD_AGENCIES, "agencies") \
	V(METHOD_FAIRS, "fairs") V(METHOD_SOCIAL_MEDIA, "social_media")
#define SIT_FRUSTRATION_VALUES(V) \
	V(FRUST_NO_OFFERS, "no_offers") V(FRUST_NO_ANSWERS, "no_answers") \
	V(FRUST_RESUME, "resume") V(FRUST_INTERVIEW, "interview") \
	V(FRUST_TRAINING, "training") V(FRUST_MOTIVATION, "motivation") \
	V(FRUST_CONFIDENCE, "confidence") V(FRUST_TIME, "time") \
	V(FRUST_EXPERIENCE, "experience") V(FRUST_LANGUAGE, "language") \
	V(FRUST_FOREIGN_QUALIFICATIONS, "foreign_qualifications") \
	V(FRUST_ATYPICAL, "atypical") V(FRUST_AGE_DISCRIMINATION, "age_discrimination") \
	V(FRUST_SEX_DISCRIMINATION, "sex_discrimination") \
	V(FRUST_ORIGIN_DISCRIMINATION, "origin_discrimination") \
	V(FRUST_CHILDCARE, "childcare")

#define SIT_VALUE_CONSTANT(constant, name) constant,
enum sit_gender { SIT_GENDER_VALUES(SIT_VALUE_CONSTANT) };
enum sit_family { SIT_FAMILY_VALUES(SIT_VALUE_CONSTANT) };
enum sit_diploma { SIT_DIPLOMA_VALUES(SIT_VALUE_CONSTANT) };
enum sit_french { SIT_FRENCH_VALUES(SIT_VALUE_CONSTANT) };
enum sit_licence { SIT_LICENCE_VALUES(SIT_VALUE_CONSTANT) };
enum sit_yesno { SIT_YESNO_VALUES(SIT_VALUE_CONSTANT) };
enum sit_digital { SIT_DIGITAL_VALUES(SIT_VALUE_CONSTANT) };
enum sit_disability { SIT_DISABILITY_VALUES(SIT_VALUE_CONSTANT) };
enum sit_barrier { SIT_BARRIER_VALUES(SIT_VALUE_CONSTANT) };
enum sit_project { SIT_PROJECT_VALUES(SIT_VALUE_CONSTANT) };
enum sit_passion { SIT_PASSION_VALUES(SIT_VALUE_CONSTANT) };
enum sit_mobility { SIT_MOBILITY_VALUES(SIT_VALUE_CONSTANT) };
enum sit_contract { SIT_CONTRACT_VALUES(SIT_VALUE_CONSTANT) };
enum sit_worktime { SIT_WORKTIME_VALUES(SIT_VALUE_CONSTANT) };
enum sit_experience { SIT_EXPERIENCE_VALUES(SIT_VALUE_CONSTANT) };
enum sit_last_job { SIT_LAST_JOB_VALUES(SIT_VALUE_CONSTANT) };
enum sit_time_since_job { SIT_TIME_SINCE_JOB_VALUES(SIT_VALUE_CONSTANT) };
enum sit_seniority { SIT_SENIORITY_VALUES(SIT_VALUE_CONSTANT) };
enum sit_training { SIT_TRAINING_VALUES(SIT_VALUE_CONSTANT) };
enum sit_rate { SIT_RATE_VALUES(SIT_VALUE_CONSTANT) };
enum sit_network { SIT_NETWORK_VALUES(SIT_VALUE_CONSTANT) };
enum sit_method { SIT_METHOD_VALUES(SIT_VALUE_CONSTANT) };
enum sit_frustration { SIT_FRUSTRATION_VALUES(SIT_VALUE_CONSTANT) };
#undef SIT_VALUE_CONSTANT

/* The main challenges of DESIGN.md section 5, in the order they are
 * checked; also the values of self_diagnosis (plus SELF_UNKNOWN). */
#define CHALLENGE_LIST(X) \
	X(CHALLENGE_BASIC_NEEDS, "basic-needs") \
	X(CHALLENGE_UNDEFINED_PROJECT, "undefined-project") \
	X(CHALLENGE_FRENCH_LANGUAGE, "french-language") \
	X(CHALLENGE_STUCK_MARKET, "stuck-market") \
	X(CHALLENGE_MISSING_DIPLOMA, "missing-diploma") \
	X(CHALLENGE_FIND_WHAT_YOU_LIKE, "find-what-you-like") \
	X(CHALLENGE_START_YOUR_SEARCH, "start-your-search") \
	X(CHALLENGE_ENHANCE_METHODS, "enhance-methods-to-interview") \
	X(CHALLENGE_INTERVIEW_TO_OFFER, "interview-to-offer") \
	X(CHALLENGE_BRAVO, "bravo")

#define CHALLENGE_ENUM(name, id) name,
enum challenge { CHALLENGE_LIST(CHALLENGE_ENUM) CHALLENGE__COUNT };
#undef CHALLENGE_ENUM
/* self_diagnosis = unknown */
#define SELF_UNKNOWN CHALLENGE__COUNT
/* The values of self_diagnosis: enum challenge, then SELF_UNKNOWN. */
#define SIT_SELF_VALUES(V) CHALLENGE_LIST(V) V(SELF_UNKNOWN, "unknown")

/* Id string of challenge C ("basic-needs"), NULL when out of range. */
const char *challenge_id(int c);
/* Challenge of id string ID, -1 when unknown. */
int challenge_find(const char *id);

/* The keys without a list of values. */
#define SIT_NO_VALUES(V)
/* The number of values of a list, as a constant. */
#define SIT_VALUE_ONE(constant, name) + 1
#define SIT_COUNT(values) (0 values(SIT_VALUE_ONE))

/* The answer keys, one row each, in the order of the answers file:
 *
 *   X(KEY, field, kind, values, min, max, title)
 *
 * KEY, the enum sit_key constant; FIELD, the name of the key in the
 * answers file and of its field in struct situation; KIND, how it is
 * read and what its field holds:
 *   CHOICE       one of VALUES: int, the index of the value;
 *   LIST         any of VALUES (comma-separated): unsigned, a bit mask;
 *   INT          a number from MIN to MAX: int;
 *   YEAR         the birth year (SIT_YEAR_MIN .. this year - SIT_MIN_AGE);
 *   LANG         2 or 3 lowercase letters (fr, en...): char[8];
 *   DEPARTEMENT  an INSEE département code (01, 2A, 971...): char[4];
 *   JOB          a ROME code (D1102), char[6], and FIELD_unknown, 1 for
 *                SIT_JOB_UNKNOWN (the code is then "");
 *   TEXT         one line of text: char[SIT_TITLE_MAX];
 * VALUES, a list of values above for CHOICE and LIST, SIT_NO_VALUES
 * otherwise; MIN and MAX, the range of an INT (0 otherwise); TITLE, what
 * the answer is about in a few words (msgid, at most 30 columns): how the
 * Summary, the exports and the reasons name it (interview_key_title).
 *
 * From this table come enum sit_key, struct situation, the key table
 * (situation-keys.c) by which every key is read and written
 * (situation.c), and the key titles (interview-labels.c). A new key also
 * needs its question (interview.c) and a resume-code layout that carries
 * it (rescode.c). At most 64 keys (`answered`). */
#define SIT_KEYS(X) \
	/* TRANSLATORS: what each answer is about, in a few words (at most */ \
	/* 30 columns): the Summary, the exports and the reasons show it */ \
	/* before the answer. Same for every title below. */ \
	X(SIT_LANG, lang, LANG, SIT_NO_VALUES, 0, 0, N_("Language of the plan")) \
	X(SIT_GENDER, gender, CHOICE, SIT_GENDER_VALUES, 0, 0, N_("Gender")) \
	X(SIT_BIRTH_YEAR, birth_year, YEAR, SIT_NO_VALUES, 0, 0, N_("Year of birth")) \
	X(SIT_FAMILY, family, CHOICE, SIT_FAMILY_VALUES, 0, 0, N_("Family")) \
	X(SIT_DIPLOMA, diploma, CHOICE, SIT_DIPLOMA_VALUES, 0, 0, \
	  N_("Highest diploma")) \
	/* foreign_diploma: the diploma was obtained outside France */ \
	X(SIT_FOREIGN_DIPLOMA, foreign_diploma, CHOICE, SIT_YESNO_VALUES, 0, 0, \
	  N_("Country of the diploma")) \
	X(SIT_FRENCH_LEVEL, french_level, CHOICE, SIT_FRENCH_VALUES, 0, 0, N_("French")) \
	X(SIT_DRIVING_LICENCE, driving_licence, CHOICE, SIT_LICENCE_VALUES, 0, 0, \
	  N_("Driving licence")) \
	X(SIT_VEHICLE, vehicle, CHOICE, SIT_YESNO_VALUES, 0, 0, N_("Vehicle")) \
	X(SIT_DIGITAL, digital, CHOICE, SIT_DIGITAL_VALUES, 0, 0, \
	  N_("Computer and internet")) \
	X(SIT_DISABILITY, disability, CHOICE, SIT_DISABILITY_VALUES, 0, 0, \
	  N_("Disability (RQTH)")) \
	X(SIT_BARRIERS, barriers, LIST, SIT_BARRIER_VALUES, 0, 0, \
	  N_("Difficulties outside work")) \
	X(SIT_PROJECT, project, CHOICE, SIT_PROJECT_VALUES, 0, 0, N_("Project")) \
	X(SIT_JOB, job, JOB, SIT_NO_VALUES, 0, 0, N_("Target job")) \
	/* job_title: the job title chosen in the search, "" none */ \
	X(SIT_JOB_TITLE, job_title, TEXT, SIT_NO_VALUES, 0, 0, N_("Job title")) \
	X(SIT_PASSION, passion, CHOICE, SIT_PASSION_VALUES, 0, 0, \
	  N_("Liking for the job")) \
	X(SIT_DEPARTEMENT, departement, DEPARTEMENT, SIT_NO_VALUES, 0, 0, \
	  N_("Département")) \
	X(SIT_MOBILITY, mobility, CHOICE, SIT_MOBILITY_VALUES, 0, 0, \
	  N_("How far you would go")) \
	X(SIT_CONTRACT, contract, LIST, SIT_CONTRACT_VALUES, 0, 0, N_("Contracts")) \
	X(SIT_WORKTIME, worktime, CHOICE, SIT_WORKTIME_VALUES, 0, 0, \
	  N_("Working time")) \
	X(SIT_EXPERIENCE, experience, CHOICE, SIT_EXPERIENCE_VALUES, 0, 0, \
	  N_("Experience of the job")) \
	X(SIT_SENIORITY, seniority, CHOICE, SIT_SENIORITY_VALUES, 0, 0, \
	  N_("Years of experience")) \
	X(SIT_TRAINING, training, CHOICE, SIT_TRAINING_VALUES, 0, 0, N_("Training")) \
	X(SIT_LAST_JOB_END, last_job_end, CHOICE, SIT_LAST_JOB_VALUES, 0, 0, \
	  N_("How the last job ended")) \
	X(SIT_TIME_SINCE_JOB, time_since_job, CHOICE, SIT_TIME_SINCE_JOB_VALUES, 0, 0, \
	  N_("Time since the last job")) \
	X(SIT_SEARCH_MONTHS, search_months, INT, SIT_NO_VALUES, 0, 120, \
	  N_("Months of search")) \
	X(SIT_APPLICATIONS_WEEK, applications_week, CHOICE, SIT_RATE_VALUES, 0, 0, \
	  N_("Applications a week")) \
	/* interviews: 21 means more than 20 */ \
	X(SIT_INTERVIEWS, interviews, INT, SIT_NO_VALUES, 0, 21, N_("Job interviews")) \
	X(SIT_OFFERS_WEEK, offers_week, CHOICE, SIT_RATE_VALUES, 0, 0, \
	  N_("Offers seen a week")) \
	X(SIT_NETWORK, network, CHOICE, SIT_NETWORK_VALUES, 0, 0, \
	  N_("People who can help")) \
	X(SIT_METHODS, methods, LIST, SIT_METHOD_VALUES, 0, 0, N_("How you search")) \
	X(SIT_FRUSTRATIONS, frustrations, LIST, SIT_FRUSTRATION_VALUES, 0, 0, \
	  N_("What frustrates you")) \
	X(SIT_SELF_DIAGNOSIS, self_diagnosis, CHOICE, SIT_SELF_VALUES, 0, 0, \
	  N_("What you think holds you back"))

#define SIT_KEY_CONSTANT(key, field, kind, values, min, max, title) key,
enum sit_key { SIT_KEYS(SIT_KEY_CONSTANT) SIT__COUNT };
#undef SIT_KEY_CONSTANT
_Static_assert(SIT__COUNT <= 64, "`answered` holds one bit per key");

/* Constants of each key, for the tables that must agree with it:
 * SIT_GENDER_NVALUES (its number of values, 0 without a list), and
 * SIT_SEARCH_MONTHS_MIN, SIT_SEARCH_MONTHS_MAX (the range of an INT). */
#define SIT_KEY_NUMBERS(key, field, kind, values, min, max, title) \
	key##_NVALUES = SIT_COUNT(values), key##_MIN = (min), key##_MAX = (max),
enum { SIT_KEYS(SIT_KEY_NUMBERS) };
#undef SIT_KEY_NUMBERS

#define SIT_JOB_UNKNOWN "unknown"

/* A job title as the referential writes it ("Boulanger / Boulangère"),
 * in bytes with its NUL. */
#define SIT_TITLE_MAX 160

/* One field per key of SIT_KEYS, named as the key, of the type of its
 * kind. */
#define SIT_FIELD_CHOICE(f) int f;
#define SIT_FIELD_LIST(f) unsigned f;
#define SIT_FIELD_INT(f) int f;
#define SIT_FIELD_YEAR(f) int f;
#define SIT_FIELD_LANG(f) char f[8];
#define SIT_FIELD_DEPARTEMENT(f) char f[4];
#define SIT_FIELD_JOB(f) char f[6]; int f##_unknown;
#define SIT_FIELD_TEXT(f) char f[SIT_TITLE_MAX];
#define SIT_FIELD(key, field, kind, values, min, max, title) SIT_FIELD_##kind(field)

struct situation {
	uint64_t answered;            /* bit k set: key k was answered */
	SIT_KEYS(SIT_FIELD)
};
#undef SIT_FIELD
#undef SIT_FIELD_CHOICE
#undef SIT_FIELD_LIST
#undef SIT_FIELD_INT
#undef SIT_FIELD_YEAR
#undef SIT_FIELD_LANG
#undef SIT_FIELD_DEPARTEMENT
#undef SIT_FIELD_JOB
#undef SIT_FIELD_TEXT

#define SIT_HAS(s, key) (((s)->answered >> (key)) & 1u)

void situation_init(struct situation *s);

/* Parse one "key=value" line (no newline) into S. Comments and blank lines
 * are accepted and change nothing. Returns 0, or -1 with E filled with
 * what is wrong (without file or line: the caller adds them); a key
 * already answered in S is an error ("duplicate key"). */
int situation_parse_line(struct situation *s, const char *line, struct tr_err *e);

/* Parse a whole answers file; errors read "FILE:LINE: what is wrong".
 * Stops at the first error. S is reset first (situation_init) and is
 * left unchanged on error. A key given twice is an error. */
int situation_read_file(struct situation *s, const char *path, struct tr_err *e);
/* The same from a string (NAME stands for the file in messages). */
int situation_read_string(struct situation *s, const char *text,
			  const char *name, struct tr_err *e);

/* Write S as an answers file (only answered keys, in table order). The
 * output read back gives an identical situation. */
int situation_write(const struct situation *s, FILE *fp);
/* The same as a string (malloc'ed, NUL-terminated, its length in *LEN);
 * NULL when it cannot be written (no memory, a value out of range). */
char *situation_text(const struct situation *s, size_t *len);

/* Key names and value names, for the front ends and the diagnosis. */
const char *situation_key_name(enum sit_key k);
int situation_key_find(const char *name);          /* -1 when unknown */
/* Number of values of a choice or list key, 0 for free keys. */
int situation_nvalues(enum sit_key k);
/* The answers-file name of value V of key K ("cap_bep"), NULL if out of range. */
const char *situation_value_name(enum sit_key k, int v);

/* Age in whole years in YEAR, -1 when birth_year is not answered. */
int situation_age(const struct situation *s, int year);

/* birth_year is from SIT_YEAR_MIN to this year minus SIT_MIN_AGE. */
#define SIT_YEAR_MIN 1900
#define SIT_MIN_AGE 14

/* Longest line of an answers file, in bytes. */
#define SIT_LINE_MAX 1000

/* Set key K from VALUE (answers-file syntax, as after "key="), replacing
 * any earlier answer: what the front ends call with the chosen value.
 * Returns 0, or -1 with E filled (S unchanged). */
int situation_set(struct situation *s, enum sit_key k, const char *value,
		  struct tr_err *e);
/* The job chosen in the search: CODE (a ROME code, or SIT_JOB_UNKNOWN)
 * and the TITLE chosen (NULL or "" for none; never kept with an unknown
 * job). Returns 0, or -1 with E filled (S unchanged). */
int situation_set_job(struct situation *s, const char *code, const char *title,
		      struct tr_err *e);
/* Set the int field of a choice, list (a mask), number or year key to V,
 * as situation_get_int() gives it, replacing any earlier answer. Returns
 * 0, or -1 when K has no int field or V is not one of its answers (S
 * unchanged). */
int situation_set_int(struct situation *s, enum sit_key k, int v);
/* Forget the answer to K. */
void situation_unset(struct situation *s, enum sit_key k);
/* How many keys S answers. */
int situation_count(const struct situation *s);
/* 1 when K is a list key (the field is a bit mask). */
int situation_is_list(enum sit_key k);
/* The int field of a choice, list (as a mask), number or year key; 0 for
 * the other keys. */
int situation_get_int(const struct situation *s, enum sit_key k);
/* The answers-file value of K in S ("cdi,cdd", "D1102", "1987") into BUF;
 * 0, or -1 when it does not fit or the field is out of range. */
int situation_format_value(const struct situation *s, enum sit_key k,
			   char *buf, size_t size);

#endif
