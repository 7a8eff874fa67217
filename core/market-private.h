/* market-private.h - what the market lookups share (market.c,
 * market-advice.c): reading a figure row and nullable columns. */
#ifndef TREMPLIN_MARKET_PRIVATE_H
#define TREMPLIN_MARKET_PRIVATE_H

#include "market.h"
#include "store-private.h"

/* The columns of a figure row, from table alias m, as
 * market_read_figure() reads them (then the area's name). */
#define MARKET_FIGURE_COLUMNS \
	"m.rome, m.level, m.area, m.offers, m.candidates, m.tension, " \
	"m.seasonal_months, m.cdi_share, m.cdd_share, m.interim_share, " \
	"m.source, m.year, m.example"

/* A CTE k(code): the job group whose rows of TABLE apply to ?1: itself
 * when TABLE has rows for it, else (a ROME 4.0 sheet) the ROME v3 group
 * it comes from. */
#define MARKET_OWN_OR_PARENT(table) \
	"WITH k(code) AS (SELECT CASE WHEN EXISTS (SELECT 1 FROM " table " " \
	"WHERE rome = ?1) THEN ?1 ELSE coalesce((SELECT parent FROM job_groups " \
	"WHERE code = ?1), ?1) END) "

/* Read the figure whose MARKET_FIGURE_COLUMNS start at column COL (the
 * area name follows them) into OUT; ASKED is the job group asked for
 * (OUT->sheet says when the figure is another group's). */
void market_read_figure(sqlite3_stmt *st, int col, const char *asked,
			struct market_figure *out);

/* SQL ready to step, with ROME as ?1 and DEP ("" when NULL) as ?2; NULL
 * with E filled when it cannot be prepared. */
sqlite3_stmt *market_stmt(struct store *s, const char *sql, const char *rome,
			  const char *dep, struct tr_err *e);

/* ASKED into SHEET (6 bytes) when the row read is another group's (its
 * ROME v3 group ROME), "" otherwise. */
void market_sheet(char *sheet, const char *rome, const char *asked);

/* A column as a number, -1 when NULL. */
double market_column_real(sqlite3_stmt *st, int i);
int market_column_int(sqlite3_stmt *st, int i);

#endif
