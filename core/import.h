/* import.h - loading data files into the reference database.
 *
 * One importer per kind of file. Each import runs in one transaction: a
 * file that breaks its format (CSV syntax, a missing required column, a
 * wrong header) is refused whole and the database stays exactly as it was;
 * rows that are well-formed but unusable (an unknown code, a confidential
 * blank figure) are skipped and counted. Importing the same file twice
 * gives the same database. An import that would leave a reference table
 * with less than half its rows is refused as a whole too, unless
 * `replace` is set (--replace). */
#ifndef TREMPLIN_IMPORT_H
#define TREMPLIN_IMPORT_H

#include "err.h"
#include "store.h"

enum import_kind {
	IMPORT_DEFAULT,  /* the project's own data/ folder (*.tsv files) */
	IMPORT_ROME,     /* a folder of official ROME v3 or 4.0 unix_*_utf8.csv files */
	IMPORT_IMT,      /* France Travail IMT files, each recognised by its header */
	IMPORT_BMO,      /* a BMO survey file plus the FAP->ROME crosswalk */
	IMPORT_INSEE,    /* a folder holding the COG departements.csv, regions.csv */
	IMPORT__COUNT
};

struct import_options {
	int year;                /* year of the figures; 0: the importer's default */
	const char *crosswalk;   /* BMO: path of passage_fap2009_romev3.txt; NULL:
				  * the file of that name beside the BMO file;
				  * IMT: the FAP-ROME crosswalk (application_modes)
				  * or a PCS-ROME one (salaries, doc/crosswalk-pcs.md),
				  * recognised by its content */
	const char *crosswalk2;  /* a second --crosswalk: an IMT folder holding
				  * application_modes and salaries needs both */
	int replace;             /* --replace: a table may lose more than half
				  * its rows (else the import is refused) */
};

/* What an import did, per file read. */
struct import_count {
	char file[256];
	long read, kept, skipped;
};

/* The most files one import reads: the default data set has 10. */
#define IMPORT_MAX_FILES 16

struct import_report {
	int nfiles;
	struct import_count files[IMPORT_MAX_FILES];
	char note[512];          /* translated, e.g. "figures dated 2026 (use --year)" */
};

/* Kind named NAME ("rome"), -1 when unknown. */
int import_kind_find(const char *name);
const char *import_kind_name(enum import_kind k);

/* Import PATH into S (opened with STORE_CREATE or STORE_READWRITE). */
int import_run(struct store *s, enum import_kind kind, const char *path,
	       const struct import_options *opt, struct import_report *rep,
	       struct tr_err *e);

#endif
