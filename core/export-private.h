/* export-private.h - what the text exports share inside core: the output
 * wrapped at the width (export.c) and the lines about the meeting
 * (export-page.c). Not for the front ends. */
#ifndef TREMPLIN_EXPORT_PRIVATE_H
#define TREMPLIN_EXPORT_PRIVATE_H

#include <stddef.h>
#include <stdio.h>

#include "export.h"

#define LINE_MAX_BYTES 2048

/* Where the text goes, and how. */
struct out {
	FILE *fp;
	int ascii;
	size_t width;
	const struct situation *sit;  /* whom the words agree with */
	int adviser;                  /* notes are the adviser's */
	int lines;                    /* lines written so far */
};

/* O writing to FP for the person of S with the options OPT. */
void export_out_init(struct out *o, FILE *fp, const struct situation *s,
		     const struct export_options *opt);
/* TEXT wrapped at the width: the first line starts with FIRST, the next
 * ones with REST; '\n' breaks a line. */
void export_para(struct out *o, const char *first, const char *rest, const char *text);
/* An empty line. */
void export_blank(struct out *o);

/* The agency and the adviser of OPT, a line each, when they are set. */
void export_made_by(struct out *o, const struct export_options *opt);
/* "Note: NOTE", or "Adviser's note: NOTE" when ADVISER, into BUF. */
const char *export_note_line(char *buf, size_t len, int adviser, const char *note);
/* The adviser's note on the meeting, with its label, into BUF. */
const char *export_meeting_line(char *buf, size_t len, const char *note);

#endif
