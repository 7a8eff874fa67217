/* import-bmo.c - the BMO survey of France Travail ("Besoins en
 * main-d'œuvre"): recruitment projects per employment area x FAP job
 * family, brought to département x ROME job group with the DARES
 * crosswalk passage_fap2009_romev3.txt (read by import-crosswalk.c).
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

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "import-private.h"
#include "store-private.h"

static const char bmo_source[] = "France Travail, BMO survey";

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

/* The figures of one row: projects, difficult and seasonal ones, each
 * known (published) or not, in département DEP. */
struct row_figures {
	char dep[8];
	double v[3];
	int known[3];
};

/* Add the figures ARG (a struct row_figures) to group P: 1. */
static int
add_sum(struct import_ctx *c, const struct import_pair *p, void *arg)
{
	const struct row_figures *r = arg;
	const double *v = r->v;
	const int *known = r->known;
	sqlite3_stmt *st = store_stmt(c->s, sql_sum, c->e);

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, p->rome, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, r->dep, -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 3, v[0]);
	sqlite3_bind_double(st, 4, known[1] ? v[1] : 0);
	sqlite3_bind_double(st, 5, known[1] ? v[0] : 0);
	sqlite3_bind_double(st, 6, known[2] ? v[2] : 0);
	sqlite3_bind_double(st, 7, known[2] ? v[0] : 0);
	if (sqlite3_step(st) != SQLITE_DONE)
		return store_fail(c->s, _("cannot add a recruitment figure"), c->e);
	return 1;
}

static int
bmo_row(struct import_ctx *c, struct csv *in, const int *idx, void *arg)
{
	const char *code = csv_field(in, idx[B_DEP]);
	struct row_figures r;
	int rc;

	for (int i = 0; i < 3; i++) {
		r.known[i] = figure(c, in, idx, B_PROJECTS + i, &r.v[i]);
		if (r.known[i] < 0)
			return -1;
	}
	/* "2" in the survey is département "02". */
	snprintf(r.dep, sizeof r.dep, "%s%s", strlen(code) == 1 ? "0" : "", code);
	if (!r.known[0] ||
	    (rc = import_has(c->s, TABLE_DEPARTEMENTS, r.dep, c->e)) == 0)
		return 0;
	if (rc < 0)
		return -1;
	return import_xwalk_each(c, arg, csv_field(in, idx[B_FAP]), add_sum, &r);
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

static const struct import_replace bmo_replace = {
	.clear = sql_clear, .write = sql_replace,
	.what = N_("cannot add a recruitment figure"),
};

static int
find_files(struct import_ctx *c, char *survey, char *crosswalk, size_t len)
{
	const char *slash, *given;
	int rc = import_is_dir(c->path, c->e);

	if (rc < 0)
		return -1;
	if (rc == 1) {
		if (import_glob(c->path, "bmo.csv", survey, len, c->e) < 0)
			return -1;
	} else {
		snprintf(survey, len, "%s", c->path);
	}
	if (c->opt->crosswalk2 != NULL) {
		if (import_xwalk_find(c, XWALK_FAP, &given) < 0)
			return -1;
		if (given == NULL)
			return err_set(c->e, _("none of the --crosswalk files is a "
					       "FAP-ROME crosswalk"));
		snprintf(crosswalk, len, "%s", given);
		return 0;
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
	struct import_xwalk x;
	int rc = -1;

	memset(&x, 0, sizeof x);
	if (find_files(c, survey, crosswalk, sizeof survey) < 0)
		return -1;
	c->source = bmo_source;
	c->year = import_year(c);
	if (import_xwalk_read(c, crosswalk, XWALK_FAP, &x) < 0)
		goto out;
	if (store_exec(c->s, "CREATE TEMP TABLE IF NOT EXISTS tr_bmo (rome TEXT, "
		       "dep TEXT, projects REAL, diff REAL, diff_base REAL, "
		       "season REAL, season_base REAL, PRIMARY KEY (rome, dep)); "
		       "DELETE FROM temp.tr_bmo", c->e) < 0)
		goto out;
	if (import_each(c, survey, ',', bmo_cols, bmo_row, &x) < 0)
		goto out;
	rc = import_replace(c, bmo_source, &bmo_replace, &c->rows);
out:
	import_xwalk_free(&x);
	return rc;
}
