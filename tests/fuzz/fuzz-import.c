/* fuzz-import.c - libFuzzer targets for the importers' row readers, one
 * binary per kind: run.sh builds it with FUZZ_KIND set to one of
 * FUZZ_ROME, FUZZ_ROME4, FUZZ_IMT, FUZZ_BMO, FUZZ_INSEE or FUZZ_DEFAULT,
 * and FUZZ_FIXTURES to the folder tests/fixtures/import.
 *
 * Once per process: the kind's fixture folder is copied to a temporary
 * folder (in /dev/shm when it can) and one database is opened in memory
 * and filled as a fixture (for the figures, IMT and BMO, with the default
 * fixture's job groups and areas); its image is kept. Each run: the first
 * byte chooses which file of the folder the other bytes replace (bit 7:
 * --replace) and import_run() reads the folder into that database. The
 * import's COMMIT is vetoed by a commit hook, so SQLite rolls it back: the
 * database is the fixture again for the next run, with no copy. On one
 * accepted input in FUZZ_CHECK_EVERY (chosen by a hash of its bytes, so
 * that a crash replays) the commit goes through, store_check() runs on the
 * result and the image is put back.
 *
 * Properties (abort() otherwise): a refused import says why and leaves
 * the database byte for byte as it was (the image compared); an accepted
 * one (it reached its COMMIT) counts each row read as kept or skipped,
 * and, when committed, returns 0 and leaves a database that store_check()
 * finds consistent. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz-sqlmem.h"
#include "import.h"
#include "store-private.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_ROME 1
#define FUZZ_ROME4 2
#define FUZZ_IMT 3
#define FUZZ_BMO 4
#define FUZZ_INSEE 5
#define FUZZ_DEFAULT 6

#define FUZZ_MAX_FILES 10

/* What a kind reads: its fixture folder and files, the one given to
 * import_run() ("" the folder) and its crosswalks (in the folder). */
struct fuzz_kind {
	enum import_kind kind;
	const char *fixture;
	const char *files[FUZZ_MAX_FILES + 1];
	const char *given;
	const char *crosswalk, *crosswalk2;
	int figures;                       /* needs the default fixture first */
};

static const struct fuzz_kind fk = {
#if FUZZ_KIND == FUZZ_ROME
	.kind = IMPORT_ROME, .fixture = "rome", .given = "",
	.files = { "unix_item_arborescence_v999_utf8.csv",
		   "unix_referentiel_appellation_v999_utf8.csv",
		   "unix_referentiel_code_rome_v999_utf8.csv",
		   "unix_rubrique_mobilite_v999_utf8.csv",
		   "unix_texte_v999_utf8.csv" },
#elif FUZZ_KIND == FUZZ_ROME4
	.kind = IMPORT_ROME, .fixture = "rome4", .given = "",
	.files = { "unix_grand_domaine_v499_utf8.csv",
		   "unix_referentiel_appellation_v499_utf8.csv",
		   "unix_referentiel_code_rome_v499_utf8.csv",
		   "unix_rubrique_mobilite_v499_utf8.csv",
		   "unix_texte_v499_utf8.csv", "version.txt" },
#elif FUZZ_KIND == FUZZ_IMT
	.kind = IMPORT_IMT, .fixture = "imt2", .given = "", .figures = 1,
	.files = { "market_score.csv", "employment_type.csv",
		   "application_modes.csv", "salaries.csv",
		   "passage_fap2009_romev3.txt", "crosswalk-pcs.txt" },
	.crosswalk = "passage_fap2009_romev3.txt",
	.crosswalk2 = "crosswalk-pcs.txt",
#elif FUZZ_KIND == FUZZ_BMO
	.kind = IMPORT_BMO, .fixture = "bmo", .given = "bmo.csv", .figures = 1,
	.files = { "bmo.csv", "passage_fap2009_romev3.txt" },
#elif FUZZ_KIND == FUZZ_INSEE
	.kind = IMPORT_INSEE, .fixture = "insee", .given = "",
	.files = { "departements.csv", "regions.csv" },
#elif FUZZ_KIND == FUZZ_DEFAULT
	.kind = IMPORT_DEFAULT, .fixture = "default", .given = "",
	.files = { "channels.tsv", "departements.tsv", "domains.tsv",
		   "job_groups.tsv", "job_links.tsv", "job_titles.tsv",
		   "market.tsv", "recruitment.tsv", "regions.tsv",
		   "salaries.tsv" },
#else
#error "FUZZ_KIND must be set"
#endif
};

#ifndef FUZZ_CHECK_EVERY
#define FUZZ_CHECK_EVERY 16
#endif

/* A file's bytes in memory. */
struct blob {
	char *data;
	size_t len;
};

static char dir[64];                      /* the temporary folder */
static int nfiles;
static struct blob orig[FUZZ_MAX_FILES];  /* the fixture files */
static struct store *db;                  /* the fixture database, in memory */
static unsigned char *pristine;           /* its image (sqlite3_serialize) */
static sqlite3_int64 pristine_len;
static int veto;                          /* the commit hook refuses */
static int reached;                       /* the import reached its COMMIT */

static int
slurp(const char *path, struct blob *b)
{
	FILE *fp = fopen(path, "rb");
	long n;

	if (fp == NULL || fseek(fp, 0, SEEK_END) != 0 || (n = ftell(fp)) < 0 ||
	    fseek(fp, 0, SEEK_SET) != 0)
		return -1;
	b->len = (size_t)n;
	b->data = malloc(b->len + 1);
	if (b->data == NULL || fread(b->data, 1, b->len, fp) != b->len)
		return -1;
	return fclose(fp);
}

static void
spill(const char *path, const void *data, size_t len)
{
	FILE *fp = fopen(path, "wb");

	if (fp == NULL || fwrite(data, 1, len, fp) != len || fclose(fp) != 0)
		abort();
}

static void
in_dir(char *out, size_t len, const char *name)
{
	snprintf(out, len, "%s/%s", dir, name);
}

static void
cleanup(void)
{
	char p[160];

	for (int i = 0; i < nfiles; i++) {
		in_dir(p, sizeof p, fk.files[i]);
		unlink(p);
	}
	rmdir(dir);
}

static int
commit_hook(void *arg)
{
	(void)arg;
	reached = 1;
	return veto;
}

/* Put the fixture's image back as the database (after a commit). */
static void
restore(void)
{
	unsigned char *copy = sqlite3_malloc64((sqlite3_uint64)pristine_len);

	if (copy == NULL)
		abort();
	memcpy(copy, pristine, (size_t)pristine_len);
	if (sqlite3_deserialize(store_db(db), "main", copy, pristine_len,
				pristine_len, SQLITE_DESERIALIZE_FREEONCLOSE |
				SQLITE_DESERIALIZE_RESIZEABLE) != SQLITE_OK)
		abort();
}

/* The database is byte for byte the fixture. */
static void
check_unchanged(void)
{
	sqlite3_int64 len;
	unsigned char *now = sqlite3_serialize(store_db(db), "main", &len,
					       SQLITE_SERIALIZE_NOCOPY);

	if (now == NULL || len != pristine_len ||
	    memcmp(now, pristine, (size_t)len) != 0)
		abort();
}

/* The fixture database: empty, or the default fixture for figures. */
static void
make_db(void)
{
	struct import_report rep;
	struct tr_err e;
	char def[512];

	snprintf(def, sizeof def, "%s/default", FUZZ_FIXTURES);
	if (store_open(":memory:", STORE_CREATE, &db, &e) < 0)
		abort();
	/* The importers' temporary tables in memory too: on disk, each run
	 * made and removed a file in /tmp. */
	if (sqlite3_exec(store_db(db), "PRAGMA temp_store = MEMORY", NULL, NULL,
			 NULL) != SQLITE_OK)
		abort();
	if (fk.figures && import_run(db, IMPORT_DEFAULT, def, NULL, &rep, &e) < 0) {
		fprintf(stderr, "fuzz-import: %s\n", e.msg);
		abort();
	}
	pristine = sqlite3_serialize(store_db(db), "main", &pristine_len, 0);
	if (pristine == NULL)
		abort();
	restore();                        /* now an image sqlite3_serialize() shows */
	check_unchanged();
	sqlite3_commit_hook(store_db(db), commit_hook, NULL);
}

static void
setup(void)
{
	char src[512], dst[160];

	/* The figures are dated by the program's clock: pin it, so that a
	 * crash replays. */
	setenv("TREMPLIN_NOW", "2026-06-15 12:00:00", 1);
	fuzz_sqlite_memory();
	snprintf(dir, sizeof dir, "%s/tremplin-fuzz-import.XXXXXX",
		 access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp");
	if (mkdtemp(dir) == NULL)
		abort();
	atexit(cleanup);
	for (nfiles = 0; fk.files[nfiles] != NULL; nfiles++) {
		snprintf(src, sizeof src, "%s/%s/%s", FUZZ_FIXTURES, fk.fixture,
			 fk.files[nfiles]);
		in_dir(dst, sizeof dst, fk.files[nfiles]);
		if (slurp(src, &orig[nfiles]) < 0) {
			fprintf(stderr, "fuzz-import: cannot read %s\n", src);
			abort();
		}
		spill(dst, orig[nfiles].data, orig[nfiles].len);
	}
	make_db();
}

static void
no_line(const char *text, void *arg)
{
	fprintf(stderr, "fuzz-import: data check: %s\n", text);
	*(int *)arg = 1;
}

/* Import the folder into the fixture database; check the properties.
 * CHECK: let an accepted import commit, and check the database. */
static void
run_import(int replace, int check)
{
	char given[160], cw[160], cw2[160];
	struct import_options opt = { .replace = replace };
	struct import_report rep;
	struct tr_err e = { .msg = "" };
	int rc, bad = 0;

	in_dir(given, sizeof given, fk.given);
	if (fk.crosswalk != NULL) {
		in_dir(cw, sizeof cw, fk.crosswalk);
		in_dir(cw2, sizeof cw2, fk.crosswalk2);
		opt.crosswalk = cw;
		opt.crosswalk2 = cw2;
	}
	veto = !check;
	reached = 0;
	rc = import_run(db, fk.kind, given, &opt, &rep, &e);
	if (rc < 0 && e.msg[0] == '\0')
		abort();                  /* a refusal says why */
	if (!reached || veto) {           /* refused, or rolled back */
		if (rc == 0)
			abort();
		check_unchanged();
	}
	if (!reached)
		return;
	for (int i = 0; i < rep.nfiles; i++)
		if (rep.files[i].kept + rep.files[i].skipped != rep.files[i].read)
			abort();
	if (veto)
		return;
	if (rc != 0 || store_check(db, no_line, &bad, &e) != 0)
		abort();                  /* an accepted import is consistent */
	restore();
}

/* FNV-1a of the input: which accepted inputs commit and are checked. */
static uint32_t
hash(const uint8_t *data, size_t size)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < size; i++)
		h = (h ^ data[i]) * 16777619u;
	return h;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char p[160];
	int which;

	if (nfiles == 0)
		setup();
	if (size == 0)
		return 0;
	which = (data[0] & 0x7f) % nfiles;
	in_dir(p, sizeof p, fk.files[which]);
	spill(p, data + 1, size - 1);
	run_import((data[0] & 0x80) != 0, hash(data, size) % FUZZ_CHECK_EVERY == 0);
	spill(p, orig[which].data, orig[which].len);
	return 0;
}
