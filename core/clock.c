/* clock.c - the one clock of the program (clock.h). */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "i18n.h"

/* The fields of a date or a date and time; -1 when TEXT has another shape. */
static int
clock_fields(const char *text, struct tm *tm)
{
	int n = 0;
	size_t len = strlen(text);
	char sep;

	memset(tm, 0, sizeof *tm);
	if (len != 10 && len != 16 && len != 19)
		return -1;
	for (size_t i = 0; i < len; i++) {
		int digit = text[i] >= '0' && text[i] <= '9';
		int want_digit = !(i == 4 || i == 7 || i == 10 || i == 13 || i == 16);

		if (digit != want_digit)
			return -1;
	}
	if (text[4] != '-' || text[7] != '-')
		return -1;
	if (len > 10 && ((sep = text[10]) != ' ' && sep != 'T'))
		return -1;
	if ((len > 10 && text[13] != ':') || (len > 16 && text[16] != ':'))
		return -1;
	n = sscanf(text, "%4d-%2d-%2d", &tm->tm_year, &tm->tm_mon, &tm->tm_mday);
	if (len > 10)
		n += sscanf(text + 11, "%2d:%2d", &tm->tm_hour, &tm->tm_min);
	if (len > 16)
		n += sscanf(text + 17, "%2d", &tm->tm_sec);
	return n == (len == 10 ? 3 : len == 16 ? 5 : 6) ? 0 : -1;
}

int
clock_parse(const char *text, enum clock_zone z, time_t *out)
{
	struct tm tm, back;
	time_t t;

	if (text == NULL || clock_fields(text, &tm) < 0)
		return -1;
	if (tm.tm_year < 1900 || tm.tm_mon < 1 || tm.tm_mon > 12 ||
	    tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23 ||
	    tm.tm_min > 59 || tm.tm_sec > 59)
		return -1;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	tm.tm_isdst = -1;
	back = tm;
	t = z == CLOCK_UTC ? timegm(&tm) : mktime(&tm);
	/* mktime() moves 2026-02-30 to March: such a day does not exist. */
	if (tm.tm_year != back.tm_year || tm.tm_mon != back.tm_mon ||
	    tm.tm_mday != back.tm_mday)
		return -1;
	*out = t;
	return 0;
}

int
clock_now(time_t *out, struct tr_err *e)
{
	const char *pin = getenv(CLOCK_ENV);
	time_t t;

	if (pin == NULL || pin[0] == '\0') {
		t = time(NULL);
		if (t == (time_t)-1)
			return err_set(e, _("cannot read the system clock"));
		*out = t;
		return 0;
	}
	if (clock_parse(pin, CLOCK_LOCAL, out) < 0)
		/* TRANSLATORS: %1$s is TREMPLIN_NOW, %2$s its value. */
		return err_set(e, _("%1$s: '%2$s' is not a date or a time "
				    "(YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)"),
			       CLOCK_ENV, pin);
	return 0;
}

int
clock_format(time_t t, enum clock_zone z, int with_time, char *buf,
	     size_t size)
{
	struct tm tm;
	int ok;

	if (size == 0)
		return -1;
	buf[0] = '\0';
	ok = z == CLOCK_UTC ? gmtime_r(&t, &tm) != NULL : localtime_r(&t, &tm) != NULL;
	if (!ok || tm.tm_year + 1900 > 9999 || tm.tm_year + 1900 < 0)
		return -1;
	if (strftime(buf, size, with_time ? "%Y-%m-%d %H:%M:%S" : "%Y-%m-%d",
		     &tm) == 0) {
		buf[0] = '\0';
		return -1;
	}
	return 0;
}

int
clock_date(time_t t, char *date, int *year)
{
	if (clock_format(t, CLOCK_LOCAL, 0, date, CLOCK_DATE_LEN) < 0)
		return -1;
	if (year != NULL)
		*year = clock_year_of(t);
	return 0;
}

int
clock_today(char *date, int *year, struct tr_err *e)
{
	time_t t;

	date[0] = '\0';
	if (clock_now(&t, e) < 0)
		return -1;
	if (clock_date(t, date, year) < 0)
		return err_set(e, _("cannot read the system clock"));
	return 0;
}

int
clock_local(time_t t, struct tm *tm)
{
	return localtime_r(&t, tm) != NULL ? 0 : -1;
}

int
clock_utc_local(const char *utc, struct tm *tm)
{
	time_t t;

	return clock_parse(utc, CLOCK_UTC, &t) < 0 ? -1 : clock_local(t, tm);
}

static const char *const clock_months[] = {
	N_("January"), N_("February"), N_("March"), N_("April"), N_("May"),
	N_("June"), N_("July"), N_("August"), N_("September"), N_("October"),
	N_("November"), N_("December"),
};

void
clock_words(const char *utc, char *buf, size_t size)
{
	struct tm tm;

	if (clock_utc_local(utc, &tm) < 0) {
		snprintf(buf, size, "%s", utc);
		return;
	}
	/* TRANSLATORS: a date and time: %1$d day, %2$s month name, %3$d
	 * year, %4$02d:%5$02d hours and minutes. */
	snprintf(buf, size, _("%2$s %1$d, %3$d at %4$02d:%5$02d"), tm.tm_mday,
		 _(clock_months[tm.tm_mon]), tm.tm_year + 1900, tm.tm_hour, tm.tm_min);
}

int
clock_year_of(time_t t)
{
	struct tm tm;

	return clock_local(t, &tm) < 0 ? 0 : tm.tm_year + 1900;
}

int
clock_year(void)
{
	time_t t;

	return clock_now(&t, NULL) < 0 ? 0 : clock_year_of(t);
}

long
clock_elapsed_ms(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0)
		return (long)time(NULL) * 1000;
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

long
clock_elapsed(void)
{
	return clock_elapsed_ms() / 1000;
}
