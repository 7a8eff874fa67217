/* import-rows.c - one function per kind of row written into the reference
 * database (import-private.h), shared by the loader of the project's own
 * data and the importers of official files, so that a table is always
 * filled the same way. */
#include <config.h>

#include <string.h>

#include "i18n.h"
#include "import-private.h"
#include "store-private.h"
#include "text.h"

/* --- Rows ------------------------------------------------------------ */

/* Step an INSERT: 1 written, 0 refused by a UNIQUE or PRIMARY KEY
 * constraint (a duplicate), -1 other error. */
static int
step_insert(struct store *s, sqlite3_stmt *st, const char *what,
	    struct tr_err *e)
{
	int rc = sqlite3_step(st);

	if (rc == SQLITE_DONE)
		return 1;
	if (rc == SQLITE_CONSTRAINT_PRIMARYKEY || rc == SQLITE_CONSTRAINT_UNIQUE) {
		sqlite3_reset(st);
		return 0;
	}
	sqlite3_reset(st);
	return store_fail(s, what, e);
}

int
import_exec(struct store *s, const char *sql, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(s, sql, e);

	if (st == NULL)
		return -1;
	if (sqlite3_step(st) != SQLITE_DONE) {
		sqlite3_reset(st);
		return store_fail(s, _("cannot replace the old rows"), e);
	}
	return 0;
}

static const char sql_domain[] =
	"INSERT INTO domains (code, name) VALUES (?1, ?2)";
static const char sql_domain_name[] =
	"INSERT INTO domains (code, name) VALUES (?1, ?2) "
	"ON CONFLICT (code) DO UPDATE SET name = excluded.name";

static int
domain_row(struct store *s, const char *sql, const char *code,
	   const char *name, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(s, sql, e);

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
	return step_insert(s, st, _("cannot add a domain"), e);
}

int
import_domain(struct store *s, const char *code, const char *name,
	      struct tr_err *e)
{
	return domain_row(s, sql_domain, code, name, e);
}

int
import_domain_name(struct store *s, const char *code, const char *name,
		   struct tr_err *e)
{
	return domain_row(s, sql_domain_name, code, name, e);
}

static const char sql_group[] =
	"INSERT INTO job_groups (code, name, domain, diploma_required, "
	"diploma_level, licence_often, parent) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

int
import_group(struct store *s, const struct import_group *g, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(s, sql_group, e);
	const char *level = import_level_name(g->diploma_level);

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, g->code, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, g->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, g->code, 1, SQLITE_STATIC);
	sqlite3_bind_int(st, 4, g->diploma_required != 0);
	if (level != NULL)
		sqlite3_bind_text(st, 5, level, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 6, g->licence_often != 0);
	if (g->parent != NULL && g->parent[0] != '\0')
		sqlite3_bind_text(st, 7, g->parent, -1, SQLITE_STATIC);
	return step_insert(s, st, _("cannot add a job group"), e);
}

static const char sql_title[] =
	"INSERT INTO job_titles (code, title, folded, rank) VALUES (?1, ?2, ?3, ?4)";
static const char sql_word[] =
	"INSERT INTO title_words (word, title_id, pos) VALUES (?1, ?2, ?3)";

int
import_title_searchable(const char *title)
{
	char folded[1024];

	return text_fold(title, folded, sizeof folded) > 0;
}

int
import_title(struct store *s, const char *code, const char *title,
	     enum import_rank rank, struct tr_err *e)
{
	char folded[1024];
	sqlite3_stmt *st;
	sqlite3_int64 id;
	int rc, pos = 0;
	char *w, *save = NULL;

	text_fold(title, folded, sizeof folded);
	st = store_stmt(s, sql_title, e);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, title, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, folded, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 4, (int)rank);
	rc = step_insert(s, st, _("cannot add a job title"), e);
	if (rc <= 0)
		return rc;
	id = sqlite3_last_insert_rowid(store_db(s));
	for (w = strtok_r(folded, " ", &save); w != NULL;
	     w = strtok_r(NULL, " ", &save)) {
		st = store_stmt(s, sql_word, e);
		if (st == NULL)
			return -1;
		sqlite3_bind_text(st, 1, w, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, id);
		sqlite3_bind_int(st, 3, pos++);
		if (sqlite3_step(st) != SQLITE_DONE)
			return store_fail(s, _("cannot index a job title"), e);
	}
	return 1;
}

static const char sql_link[] =
	"INSERT INTO job_links (source, target, kind) VALUES (?1, ?2, ?3)";

int
import_link(struct store *s, const char *source, const char *target,
	    const char *kind, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(s, sql_link, e);

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, source, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, target, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, kind, -1, SQLITE_STATIC);
	return step_insert(s, st, _("cannot add a related-job link"), e);
}

static const char sql_text[] =
	"INSERT INTO job_texts (code, kind, position, text) VALUES (?1, ?2, ?3, ?4)";

int
import_text(struct store *s, const char *code, const char *kind,
	    long position, const char *text, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(s, sql_text, e);

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, position);
	sqlite3_bind_text(st, 4, text, -1, SQLITE_STATIC);
	return step_insert(s, st, _("cannot add a job text"), e);
}

static const char sql_region[] =
	"INSERT INTO regions (code, name) VALUES (?1, ?2)";

int
import_region(struct store *s, const char *code, const char *name,
	      struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(s, sql_region, e);

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
	return step_insert(s, st, _("cannot add a région"), e);
}

static const char sql_departement[] =
	"INSERT INTO departements (code, name, article, region, folded) "
	"VALUES (?1, ?2, ?3, ?4, ?5)";

int
import_departement(struct store *s, const char *code, const char *region,
		   int article, const char *name, struct tr_err *e)
{
	char folded[256];
	sqlite3_stmt *st = store_stmt(s, sql_departement, e);

	if (st == NULL)
		return -1;
	text_fold(name, folded, sizeof folded);
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, article);
	sqlite3_bind_text(st, 4, region, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, folded, -1, SQLITE_TRANSIENT);
	return step_insert(s, st, _("cannot add a département"), e);
}

static const char sql_market[] =
	"INSERT INTO market (rome, level, area, offers, candidates, tension, "
	"seasonal_months, cdi_share, cdd_share, interim_share, source, year, "
	"example) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";

static void
bind_real(sqlite3_stmt *st, int i, double v)
{
	if (v >= 0)
		sqlite3_bind_double(st, i, v);
}

int
import_market(struct store *s, const struct import_market *m, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(s, sql_market, e);
	char level[2] = { m->level, '\0' };

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, m->rome, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, level, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, m->area, -1, SQLITE_STATIC);
	if (m->offers >= 0)
		sqlite3_bind_int64(st, 4, m->offers);
	if (m->candidates >= 0)
		sqlite3_bind_int64(st, 5, m->candidates);
	bind_real(st, 6, m->tension);
	if (m->seasonal_months >= 0)
		sqlite3_bind_int(st, 7, m->seasonal_months);
	bind_real(st, 8, m->cdi_share);
	bind_real(st, 9, m->cdd_share);
	bind_real(st, 10, m->interim_share);
	sqlite3_bind_text(st, 11, m->source, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 12, m->year);
	sqlite3_bind_int(st, 13, m->example != 0);
	return step_insert(s, st, _("cannot add a market figure"), e);
}

static const char sql_channel[] =
	"INSERT INTO channels (rome, channel, share, source, year, example) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

int
import_channel(struct store *s, const char *rome, const char *channel,
	       double share, const struct import_origin *o, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(s, sql_channel, e);

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, rome, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, channel, -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 3, share);
	sqlite3_bind_text(st, 4, o->source, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 5, o->year);
	sqlite3_bind_int(st, 6, o->example != 0);
	return step_insert(s, st, _("cannot add a hiring channel"), e);
}

static const char sql_salary[] =
	"INSERT INTO salaries (rome, level, area, age_group, minimum, maximum, "
	"source, year, example) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

int
import_salary(struct store *s, const struct import_salary *r,
	      const struct import_origin *o, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(s, sql_salary, e);
	char level[2] = { r->level, '\0' };

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, r->rome, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, level, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, r->area, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, r->age_group, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, r->minimum);
	sqlite3_bind_int64(st, 6, r->maximum);
	sqlite3_bind_text(st, 7, o->source, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 8, o->year);
	sqlite3_bind_int(st, 9, o->example != 0);
	return step_insert(s, st, _("cannot add a salary figure"), e);
}

static const char sql_recruitment[] =
	"INSERT INTO recruitment (rome, departement, projects, hard_share, "
	"seasonal_share, source, year, example) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

int
import_recruitment(struct store *s, const char *rome, const char *dep,
		   double projects, double hard_share, double seasonal_share,
		   const struct import_origin *o, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(s, sql_recruitment, e);

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, rome, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, dep, -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 3, projects);
	bind_real(st, 4, hard_share);
	bind_real(st, 5, seasonal_share);
	sqlite3_bind_text(st, 6, o->source, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 7, o->year);
	sqlite3_bind_int(st, 8, o->example != 0);
	return step_insert(s, st, _("cannot add a recruitment figure"), e);
}

static const char *const sql_has[] = {
	[TABLE_DOMAINS] = "SELECT 1 FROM domains WHERE code = ?1",
	[TABLE_JOB_GROUPS] = "SELECT 1 FROM job_groups WHERE code = ?1",
	[TABLE_REGIONS] = "SELECT 1 FROM regions WHERE code = ?1",
	[TABLE_DEPARTEMENTS] = "SELECT 1 FROM departements WHERE code = ?1",
};

int
import_has(struct store *s, enum import_table t, const char *code,
	   struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(s, sql_has[t], e);

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	return store_one(s, st, sqlite3_step(st), N_("cannot read the database"),
			 e);
}

int
import_has_area(struct store *s, char level, const char *area,
		struct tr_err *e)
{
	switch (level) {
	case 'D': return import_has(s, TABLE_DEPARTEMENTS, area, e);
	case 'R': return import_has(s, TABLE_REGIONS, area, e);
	case 'F': return area[0] == '\0';
	default: return 0;
	}
}
