/* import-imt-salaries.c - IMT salaries.csv: the range of gross monthly
 * salaries offered, per age group (AGE_GROUP_CODE 1 under 35, 2 35 and
 * over), area and PCS profession, brought to ROME job groups with a
 * PCS -> ROME crosswalk in the format of doc/crosswalk-pcs.md, given with
 * --crosswalk (there is no official one to find beside the file).
 *
 * Every group of a profession gets the profession's range. A group that
 * several professions map to takes each range (one area, one age group)
 * whole from one profession: the one listed first for that group in the
 * crosswalk that has a figure there. A minimum of one profession and a
 * maximum of another would describe no job, and an average would invent
 * a salary nobody offers; the crosswalk's author says which profession
 * speaks for the group by listing it first.
 *
 * The sentinels -1 (missing) and -2 (confidential), or a blank, in either
 * salary skip the row; the report's note counts them. A row of an unknown profession,
 * job group or area, or of another kind of area, is skipped and counted.
 * Another negative figure, a minimum above the maximum or an age group
 * other than 1 and 2 refuses the file. */
#include <config.h>

#include <string.h>

#include "i18n.h"
#include "import-private.h"
#include "store-private.h"

static const char salaries_source[] = "France Travail, IMT (salaries)";

enum { S_AGE, S_AREA, S_TYPE, S_MAX, S_MIN, S_PCS };
static const char *const salaries_cols[] = {
	"AGE_GROUP_CODE", "AREA_CODE", "AREA_TYPE_CODE", "MAXIMUM_SALARY",
	"MINIMUM_SALARY", "PCS_PROFESSION_CODE", NULL
};

/* What the rows share: the crosswalk, the count of sentinel rows. */
struct salaries {
	struct import_xwalk x;
	long sentinels;
};

/* The candidate ranges: per group, area and age group, the one of the
 * lowest crosswalk line. */
static const char sql_temp[] =
	"CREATE TEMP TABLE IF NOT EXISTS tr_salaries (rome TEXT, level TEXT, "
	"area TEXT, age_group TEXT, rank INTEGER, minimum INTEGER, "
	"maximum INTEGER, PRIMARY KEY (rome, level, area, age_group)); "
	"DELETE FROM temp.tr_salaries";
static const char sql_add[] =
	"INSERT INTO temp.tr_salaries VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
	"ON CONFLICT (rome, level, area, age_group) DO UPDATE SET "
	"rank = excluded.rank, "
	"minimum = excluded.minimum, maximum = excluded.maximum "
	"WHERE excluded.rank < rank";

/* The range ARG (a struct import_salary) as a candidate of group P: 1. */
static int
add_range(struct import_ctx *c, const struct import_pair *p, void *arg)
{
	const struct import_salary *r = arg;
	sqlite3_stmt *st = store_stmt(c->s, sql_add, c->e);
	char level[2] = { r->level, '\0' };

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, p->rome, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, level, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, r->area, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, r->age_group, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, p->line);
	sqlite3_bind_int64(st, 6, r->minimum);
	sqlite3_bind_int64(st, 7, r->maximum);
	if (sqlite3_step(st) != SQLITE_DONE)
		return store_fail(c->s, _("cannot add a salary figure"), c->e);
	return 1;
}

/* A salary in euros: 1 with *OUT, 0 a sentinel (-1 missing, -2
 * confidential), -1 refused. */
static int
salary(struct import_ctx *c, struct csv *in, const int *idx, int i, long *out)
{
	const char *v = csv_field(in, idx[i]);
	double d;
	int rc = import_double(v, &d);

	if (rc == 0 || (rc == 1 && (d == -1 || d == -2)))
		return 0;
	if (rc < 0 || d < 0 || d > 1e7)
		return import_row_err(in, c->e, _("%s '%s' is not a salary in euros "
						  "(-1 and -2 mark a missing one)"),
				      salaries_cols[i], v);
	*out = (long)(d + 0.5);
	return 1;
}

/* The figures of a row into R: 1, 0 for a sentinel, -1 refused. */
static int
row_values(struct import_ctx *c, struct csv *in, const int *idx,
	   struct import_salary *r)
{
	const char *age = csv_field(in, idx[S_AGE]);
	int lo, hi;

	if (strcmp(age, "1") == 0)
		r->age_group = "under35";
	else if (strcmp(age, "2") == 0)
		r->age_group = "from35";
	else
		return import_row_err(in, c->e, _("%s '%s' is not 1 (under 35) or "
						  "2 (35 and over)"),
				      "AGE_GROUP_CODE", age);
	if ((lo = salary(c, in, idx, S_MIN, &r->minimum)) < 0 ||
	    (hi = salary(c, in, idx, S_MAX, &r->maximum)) < 0)
		return -1;
	if (lo == 0 || hi == 0)
		return 0;
	if (r->minimum > r->maximum)
		return import_row_err(in, c->e, _("MINIMUM_SALARY %ld is above "
						  "MAXIMUM_SALARY %ld"),
				      r->minimum, r->maximum);
	return 1;
}

static int
salaries_row(struct import_ctx *c, struct csv *in, const int *idx, void *arg)
{
	struct salaries *sal = arg;
	struct import_salary r = { .rome = NULL };
	char area[8];
	int rc;

	if ((rc = row_values(c, in, idx, &r)) <= 0) {
		sal->sentinels += rc == 0;
		return rc;
	}
	if (!import_imt_area(in, idx[S_TYPE], idx[S_AREA], &r.level, area,
			     sizeof area))
		return 0;
	r.area = area;
	if ((rc = import_has_area(c->s, r.level, area, c->e)) <= 0)
		return rc;
	return import_xwalk_each(c, &sal->x, csv_field(in, idx[S_PCS]), add_range,
				 &r);
}

/* An official range replaces a range of another source (an example). */
static const char sql_write[] =
	"INSERT INTO salaries (rome, level, area, age_group, minimum, maximum, "
	"source, year, example) "
	"SELECT rome, level, area, age_group, minimum, maximum, ?1, ?2, 0 "
	"FROM temp.tr_salaries WHERE 1 "
	"ON CONFLICT (rome, level, area, age_group) DO UPDATE SET "
	"minimum = excluded.minimum, maximum = excluded.maximum, "
	"source = excluded.source, year = excluded.year, example = 0";
static const char sql_clear[] = "DELETE FROM salaries WHERE source = ?1";
/* A job group's ranges come from one source: the example ranges of the
 * groups this file gives go, at every level (an example range of a
 * département must not hide the official range of the région). */
static const char sql_clear_examples[] =
	"DELETE FROM salaries WHERE example = 1 AND rome IN (SELECT rome FROM temp.tr_salaries)";

static const struct import_imt_mapped salaries_file = {
	.kind = XWALK_PCS, .temp = sql_temp, .cols = salaries_cols,
	.row = salaries_row, .source = salaries_source,
	.how = {
		.clear = sql_clear, .examples = sql_clear_examples, .write = sql_write,
		.what = N_("cannot add a salary figure"),
	},
};

static int
find_crosswalk(struct import_ctx *c, const char *path, const char **out)
{
	int rc = import_xwalk_find(c, XWALK_PCS, out);

	if (rc != 0)
		return rc < 0 ? -1 : 0;
	if (c->opt->crosswalk != NULL)
		/* TRANSLATORS: %s is the path of salaries.csv. */
		return err_set(c->e, _("%s: the figures are per PCS profession, and "
				       "no --crosswalk file is a PCS-ROME crosswalk "
				       "(PCS<TAB>ROME lines, see doc/crosswalk-pcs.md)"),
			       path);
	return err_set(c->e, _("%s: the figures are per PCS profession: give a "
			       "PCS-ROME crosswalk with --crosswalk FILE (PCS<TAB>ROME "
			       "lines, see doc/crosswalk-pcs.md)"), path);
}

int
import_imt_salaries(struct import_ctx *c, const char *path)
{
	struct salaries sal;
	const char *crosswalk;

	memset(&sal, 0, sizeof sal);
	if (find_crosswalk(c, path, &crosswalk) < 0 ||
	    import_imt_mapped(c, path, crosswalk, &salaries_file, &sal.x,
			      &sal) < 0)
		return -1;
	if (sal.sentinels > 0)
		import_note(c, P_("salaries.csv: %ld row without a published "
					"salary (-1 missing, -2 confidential).",
					"salaries.csv: %ld rows without a published "
					"salary (-1 missing, -2 confidential).",
					sal.sentinels), sal.sentinels);
	return 0;
}
