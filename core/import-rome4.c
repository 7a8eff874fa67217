/* import-rome4.c - the ROME 4.0 referential of France Travail (since March
 * 2023), as the "unix_*_v4NN_utf8.csv" files of its RefRomeCsv.zip and
 * their version.txt. import_rome() (import-rome.c) tells it from ROME v3
 * by the header of the job sheets file and hands the folder over here.
 *
 * What 4.0 changes for us: a job sheet ("fiche métier") keeps the ROME v3
 * group it comes from (code_rome_parent, stored in job_groups.parent so
 * that figures published per v3 group apply), the domains have a file of
 * their own (unix_grand_domaine), each title is the sheet's principal one,
 * a synonym, or rarely used (job_titles.rank), related jobs have no
 * close/evolution type any more (all are stored as 'close'), and the
 * access texts are the "acces_metier" texts. The rules that read them, the
 * replacing of the old rows and the reading of the texts are v3's
 * (import-rome.c).
 *
 * Unlike v3, a file of 4.0 that breaks its own rules is refused whole with
 * FILE:LINE: a sheet code or a parent that is not a ROME code, a sheet
 * whose grand domaine has no row, a classification other than PRINCIPALE
 * or SYNONYME, peu_usite other than O or N, a position or an order that is
 * not a number. Titles, links and texts of an unknown sheet are skipped
 * and counted, as in v3. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "import-private.h"
#include "text.h"

enum rome4_file { F4_GROUPS, F4_TITLES, F4_DOMAINS, F4_LINKS, F4_TEXTS, F4__COUNT };

static const char *const rome4_patterns[F4__COUNT] = {
	[F4_GROUPS] = "unix_referentiel_code_rome_v*_utf8.csv",
	[F4_TITLES] = "unix_referentiel_appellation_v*_utf8.csv",
	[F4_DOMAINS] = "unix_grand_domaine_v*_utf8.csv",
	[F4_LINKS] = "unix_rubrique_mobilite_v*_utf8.csv",
	[F4_TEXTS] = "unix_texte_v*_utf8.csv",
};

/* What version.txt says. */
struct rome4_version {
	char release[32];                  /* digits, "" when not said */
	char published[32];                /* the publication date as written */
	int year;                          /* of the publication date, 0 none */
};

struct rome4 {
	struct rome_load *l;
	struct import_ctx *c;
	char path[F4__COUNT][ROME_PATH_MAX];
	char domain[14];                   /* 1: unix_grand_domaine has the letter */
};

/* --- version.txt ---------------------------------------------------------
 * Lines "Key : value". The keys are read by their words, accents and case
 * aside: a key naming a "date" is the publication date when it says
 * "publication" (other dates are not used); otherwise a key saying
 * "version" or "release" gives the release number, which must be the
 * release of the file names (recorded as they write it, "461"). Other
 * keys (the title) are not used. */

/* Does the folded text T hold WORD as a whole word? */
static int
rome4_has_word(const char *t, const char *word)
{
	size_t n = strlen(word);

	for (const char *p = t; (p = strstr(p, word)) != NULL; p += n)
		if ((p == t || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return 1;
	return 0;
}

/* The release "461" of "461", "v461" or "4.61"; 0 when it is not one. */
static int
rome4_release(const char *value, char *out, size_t len)
{
	size_t n = 0;

	if (*value == 'v' || *value == 'V')
		value++;
	for (; *value != '\0'; value++) {
		if (*value == '.')
			continue;
		if (*value < '0' || *value > '9' || n + 1 >= len)
			return 0;
		out[n++] = *value;
	}
	out[n] = '\0';
	return n > 0;
}

/* The year of a date "DD/MM/YYYY" or "YYYY-MM-DD" (a time may follow
 * after a space); 0 when it is not a date. */
static int
rome4_date_year(const char *v)
{
	int d, m, y, used = 0;

	if (sscanf(v, "%4d-%2d-%2d%n", &y, &m, &d, &used) != 3 &&
	    sscanf(v, "%2d/%2d/%4d%n", &d, &m, &y, &used) != 3)
		return 0;
	if (v[used] != '\0' && v[used] != ' ')
		return 0;
	if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	return y;
}

/* Remove spaces (and a CR) around S, in place. */
static char *
rome4_trim(char *s)
{
	size_t n;

	while (*s == ' ' || *s == '\t')
		s++;
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' ||
			 s[n - 1] == '\r' || s[n - 1] == '\n'))
		s[--n] = '\0';
	return s;
}

static int
rome4_version_line(struct rome4_version *v, char *line, const char *path,
		   long ln, struct tr_err *e)
{
	char *colon = strchr(line, ':'), *key, *value;
	char folded[128];

	if (colon == NULL)
		return err_set(e, _("%s:%ld: expected a line 'Key : value'"), path, ln);
	*colon = '\0';
	key = rome4_trim(line);
	value = rome4_trim(colon + 1);
	text_fold(key, folded, sizeof folded);
	if (rome4_has_word(folded, "date")) {
		if (!rome4_has_word(folded, "publication"))
			return 0;
		v->year = rome4_date_year(value);
		if (v->year == 0)
			return err_set(e, _("%s:%ld: publication date '%s' is not a date "
					    "(DD/MM/YYYY or YYYY-MM-DD)"), path, ln, value);
		snprintf(v->published, sizeof v->published, "%s", value);
	} else if (rome4_has_word(folded, "version") ||
		   rome4_has_word(folded, "release")) {
		if (!rome4_release(value, v->release, sizeof v->release))
			return err_set(e, _("%s:%ld: release '%s' is not a number"),
				       path, ln, value);
	}
	return 0;
}

/* Read PATH into V: 1 read, 0 no such file, -1 refused (E filled). */
static int
rome4_version_read(struct rome4_version *v, const char *path, struct tr_err *e)
{
	FILE *fp = csv_fopen(path, e);
	char *line = NULL;
	size_t cap = 0;
	long ln = 0;
	int rc = 1;

	if (fp == NULL && errno == ENOENT)
		return 0;
	if (fp == NULL)
		return -1;
	while (rc == 1 && getline(&line, &cap, fp) != -1) {
		char *p = line;

		if (++ln == 1 && strncmp(p, "\xEF\xBB\xBF", 3) == 0)
			p += 3;
		if (*rome4_trim(p) != '\0' &&
		    rome4_version_line(v, p, path, ln, e) < 0)
			rc = -1;
	}
	if (rc == 1 && ferror(fp))
		rc = err_set(e, _("%s: cannot read: %s"), path, strerror(errno));
	free(line);
	fclose(fp);
	return rc;
}

/* Does version.txt's release REL name the release FILES of the file
 * names? "461" names 461, and so does "61": the files of ROME 4.0
 * release NN are named v4NN. */
static int
rome4_same_release(const char *rel, const char *files)
{
	return strcmp(rel, files) == 0 ||
	       (files[0] == '4' && strcmp(rel, files + 1) == 0);
}

static int
rome4_version_check(const struct rome4_version *v, const char *path,
		    const char *files, struct tr_err *e)
{
	if (v->release[0] == '\0')
		return err_set(e, _("%s: no release number (a line such as "
				    "'Version : 461')"), path);
	if (v->year == 0)
		return err_set(e, _("%s: no publication date (a line such as "
				    "'Date de publication : 15/06/2026')"), path);
	if (files[0] != '\0' && !rome4_same_release(v->release, files))
		return err_set(e, _("%s: release %s, but the files are release %s; "
				    "keep one release in the folder"), path,
			       v->release, files);
	return 0;
}

/* The release and the year of the figures, from version.txt; said in the
 * note either way. */
static int
rome4_version(struct import_ctx *c)
{
	struct rome4_version v = { .year = 0 };
	char path[ROME_PATH_MAX];
	int rc;

	if (import_join(path, sizeof path, c->path, "version.txt", c->e) < 0)
		return -1;
	rc = rome4_version_read(&v, path, c->e);
	if (rc < 0)
		return -1;
	if (rc == 0) {
		/* TRANSLATORS: %s is the release number, e.g. "461". */
		import_note(c, _("ROME 4.0 files, release %s; no version.txt in the "
				 "folder, so the release comes from the file names "
				 "and the publication date is unknown."), c->release);
		c->year = import_year(c);
		return 0;
	}
	if (rome4_version_check(&v, path, c->release, c->e) < 0)
		return -1;
	if (c->release[0] == '\0')
		snprintf(c->release, sizeof c->release, "%s", v.release);
	/* TRANSLATORS: the release number, then its publication date. */
	import_note(c, _("ROME 4.0 files, release %s of %s."), c->release,
		    v.published);
	if (c->opt->year > 0) {
		c->year = import_year(c);
		return 0;
	}
	c->year = v.year;
	import_note(c, _("Figures dated %d, the year of publication."), v.year);
	return 0;
}

/* --- The rows ------------------------------------------------------------ */

static int
domain_row(struct import_ctx *c, struct csv *in, const int *idx, void *arg)
{
	struct rome4 *r = arg;
	const char *code = csv_field(in, idx[0]);
	char name[256];

	if (code[0] < 'A' || code[0] > 'N' || code[1] != '\0')
		return import_row_err(in, c->e, _("code_grand_domaine '%s' is not "
						     "a letter A to N"), code);
	if (csv_field(in, idx[1])[0] == '\0')
		return import_row_err(in, c->e, _("grand domaine %s has no name"),
				      code);
	import_unquote(name, sizeof name, csv_field(in, idx[1]));
	r->domain[code[0] - 'A'] = 1;
	return import_domain_name(c->s, code, name, c->e);
}

static const char *
base_name(const char *path)
{
	const char *b = strrchr(path, '/');

	return b != NULL ? b + 1 : path;
}

static int
group_row(struct import_ctx *c, struct csv *in, const int *idx, void *arg)
{
	struct rome4 *r = arg;
	const char *parent = csv_field(in, idx[2]);
	struct import_group g = {
		.code = csv_field(in, idx[0]),
		.diploma_level = LEVEL_UNKNOWN,
	};
	char name[512];
	int rc;

	if (!import_rome_code(g.code))
		return import_row_err(in, c->e, _("code_rome '%s' is not a ROME code"),
				      g.code);
	if (!import_rome_code(parent))
		return import_row_err(in, c->e, _("code_rome_parent '%s' is not a "
						     "ROME code"), parent);
	if (csv_field(in, idx[1])[0] == '\0')
		return import_row_err(in, c->e, _("job sheet %s has no name"), g.code);
	if (!r->domain[g.code[0] - 'A'])
		return import_row_err(in, c->e, _("job sheet %s: grand domaine %c "
						     "has no row in %s"), g.code,
				      g.code[0], base_name(r->path[F4_DOMAINS]));
	import_unquote(name, sizeof name, csv_field(in, idx[1]));
	g.name = name;
	g.parent = strcmp(parent, g.code) != 0 ? parent : NULL;
	rc = import_group(c->s, &g, c->e);
	if (rc >= 0 && import_rome_group_add(r->l, g.code) < 0)
		return -1;
	return rc;
}

/* The rank of a title: rarely used ones last, whatever their class. */
static int
title_rank(struct csv *in, const int *idx, enum import_rank *rank,
	   struct tr_err *e)
{
	const char *class = csv_field(in, idx[2]), *rare = csv_field(in, idx[3]);

	if (strcmp(class, "PRINCIPALE") == 0)
		*rank = RANK_PRINCIPAL;
	else if (strcmp(class, "SYNONYME") == 0)
		*rank = RANK_TITLE;
	else
		return import_row_err(in, e, _("classification '%s' is neither "
					       "PRINCIPALE nor SYNONYME"), class);
	if (strcmp(rare, "O") == 0)
		*rank = RANK_RARE;
	else if (strcmp(rare, "N") != 0)
		return import_row_err(in, e, _("peu_usite '%s' is neither O nor N"),
				      rare);
	return 0;
}

static int
title_row(struct import_ctx *c, struct csv *in, const int *idx, void *arg)
{
	struct rome4 *r = arg;
	const char *code = csv_field(in, idx[1]);
	enum import_rank rank = RANK_TITLE;
	char title[512];

	if (title_rank(in, idx, &rank, c->e) < 0)
		return -1;
	if (!import_rome_group_known(r->l, code) || csv_field(in, idx[0])[0] == '\0')
		return 0;
	import_unquote(title, sizeof title, csv_field(in, idx[0]));
	if (!import_title_searchable(title))
		return 0;                 /* no word to find it by */
	return import_title(c->s, code, title, rank, c->e);
}

static int
link_row(struct import_ctx *c, struct csv *in, const int *idx, void *arg)
{
	struct rome4 *r = arg;
	const char *src = csv_field(in, idx[0]), *dst = csv_field(in, idx[1]);
	long order;

	if (import_long(csv_field(in, idx[2]), &order) != 1)
		return import_row_err(in, c->e, _("%s '%s' is not a number"),
				      "numero_ordre", csv_field(in, idx[2]));
	if (strcmp(src, dst) == 0 || !import_rome_group_known(r->l, src) ||
	    !import_rome_group_known(r->l, dst))
		return 0;
	return import_link(c->s, src, dst, "close", c->e);
}

/* --- The folder ---------------------------------------------------------- */

static const char *const domain_cols[] = {
	"code_grand_domaine", "libelle_grand_domaine", NULL
};
static const char *const group_cols[] = {
	"code_rome", "libelle_rome", "code_rome_parent", NULL
};
static const char *const title_cols[] = {
	"libelle_appellation_long", "code_rome", "classification", "peu_usite",
	NULL
};
static const char *const link_cols[] = {
	"code_rome", "code_rome_cible", "numero_ordre", NULL
};
static const char *const text_cols[] = {
	"code_rome", "position_phrase", "libelle_type_texte", "libelle_texte", NULL
};

static int
rome4_load(struct rome4 *r)
{
	struct import_ctx *c = r->c;

	if (import_rome_files(c, rome4_patterns, F4__COUNT, 0, r->path) < 0 ||
	    rome4_version(c) < 0 || import_rome_replace(c) < 0)
		return -1;
	if (import_rome_each(c, r->path[F4_DOMAINS], domain_cols, domain_row, r,
			     ROME_DOMAINS) < 0 ||
	    import_rome_each(c, r->path[F4_GROUPS], group_cols, group_row, r,
			     ROME_GROUPS) < 0 ||
	    import_rome_each(c, r->path[F4_TITLES], title_cols, title_row, r,
			     ROME_TITLES) < 0 ||
	    import_rome_each(c, r->path[F4_LINKS], link_cols, link_row, r,
			     ROME_LINKS) < 0 ||
	    import_rome_each(c, r->path[F4_TEXTS], text_cols, import_rome_text_row,
			     r->l, ROME_TEXTS) < 0)
		return -1;
	return import_rome_access_write(r->l);
}

int
import_rome4(struct rome_load *l)
{
	struct rome4 *r = calloc(1, sizeof *r);
	int rc;

	if (r == NULL)
		return err_set(l->c->e, _("%s: out of memory"), l->c->path);
	r->l = l;
	r->c = l->c;
	l->access_kind = "acces_metier";
	l->position_col = "position_phrase";
	rc = rome4_load(r);
	free(r);
	return rc;
}
