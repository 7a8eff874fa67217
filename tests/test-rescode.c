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

		if (rand() % 5 == 0)
			continue;                         /* not answered */
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
				&s->applications_week, &s->offers_week, &s->network };
			enum sit_key keys[] = { SIT_GENDER, SIT_FAMILY, SIT_DIPLOMA, SIT_FRENCH_LEVEL,
				SIT_DRIVING_LICENCE, SIT_VEHICLE, SIT_DIGITAL, SIT_DISABILITY,
				SIT_PROJECT, SIT_PASSION, SIT_MOBILITY, SIT_WORKTIME,
				SIT_EXPERIENCE, SIT_SENIORITY, SIT_TRAINING,
				SIT_APPLICATIONS_WEEK, SIT_OFFERS_WEEK, SIT_NETWORK };

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

	printf("%ld typos tried\n", tried);
	return check_done();
}
