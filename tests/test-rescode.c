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

		if (rand() % 5 == 0 || k == SIT_JOB_TITLE)
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
		case SIT_SEARCH_MONTHS: s->search_months = rand() % 121; break;
		case SIT_INTERVIEWS: s->interviews = rand() % 22; break;
		case SIT_SELF_DIAGNOSIS: s->self_diagnosis = rand() % (CHALLENGE__COUNT + 1); break;
		case SIT_BARRIERS: s->barriers = (unsigned)rand() % (1u << n); break;
		case SIT_CONTRACT: s->contract = (unsigned)rand() % (1u << n); break;
		case SIT_METHODS: s->methods = (unsigned)rand() % (1u << n); break;
		case SIT_FRUSTRATIONS: s->frustrations = (unsigned)rand() % (1u << n); break;
		default: {
			/* every other key is a choice */
			int *f[] = { &s->gender, &s->family, &s->diploma, &s->french_level,
				&s->driving_licence, &s->vehicle, &s->digital, &s->disability,
				&s->project, &s->passion, &s->mobility, &s->worktime,
				&s->experience, &s->seniority, &s->training,
				&s->applications_week, &s->offers_week, &s->network,
				&s->foreign_diploma, &s->last_job_end, &s->time_since_job };
			enum sit_key keys[] = { SIT_GENDER, SIT_FAMILY, SIT_DIPLOMA, SIT_FRENCH_LEVEL,
				SIT_DRIVING_LICENCE, SIT_VEHICLE, SIT_DIGITAL, SIT_DISABILITY,
				SIT_PROJECT, SIT_PASSION, SIT_MOBILITY, SIT_WORKTIME,
				SIT_EXPERIENCE, SIT_SENIORITY, SIT_TRAINING,
				SIT_APPLICATIONS_WEEK, SIT_OFFERS_WEEK, SIT_NETWORK,
				SIT_FOREIGN_DIPLOMA, SIT_LAST_JOB_END, SIT_TIME_SINCE_JOB };

			for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
				if ((int)keys[i] == k)
					*f[i] = rand() % n;
		}
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

/* Version 1 codes still decode to the same answers; written again, they
 * become version 2 codes of the same answers. */
static void
test_version1(void)
{
	char code[RESCODE_MAX], a[4096], other[RESCODE_MAX];
	struct situation s, back;
	struct tr_err e;

	for (size_t i = 0; i < sizeof v1_codes / sizeof v1_codes[0]; i++) {
		CHECK_INT(rescode_decode(v1_codes[i].code, &s, &e), 0);
		answers_text(&s, a, sizeof a);
		CHECK_STR(a, v1_codes[i].answers);
		CHECK(!SIT_HAS(&s, SIT_FOREIGN_DIPLOMA) && !SIT_HAS(&s, SIT_LAST_JOB_END) &&
		      !SIT_HAS(&s, SIT_TIME_SINCE_JOB));
		CHECK(rescode_encode(&s, code, sizeof code, &e) > 0);
		CHECK(code[0] == '4');                    /* version 2 */
		CHECK_INT(rescode_decode(code, &back, &e), 0);
		CHECK(back.answered == s.answered);
		/* A mistyped character of an old code is still caught. */
		snprintf(other, sizeof other, "%s", v1_codes[i].code);
		other[2] = other[2] == 'Z' ? 'Y' : 'Z';
		CHECK_INT(rescode_decode(other, &back, &e), -1);
		CHECK(strstr(e.msg, "typo") != NULL);
	}
	/* The same bits read as version 2 are other answers or none: the
	 * version symbol chooses the layout. */
	with_version(v1_codes[3].code, 2, code);
	if (rescode_decode(code, &s, &e) == 0) {
		answers_text(&s, a, sizeof a);
		CHECK(strcmp(a, v1_codes[3].answers) != 0);
	}
	/* A newer version is refused as newer; version 0 never existed. */
	with_version(v1_codes[3].code, 3, code);
	CHECK_INT(rescode_decode(code, &s, &e), -1);
	CHECK(strstr(e.msg, "newer version") != NULL && strstr(e.msg, "version 3") != NULL);
	with_version(v1_codes[3].code, 0, code);
	CHECK_INT(rescode_decode(code, &s, &e), -1);
	CHECK(strstr(e.msg, "damaged") != NULL);
}

/* Every value of every key added by version 2 comes back, alone and
 * beside a full situation. */
static void
test_version2_keys(void)
{
	static const enum sit_key added[] = { SIT_FOREIGN_DIPLOMA, SIT_LAST_JOB_END,
		SIT_TIME_SINCE_JOB };
	char code[RESCODE_MAX], a[4096], b[4096];
	struct situation s, back;
	struct tr_err e;

	for (size_t i = 0; i < sizeof added / sizeof added[0]; i++) {
		CHECK(situation_nvalues(added[i]) >= 2);
		for (int v = 0; v < situation_nvalues(added[i]); v++)
			for (unsigned seed = 0; seed < 2; seed++) {
				if (seed == 0)
					situation_init(&s);
				else
					random_situation(&s, 1000 + (unsigned)v);
				CHECK_INT(situation_set(&s, added[i],
							situation_value_name(added[i], v), &e), 0);
				CHECK(rescode_encode(&s, code, sizeof code, &e) > 0);
				CHECK_INT(rescode_decode(code, &back, &e), 0);
				CHECK_INT(situation_get_int(&back, added[i]), v);
				answers_text(&s, a, sizeof a);
				answers_text(&back, b, sizeof b);
				CHECK_STR(b, a);
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
	test_version2_keys();

	printf("%ld typos tried\n", tried);
	return check_done();
}
