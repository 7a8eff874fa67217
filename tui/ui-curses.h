/* ui-curses.h - the one place that includes the curses header, wide
 * character edition. Every tui/ file that draws includes this. */
#ifndef TREMPLIN_UI_CURSES_H
#define TREMPLIN_UI_CURSES_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#if defined(HAVE_NCURSESW_CURSES_H)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

#endif
