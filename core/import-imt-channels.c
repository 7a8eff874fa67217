/* import-imt-channels.c - IMT application_modes.csv: the share of hires
 * through each channel, per FAP job family, brought to ROME job groups
 * with the FAP -> ROME crosswalk (import-crosswalk.c):
 *
 *   R3 Candidature spontanée               -> spontaneous
 *   R1 Intermédiaires du placement         -> intermediaries
 *   R2 Réseau personnel ou professionnel   -> network
 *   R4 Autres canaux                       -> other
 *
 * Every group of a family gets the family's shares. A group that belongs
 * to several families (the crosswalk maps some groups again by
 * qualification level) takes all its shares from one family, the one
 * listed first for it in the crosswalk that has a figure: the shares of a
 * family add up to 100, a mix of families would not, and an average would
 * weigh families the file gives no weight for.
 *
 * A blank percent is an unpublished figure: the row is skipped and
 * counted, like a row of a family the crosswalk does not know or whose
 * groups are all unknown. An unknown channel code or a percent outside
 * 0..100 refuses the file. */
#include <config.h>

#include <string.h>

#include "i18n.h"
#include "import-private.h"
#include "store-private.h"

static const char modes_source[] = "France Travail, IMT (application_modes)";

enum { M_CODE, M_FAP, M_PERCENT };
static const char *const modes_cols[] = {
	"APPLICATION_TYPE_CODE", "FAP_CODE", "RECRUT_PERCENT", NULL
};

static const struct {
	const char *code, *channel;
} channel_codes[] = {
	{ .code = "R1", .channel = "intermediaries" },
	{ .code = "R2", .channel = "network" },
	{ .code = "R3", .channel = "spontaneous" },
	{ .code = "R4", .channel = "other" },
};

static const char *
channel_of(const char *code)
{
	for (size_t i = 0; i < sizeof channel_codes / sizeof channel_codes[0]; i++)
		if (strcmp(channel_codes[i].code, code) == 0)
			return channel_codes[i].channel;
	return NULL;
}

/* The candidate shares: one per group, channel and crosswalk line. */
static const char sql_temp[] =
	"CREATE TEMP TABLE IF NOT EXISTS tr_channels (rome TEXT, channel TEXT, "
	"rank INTEGER, share REAL, PRIMARY KEY (rome, channel, rank)); "
	"DELETE FROM temp.tr_channels";
static const char sql_add[] =
	"INSERT INTO temp.tr_channels VALUES (?1, ?2, ?3, ?4) "
	"ON CONFLICT DO NOTHING";

/* One row's share of hires through one channel. */
struct share {
	const char *channel;
	double share;
};

/* 1 when the share of group P is a new candidate. */
static int
add_share(struct import_ctx *c, const struct import_pair *p, void *arg)
{
	const struct share *sh = arg;
	sqlite3_stmt *st = store_stmt(c->s, sql_add, c->e);

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, p->rome, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, sh->channel, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, p->line);
	sqlite3_bind_double(st, 4, sh->share);
	if (sqlite3_step(st) != SQLITE_DONE)
		return store_fail(c->s, _("cannot add a hiring channel"), c->e);
	return sqlite3_changes(store_db(c->s)) > 0;
}

static int
modes_row(struct import_ctx *c, struct csv *in, const int *idx, void *arg)
{
	const char *code = csv_field(in, idx[M_CODE]);
	struct share sh = { .channel = channel_of(code) };
	int rc;

	if (sh.channel == NULL)
		return import_row_err(in, c->e, _("%s '%s' is not R1, R2, R3 or R4"),
				      "APPLICATION_TYPE_CODE", code);
	rc = import_imt_percent(c, in, idx[M_PERCENT], "RECRUT_PERCENT",
				&sh.share);
	if (rc <= 0)
		return rc;
	return import_xwalk_each(c, arg, csv_field(in, idx[M_FAP]), add_share,
				 &sh);
}

/* Each group takes the shares of its first family with a figure; an
 * official share replaces a share of another source (an example). */
static const char sql_write[] =
	"INSERT INTO channels (rome, channel, share, source, year, example) "
	"SELECT rome, channel, share, ?1, ?2, 0 FROM temp.tr_channels t "
	"WHERE rank = (SELECT min(rank) FROM temp.tr_channels u "
	"WHERE u.rome = t.rome) "
	"ON CONFLICT (rome, channel) DO UPDATE SET share = excluded.share, "
	"source = excluded.source, year = excluded.year, example = 0";
static const char sql_clear[] = "DELETE FROM channels WHERE source = ?1";
/* A job group's channels come from one source: the example shares of
 * the groups this file gives go. */
static const char sql_clear_examples[] =
	"DELETE FROM channels WHERE example = 1 AND rome IN (SELECT rome FROM temp.tr_channels)";

static const struct import_imt_mapped modes_file = {
	.kind = XWALK_FAP, .temp = sql_temp, .cols = modes_cols, .row = modes_row,
	.source = modes_source,
	.how = {
		.clear = sql_clear, .examples = sql_clear_examples, .write = sql_write,
		.what = N_("cannot add a hiring channel"),
	},
};

/* The FAP-ROME crosswalk: the --crosswalk file of that kind, else
 * passage_fap2009_romev3.txt beside the file (as `import bmo` does). */
static int
find_crosswalk(struct import_ctx *c, const char *path, char *out, size_t len)
{
	const char *given, *slash = strrchr(path, '/');
	int rc = import_xwalk_find(c, XWALK_FAP, &given);

	if (rc < 0)
		return -1;
	if (rc == 1) {
		snprintf(out, len, "%s", given);
		return 0;
	}
	snprintf(out, len, "%.*s%spassage_fap2009_romev3.txt",
		 slash != NULL ? (int)(slash - path) : 0, path,
		 slash != NULL ? "/" : "");
	if (import_is_dir(out, NULL) == 0)
		return 0;
	/* TRANSLATORS: %s is the path of application_modes.csv. */
	return err_set(c->e, _("%s: the figures are per FAP family: give the "
			       "FAP-ROME crosswalk with --crosswalk "
			       "passage_fap2009_romev3.txt"), path);
}

int
import_imt_channels(struct import_ctx *c, const char *path)
{
	char crosswalk[4096];
	struct import_xwalk x;

	memset(&x, 0, sizeof x);
	if (find_crosswalk(c, path, crosswalk, sizeof crosswalk) < 0)
		return -1;
	return import_imt_mapped(c, path, crosswalk, &modes_file, &x, &x);
}
