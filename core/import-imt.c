/* import-imt.c - labour-market figures of France Travail's IMT open data:
 * market_score.csv (offers, applications, tension and seasonality per
 * area x ROME job group) and, when PATH is a folder holding it,
 * employment_type.csv (the mix of contracts of the offers).
 *
 * The import replaces the market rows of its own source; an official row
 * replaces a row of another source (an example figure) for the same job
 * group and area. Rows of an unknown job group or area, or of another
 * kind of area, are skipped and counted. */
#include <config.h>

#include <string.h>

#include "i18n.h"
#include "import-private.h"
#include "store-private.h"

static const char imt_source[] = "France Travail, IMT (market_score)";

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

/* The area of a row: LEVEL D, R or F and its code in AREA ("" for F;
 * "9" reads "09"). 0 when the row is of another kind of area. */
static int
row_area(struct csv *in, const int *idx, char *level, char *area, size_t len)
{
	const char *type = csv_field(in, idx[0]), *code = csv_field(in, idx[1]);

	if (strlen(type) != 1 || strchr("DRF", type[0]) == NULL)
		return 0;
	*level = type[0];
	if (*level == 'F')
		snprintf(area, len, "%s", "");
	else if (strlen(code) == 1 && code[0] >= '0' && code[0] <= '9')
		snprintf(area, len, "0%s", code);
	else
		snprintf(area, len, "%s", code);
	return 1;
}

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

static const char sql_replace[] =
	"DELETE FROM market WHERE rome = ?1 AND level = ?2 AND area = ?3 "
	"AND source <> ?4";

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

static int
score_row(struct import_ctx *c, struct csv *in, const int *idx, void *arg)
{
	struct import_market m;
	char area[8], level[2] = "";
	int area_idx[2] = { idx[C_TYPE], idx[C_AREA] };
	sqlite3_stmt *st;
	int rc;

	(void)arg;
	memset(&m, 0, sizeof m);
	m.cdi_share = m.cdd_share = m.interim_share = -1;
	m.source = imt_source;
	m.year = c->year;
	m.rome = csv_field(in, idx[C_ROME]);
	if (score_values(c, in, idx, &m) < 0)
		return -1;
	if (!row_area(in, area_idx, &m.level, area, sizeof area))
		return 0;
	m.area = area;
	level[0] = m.level;
	if ((rc = import_has_group(c->s, m.rome, c->e)) <= 0 ||
	    (rc = import_has_area(c->s, m.level, area, c->e)) <= 0)
		return rc;
	st = store_stmt(c->s, sql_replace, c->e);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, m.rome, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, level, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, area, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, imt_source, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		return store_fail(c->s, _("cannot replace the old rows"), c->e);
	return import_market(c->s, &m, c->e);
}

/* employment_type.csv: each row gives the percent of the offers of one
 * area x job group under one kind of contract. 01 CDI; 02 and 03 CDD (up
 * to 3 months, longer); 04 temporary work (intérim); other kinds count in
 * none of the three shares. The shares of a row of market_score.csv
 * start at 0 and add up its employment rows. */
enum { E_AREA, E_TYPE, E_CONTRACT, E_PERCENT, E_ROME };
static const char *const type_cols[] = {
	"AREA_CODE", "AREA_TYPE_CODE", "CONTRACT_TYPE_CODE", "OFFERS_PERCENT",
	"ROME_PROFESSION_CARD_CODE", NULL
};

static const char sql_shares[] =
	"UPDATE market SET cdi_share = coalesce(cdi_share, 0) + ?4, "
	"cdd_share = coalesce(cdd_share, 0) + ?5, "
	"interim_share = coalesce(interim_share, 0) + ?6 "
	"WHERE rome = ?1 AND level = ?2 AND area = ?3 AND source = ?7";

static int
type_row(struct import_ctx *c, struct csv *in, const int *idx, void *arg)
{
	const char *contract = csv_field(in, idx[E_CONTRACT]);
	int area_idx[2] = { idx[E_TYPE], idx[E_AREA] };
	double pc, share[3] = { 0, 0, 0 };
	char area[8], level[2] = "";
	sqlite3_stmt *st;
	int rc;

	(void)arg;
	rc = import_double(csv_field(in, idx[E_PERCENT]), &pc);
	if (rc < 0 || (rc == 1 && (pc < 0 || pc > 100)))
		return import_row_err(in, c->e, _("%s '%s' is not a percent between "
						  "0 and 100"), "OFFERS_PERCENT",
				      csv_field(in, idx[E_PERCENT]));
	if (rc == 0 || !row_area(in, area_idx, &level[0], area, sizeof area))
		return 0;
	if (strcmp(contract, "01") == 0)
		share[0] = pc;
	else if (strcmp(contract, "02") == 0 || strcmp(contract, "03") == 0)
		share[1] = pc;
	else if (strcmp(contract, "04") == 0)
		share[2] = pc;
	st = store_stmt(c->s, sql_shares, c->e);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, csv_field(in, idx[E_ROME]), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, level, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, area, -1, SQLITE_STATIC);
	for (int i = 0; i < 3; i++)
		sqlite3_bind_double(st, 4 + i, share[i]);
	sqlite3_bind_text(st, 7, imt_source, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		return store_fail(c->s, _("cannot add a market figure"), c->e);
	return sqlite3_changes(store_db(c->s)) > 0;
}

static const char sql_clear[] = "DELETE FROM market WHERE source = ?1";

int
import_imt(struct import_ctx *c)
{
	char score[4096], types[4096] = "";
	sqlite3_stmt *st;
	int rc = import_is_dir(c->path, c->e);

	if (rc < 0)
		return -1;
	if (rc == 1) {
		if (import_glob(c->path, "market_score.csv", score, sizeof score, c->e) < 0)
			return -1;
		if (import_glob(c->path, "employment_type.csv", types, sizeof types,
				NULL) < 0)
			types[0] = '\0';
	} else {
		snprintf(score, sizeof score, "%s", c->path);
	}
	c->source = imt_source;
	c->year = import_year(c);
	st = store_stmt(c->s, sql_clear, c->e);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, imt_source, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		return store_fail(c->s, _("cannot replace the old rows"), c->e);
	if (import_each(c, score, ',', score_cols, score_row, NULL) < 0)
		return -1;
	c->rows = import_counter(c, score)->kept;
	if (types[0] != '\0' &&
	    import_each(c, types, ',', type_cols, type_row, NULL) < 0)
		return -1;
	return 0;
}
