/* clock.h - the one clock of the program.
 *
 * Every part of Tremplin that needs "now" (the sessions' dates and their
 * purge, the export date, the age from a birth year, the birth-year range,
 * the import's default year) asks this module. TREMPLIN_NOW pins the clock
 * for tests and demonstrations; a value that is not a date or a time is an
 * error, never replaced by today.
 *
 * Time zone: dates and times that a person reads or types (TREMPLIN_NOW,
 * the export date, the year) are in local time (TZ); the sessions file
 * stores UTC, so that its dates compare across a change of time zone or
 * of summer time. */
#ifndef TREMPLIN_CLOCK_H
#define TREMPLIN_CLOCK_H

#include <stddef.h>
#include <time.h>

#include "err.h"

#define CLOCK_ENV "TREMPLIN_NOW"

enum clock_zone { CLOCK_LOCAL, CLOCK_UTC };

/* "YYYY-MM-DD" */
#define CLOCK_DATE_LEN 11
/* "YYYY-MM-DD HH:MM:SS" */
#define CLOCK_STAMP_LEN 20

/* Parse TEXT, "YYYY-MM-DD", "YYYY-MM-DD HH:MM" or "YYYY-MM-DD HH:MM:SS"
 * ('T' may stand for the space), as a time in zone Z, into *OUT. A day
 * that the calendar does not have (2026-02-30) is refused. Returns 0, or
 * -1 when TEXT is not such a date. */
int clock_parse(const char *text, enum clock_zone z, time_t *out);

/* Now: TREMPLIN_NOW when it is set, the system clock otherwise. Returns
 * 0, or -1 with a message in E when TREMPLIN_NOW is not a date or a
 * time. */
int clock_now(time_t *out, struct tr_err *e);

/* Write T in zone Z as "YYYY-MM-DD" (WITH_TIME 0) or "YYYY-MM-DD
 * HH:MM:SS" into BUF (CLOCK_DATE_LEN or CLOCK_STAMP_LEN bytes). Returns 0,
 * or -1 when T cannot be written (BUF then holds ""). */
int clock_format(time_t t, enum clock_zone z, int with_time, char *buf,
		 size_t size);

/* The local date of T, "YYYY-MM-DD", into DATE (CLOCK_DATE_LEN bytes)
 * and its year into *YEAR (YEAR may be NULL). Returns 0, or -1 (DATE
 * then holds ""). */
int clock_date(time_t t, char *date, int *year);

/* Today's local date "YYYY-MM-DD" into DATE (CLOCK_DATE_LEN bytes) and
 * its year into *YEAR (YEAR may be NULL). Returns 0, or -1 with E filled
 * (a bad TREMPLIN_NOW); DATE then holds "". */
int clock_today(char *date, int *year, struct tr_err *e);

/* T broken down in local time into *TM. Returns 0 or -1. */
int clock_local(time_t t, struct tm *tm);

/* UTC "YYYY-MM-DD HH:MM:SS" (as the sessions file keeps it) broken down
 * in local time into *TM. Returns 0 or -1. */
int clock_utc_local(const char *utc, struct tm *tm);

/* The same said in words, in local time: "November 27, 2026 at 14:03"
 * (translated); UTC itself when it does not parse. */
void clock_words(const char *utc, char *buf, size_t size);

/* The local year of T. */
int clock_year_of(time_t t);

/* Seconds on a clock that only goes forward (not the date: it does not
 * follow TREMPLIN_NOW nor a change of the system time), for how long
 * nothing happened (the kiosk's idle wipe). */
long clock_elapsed(void);
/* The same in milliseconds. */
long clock_elapsed_ms(void);

/* The local year now, or 0 when TREMPLIN_NOW is not a date or a time (the
 * program refuses such a value when it starts, with clock_now()). */
int clock_year(void);

#endif
