/* colors.h - what each part of the screen looks like, from a table of
 * colour schemes; the monochrome scheme uses attributes only. */
#ifndef TREMPLIN_COLORS_H
#define TREMPLIN_COLORS_H

#include "ui-curses.h"

enum color_role {
	CLR_NORMAL,
	CLR_TITLE,            /* the program name on the top line */
	CLR_CHAPTER_DONE,     /* chapters behind */
	CLR_CHAPTER_NOW,      /* the current chapter */
	CLR_CHAPTER_TODO,     /* chapters ahead */
	CLR_FRAME,            /* rules and boxes */
	CLR_QUESTION,
	CLR_ITEM,
	CLR_FOCUS,            /* the item under the cursor */
	CLR_INPUT,            /* a text or number field */
	CLR_NOTE,             /* hints, secondary text */
	CLR_ERROR,
	CLR_KEY,              /* key names in the help line */
	CLR_HELPLINE,
	CLR__COUNT
};

/* Choose the scheme: MONO asks for the monochrome one (--no-color,
 * NO_COLOR, or a terminal without colours). Call after initscr(). */
void colors_init(int mono);

/* Attributes (colour pair included) of ROLE in the chosen scheme. */
attr_t colors_attr(enum color_role role);

/* 1 when a space drawn with ROLE looks like a plain one (no background,
 * no reverse video, no underline): padding is then drawn plain, which
 * costs no change of attributes on the terminal. */
int colors_blank_plain(enum color_role role);

/* Name of the scheme in use ("default", "mono"). */
const char *colors_scheme_name(void);

#endif
