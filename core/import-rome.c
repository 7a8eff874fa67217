/* import-rome.c - the official ROME referential of France Travail, as its
 * "unix_*_utf8.csv" export: job groups, job titles, related-job links and
 * free texts. The folder may hold any release: files are found by pattern.
 * The header of the job groups file tells ROME v3 (read here) from ROME
 * 4.0 (import-rome4.c); the replacing of the old rows is the same for
 * both and lives here, the reading of texts and the rules on the access
 * texts in import-rome-access.c.
 *
 * The import replaces the job groups and everything hanging from them
 * (titles and their search words, links, texts). Domain rows are added or
 * renamed, never removed. Rows that cannot be used (a title of an unknown
 * group, a link to an unknown group, a duplicate) are skipped and
 * counted; a file that gives no row at all is refused. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "import-private.h"
#include "store-private.h"
#include "text.h"

/* Children first, so that foreign keys hold at every step. */
static const char *const clear_sql[] = {
	"DELETE FROM title_words",
	"DELETE FROM job_titles",
	"DELETE FROM job_links",
	"DELETE FROM job_texts",
	"DELETE FROM job_groups",
};

int
import_rome_replace(struct import_ctx *c)
{
	for (size_t i = 0; i < sizeof clear_sql / sizeof clear_sql[0]; i++)
		if (import_exec(c->s, clear_sql[i], c->e) < 0)
			return -1;
	return 0;
}

static int
no_rows(struct import_ctx *c, const char *path, enum rome_rows rows)
{
	switch (rows) {
	case ROME_GROUPS: return err_set(c->e, _("no job group in %s"), path);
	case ROME_TITLES: return err_set(c->e, _("no job title in %s"), path);
	case ROME_LINKS: return err_set(c->e, _("no related-job link in %s"), path);
	case ROME_TEXTS: return err_set(c->e, _("no job text in %s"), path);
	case ROME_DOMAINS: return err_set(c->e, _("no grand domaine in %s"), path);
	}
	return -1;
}

int
import_rome_each(struct import_ctx *c, const char *path,
		 const char *const *cols, import_row_fn row, void *arg,
		 enum rome_rows rows)
{
	if (import_each(c, path, ',', cols, row, arg) < 0)
		return -1;
	if (import_counter(c, path)->kept == 0)
		return no_rows(c, path, rows);
	c->rows += import_counter(c, path)->kept;
	return 0;
}

/* The release in a file name: the digits of "_v347_". */
static void
release_of(const char *path, char *out, size_t len)
{
	const char *p = strrchr(path, '/');
	size_t n = 0;

	p = p != NULL ? p + 1 : path;
	while ((p = strstr(p, "_v")) != NULL && !(p[2] >= '0' && p[2] <= '9'))
		p += 2;
	if (p != NULL)
		for (p += 2; *p >= '0' && *p <= '9' && n + 1 < len; p++)
			out[n++] = *p;
	out[n] = '\0';
}

int
import_rome_files(struct import_ctx *c, const char *const *patterns, int n,
		  unsigned optional, char (*path)[ROME_PATH_MAX])
{
	for (int f = 0; f < n; f++) {
		if (import_glob(c->path, patterns[f], path[f], ROME_PATH_MAX,
				c->e) == 0)
			continue;
		if (!(optional & (1u << f)))
			return -1;
		path[f][0] = '\0';
	}
	release_of(path[0], c->release, sizeof c->release);
	return 0;
}

/* --- ROME v3 ------------------------------------------------------------ */

enum rome_file { F_GROUPS, F_TITLES, F_LINKS, F_TEXTS, F_TREE, F__COUNT };

static const char *const patterns[F__COUNT] = {
	"unix_referentiel_code_rome_v*_utf8.csv",
	"unix_referentiel_appellation_v*_utf8.csv",
	"unix_rubrique_mobilite_v*_utf8.csv",
	"unix_texte_v*_utf8.csv",
	"unix_item_arborescence_v*_utf8.csv",   /* optional */
};

struct rome {
	struct rome_load *l;
	struct import_ctx *c;
	char path[F__COUNT][ROME_PATH_MAX];
	char domain[14][256];              /* names from the tree, "" if none */
};

/* Rows of the tree: only the one-letter nodes (domains) are used. */
static int
tree_row(struct import_ctx *c, struct csv *in, const int *idx, void *arg)
{
	struct rome *r = arg;
	const char *code = csv_field(in, idx[0]);
	const char *name = csv_field(in, idx[1]);

	(void)c;
	if (strlen(code) != 1 || code[0] < 'A' || code[0] > 'N' || name[0] == '\0')
		return 0;
	import_unquote(r->domain[code[0] - 'A'], sizeof r->domain[0], name);
	return 1;
}

/* Every domain A..N: the tree's name, else the row already there, else a
 * generic name (counted in the note). */
static int
write_domains(struct rome *r)
{
	struct import_ctx *c = r->c;
	int missing = 0;

	for (int i = 0; i < 14; i++) {
		char code[2] = { (char)('A' + i), '\0' };
		char name[32];
		int rc;

		if (r->domain[i][0] != '\0') {
			if (import_domain_name(c->s, code, r->domain[i], c->e) < 0)
				return -1;
			continue;
		}
		rc = import_has(c->s, TABLE_DOMAINS, code, c->e);
		if (rc < 0)
			return -1;
		if (rc == 1)
			continue;
		missing++;
		snprintf(name, sizeof name, "Domain %s", code);
		if (import_domain(c->s, code, name, c->e) < 0)
			return -1;
	}
	if (missing > 0)
		import_note(c, P_("%d domain had no name in the files and got a "
				  "generic one (\"Domain X\").",
				  "%d domains had no name in the files and got a "
				  "generic one (\"Domain X\").", missing), missing);
	return 0;
}

static int
group_row(struct import_ctx *c, struct csv *in, const int *idx, void *arg)
{
	struct rome *r = arg;
	struct import_group g = { 0 };
	char name[512];
	int rc;

	g.code = csv_field(in, idx[0]);
	if (!import_rome_code(g.code) || csv_field(in, idx[1])[0] == '\0')
		return 0;
	import_unquote(name, sizeof name, csv_field(in, idx[1]));
	g.name = name;
	g.diploma_required = 0;
	g.diploma_level = LEVEL_UNKNOWN;
	g.licence_often = 0;
	rc = import_group(c->s, &g, c->e);
	if (rc >= 0 && import_rome_group_add(r->l, g.code) < 0)
		return -1;
	return rc;
}

static int
title_row(struct import_ctx *c, struct csv *in, const int *idx, void *arg)
{
	struct rome *r = arg;
	const char *code = csv_field(in, idx[1]);
	char title[512];

	if (!import_rome_group_known(r->l, code) || csv_field(in, idx[0])[0] == '\0')
		return 0;
	import_unquote(title, sizeof title, csv_field(in, idx[0]));
	if (!import_title_searchable(title))
		return 0;                 /* no word to find it by */
	return import_title(c->s, code, title, RANK_TITLE, c->e);
}

/* A link of a job title (appellation) also links the two groups. */
static int
link_row(struct import_ctx *c, struct csv *in, const int *idx, void *arg)
{
	struct rome *r = arg;
	const char *src = csv_field(in, idx[0]), *dst = csv_field(in, idx[1]);
	const char *type = csv_field(in, idx[2]);
	const char *kind;

	if (strcmp(type, "1") == 0)
		kind = "close";
	else if (strcmp(type, "2") == 0)
		kind = "evolution";
	else
		return 0;
	if (strcmp(src, dst) == 0 || !import_rome_group_known(r->l, src) ||
	    !import_rome_group_known(r->l, dst))
		return 0;
	return import_link(c->s, src, dst, kind, c->e);
}

static const char *const tree_cols[] = { "code_noeud", "libelle_item_arbo", NULL };
static const char *const group_cols[] = { "code_rome", "libelle_rome", NULL };
static const char *const title_cols[] = {
	"libelle_appellation_long", "code_rome", NULL
};
static const char *const link_cols[] = {
	"code_rome", "code_rome_cible", "code_type_mobilite", NULL
};
static const char *const text_cols[] = {
	"code_rome", "position_libelle_txt", "libelle_type_texte", "libelle_texte",
	NULL
};

static int
load_v3(struct rome *r)
{
	struct import_ctx *c = r->c;

	if (import_rome_files(c, patterns, F__COUNT, 1u << F_TREE, r->path) < 0)
		return -1;
	/* TRANSLATORS: the ROME release, e.g. "347". */
	import_note(c, _("ROME v3 files, release %s."), c->release);
	c->year = import_year(c);
	if (r->path[F_TREE][0] != '\0' &&
	    import_each(c, r->path[F_TREE], ',', tree_cols, tree_row, r) < 0)
		return -1;
	if (import_rome_replace(c) < 0 || write_domains(r) < 0 ||
	    import_rome_each(c, r->path[F_GROUPS], group_cols, group_row, r,
			     ROME_GROUPS) < 0 ||
	    import_rome_each(c, r->path[F_TITLES], title_cols, title_row, r,
			     ROME_TITLES) < 0 ||
	    import_rome_each(c, r->path[F_LINKS], link_cols, link_row, r,
			     ROME_LINKS) < 0 ||
	    import_rome_each(c, r->path[F_TEXTS], text_cols, import_rome_text_row,
			     r->l, ROME_TEXTS) < 0)
		return -1;
	return import_rome_access_write(r->l);
}

static int
import_v3(struct rome_load *l)
{
	struct rome *r = calloc(1, sizeof *r);
	int rc;

	if (r == NULL)
		return err_set(l->c->e, _("%s: out of memory"), l->c->path);
	r->l = l;
	r->c = l->c;
	l->access_kind = "acces_a_em";
	l->position_col = "position_libelle_txt";
	rc = load_v3(r);
	free(r);
	return rc;
}

/* --- Which release ------------------------------------------------------ */

/* 1 when the job groups file GROUPS is ROME 4.0 (its header names a sheet
 * code_fiche_metier and its v3 group code_rome_parent), 0 when v3. */
static int
is_rome4(const char *groups, struct tr_err *e)
{
	struct csv *in = csv_open(groups, ',', e);
	int rc;

	if (in == NULL)
		return -1;
	rc = csv_next(in, e);
	if (rc == 0)
		rc = err_set(e, _("%s:1: empty file, a header row was expected"),
			     groups);
	else if (rc == 1)
		rc = csv_column(in, "code_fiche_metier") >= 0 ||
		     csv_column(in, "code_rome_parent") >= 0;
	csv_close(in);
	return rc;
}

/* 1 for a 4.0 folder, 0 for v3, -1 when it is no ROME folder; the job
 * groups file into GROUPS. */
static int
which_release(struct import_ctx *c, char *groups, size_t len)
{
	if (import_need_dir(c, _("%s: not a folder; give the folder of the ROME "
				 "unix_*_utf8.csv files"), c->path) < 0 ||
	    import_glob(c->path, patterns[F_GROUPS], groups, len, c->e) < 0)
		return -1;
	return is_rome4(groups, c->e);
}

int
import_rome(struct import_ctx *c)
{
	struct rome_load l = { .c = c };
	char groups[ROME_PATH_MAX];
	int rc = which_release(c, groups, sizeof groups);

	if (rc < 0)
		return -1;
	c->source = "France Travail, ROME";
	rc = rc == 1 ? import_rome4(&l) : import_v3(&l);
	import_rome_access_free(&l);
	return rc;
}
