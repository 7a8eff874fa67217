/* market-advice.c - the market lookups the advice reads: related jobs
 * ranked by their market within reach, busy months, hiring channels,
 * salary ranges and recruitment projects. See market.h. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "market-private.h"

/* ---- related jobs within reach ---- */

/* Every figure within reach of every related job of ?1 (?2: 0 the
 * département ?4, its région ?3 and France; 1 the région ?3 and France;
 * 2 all of France), its own and its v3 group's; a related job with none
 * comes once with NULL figure columns. The best is chosen in C: sorting
 * in SQL costs two temporary B-trees per call. */
static const char sql_related[] =
	"SELECT l.target, g.name, l.kind, " MARKET_FIGURE_COLUMNS ", "
	"coalesce(d.name, r.name, '') FROM job_links l "
	"JOIN job_groups g ON g.code = l.target "
	"LEFT JOIN market m ON m.rome IN (l.target, g.parent) AND m.tension IS NOT NULL "
	"AND (m.level = 'F' OR (m.level = 'D' AND (?2 = 2 OR m.area = ?4 OR (?2 = 1 AND "
	"m.area IN (SELECT code FROM departements WHERE region = ?3)))) "
	"OR (m.level = 'R' AND (?2 = 2 OR m.area = ?3))) "
	"LEFT JOIN departements d ON m.level = 'D' AND d.code = m.area "
	"LEFT JOIN regions r ON m.level = 'R' AND r.code = m.area "
	"WHERE l.source = ?1";

#define RELATED_MAX 64

struct candidate {
	struct market_related r;
	int rank;                     /* lower is better: own figure, area */
};

/* How a figure ranks for its job, before the tension: the job's own
 * figures before its v3 group's; near areas before France (with REACH
 * département, the département before its région). */
static int
area_rank(const struct market_related *r, enum market_reach reach)
{
	int own = r->figure.sheet[0] == '\0' ? 0 : 4;

	if (r->figure.level == AREA_FRANCE)
		return own + 2;
	return own + (reach == REACH_DEPARTEMENT && r->figure.level == AREA_REGION);
}

/* Is candidate A a better figure for its job than B? */
static int
better_figure(const struct candidate *a, const struct candidate *b)
{
	if (a->rank != b->rank)
		return a->rank < b->rank;
	return a->r.figure.tension > b->r.figure.tension;
}

/* Best jobs first: by tension, then offers; no figure last. */
static int
cmp_related(const void *pa, const void *pb)
{
	const struct market_related *a = &((const struct candidate *)pa)->r;
	const struct market_related *b = &((const struct candidate *)pb)->r;
	double ta = a->has_figure ? market_tension(&a->figure) : -1;
	double tb = b->has_figure ? market_tension(&b->figure) : -1;

	if (ta != tb)
		return ta < tb ? 1 : -1;
	if (a->figure.offers != b->figure.offers)
		return a->figure.offers < b->figure.offers ? 1 : -1;
	if (a->evolution != b->evolution)
		return a->evolution - b->evolution;
	return strcmp(a->name, b->name);
}

/* Read one row into C (a new job, or another figure of the last one). */
static void
read_candidate(sqlite3_stmt *st, enum market_reach reach, struct candidate *c)
{
	struct market_related *r = &c->r;

	memset(c, 0, sizeof *c);
	store_column(st, 0, r->code, sizeof r->code);
	store_column(st, 1, r->name, sizeof r->name);
	r->evolution = strcmp((const char *)sqlite3_column_text(st, 2), "evolution") == 0;
	r->has_figure = sqlite3_column_type(st, 3) != SQLITE_NULL;
	r->better = -1;
	if (r->has_figure)
		market_read_figure(st, 3, r->code, &r->figure);
	else
		r->figure.offers = -1;
	c->rank = area_rank(r, reach);
}

/* Collect the best figure of each related job into CAND; returns how
 * many jobs, -1 on a store error. */
static int
collect(struct store *s, sqlite3_stmt *st, enum market_reach reach,
	struct candidate *cand, struct tr_err *e)
{
	struct candidate c;
	int n = 0, rc, i;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		read_candidate(st, reach, &c);
		for (i = 0; i < n && strcmp(cand[i].r.code, c.r.code) != 0; i++)
			;
		if (i == n && n < RELATED_MAX)
			cand[n++] = c;
		else if (i < n && c.r.has_figure &&
			 (!cand[i].r.has_figure || better_figure(&c, &cand[i])))
			cand[i] = c;
	}
	return store_rows(s, st, rc, n, N_("cannot read related jobs"), e);
}

static int
compare(const struct market_figure *m, const struct market_figure *target)
{
	double a = market_tension(m), b = target ? market_tension(target) : -1;

	if (a < 0 || b < 0)
		return -1;
	return a > b + 1e-9;
}

int
market_related_within(struct store *s, const char *rome, const char *dep,
		      enum market_reach reach, const struct market_figure *target,
		      struct market_related *out, int max, struct tr_err *e)
{
	struct candidate cand[RELATED_MAX];
	struct departement d;
	sqlite3_stmt *st;
	int n;

	if (max <= 0)
		return 0;
	d.region[0] = '\0';
	if (dep != NULL && dep[0] != '\0' && market_departement(s, dep, &d, e) < 0)
		return -1;
	st = store_stmt(s, sql_related, e);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, rome, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, reach == REACH_COUNTRY ? 2 : reach == REACH_REGION ? 1 : 0);
	sqlite3_bind_text(st, 3, d.region, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, dep ? dep : "", -1, SQLITE_STATIC);
	n = collect(s, st, reach, cand, e);
	if (n < 0)
		return -1;
	qsort(cand, (size_t)n, sizeof cand[0], cmp_related);
	if (n > max)
		n = max;
	for (int i = 0; i < n; i++) {
		double t = target ? market_tension(target) : -1;

		out[i] = cand[i].r;
		out[i].ratio = -1;
		if (!out[i].has_figure)
			continue;
		out[i].better = compare(&out[i].figure, target);
		if (t > 0 && market_tension(&out[i].figure) >= 0)
			out[i].ratio = market_tension(&out[i].figure) / t;
	}
	return n;
}

/* ---- busy months ---- */

int
market_busy_months(const struct market_figure *m, int months[12])
{
	int n = 0;

	if (m->seasonal_months <= 0)
		return 0;
	for (int i = 0; i < 12; i++)
		if (m->seasonal_months & (1 << i))
			months[n++] = i;
	return n;
}

/* ---- hiring channels ---- */

static const char *const channel_names[CHANNEL__COUNT] = {
	[CHANNEL_SPONTANEOUS] = "spontaneous",
	[CHANNEL_INTERMEDIARIES] = "intermediaries",
	[CHANNEL_NETWORK] = "network",
	[CHANNEL_OTHER] = "other",
};

static const char sql_channels[] =
	MARKET_OWN_OR_PARENT("channels")
	"SELECT channel, share, rome, source, year, example FROM channels "
	"WHERE rome = (SELECT code FROM k) ORDER BY share DESC, channel";

static int
channel_kind(const char *name)
{
	for (int i = 0; i < CHANNEL__COUNT; i++)
		if (strcmp(name, channel_names[i]) == 0)
			return i;
	return -1;
}

int
market_channels(struct store *s, const char *rome, struct market_channel *out,
		struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(s, sql_channels, e);
	int n = 0, rc, kind;

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, rome, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && n < CHANNEL__COUNT) {
		struct market_channel *c = &out[n];

		kind = channel_kind((const char *)sqlite3_column_text(st, 0));
		if (kind < 0)
			continue;
		c->kind = (enum market_channel_kind)kind;
		c->share = sqlite3_column_double(st, 1);
		store_column(st, 2, c->rome, sizeof c->rome);
		market_sheet(c->sheet, c->rome, rome);
		store_column(st, 3, c->source, sizeof c->source);
		c->year = sqlite3_column_int(st, 4);
		c->example = sqlite3_column_int(st, 5);
		n++;
	}
	return store_rows(s, st, rc, n, N_("cannot read the hiring channels"), e);
}

/* ---- salaries ---- */

/* Département ?2, then its région, then France, for age group ?3. */
static const char sql_salary[] =
	MARKET_OWN_OR_PARENT("salaries")
	"SELECT x.rome, x.level, x.area, x.minimum, x.maximum, x.source, x.year, "
	"x.example, d.name FROM salaries x JOIN departements d ON d.code = x.area "
	"WHERE x.rome = (SELECT code FROM k) AND x.level = 'D' AND x.area = ?2 "
	"AND x.age_group = ?3 "
	"UNION ALL "
	"SELECT x.rome, x.level, x.area, x.minimum, x.maximum, x.source, x.year, "
	"x.example, r.name FROM salaries x JOIN regions r ON r.code = x.area "
	"WHERE x.rome = (SELECT code FROM k) AND x.level = 'R' AND x.age_group = ?3 "
	"AND x.area = (SELECT region FROM departements WHERE code = ?2) "
	"UNION ALL "
	"SELECT x.rome, x.level, x.area, x.minimum, x.maximum, x.source, x.year, "
	"x.example, '' FROM salaries x "
	"WHERE x.rome = (SELECT code FROM k) AND x.level = 'F' AND x.age_group = ?3 "
	"LIMIT 1";

static void
read_salary(sqlite3_stmt *st, const char *rome, struct market_salary *out)
{
	const char *level = (const char *)sqlite3_column_text(st, 1);

	store_column(st, 0, out->rome, sizeof out->rome);
	market_sheet(out->sheet, out->rome, rome);
	out->level = level[0] == 'D' ? AREA_DEPARTEMENT
		: level[0] == 'R' ? AREA_REGION : AREA_FRANCE;
	store_column(st, 2, out->area, sizeof out->area);
	out->minimum = sqlite3_column_int(st, 3);
	out->maximum = sqlite3_column_int(st, 4);
	store_column(st, 5, out->source, sizeof out->source);
	out->year = sqlite3_column_int(st, 6);
	out->example = sqlite3_column_int(st, 7);
	if (out->level == AREA_FRANCE)
		snprintf(out->area_name, sizeof out->area_name, "%s", _("France"));
	else
		store_column(st, 8, out->area_name, sizeof out->area_name);
}

int
market_salary(struct store *s, const char *rome, const char *dep, int age,
	      struct market_salary *out, struct tr_err *e)
{
	sqlite3_stmt *st = market_stmt(s, sql_salary, rome, dep, e);
	int rc;

	if (st == NULL)
		return -1;
	out->from35 = age < 0 || age >= 35;
	sqlite3_bind_text(st, 3, out->from35 ? "from35" : "under35", -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_salary(st, rome, out);
	return store_one(s, st, rc, N_("cannot read the salaries"), e);
}

/* ---- recruitment projects ---- */

static const char sql_projects[] =
	MARKET_OWN_OR_PARENT("recruitment")
	"SELECT rome, departement, projects, hard_share, seasonal_share, source, "
	"year, example FROM recruitment "
	"WHERE rome = (SELECT code FROM k) AND departement = ?2";

int
market_projects(struct store *s, const char *rome, const char *dep,
		struct market_projects *out, struct tr_err *e)
{
	sqlite3_stmt *st = market_stmt(s, sql_projects, rome, dep, e);
	int rc;

	if (st == NULL)
		return -1;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		store_column(st, 0, out->rome, sizeof out->rome);
		market_sheet(out->sheet, out->rome, rome);
		store_column(st, 1, out->departement, sizeof out->departement);
		out->projects = sqlite3_column_double(st, 2);
		out->hard_share = market_column_real(st, 3);
		out->seasonal_share = market_column_real(st, 4);
		store_column(st, 5, out->source, sizeof out->source);
		out->year = sqlite3_column_int(st, 6);
		out->example = sqlite3_column_int(st, 7);
	}
	return store_one(s, st, rc, N_("cannot read the recruitment projects"), e);
}
