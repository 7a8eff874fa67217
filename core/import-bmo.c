/* import-bmo.c - the BMO survey of France Travail ("Besoins en
 * main-d'œuvre"): recruitment projects per employment area x FAP job
 * family, brought to département x ROME job group with the DARES
 * crosswalk passage_fap2009_romev3.txt.
 *
 * How the figures are brought to job groups (read this before using
 * them): the survey counts projects per FAP family, and a family covers
 * several ROME groups. Each group of a family gets the family's figure
 * whole, repeated, not split: the survey says nothing of how projects
 * share out between the groups, and an even split would invent a
 * precision the data does not have. So `recruitment.projects` of a group
 * reads "projects in the family (or families) this group belongs to";
 * never add it up over groups. A group that belongs to several families
 * (the crosswalk maps some groups by qualification level) gets the sum of
 * its families. Rows of one département add up over its employment areas.
 *
 * hard_share = 100 x difficult projects / projects and seasonal_share =
 * 100 x seasonal projects / projects, each over the rows whose figure is
 * published: a blank or "*" figure is confidential and that row counts in
 * neither side of that share (a share with no published row is NULL). A
 * row whose project count is confidential is skipped and counted. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "import-private.h"
#include "store-private.h"

static const char bmo_source[] = "France Travail, BMO survey";

/* One crosswalk pair: FAP family -> ROME group. */
struct pair {
	char fap[8];
	char rome[6];
};

struct bmo {
	struct pair *pairs;
	size_t n, cap;
};

static int
pair_cmp(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;
	int c = strcmp(x->fap, y->fap);

	return c != 0 ? c : strcmp(x->rome, y->rome);
}

static int
add_pair(struct bmo *b, const char *fap, const char *rome)
{
	if (b->n == b->cap) {
		size_t ncap = b->cap ? b->cap * 2 : 1024;
		struct pair *np = realloc(b->pairs, ncap * sizeof *np);

		if (np == NULL)
			return -1;
		b->pairs = np;
		b->cap = ncap;
	}
	snprintf(b->pairs[b->n].fap, sizeof b->pairs[0].fap, "%s", fap);
	snprintf(b->pairs[b->n].rome, sizeof b->pairs[0].rome, "%s", rome);
	b->n++;
	return 0;
}

/* Read one quoted code at *P into OUT (at most LEN - 1 bytes). */
static int
quoted(const char **p, char *out, size_t len)
{
	const char *s = *p, *end;

	while (*s == ' ' || *s == '\t')
		s++;
	if (*s != '"' || (end = strchr(s + 1, '"')) == NULL ||
	    (size_t)(end - s - 1) >= len || end == s + 1)
		return -1;
	memcpy(out, s + 1, (size_t)(end - s - 1));
	out[end - s - 1] = '\0';
	*p = end + 1;
	return 0;
}

/* A line `"ROME1","ROME2",... = "FAP"`. A code of 6 characters is a ROME
 * group followed by a qualification digit: its group counts. */
static int
pair_line(struct bmo *b, const char *line)
{
	char codes[64][8], fap[8];
	const char *p = line;
	int n = 0;

	for (;;) {
		if (n == 64 || quoted(&p, codes[n], sizeof codes[0]) < 0)
			return -1;
		n++;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p != ',')
			break;
		p++;
	}
	if (*p++ != '=' || quoted(&p, fap, sizeof fap) < 0 || strlen(fap) != 5)
		return -1;
	p += strspn(p, " \t;");
	if (*p != '\0')
		return -1;
	for (int i = 0; i < n; i++) {
		size_t len = strlen(codes[i]);

		if (len == 6 && codes[i][5] >= '0' && codes[i][5] <= '9')
			codes[i][5] = '\0';
		if (!import_rome_code(codes[i]))
			return -1;
		if (add_pair(b, fap, codes[i]) < 0)
			return -2;
	}
	return 0;
}

/* The SAS source around the pairs: comments, `proc format`, `value
 * $NAME`, ` Other = "ZZZZZ";`, `run;`. */
static int
sas_line(const char *s)
{
	static const char *const words[] = { "proc", "value", "other", "run" };

	s += strspn(s, " \t");
	if (*s == '\0' || *s == '*')
		return 1;
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		size_t n = strlen(words[i]);

		if (strncasecmp(s, words[i], n) == 0 &&
		    strchr(" \t;=", s[n] == '\0' ? ' ' : s[n]) != NULL)
			return 1;
	}
	return 0;
}

static int
read_crosswalk(struct import_ctx *c, struct bmo *b, const char *path)
{
	struct import_count *n = import_counter(c, path);
	char line[8192];
	long lineno = 0;
	FILE *fp = fopen(path, "r");
	int rc = 0;

	if (fp == NULL)
		return err_set(c->e, _("%s: cannot open the FAP-ROME crosswalk: %s "
				       "(give it with --crosswalk)"), path, strerror(errno));
	while (rc == 0 && fgets(line, sizeof line, fp) != NULL) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (sas_line(line))
			continue;
		n->read++;
		rc = line[strspn(line, " \t")] == '"' ? pair_line(b, line + strspn(line, " \t")) : -1;
		if (rc == -1)
			err_set(c->e, _("%s:%ld: not a line of the FAP-ROME crosswalk "
					"(\"ROME\",... = \"FAP\")"), path, lineno);
		else if (rc == -2)
			err_set(c->e, _("%s: out of memory"), path);
		else
			n->kept++;
	}
	fclose(fp);
	if (rc < 0)
		return -1;
	if (b->n == 0)
		return err_set(c->e, _("%s: no FAP-ROME pair in this file"), path);
	qsort(b->pairs, b->n, sizeof *b->pairs, pair_cmp);
	return 0;
}

/* The first pair of FAP, NULL when the crosswalk does not know it. */
static const struct pair *
first_pair(const struct bmo *b, const char *fap)
{
	size_t lo = 0, hi = b->n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (strcmp(b->pairs[mid].fap, fap) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < b->n && strcmp(b->pairs[lo].fap, fap) == 0 ? &b->pairs[lo] : NULL;
}

/* --- The survey file ---------------------------------------------------- */

enum { B_AREA, B_FAP, B_DEP, B_PROJECTS, B_DIFF, B_SEASON, B_REGION };
static const char *const bmo_cols[] = {
	"CATCHMENT_AREA_CODE", "FAP_CODE", "DEPARTEMENT_CODE",
	"NB_RECRUT_PROJECTS", "NB_DIFF_RECRUT_PROJECTS",
	"NB_SEASON_RECRUT_PROJECTS", "REGION_CODE", NULL
};

/* A figure: 1 with *OUT, 0 confidential (blank or "*"), -1 refused. */
static int
figure(struct import_ctx *c, struct csv *in, const int *idx, int i, double *out)
{
	const char *v = csv_field(in, idx[i]);
	int rc;

	if (strcmp(v, "*") == 0)
		return 0;
	rc = import_double(v, out);
	if (rc < 0 || (rc == 1 && *out < 0))
		return import_row_err(in, c->e, _("%s '%s' is not a number"),
				      bmo_cols[i], v);
	return rc;
}

static const char sql_sum[] =
	"INSERT INTO temp.tr_bmo VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
	"ON CONFLICT (rome, dep) DO UPDATE SET projects = projects + ?3, "
	"diff = diff + ?4, diff_base = diff_base + ?5, "
	"season = season + ?6, season_base = season_base + ?7";

/* Add the figures of one row to group ROME in département DEP. */
static int
add_sum(struct import_ctx *c, const char *rome, const char *dep,
	const double *v, const int *known)
{
	sqlite3_stmt *st = store_stmt(c->s, sql_sum, c->e);

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, rome, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, dep, -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 3, v[0]);
	sqlite3_bind_double(st, 4, known[1] ? v[1] : 0);
	sqlite3_bind_double(st, 5, known[1] ? v[0] : 0);
	sqlite3_bind_double(st, 6, known[2] ? v[2] : 0);
	sqlite3_bind_double(st, 7, known[2] ? v[0] : 0);
	if (sqlite3_step(st) != SQLITE_DONE)
		return store_fail(c->s, _("cannot add a recruitment figure"), c->e);
	return 0;
}

static int
bmo_row(struct import_ctx *c, struct csv *in, const int *idx, void *arg)
{
	const struct bmo *b = arg;
	const char *code = csv_field(in, idx[B_DEP]);
	const struct pair *p;
	double v[3];
	int known[3], used = 0, rc;
	char dep[8];

	for (int i = 0; i < 3; i++) {
		known[i] = figure(c, in, idx, B_PROJECTS + i, &v[i]);
		if (known[i] < 0)
			return -1;
	}
	/* "2" in the survey is département "02". */
	snprintf(dep, sizeof dep, "%s%s", strlen(code) == 1 ? "0" : "", code);
	if (!known[0] || (rc = import_has_departement(c->s, dep, c->e)) == 0)
		return 0;
	if (rc < 0)
		return -1;
	p = first_pair(b, csv_field(in, idx[B_FAP]));
	for (; p != NULL && p < b->pairs + b->n &&
	       strcmp(p->fap, csv_field(in, idx[B_FAP])) == 0; p++) {
		if (p > b->pairs && strcmp(p[-1].fap, p->fap) == 0 &&
		    strcmp(p[-1].rome, p->rome) == 0)
			continue;   /* the same pair twice in the crosswalk */
		rc = import_has_group(c->s, p->rome, c->e);
		if (rc < 0 || (rc == 1 && add_sum(c, p->rome, dep, v, known) < 0))
			return -1;
		used += rc;
	}
	return used > 0;
}

static const char sql_replace[] =
	"INSERT INTO recruitment (rome, departement, projects, hard_share, "
	"seasonal_share, source, year, example) "
	"SELECT rome, dep, projects, "
	"CASE WHEN diff_base > 0 THEN 100.0 * diff / diff_base END, "
	"CASE WHEN season_base > 0 THEN 100.0 * season / season_base END, "
	"?1, ?2, 0 FROM temp.tr_bmo WHERE 1 "
	"ON CONFLICT (rome, departement) DO UPDATE SET projects = excluded.projects, "
	"hard_share = excluded.hard_share, seasonal_share = excluded.seasonal_share, "
	"source = excluded.source, year = excluded.year, example = 0";
static const char sql_clear[] = "DELETE FROM recruitment WHERE source = ?1";

static int
write_rows(struct import_ctx *c)
{
	sqlite3_stmt *st = store_stmt(c->s, sql_clear, c->e);

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, bmo_source, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		return store_fail(c->s, _("cannot replace the old rows"), c->e);
	st = store_stmt(c->s, sql_replace, c->e);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, bmo_source, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, c->year);
	if (sqlite3_step(st) != SQLITE_DONE)
		return store_fail(c->s, _("cannot add a recruitment figure"), c->e);
	c->rows = sqlite3_changes(store_db(c->s));
	return 0;
}

static int
find_files(struct import_ctx *c, char *survey, char *crosswalk, size_t len)
{
	const char *slash;
	int rc = import_is_dir(c->path, c->e);

	if (rc < 0)
		return -1;
	if (rc == 1) {
		if (import_glob(c->path, "bmo.csv", survey, len, c->e) < 0)
			return -1;
	} else {
		snprintf(survey, len, "%s", c->path);
	}
	if (c->opt->crosswalk != NULL) {
		snprintf(crosswalk, len, "%s", c->opt->crosswalk);
		return 0;
	}
	slash = strrchr(survey, '/');
	if (slash == NULL)
		snprintf(crosswalk, len, "passage_fap2009_romev3.txt");
	else
		snprintf(crosswalk, len, "%.*s/passage_fap2009_romev3.txt",
			 (int)(slash - survey), survey);
	return 0;
}

int
import_bmo(struct import_ctx *c)
{
	char survey[4096], crosswalk[4096];
	struct bmo b = { NULL, 0, 0 };
	int rc = -1;

	if (find_files(c, survey, crosswalk, sizeof survey) < 0)
		return -1;
	c->source = bmo_source;
	c->year = import_year(c);
	if (read_crosswalk(c, &b, crosswalk) < 0)
		goto out;
	if (store_exec(c->s, "CREATE TEMP TABLE IF NOT EXISTS tr_bmo (rome TEXT, "
		       "dep TEXT, projects REAL, diff REAL, diff_base REAL, "
		       "season REAL, season_base REAL, PRIMARY KEY (rome, dep)); "
		       "DELETE FROM temp.tr_bmo", c->e) < 0)
		goto out;
	if (import_each(c, survey, ',', bmo_cols, bmo_row, &b) < 0)
		goto out;
	rc = write_rows(c);
out:
	free(b.pairs);
	return rc;
}
