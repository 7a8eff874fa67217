/* import-private.h - what the importers share: the import context, file
 * and number helpers, and one function per kind of row written, so that
 * the loader of the project's own data and the importers of official
 * files fill the tables the same way (a title always gets its search
 * words, a département always its folded name). */
#ifndef TREMPLIN_IMPORT_PRIVATE_H
#define TREMPLIN_IMPORT_PRIVATE_H

#include <stddef.h>
#include <time.h>

#include "csv.h"
#include "import.h"
#include "store.h"

/* One import in progress. */
struct import_ctx {
	struct store *s;
	const char *path;                  /* PATH given to import_run() */
	const struct import_options *opt;
	struct import_report *rep;
	struct tr_err *e;
	time_t now;                        /* the program's clock at the start */
	long rows;                         /* rows kept, for `sources` */
	/* Filled by the importer for the `sources` row. */
	const char *source;
	int year;
	int example;
	char release[32];                  /* the publisher's release, "" none */
};

/* The importers, one per kind (import-*.c). Each reads its files, writes
 * its rows and fills SOURCE and YEAR; import_run() does the rest. */
int import_default(struct import_ctx *c);
int import_rome(struct import_ctx *c);
int import_imt(struct import_ctx *c);
int import_bmo(struct import_ctx *c);
int import_insee(struct import_ctx *c);

/* Record in `sources` that the rows of SOURCE came from PATH (ROWS rows,
 * the context's year, example flag and release), replacing the earlier
 * row of SOURCE of the same KIND. An importer that writes one row per
 * file this way sets c->source to NULL so that import_run() writes none. */
int import_source_row(struct import_ctx *c, const char *kind, const char *path,
		      const char *source, long rows);

/* --- Report ---------------------------------------------------------- */

/* The counter of FILE (its base name is shown), added on first use. */
struct import_count *import_counter(struct import_ctx *c, const char *file);
/* Append a translated sentence to the report's note. */
void import_note(struct import_ctx *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Run SQL, which returns no row, with the text A as ?1 and as ?2 the text
 * B, or when B is NULL and SQL has a ?2, the year of the import. WHAT
 * (N_()) names a failure. */
int import_step(struct import_ctx *c, const char *sql, const char *a,
		const char *b, const char *what);
/* Rows of SOURCE gathered in a temporary table replace the old ones:
 * CLEAR (?1 the source) deletes the rows of SOURCE, EXAMPLES (NULL: none)
 * the example rows that the new ones replace, WRITE (?1 the source, ?2
 * the year) adds them; *ROWS counts them. WHAT (N_()) names a failed
 * write. */
struct import_replace {
	const char *clear, *examples, *write, *what;
};
int import_replace(struct import_ctx *c, const char *source,
		   const struct import_replace *how, long *rows);

/* --year, or the current year (and say so in the note). */
int import_year(struct import_ctx *c);

/* --- Files ----------------------------------------------------------- */

/* DIR/NAME into OUT; -1 with E filled when it does not fit. */
int import_join(char *out, size_t len, const char *dir, const char *name,
		struct tr_err *e);
/* The one file of DIR matching the glob PATTERN into OUT. A missing file
 * or several matches is an error naming DIR and PATTERN. */
int import_glob(const char *dir, const char *pattern, char *out, size_t len,
		struct tr_err *e);
/* 1 when PATH is a directory, 0 when it is another file, -1 with E filled
 * when it cannot be read. */
int import_is_dir(const char *path, struct tr_err *e);
/* 0 when the PATH of the import is a folder; -1 with E filled otherwise:
 * FMT (given the path) when it is another file, or why it cannot be read. */
int import_need_dir(struct import_ctx *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Open the CSV file PATH, read its header and map COLS (NULL-terminated)
 * to IDX. NULL with E filled on error. */
struct csv *import_csv(const char *path, char sep, const char *const *cols,
		       int *idx, struct tr_err *e);

/* Read every data row of the CSV file PATH (separator SEP, a header with
 * the columns COLS, at most IMPORT_MAX_COLS). ROW gets the record and the
 * column indexes and returns 1 (kept), 0 (skipped) or -1 (refused, E
 * filled); the file's counter counts them. Returns 0 or -1. */
#define IMPORT_MAX_COLS 24
typedef int (*import_row_fn)(struct import_ctx *c, struct csv *in,
			     const int *idx, void *arg);
int import_each(struct import_ctx *c, const char *path, char sep,
		const char *const *cols, import_row_fn row, void *arg);

/* import_each(), and a file with no data row is refused, so that the
 * rows it would replace stay. */
int import_each_some(struct import_ctx *c, const char *path, char sep,
		     const char *const *cols, import_row_fn row, void *arg);

/* Fill E with "FILE:LINE: WHAT" for the current record of F; returns -1. */
int import_row_err(struct csv *f, struct tr_err *e, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* --- Crosswalks (import-crosswalk.c) ----------------------------------
 * Tables that bring figures published per FAP family or PCS profession
 * to ROME job groups. */

enum import_xwalk_kind {
	XWALK_FAP,                         /* passage_fap2009_romev3.txt */
	XWALK_PCS                          /* PCS<TAB>ROME, doc/crosswalk-pcs.md */
};

/* One pair: CODE (FAP or PCS) -> ROME group, read on LINE. */
struct import_pair {
	char code[8];
	char rome[6];
	long line;
};

struct import_xwalk {
	enum import_xwalk_kind kind;
	struct import_pair *pairs;         /* sorted by code, rome, line */
	size_t n, cap;
};

/* Read the crosswalk PATH of KIND into X (zeroed by the caller; free it
 * with import_xwalk_free() whatever the result). A line that is not of
 * the format refuses the file: "PATH:LINE: ...". Its counter counts the
 * pair lines. */
int import_xwalk_read(struct import_ctx *c, const char *path,
		      enum import_xwalk_kind kind, struct import_xwalk *x);
void import_xwalk_free(struct import_xwalk *x);
/* "FAP-ROME" or "PCS-ROME", translated. */
const char *import_xwalk_name(enum import_xwalk_kind kind);
/* The first pair of CODE, NULL when the crosswalk does not know it; then
 * the next pair of the same code to another group, NULL after the last.
 * A pair listed twice is given once, with its first line. */
const struct import_pair *import_xwalk_first(const struct import_xwalk *x,
					     const char *code);
const struct import_pair *import_xwalk_next(const struct import_xwalk *x,
					    const struct import_pair *p);
/* ADD (given ARG) for each pair of CODE whose job group the database
 * has; ADD returns 1 when it used the pair, 0 when not, -1 on error. 1
 * when a pair was used (the row is kept), 0 none, -1 error. */
typedef int (*import_pair_fn)(struct import_ctx *c, const struct import_pair *p,
			      void *arg);
int import_xwalk_each(struct import_ctx *c, const struct import_xwalk *x,
		      const char *code, import_pair_fn add, void *arg);
/* The --crosswalk file of KIND into *PATH (each file given is recognised
 * by its first pair line): 1 found, 0 none of that kind given, -1 a file
 * that cannot be read or is of no kind (E filled). */
int import_xwalk_find(struct import_ctx *c, enum import_xwalk_kind kind,
		      const char **path);
/* A PCS profession code: three digits and a lower-case letter ("621a"). */
int import_pcs_code(const char *s);

/* --- IMT files (import-imt.c, import-imt-channels.c,
 * import-imt-salaries.c) ------------------------------------------------ */

/* The area of the current record of IN: *LEVEL D, R or F and its code in
 * AREA ("" for F; "9" reads "09"), from the columns TYPE and CODE. 0 when
 * the row is of another kind of area. */
int import_imt_area(struct csv *in, int type, int code, char *level,
		    char *area, size_t len);
/* Field I of IN, column NAME, as a percent in *OUT: 1, 0 when blank, -1
 * (E filled) when it is not a number between 0 and 100. */
int import_imt_percent(struct import_ctx *c, struct csv *in, int i,
		       const char *name, double *out);
/* application_modes.csv and salaries.csv. */
int import_imt_channels(struct import_ctx *c, const char *path);
int import_imt_salaries(struct import_ctx *c, const char *path);

/* How an IMT file published per FAP family or PCS profession is read:
 * through the crosswalk of KIND, its rows (COLS, ROW) go into a temporary
 * table that TEMP creates or empties, which then replaces (HOW) the rows
 * of SOURCE. */
struct import_imt_mapped {
	enum import_xwalk_kind kind;
	const char *temp;
	const char *const *cols;
	import_row_fn row;
	const char *source;
	struct import_replace how;
};
/* Read the crosswalk XPATH into X (zeroed by the caller, freed here), the
 * file PATH (ARG for M->row), write its rows and its `sources` row. */
int import_imt_mapped(struct import_ctx *c, const char *path, const char *xpath,
		      const struct import_imt_mapped *m, struct import_xwalk *x,
		      void *arg);

/* --- ROME, v3 (import-rome.c) and 4.0 (import-rome4.c) ---------------
 * import_rome() reads the header of the job groups file and hands a 4.0
 * folder to import_rome4(); what both releases do the same way lives in
 * import-rome.c and is shared through these. */

#define ROME_PATH_MAX 4096

/* What the import knows of each code: a job group? what did its access
 * texts say? (import-rome-access.c; NULL until the first group) */
struct rome_access;

/* One ROME import: the access texts, and how this release names them. */
struct rome_load {
	struct import_ctx *c;
	struct rome_access *access;
	const char *access_kind;           /* "acces_a_em" (v3), "acces_metier" (4.0) */
	const char *position_col;          /* the texts' position column, for messages */
};

/* A 4.0 folder (import-rome4.c). */
int import_rome4(struct rome_load *l);

/* The files of the folder c->path matching PATTERNS[0..N-1] into PATH; a
 * pattern whose bit is set in OPTIONAL may match nothing (PATH[i] "").
 * The release of the file names ("347" of "_v347_") goes to c->release. */
int import_rome_files(struct import_ctx *c, const char *const *patterns,
		      int n, unsigned optional, char (*path)[ROME_PATH_MAX]);
/* Note that CODE is a job group of this import (after its row is
 * written; -1 with the context's error filled when out of memory), and
 * ask whether it is one: the titles, links and texts of other codes are
 * skipped. */
int import_rome_group_add(struct rome_load *l, const char *code);
int import_rome_group_known(const struct rome_load *l, const char *code);
/* Free what the import knew of its groups (import-rome-access.c). */
void import_rome_access_free(struct rome_load *l);
/* Remove the job groups and everything hanging from them. */
int import_rome_replace(struct import_ctx *c);
/* What a ROME file holds, for the message when it holds none. */
enum rome_rows {
	ROME_GROUPS, ROME_TITLES, ROME_LINKS, ROME_TEXTS, ROME_DOMAINS
};
/* import_each() on a ROME file of ROWS, refused ("no job group in FILE")
 * when it gives no row to keep: a file of only a header must not empty
 * the referential. */
int import_rome_each(struct import_ctx *c, const char *path,
		     const char *const *cols, import_row_fn row, void *arg,
		     enum rome_rows rows);
/* A row of texts (columns: code, position, kind, text); ARG is the
 * struct rome_load. The access texts feed the diploma and licence rules. */
int import_rome_text_row(struct import_ctx *c, struct csv *in, const int *idx,
			 void *arg);
/* Write what the access texts said into the job groups. */
int import_rome_access_write(struct rome_load *l);

/* --- Values ---------------------------------------------------------- */

/* Parse a whole decimal field. 1: a number in *OUT; 0: the field is empty
 * (after spaces); -1: not a number. */
int import_long(const char *s, long *out);
int import_double(const char *s, double *out);
/* Copy SRC into DST turning the ROME export's doubled '' into one '. */
void import_unquote(char *dst, size_t len, const char *src);
/* A ROME job group code: one letter A..N and four digits. */
int import_rome_code(const char *s);

/* Diploma levels, lowest first, as stored in job_groups.diploma_level:
 * the values of the answer diploma (enum sit_diploma, import.c ties them). */
enum import_level {
	LEVEL_UNKNOWN = -1,
	LEVEL_NONE, LEVEL_CAP_BEP, LEVEL_BAC, LEVEL_BAC2, LEVEL_BAC3, LEVEL_BAC5
};
const char *import_level_name(int level);   /* NULL for LEVEL_UNKNOWN */
int import_level_find(const char *name);    /* -2 when NAME is not a level */

/* --- Rows -------------------------------------------------------------
 * Each returns 1 when the row was written, 0 when it was a duplicate of a
 * row already there (nothing written), -1 on a database error (E filled). */

struct import_group {
	const char *code, *name;
	int diploma_required, diploma_level, licence_often;
	const char *parent;                /* ROME 4.0: its v3 group; NULL none */
};

int import_domain(struct store *s, const char *code, const char *name,
		  struct tr_err *e);
/* Set the name of domain CODE, adding it when missing. */
int import_domain_name(struct store *s, const char *code, const char *name,
		       struct tr_err *e);
int import_group(struct store *s, const struct import_group *g,
		 struct tr_err *e);
/* How a title ranks in the search (job_titles.rank). */
enum import_rank {
	RANK_PRINCIPAL = 0,                /* the sheet's principal title */
	RANK_TITLE = 1,                    /* any other title */
	RANK_RARE = 2                      /* rarely used (ROME peu_usite=O) */
};
/* A job title of group CODE, with its folded form and one title_words row
 * per word of the folded title: the job search reads only that index. */
int import_title(struct store *s, const char *code, const char *title,
		 enum import_rank rank, struct tr_err *e);
/* 1 when TITLE has a letter or a digit, so that its folded form gives the
 * search at least one word; 0 otherwise (a title of only punctuation or
 * bytes that are not text would be in no search result). */
int import_title_searchable(const char *title);
int import_link(struct store *s, const char *source, const char *target,
		const char *kind, struct tr_err *e);
int import_text(struct store *s, const char *code, const char *kind,
		long position, const char *text, struct tr_err *e);
int import_region(struct store *s, const char *code, const char *name,
		  struct tr_err *e);
/* A département, with its name folded for search. */
int import_departement(struct store *s, const char *code, const char *region,
		       int article, const char *name, struct tr_err *e);

/* A market row; a negative figure is stored as NULL (unknown). */
struct import_market {
	const char *rome;
	char level;                        /* 'D', 'R' or 'F' */
	const char *area;                  /* "" for F */
	long offers, candidates;
	double tension;
	int seasonal_months;
	double cdi_share, cdd_share, interim_share;
	const char *source;
	int year, example;
};
int import_market(struct store *s, const struct import_market *m,
		  struct tr_err *e);

/* The figures' origin, shared by the rows below. */
struct import_origin {
	const char *source;
	int year, example;
};

/* The share of hires (percent) of job group ROME through CHANNEL
 * ("spontaneous", "intermediaries", "network", "other"). */
int import_channel(struct store *s, const char *rome, const char *channel,
		   double share, const struct import_origin *o, struct tr_err *e);

/* A salary range (gross euros a month) of job group ROME in an area
 * (LEVEL 'D', 'R' or 'F', AREA "" for F) for AGE_GROUP ("under35",
 * "from35"). */
struct import_salary {
	const char *rome;
	char level;
	const char *area, *age_group;
	long minimum, maximum;
};
int import_salary(struct store *s, const struct import_salary *r,
		  const struct import_origin *o, struct tr_err *e);

/* Recruitment projects (BMO) of job group ROME in département DEP; a
 * negative share is stored as NULL (unknown). */
int import_recruitment(struct store *s, const char *rome, const char *dep,
		       double projects, double hard_share, double seasonal_share,
		       const struct import_origin *o, struct tr_err *e);

/* Does table T hold a row of that code? 1 yes, 0 no, -1 error. */
enum import_table {
	TABLE_DOMAINS, TABLE_JOB_GROUPS, TABLE_REGIONS, TABLE_DEPARTEMENTS
};
int import_has(struct store *s, enum import_table t, const char *code,
	       struct tr_err *e);
/* Is AREA a known area of LEVEL ('F': AREA must be "")? */
int import_has_area(struct store *s, char level, const char *area,
		    struct tr_err *e);

/* Run one statement without parameters (a DELETE of the rows an import
 * replaces). SQL must be a literal. */
int import_exec(struct store *s, const char *sql, struct tr_err *e);

#endif
