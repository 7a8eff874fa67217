/* import-rome.c - the official ROME referential of France Travail, as its
 * "unix_*_utf8.csv" export: job groups, job titles, related-job links and
 * free texts. The folder may hold any release: files are found by pattern.
 * The header of the job groups file tells ROME v3 (read here) from ROME
 * 4.0 (import-rome4.c); the rules on the access texts, the replacing of
 * the old rows and the reading of texts are the same for both and live
 * here.
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

#define TEXT_MAX 8192

/* --- Diploma and driving licence from the access texts -----------------
 *
 * The "acces_a_em" texts of a job group say how people enter the job:
 * "Cet emploi/métier est accessible avec un CAP/BEP ...", "Il est
 * également accessible ... sans diplôme particulier", "Les permis C, C1
 * ... peuvent être requis". The rules below read them. Each text is folded
 * first (lower case, no accents, one space between words, so "Bac+2"
 * reads "bac 2" and "diplôme d'État" reads "diplome d etat"); a rule's
 * words must match whole words. Rules are tried in the order of the table
 * and each match is blanked out, so a longer phrase listed first hides the
 * shorter ones inside it ("bac 2" before "bac", "permis d exploitation"
 * before "permis d").
 *
 * What the group gets:
 * - diploma_level: the lowest level named by a LEVEL rule in a text that
 *   says "accessible" (the usual entry diploma; the higher diplomas that a
 *   text says "may be asked" for some posts do not count). When no level
 *   is named but a text says "sans diplome": none. Otherwise unknown.
 * - diploma_required: 1 when an entry level (CAP/BEP or more) was found
 *   and no text opens a way in "sans diplome"; also 1 when a text names a
 *   "diplome d etat" (regulated professions: nurse, social worker...).
 * - licence_often: 1 when any access text names a driving licence
 *   category (permis A, B, C, D and their variants, "permis de conduire",
 *   "permis poids lourds"), even as "peut être requis".
 */
enum effect {
	E_MASK,        /* hide these words (a false friend) */
	E_LEVEL,       /* names a diploma of level LEVEL */
	E_NO_DIPLOMA,  /* a way in without a diploma */
	E_REQUIRED,    /* a diploma the law requires */
	E_LICENCE      /* a driving licence */
};

static const struct access_rule {
	const char *words;
	enum effect effect;
	int level;
} access_rules[] = {
	/* Not driving licences, not university degrees. */
	{ "permis d exploitation", E_MASK, 0 },
	{ "permis de construire", E_MASK, 0 },
	{ "permis de chasse", E_MASK, 0 },
	{ "permis de navigation", E_MASK, 0 },
	{ "licence de pilote", E_MASK, 0 },
	{ "licence cpl", E_MASK, 0 },
	/* Regulated professions. */
	{ "diplome d etat", E_REQUIRED, 0 },
	{ "sans diplome", E_NO_DIPLOMA, 0 },
	/* Levels, the longer phrases first. */
	{ "brevet de technicien superieur", E_LEVEL, LEVEL_BAC2 },
	{ "brevet de technicien", E_LEVEL, LEVEL_BAC },
	{ "brevet professionnel", E_LEVEL, LEVEL_BAC },
	{ "bac 8", E_LEVEL, LEVEL_BAC5 },
	{ "bac 5", E_LEVEL, LEVEL_BAC5 },
	{ "bac 4", E_LEVEL, LEVEL_BAC3 },
	{ "bac 3", E_LEVEL, LEVEL_BAC3 },
	{ "bac 2", E_LEVEL, LEVEL_BAC2 },
	{ "bac", E_LEVEL, LEVEL_BAC },
	{ "baccalaureat", E_LEVEL, LEVEL_BAC },
	{ "cap", E_LEVEL, LEVEL_CAP_BEP },
	{ "capa", E_LEVEL, LEVEL_CAP_BEP },
	{ "bep", E_LEVEL, LEVEL_CAP_BEP },
	{ "bepa", E_LEVEL, LEVEL_CAP_BEP },
	{ "mention complementaire", E_LEVEL, LEVEL_CAP_BEP },
	{ "bts", E_LEVEL, LEVEL_BAC2 },
	{ "btsa", E_LEVEL, LEVEL_BAC2 },
	{ "dut", E_LEVEL, LEVEL_BAC2 },
	{ "deust", E_LEVEL, LEVEL_BAC2 },
	{ "deug", E_LEVEL, LEVEL_BAC2 },
	{ "licence", E_LEVEL, LEVEL_BAC3 },
	{ "bachelor", E_LEVEL, LEVEL_BAC3 },
	{ "master", E_LEVEL, LEVEL_BAC5 },
	{ "mba", E_LEVEL, LEVEL_BAC5 },
	{ "diplome d ingenieur", E_LEVEL, LEVEL_BAC5 },
	{ "ecole d ingenieurs", E_LEVEL, LEVEL_BAC5 },
	{ "ecole d ingenieur", E_LEVEL, LEVEL_BAC5 },
	{ "doctorat", E_LEVEL, LEVEL_BAC5 },
	/* Driving licences. */
	{ "permis de conduire", E_LICENCE, 0 },
	{ "permis poids lourds", E_LICENCE, 0 },
	{ "permis poids lourd", E_LICENCE, 0 },
	{ "permis a", E_LICENCE, 0 },
	{ "permis a1", E_LICENCE, 0 },
	{ "permis b", E_LICENCE, 0 },
	{ "permis be", E_LICENCE, 0 },
	{ "permis c", E_LICENCE, 0 },
	{ "permis c1", E_LICENCE, 0 },
	{ "permis ce", E_LICENCE, 0 },
	{ "permis c1e", E_LICENCE, 0 },
	{ "permis d", E_LICENCE, 0 },
	{ "permis d1", E_LICENCE, 0 },
	{ "permis de", E_LICENCE, 0 },
	{ "permis d1e", E_LICENCE, 0 },
};

/* What the import knows of one code: is it a job group of the files, and
 * what its access texts said. */
struct access {
	signed char level;       /* lowest entry level, LEVEL_UNKNOWN if none */
	char no_diploma, state_diploma, licence, seen;
	char group;              /* 1: a job group of this import */
};

/* One slot per possible code, letter A..N and four digits. */
#define ACCESS_SLOTS (14 * 10000)

struct rome_access {
	struct access slot[ACCESS_SLOTS];
};

static int
access_slot(const char *code)
{
	return (code[0] - 'A') * 10000 + atoi(code + 1);
}

void
import_rome_group_add(struct rome_load *l, const char *code)
{
	if (import_rome_code(code))
		l->access->slot[access_slot(code)].group = 1;
}

int
import_rome_group_known(const struct rome_load *l, const char *code)
{
	return import_rome_code(code) && l->access->slot[access_slot(code)].group;
}

/* Find WORDS as whole words in BUF (" text ", so a match always has a
 * byte before and after it), blank each match out; returns the number of
 * matches. */
static int
match_words(char *buf, const char *words)
{
	size_t n = strlen(words);
	int hits = 0;

	for (char *p = buf; (p = strstr(p, words)) != NULL; p++) {
		if (p[-1] != ' ' || p[n] != ' ')
			continue;
		memset(p, '#', n);
		hits++;
	}
	return hits;
}

static void
read_access(struct access *a, const char *text)
{
	char buf[TEXT_MAX + 2];
	int entry;

	buf[0] = ' ';
	text_fold(text, buf + 1, sizeof buf - 2);
	strcat(buf, " ");
	entry = strstr(buf, " accessible ") != NULL;
	for (size_t i = 0; i < sizeof access_rules / sizeof access_rules[0]; i++) {
		const struct access_rule *r = &access_rules[i];

		if (match_words(buf, r->words) == 0)
			continue;
		switch (r->effect) {
		case E_MASK: break;
		case E_LEVEL:
			if (entry && (a->level == LEVEL_UNKNOWN || r->level < a->level))
				a->level = (signed char)r->level;
			break;
		case E_NO_DIPLOMA: a->no_diploma = 1; break;
		case E_REQUIRED: a->state_diploma = 1; break;
		case E_LICENCE: a->licence = 1; break;
		}
	}
}

static const char sql_access[] =
	"UPDATE job_groups SET diploma_required = ?2, diploma_level = ?3, "
	"licence_often = ?4 WHERE code = ?1";

int
import_rome_access_write(struct rome_load *l)
{
	struct store *s = l->c->s;
	struct tr_err *e = l->c->e;

	for (int i = 0; i < ACCESS_SLOTS; i++) {
		const struct access *a = &l->access->slot[i];
		char code[8];
		int level = a->level;
		sqlite3_stmt *st;

		if (!a->seen)
			continue;
		if (level == LEVEL_UNKNOWN && a->no_diploma)
			level = LEVEL_NONE;
		snprintf(code, sizeof code, "%c%04d", 'A' + i / 10000, i % 10000);
		st = store_stmt(s, sql_access, e);
		if (st == NULL)
			return -1;
		sqlite3_bind_text(st, 1, code, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(st, 2, a->state_diploma ||
				 (level >= LEVEL_CAP_BEP && !a->no_diploma));
		if (import_level_name(level) != NULL)
			sqlite3_bind_text(st, 3, import_level_name(level), -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 4, a->licence);
		if (sqlite3_step(st) != SQLITE_DONE)
			return store_fail(s, _("cannot update a job group"), e);
	}
	return 0;
}

/* --- What v3 and 4.0 share --------------------------------------------- */

int
import_rome_text_row(struct import_ctx *c, struct csv *in, const int *idx,
		     void *arg)
{
	struct rome_load *l = arg;
	const char *code = csv_field(in, idx[0]);
	const char *kind = csv_field(in, idx[2]);
	char text[TEXT_MAX];
	long pos;
	int rc;

	if (import_long(csv_field(in, idx[1]), &pos) != 1 || pos < 0)
		/* TRANSLATORS: COLUMN 'VALUE' is not a number. */
		return import_row_err(in, c->e, _("%s '%s' is not a number"),
				      l->position_col, csv_field(in, idx[1]));
	/* An empty text, or one too long to keep whole, is skipped. */
	if (kind[0] == '\0' || csv_field(in, idx[3])[0] == '\0' ||
	    strlen(csv_field(in, idx[3])) >= TEXT_MAX)
		return 0;
	if (!import_rome_group_known(l, code))
		return 0;
	import_unquote(text, sizeof text, csv_field(in, idx[3]));
	rc = import_text(c->s, code, kind, pos, text, c->e);
	if (rc == 1 && strcmp(kind, l->access_kind) == 0) {
		struct access *a = &l->access->slot[access_slot(code)];

		if (!a->seen) {
			a->seen = 1;
			a->level = LEVEL_UNKNOWN;
		}
		read_access(a, text);
	}
	return rc;
}

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
	if (rc >= 0)
		import_rome_group_add(r->l, g.code);
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
	l.access = calloc(1, sizeof *l.access);
	if (l.access == NULL)
		return err_set(c->e, _("%s: out of memory"), c->path);
	c->source = "France Travail, ROME";
	rc = rc == 1 ? import_rome4(&l) : import_v3(&l);
	free(l.access);
	return rc;
}
