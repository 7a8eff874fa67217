/* check.h - the smallest test kit: each failed check prints where and
 * what, and the test's exit status is the number of failures (capped).
 * Use: CHECK(cond); CHECK_STR(got, want); CHECK_INT(got, want);
 * return check_done(); */
#ifndef TREMPLIN_CHECK_H
#define TREMPLIN_CHECK_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_failures;
static int check_count;

#define CHECK(cond) do { \
	check_count++; \
	if (!(cond)) { \
		check_failures++; \
		fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
	} \
} while (0)

#define CHECK_STR(got, want) do { \
	const char *check_g = (got), *check_w = (want); \
	check_count++; \
	if (check_g == NULL || strcmp(check_g, check_w) != 0) { \
		check_failures++; \
		fprintf(stderr, "%s:%d: %s is \"%s\", want \"%s\"\n", __FILE__, \
			__LINE__, #got, check_g ? check_g : "(null)", check_w); \
	} \
} while (0)

#define CHECK_INT(got, want) do { \
	long long check_g = (long long)(got), check_w = (long long)(want); \
	check_count++; \
	if (check_g != check_w) { \
		check_failures++; \
		fprintf(stderr, "%s:%d: %s is %lld, want %lld\n", __FILE__, \
			__LINE__, #got, check_g, check_w); \
	} \
} while (0)

/* A check whose failure message is formatted: expect(ok, "%s:%ld: ...", ...). */
static void expect(int ok, const char *fmt, ...) __attribute__((format(printf, 2, 3), unused));

static void
expect(int ok, const char *fmt, ...)
{
	va_list ap;

	check_count++;
	if (ok)
		return;
	check_failures++;
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static inline int
check_done(void)
{
	printf("%d checks, %d failed\n", check_count, check_failures);
	if (check_count == 0)
		return 99; /* a test that checks nothing is a hard error */
	return check_failures > 0 ? 1 : 0;
}

#endif
