/* import-insee.c - régions and départements from the INSEE official
 * geographic code (COG): a folder holding regions.csv (REG, LIBELLE) and
 * departements.csv (DEP, REG, TNCC, LIBELLE). Replaces both tables. */
#include <config.h>

#include <string.h>

#include "i18n.h"
#include "import-private.h"

static const char *const region_cols[] = { "REG", "LIBELLE", NULL };
static const char *const dep_cols[] = { "DEP", "REG", "TNCC", "LIBELLE", NULL };

/* NAME is empty or only spaces: no name to show (data check's trim()). */
static int
blank(const char *name)
{
	return name[strspn(name, " ")] == '\0';
}

static int
region_row(struct import_ctx *c, struct csv *in, const int *idx, void *arg)
{
	const char *code = csv_field(in, idx[0]), *name = csv_field(in, idx[1]);

	(void)arg;
	if (code[0] == '\0' || blank(name))
		return 0;
	return import_region(c->s, code, name, c->e);
}

/* 1 written, 0 skipped, -1 error. */
static int
dep_row(struct import_ctx *c, struct csv *in, const int *idx, void *arg)
{
	const char *code = csv_field(in, idx[0]), *reg = csv_field(in, idx[1]);
	const char *name = csv_field(in, idx[3]);
	long tncc;
	int rc = import_long(csv_field(in, idx[2]), &tncc);

	(void)arg;
	if (rc < 0)
		return import_row_err(in, c->e, _("TNCC '%s' is not a number"),
				      csv_field(in, idx[2]));
	if (rc == 0 || tncc < 0 || tncc > 5 || code[0] == '\0' || blank(name))
		return 0;
	rc = import_has(c->s, TABLE_REGIONS, reg, c->e);
	if (rc <= 0)
		return rc;
	return import_departement(c->s, code, reg, (int)tncc, name, c->e);
}

int
import_insee(struct import_ctx *c)
{
	char regions[4096], deps[4096];

	if (import_need_dir(c, _("%s: not a folder; give the folder holding "
				 "departements.csv and regions.csv"), c->path) < 0 ||
	    import_glob(c->path, "regions.csv", regions, sizeof regions, c->e) < 0 ||
	    import_glob(c->path, "departements.csv", deps, sizeof deps, c->e) < 0)
		return -1;
	c->source = "INSEE, code officiel géographique";
	c->year = import_year(c);
	if (import_exec(c->s, "DELETE FROM departements", c->e) < 0 ||
	    import_exec(c->s, "DELETE FROM regions", c->e) < 0)
		return -1;
	if (import_each_some(c, regions, ',', region_cols, region_row, NULL) < 0 ||
	    import_each_some(c, deps, ',', dep_cols, dep_row, NULL) < 0)
		return -1;
	c->rows = import_counter(c, regions)->kept + import_counter(c, deps)->kept;
	return 0;
}
