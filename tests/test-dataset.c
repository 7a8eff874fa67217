/* test-dataset.c - structural rules of the default data set (the data/ TSV files).
 *
 * Needs nothing but the project: header rows, counts, codes that refer to
 * each other, flag values, and the figures (market, hiring channels,
 * salaries, recruitment projects) that must all say they are examples and
 * agree with one another. test-official.c checks the codes and names against the official
 * files when they are at hand. Every failure names the file, the line and
 * the code. */
#include <config.h>

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "check.h"

#define EXAMPLE_SOURCE "Tremplin example data (not official)"

/* The full-time minimum wage, gross euros a month, about (an example
 * floor: no salary of data/salaries.tsv is below it). */
#define MINIMUM_WAGE 1800

/* ROME v3 groups with a single official job title: they are allowed fewer
 * than 2 titles. test-official.c checks that we hold all their titles. */
static const char *const single_title_groups[] = { "J1304", NULL };

struct table {
	const char *file;
	int ncols;
	size_t nrows, cap;
	char **cell;    /* nrows * ncols */
	long *line;
};

static const char *
cell(const struct table *t, size_t row, int col)
{
	return t->cell[row * (size_t)t->ncols + (size_t)col];
}

static void
add_row(struct table *t, struct csv *c)
{
	if (t->nrows == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 256;
		t->cell = realloc(t->cell, t->cap * (size_t)t->ncols * sizeof *t->cell);
		t->line = realloc(t->line, t->cap * sizeof *t->line);
		if (t->cell == NULL || t->line == NULL) {
			fprintf(stderr, "out of memory\n");
			exit(99);
		}
	}
	for (int i = 0; i < t->ncols; i++) {
		char *s = strdup(csv_field(c, i));

		if (s == NULL) {
			fprintf(stderr, "out of memory\n");
			exit(99);
		}
		t->cell[t->nrows * (size_t)t->ncols + (size_t)i] = s;
	}
	t->line[t->nrows++] = csv_line(c);
}

/* No field may start with a double quote: our files are plain
 * tab-separated text and the CSV reader would take it for quoting. */
static void
check_raw(const char *path)
{
	FILE *fp = fopen(path, "rb");
	int ch, prev = '\n';
	long line = 1;

	if (fp == NULL)
		return;
	while ((ch = getc(fp)) != EOF) {
		if (ch == '"')
			expect(prev != '\t' && prev != '\n',
			       "%s:%ld: a field starts with a double quote", path, line);
		if (ch == '\r')
			expect(0, "%s:%ld: carriage return (use LF line ends)", path, line);
		if (ch == '\n')
			line++;
		prev = ch;
	}
	fclose(fp);
}

/* Read data/FILE: the header must be exactly COLS; lines whose first field
 * starts with '#' are comments; every other line has exactly the columns. */
static void
load(struct table *t, const char *dir, const char *file, const char *const *cols)
{
	char path[4096];
	struct tr_err e;
	struct csv *c;
	int r;

	memset(t, 0, sizeof *t);
	t->file = file;
	while (cols[t->ncols] != NULL)
		t->ncols++;
	snprintf(path, sizeof path, "%s/data/%s", dir, file);
	check_raw(path);
	c = csv_open(path, '\t', &e);
	expect(c != NULL, "%s", c ? "" : e.msg);
	if (c == NULL)
		return;
	r = csv_next(c, &e);
	expect(r == 1 && csv_nfields(c) == t->ncols, "%s:1: header has %d columns, want %d",
	       path, r == 1 ? csv_nfields(c) : 0, t->ncols);
	for (int i = 0; r == 1 && i < t->ncols; i++)
		expect(strcmp(csv_field(c, i), cols[i]) == 0, "%s:1: column %d is \"%s\", want \"%s\"",
		       path, i + 1, csv_field(c, i), cols[i]);
	while (r == 1 && (r = csv_next(c, &e)) == 1) {
		if (csv_field(c, 0)[0] == '#')
			continue;
		expect(csv_nfields(c) == t->ncols, "%s:%ld: %d fields, want %d", path,
		       csv_line(c), csv_nfields(c), t->ncols);
		add_row(t, c);
	}
	expect(r == 0, "%s", r < 0 ? e.msg : "");
	csv_close(c);
}

static void
unload(struct table *t)
{
	for (size_t i = 0; i < t->nrows * (size_t)t->ncols; i++)
		free(t->cell[i]);
	free(t->cell);
	free(t->line);
}

/* Row of T whose column COL is KEY, or -1. */
static long
find(const struct table *t, int col, const char *key)
{
	for (size_t i = 0; i < t->nrows; i++)
		if (strcmp(cell(t, i, col), key) == 0)
			return (long)i;
	return -1;
}

static size_t
count(const struct table *t, int col, const char *key)
{
	size_t n = 0;

	for (size_t i = 0; i < t->nrows; i++)
		n += strcmp(cell(t, i, col), key) == 0;
	return n;
}

/* Rows whose columns A (and B when >= 0) repeat an earlier row. */
static void
check_unique(const struct table *t, int a, int b, int kind)
{
	for (size_t i = 0; i < t->nrows; i++)
		for (size_t j = 0; j < i; j++)
			if (strcmp(cell(t, i, a), cell(t, j, a)) == 0 &&
			    (b < 0 || strcmp(cell(t, i, b), cell(t, j, b)) == 0) &&
			    (kind < 0 || strcmp(cell(t, i, kind), cell(t, j, kind)) == 0)) {
				expect(0, "data/%s:%ld: %s repeats line %ld", t->file, t->line[i],
				       cell(t, i, a), t->line[j]);
				break;
			}
}

static int
is_uint(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return 0;
	return 1;
}

static int
is_group_code(const char *s)
{
	return strlen(s) == 5 && s[0] >= 'A' && s[0] <= 'N' && is_uint(s + 1);
}

static void
check_domains(const struct table *d)
{
	expect(d->nrows == 14, "data/domains.tsv: %zu domains, want 14", d->nrows);
	for (char l = 'A'; l <= 'N'; l++) {
		char code[2] = { l, '\0' };

		expect(count(d, 0, code) == 1, "data/domains.tsv: domain %s appears %zu times",
		       code, count(d, 0, code));
	}
	for (size_t i = 0; i < d->nrows; i++)
		expect(cell(d, i, 1)[0] != '\0', "data/domains.tsv:%ld: domain %s has no name",
		       d->line[i], cell(d, i, 0));
}

static void
check_group_row(const struct table *g, const struct table *d, size_t i)
{
	static const char *const levels[] = { "", "none", "cap_bep", "bac", "bac2", "bac3", "bac5", NULL };
	const char *code = cell(g, i, 0), *lvl = cell(g, i, 3);
	char dom[2] = { code[0], '\0' };
	int ok = 0;

	expect(is_group_code(code), "data/job_groups.tsv:%ld: bad code \"%s\"", g->line[i], code);
	expect(find(d, 0, dom) >= 0, "data/job_groups.tsv:%ld: %s: unknown domain %s",
	       g->line[i], code, dom);
	expect(cell(g, i, 1)[0] != '\0', "data/job_groups.tsv:%ld: %s has no name", g->line[i], code);
	expect(strcmp(cell(g, i, 2), "0") == 0 || strcmp(cell(g, i, 2), "1") == 0,
	       "data/job_groups.tsv:%ld: %s: diploma_required must be 0 or 1", g->line[i], code);
	expect(strcmp(cell(g, i, 4), "0") == 0 || strcmp(cell(g, i, 4), "1") == 0,
	       "data/job_groups.tsv:%ld: %s: licence_often must be 0 or 1", g->line[i], code);
	for (int k = 0; levels[k] != NULL; k++)
		ok |= strcmp(lvl, levels[k]) == 0;
	expect(ok, "data/job_groups.tsv:%ld: %s: unknown diploma_level \"%s\"", g->line[i], code, lvl);
}

static void
check_groups(const struct table *g, const struct table *d)
{
	expect(g->nrows >= 150, "data/job_groups.tsv: %zu groups, want at least 150", g->nrows);
	for (size_t i = 0; i < g->nrows; i++)
		check_group_row(g, d, i);
	check_unique(g, 0, -1, -1);
	for (size_t k = 0; k < d->nrows; k++) {
		const char *dom = cell(d, k, 0);
		int seen = 0;

		for (size_t i = 0; i < g->nrows && !seen; i++)
			seen = cell(g, i, 0)[0] == dom[0];
		expect(seen, "data/job_groups.tsv: no job group in domain %s", dom);
	}
}

static int
single_title_group(const char *code)
{
	for (int i = 0; single_title_groups[i] != NULL; i++)
		if (strcmp(single_title_groups[i], code) == 0)
			return 1;
	return 0;
}

static void
check_titles(const struct table *t, const struct table *g)
{
	expect(t->nrows >= 800, "data/job_titles.tsv: %zu titles, want at least 800", t->nrows);
	for (size_t i = 0; i < t->nrows; i++) {
		expect(find(g, 0, cell(t, i, 0)) >= 0, "data/job_titles.tsv:%ld: unknown group %s",
		       t->line[i], cell(t, i, 0));
		expect(cell(t, i, 1)[0] != '\0', "data/job_titles.tsv:%ld: %s: empty title",
		       t->line[i], cell(t, i, 0));
	}
	check_unique(t, 1, 0, -1);
	for (size_t i = 0; i < g->nrows; i++) {
		const char *code = cell(g, i, 0);
		size_t n = count(t, 0, code);

		expect(n >= 2 || (n == 1 && single_title_group(code)),
		       "data/job_titles.tsv: group %s has %zu titles, want at least 2", code, n);
	}
}

static void
check_links(const struct table *l, const struct table *g)
{
	expect(l->nrows >= 300, "data/job_links.tsv: %zu links, want at least 300", l->nrows);
	for (size_t i = 0; i < l->nrows; i++) {
		const char *s = cell(l, i, 0), *t = cell(l, i, 1), *k = cell(l, i, 2);

		expect(find(g, 0, s) >= 0, "data/job_links.tsv:%ld: unknown source %s", l->line[i], s);
		expect(find(g, 0, t) >= 0, "data/job_links.tsv:%ld: unknown target %s", l->line[i], t);
		expect(strcmp(s, t) != 0, "data/job_links.tsv:%ld: %s links to itself", l->line[i], s);
		expect(strcmp(k, "close") == 0 || strcmp(k, "evolution") == 0,
		       "data/job_links.tsv:%ld: %s -> %s: kind \"%s\"", l->line[i], s, t, k);
	}
	check_unique(l, 0, 1, 2);
}

static void
check_geo(const struct table *r, const struct table *dp)
{
	expect(r->nrows == 18, "data/regions.tsv: %zu régions, want 18", r->nrows);
	check_unique(r, 0, -1, -1);
	for (size_t i = 0; i < r->nrows; i++)
		expect(strlen(cell(r, i, 0)) == 2 && is_uint(cell(r, i, 0)) && cell(r, i, 1)[0],
		       "data/regions.tsv:%ld: bad row for %s", r->line[i], cell(r, i, 0));
	expect(dp->nrows == 101, "data/departements.tsv: %zu départements, want 101", dp->nrows);
	check_unique(dp, 0, -1, -1);
	for (size_t i = 0; i < dp->nrows; i++) {
		const char *code = cell(dp, i, 0), *art = cell(dp, i, 2);
		size_t n = strlen(code);

		expect((n == 2 && (is_uint(code) || !strcmp(code, "2A") || !strcmp(code, "2B"))) ||
		       (n == 3 && strncmp(code, "97", 2) == 0 && is_uint(code)),
		       "data/departements.tsv:%ld: bad code \"%s\"", dp->line[i], code);
		expect(find(r, 0, cell(dp, i, 1)) >= 0, "data/departements.tsv:%ld: %s: unknown région %s",
		       dp->line[i], code, cell(dp, i, 1));
		expect(strlen(art) == 1 && art[0] >= '0' && art[0] <= '5',
		       "data/departements.tsv:%ld: %s: article must be 0..5", dp->line[i], code);
		expect(cell(dp, i, 3)[0] != '\0', "data/departements.tsv:%ld: %s has no name",
		       dp->line[i], code);
	}
}

/* "6,7,8": month numbers 1..12, increasing; empty means not seasonal. */
static int
months_ok(const char *s)
{
	int prev = 0;

	if (*s == '\0')
		return 1;
	for (;;) {
		char *end;
		long m = strtol(s, &end, 10);

		if (end == s || !isdigit((unsigned char)*s) || m < 1 || m > 12 || m <= prev)
			return 0;
		prev = (int)m;
		if (*end == '\0')
			return 1;
		if (*end != ',')
			return 0;
		s = end + 1;
	}
}

static int
share_ok(const char *s, double *sum)
{
	char *end;
	double v;

	if (*s == '\0')
		return 1;
	v = strtod(s, &end);
	*sum += v;
	return end != s && *end == '\0' && v >= 0 && v <= 100;
}

/* Columns COL, COL + 1 and COL + 2 of row I of a file of figures: the
 * example source, a year, example = 1. */
static void
check_origin(const struct table *t, size_t i, int col)
{
	const char *code = cell(t, i, 0), *year = cell(t, i, col + 1);
	long ln = t->line[i];

	expect(strcmp(cell(t, i, col), EXAMPLE_SOURCE) == 0,
	       "data/%s:%ld: %s: source must be \"" EXAMPLE_SOURCE "\"", t->file, ln, code);
	expect(strlen(year) == 4 && is_uint(year) && atoi(year) >= 2000,
	       "data/%s:%ld: %s: bad year \"%s\"", t->file, ln, code, year);
	expect(strcmp(cell(t, i, col + 2), "1") == 0, "data/%s:%ld: %s: example must be 1",
	       t->file, ln, code);
}

/* Columns COL and COL + 1 of row I: a level F, R or D and its area (empty,
 * a région, a département). */
static void
check_area(const struct table *t, size_t i, int col, const struct table *r,
	   const struct table *dp)
{
	const char *code = cell(t, i, 0), *lvl = cell(t, i, col), *area = cell(t, i, col + 1);
	long ln = t->line[i];

	if (strcmp(lvl, "F") == 0)
		expect(area[0] == '\0', "data/%s:%ld: %s: France row with area %s", t->file, ln,
		       code, area);
	else if (strcmp(lvl, "R") == 0)
		expect(find(r, 0, area) >= 0, "data/%s:%ld: %s: unknown région \"%s\"", t->file, ln,
		       code, area);
	else if (strcmp(lvl, "D") == 0)
		expect(find(dp, 0, area) >= 0, "data/%s:%ld: %s: unknown département \"%s\"",
		       t->file, ln, code, area);
	else
		expect(0, "data/%s:%ld: %s: level \"%s\" is not F, R or D", t->file, ln, code, lvl);
}

static void
check_market_row(const struct table *m, size_t i, const struct table *g,
		 const struct table *r, const struct table *dp)
{
	const char *code = cell(m, i, 0);
	long ln = m->line[i];
	double sum = 0;
	int shares;

	expect(find(g, 0, code) >= 0, "data/market.tsv:%ld: unknown group %s", ln, code);
	check_area(m, i, 1, r, dp);
	expect(is_uint(cell(m, i, 3)) && is_uint(cell(m, i, 4)) && atol(cell(m, i, 4)) > 0,
	       "data/market.tsv:%ld: %s: offers and candidates must be whole numbers, candidates > 0",
	       ln, code);
	expect(months_ok(cell(m, i, 5)), "data/market.tsv:%ld: %s: bad seasonal_months \"%s\"",
	       ln, code, cell(m, i, 5));
	shares = share_ok(cell(m, i, 6), &sum) && share_ok(cell(m, i, 7), &sum) &&
		 share_ok(cell(m, i, 8), &sum);
	expect(shares && sum <= 100.5, "data/market.tsv:%ld: %s: shares must be percents summing to 100 at most",
	       ln, code);
	check_origin(m, i, 9);
}

static void
check_market(const struct table *m, const struct table *g, const struct table *r,
	     const struct table *dp)
{
	int hard = 0, easy = 0;

	for (size_t i = 0; i < m->nrows; i++)
		check_market_row(m, i, g, r, dp);
	check_unique(m, 0, 1, 2);
	for (size_t k = 0; k < g->nrows; k++) {
		const char *code = cell(g, k, 0);
		size_t n = 0;

		for (size_t i = 0; i < m->nrows; i++) {
			double off, cand;

			if (strcmp(cell(m, i, 0), code) != 0 || strcmp(cell(m, i, 1), "F") != 0)
				continue;
			n++;
			off = atof(cell(m, i, 3));
			cand = atof(cell(m, i, 4));
			if (cand > 0 && off * 10 / cand < 3)
				hard++;
			if (cand > 0 && off * 10 / cand > 8)
				easy++;
		}
		expect(n == 1, "data/market.tsv: group %s has %zu France rows, want 1", code, n);
	}
	expect(hard >= 10, "data/market.tsv: %d groups below 3 offers per 10 candidates, want 10", hard);
	expect(easy >= 10, "data/market.tsv: %d groups above 8 offers per 10 candidates, want 10", easy);
}

/* Row of T whose every column C with KEY[C] != NULL is KEY[C], or -1. */
static long
find_keys(const struct table *t, const char *const *key)
{
	for (size_t i = 0; i < t->nrows; i++) {
		int c = 0;

		while (c < t->ncols && (key[c] == NULL || strcmp(cell(t, i, c), key[c]) == 0))
			c++;
		if (c == t->ncols)
			return (long)i;
	}
	return -1;
}

/* Rows whose columns KEYS (a -1-terminated list) repeat an earlier row. */
static void
check_unique_keys(const struct table *t, const int *keys)
{
	const char *key[16];

	for (size_t i = 0; i < t->nrows; i++) {
		long first;

		for (int c = 0; c < t->ncols; c++)
			key[c] = NULL;
		for (int k = 0; keys[k] >= 0; k++)
			key[keys[k]] = cell(t, i, keys[k]);
		first = find_keys(t, key);
		expect(first == (long)i, "data/%s:%ld: %s repeats line %ld", t->file, t->line[i],
		       cell(t, i, 0), first >= 0 ? t->line[first] : 0);
	}
}

/* A number (whole or decimal) and nothing else. */
static int
number_ok(const char *s, double *out)
{
	char *end;

	if (*s == '\0' || isspace((unsigned char)*s))
		return 0;
	*out = strtod(s, &end);
	return *end == '\0';
}

static int
is_one_of(const char *s, const char *const *words)
{
	for (; *words != NULL; words++)
		if (strcmp(s, *words) == 0)
			return 1;
	return 0;
}

static const char *const channel_names[] = {
	"spontaneous", "intermediaries", "network", "other", NULL
};

/* Every group has the four channels once, their shares summing to 100. */
static void
check_group_channels(const struct table *c, const char *code)
{
	const char *key[6] = { code, NULL, NULL, NULL, NULL, NULL };
	double sum = 0;

	for (int k = 0; channel_names[k] != NULL; k++) {
		long i;

		key[1] = channel_names[k];
		i = find_keys(c, key);
		expect(i >= 0, "data/channels.tsv: group %s has no %s share", code, channel_names[k]);
		if (i >= 0)
			sum += atof(cell(c, (size_t)i, 2));
	}
	expect(sum >= 99.5 && sum <= 100.5, "data/channels.tsv: the shares of %s sum to %g, not 100",
	       code, sum);
}

static void
check_channels(const struct table *c, const struct table *g)
{
	static const int keys[] = { 0, 1, -1 };

	for (size_t i = 0; i < c->nrows; i++) {
		const char *code = cell(c, i, 0);
		long ln = c->line[i];
		double v;

		expect(find(g, 0, code) >= 0, "data/channels.tsv:%ld: unknown group %s", ln, code);
		expect(is_one_of(cell(c, i, 1), channel_names),
		       "data/channels.tsv:%ld: %s: unknown channel \"%s\"", ln, code, cell(c, i, 1));
		expect(number_ok(cell(c, i, 2), &v) && v >= 0 && v <= 100,
		       "data/channels.tsv:%ld: %s: share \"%s\" is not a percent", ln, code,
		       cell(c, i, 2));
		check_origin(c, i, 3);
	}
	check_unique_keys(c, keys);
	for (size_t k = 0; k < g->nrows; k++)
		check_group_channels(c, cell(g, k, 0));
}

static void
check_salary_row(const struct table *s, size_t i, const struct table *g,
		 const struct table *r, const struct table *dp)
{
	static const char *const ages[] = { "under35", "from35", NULL };
	const char *code = cell(s, i, 0), *lo = cell(s, i, 4), *hi = cell(s, i, 5);
	long ln = s->line[i];

	expect(find(g, 0, code) >= 0, "data/salaries.tsv:%ld: unknown group %s", ln, code);
	check_area(s, i, 1, r, dp);
	expect(is_one_of(cell(s, i, 3), ages), "data/salaries.tsv:%ld: %s: unknown age_group \"%s\"",
	       ln, code, cell(s, i, 3));
	expect(is_uint(lo) && is_uint(hi) && atol(lo) < atol(hi),
	       "data/salaries.tsv:%ld: %s: minimum %s and maximum %s must be whole euros, "
	       "minimum < maximum", ln, code, lo, hi);
	expect(atol(lo) >= MINIMUM_WAGE, "data/salaries.tsv:%ld: %s: minimum %s is below the "
	       "minimum wage (about %d)", ln, code, lo, MINIMUM_WAGE);
	check_origin(s, i, 6);
}

/* Both age groups at France level; from 35 at or above under 35. */
static void
check_group_salaries(const struct table *s, const char *code, long *under35)
{
	const char *key[9] = { code, "F", "", "under35", NULL, NULL, NULL, NULL, NULL };
	long young, old;

	young = find_keys(s, key);
	key[3] = "from35";
	old = find_keys(s, key);
	*under35 = young >= 0 ? atol(cell(s, (size_t)young, 4)) : 0;
	expect(young >= 0 && old >= 0, "data/salaries.tsv: group %s lacks a France row for %s",
	       code, young < 0 ? "under35" : "from35");
	if (young < 0 || old < 0)
		return;
	expect(atol(cell(s, (size_t)old, 4)) >= atol(cell(s, (size_t)young, 4)) &&
	       atol(cell(s, (size_t)old, 5)) >= atol(cell(s, (size_t)young, 5)),
	       "data/salaries.tsv:%ld: %s: the range from 35 is below the range under 35 (line %ld)",
	       s->line[old], code, s->line[young]);
}

static void
check_salaries(const struct table *s, const struct table *g, const struct table *r,
	       const struct table *dp)
{
	static const char *const levels[] = { "none", "cap_bep", "bac", "bac2", "bac3", "bac5" };
	static const int keys[] = { 0, 1, 2, 3, -1 };
	double sum[6] = { 0 };
	int n[6] = { 0 };

	for (size_t i = 0; i < s->nrows; i++)
		check_salary_row(s, i, g, r, dp);
	check_unique_keys(s, keys);
	for (size_t k = 0; k < g->nrows; k++) {
		long lo;

		check_group_salaries(s, cell(g, k, 0), &lo);
		for (int l = 0; l < 6; l++)
			if (strcmp(cell(g, k, 3), levels[l]) == 0 && lo > 0) {
				sum[l] += (double)lo;
				n[l]++;
			}
	}
	/* The more diploma a job usually asks, the better it starts, on average. */
	for (int l = 1; l < 6; l++)
		expect(n[l - 1] > 0 && n[l] > 0 && sum[l] / n[l] > sum[l - 1] / n[l - 1],
		       "data/salaries.tsv: groups of level %s start on average at %.0f, not above "
		       "level %s (%.0f)", levels[l], n[l] ? sum[l] / n[l] : 0, levels[l - 1],
		       n[l - 1] ? sum[l - 1] / n[l - 1] : 0);
}

/* Row I of recruitment.tsv agrees with the département row of market.tsv:
 * candidates scarce, projects hard to fill; seasonal hiring, seasonal
 * projects. */
static void
check_recruitment_market(const struct table *rc, size_t i, const struct table *m)
{
	const char *key[12] = { cell(rc, i, 0), "D", cell(rc, i, 1) };
	const char *code = key[0], *dep = key[2];
	long ln = rc->line[i], k = find_keys(m, key);
	double tension, hard = atof(cell(rc, i, 3)), seasonal = atof(cell(rc, i, 4));

	expect(k >= 0, "data/recruitment.tsv:%ld: %s %s: no département row in market.tsv",
	       ln, code, dep);
	if (k < 0)
		return;
	tension = atof(cell(m, (size_t)k, 3)) * 10 / atof(cell(m, (size_t)k, 4));
	expect(tension < 10 || hard >= 50, "data/recruitment.tsv:%ld: %s %s: %.1f offers per 10 "
	       "candidates but only %.0f%% hard to fill", ln, code, dep, tension, hard);
	expect(tension >= 3 || hard <= 35, "data/recruitment.tsv:%ld: %s %s: %.1f offers per 10 "
	       "candidates but %.0f%% hard to fill", ln, code, dep, tension, hard);
	if (cell(m, (size_t)k, 5)[0] != '\0')
		expect(seasonal >= 15, "data/recruitment.tsv:%ld: %s %s: seasonal in market.tsv, "
		       "%.0f%% seasonal projects", ln, code, dep, seasonal);
	else
		expect(seasonal <= 10, "data/recruitment.tsv:%ld: %s %s: not seasonal in market.tsv, "
		       "%.0f%% seasonal projects", ln, code, dep, seasonal);
}

static void
check_recruitment(const struct table *rc, const struct table *g, const struct table *dp,
		  const struct table *m)
{
	static const int keys[] = { 0, 1, -1 };

	for (size_t i = 0; i < rc->nrows; i++) {
		const char *code = cell(rc, i, 0);
		long ln = rc->line[i];
		double sum = 0;

		expect(find(g, 0, code) >= 0, "data/recruitment.tsv:%ld: unknown group %s", ln, code);
		expect(find(dp, 0, cell(rc, i, 1)) >= 0, "data/recruitment.tsv:%ld: %s: unknown "
		       "département \"%s\"", ln, code, cell(rc, i, 1));
		expect(is_uint(cell(rc, i, 2)) && atol(cell(rc, i, 2)) > 0,
		       "data/recruitment.tsv:%ld: %s: projects must be a whole number above 0", ln, code);
		expect(share_ok(cell(rc, i, 3), &sum) && share_ok(cell(rc, i, 4), &sum),
		       "data/recruitment.tsv:%ld: %s: shares must be percents", ln, code);
		check_origin(rc, i, 5);
		check_recruitment_market(rc, i, m);
	}
	check_unique_keys(rc, keys);
	/* Every département row of market.tsv has its recruitment row. */
	for (size_t k = 0; k < m->nrows; k++) {
		const char *key[8] = { cell(m, k, 0), cell(m, k, 2) };

		if (strcmp(cell(m, k, 1), "D") == 0)
			expect(find_keys(rc, key) >= 0, "data/recruitment.tsv: no row for %s %s "
			       "(data/market.tsv:%ld)", key[0], key[1], m->line[k]);
	}
}

int
main(void)
{
	static const char *const dcols[] = { "code", "name", NULL };
	static const char *const gcols[] = { "code", "name", "diploma_required", "diploma_level",
					     "licence_often", NULL };
	static const char *const tcols[] = { "code", "title", NULL };
	static const char *const lcols[] = { "source", "target", "kind", NULL };
	static const char *const rcols[] = { "code", "name", NULL };
	static const char *const pcols[] = { "code", "region", "article", "name", NULL };
	static const char *const mcols[] = { "rome", "level", "area", "offers", "candidates",
					     "seasonal_months", "cdi_share", "cdd_share",
					     "interim_share", "source", "year", "example", NULL };
	static const char *const ccols[] = { "rome", "channel", "share", "source", "year",
					     "example", NULL };
	static const char *const scols[] = { "rome", "level", "area", "age_group", "minimum",
					     "maximum", "source", "year", "example", NULL };
	static const char *const ecols[] = { "rome", "departement", "projects", "hard_share",
					     "seasonal_share", "source", "year", "example", NULL };
	const char *dir = getenv("top_srcdir");
	struct table d, g, t, l, r, p, m, c, s, e;

	if (dir == NULL || *dir == '\0')
		dir = ".";
	load(&d, dir, "domains.tsv", dcols);
	load(&g, dir, "job_groups.tsv", gcols);
	load(&t, dir, "job_titles.tsv", tcols);
	load(&l, dir, "job_links.tsv", lcols);
	load(&r, dir, "regions.tsv", rcols);
	load(&p, dir, "departements.tsv", pcols);
	load(&m, dir, "market.tsv", mcols);
	load(&c, dir, "channels.tsv", ccols);
	load(&s, dir, "salaries.tsv", scols);
	load(&e, dir, "recruitment.tsv", ecols);
	check_domains(&d);
	check_groups(&g, &d);
	check_titles(&t, &g);
	check_links(&l, &g);
	check_geo(&r, &p);
	check_market(&m, &g, &r, &p);
	check_channels(&c, &g);
	check_salaries(&s, &g, &r, &p);
	check_recruitment(&e, &g, &p, &m);
	printf("%zu groups, %zu titles, %zu links, %zu market rows, %zu channel shares, "
	       "%zu salary ranges, %zu recruitment rows\n", g.nrows, t.nrows, l.nrows, m.nrows,
	       c.nrows, s.nrows, e.nrows);
	unload(&d);
	unload(&g);
	unload(&t);
	unload(&l);
	unload(&r);
	unload(&p);
	unload(&m);
	unload(&c);
	unload(&s);
	unload(&e);
	return check_done();
}
