/* import-default.h - what the two files of the loader of the project's own
 * data set share: one TSV file being read, row by row, and the checks of
 * its fields. import-default.c loads the codes and names (domains, job
 * groups, titles, links, régions, départements), import-default-figures.c
 * the figures (market, hiring channels, salaries, recruitment projects).
 * Every check fills E with "FILE:LINE: what is wrong" and returns -1. */
#ifndef TREMPLIN_IMPORT_DEFAULT_H
#define TREMPLIN_IMPORT_DEFAULT_H

#include "import-private.h"

/* One file being read: header names mapped to columns. */
struct tsv {
	struct csv *f;
	struct import_count *count;
	int idx[16];
	int ncols;          /* fields in the header row */
};

/* Field I of the current row (I: the index in the file's column list). */
const char *tsv_col(const struct tsv *t, int i);
/* A 0/1 flag into *OUT. */
int tsv_flag(struct tsv *t, int i, const char *name, int *out, struct tr_err *e);
/* Refuse an empty field I. */
int tsv_need_text(struct tsv *t, int i, const char *name, struct tr_err *e);
/* Refuse a row whose job group (field I) is not loaded. */
int tsv_known_group(struct import_ctx *c, struct tsv *t, int i);
/* RC of an import_*() row function: count the row, refuse a duplicate
 * (WHAT names it). */
int tsv_written(struct tsv *t, int rc, const char *what, struct tr_err *e);

/* Run ROW on every data row of file NAME of the data set, whose header
 * must have the columns COLS (NULL-terminated, at most 16). */
typedef int (*tsv_row_fn)(struct import_ctx *c, struct tsv *t);
int tsv_each_row(struct import_ctx *c, const char *name,
		 const char *const *cols, tsv_row_fn row);

/* Load market.tsv, channels.tsv, salaries.tsv and recruitment.tsv
 * (import-default-figures.c), once the codes are loaded. */
int import_default_figures(struct import_ctx *c);

#endif
