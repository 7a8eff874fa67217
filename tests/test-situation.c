/* test-situation.c - the answers file: every key and value, every error
 * with its message and line, round trips of realistic answers files. */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "check.h"
#include "situation.h"

/* The value lists of DESIGN.md section 3 and doc/answers.md, typed in
 * from the documents (not read from SIT_KEYS), in the order of the
 * enums. */
static const struct {
	const char *key;
	const char *values;
} design[] = {
	{ "gender", "female male unspecified" },
	{ "family", "single couple couple_kids single_parent" },
	{ "diploma", "none cap_bep bac bac2 bac3 bac5" },
	{ "foreign_diploma", "yes no" },
	{ "french_level", "native fluent intermediate beginner" },
	{ "driving_licence", "yes no in_progress" },
	{ "vehicle", "yes no" },
	{ "digital", "autonomous with_help none" },
	{ "disability", "yes no unspecified" },
	{ "barriers", "childcare housing health finances transport care_relative legal" },
	{ "project", "new_job first_job reorientation employed create_company" },
	{ "passion", "life_goal passionate likeable alimentary" },
	{ "mobility", "city departement region country" },
	{ "contract", "cdi cdd interim any" },
	{ "worktime", "full part any" },
	{ "experience", "done_this similar never" },
	{ "seniority", "intern junior intermediate senior expert" },
	{ "training", "enough_diplomas enough_experience in_training not_sure" },
	{ "last_job_end", "still_employed never_worked contract_end economic_layoff "
	  "dismissal mutual_agreement resignation health family" },
	{ "time_since_job", "lt1 1_2 3_5 gt5" },
	{ "applications_week", "lt2 2_5 6_15 gt15" },
	{ "offers_week", "lt2 2_5 6_15 gt15" },
	{ "network", "none some good" },
	{ "methods", "job_boards spontaneous network agencies fairs social_media" },
	{ "frustrations", "no_offers no_answers resume interview training motivation "
	  "confidence time experience language foreign_qualifications atypical "
	  "age_discrimination sex_discrimination origin_discrimination childcare" },
	{ "self_diagnosis", "basic-needs undefined-project french-language stuck-market "
	  "missing-diploma find-what-you-like start-your-search "
	  "enhance-methods-to-interview interview-to-offer bravo unknown" },
};

static int
parse1(struct situation *s, const char *line, struct tr_err *e)
{
	situation_init(s);
	e->msg[0] = '\0';
	return situation_parse_line(s, line, e);
}

/* LINE must fail with exactly message WANT. */
static void
expect_error(const char *line, const char *want)
{
	struct situation s;
	struct tr_err e;
	int rc = parse1(&s, line, &e);

	CHECK_INT(rc, -1);
	CHECK_STR(e.msg, want);
	CHECK_INT(s.answered, 0);
	if (rc != -1 || strcmp(e.msg, want) != 0)
		fprintf(stderr, "  line was: %s\n", line);
}

static void
test_design_values(void)
{
	for (size_t i = 0; i < sizeof design / sizeof design[0]; i++) {
		char vals[512], line[600];
		int k = situation_key_find(design[i].key), v = 0;

		CHECK(k >= 0);
		if (k < 0)
			continue;
		CHECK_STR(situation_key_name((enum sit_key)k), design[i].key);
		snprintf(vals, sizeof vals, "%s", design[i].values);
		for (char *w = strtok(vals, " "); w != NULL; w = strtok(NULL, " "), v++) {
			struct situation s;
			struct tr_err e;

			CHECK_STR(situation_value_name((enum sit_key)k, v), w);
			snprintf(line, sizeof line, "%s=%s", design[i].key, w);
			CHECK_INT(parse1(&s, line, &e), 0);
			CHECK(SIT_HAS(&s, k));
			CHECK_INT(s.answered, (uint64_t)1 << k);
			if (situation_is_list((enum sit_key)k))
				CHECK_INT(situation_get_int(&s, (enum sit_key)k), 1 << v);
			else
				CHECK_INT(situation_get_int(&s, (enum sit_key)k), v);
		}
		CHECK_INT(situation_nvalues((enum sit_key)k), v);
		CHECK(situation_value_name((enum sit_key)k, v) == NULL);
		CHECK(situation_value_name((enum sit_key)k, -1) == NULL);
	}
}

static void
test_fields(void)
{
	struct situation s;
	struct tr_err e;
	char line[64];
	int year = clock_year();

	CHECK_INT(parse1(&s, "diploma=bac3", &e), 0);
	CHECK_INT(s.diploma, DIPLOMA_BAC3);
	CHECK_INT(parse1(&s, "  contract = cdd , interim  ", &e), 0);
	CHECK_INT(s.contract, (1u << CONTRACT_CDD) | (1u << CONTRACT_INTERIM));
	CHECK_INT(parse1(&s, "contract=any", &e), 0);
	CHECK_INT(s.contract, 1u << CONTRACT_ANY);
	CHECK_INT(parse1(&s, "barriers=", &e), 0);
	CHECK(SIT_HAS(&s, SIT_BARRIERS));
	CHECK_INT(s.barriers, 0);
	CHECK_INT(parse1(&s, "methods=   ", &e), 0);
	CHECK(SIT_HAS(&s, SIT_METHODS));
	CHECK_INT(s.methods, 0);
	CHECK_INT(parse1(&s, "self_diagnosis=unknown", &e), 0);
	CHECK_INT(s.self_diagnosis, SELF_UNKNOWN);
	CHECK_INT(parse1(&s, "self_diagnosis=stuck-market", &e), 0);
	CHECK_INT(s.self_diagnosis, CHALLENGE_STUCK_MARKET);

	/* numbers */
	CHECK_INT(parse1(&s, "search_months=0", &e), 0);
	CHECK(SIT_HAS(&s, SIT_SEARCH_MONTHS));
	CHECK_INT(s.search_months, 0);
	CHECK_INT(parse1(&s, "search_months=120", &e), 0);
	CHECK_INT(s.search_months, 120);
	CHECK_INT(parse1(&s, "search_months=007", &e), 0);
	CHECK_INT(s.search_months, 7);
	CHECK_INT(parse1(&s, "interviews=21", &e), 0);
	CHECK_INT(s.interviews, 21);
	CHECK_INT(parse1(&s, "interviews=0", &e), 0);
	CHECK_INT(s.interviews, 0);

	/* birth year */
	CHECK_INT(parse1(&s, "birth_year=1900", &e), 0);
	CHECK_INT(s.birth_year, 1900);
	snprintf(line, sizeof line, "birth_year=%d", year - 14);
	CHECK_INT(parse1(&s, line, &e), 0);
	CHECK_INT(s.birth_year, year - 14);
	CHECK_INT(situation_age(&s, year), 14);
	CHECK_INT(situation_age(&s, year + 10), 24);
	situation_init(&s);
	CHECK_INT(situation_age(&s, year), -1);

	/* lang */
	CHECK_INT(parse1(&s, "lang=fr", &e), 0);
	CHECK_STR(s.lang, "fr");
	CHECK_INT(parse1(&s, "lang=ber", &e), 0);
	CHECK_STR(s.lang, "ber");

	/* départements */
	static const char *const deps[][2] = {
		{ "01", "01" }, { "19", "19" }, { "21", "21" }, { "95", "95" },
		{ "2A", "2A" }, { "2b", "2B" }, { "971", "971" }, { "976", "976" },
		{ "75", "75" },
	};
	for (size_t i = 0; i < sizeof deps / sizeof deps[0]; i++) {
		snprintf(line, sizeof line, "departement=%s", deps[i][0]);
		CHECK_INT(parse1(&s, line, &e), 0);
		CHECK_STR(s.departement, deps[i][1]);
	}

	/* job */
	CHECK_INT(parse1(&s, "job=D1102", &e), 0);
	CHECK_STR(s.job, "D1102");
	CHECK_INT(s.job_unknown, 0);
	CHECK_INT(parse1(&s, "job=n4105", &e), 0);
	CHECK_STR(s.job, "N4105");
	CHECK_INT(parse1(&s, "job=A1101", &e), 0);
	CHECK_STR(s.job, "A1101");
	CHECK_INT(parse1(&s, "job=unknown", &e), 0);
	CHECK_STR(s.job, "");
	CHECK_INT(s.job_unknown, 1);
	CHECK(SIT_HAS(&s, SIT_JOB));
}

/* situation_set_int takes what situation_get_int gives, and only
 * answers; situation_unset clears the whole field of every key. */
static void
test_set_int(void)
{
	struct situation s, blank;
	struct tr_err e;
	int year = clock_year();

	situation_init(&s);
	CHECK_INT(situation_set_int(&s, SIT_DIPLOMA, DIPLOMA_BAC5), 0);
	CHECK(SIT_HAS(&s, SIT_DIPLOMA));
	CHECK_INT(s.diploma, DIPLOMA_BAC5);
	CHECK_INT(situation_set_int(&s, SIT_DIPLOMA, SIT_DIPLOMA_NVALUES), -1);
	CHECK_INT(situation_set_int(&s, SIT_DIPLOMA, -1), -1);
	CHECK_INT(s.diploma, DIPLOMA_BAC5);
	CHECK_INT(situation_set_int(&s, SIT_FRUSTRATIONS, (1 << SIT_FRUSTRATIONS_NVALUES) - 1), 0);
	CHECK_INT(situation_get_int(&s, SIT_FRUSTRATIONS), (1 << SIT_FRUSTRATIONS_NVALUES) - 1);
	CHECK_INT(situation_set_int(&s, SIT_FRUSTRATIONS, 1 << SIT_FRUSTRATIONS_NVALUES), -1);
	CHECK_INT(situation_set_int(&s, SIT_INTERVIEWS, SIT_INTERVIEWS_MAX), 0);
	CHECK_INT(situation_set_int(&s, SIT_INTERVIEWS, SIT_INTERVIEWS_MAX + 1), -1);
	CHECK_INT(situation_set_int(&s, SIT_INTERVIEWS, SIT_INTERVIEWS_MIN - 1), -1);
	CHECK_INT(situation_set_int(&s, SIT_BIRTH_YEAR, SIT_YEAR_MIN), 0);
	CHECK_INT(situation_set_int(&s, SIT_BIRTH_YEAR, SIT_YEAR_MIN - 1), -1);
	CHECK_INT(situation_set_int(&s, SIT_BIRTH_YEAR, year - SIT_MIN_AGE + 1), -1);
	CHECK_INT(s.birth_year, SIT_YEAR_MIN);
	CHECK_INT(situation_set_int(&s, SIT_JOB, 1), -1);
	CHECK_INT(situation_set_int(&s, SIT_LANG, 0), -1);
	CHECK_INT(situation_set_int(&s, SIT__COUNT, 0), -1);
	CHECK(!SIT_HAS(&s, SIT_JOB) && !SIT_HAS(&s, SIT_LANG));

	/* every key answered, then forgotten one by one */
	CHECK_INT(situation_read_string(&s, "lang=ber\njob=D1102\njob_title=Cuisinier\n"
					"departement=971\nbirth_year=1980\n"
					"frustrations=no_offers,childcare\n", "all", &e), 0);
	for (int k = 0; k < SIT__COUNT; k++)
		if (!SIT_HAS(&s, k) && situation_nvalues((enum sit_key)k) > 0)
			CHECK_INT(situation_set_int(&s, (enum sit_key)k,
						    situation_nvalues((enum sit_key)k) - 1), 0);
	CHECK_INT(situation_set(&s, SIT_SEARCH_MONTHS, "120", &e), 0);
	CHECK_INT(situation_set(&s, SIT_INTERVIEWS, "21", &e), 0);
	CHECK_INT(s.answered, ((uint64_t)1 << SIT__COUNT) - 1);
	for (int k = 0; k < SIT__COUNT; k++)
		situation_unset(&s, (enum sit_key)k);
	situation_init(&blank);
	CHECK(memcmp(&s, &blank, sizeof s) == 0);
	CHECK_INT(situation_read_string(&s, "job=unknown\n", "u", &e), 0);
	situation_unset(&s, SIT_JOB);
	CHECK(memcmp(&s, &blank, sizeof s) == 0);
}

static void
test_errors(void)
{
	char line[2100], want[200];
	int year = clock_year();

	expect_error("foo=1", "unknown key \"foo\"");
	expect_error("Diploma=bac", "unknown key \"Diploma\"");
	expect_error("diploma=xyz",
		     "\"xyz\" is not a value of diploma (none, cap_bep, bac, bac2, bac3, bac5)");
	expect_error("diploma=BAC",
		     "\"BAC\" is not a value of diploma (none, cap_bep, bac, bac2, bac3, bac5)");
	expect_error("diploma=", "diploma has no value");
	expect_error("contract=cdi,permanent",
		     "\"permanent\" is not a value of contract (cdi, cdd, interim, any)");
	expect_error("contract=cdi,,cdd", "empty item in the list of contract");
	expect_error("contract=cdi,", "empty item in the list of contract");
	expect_error("contract=cdi,cdi", "\"cdi\" is given twice in contract");
	expect_error("self_diagnosis=basic_needs",
		     "\"basic_needs\" is not a value of self_diagnosis (basic-needs, "
		     "undefined-project, french-language, stuck-market, missing-diploma, "
		     "find-what-you-like, start-your-search, enhance-methods-to-interview, "
		     "interview-to-offer, bravo, unknown)");
	expect_error("birth_year=87", "birth_year must be four digits");
	expect_error("birth_year=19a0", "birth_year must be four digits");
	expect_error("birth_year=19870", "birth_year must be four digits");
	expect_error("birth_year=-987", "birth_year must be four digits");
	snprintf(want, sizeof want, "birth_year must be a year from 1900 to %d", year - 14);
	expect_error("birth_year=1899", want);
	snprintf(line, sizeof line, "birth_year=%d", year - 13);
	expect_error(line, want);
	expect_error("search_months=121", "search_months must be a number from 0 to 120");
	expect_error("search_months=-1", "search_months must be a number from 0 to 120");
	expect_error("search_months=3.5", "search_months must be a number from 0 to 120");
	expect_error("search_months=99999999999", "search_months must be a number from 0 to 120");
	expect_error("search_months=six", "search_months must be a number from 0 to 120");
	expect_error("interviews=22", "interviews must be a number from 0 to 21");
	expect_error("interviews=+3", "interviews must be a number from 0 to 21");
	static const char *const bad_deps[] = { "96", "20", "00", "970", "975", "977", "1",
		"100", "2C", "A", "9a" };
	for (size_t i = 0; i < sizeof bad_deps / sizeof bad_deps[0]; i++) {
		snprintf(line, sizeof line, "departement=%s", bad_deps[i]);
		snprintf(want, sizeof want,
			 "departement \"%s\" is not a French département code", bad_deps[i]);
		expect_error(line, want);
	}
	static const char *const bad_jobs[] = { "X123", "O1234", "D110", "D11020",
		"DD102", "Unknown", "1D102" };
	for (size_t i = 0; i < sizeof bad_jobs / sizeof bad_jobs[0]; i++) {
		snprintf(line, sizeof line, "job=%s", bad_jobs[i]);
		snprintf(want, sizeof want,
			 "job \"%s\" is not a ROME code (letter and 4 digits) or unknown",
			 bad_jobs[i]);
		expect_error(line, want);
	}
	expect_error("lang=FR", "lang must be a language code of 2 or 3 lowercase letters (fr, en...)");
	expect_error("lang=f", "lang must be a language code of 2 or 3 lowercase letters (fr, en...)");
	expect_error("lang=fran", "lang must be a language code of 2 or 3 lowercase letters (fr, en...)");
	expect_error("diploma bac", "\"diploma bac\" is not of the form key=value");
	expect_error("=bac", "no key before \"=\"");
	expect_error("diploma=bac\xff", "invalid UTF-8");
	expect_error("gender=\xc3\x28", "invalid UTF-8");
	expect_error("gender=\xed\xa0\x80", "invalid UTF-8");  /* a surrogate */
	expect_error("gender=\xc0\xaf", "invalid UTF-8");      /* overlong */
	expect_error("gender=fémale",
		     "\"fémale\" is not a value of gender (female, male, unspecified)");
	memset(line, 'a', sizeof line);
	memcpy(line, "job=", 4);
	line[SIT_LINE_MAX + 1] = '\0';
	expect_error(line, "line too long (more than 1000 bytes)");
	line[SIT_LINE_MAX] = '\0';
	/* long values are cut in messages */
	expect_error(line, "job \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\" "
		     "is not a ROME code (letter and 4 digits) or unknown");
}

static void
test_comments_and_duplicates(void)
{
	struct situation s;
	struct tr_err e;

	CHECK_INT(parse1(&s, "# a comment=with equals", &e), 0);
	CHECK_INT(parse1(&s, "   # indented comment", &e), 0);
	CHECK_INT(parse1(&s, "", &e), 0);
	CHECK_INT(parse1(&s, " \t ", &e), 0);
	CHECK_INT(s.answered, 0);

	situation_init(&s);
	CHECK_INT(situation_parse_line(&s, "job=D1102", &e), 0);
	CHECK_INT(situation_parse_line(&s, "job=unknown", &e), -1);
	CHECK_STR(e.msg, "duplicate key \"job\"");
	CHECK_STR(s.job, "D1102");
	CHECK_INT(s.job_unknown, 0);
	/* situation_set replaces; a bad value leaves the old one */
	CHECK_INT(situation_set(&s, SIT_JOB, "unknown", &e), 0);
	CHECK_INT(s.job_unknown, 1);
	CHECK_INT(situation_set(&s, SIT_JOB, "zz", &e), -1);
	CHECK_INT(s.job_unknown, 1);
	situation_unset(&s, SIT_JOB);
	CHECK(!SIT_HAS(&s, SIT_JOB));
	CHECK_INT(s.job_unknown, 0);
	CHECK_INT(s.answered, 0);
}

/* Answers files that cannot be read (NAME stands for the file), and the
 * message. */
static const struct {
	const char *text, *name, *msg;
} read_errors[] = {
	{ "# x\n\ngender=male\nfamily=big\n", "a.answers",
	  "a.answers:4: \"big\" is not a value of family "
	  "(single, couple, couple_kids, single_parent)" },
	{ "job=D1102\r\ndiploma=bac\r\njob=A1101\r\n", "dup.answers",
	  "dup.answers:3: duplicate key \"job\"" },
	{ "gender=male\nhobby=chess\n", "u", "u:2: unknown key \"hobby\"" },
	{ "gender=male\n\nvehicle=oui", "v", "v:3: \"oui\" is not a value of vehicle (yes, no)" },
	{ "diploma=bac\nforeign_diploma=maybe\n", "f",
	  "f:2: \"maybe\" is not a value of foreign_diploma (yes, no)" },
	{ "# how it ended\nlast_job_end=fired\n", "j",
	  "j:2: \"fired\" is not a value of last_job_end (still_employed, "
	  "never_worked, contract_end, economic_layoff, dismissal, mutual_agreement, "
	  "resignation, health, family)" },
	{ "last_job_end=health\ntime_since_job=2\n", "t",
	  "t:2: \"2\" is not a value of time_since_job (lt1, 1_2, 3_5, gt5)" },
	{ "time_since_job=\n", "t", "t:1: time_since_job has no value" },
	{ "last_job_end=health,family\n", "t",
	  "t:1: \"health,family\" is not a value of last_job_end (still_employed, "
	  "never_worked, contract_end, economic_layoff, dismissal, mutual_agreement, "
	  "resignation, health, family)" },
	{ "last_job_end=family\nlast_job_end=health\n", "t",
	  "t:2: duplicate key \"last_job_end\"" },
	{ "gender=ma\xe9le\n", "latin1.answers", "latin1.answers:1: invalid UTF-8" },
};

static void
test_read_string(void)
{
	struct situation s;
	struct tr_err e;

	CHECK_INT(situation_read_string(&s,
		"# Persona\r\n\r\ndiploma = bac2\r\ncontract=\r\njob=d1102\r\n",
		"crlf.answers", &e), 0);
	CHECK_INT(s.diploma, DIPLOMA_BAC2);
	CHECK(SIT_HAS(&s, SIT_CONTRACT));
	CHECK_INT(s.contract, 0);
	CHECK_STR(s.job, "D1102");
	CHECK_INT(s.answered, (1u << SIT_DIPLOMA) | (1u << SIT_CONTRACT) | (1u << SIT_JOB));
	/* every key not in the file is left unanswered */
	for (int k = 0; k < SIT__COUNT; k++)
		if (k != SIT_DIPLOMA && k != SIT_CONTRACT && k != SIT_JOB)
			CHECK(!SIT_HAS(&s, k));

	/* no final newline, and a byte-order mark */
	CHECK_INT(situation_read_string(&s, "\xEF\xBB\xBFgender=male", "bom", &e), 0);
	CHECK_INT(s.gender, GENDER_MALE);
	CHECK_INT(situation_read_string(&s, "", "empty", &e), 0);
	CHECK_INT(s.answered, 0);

	/* errors carry the file name and line; S is left as it was */
	for (size_t i = 0; i < sizeof read_errors / sizeof read_errors[0]; i++) {
		situation_init(&s);
		s.answered = 1;
		CHECK_INT(situation_read_string(&s, read_errors[i].text, read_errors[i].name, &e), -1);
		CHECK_STR(e.msg, read_errors[i].msg);
		CHECK_INT(s.answered, 1);
	}

	char big[1100];
	memset(big, '#', sizeof big);
	memcpy(big, "gender=male\n", 12);
	big[sizeof big - 1] = '\0';
	CHECK_INT(situation_read_string(&s, big, "long", &e), -1);
	CHECK_STR(e.msg, "long:2: line too long (more than 1000 bytes)");
}

/* Write S to a string (malloc'ed). */
static char *
write_string(const struct situation *s)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	if (fp == NULL)
		return NULL;
	CHECK_INT(situation_write(s, fp), 0);
	fclose(fp);
	return buf;
}

static void
round_trip(const char *path, const struct situation *s)
{
	struct situation again;
	struct tr_err e;
	char *one = write_string(s), *two;

	CHECK(one != NULL);
	if (one == NULL)
		return;
	e.msg[0] = '\0';
	CHECK_INT(situation_read_string(&again, one, path, &e), 0);
	if (e.msg[0])
		fprintf(stderr, "%s\n", e.msg);
	two = write_string(&again);
	CHECK(two != NULL);
	CHECK(two != NULL && strcmp(one, two) == 0);
	CHECK(memcmp(s, &again, sizeof *s) == 0);
	free(one);
	free(two);
}

static void
test_files(void)
{
	static const char *const files[] = { "nadia-caregiver", "julien-first-job",
		"fatou-reorientation", "marc-long-search" };
	const char *srcdir = getenv("top_srcdir");
	char path[1024], line[SIT_TITLE_MAX + 1];
	struct situation s;
	struct tr_err e;

	if (srcdir == NULL)
		srcdir = ".";
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		snprintf(path, sizeof path, "%s/tests/answers/%s.answers", srcdir, files[i]);
		e.msg[0] = '\0';
		CHECK_INT(situation_read_file(&s, path, &e), 0);
		if (e.msg[0])
			fprintf(stderr, "%s\n", e.msg);
		round_trip(path, &s);
	}

	/* spot checks against the files' text */
	snprintf(path, sizeof path, "%s/tests/answers/nadia-caregiver.answers", srcdir);
	CHECK_INT(situation_read_file(&s, path, &e), 0);
	CHECK_INT(s.barriers, (1u << BARRIER_CARE_RELATIVE) | (1u << BARRIER_TRANSPORT));
	CHECK_INT(s.family, FAMILY_SINGLE_PARENT);
	CHECK_STR(s.job, "J1501");
	CHECK_STR(s.departement, "59");
	CHECK(!SIT_HAS(&s, SIT_VEHICLE));
	CHECK_INT(s.foreign_diploma, YESNO_NO);
	CHECK_INT(s.last_job_end, LAST_JOB_FAMILY);
	CHECK_INT(s.time_since_job, SINCE_JOB_1_2);
	char *text = write_string(&s);
	CHECK(text != NULL && strstr(text, "\nbarriers=transport,care_relative\n") != NULL);
	CHECK(text != NULL && strncmp(text, "lang=fr\ngender=female\nbirth_year=1982\n", 38) == 0);
	CHECK(text != NULL && strstr(text, "vehicle") == NULL);
	CHECK(text != NULL && strstr(text, "\ndiploma=cap_bep\nforeign_diploma=no\n") != NULL);
	CHECK(text != NULL && strstr(text, "\ntraining=not_sure\nlast_job_end=family\n"
				    "time_since_job=1_2\nsearch_months=7\n") != NULL);
	free(text);

	snprintf(path, sizeof path, "%s/tests/answers/julien-first-job.answers", srcdir);
	CHECK_INT(situation_read_file(&s, path, &e), 0);
	CHECK_INT(s.job_unknown, 1);
	CHECK_STR(s.departement, "2A");
	CHECK_INT(s.self_diagnosis, SELF_UNKNOWN);
	CHECK(SIT_HAS(&s, SIT_METHODS) && s.methods == 0);
	CHECK(!SIT_HAS(&s, SIT_SENIORITY) && !SIT_HAS(&s, SIT_INTERVIEWS));
	text = write_string(&s);
	CHECK(text != NULL && strstr(text, "\nbarriers=\n") != NULL);
	CHECK(text != NULL && strstr(text, "\njob=unknown\n") != NULL);
	CHECK(text != NULL && strstr(text, "\nself_diagnosis=unknown\n") != NULL);
	free(text);

	/* a situation with every key answered and every list full */
	situation_init(&s);
	s.answered = ((uint64_t)1 << SIT__COUNT) - 1;
	memcpy(s.lang, "en", 3);
	s.birth_year = 1975;
	s.barriers = (1u << 7) - 1;
	memcpy(s.job, "K2111", 6);
	memcpy(s.departement, "971", 4);
	s.contract = 15;
	s.search_months = 120;
	s.interviews = 21;
	s.methods = (1u << 6) - 1;
	s.frustrations = (1u << 16) - 1;
	s.self_diagnosis = CHALLENGE_BRAVO;
	s.foreign_diploma = YESNO_NO;
	s.last_job_end = LAST_JOB_FAMILY;
	s.time_since_job = SINCE_JOB_GT5;
	snprintf(s.job_title, sizeof s.job_title, "%s", "Conseiller / Conseillère de vente");
	round_trip("full", &s);
	/* the job title: one line of text that fits, kept with its job */
	situation_init(&s);
	CHECK_INT(situation_set_job(&s, "D1106", "Vendeur / Vendeuse en boulangerie", &e), 0);
	CHECK_STR(s.job_title, "Vendeur / Vendeuse en boulangerie");
	CHECK_INT(situation_set_job(&s, "unknown", "Vendeur", &e), 0);
	CHECK(!SIT_HAS(&s, SIT_JOB_TITLE));
	CHECK_INT(situation_set_job(&s, "D11", "Vendeur", &e), -1);
	CHECK(s.job_unknown);
	CHECK_INT(situation_set(&s, SIT_JOB_TITLE, "a\tb", &e), -1);
	CHECK_STR(e.msg, "job_title holds a control character");
	memset(line, 'x', SIT_TITLE_MAX);
	line[SIT_TITLE_MAX] = '\0';
	CHECK_INT(situation_set(&s, SIT_JOB_TITLE, line, &e), -1);
	CHECK(strstr(e.msg, "too long") != NULL);

	CHECK_INT(situation_read_file(&s, "/nonexistent/x.answers", &e), -1);
	CHECK_STR(e.msg, "/nonexistent/x.answers: cannot open: No such file or directory");
}

static void
test_challenges(void)
{
	CHECK_STR(challenge_id(CHALLENGE_BASIC_NEEDS), "basic-needs");
	CHECK_STR(challenge_id(CHALLENGE_BRAVO), "bravo");
	CHECK(challenge_id(-1) == NULL);
	CHECK(challenge_id(CHALLENGE__COUNT) == NULL);
	CHECK_INT(challenge_find("enhance-methods-to-interview"), CHALLENGE_ENHANCE_METHODS);
	CHECK_INT(challenge_find("unknown"), -1);
	CHECK_INT(challenge_find("bravo!"), -1);
	for (int c = 0; c < CHALLENGE__COUNT; c++)
		CHECK_INT(challenge_find(challenge_id(c)), c);
	CHECK_INT(situation_key_find("self_diagnosis"), SIT_SELF_DIAGNOSIS);
	CHECK_INT(situation_key_find("lang"), SIT_LANG);
	CHECK_INT(situation_key_find("nope"), -1);
	CHECK(situation_key_name(SIT__COUNT) == NULL);
	CHECK_INT(situation_nvalues(SIT_JOB), 0);
	CHECK_INT(situation_nvalues(SIT_BIRTH_YEAR), 0);
}

/* situation_text(): the answers file as a string, as situation_write()
 * writes it. */
static void
test_text(void)
{
	struct situation s;
	struct tr_err e;
	size_t len = 0;
	char *text;

	situation_init(&s);
	text = situation_text(&s, &len);
	CHECK(text != NULL);
	CHECK_INT(len, 0);
	free(text);
	CHECK_INT(situation_read_string(&s, "job=d1102\nbarriers=housing,childcare\n", "t", &e), 0);
	text = situation_text(&s, &len);
	CHECK_STR(text, "barriers=childcare,housing\njob=D1102\n");
	CHECK_INT(len, strlen("barriers=childcare,housing\njob=D1102\n"));
	free(text);
}

/* doc/answers.md lists every key, and for a choice or list key exactly
 * its values, in order: the "| `key` | `v1`, `v2` ... |" rows. */
static void
test_doc(void)
{
	const char *srcdir = getenv("top_srcdir");
	char path[1024], line[2048];
	int seen[SIT__COUNT] = { 0 };
	FILE *fp;

	snprintf(path, sizeof path, "%s/doc/answers.md", srcdir ? srcdir : ".");
	fp = fopen(path, "r");
	CHECK(fp != NULL);
	if (fp == NULL)
		return;
	while (fgets(line, sizeof line, fp) != NULL) {
		char key[64], want[1024] = "", got[1024] = "";
		char *col, *end;
		int k;

		if (sscanf(line, "| `%63[a-z_]` |", key) != 1 ||
		    (k = situation_key_find(key)) < 0)
			continue;
		seen[k]++;
		if (situation_nvalues((enum sit_key)k) == 0)
			continue;
		col = strchr(line + 2, '|') + 1;
		end = strchr(col, '|');
		*end = '\0';
		for (char *b = strchr(col, '`'); b != NULL; b = strchr(b + 1, '`')) {
			char *e = strchr(b + 1, '`');

			if (e == NULL)
				break;
			snprintf(got + strlen(got), sizeof got - strlen(got), "%s%.*s",
				 got[0] ? " " : "", (int)(e - b - 1), b + 1);
			b = e;
		}
		for (int v = 0; v < situation_nvalues((enum sit_key)k); v++)
			snprintf(want + strlen(want), sizeof want - strlen(want), "%s%s",
				 v ? " " : "", situation_value_name((enum sit_key)k, v));
		if (k == SIT_SELF_DIAGNOSIS)
			continue;       /* "a challenge id (section 5) or `unknown`" */
		CHECK_STR(got, want);
	}
	fclose(fp);
	for (int k = 0; k < SIT__COUNT; k++)
		CHECK_INT(seen[k], 1);
}

int
main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	test_design_values();
	test_fields();
	test_set_int();
	test_errors();
	test_comments_and_duplicates();
	test_read_string();
	test_files();
	test_challenges();
	test_text();
	test_doc();
	return check_done();
}
