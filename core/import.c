/* import.c - the import driver and what the importers share: the table of
 * kinds, one transaction per import, the `sources` row, the report, files
 * and values (the rows are written by import-rows.c). See import.h and
 * import-private.h. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include "clock.h"
#include "i18n.h"
#include "import-private.h"
#include "situation.h"
#include "store-private.h"
#include "text.h"

static const struct {
	const char *name;
	int (*run)(struct import_ctx *c);
} kinds[IMPORT__COUNT] = {
	[IMPORT_DEFAULT] = { "default", import_default },
	[IMPORT_ROME] = { "rome", import_rome },
	[IMPORT_IMT] = { "imt", import_imt },
	[IMPORT_BMO] = { "bmo", import_bmo },
	[IMPORT_INSEE] = { "insee", import_insee },
};

int
import_kind_find(const char *name)
{
	for (int k = 0; k < IMPORT__COUNT; k++)
		if (strcmp(kinds[k].name, name) == 0)
			return k;
	return -1;
}

const char *
import_kind_name(enum import_kind k)
{
	if ((int)k < 0 || k >= IMPORT__COUNT)
		return NULL;
	return kinds[k].name;
}

/* --- The driver ------------------------------------------------------ */

/* Settings of this connection that make a bulk load fast: a big page
 * cache, temporary tables in memory. The rollback journal stays, so a
 * refused import leaves the file exactly as it was; synchronous NORMAL
 * still syncs at commit. */
static int
fast_settings(struct store *s, struct tr_err *e)
{
	return store_exec(s, "PRAGMA cache_size = -65536; "
			  "PRAGMA temp_store = MEMORY; "
			  "PRAGMA synchronous = NORMAL", e);
}

static const char sql_source_del[] =
	"DELETE FROM sources WHERE kind = ?1 AND path = ?2";
static const char sql_source_ins[] =
	"INSERT INTO sources (kind, path, source, year, example, rows, imported, "
	"release) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

/* The `sources` row of SOURCE read from PATH: ROWS rows, dated today by
 * the program's clock, with the import's year, example flag and release. */
static int
insert_source(struct import_ctx *c, const char *kind, const char *path,
	      const char *source, long rows)
{
	sqlite3_stmt *st = store_stmt(c->s, sql_source_ins, c->e);
	char today[CLOCK_DATE_LEN];

	if (st == NULL)
		return -1;
	clock_format(c->now, CLOCK_LOCAL, 0, today, sizeof today);
	sqlite3_bind_text(st, 1, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, path, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, source, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 4, c->year);
	sqlite3_bind_int(st, 5, c->example);
	sqlite3_bind_int64(st, 6, rows);
	sqlite3_bind_text(st, 7, today, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 8, c->release, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		return store_fail(c->s, _("cannot record the source"), c->e);
	return 0;
}

int
import_step(struct import_ctx *c, const char *sql, const char *a,
	    const char *b, const char *what)
{
	sqlite3_stmt *st = store_stmt(c->s, sql, c->e);

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
	if (b != NULL)
		sqlite3_bind_text(st, 2, b, -1, SQLITE_STATIC);
	else if (sqlite3_bind_parameter_count(st) >= 2)
		sqlite3_bind_int(st, 2, c->year);
	if (sqlite3_step(st) != SQLITE_DONE)
		return store_fail(c->s, _(what), c->e);
	return 0;
}

static int
write_source(struct import_ctx *c, const char *kind)
{
	if (import_step(c, sql_source_del, kind, c->path,
			N_("cannot record the source")) < 0)
		return -1;
	return insert_source(c, kind, c->path, c->source, c->rows);
}

static const char sql_source_of[] =
	"DELETE FROM sources WHERE kind = ?1 AND source = ?2";

int
import_source_row(struct import_ctx *c, const char *kind, const char *path,
		  const char *source, long rows)
{
	if (import_step(c, sql_source_of, kind, source,
			N_("cannot record the source")) < 0)
		return -1;
	return insert_source(c, kind, path, source, rows);
}

/* --- Shrinking ------------------------------------------------------- */

/* The tables an import fills are counted before and after it
 * (store_count_tables): one that would lose more than half its rows is
 * kept unless --replace is given, since a truncated or wrong file must not
 * empty the referential. */

/* -1 with E filled when a table of BEFORE lost more than half its rows. */
static int
shrink_check(struct import_ctx *c, const long long *before)
{
	long long after[STORE_NTABLES];

	if (store_count_tables(c->s, after, c->e) < 0)
		return -1;
	for (size_t i = 0; i < STORE_NTABLES; i++) {
		if (after[i] * 2 >= before[i])
			continue;
		/* TRANSLATORS: TABLE: N rows now, M after this import. */
		return err_set(c->e, P_("%s: %lld row now, %lld after this import; "
					"nothing was changed (give --replace to "
					"replace them anyway)",
					"%s: %lld rows now, %lld after this import; "
					"nothing was changed (give --replace to "
					"replace them anyway)",
					(unsigned long)before[i]),
			       store_table_name((int)i), before[i], after[i]);
	}
	return 0;
}

/* Run the importer of KIND in C, the transaction open. */
static int
run_kind(struct import_ctx *c, enum import_kind kind)
{
	long long before[STORE_NTABLES];

	if (!c->opt->replace && store_count_tables(c->s, before, c->e) < 0)
		return -1;
	if (kinds[kind].run(c) < 0)
		return -1;
	/* An importer that recorded its own sources rows sets SOURCE to NULL. */
	if (c->source != NULL && write_source(c, kinds[kind].name) < 0)
		return -1;
	return c->opt->replace ? 0 : shrink_check(c, before);
}

int
import_run(struct store *s, enum import_kind kind, const char *path,
	   const struct import_options *opt, struct import_report *rep,
	   struct tr_err *e)
{
	static const struct import_options defaults = { .year = 0 };
	struct import_ctx c;

	memset(rep, 0, sizeof *rep);
	if ((int)kind < 0 || kind >= IMPORT__COUNT)
		return err_set(e, _("unknown kind of data"));
	memset(&c, 0, sizeof c);
	c.s = s;
	c.path = path;
	c.opt = opt != NULL ? opt : &defaults;
	c.rep = rep;
	c.e = e;
	c.source = "";
	if (clock_now(&c.now, e) < 0)
		return -1;
	if (fast_settings(s, e) < 0 || store_begin(s, e) < 0)
		return -1;
	if (run_kind(&c, kind) < 0 || store_commit(s, e) < 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

/* --- Report ---------------------------------------------------------- */

struct import_count *
import_counter(struct import_ctx *c, const char *file)
{
	struct import_report *r = c->rep;
	const char *base = strrchr(file, '/');

	base = base != NULL && base[1] != '\0' ? base + 1 : file;
	for (int i = 0; i < r->nfiles; i++)
		if (strcmp(r->files[i].file, base) == 0)
			return &r->files[i];
	if (r->nfiles == IMPORT_MAX_FILES)
		return &r->files[IMPORT_MAX_FILES - 1]; /* never with our kinds */
	snprintf(r->files[r->nfiles].file, sizeof r->files[0].file, "%s", base);
	return &r->files[r->nfiles++];
}

void
import_note(struct import_ctx *c, const char *fmt, ...)
{
	char *note = c->rep->note;
	size_t len = strlen(note);
	va_list ap;

	if (len > 0 && len + 1 < sizeof c->rep->note)
		note[len++] = ' ';
	if (len + 1 >= sizeof c->rep->note)
		return;
	va_start(ap, fmt);
	vsnprintf(note + len, sizeof c->rep->note - len, fmt, ap);
	va_end(ap);
}

int
import_replace(struct import_ctx *c, const char *source,
	       const struct import_replace *how, long *rows)
{
	if (import_step(c, how->clear, source, NULL,
			N_("cannot replace the old rows")) < 0 ||
	    (how->examples != NULL &&
	     import_exec(c->s, how->examples, c->e) < 0) ||
	    import_step(c, how->write, source, NULL, how->what) < 0)
		return -1;
	*rows = sqlite3_changes(store_db(c->s));
	return 0;
}

int
import_each_some(struct import_ctx *c, const char *path, char sep,
		 const char *const *cols, import_row_fn row, void *arg)
{
	if (import_each(c, path, sep, cols, row, arg) < 0)
		return -1;
	if (import_counter(c, path)->read == 0)
		return err_set(c->e, _("no row in %s: refused, so that its old rows "
				       "stay"), path);
	return 0;
}

int
import_year(struct import_ctx *c)
{
	int y;

	if (c->opt->year > 0) {
		import_note(c, _("Figures dated %d (from --year)."), c->opt->year);
		return c->opt->year;
	}
	y = clock_year_of(c->now);
	import_note(c, _("Figures dated %d, the current year (use --year to "
			 "give their year)."), y);
	return y;
}

/* --- Files ----------------------------------------------------------- */

int
import_join(char *out, size_t len, const char *dir, const char *name,
	    struct tr_err *e)
{
	size_t dl = strlen(dir);
	int n;

	while (dl > 1 && dir[dl - 1] == '/')
		dl--;
	n = snprintf(out, len, "%.*s/%s", (int)dl, dir, name);
	if (n < 0 || (size_t)n >= len)
		return err_set(e, _("%s: path too long"), dir);
	return 0;
}

int
import_is_dir(const char *path, struct tr_err *e)
{
	struct stat sb;

	if (stat(path, &sb) < 0)
		return err_set(e, _("%s: cannot open: %s"), path, strerror(errno));
	return S_ISDIR(sb.st_mode) ? 1 : 0;
}

int
import_need_dir(struct import_ctx *c, const char *fmt, ...)
{
	int rc = import_is_dir(c->path, c->e);
	va_list ap;

	if (rc != 0)
		return rc < 0 ? -1 : 0;
	if (c->e != NULL) {
		va_start(ap, fmt);
		vsnprintf(c->e->msg, sizeof c->e->msg, fmt, ap);
		va_end(ap);
	}
	return -1;
}

int
import_glob(const char *dir, const char *pattern, char *out, size_t len,
	    struct tr_err *e)
{
	char found[NAME_MAX + 1] = "";
	struct dirent *d;
	DIR *dp = opendir(dir);
	int n = 0;

	if (dp == NULL)
		return err_set(e, _("%s: cannot open the folder: %s"), dir,
			       strerror(errno));
	while ((d = readdir(dp)) != NULL) {
		if (fnmatch(pattern, d->d_name, 0) != 0)
			continue;
		if (n++ == 0)
			snprintf(found, sizeof found, "%s", d->d_name);
		else if (strcmp(d->d_name, found) < 0)
			snprintf(found, sizeof found, "%s", d->d_name);
	}
	closedir(dp);
	if (n == 0)
		return err_set(e, _("%s: no file named %s in this folder"), dir, pattern);
	if (n > 1)
		return err_set(e, _("%s: %d files match %s; keep only one version "
				    "in the folder"), dir, n, pattern);
	return import_join(out, len, dir, found, e);
}

struct csv *
import_csv(const char *path, char sep, const char *const *cols, int *idx,
	   struct tr_err *e)
{
	struct csv *f = csv_open(path, sep, e);

	if (f == NULL)
		return NULL;
	if (csv_header(f, cols, idx, e) < 0) {
		csv_close(f);
		return NULL;
	}
	return f;
}

int
import_each(struct import_ctx *c, const char *path, char sep,
	    const char *const *cols, import_row_fn row, void *arg)
{
	struct import_count *n = import_counter(c, path);
	struct csv *in;
	int idx[IMPORT_MAX_COLS], rc;

	in = import_csv(path, sep, cols, idx, c->e);
	if (in == NULL)
		return -1;
	while ((rc = csv_next(in, c->e)) == 1) {
		n->read++;
		rc = row(c, in, idx, arg);
		if (rc < 0)
			break;
		if (rc == 0)
			n->skipped++;
		else
			n->kept++;
	}
	csv_close(in);
	return rc < 0 ? -1 : 0;
}

int
import_row_err(struct csv *f, struct tr_err *e, const char *fmt, ...)
{
	char what[TR_ERR_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	return err_set(e, "%s:%ld: %s", csv_path(f), csv_line(f), what);
}

/* --- Values ---------------------------------------------------------- */

static const char *
skip_spaces(const char *s)
{
	while (*s == ' ')
		s++;
	return s;
}

static int
only_spaces(const char *s)
{
	return *skip_spaces(s) == '\0';
}

int
import_long(const char *s, long *out)
{
	char *end;
	long v;

	s = skip_spaces(s);
	if (*s == '\0')
		return 0;
	if (!(*s >= '0' && *s <= '9') && *s != '-' && *s != '+')
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || end == s || !only_spaces(end))
		return -1;
	*out = v;
	return 1;
}

/* Our own reading of a decimal: strtod() follows LC_NUMERIC, and the
 * files use a point whatever the user's locale. */
int
import_double(const char *s, double *out)
{
	double v = 0, scale = 1;
	int neg = 0, digits = 0;

	s = skip_spaces(s);
	if (*s == '\0')
		return 0;
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	for (; *s >= '0' && *s <= '9'; s++, digits++)
		v = v * 10 + (*s - '0');
	if (*s == '.') {
		for (s++; *s >= '0' && *s <= '9'; s++, digits++) {
			scale /= 10;
			v += (*s - '0') * scale;
		}
	}
	if (digits == 0 || digits > 30 || !only_spaces(s))
		return -1;
	*out = neg ? -v : v;
	return 1;
}

void
import_unquote(char *dst, size_t len, const char *src)
{
	size_t o = 0;

	if (len == 0)
		return;
	for (; *src != '\0' && o + 1 < len; src++) {
		dst[o++] = *src;
		if (src[0] == '\'' && src[1] == '\'')
			src++;
	}
	dst[o] = '\0';
}

int
import_rome_code(const char *s)
{
	if (s[0] < 'A' || s[0] > 'N')
		return 0;
	for (int i = 1; i < 5; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return s[5] == '\0';
}

/* The levels are named as the values of the answer diploma. */
_Static_assert((int)LEVEL_NONE == (int)DIPLOMA_NONE &&
	       (int)LEVEL_BAC5 == (int)DIPLOMA_BAC5,
	       "enum import_level follows enum sit_diploma");

const char *
import_level_name(int level)
{
	if (level < 0 || level > LEVEL_BAC5)
		return NULL;
	return situation_value_name(SIT_DIPLOMA, level);
}

int
import_level_find(const char *name)
{
	if (*name == '\0')
		return LEVEL_UNKNOWN;
	for (int i = 0; i <= LEVEL_BAC5; i++)
		if (strcmp(situation_value_name(SIT_DIPLOMA, i), name) == 0)
			return i;
	return -2;
}
