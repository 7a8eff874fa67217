/* market.c - labour-market figures and geography. See market.h. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "market.h"
#include "market-private.h"
#include "text.h"

/* ---- départements ---- */

static const char sql_departement[] =
	"SELECT d.code, d.name, d.article, d.region, r.name, d.folded "
	"FROM departements d JOIN regions r ON r.code = d.region";

static const char sql_departement_one[] =
	"SELECT d.code, d.name, d.article, d.region, r.name, d.folded "
	"FROM departements d JOIN regions r ON r.code = d.region WHERE d.code = ?1";

static void
read_departement(sqlite3_stmt *st, struct departement *out)
{
	store_column(st, 0, out->code, sizeof out->code);
	store_column(st, 1, out->name, sizeof out->name);
	out->article = sqlite3_column_int(st, 2);
	store_column(st, 3, out->region, sizeof out->region);
	store_column(st, 4, out->region_name, sizeof out->region_name);
}

int
market_departement(struct store *s, const char *code, struct departement *out,
		   struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(s, sql_departement_one, e);
	int rc;

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_departement(st, out);
	return store_one(s, st, rc, N_("cannot read a département"), e);
}

/* How well département D (folded name FOLDED) answers query Q (folded):
 * 3 the code itself, 2 the name starts with Q, 1 every word of Q starts
 * a word of the name or the code starts with Q, 0 no match. */
static int
departement_match(const char *code, const char *folded, const char *q,
		  const char *raw)
{
	size_t ql = strlen(q);
	const char *qw;

	if (strcmp(code, raw) == 0)
		return 3;
	if (ql == 0)
		return 0;
	if (strncmp(folded, q, ql) == 0)
		return 2;
	if (strncmp(code, raw, strlen(raw)) == 0 && raw[0] != '\0')
		return 1;
	for (qw = q; *qw;) {
		size_t wl = strcspn(qw, " ");
		const char *w = folded;
		int found = 0;

		while (*w && !found) {
			size_t fl = strcspn(w, " ");

			found = fl >= wl && strncmp(w, qw, wl) == 0;
			w += fl;
			while (*w == ' ')
				w++;
		}
		if (!found)
			return 0;
		qw += wl;
		while (*qw == ' ')
			qw++;
	}
	return 1;
}

/* The départements that postcode PC (five digits) can belong to, into
 * CODES: its first two digits, or three for the overseas ones (971 to
 * 976); 20 is Corsica, whose postcodes do not say 2A or 2B on their own,
 * so both are offered. Returns how many, 0 when PC is not a postcode. */
static int
postcode_codes(const char *pc, char codes[2][4])
{
	for (int i = 0; i < 5; i++)
		if (pc[i] < '0' || pc[i] > '9')
			return 0;
	if (pc[5] != '\0')
		return 0;
	if (pc[0] == '2' && pc[1] == '0') {
		memcpy(codes[0], "2A", 3);
		memcpy(codes[1], "2B", 3);
		return 2;
	}
	if (pc[0] == '9' && pc[1] == '7') {
		snprintf(codes[0], 4, "%.3s", pc);
		return 1;
	}
	snprintf(codes[0], 4, "%.2s", pc);
	return 1;
}

/* QUERY as a postcode: how many of its départements are in OUT (MAX),
 * -2 when QUERY is not a postcode, -1 on error (E filled). */
static int
find_by_postcode(struct store *s, const char *query, struct departement *out,
		 int max, struct tr_err *e)
{
	char codes[2][4];
	int nc = postcode_codes(query, codes), n = 0;

	if (nc == 0)
		return -2;
	for (int i = 0; i < nc && n < max; i++) {
		int rc = market_departement(s, codes[i], &out[n], e);

		if (rc < 0)
			return -1;
		n += rc;
	}
	return n;
}

int
market_find_departements(struct store *s, const char *query,
			 struct departement *out, int max, struct tr_err *e)
{
	struct departement best[128];
	int rank[128];
	char q[128], raw[8];
	sqlite3_stmt *st;
	int n = 0, rc;

	n = find_by_postcode(s, query, out, max, e);
	if (n != -2)
		return n;
	n = 0;
	text_fold(query, q, sizeof q);
	/* Codes are compared as typed, upper case: "2a" means 2A. */
	snprintf(raw, sizeof raw, "%s", query);
	for (char *p = raw; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
	st = store_stmt(s, sql_departement, e);
	if (st == NULL)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && n < 128) {
		int r = departement_match((const char *)sqlite3_column_text(st, 0),
					  (const char *)sqlite3_column_text(st, 5), q, raw);
		int i;

		if (r == 0)
			continue;
		/* Keep best rank first, then in code order (rows come in code
		 * order from the primary key). */
		for (i = n; i > 0 && rank[i - 1] < r; i--) {
			best[i] = best[i - 1];
			rank[i] = rank[i - 1];
		}
		read_departement(st, &best[i]);
		rank[i] = r;
		n++;
	}
	if (store_rows(s, st, rc, 0, N_("cannot read the départements"), e) < 0)
		return -1;
	if (n > max)
		n = max;
	memcpy(out, best, (size_t)n * sizeof *out);
	return n;
}

/* ---- market figures ---- */

#define FIGURE_COLUMNS MARKET_FIGURE_COLUMNS

#define FIGURE_CODE MARKET_OWN_OR_PARENT("market")

/* Département, then its région, then France: the first row wins. */
static const char sql_lookup[] =
	FIGURE_CODE
	"SELECT " FIGURE_COLUMNS ", d.name FROM market m "
	"JOIN departements d ON d.code = m.area "
	"WHERE m.rome = (SELECT code FROM k) AND m.level = 'D' AND m.area = ?2 "
	"AND m.tension IS NOT NULL "
	"UNION ALL "
	"SELECT " FIGURE_COLUMNS ", r.name FROM market m "
	"JOIN regions r ON r.code = m.area "
	"WHERE m.rome = (SELECT code FROM k) AND m.level = 'R' AND m.tension IS NOT NULL "
	"AND m.area = (SELECT region FROM departements WHERE code = ?2) "
	"UNION ALL "
	"SELECT " FIGURE_COLUMNS ", '' FROM market m "
	"WHERE m.rome = (SELECT code FROM k) AND m.level = 'F' AND m.tension IS NOT NULL "
	"LIMIT 1";

/* Every département and région figure within reach, best first.
 * ?2: 1 the région ?3 only, 2 all of France. */
static const char sql_best[] =
	FIGURE_CODE
	"SELECT " FIGURE_COLUMNS ", coalesce(d.name, r.name, '') FROM market m "
	"LEFT JOIN departements d ON m.level = 'D' AND d.code = m.area "
	"LEFT JOIN regions r ON m.level = 'R' AND r.code = m.area "
	"WHERE m.rome = (SELECT code FROM k) AND m.tension IS NOT NULL "
	"AND m.level IN ('D', 'R') "
	"AND (?2 = 2 OR (m.level = 'D' AND d.region = ?3) OR (m.level = 'R' AND m.area = ?3)) "
	"ORDER BY m.tension DESC, m.level, m.area LIMIT ?4";

double
market_column_real(sqlite3_stmt *st, int i)
{
	return sqlite3_column_type(st, i) == SQLITE_NULL ? -1.0 : sqlite3_column_double(st, i);
}

int
market_column_int(sqlite3_stmt *st, int i)
{
	return sqlite3_column_type(st, i) == SQLITE_NULL ? -1 : sqlite3_column_int(st, i);
}

void
market_read_figure(sqlite3_stmt *st, int col, const char *asked,
		   struct market_figure *out)
{
	const char *level = (const char *)sqlite3_column_text(st, col + 1);

	store_column(st, col, out->rome, sizeof out->rome);
	out->level = level[0] == 'D' ? AREA_DEPARTEMENT
		: level[0] == 'R' ? AREA_REGION : AREA_FRANCE;
	store_column(st, col + 2, out->area, sizeof out->area);
	out->offers = market_column_int(st, col + 3);
	out->candidates = market_column_int(st, col + 4);
	out->tension = market_column_real(st, col + 5);
	out->seasonal_months = market_column_int(st, col + 6);
	out->cdi_share = market_column_real(st, col + 7);
	out->cdd_share = market_column_real(st, col + 8);
	out->interim_share = market_column_real(st, col + 9);
	store_column(st, col + 10, out->source, sizeof out->source);
	out->year = sqlite3_column_int(st, col + 11);
	out->example = sqlite3_column_int(st, col + 12);
	if (out->level == AREA_FRANCE)
		snprintf(out->area_name, sizeof out->area_name, "%s", _("France"));
	else
		store_column(st, col + 13, out->area_name, sizeof out->area_name);
	market_sheet(out->sheet, out->rome, asked);
}

void
market_sheet(char *sheet, const char *rome, const char *asked)
{
	snprintf(sheet, 6, "%s", asked != NULL && strcmp(asked, rome) != 0 ? asked : "");
}

sqlite3_stmt *
market_stmt(struct store *s, const char *sql, const char *rome, const char *dep,
	    struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(s, sql, e);

	if (st == NULL)
		return NULL;
	sqlite3_bind_text(st, 1, rome, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, dep ? dep : "", -1, SQLITE_STATIC);
	return st;
}

int
market_lookup(struct store *s, const char *rome, const char *dep,
	      struct market_figure *out, struct tr_err *e)
{
	sqlite3_stmt *st = market_stmt(s, sql_lookup, rome, dep, e);
	int rc;

	if (st == NULL)
		return -1;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		market_read_figure(st, 0, rome, out);
	return store_one(s, st, rc, N_("cannot read market figures"), e);
}

int
market_best_within(struct store *s, const char *rome, const char *dep,
		   enum market_reach reach, struct market_figure *out, int max,
		   struct tr_err *e)
{
	struct departement d;
	sqlite3_stmt *st;
	int n = 0, rc;

	if (max <= 0)
		return 0;
	if (reach == REACH_DEPARTEMENT)
		return market_lookup(s, rome, dep, out, e);
	d.region[0] = '\0';
	if (reach == REACH_REGION && dep != NULL &&
	    (rc = market_departement(s, dep, &d, e)) <= 0) {
		if (rc < 0)
			return -1;
		return market_lookup(s, rome, NULL, out, e);
	}
	st = store_stmt(s, sql_best, e);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, rome, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, reach == REACH_COUNTRY ? 2 : 1);
	sqlite3_bind_text(st, 3, d.region, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 4, max);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && n < max)
		market_read_figure(st, 0, rome, &out[n++]);
	if (store_rows(s, st, rc, 0, N_("cannot read market figures"), e) < 0)
		return -1;
	/* Nothing finer than France within reach: the national figure. */
	if (n == 0)
		return market_lookup(s, rome, dep, out, e);
	return n;
}

double
market_tension(const struct market_figure *m)
{
	if (m->tension >= 0)
		return m->tension;
	if (m->offers >= 0 && m->candidates > 0)
		return 10.0 * m->offers / m->candidates;
	return -1;
}
