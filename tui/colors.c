/* colors.c - the colour schemes (see colors.h). */
#include <config.h>

#include "colors.h"

struct look {
	short fg, bg;           /* -1: the terminal's default */
	attr_t attr;
};

struct scheme {
	const char *name;
	int uses_color;
	struct look look[CLR__COUNT];
};

static const struct scheme schemes[] = {
	{ "default", 1, {
		[CLR_NORMAL]       = { -1, -1, A_NORMAL },
		[CLR_TITLE]        = { COLOR_WHITE, COLOR_BLUE, A_BOLD },
		[CLR_CHAPTER_DONE] = { COLOR_GREEN, -1, A_NORMAL },
		/* The current chapter and the frame as in monochrome: they are
		 * redrawn often, and colour there costs bytes on slow links. */
		[CLR_CHAPTER_NOW]  = { -1, -1, A_REVERSE },
		[CLR_CHAPTER_TODO] = { -1, -1, A_NORMAL },
		[CLR_FRAME]        = { -1, -1, A_NORMAL },
		[CLR_QUESTION]     = { -1, -1, A_BOLD },
		[CLR_ITEM]         = { -1, -1, A_NORMAL },
		[CLR_FOCUS]        = { -1, -1, A_REVERSE },
		[CLR_INPUT]        = { -1, -1, A_UNDERLINE },
		[CLR_NOTE]         = { COLOR_CYAN, -1, A_NORMAL },
		[CLR_ERROR]        = { COLOR_RED, -1, A_BOLD },
		/* Bold without a colour: the help line changes with every kind
		 * of screen, and each key in colour costs ~13 more bytes. */
		[CLR_KEY]          = { -1, -1, A_BOLD },
		[CLR_HELPLINE]     = { -1, -1, A_NORMAL },
	} },
	{ "mono", 0, {
		[CLR_NORMAL]       = { -1, -1, A_NORMAL },
		[CLR_TITLE]        = { -1, -1, A_BOLD },
		[CLR_CHAPTER_DONE] = { -1, -1, A_NORMAL },
		[CLR_CHAPTER_NOW]  = { -1, -1, A_REVERSE },
		[CLR_CHAPTER_TODO] = { -1, -1, A_NORMAL },
		[CLR_FRAME]        = { -1, -1, A_NORMAL },
		[CLR_QUESTION]     = { -1, -1, A_BOLD },
		[CLR_ITEM]         = { -1, -1, A_NORMAL },
		[CLR_FOCUS]        = { -1, -1, A_REVERSE },
		[CLR_INPUT]        = { -1, -1, A_UNDERLINE },
		[CLR_NOTE]         = { -1, -1, A_NORMAL },
		[CLR_ERROR]        = { -1, -1, A_BOLD },
		[CLR_KEY]          = { -1, -1, A_BOLD },
		[CLR_HELPLINE]     = { -1, -1, A_NORMAL },
	} },
};

static const struct scheme *current = &schemes[1];

void
colors_init(int mono)
{
	current = &schemes[mono || !has_colors() ? 1 : 0];
	if (!current->uses_color)
		return;
	start_color();
	use_default_colors();
	for (int r = 0; r < CLR__COUNT; r++)
		init_pair((short)(r + 1), current->look[r].fg, current->look[r].bg);
}

attr_t
colors_attr(enum color_role role)
{
	const struct look *l = &current->look[role];

	if (!current->uses_color || (l->fg < 0 && l->bg < 0))
		return l->attr;
	return l->attr | (attr_t)COLOR_PAIR(role + 1);
}

int
colors_blank_plain(enum color_role role)
{
	const struct look *l = &current->look[role];

	return l->bg < 0 && (l->attr & (A_REVERSE | A_STANDOUT | A_UNDERLINE)) == 0;
}

const char *
colors_scheme_name(void)
{
	return current->name;
}
