/* situation.h - the job seeker's answers (DESIGN.md section 3).
 *
 * Every key of the answers file is a field here. A key that was never
 * answered has its bit clear in `answered`; the field then holds its zero
 * value and must not be read as an answer. Choice fields hold the index of
 * the value in the lists below; list fields are bit masks of those indexes.
 * The answers-file value names are those of DESIGN.md and doc/answers.md,
 * in the same order. */
#ifndef TREMPLIN_SITUATION_H
#define TREMPLIN_SITUATION_H

#include <stdint.h>
#include <stdio.h>

#include "err.h"

enum sit_key {
	SIT_LANG, SIT_GENDER, SIT_BIRTH_YEAR, SIT_FAMILY, SIT_DIPLOMA,
	SIT_FOREIGN_DIPLOMA, SIT_FRENCH_LEVEL, SIT_DRIVING_LICENCE, SIT_VEHICLE,
	SIT_DIGITAL, SIT_DISABILITY, SIT_BARRIERS, SIT_PROJECT, SIT_JOB,
	SIT_JOB_TITLE, SIT_PASSION, SIT_DEPARTEMENT, SIT_MOBILITY, SIT_CONTRACT,
	SIT_WORKTIME,
	SIT_EXPERIENCE, SIT_SENIORITY, SIT_TRAINING, SIT_LAST_JOB_END,
	SIT_TIME_SINCE_JOB, SIT_SEARCH_MONTHS,
	SIT_APPLICATIONS_WEEK, SIT_INTERVIEWS, SIT_OFFERS_WEEK, SIT_NETWORK,
	SIT_METHODS, SIT_FRUSTRATIONS, SIT_SELF_DIAGNOSIS,
	SIT__COUNT
};

enum sit_gender { GENDER_FEMALE, GENDER_MALE, GENDER_UNSPECIFIED };
enum sit_family { FAMILY_SINGLE, FAMILY_COUPLE, FAMILY_COUPLE_KIDS, FAMILY_SINGLE_PARENT };
/* Ordered: a higher value is a higher diploma. */
enum sit_diploma { DIPLOMA_NONE, DIPLOMA_CAP_BEP, DIPLOMA_BAC, DIPLOMA_BAC2, DIPLOMA_BAC3, DIPLOMA_BAC5 };
enum sit_french { FRENCH_NATIVE, FRENCH_FLUENT, FRENCH_INTERMEDIATE, FRENCH_BEGINNER };
enum sit_licence { LICENCE_YES, LICENCE_NO, LICENCE_IN_PROGRESS };
enum sit_yesno { YESNO_YES, YESNO_NO };
enum sit_digital { DIGITAL_AUTONOMOUS, DIGITAL_WITH_HELP, DIGITAL_NONE };
enum sit_disability { DISABILITY_YES, DISABILITY_NO, DISABILITY_UNSPECIFIED };
enum sit_barrier { BARRIER_CHILDCARE, BARRIER_HOUSING, BARRIER_HEALTH, BARRIER_FINANCES,
	BARRIER_TRANSPORT, BARRIER_CARE_RELATIVE, BARRIER_LEGAL };
enum sit_project { PROJECT_NEW_JOB, PROJECT_FIRST_JOB, PROJECT_REORIENTATION,
	PROJECT_EMPLOYED, PROJECT_CREATE_COMPANY };
enum sit_passion { PASSION_LIFE_GOAL, PASSION_PASSIONATE, PASSION_LIKEABLE, PASSION_ALIMENTARY };
enum sit_mobility { MOBILITY_CITY, MOBILITY_DEPARTEMENT, MOBILITY_REGION, MOBILITY_COUNTRY };
enum sit_contract { CONTRACT_CDI, CONTRACT_CDD, CONTRACT_INTERIM, CONTRACT_ANY };
enum sit_worktime { WORKTIME_FULL, WORKTIME_PART, WORKTIME_ANY };
enum sit_experience { EXPERIENCE_DONE_THIS, EXPERIENCE_SIMILAR, EXPERIENCE_NEVER };
/* How the last job ended (or that there is one, or none). A job left
 * because of an illness or to raise children is HEALTH or FAMILY even
 * when the contract still runs (sick leave, parental leave). */
enum sit_last_job { LAST_JOB_STILL_EMPLOYED, LAST_JOB_NEVER_WORKED,
	LAST_JOB_CONTRACT_END, LAST_JOB_ECONOMIC_LAYOFF, LAST_JOB_DISMISSAL,
	LAST_JOB_MUTUAL_AGREEMENT, LAST_JOB_RESIGNATION, LAST_JOB_HEALTH,
	LAST_JOB_FAMILY };
/* Whole years since the person last worked: 0, 1-2, 3-5, 6 or more. */
enum sit_time_since_job { SINCE_JOB_LT1, SINCE_JOB_1_2, SINCE_JOB_3_5, SINCE_JOB_GT5 };
enum sit_seniority { SENIORITY_INTERN, SENIORITY_JUNIOR, SENIORITY_INTERMEDIATE,
	SENIORITY_SENIOR, SENIORITY_EXPERT };
enum sit_training { TRAINING_ENOUGH_DIPLOMAS, TRAINING_ENOUGH_EXPERIENCE,
	TRAINING_IN_TRAINING, TRAINING_NOT_SURE };
enum sit_rate { RATE_LT2, RATE_2_5, RATE_6_15, RATE_GT15 };  /* applications_week, offers_week */
enum sit_network { NETWORK_NONE, NETWORK_SOME, NETWORK_GOOD };
enum sit_method { METHOD_JOB_BOARDS, METHOD_SPONTANEOUS, METHOD_NETWORK, METHOD_AGENCIES,
	METHOD_FAIRS, METHOD_SOCIAL_MEDIA };
enum sit_frustration { FRUST_NO_OFFERS, FRUST_NO_ANSWERS, FRUST_RESUME, FRUST_INTERVIEW,
	FRUST_TRAINING, FRUST_MOTIVATION, FRUST_CONFIDENCE, FRUST_TIME, FRUST_EXPERIENCE,
	FRUST_LANGUAGE, FRUST_FOREIGN_QUALIFICATIONS, FRUST_ATYPICAL, FRUST_AGE_DISCRIMINATION,
	FRUST_SEX_DISCRIMINATION, FRUST_ORIGIN_DISCRIMINATION, FRUST_CHILDCARE };

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

/* Id string of challenge C ("basic-needs"), NULL when out of range. */
const char *challenge_id(int c);
/* Challenge of id string ID, -1 when unknown. */
int challenge_find(const char *id);

#define SIT_JOB_UNKNOWN "unknown"

/* A job title as the referential writes it ("Boulanger / Boulangère"),
 * in bytes with its NUL. */
#define SIT_TITLE_MAX 160

struct situation {
	uint64_t answered;            /* bit k set: key k was answered */
	char lang[8];                 /* "fr", "en" ... */
	int gender;                   /* enum sit_gender */
	int birth_year;
	int family;                   /* enum sit_family */
	int diploma;                  /* enum sit_diploma */
	int foreign_diploma;          /* enum sit_yesno: obtained outside France */
	int french_level;             /* enum sit_french */
	int driving_licence;          /* enum sit_licence */
	int vehicle;                  /* enum sit_yesno */
	int digital;                  /* enum sit_digital */
	int disability;               /* enum sit_disability */
	unsigned barriers;            /* bits of enum sit_barrier */
	int project;                  /* enum sit_project */
	char job[6];                  /* ROME code, or "unknown" is stored as "" with job_unknown = 1 */
	int job_unknown;
	char job_title[SIT_TITLE_MAX]; /* the job title chosen in the search, "" none */
	int passion;                  /* enum sit_passion */
	char departement[4];
	int mobility;                 /* enum sit_mobility */
	unsigned contract;            /* bits of enum sit_contract */
	int worktime;                 /* enum sit_worktime */
	int experience;               /* enum sit_experience */
	int seniority;                /* enum sit_seniority */
	int training;                 /* enum sit_training */
	int last_job_end;             /* enum sit_last_job */
	int time_since_job;           /* enum sit_time_since_job */
	int search_months;            /* 0..120 */
	int applications_week;        /* enum sit_rate */
	int interviews;               /* 0..21, 21 meaning more than 20 */
	int offers_week;              /* enum sit_rate */
	int network;                  /* enum sit_network */
	unsigned methods;             /* bits of enum sit_method */
	unsigned frustrations;        /* bits of enum sit_frustration */
	int self_diagnosis;           /* enum challenge, or SELF_UNKNOWN */
};

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
/* The job chosen in the search: CODE (a ROME code, or SIT_JOB_UNKNOWN)
 * and the TITLE chosen (NULL or "" for none; never kept with an unknown
 * job). Returns 0, or -1 with E filled (S unchanged). */
int situation_set_job(struct situation *s, const char *code, const char *title,
		      struct tr_err *e);
int situation_set(struct situation *s, enum sit_key k, const char *value,
		  struct tr_err *e);
/* Forget the answer to K. */
void situation_unset(struct situation *s, enum sit_key k);
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
