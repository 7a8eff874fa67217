/* plain-term.c - whether the terminal can address its cursor, asked of
 * terminfo without starting curses. Kept apart: <term.h> defines many
 * short macros (lines, columns...) that must not leak into other files. */
#include <config.h>

#include "ui-curses.h"
#if defined(HAVE_NCURSESW_CURSES_H)
#include <ncursesw/term.h>
#else
#include <term.h>
#endif

#include "plain.h"

int
plain_term_addressable(const char *term)
{
	TERMINAL *old = cur_term, *mine;
	char *cup;
	int err = 0, ok;

	if (setupterm(term, 1, &err) != OK)
		return 0;             /* unknown to terminfo: curses cannot start */
	mine = cur_term;
	cup = tigetstr("cup");
	ok = cup != NULL && cup != (char *)-1;
	if (old != mine) {
		set_curterm(old);
		del_curterm(mine);
	}
	return ok;
}
