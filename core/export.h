/* export.h - the diagnosis and the plan as text a person keeps (paper,
 * screen reader) and as one JSON object (batch mode).
 *
 * Both write to a FILE* the caller opened (a file, a pipe to the printer,
 * stdout in batch mode); nothing here knows about terminals. Text lines
 * are at most 72 columns, words wrapped; with `ascii` only ASCII is
 * written (accents and French quotes transliterated). */
#ifndef TREMPLIN_EXPORT_H
#define TREMPLIN_EXPORT_H

#include <stddef.h>
#include <stdio.h>

#include "diag.h"
#include "err.h"
#include "plan.h"
#include "situation.h"

#define EXPORT_WIDTH 72

struct export_options {
	const char *date;             /* "2026-05-01", printed as given */
	int ascii;                    /* 1: ASCII only */
	int width;                    /* 0: EXPORT_WIDTH */
	/* The resume code (DESIGN.md section 6) to print, or NULL: the caller
	 * computes it (core/rescode.h); the export only lays it out. */
	const char *resume_code;
	/* What the person decided on the plan screen (NULL, 0: nothing yet):
	 * done actions print [x], chosen ones their "when", notes below;
	 * actions chosen from the "more actions" list are printed too. */
	const struct plan_mark *marks;
	int nmarks;
	/* The agency where it was made (a kiosk's `agency`), or NULL. */
	const char *agency;
	/* Adviser mode: the notes are the adviser's ("Adviser's note:"),
	 * the adviser's name (`adviser_name`, or NULL) and the note on the
	 * meeting (NULL or "": none) are printed. */
	int adviser;
	const char *adviser_name;
	const char *meeting_note;
};

/* The longest note on a meeting, in bytes. */
#define EXPORT_MEETING_NOTE_MAX 1000

/* The one-page summary of a meeting fits this many lines of EXPORT_WIDTH
 * columns (an A4 page of a line printer). */
#define EXPORT_PAGE_LINES 66

/* The whole text export: date, answers, diagnosis with reasons, plan as
 * [ ] checkboxes, resume code, the "advice, not a decision" line.
 * Returns 0, or -1 with E filled when FP reports a write error. */
int export_text(FILE *fp, const struct situation *s, const struct diag_facts *f,
		const struct diag *d, const struct plan *p,
		const struct export_options *o, struct tr_err *e);

/* The one-page summary of a meeting: the main challenge, the first
 * three actions (those chosen first) with their "when", the notes (cut
 * with a "[...]" line when they do not fit), the resume code, the agency
 * and the adviser. At most EXPORT_PAGE_LINES lines of O->width columns
 * (EXPORT_WIDTH when 0). 0, or -1 with E filled on a write error. */
int export_page(FILE *fp, const struct situation *s, const struct diag *d,
		const struct plan *p, const struct export_options *o,
		struct tr_err *e);

/* One JSON object on one line (JSON Lines): file (only when FILE is not
 * NULL: the answers file it is for, as named), main_challenge, score,
 * challenges, topics, actions, missing, self_diagnosis_match, data.
 * Returns 0, or -1 with E filled on a write error. */
int export_json_file(FILE *fp, const char *file, const struct situation *s,
		     const struct diag_facts *f, const struct diag *d,
		     const struct plan *p, struct tr_err *e);
/* export_json_file() with no file member. */
int export_json(FILE *fp, const struct situation *s, const struct diag_facts *f,
		const struct diag *d, const struct plan *p, struct tr_err *e);
/* The line of an answers file that could not be diagnosed, in place of
 * its object: {"file":FILE,"error":MESSAGE}. 0, or -1 with E. */
int export_json_error(FILE *fp, const char *file, const char *message,
		      struct tr_err *e);

/* Fact X in words, translated ("Your answer: barriers = housing"), into
 * BUF, in the words of the person of S (may be NULL); returns BUF. */
const char *export_fact_text(const struct rule_fact *x, const struct situation *s,
			     const struct diag_facts *f, char *buf, size_t len);

/* X in the language's notation with DECIMALS (0 or 1) decimals into BUF
 * ("1,4"); returns the count to give ngettext() for the noun after it, or
 * -1 when X is written with a decimal and is below 2: the noun then takes
 * the "below 2" context form (English plural "1.4 offers", French
 * singular "1,4 offre"). Every figure the program writes goes through it. */
long export_number(double x, int decimals, char *buf, size_t len);
/* Offers per 10 candidates T (< 0: unknown) in words:
 * "1.4 offers per 10 candidates",
 * "1,4 offre pour 10 candidats", "2,5 offres pour 10 candidats". */
const char *export_tension_text(double t, char *buf, size_t len);
/* The name of a figure's source as shown: translated when the program
 * wrote it itself, as the file gave it otherwise. */
const char *export_source_name(const char *source);

/* UTF-8 IN transliterated to ASCII into OUT (always NUL-terminated):
 * letters lose their accents, « » become ", other symbols a close ASCII
 * form or '?'. Returns the length written. */
size_t export_ascii(const char *in, char *out, size_t len);

#endif
