/* bench.h - what the benchmarks share: a monotonic clock in microseconds
 * and a comparison for qsort() of doubles (medians). */
#ifndef TREMPLIN_BENCH_H
#define TREMPLIN_BENCH_H

#include <time.h>

static double
now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

#endif
