/* import-default.c - the loader of the project's own data set: the *.tsv
 * files of data/ (see data/README.md for their formats).
 *
 * Tab-separated, a header row first, lines whose first field starts with
 * '#' are comments. This is our own data: every bad row (an unknown code,
 * a bad value, a duplicate) is an error that refuses the whole load with
 * "FILE:LINE: what is wrong". The load replaces the tables it fills:
 * domains, job groups (and their titles, links and texts), régions,
 * départements, the project's English words for job titles, and the
 * figures of import-default-figures.c (market, hiring channels, salaries,
 * recruitment projects). */
#include <config.h>

#include <string.h>
#include <unistd.h>

#include "clock.h"
#include "i18n.h"
#include "import-default.h"
#include "store-private.h"
#include "text.h"

static int
is_comment(const struct csv *f)
{
	return csv_field(f, 0)[0] == '#';
}

/* Next data row: 1, 0 at the end, -1 on error. */
static int
tsv_next(struct tsv *t, struct tr_err *e)
{
	int rc;

	while ((rc = csv_next(t->f, e)) == 1 && is_comment(t->f))
		;
	if (rc <= 0)
		return rc;
	t->count->read++;
	if (csv_nfields(t->f) != t->ncols)
		return import_row_err(t->f, e, _("%d fields, the header has %d"),
				      csv_nfields(t->f), t->ncols);
	return 1;
}

static int
tsv_open(struct import_ctx *c, struct tsv *t, const char *name,
	 const char *const *cols)
{
	char path[4096];
	int rc;

	if (import_join(path, sizeof path, c->path, name, c->e) < 0)
		return -1;
	t->f = csv_open(path, '\t', c->e);
	if (t->f == NULL)
		return -1;
	t->count = import_counter(c, name);
	while ((rc = csv_next(t->f, c->e)) == 1 && is_comment(t->f))
		;
	if (rc < 0)
		goto fail;
	if (rc == 0) {
		err_set(c->e, _("%s:1: empty file, a header row was expected"), path);
		goto fail;
	}
	t->ncols = csv_nfields(t->f);
	for (int i = 0; cols[i] != NULL; i++) {
		t->idx[i] = csv_column(t->f, cols[i]);
		if (t->idx[i] < 0) {
			import_row_err(t->f, c->e, _("missing column %s"), cols[i]);
			goto fail;
		}
	}
	return 0;
fail:
	csv_close(t->f);
	t->f = NULL;
	return -1;
}

const char *
tsv_col(const struct tsv *t, int i)
{
	return csv_field(t->f, t->idx[i]);
}

int
tsv_flag(struct tsv *t, int i, const char *name, int *out, struct tr_err *e)
{
	const char *v = tsv_col(t, i);

	if (strcmp(v, "0") != 0 && strcmp(v, "1") != 0)
		return import_row_err(t->f, e, _("%s must be 0 or 1, not '%s'"), name, v);
	*out = v[0] == '1';
	return 0;
}

int
tsv_need_text(struct tsv *t, int i, const char *name, struct tr_err *e)
{
	if (tsv_col(t, i)[0] == '\0')
		return import_row_err(t->f, e, _("empty %s"), name);
	return 0;
}

int
tsv_written(struct tsv *t, int rc, const char *what, struct tr_err *e)
{
	if (rc < 0)
		return -1;
	if (rc == 0)
		return import_row_err(t->f, e, _("duplicate %s"), what);
	t->count->kept++;
	return 0;
}

int
tsv_each_row(struct import_ctx *c, const char *name, const char *const *cols,
	     tsv_row_fn row)
{
	struct tsv t;
	int rc;

	if (tsv_open(c, &t, name, cols) < 0)
		return -1;
	while ((rc = tsv_next(&t, c->e)) == 1)
		if (row(c, &t) < 0) {
			rc = -1;
			break;
		}
	csv_close(t.f);
	if (rc == 0)
		c->rows += t.count->kept;
	return rc;
}

static int
domain_row(struct import_ctx *c, struct tsv *t)
{
	const char *code = tsv_col(t, 0);

	if (strlen(code) != 1 || code[0] < 'A' || code[0] > 'N')
		return import_row_err(t->f, c->e, _("'%s' is not a domain code (A to N)"), code);
	if (tsv_need_text(t, 1, "name", c->e) < 0)
		return -1;
	return tsv_written(t, import_domain(c->s, code, tsv_col(t, 1), c->e), code,
			   c->e);
}

static int
group_row(struct import_ctx *c, struct tsv *t)
{
	struct import_group g = { 0 };
	const char *level = tsv_col(t, 3);
	int rc;

	g.code = tsv_col(t, 0);
	g.name = tsv_col(t, 1);
	if (!import_rome_code(g.code))
		return import_row_err(t->f, c->e, _("'%s' is not a job group code "
						    "(a letter and four digits)"), g.code);
	if (tsv_need_text(t, 1, "name", c->e) < 0 ||
	    tsv_flag(t, 2, "diploma_required", &g.diploma_required, c->e) < 0 ||
	    tsv_flag(t, 4, "licence_often", &g.licence_often, c->e) < 0)
		return -1;
	g.diploma_level = import_level_find(level);
	if (g.diploma_level == -2)
		return import_row_err(t->f, c->e, _("diploma_level '%s' is not one of "
						    "none cap_bep bac bac2 bac3 bac5"), level);
	{
		char dom[2] = { g.code[0], '\0' };

		rc = import_has(c->s, TABLE_DOMAINS, dom, c->e);
		if (rc < 0)
			return -1;
		if (rc == 0)
			return import_row_err(t->f, c->e, _("unknown domain %s"), dom);
	}
	return tsv_written(t, import_group(c->s, &g, c->e), g.code, c->e);
}

int
tsv_known_group(struct import_ctx *c, struct tsv *t, int i)
{
	const char *code = tsv_col(t, i);
	int rc = import_has(c->s, TABLE_JOB_GROUPS, code, c->e);

	if (rc == 0)
		return import_row_err(t->f, c->e, _("unknown job group %s"), code);
	return rc < 0 ? -1 : 0;
}

static int
title_row(struct import_ctx *c, struct tsv *t)
{
	if (tsv_known_group(c, t, 0) < 0 || tsv_need_text(t, 1, "title", c->e) < 0)
		return -1;
	if (!import_title_searchable(tsv_col(t, 1)))
		return import_row_err(t->f, c->e, _("title '%s' has no letter or digit "
						    "to search it by"), tsv_col(t, 1));
	return tsv_written(t, import_title(c->s, tsv_col(t, 0), tsv_col(t, 1),
					   RANK_TITLE, c->e), tsv_col(t, 1), c->e);
}

static const char sql_has_title[] =
	"SELECT 1 FROM job_titles WHERE code = ?1 AND title = ?2";
static const char sql_english[] =
	"INSERT OR IGNORE INTO job_words (word, code, title) VALUES (?1, ?2, ?3)";

/* Is TITLE a title of group CODE? 1 yes, 0 no, -1 error. */
static int
has_title(struct store *s, const char *code, const char *title, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(s, sql_has_title, e);

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, title, -1, SQLITE_STATIC);
	return store_one(s, st, sqlite3_step(st), N_("cannot read a job title"), e);
}

/* An English word: folded already (lower case, no accent, one word), of a
 * title that job_titles.tsv has. */
static int
english_row(struct import_ctx *c, struct tsv *t)
{
	const char *word = tsv_col(t, 0);
	char folded[64];
	sqlite3_stmt *st;
	int rc;

	if (text_fold(word, folded, sizeof folded) <= 0 || strcmp(folded, word) != 0 ||
	    strchr(word, ' ') != NULL)
		return import_row_err(t->f, c->e, _("'%s' is not one word in lower case "
						    "without accents"), word);
	if (tsv_known_group(c, t, 1) < 0 || tsv_need_text(t, 2, "title", c->e) < 0)
		return -1;
	rc = has_title(c->s, tsv_col(t, 1), tsv_col(t, 2), c->e);
	if (rc <= 0)
		return rc < 0 ? -1 : import_row_err(t->f, c->e, _("'%s' is not a title of "
								  "%s"), tsv_col(t, 2), tsv_col(t, 1));
	st = store_stmt(c->s, sql_english, c->e);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, word, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, tsv_col(t, 1), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, tsv_col(t, 2), -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_fail(c->s, _("cannot add an English word"), c->e);
	return tsv_written(t, sqlite3_changes(store_db(c->s)), word, c->e);
}

static int
link_row(struct import_ctx *c, struct tsv *t)
{
	const char *kind = tsv_col(t, 2);

	if (tsv_known_group(c, t, 0) < 0 || tsv_known_group(c, t, 1) < 0)
		return -1;
	if (strcmp(tsv_col(t, 0), tsv_col(t, 1)) == 0)
		return import_row_err(t->f, c->e, _("a job group linked to itself"));
	if (strcmp(kind, "close") != 0 && strcmp(kind, "evolution") != 0)
		return import_row_err(t->f, c->e, _("link kind '%s' is not close or "
						    "evolution"), kind);
	return tsv_written(t, import_link(c->s, tsv_col(t, 0), tsv_col(t, 1), kind,
					  c->e), _("link"), c->e);
}

static int
region_row(struct import_ctx *c, struct tsv *t)
{
	if (tsv_need_text(t, 0, "code", c->e) < 0 || tsv_need_text(t, 1, "name", c->e) < 0)
		return -1;
	return tsv_written(t, import_region(c->s, tsv_col(t, 0), tsv_col(t, 1),
					    c->e), tsv_col(t, 0), c->e);
}

static int
departement_row(struct import_ctx *c, struct tsv *t)
{
	const char *art = tsv_col(t, 2);
	int rc;

	if (tsv_need_text(t, 0, "code", c->e) < 0 || tsv_need_text(t, 3, "name", c->e) < 0)
		return -1;
	rc = import_has(c->s, TABLE_REGIONS, tsv_col(t, 1), c->e);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return import_row_err(t->f, c->e, _("unknown région %s"), tsv_col(t, 1));
	if (strlen(art) != 1 || art[0] < '0' || art[0] > '5')
		return import_row_err(t->f, c->e, _("article '%s' is not an INSEE "
						    "TNCC code 0 to 5"), art);
	return tsv_written(t, import_departement(c->s, tsv_col(t, 0), tsv_col(t, 1),
						 art[0] - '0', tsv_col(t, 3), c->e),
			   tsv_col(t, 0), c->e);
}

static const char *const domain_cols[] = { "code", "name", NULL };
static const char *const group_cols[] = {
	"code", "name", "diploma_required", "diploma_level", "licence_often", NULL
};
static const char *const title_cols[] = { "code", "title", NULL };
static const char *const english_cols[] = { "word", "code", "title", NULL };

/* english_words.tsv is a help to the search, not reference data: a data
 * set without it loads, with no English words. */
static int
english_words(struct import_ctx *c)
{
	char path[4096];

	if (import_join(path, sizeof path, c->path, "english_words.tsv", c->e) < 0)
		return -1;
	if (access(path, F_OK) != 0)
		return 0;
	return tsv_each_row(c, "english_words.tsv", english_cols, english_row);
}
static const char *const link_cols[] = { "source", "target", "kind", NULL };
static const char *const region_cols[] = { "code", "name", NULL };
static const char *const departement_cols[] = {
	"code", "region", "article", "name", NULL
};

/* After the job groups and what hangs from them (import_rome_replace()),
 * children first, so that foreign keys hold at every step. */
static const char *const clear_sql[] = {
	"DELETE FROM job_words",
	"DELETE FROM domains",
	"DELETE FROM market",
	"DELETE FROM channels",
	"DELETE FROM salaries",
	"DELETE FROM recruitment",
	"DELETE FROM departements",
	"DELETE FROM regions",
};

int
import_default(struct import_ctx *c)
{
	if (import_need_dir(c, _("%s: not a folder; the default data set is the "
				 "folder of *.tsv files (data/)"), c->path) < 0 ||
	    import_rome_replace(c) < 0)
		return -1;
	for (size_t i = 0; i < sizeof clear_sql / sizeof clear_sql[0]; i++)
		if (import_exec(c->s, clear_sql[i], c->e) < 0)
			return -1;
	c->source = "Tremplin default data set";
	c->year = 0;
	if (tsv_each_row(c, "domains.tsv", domain_cols, domain_row) < 0 ||
	    tsv_each_row(c, "job_groups.tsv", group_cols, group_row) < 0 ||
	    tsv_each_row(c, "job_titles.tsv", title_cols, title_row) < 0 ||
	    tsv_each_row(c, "job_links.tsv", link_cols, link_row) < 0 ||
	    english_words(c) < 0 ||
	    tsv_each_row(c, "regions.tsv", region_cols, region_row) < 0 ||
	    tsv_each_row(c, "departements.tsv", departement_cols, departement_row) < 0 ||
	    import_default_figures(c) < 0)
		return -1;
	/* The year of the newest figure, else this year. */
	if (c->year == 0)
		c->year = clock_year_of(c->now);
	return 0;
}
