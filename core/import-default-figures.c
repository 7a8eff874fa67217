/* import-default-figures.c - the figures of the project's own data set:
 * market.tsv, channels.tsv, salaries.tsv and recruitment.tsv (see
 * data/README.md). The codes they name (job groups, régions,
 * départements) are loaded first by import-default.c.
 *
 * Every figure says where it comes from (source, year, example). The
 * three newer files hold example figures only: the project writes no
 * official figures, so a row whose example is not 1 is refused. */
#include <config.h>

#include <string.h>

#include "i18n.h"
#include "import-default.h"

/* --- Fields shared by the four files --------------------------------- */

/* "1,7,8" -> bit mask (bit 0 = January); -1 when empty, -2 when bad. */
static int
month_mask(const char *s)
{
	int mask = 0;

	if (*s == '\0')
		return -1;
	while (*s != '\0') {
		int m = 0, digits = 0;

		for (; *s >= '0' && *s <= '9' && digits < 3; s++, digits++)
			m = m * 10 + (*s - '0');
		if (digits == 0 || m < 1 || m > 12)
			return -2;
		mask |= 1 << (m - 1);
		if (*s == ',')
			s++;
		else if (*s != '\0')
			return -2;
	}
	return mask;
}

/* Figure I: a count (PERCENT = 0) or a percent; -1 when empty. */
static int
figure(struct tsv *t, int i, const char *name, int percent, double *out,
       struct tr_err *e)
{
	const char *v = tsv_col(t, i);
	long n = 0;
	int rc;

	if (percent) {
		rc = import_double(v, out);
		if (rc == 1 && (*out < 0 || *out > 100))
			rc = -1;
	} else {
		rc = import_long(v, &n);
		if (rc == 1 && n < 0)
			rc = -1;
		*out = (double)n;
	}
	if (rc < 0)
		return import_row_err(t->f, e, percent
				      ? _("%s '%s' is not a percent between 0 and 100")
				      : _("%s '%s' is not a count"), name, v);
	if (rc == 0)
		*out = -1;
	return 0;
}

/* A figure that must be there. */
static int
need_figure(struct tsv *t, int i, const char *name, int percent, double *out,
	    struct tr_err *e)
{
	if (tsv_need_text(t, i, name, e) < 0)
		return -1;
	return figure(t, i, name, percent, out, e);
}

/* The fields market.tsv and salaries.tsv begin with. */
enum { PL_ROME, PL_LEVEL, PL_AREA };

/* Those fields: a known job group into *ROME, a level D, R or F into
 * *LEVEL and its area (a département, a région, empty for France) into
 * *AREA. */
static int
place(struct import_ctx *c, struct tsv *t, const char **rome, char *level,
      const char **area)
{
	const char *lv = tsv_col(t, PL_LEVEL);
	int rc;

	*rome = tsv_col(t, PL_ROME);
	*area = tsv_col(t, PL_AREA);
	if (tsv_known_group(c, t, PL_ROME) < 0)
		return -1;
	if (strlen(lv) != 1 || strchr("DRF", lv[0]) == NULL)
		return import_row_err(t->f, c->e, _("level '%s' is not D, R or F"), lv);
	*level = lv[0];
	rc = import_has_area(c->s, *level, *area, c->e);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return import_row_err(t->f, c->e, *level == 'F'
				      ? _("the area of a France figure must be empty")
				      : _("unknown area %s"), *area);
	return 0;
}

/* Fields SOURCE, SOURCE + 1 and SOURCE + 2: the source, year and example
 * flag of the row into *O, and into the import's year and example. With
 * EXAMPLE_ONLY, a row that is not an example is refused. */
static int
origin(struct import_ctx *c, struct tsv *t, int source, int example_only,
       struct import_origin *o)
{
	const char *y = tsv_col(t, source + 1);
	long year;

	if (tsv_need_text(t, source, "source", c->e) < 0 ||
	    tsv_flag(t, source + 2, "example", &o->example, c->e) < 0)
		return -1;
	if (import_long(y, &year) != 1 || year < 1990 || year > 2100)
		return import_row_err(t->f, c->e, _("year '%s' is not between 1990 "
						    "and 2100"), y);
	if (example_only && !o->example)
		return import_row_err(t->f, c->e, _("example must be 1: the project "
						    "writes no official figures"));
	o->source = tsv_col(t, source);
	o->year = (int)year;
	if (o->year > c->year)
		c->year = o->year;
	if (o->example)
		c->example = 1;
	return 0;
}

/* Field I is one of the NULL-terminated WORDS. */
static int
one_of(const struct tsv *t, int i, const char *const *words)
{
	for (; *words != NULL; words++)
		if (strcmp(tsv_col(t, i), *words) == 0)
			return 1;
	return 0;
}

/* --- market.tsv ------------------------------------------------------- */

enum { MK_OFFERS = PL_AREA + 1, MK_CANDIDATES, MK_MONTHS, MK_CDI, MK_CDD,
       MK_INTERIM, MK_SOURCE };

/* The columns of market.tsv, in the order of the enum. */
static const char *const market_cols[] = {
	"rome", "level", "area", "offers", "candidates", "seasonal_months",
	"cdi_share", "cdd_share", "interim_share", "source", "year", "example",
	NULL
};

static int
market_values(struct import_ctx *c, struct tsv *t, struct import_market *m)
{
	double offers, cand;

	if (figure(t, MK_OFFERS, "offers", 0, &offers, c->e) < 0 ||
	    figure(t, MK_CANDIDATES, "candidates", 0, &cand, c->e) < 0 ||
	    figure(t, MK_CDI, "cdi_share", 1, &m->cdi_share, c->e) < 0 ||
	    figure(t, MK_CDD, "cdd_share", 1, &m->cdd_share, c->e) < 0 ||
	    figure(t, MK_INTERIM, "interim_share", 1, &m->interim_share, c->e) < 0)
		return -1;
	m->offers = (long)offers;
	m->candidates = (long)cand;
	m->tension = offers >= 0 && cand > 0 ? offers * 10 / cand : -1;
	m->seasonal_months = month_mask(tsv_col(t, MK_MONTHS));
	if (m->seasonal_months == -2)
		return import_row_err(t->f, c->e, _("seasonal_months '%s' is not a "
						    "list of months 1 to 12"),
				      tsv_col(t, MK_MONTHS));
	return 0;
}

static int
market_row(struct import_ctx *c, struct tsv *t)
{
	struct import_market m;
	struct import_origin o;

	memset(&m, 0, sizeof m);
	if (place(c, t, &m.rome, &m.level, &m.area) < 0 ||
	    market_values(c, t, &m) < 0 ||
	    origin(c, t, MK_SOURCE, 0, &o) < 0)
		return -1;
	m.source = o.source;
	m.year = o.year;
	m.example = o.example;
	return tsv_written(t, import_market(c->s, &m, c->e), _("market figure"), c->e);
}

/* --- channels.tsv ----------------------------------------------------- */

enum { CH_ROME, CH_CHANNEL, CH_SHARE, CH_SOURCE };

static const char *const channel_cols[] = {
	"rome", "channel", "share", "source", "year", "example", NULL
};

/* As the CHECK of channels.channel in data/schema.sql. */
static const char *const channel_names[] = {
	"spontaneous", "intermediaries", "network", "other", NULL
};

static int
channel_row(struct import_ctx *c, struct tsv *t)
{
	struct import_origin o;
	double share;

	if (tsv_known_group(c, t, CH_ROME) < 0)
		return -1;
	if (!one_of(t, CH_CHANNEL, channel_names))
		return import_row_err(t->f, c->e, _("channel '%s' is not spontaneous, "
						    "intermediaries, network or other"),
				      tsv_col(t, CH_CHANNEL));
	if (need_figure(t, CH_SHARE, "share", 1, &share, c->e) < 0 ||
	    origin(c, t, CH_SOURCE, 1, &o) < 0)
		return -1;
	return tsv_written(t, import_channel(c->s, tsv_col(t, CH_ROME),
					     tsv_col(t, CH_CHANNEL), share, &o, c->e),
			   _("hiring channel"), c->e);
}

/* --- salaries.tsv ----------------------------------------------------- */

enum { SA_AGE = PL_AREA + 1, SA_MIN, SA_MAX, SA_SOURCE };

static const char *const salary_cols[] = {
	"rome", "level", "area", "age_group", "minimum", "maximum",
	"source", "year", "example", NULL
};

/* As the CHECK of salaries.age_group in data/schema.sql. */
static const char *const age_groups[] = { "under35", "from35", NULL };

/* Field I: whole euros, above 0. */
static int
amount(struct tsv *t, int i, const char *name, long *out, struct tr_err *e)
{
	const char *v = tsv_col(t, i);

	if (import_long(v, out) != 1 || *out <= 0)
		return import_row_err(t->f, e, _("%s '%s' is not an amount in whole "
						 "euros"), name, v);
	return 0;
}

/* Fields SA_MIN and SA_MAX, the minimum not above the maximum. */
static int
salary_range(struct import_ctx *c, struct tsv *t, struct import_salary *r)
{
	if (amount(t, SA_MIN, "minimum", &r->minimum, c->e) < 0 ||
	    amount(t, SA_MAX, "maximum", &r->maximum, c->e) < 0)
		return -1;
	if (r->minimum > r->maximum)
		return import_row_err(t->f, c->e, _("minimum %ld is above maximum %ld"),
				      r->minimum, r->maximum);
	return 0;
}

static int
salary_row(struct import_ctx *c, struct tsv *t)
{
	struct import_salary r;
	struct import_origin o;

	memset(&r, 0, sizeof r);
	r.age_group = tsv_col(t, SA_AGE);
	if (place(c, t, &r.rome, &r.level, &r.area) < 0)
		return -1;
	if (!one_of(t, SA_AGE, age_groups))
		return import_row_err(t->f, c->e, _("age_group '%s' is not under35 "
						    "or from35"), r.age_group);
	if (salary_range(c, t, &r) < 0 || origin(c, t, SA_SOURCE, 1, &o) < 0)
		return -1;
	return tsv_written(t, import_salary(c->s, &r, &o, c->e), _("salary range"), c->e);
}

/* --- recruitment.tsv -------------------------------------------------- */

enum { RE_ROME, RE_DEP, RE_PROJECTS, RE_HARD, RE_SEASONAL, RE_SOURCE };

static const char *const recruitment_cols[] = {
	"rome", "departement", "projects", "hard_share", "seasonal_share",
	"source", "year", "example", NULL
};

static int
recruitment_row(struct import_ctx *c, struct tsv *t)
{
	const char *dep = tsv_col(t, RE_DEP);
	struct import_origin o;
	double projects, hard, seasonal;
	int rc;

	if (tsv_known_group(c, t, RE_ROME) < 0)
		return -1;
	rc = import_has(c->s, TABLE_DEPARTEMENTS, dep, c->e);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return import_row_err(t->f, c->e, _("unknown département %s"), dep);
	if (need_figure(t, RE_PROJECTS, "projects", 0, &projects, c->e) < 0 ||
	    figure(t, RE_HARD, "hard_share", 1, &hard, c->e) < 0 ||
	    figure(t, RE_SEASONAL, "seasonal_share", 1, &seasonal, c->e) < 0 ||
	    origin(c, t, RE_SOURCE, 1, &o) < 0)
		return -1;
	return tsv_written(t, import_recruitment(c->s, tsv_col(t, RE_ROME), dep,
						 projects, hard, seasonal, &o, c->e),
			   _("recruitment figure"), c->e);
}

int
import_default_figures(struct import_ctx *c)
{
	if (tsv_each_row(c, "market.tsv", market_cols, market_row) < 0 ||
	    tsv_each_row(c, "channels.tsv", channel_cols, channel_row) < 0 ||
	    tsv_each_row(c, "salaries.tsv", salary_cols, salary_row) < 0 ||
	    tsv_each_row(c, "recruitment.tsv", recruitment_cols, recruitment_row) < 0)
		return -1;
	return 0;
}
