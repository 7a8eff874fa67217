/* test-rescode.c - the resume code: round trips, and every single typo
 * and every swap of two neighbours is caught. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "check.h"
#include "rescode.h"
#include "situation.h"

/* Codes of version 1, written by Tremplin before version 2 (tremplin code
 * encode on tests/personas/few-answers, barriers-many, tests/plain/walk,
 * tests/answers/marc-long-search, a file with every key at its largest
 * value, one at the edges), with the answers they must still give. */
static const struct {
	const char *code;
	const char *answers;
} v1_codes[] = {
	{ "3222-222K-9",
	  "" },
	{ "3227-JEKU-JJ22-EP",
	  "job=M1607\n"
	  "departement=33\n" },
	{ "3LR2-BCRU-LCD4-WASK-BDAF-MLCA-9NHF-HS22-56EK",
	  "lang=en\n"
	  "gender=female\n"
	  "birth_year=1985\n"
	  "family=single_parent\n"
	  "diploma=bac\n"
	  "french_level=native\n"
	  "driving_licence=yes\n"
	  "vehicle=yes\n"
	  "digital=autonomous\n"
	  "disability=no\n"
	  "barriers=childcare,housing,finances\n"
	  "project=new_job\n"
	  "job=D1106\n"
	  "passion=passionate\n"
	  "departement=33\n"
	  "mobility=departement\n"
	  "contract=cdi,cdd\n"
	  "worktime=full\n"
	  "experience=done_this\n"
	  "seniority=intermediate\n"
	  "search_months=3\n"
	  "applications_week=6_15\n"
	  "interviews=3\n"
	  "offers_week=6_15\n"
	  "network=good\n"
	  "methods=job_boards,spontaneous,network,agencies,fairs\n"
	  "frustrations=\n"
	  "self_diagnosis=bravo\n" },
	{ "3LR2-FD5T-MGV6-EASK-9DAX-MLTQ-5V3L-T824-4R2K",
	  "lang=en\n"
	  "gender=unspecified\n"
	  "birth_year=1988\n"
	  "family=single_parent\n"
	  "diploma=cap_bep\n"
	  "french_level=native\n"
	  "driving_licence=in_progress\n"
	  "vehicle=no\n"
	  "digital=with_help\n"
	  "disability=no\n"
	  "barriers=childcare,transport\n"
	  "project=new_job\n"
	  "job=D1102\n"
	  "passion=passionate\n"
	  "departement=35\n"
	  "mobility=departement\n"
	  "contract=cdi,cdd\n"
	  "worktime=full\n"
	  "experience=similar\n"
	  "seniority=junior\n"
	  "training=enough_experience\n"
	  "search_months=7\n"
	  "applications_week=2_5\n"
	  "interviews=1\n"
	  "offers_week=lt2\n"
	  "network=some\n"
	  "methods=job_boards,agencies\n"
	  "frustrations=no_answers,confidence\n"
	  "self_diagnosis=enhance-methods-to-interview\n" },
	{ "3MB2-FACV-QHBM-PTTF-JT3Z-QLER-WHPM-CMZZ-ZSP4",
	  "lang=fr\n"
	  "gender=unspecified\n"
	  "birth_year=1966\n"
	  "family=couple\n"
	  "diploma=bac2\n"
	  "french_level=fluent\n"
	  "driving_licence=yes\n"
	  "vehicle=no\n"
	  "digital=none\n"
	  "disability=yes\n"
	  "barriers=housing,health,finances,legal\n"
	  "project=employed\n"
	  "job=H2913\n"
	  "passion=life_goal\n"
	  "departement=08\n"
	  "mobility=country\n"
	  "contract=cdd,interim\n"
	  "worktime=full\n"
	  "experience=done_this\n"
	  "seniority=expert\n"
	  "training=enough_experience\n"
	  "search_months=120\n"
	  "applications_week=gt15\n"
	  "interviews=21\n"
	  "offers_week=lt2\n"
	  "network=good\n"
	  "methods=network,fairs\n"
	  "frustrations=no_offers,no_answers,resume,interview,training,motivation,confidence,time,experience,language,foreign_qualifications,atypical,age_discrimination,sex_discrimination,origin_discrimination,childcare\n"
	  "self_diagnosis=interview-to-offer\n" },
	{ "3JT2-VEMF-YDFZ-YHYB-ZYV9-Z5XH-VZZZ-ZYJM-J",
	  "lang=ara\n"
	  "gender=male\n"
	  "birth_year=2000\n"
	  "family=couple_kids\n"
	  "diploma=bac5\n"
	  "french_level=beginner\n"
	  "driving_licence=yes\n"
	  "vehicle=yes\n"
	  "digital=none\n"
	  "disability=unspecified\n"
	  "barriers=childcare,housing,health,finances,transport,care_relative,legal\n"
	  "project=create_company\n"
	  "job=unknown\n"
	  "passion=alimentary\n"
	  "departement=976\n"
	  "mobility=country\n"
	  "contract=cdi,cdd,interim,any\n"
	  "worktime=any\n"
	  "experience=never\n"
	  "seniority=expert\n"
	  "training=not_sure\n"
	  "search_months=120\n"
	  "applications_week=gt15\n"
	  "interviews=21\n"
	  "offers_week=gt15\n"
	  "network=good\n"
	  "methods=job_boards,spontaneous,network,agencies,fairs,social_media\n"
	  "frustrations=no_offers,no_answers,resume,interview,training,motivation,confidence,time,experience,language,foreign_qualifications,atypical,age_discrimination,sex_discrimination,origin_discrimination,childcare\n"
	  "self_diagnosis=unknown\n" },
	{ "3MB2-6222-QTSH-B822-8AS8",
	  "lang=fr\n"
	  "birth_year=1900\n"
	  "job=N9999\n"
	  "departement=2A\n"
	  "self_diagnosis=bravo\n" },
};

/* Codes of version 2, written by Tremplin before the table of fields
 * served every version (tremplin code encode on a file with every key at
 * its largest value, one at the edges, one with an unknown job, and
 * tests/answers/nadia-caregiver), with the answers they must still give.
 * The clock is pinned: birth_year=2012 is the youngest accepted. */
static const struct {
	const char *code;
	const char *answers;
} v2_codes[] = {
	{ "4XFF-FG5X-ZVVH-ZLV9-3ZYB-ZYV9-SZWH-PZHZ-ZZZU-Z2",
	  "lang=zzz\n"
	  "gender=unspecified\n"
	  "birth_year=2012\n"
	  "family=single_parent\n"
	  "diploma=bac5\n"
	  "foreign_diploma=no\n"
	  "french_level=beginner\n"
	  "driving_licence=in_progress\n"
	  "vehicle=no\n"
	  "digital=none\n"
	  "disability=unspecified\n"
	  "barriers=childcare,housing,health,finances,transport,care_relative,legal\n"
	  "project=create_company\n"
	  "job=N9999\n"
	  "passion=alimentary\n"
	  "departement=976\n"
	  "mobility=country\n"
	  "contract=cdi,cdd,interim,any\n"
	  "worktime=any\n"
	  "experience=never\n"
	  "seniority=expert\n"
	  "training=not_sure\n"
	  "last_job_end=family\n"
	  "time_since_job=gt5\n"
	  "search_months=120\n"
	  "applications_week=gt15\n"
	  "interviews=21\n"
	  "offers_week=gt15\n"
	  "network=good\n"
	  "methods=job_boards,spontaneous,network,agencies,fairs,social_media\n"
	  "frustrations=no_offers,no_answers,resume,interview,training,motivation,confidence,time,experience,language,foreign_qualifications,atypical,age_discrimination,sex_discrimination,origin_discrimination,childcare\n"
	  "self_diagnosis=unknown\n" },
	{ "4JJJ-B24A-NLLA-3422-24A3-66L6-JL2B-2LA4-222J-EJ",
	  "lang=aa\n"
	  "gender=female\n"
	  "birth_year=1900\n"
	  "family=single\n"
	  "diploma=none\n"
	  "foreign_diploma=yes\n"
	  "french_level=native\n"
	  "driving_licence=yes\n"
	  "vehicle=yes\n"
	  "digital=autonomous\n"
	  "disability=yes\n"
	  "barriers=\n"
	  "project=new_job\n"
	  "job=A0000\n"
	  "passion=life_goal\n"
	  "departement=01\n"
	  "mobility=city\n"
	  "contract=\n"
	  "worktime=full\n"
	  "experience=done_this\n"
	  "seniority=intern\n"
	  "training=enough_diplomas\n"
	  "last_job_end=still_employed\n"
	  "time_since_job=lt1\n"
	  "search_months=0\n"
	  "applications_week=lt2\n"
	  "interviews=0\n"
	  "offers_week=lt2\n"
	  "network=none\n"
	  "methods=\n"
	  "frustrations=\n"
	  "self_diagnosis=basic-needs\n" },
	{ "4225-BA2M-N226-2",
	  "job=unknown\n"
	  "departement=2B\n"
	  "last_job_end=economic_layoff\n"
	  "time_since_job=1_2\n" },
	{ "4MB2-BCDT-WPFQ-476D-RFRG-BVEZ-KE9L-5FLG-2A72-MT",
	  "lang=fr\n"
	  "gender=female\n"
	  "birth_year=1982\n"
	  "family=single_parent\n"
	  "diploma=cap_bep\n"
	  "foreign_diploma=no\n"
	  "french_level=native\n"
	  "driving_licence=no\n"
	  "digital=with_help\n"
	  "disability=no\n"
	  "barriers=transport,care_relative\n"
	  "project=new_job\n"
	  "job=J1501\n"
	  "passion=passionate\n"
	  "departement=59\n"
	  "mobility=city\n"
	  "contract=cdi,cdd\n"
	  "worktime=part\n"
	  "experience=similar\n"
	  "seniority=junior\n"
	  "training=not_sure\n"
	  "last_job_end=family\n"
	  "time_since_job=1_2\n"
	  "search_months=7\n"
	  "applications_week=lt2\n"
	  "interviews=1\n"
	  "offers_week=2_5\n"
	  "network=some\n"
	  "methods=job_boards,agencies\n"
	  "frustrations=no_answers,time,childcare\n"
	  "self_diagnosis=basic-needs\n" },
};

/* A ROME-shaped code: a letter A..N and four digits. */
static void
random_job(char job[6])
{
	int num = rand() % 10000;

	job[0] = (char)('A' + rand() % 14);
	for (int d = 4; d >= 1; d--, num /= 10)
		job[d] = (char)('0' + num % 10);
	job[5] = '\0';
}

/* A situation with every key answered with pseudo-random valid values. */
static void
random_situation(struct situation *s, unsigned seed)
{
	static const char *const deps[] = { "01", "2A", "2B", "59", "75", "95", "971", "976" };
	static const char *const langs[] = { "fr", "en", "ara" };

	srand(seed);
	situation_init(s);
	for (int k = 0; k < SIT__COUNT; k++) {
		int n = situation_nvalues((enum sit_key)k);

		if (rand() % 5 == 0 || RESCODE_UNCODED(k))
			continue;       /* not answered, or not carried by a code */
		s->answered |= (uint64_t)1 << k;
		switch (k) {
		case SIT_LANG: strcpy(s->lang, langs[rand() % 3]); break;
		case SIT_BIRTH_YEAR: s->birth_year = 1940 + rand() % 70; break;
		case SIT_JOB:
			s->job_unknown = rand() % 4 == 0;
			if (!s->job_unknown)
				random_job(s->job);
			break;
		case SIT_DEPARTEMENT: strcpy(s->departement, deps[rand() % 8]); break;
		case SIT_SEARCH_MONTHS:
			s->search_months = rand() % (SIT_SEARCH_MONTHS_MAX + 1);
			break;
		case SIT_INTERVIEWS: s->interviews = rand() % (SIT_INTERVIEWS_MAX + 1); break;
		default:
			/* every other key is a choice or a list */
			CHECK(n > 0);
			if (n == 0)
				break;
			n = situation_is_list((enum sit_key)k) ? 1 << n : n;
			CHECK_INT(situation_set_int(s, (enum sit_key)k, rand() % n), 0);
		}
	}
}

/* The answers file of S, for comparing two situations. */
static void
answers_text(const struct situation *s, char *buf, size_t len)
{
	size_t n;
	char *text = situation_text(s, &n);

	snprintf(buf, len, "%s", text != NULL ? text : "(cannot be written)");
	free(text);
}

static const char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/* Every substitution of one character and every swap of two different
 * neighbours must be refused. Returns the number accepted (want 0). */
static int
typos_accepted(const char *code, long *tried)
{
	char bad[RESCODE_MAX];
	struct situation s;
	struct tr_err e;
	size_t n = strlen(code);
	int accepted = 0;

	for (size_t i = 0; i < n; i++) {
		if (code[i] == '-')
			continue;
		for (const char *a = alphabet; *a; a++) {
			if (*a == code[i])
				continue;
			strcpy(bad, code);
			bad[i] = *a;
			++*tried;
			if (rescode_decode(bad, &s, &e) == 0) {
				accepted++;
				fprintf(stderr, "  substitution accepted: %s\n", bad);
			}
		}
	}
	for (size_t i = 0; i + 1 < n; i++) {
		/* Neighbours as typed: across a dash too. */
		size_t j = code[i + 1] == '-' ? i + 2 : i + 1;

		if (code[i] == '-' || j >= n || code[i] == code[j])
			continue;
		strcpy(bad, code);
		bad[i] = code[j];
		bad[j] = code[i];
		++*tried;
		if (rescode_decode(bad, &s, &e) == 0) {
			accepted++;
			fprintf(stderr, "  swap accepted: %s\n", bad);
		}
	}
	return accepted;
}

/* CRC-10 of rescode.c, to build codes of other versions by hand. */
static unsigned
crc10(const unsigned char *sym, int n)
{
	unsigned crc = 0;

	for (int i = 0; i < n; i++)
		for (int bit = 4; bit >= 0; bit--) {
			unsigned top = (crc >> 9) & 1u;

			crc = (crc << 1) & 0x3FF;
			if (top ^ ((sym[i] >> bit) & 1u))
				crc ^= 0x233;
		}
	return crc;
}

/* CODE with its version symbol set to VERSION and its CRC made right. */
static void
with_version(const char *code, int version, char *out)
{
	unsigned char sym[RESCODE_MAX];
	int n = 0;
	unsigned crc;
	size_t o = 0;

	for (const char *p = code; *p; p++)
		if (*p != '-')
			sym[n++] = (unsigned char)(strchr(alphabet, *p) - alphabet);
	sym[0] = (unsigned char)version;
	crc = crc10(sym, n - 2);
	sym[n - 2] = (unsigned char)(crc >> 5);
	sym[n - 1] = (unsigned char)(crc & 0x1F);
	for (int i = 0; i < n; i++)
		out[o++] = alphabet[sym[i]];
	out[o] = '\0';
}

/* The version of CODE: its first symbol. */
static int
version_of(const char *code)
{
	return (int)(strchr(alphabet, code[0]) - alphabet);
}

/* The version codes are written in. */
static int
newest_version(void)
{
	char code[RESCODE_MAX];
	struct situation s;
	struct tr_err e;

	situation_init(&s);
	CHECK(rescode_encode(&s, code, sizeof code, &e) > 0);
	return version_of(code);
}

/* The codes of an old VERSION still decode to the same answers; written
 * again, they become codes of the newest version of the same answers. A
 * mistyped character of an old code is still caught. */
static void
check_old_code(const char *old, const char *answers, int version)
{
	char code[RESCODE_MAX], a[4096], other[RESCODE_MAX];
	struct situation s, back;
	struct tr_err e;

	CHECK_INT(version_of(old), version);
	CHECK_INT(rescode_decode(old, &s, &e), 0);
	answers_text(&s, a, sizeof a);
	CHECK_STR(a, answers);
	CHECK(rescode_encode(&s, code, sizeof code, &e) > 0);
	CHECK_INT(version_of(code), newest_version());
	CHECK_INT(rescode_decode(code, &back, &e), 0);
	CHECK(back.answered == s.answered);
	snprintf(other, sizeof other, "%s", old);
	other[2] = other[2] == 'Z' ? 'Y' : 'Z';
	CHECK_INT(rescode_decode(other, &back, &e), -1);
	CHECK(strstr(e.msg, "typo") != NULL);
}

static void
test_version1(void)
{
	char code[RESCODE_MAX], a[4096];
	struct situation s;
	struct tr_err e;

	for (size_t i = 0; i < sizeof v1_codes / sizeof v1_codes[0]; i++) {
		check_old_code(v1_codes[i].code, v1_codes[i].answers, 1);
		CHECK_INT(rescode_decode(v1_codes[i].code, &s, &e), 0);
		CHECK(!SIT_HAS(&s, SIT_FOREIGN_DIPLOMA) && !SIT_HAS(&s, SIT_LAST_JOB_END) &&
		      !SIT_HAS(&s, SIT_TIME_SINCE_JOB));
	}
	/* The same bits read as version 2 are other answers or none: the
	 * version symbol chooses the layout. */
	with_version(v1_codes[3].code, 2, code);
	if (rescode_decode(code, &s, &e) == 0) {
		answers_text(&s, a, sizeof a);
		CHECK(strcmp(a, v1_codes[3].answers) != 0);
	}
	/* A newer version is refused as newer; version 0 never existed. */
	with_version(v1_codes[3].code, newest_version() + 1, code);
	CHECK_INT(rescode_decode(code, &s, &e), -1);
	CHECK(strstr(e.msg, "newer version") != NULL);
	snprintf(a, sizeof a, "version %d", newest_version() + 1);
	CHECK(strstr(e.msg, a) != NULL);
	with_version(v1_codes[3].code, 0, code);
	CHECK_INT(rescode_decode(code, &s, &e), -1);
	CHECK(strstr(e.msg, "damaged") != NULL);
}

static void
test_version2(void)
{
	for (size_t i = 0; i < sizeof v2_codes / sizeof v2_codes[0]; i++)
		check_old_code(v2_codes[i].code, v2_codes[i].answers, 2);
}

/* The newest layout carries every key of situation.h but the uncoded
 * ones, once; version 1 lacked the keys version 2 added. */
static void
test_layouts(void)
{
	static const enum sit_key added2[] = { SIT_FOREIGN_DIPLOMA, SIT_LAST_JOB_END,
		SIT_TIME_SINCE_JOB };
	int newest = newest_version();

	CHECK(newest >= 2);
	for (int k = 0; k < SIT__COUNT; k++) {
		int n = rescode_carries(newest, (enum sit_key)k);

		if (n != !RESCODE_UNCODED(k))
			fprintf(stderr, "  %s: carried %d times by the newest layout\n",
				situation_key_name((enum sit_key)k), n);
		CHECK_INT(n, !RESCODE_UNCODED(k));
		for (int v = 1; v < newest; v++)
			CHECK(rescode_carries(v, (enum sit_key)k) <= n);
		CHECK_INT(rescode_carries(0, (enum sit_key)k), 0);
		CHECK_INT(rescode_carries(newest + 1, (enum sit_key)k), 0);
	}
	for (size_t i = 0; i < sizeof added2 / sizeof added2[0]; i++) {
		CHECK_INT(rescode_carries(1, added2[i]), 0);
		CHECK_INT(rescode_carries(2, added2[i]), 1);
	}
}

/* Encode S, decode it: the same answers (WHAT is the key tried). */
static void
check_round_trip(const struct situation *s, const char *what)
{
	char code[RESCODE_MAX], a[4096], b[4096];
	struct situation back;
	struct tr_err e;

	answers_text(s, a, sizeof a);
	CHECK(rescode_encode(s, code, sizeof code, &e) > 0);
	CHECK_INT(rescode_decode(code, &back, &e), 0);
	answers_text(&back, b, sizeof b);
	CHECK_STR(b, a);
	if (strcmp(a, b) != 0)
		fprintf(stderr, "  %s: the answers differ after a round trip\n", what);
}

/* Every value of every choice and list key comes back, alone and beside
 * a full situation: the newest layout has room for all of them. */
static void
test_every_value(void)
{
	char code[RESCODE_MAX];
	struct situation s;
	struct tr_err e;

	for (int k = 0; k < SIT__COUNT; k++) {
		int n = situation_nvalues((enum sit_key)k);
		int list = situation_is_list((enum sit_key)k);

		for (int v = 0; v < n + list; v++)
			for (unsigned seed = 0; seed < 2; seed++) {
				if (seed == 0)
					situation_init(&s);
				else
					random_situation(&s, 1000 + (unsigned)v);
				/* a list: each value alone, then all of them */
				CHECK_INT(situation_set_int(&s, (enum sit_key)k, !list ? v :
							    v < n ? 1 << v : (1 << n) - 1), 0);
				check_round_trip(&s, situation_key_name((enum sit_key)k));
			}
	}
	/* A value outside the format cannot be carried. */
	situation_init(&s);
	s.answered |= (uint64_t)1 << SIT_LAST_JOB_END;
	s.last_job_end = LAST_JOB_FAMILY + 1;
	CHECK_INT(rescode_encode(&s, code, sizeof code, &e), -1);
	CHECK(strstr(e.msg, "last_job_end") != NULL);
}

int
main(void)
{
	char code[RESCODE_MAX], again[RESCODE_MAX];
	char a[4096], b[4096];
	struct situation s, back;
	struct tr_err e;
	long tried = 0;
	int bad_round = 0, typos = 0;

	/* Round trips over many random situations, and typos on each code. */
	for (unsigned seed = 1; seed <= 300; seed++) {
		random_situation(&s, seed);
		if (rescode_encode(&s, code, sizeof code, &e) < 0) {
			fprintf(stderr, "  seed %u: %s\n", seed, e.msg);
			bad_round++;
			continue;
		}
		if (rescode_decode(code, &back, &e) < 0) {
			fprintf(stderr, "  seed %u: %s: %s\n", seed, code, e.msg);
			bad_round++;
			continue;
		}
		answers_text(&s, a, sizeof a);
		answers_text(&back, b, sizeof b);
		rescode_encode(&back, again, sizeof again, &e);
		if (strcmp(a, b) != 0 || strcmp(code, again) != 0 || back.answered != s.answered) {
			fprintf(stderr, "  seed %u: round trip differs\n%s---\n%s", seed, a, b);
			bad_round++;
		}
		if (seed <= 60)
			typos += typos_accepted(code, &tried);
	}
	CHECK_INT(bad_round, 0);
	CHECK_INT(typos, 0);
	CHECK(tried > 10000);

	/* An empty situation is a short code and comes back empty. */
	situation_init(&s);
	CHECK(rescode_encode(&s, code, sizeof code, &e) > 0);
	CHECK(strlen(code) <= 14);
	CHECK_INT(rescode_decode(code, &back, &e), 0);
	CHECK_INT(back.answered, 0);

	/* Case, spaces and dashes do not matter. */
	random_situation(&s, 7);
	rescode_encode(&s, code, sizeof code, &e);
	{
		char loose[RESCODE_MAX * 2];
		size_t o = 0;

		for (const char *p = code; *p; p++) {
			if (*p == '-') {
				loose[o++] = ' ';
				continue;
			}
			loose[o++] = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
		}
		loose[o] = '\0';
		CHECK_INT(rescode_decode(loose, &back, &e), 0);
	}

	/* Clear messages for what is not a code. */
	CHECK_INT(rescode_decode("ABC0-DEFG", &back, &e), -1);
	CHECK(strstr(e.msg, "typo") != NULL);
	CHECK_INT(rescode_decode("AB", &back, &e), -1);
	CHECK(strstr(e.msg, "too short") != NULL);
	CHECK_INT(rescode_decode("", &back, &e), -1);

	/* A value outside the format cannot be carried. */
	situation_init(&s);
	s.answered |= (uint64_t)1 << SIT_DEPARTEMENT;
	strcpy(s.departement, "20");
	CHECK_INT(rescode_encode(&s, code, sizeof code, &e), -1);
	CHECK(strstr(e.msg, "departement") != NULL);

	/* A code holds only birth years an answers file accepts: 2155 fits
	 * in the code's 8 bits but is no answer (found by tests/fuzz). */
	situation_init(&s);
	s.answered |= (uint64_t)1 << SIT_BIRTH_YEAR;
	s.birth_year = clock_year() - SIT_MIN_AGE;
	CHECK(rescode_encode(&s, code, sizeof code, &e) > 0);
	CHECK_INT(rescode_decode(code, &back, &e), 0);
	CHECK_INT(back.birth_year, s.birth_year);
	s.birth_year++;
	CHECK(rescode_encode(&s, code, sizeof code, &e) > 0);
	CHECK_INT(rescode_decode(code, &back, &e), -1);
	CHECK(strstr(e.msg, "damaged") != NULL);
	CHECK_INT(rescode_decode("39ZJ-2222-22H", &back, &e), -1);
	s.birth_year = 1900;
	CHECK(rescode_encode(&s, code, sizeof code, &e) > 0);
	CHECK_INT(rescode_decode(code, &back, &e), 0);
	CHECK_INT(back.birth_year, 1900);

	test_version1();
	test_version2();
	test_layouts();
	test_every_value();

	printf("%ld typos tried\n", tried);
	return check_done();
}
