/* test-clock.c - the one clock (core/clock.c): its parser, its formatter,
 * TREMPLIN_NOW, and what follows the clock (the birth-year range and the
 * answers that depend on it). Never the real date. */
#include <config.h>

#include <stdlib.h>
#include <time.h>

#include "check.h"
#include "clock.h"
#include "interview.h"
#include "situation.h"

/* A central European zone written as a POSIX rule, so that the test
 * needs no time-zone database. */
#define PARIS "CET-1CEST,M3.5.0,M10.5.0/3"

static void
test_parse(void)
{
	static const char *const bad[] = {
		"", "1795771380", "2026-02-30", "2027-02-29", "2026-13-01",
		"2026-00-10", "2026-11-00", "2026-11-27 24:00", "2026-11-27 09:60",
		"2026-11-27 09:23:60", "2026-1-01", "2026-11-27x", "26-11-27",
		"2026-11-27 09:23:00Z", "2026-11-27 9:23", "2026/11/27",
		"1899-12-31", "-026-11-27", "2026-11-27  09:23", "today",
	};
	time_t t;

	CHECK_INT(clock_parse("2026-11-27 09:23:00", CLOCK_UTC, &t), 0);
	CHECK_INT(t, 1795771380);
	CHECK_INT(clock_parse("2026-11-27T09:23:00", CLOCK_UTC, &t), 0);
	CHECK_INT(t, 1795771380);
	CHECK_INT(clock_parse("2026-11-27 09:23", CLOCK_UTC, &t), 0);
	CHECK_INT(t, 1795771380);
	CHECK_INT(clock_parse("2026-11-27", CLOCK_UTC, &t), 0);
	CHECK_INT(t, 1795771380 - (9 * 60 + 23) * 60);
	CHECK_INT(clock_parse("2028-02-29", CLOCK_UTC, &t), 0);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		t = 42;
		CHECK_INT(clock_parse(bad[i], CLOCK_UTC, &t), -1);
		CHECK_INT(t, 42);
		if (t != 42)
			fprintf(stderr, "  accepted: '%s'\n", bad[i]);
	}
	CHECK_INT(clock_parse(NULL, CLOCK_UTC, &t), -1);
}

static void
test_zones(void)
{
	char buf[CLOCK_STAMP_LEN];
	time_t t;

	setenv("TZ", PARIS, 1);
	tzset();
	/* Local Paris time in winter is UTC+1; the file keeps UTC. */
	CHECK_INT(clock_parse("2027-01-01 00:30:00", CLOCK_LOCAL, &t), 0);
	CHECK_INT(clock_format(t, CLOCK_UTC, 1, buf, sizeof buf), 0);
	CHECK_STR(buf, "2026-12-31 23:30:00");
	CHECK_INT(clock_format(t, CLOCK_LOCAL, 0, buf, sizeof buf), 0);
	CHECK_STR(buf, "2027-01-01");
	CHECK_INT(clock_year_of(t), 2027);
	/* Summer time: UTC+2. */
	CHECK_INT(clock_parse("2026-07-14 12:00", CLOCK_LOCAL, &t), 0);
	CHECK_INT(clock_format(t, CLOCK_UTC, 1, buf, sizeof buf), 0);
	CHECK_STR(buf, "2026-07-14 10:00:00");
	/* A buffer too small gets "" and -1. */
	CHECK_INT(clock_format(t, CLOCK_UTC, 1, buf, 10), -1);
	CHECK_STR(buf, "");
	setenv("TZ", "UTC", 1);
	tzset();
}

static void
test_now(void)
{
	char date[CLOCK_DATE_LEN];
	struct tr_err e;
	time_t t, before;
	int year = 0;

	setenv(CLOCK_ENV, "2030-06-01 08:00:00", 1);
	CHECK_INT(clock_now(&t, &e), 0);
	CHECK_INT(t, 1906531200);
	CHECK_INT(clock_today(date, &year, &e), 0);
	CHECK_STR(date, "2030-06-01");
	CHECK_INT(year, 2030);
	CHECK_INT(clock_year(), 2030);

	/* A pinned value that is no date is refused, never today. */
	setenv(CLOCK_ENV, "tomorrow", 1);
	CHECK_INT(clock_now(&t, &e), -1);
	CHECK_STR(e.msg, "TREMPLIN_NOW: 'tomorrow' is not a date or a time "
		  "(YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)");
	CHECK_INT(clock_today(date, &year, &e), -1);
	CHECK_STR(date, "");
	CHECK_INT(clock_year(), 0);

	/* Unset or empty: the system clock. */
	unsetenv(CLOCK_ENV);
	before = time(NULL);
	CHECK_INT(clock_now(&t, &e), 0);
	CHECK(t >= before && t - before < 5);
	setenv(CLOCK_ENV, "", 1);
	CHECK_INT(clock_now(&t, &e), 0);
	CHECK(t >= before && t - before < 5);
}

/* The birth-year range follows the program's clock, not the calendar. */
static void
test_years(void)
{
	struct situation s;
	struct tr_err e;
	int min, max;

	setenv(CLOCK_ENV, "2040-01-01", 1);
	interview_year_range(&min, &max);
	CHECK_INT(min, SIT_YEAR_MIN);
	CHECK_INT(max, 2040 - SIT_MIN_AGE);
	situation_init(&s);
	CHECK_INT(situation_set(&s, SIT_BIRTH_YEAR, "2026", &e), 0);
	setenv(CLOCK_ENV, "2026-12-31 23:59:59", 1);
	interview_year_range(&min, &max);
	CHECK_INT(max, 2026 - SIT_MIN_AGE);
	CHECK_INT(situation_set(&s, SIT_BIRTH_YEAR, "2013", &e), -1);
	CHECK_INT(situation_set(&s, SIT_BIRTH_YEAR, "2012", &e), 0);
}

int
main(void)
{
	setenv("TZ", "UTC", 1);
	tzset();
	test_parse();
	test_zones();
	test_now();
	test_years();
	return check_done();
}
