/* import-imt.c - the labour-market files of France Travail's IMT open
 * data, each recognised by its header row, not by its name:
 *
 * - market_score.csv: offers, applications, tension and seasonality per
 *   area x ROME job group (this file);
 * - employment_type.csv: the mix of contracts of the offers (this file);
 * - application_modes.csv: the share of hires per channel, per FAP family
 *   (import-imt-channels.c);
 * - salaries.csv: salary ranges per age group, area and PCS profession
 *   (import-imt-salaries.c).
 *
 * PATH is one of these files, or a folder: every IMT file found in it
 * (*.csv, by header) is imported, in the order above, in the one
 * transaction of the import. Each file replaces the rows of its own
 * source only and records its own `sources` row. A file with a header and
 * no data row is refused: it would empty its tables.
 *
 * market_score rows: an official row replaces a row of another source (an
 * example figure) for the same job group and area. Rows of an unknown job
 * group or area, or of another kind of area, are skipped and counted.
 *
 * The contract shares of the market table belong to employment_type.csv:
 * a market_score row gets the shares of its employment_type rows; where
 * market_score has no row, employment_type makes one holding only the
 * shares (its source is employment_type). Importing market_score again
 * keeps the shares: rows that carried them become employment_type rows
 * until market_score gives them their figures back. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "import-private.h"
#include "store-private.h"

static const char score_source[] = "France Travail, IMT (market_score)";
static const char types_source[] = "France Travail, IMT (employment_type)";

int
import_imt_area(struct csv *in, int type, int code, char *level, char *area,
		size_t len)
{
	const char *t = csv_field(in, type), *a = csv_field(in, code);

	if (strlen(t) != 1 || strchr("DRF", t[0]) == NULL)
		return 0;
	*level = t[0];
	if (*level == 'F')
		snprintf(area, len, "%s", "");
	else if (strlen(a) == 1 && a[0] >= '0' && a[0] <= '9')
		snprintf(area, len, "0%s", a);
	else
		snprintf(area, len, "%s", a);
	return 1;
}

int
import_imt_percent(struct import_ctx *c, struct csv *in, int i,
		   const char *name, double *out)
{
	const char *v = csv_field(in, i);
	int rc = import_double(v, out);

	if (rc < 0 || (rc == 1 && (*out < 0 || *out > 100)))
		return import_row_err(in, c->e, _("%s '%s' is not a percent between "
						  "0 and 100"), name, v);
	return rc;
}

int
import_imt_mapped(struct import_ctx *c, const char *path, const char *xpath,
		  const struct import_imt_mapped *m, struct import_xwalk *x,
		  void *arg)
{
	long rows = 0;
	int rc = -1;

	if (import_xwalk_read(c, xpath, m->kind, x) == 0 &&
	    store_exec(c->s, m->temp, c->e) == 0 &&
	    import_each_some(c, path, ',', m->cols, m->row, arg) == 0 &&
	    import_replace(c, m->source, &m->how, &rows) == 0)
		rc = import_source_row(c, "imt", path, m->source, rows);
	import_xwalk_free(x);
	return rc;
}

/* --- market_score.csv ---------------------------------------------------- */

/* The columns of market_score.csv; the month names are the file's own
 * spellings (JUNE, JULY). */
enum {
	C_AREA, C_TYPE, C_APPLICATIONS, C_OFFERS, C_ROME, C_TENSION, C_JAN
};
static const char *const score_cols[] = {
	"AREA_CODE", "AREA_TYPE_CODE", "NB_APPLICATION_END_MONTH",
	"NB_OFFER_END_MONTH", "ROME_PROFESSION_CARD_CODE", "TENSION_RATIO",
	"SEASONAL_JAN", "SEASONAL_FEB", "SEASONAL_MAR", "SEASONAL_APR",
	"SEASONAL_MAY", "SEASONAL_JUNE", "SEASONAL_JULY", "SEASONAL_AUG",
	"SEASONAL_SEP", "SEASONAL_OCT", "SEASONAL_NOV", "SEASONAL_DEC", NULL
};

/* Seasonal months as a bit mask: 'O' (oui) sets the month's bit, 'N'
 * (non) leaves it; all blank: unknown (-1). */
static int
seasonal(struct import_ctx *c, struct csv *in, const int *idx, int *mask)
{
	int blank = 0;

	*mask = 0;
	for (int m = 0; m < 12; m++) {
		const char *v = csv_field(in, idx[C_JAN + m]);

		if (strcmp(v, "O") == 0)
			*mask |= 1 << m;
		else if (v[0] == '\0')
			blank++;
		else if (strcmp(v, "N") != 0)
			return import_row_err(in, c->e, _("%s '%s' is not O or N"),
					      score_cols[C_JAN + m], v);
	}
	if (blank == 12)
		*mask = -1;
	return 0;
}

static int
count(struct import_ctx *c, struct csv *in, int i, const int *idx, long *out)
{
	int rc = import_long(csv_field(in, idx[i]), out);

	if (rc < 0 || (rc == 1 && *out < 0))
		return import_row_err(in, c->e, _("%s '%s' is not a count"),
				      score_cols[i], csv_field(in, idx[i]));
	if (rc == 0)
		*out = -1;
	return 0;
}

static int
score_values(struct import_ctx *c, struct csv *in, const int *idx,
	     struct import_market *m)
{
	int rc;

	if (count(c, in, C_OFFERS, idx, &m->offers) < 0 ||
	    count(c, in, C_APPLICATIONS, idx, &m->candidates) < 0 ||
	    seasonal(c, in, idx, &m->seasonal_months) < 0)
		return -1;
	rc = import_double(csv_field(in, idx[C_TENSION]), &m->tension);
	if (rc < 0 || (rc == 1 && m->tension < 0))
		return import_row_err(in, c->e, _("%s '%s' is not a number"),
				      "TENSION_RATIO", csv_field(in, idx[C_TENSION]));
	if (rc == 0)
		m->tension = -1;
	return 0;
}

static const char sql_shares_of[] =
	"SELECT coalesce(cdi_share, -1), coalesce(cdd_share, -1), "
	"coalesce(interim_share, -1) FROM market "
	"WHERE rome = ?1 AND level = ?2 AND area = ?3 AND source = ?4";
static const char sql_replace[] =
	"DELETE FROM market WHERE rome = ?1 AND level = ?2 AND area = ?3 "
	"AND source <> ?4";

static void
bind_key(sqlite3_stmt *st, const struct import_market *m, const char *level,
	 const char *source)
{
	sqlite3_bind_text(st, 1, m->rome, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, level, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, m->area, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, source, -1, SQLITE_STATIC);
}

/* Take the shares of the employment_type row at M's place, then make
 * room for M: any row there of another source goes. */
static int
score_place(struct import_ctx *c, struct import_market *m)
{
	char level[2] = { m->level, '\0' };
	sqlite3_stmt *st = store_stmt(c->s, sql_shares_of, c->e);
	int rc;

	if (st == NULL)
		return -1;
	bind_key(st, m, level, types_source);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		m->cdi_share = sqlite3_column_double(st, 0);
		m->cdd_share = sqlite3_column_double(st, 1);
		m->interim_share = sqlite3_column_double(st, 2);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(c->s, _("cannot read the database"), c->e);
	st = store_stmt(c->s, sql_replace, c->e);
	if (st == NULL)
		return -1;
	bind_key(st, m, level, score_source);
	if (sqlite3_step(st) != SQLITE_DONE)
		return store_fail(c->s, _("cannot replace the old rows"), c->e);
	return 0;
}

static int
score_row(struct import_ctx *c, struct csv *in, const int *idx, void *arg)
{
	struct import_market m = {
		.cdi_share = -1, .cdd_share = -1, .interim_share = -1,
		.source = score_source, .year = c->year,
		.rome = csv_field(in, idx[C_ROME]),
	};
	char area[8];
	int rc;

	(void)arg;
	if (score_values(c, in, idx, &m) < 0)
		return -1;
	if (!import_imt_area(in, idx[C_TYPE], idx[C_AREA], &m.level, area,
			     sizeof area))
		return 0;
	m.area = area;
	if ((rc = import_has(c->s, TABLE_JOB_GROUPS, m.rome, c->e)) <= 0 ||
	    (rc = import_has_area(c->s, m.level, area, c->e)) <= 0)
		return rc;
	if (score_place(c, &m) < 0)
		return -1;
	return import_market(c->s, &m, c->e);
}

/* The rows of an earlier market_score import go; those that carry
 * employment_type shares stay as employment_type rows. */
static const char sql_score_clear[] =
	"UPDATE market SET offers = NULL, candidates = NULL, tension = NULL, "
	"seasonal_months = NULL, source = ?2 WHERE source = ?1 AND "
	"coalesce(cdi_share, cdd_share, interim_share) IS NOT NULL";
static const char sql_clear[] = "DELETE FROM market WHERE source = ?1";

static int
clear_rows(struct import_ctx *c, const char *sql, const char *source,
	   const char *other)
{
	return import_step(c, sql, source, other,
			   N_("cannot replace the old rows"));
}

static int
score_file(struct import_ctx *c, const char *path)
{
	if (clear_rows(c, sql_score_clear, score_source, types_source) < 0 ||
	    clear_rows(c, sql_clear, score_source, NULL) < 0 ||
	    import_each_some(c, path, ',', score_cols, score_row, NULL) < 0)
		return -1;
	return import_source_row(c, "imt", path, score_source,
				 import_counter(c, path)->kept);
}

/* --- employment_type.csv ------------------------------------------------- */

/* Each row gives the percent of the offers of one area x job group under
 * one kind of contract. 01 CDI; 02 and 03 CDD (up to 3 months, longer);
 * 04 temporary work (intérim); other kinds count in none of the three
 * shares. The shares of a row start at 0 and add up its rows. */
enum { E_AREA, E_TYPE, E_CONTRACT, E_PERCENT, E_ROME };
static const char *const types_cols[] = {
	"AREA_CODE", "AREA_TYPE_CODE", "CONTRACT_TYPE_CODE", "OFFERS_PERCENT",
	"ROME_PROFESSION_CARD_CODE", NULL
};

/* Add the shares ?4..?6 to the market_score or employment_type row of
 * the place; a row of another source (example figures) is replaced by a
 * row holding only the shares. */
static const char sql_shares[] =
	"INSERT INTO market (rome, level, area, cdi_share, cdd_share, "
	"interim_share, source, year, example) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?8, ?9, 0) "
	"ON CONFLICT (rome, level, area) DO UPDATE SET "
	"offers = CASE WHEN source IN (?7, ?8) THEN offers END, "
	"candidates = CASE WHEN source IN (?7, ?8) THEN candidates END, "
	"tension = CASE WHEN source IN (?7, ?8) THEN tension END, "
	"seasonal_months = CASE WHEN source IN (?7, ?8) THEN seasonal_months END, "
	"cdi_share = CASE WHEN source IN (?7, ?8) THEN coalesce(cdi_share, 0) "
	"ELSE 0 END + ?4, "
	"cdd_share = CASE WHEN source IN (?7, ?8) THEN coalesce(cdd_share, 0) "
	"ELSE 0 END + ?5, "
	"interim_share = CASE WHEN source IN (?7, ?8) THEN "
	"coalesce(interim_share, 0) ELSE 0 END + ?6, "
	"year = CASE WHEN source IN (?7, ?8) THEN year ELSE ?9 END, "
	"example = 0, "
	"source = CASE WHEN source IN (?7, ?8) THEN source ELSE ?8 END";

static void
contract_shares(const char *contract, double pc, double *share)
{
	share[0] = share[1] = share[2] = 0;
	if (strcmp(contract, "01") == 0)
		share[0] = pc;
	else if (strcmp(contract, "02") == 0 || strcmp(contract, "03") == 0)
		share[1] = pc;
	else if (strcmp(contract, "04") == 0)
		share[2] = pc;
}

static int
add_shares(struct import_ctx *c, const char *rome, const char *level,
	   const char *area, const double *share)
{
	sqlite3_stmt *st = store_stmt(c->s, sql_shares, c->e);

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, rome, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, level, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, area, -1, SQLITE_STATIC);
	for (int i = 0; i < 3; i++)
		sqlite3_bind_double(st, 4 + i, share[i]);
	sqlite3_bind_text(st, 7, score_source, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, types_source, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 9, c->year);
	if (sqlite3_step(st) != SQLITE_DONE)
		return store_fail(c->s, _("cannot add a market figure"), c->e);
	return 1;
}

static int
types_row(struct import_ctx *c, struct csv *in, const int *idx, void *arg)
{
	const char *rome = csv_field(in, idx[E_ROME]);
	double pc, share[3];
	char area[8], level[2] = "";
	int rc;

	(void)arg;
	rc = import_imt_percent(c, in, idx[E_PERCENT], "OFFERS_PERCENT", &pc);
	if (rc < 0)
		return -1;
	if (rc == 0 || !import_imt_area(in, idx[E_TYPE], idx[E_AREA], &level[0],
					area, sizeof area))
		return 0;
	if ((rc = import_has(c->s, TABLE_JOB_GROUPS, rome, c->e)) <= 0 ||
	    (rc = import_has_area(c->s, level[0], area, c->e)) <= 0)
		return rc;
	contract_shares(csv_field(in, idx[E_CONTRACT]), pc, share);
	return add_shares(c, rome, level, area, share);
}

/* The shares of an earlier employment_type import go, with the rows that
 * held only them. */
static const char sql_types_clear[] =
	"UPDATE market SET cdi_share = NULL, cdd_share = NULL, "
	"interim_share = NULL WHERE source = ?1";
static const char sql_types_count[] =
	"SELECT count(*) FROM market WHERE source IN (?1, ?2) AND "
	"coalesce(cdi_share, cdd_share, interim_share) IS NOT NULL";

static int
types_file(struct import_ctx *c, const char *path)
{
	sqlite3_stmt *st;
	long rows;

	if (clear_rows(c, sql_clear, types_source, NULL) < 0 ||
	    clear_rows(c, sql_types_clear, score_source, NULL) < 0 ||
	    import_each_some(c, path, ',', types_cols, types_row, NULL) < 0)
		return -1;
	st = store_stmt(c->s, sql_types_count, c->e);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, score_source, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, types_source, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_ROW)
		return store_fail(c->s, _("cannot count rows"), c->e);
	rows = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return import_source_row(c, "imt", path, types_source, rows);
}

/* --- Which file is which ------------------------------------------------- */

/* The kinds of IMT file, in the order a folder imports them (the shares
 * of employment_type go on the rows of market_score). SIG lists columns
 * that only this kind of file has: a header is of the kind whose columns
 * it holds most of (two at least), and that kind's reader then names any
 * column that is missing. */
enum { IMT_SCORE, IMT_TYPES, IMT_MODES, IMT_SALARIES, IMT__COUNT };
static const struct {
	const char *name;                  /* the official file name */
	const char *sig[6];
	int (*run)(struct import_ctx *c, const char *path);
} imt_kinds[IMT__COUNT] = {
	[IMT_SCORE] = { .name = "market_score.csv", .run = score_file,
			.sig = { "NB_APPLICATION_END_MONTH", "NB_OFFER_END_MONTH",
				 "TENSION_RATIO", "SEASONAL_JAN", "SEASONAL_DEC" } },
	[IMT_TYPES] = { .name = "employment_type.csv", .run = types_file,
			.sig = { "CONTRACT_TYPE_CODE", "OFFERS_PERCENT", "NB_OFFERS" } },
	[IMT_MODES] = { .name = "application_modes.csv", .run = import_imt_channels,
			.sig = { "APPLICATION_TYPE_CODE", "FAP_CODE", "RECRUT_PERCENT" } },
	[IMT_SALARIES] = { .name = "salaries.csv", .run = import_imt_salaries,
			   .sig = { "AGE_GROUP_CODE", "PCS_PROFESSION_CODE",
				    "MINIMUM_SALARY", "MAXIMUM_SALARY" } },
};

/* The kind of the header of IN; IMT__COUNT for none (or a tie). */
static int
header_kind(const struct csv *in)
{
	int best = IMT__COUNT, best_n = 0, tie = 0;

	for (int k = 0; k < IMT__COUNT; k++) {
		int n = 0;

		for (int i = 0; i < 6 && imt_kinds[k].sig[i] != NULL; i++)
			n += csv_column(in, imt_kinds[k].sig[i]) >= 0;
		if (n < 2)
			continue;     /* one column is no signature (bmo.csv has FAP_CODE) */
		if (n > best_n) {
			best = k;
			best_n = n;
			tie = 0;
		} else if (n == best_n) {
			tie = 1;
		}
	}
	return tie ? IMT__COUNT : best;
}

/* The kind of the file PATH; IMT__COUNT when it is no IMT file, -1 when
 * it cannot be read (E filled). */
static int
file_kind(const char *path, struct tr_err *e)
{
	struct csv *in = csv_open(path, ',', e);
	int rc, kind = IMT__COUNT;

	if (in == NULL)
		return -1;
	rc = csv_next(in, e);
	if (rc == 1)
		kind = header_kind(in);
	csv_close(in);
	return rc < 0 ? -1 : kind;
}

static int
not_imt(const char *path, struct tr_err *e)
{
	/* TRANSLATORS: the file names are the official ones, keep them. */
	return err_set(e, _("%s:1: not an IMT file: its header has the columns "
			    "of none of market_score.csv, employment_type.csv, "
			    "application_modes.csv, salaries.csv"), path);
}

static int
ends_csv(const char *name)
{
	size_t n = strlen(name);

	return n > 4 && strcasecmp(name + n - 4, ".csv") == 0;
}

/* One IMT file of the folder: its kind gets PATH, once. */
static int
scan_one(struct import_ctx *c, const char *path, char (*found)[4096])
{
	int k = file_kind(path, c->e);

	if (k < 0)
		return -1;
	if (k == IMT__COUNT)
		return 0;
	if (found[k][0] != '\0')
		/* TRANSLATORS: folder, kind, the two files of that kind. */
		return err_set(c->e, _("%s: two %s files, %s and %s; keep only one "
				       "in the folder"), c->path, imt_kinds[k].name,
			       found[k], path);
	snprintf(found[k], sizeof found[k], "%s", path);
	return 1;
}

/* Every IMT file of the folder c->path, by kind; at least one. */
static int
scan_folder(struct import_ctx *c, char (*found)[4096])
{
	char path[4096];
	struct dirent *d;
	DIR *dp = opendir(c->path);
	int rc = 0, n = 0;

	if (dp == NULL)
		return err_set(c->e, _("%s: cannot open the folder: %s"), c->path,
			       strerror(errno));
	while (rc >= 0 && (d = readdir(dp)) != NULL) {
		if (d->d_name[0] == '.' || !ends_csv(d->d_name))
			continue;
		rc = import_join(path, sizeof path, c->path, d->d_name, c->e);
		if (rc == 0)
			rc = scan_one(c, path, found);
		n += rc > 0;
	}
	closedir(dp);
	if (rc < 0)
		return -1;
	if (n == 0)
		return err_set(c->e, _("%s: no IMT file in this folder (market_score, "
				       "employment_type, application_modes, salaries; "
				       "recognised by their header)"), c->path);
	return 0;
}

int
import_imt(struct import_ctx *c)
{
	char found[IMT__COUNT][4096];
	int k, dir = import_is_dir(c->path, c->e);

	if (dir < 0)
		return -1;
	memset(found, 0, sizeof found);
	if (dir == 1 && scan_folder(c, found) < 0)
		return -1;
	if (dir == 0) {
		if ((k = file_kind(c->path, c->e)) < 0)
			return -1;
		if (k == IMT__COUNT)
			return not_imt(c->path, c->e);
		snprintf(found[k], sizeof found[k], "%s", c->path);
	}
	c->year = import_year(c);
	for (k = 0; k < IMT__COUNT; k++)
		if (found[k][0] != '\0' &&
		    imt_kinds[k].run(c, found[k]) < 0)
			return -1;
	c->source = NULL;      /* each file wrote its own sources row */
	return 0;
}
