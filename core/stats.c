/* stats.c - what the reference database holds, and its consistency
 * checks: `tremplin data stats` and `tremplin data check`. */
#include <config.h>

#include <stdio.h>

#include "i18n.h"
#include "store-private.h"

static const struct {
	const char *table;
	const char *sql;
} counted[] = {
	{ "domains", "SELECT count(*) FROM domains" },
	{ "job_groups", "SELECT count(*) FROM job_groups" },
	{ "job_titles", "SELECT count(*) FROM job_titles" },
	{ "job_links", "SELECT count(*) FROM job_links" },
	{ "job_texts", "SELECT count(*) FROM job_texts" },
	{ "regions", "SELECT count(*) FROM regions" },
	{ "departements", "SELECT count(*) FROM departements" },
	{ "market", "SELECT count(*) FROM market" },
	{ "recruitment", "SELECT count(*) FROM recruitment" },
	{ "channels", "SELECT count(*) FROM channels" },
	{ "salaries", "SELECT count(*) FROM salaries" },
};
_Static_assert(sizeof counted / sizeof counted[0] == STORE_NTABLES,
	       "STORE_NTABLES counts the reference tables");

const char *
store_table_name(int i)
{
	return i >= 0 && i < STORE_NTABLES ? counted[i].table : "";
}

int
store_count_tables(struct store *s, long long *n, struct tr_err *e)
{
	for (int i = 0; i < STORE_NTABLES; i++) {
		sqlite3_stmt *st = store_stmt(s, counted[i].sql, e);

		if (st == NULL)
			return -1;
		if (sqlite3_step(st) != SQLITE_ROW)
			return store_fail(s, _("cannot count rows"), e);
		n[i] = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);         /* no read left open on the table */
	}
	return 0;
}

static const char sql_sources[] =
	"SELECT kind, source, year, example, rows, imported, path, release "
	"FROM sources "
	"ORDER BY rowid";

/* One row of sql_sources as a line of `data stats`. */
static void
source_line(sqlite3_stmt *st, char *buf, size_t len)
{
	const char *release = (const char *)sqlite3_column_text(st, 7);
	char rel[64] = "";

	if (release != NULL && release[0] != '\0')
		/* TRANSLATORS: the publisher's release of the data, as
		 * in "release 461"; it follows the source name. */
		snprintf(rel, sizeof rel, _(" release %s"), release);
	/* TRANSLATORS: kind, source name, its release (" release 461" or
	 * ""), year, rows, import date, path; the last %s is " (example
	 * figures)" or "". */
	snprintf(buf, len, _("  %-8s %s%s, %d, %d rows, imported %s from %s%s"),
		 (const char *)sqlite3_column_text(st, 0),
		 (const char *)sqlite3_column_text(st, 1), rel,
		 sqlite3_column_int(st, 2), sqlite3_column_int(st, 4),
		 (const char *)sqlite3_column_text(st, 5),
		 (const char *)sqlite3_column_text(st, 6),
		 sqlite3_column_int(st, 3) ? _(" (example figures)") : "");
}

int
store_stats(struct store *s, void (*line)(const char *text, void *arg),
	    void *arg, struct tr_err *e)
{
	char buf[1024];
	long long n[STORE_NTABLES];
	sqlite3_stmt *st;
	int rc;

	snprintf(buf, sizeof buf, _("Database: %s (schema version %d)"),
		 store_path(s), STORE_SCHEMA_VERSION);
	line(buf, arg);
	if (store_count_tables(s, n, e) < 0)
		return -1;
	for (int i = 0; i < STORE_NTABLES; i++) {
		snprintf(buf, sizeof buf, "  %-14s %8lld", counted[i].table, n[i]);
		line(buf, arg);
	}
	line(_("Sources:"), arg);
	st = store_stmt(s, sql_sources, e);
	if (st == NULL)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		source_line(st, buf, sizeof buf);
		line(buf, arg);
	}
	if (rc != SQLITE_DONE)
		return store_fail(s, _("cannot read the sources"), e);
	return 0;
}

/* Each check: a query returning one text column per problem found. */
static const struct {
	const char *what;
	const char *sql;
} checks[] = {
	{ N_("job group in an unknown domain"),
	  "SELECT code FROM job_groups WHERE domain NOT IN (SELECT code FROM domains)" },
	{ N_("job title of an unknown job group"),
	  "SELECT code || ' ' || title FROM job_titles WHERE code NOT IN (SELECT code FROM job_groups)" },
	{ N_("related-job link to an unknown job group"),
	  "SELECT source || ' -> ' || target FROM job_links WHERE source NOT IN "
	  "(SELECT code FROM job_groups) OR target NOT IN (SELECT code FROM job_groups)" },
	{ N_("département of an unknown région"),
	  "SELECT code FROM departements WHERE region NOT IN (SELECT code FROM regions)" },
	{ N_("market figure of an unknown job group"),
	  "SELECT rome || ' ' || level || area FROM market WHERE rome NOT IN (SELECT code FROM job_groups)" },
	{ N_("market figure of an unknown area"),
	  "SELECT rome || ' ' || level || area FROM market WHERE "
	  "(level = 'D' AND area NOT IN (SELECT code FROM departements)) OR "
	  "(level = 'R' AND area NOT IN (SELECT code FROM regions)) OR (level = 'F' AND area <> '')" },
	{ N_("market figure without a source or year"),
	  "SELECT rome || ' ' || level || area FROM market WHERE source = '' OR year < 1990" },
	{ N_("recruitment figure of an unknown job group or département"),
	  "SELECT rome || ' ' || departement FROM recruitment WHERE rome NOT IN "
	  "(SELECT code FROM job_groups) OR departement NOT IN (SELECT code FROM departements)" },
	{ N_("hiring channel of an unknown job group"),
	  "SELECT rome || ' ' || channel FROM channels WHERE rome NOT IN (SELECT code FROM job_groups)" },
	{ N_("salary range of an unknown job group or area"),
	  "SELECT rome || ' ' || level || area || ' ' || age_group FROM salaries WHERE "
	  "rome NOT IN (SELECT code FROM job_groups) OR "
	  "(level = 'D' AND area NOT IN (SELECT code FROM departements)) OR "
	  "(level = 'R' AND area NOT IN (SELECT code FROM regions)) OR (level = 'F' AND area <> '')" },
	{ N_("salary range with its minimum above its maximum"),
	  "SELECT rome || ' ' || level || area || ' ' || age_group FROM salaries WHERE minimum > maximum" },
	{ N_("empty name"),
	  "SELECT 'domain ' || code FROM domains WHERE trim(name) = '' UNION ALL "
	  "SELECT 'job group ' || code FROM job_groups WHERE trim(name) = '' UNION ALL "
	  "SELECT 'job title ' || id FROM job_titles WHERE trim(title) = '' UNION ALL "
	  "SELECT 'region ' || code FROM regions WHERE trim(name) = '' UNION ALL "
	  "SELECT 'departement ' || code FROM departements WHERE trim(name) = ''" },
	{ N_("job title missing from the search index"),
	  "SELECT code || ' ' || title FROM job_titles WHERE id NOT IN (SELECT title_id FROM title_words)" },
};

int
store_check(struct store *s, void (*line)(const char *text, void *arg),
	    void *arg, struct tr_err *e)
{
	char buf[1024];
	sqlite3_stmt *st;
	int problems = 0, rc;

	st = store_stmt(s, "PRAGMA integrity_check", e);
	if (st == NULL)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *msg = (const char *)sqlite3_column_text(st, 0);

		if (msg != NULL && sqlite3_stricmp(msg, "ok") != 0) {
			snprintf(buf, sizeof buf, _("%s: integrity: %s"), store_path(s), msg);
			line(buf, arg);
			problems++;
		}
	}
	if (rc != SQLITE_DONE)
		return store_fail(s, _("integrity check failed"), e);

	for (size_t i = 0; i < sizeof checks / sizeof checks[0]; i++) {
		st = store_stmt(s, checks[i].sql, e);
		if (st == NULL)
			return -1;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			snprintf(buf, sizeof buf, "%s: %s: %s", store_path(s),
				 _(checks[i].what), (const char *)sqlite3_column_text(st, 0));
			line(buf, arg);
			problems++;
		}
		if (rc != SQLITE_DONE)
			return store_fail(s, _("consistency check failed"), e);
	}
	return problems;
}
