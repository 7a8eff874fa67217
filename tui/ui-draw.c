/* ui-draw.c - the shared frame and text drawing (see ui-draw.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "keys.h"
#include "i18n.h"
#include "ui-draw.h"

#define WBUF 2048

/* How lines are drawn: Unicode box drawing; the same with the rules and
 * corners from the terminal's line drawing (terminfo acsc: one byte a
 * cell instead of three, for a slow link), the edges of boxes staying
 * Unicode (a lone character would cost two switches of character set);
 * the terminal's line drawing; ASCII. */
enum lines { LINES_UNICODE, LINES_RULES_ACS, LINES_ACS, LINES_ASCII };

static struct ui_layout lay;
static enum lines lines_mode;
static int ascii_lines;       /* no Unicode symbols (ellipsis, arrows) */
static int kiosk_words;       /* a kiosk: Ctrl-C finishes (keys_word) */
static int cur_y = -1, cur_x = -1;
static char last_msg[512];
static enum color_role last_msg_role;
static const char *start_error = "";
static SCREEN *term;

/* Terminals that show no Unicode box drawing even in a UTF-8 locale: the
 * hardware video terminals (vt52 ... vt525) and the PC's ANSI.SYS. */
static int
vt_term(void)
{
	const char *t = getenv("TERM");

	if (t == NULL || t[0] == '\0')
		return 1;
	return (strncmp(t, "vt", 2) == 0 && t[2] >= '0' && t[2] <= '9') ||
	       strcmp(t, "ansi") == 0 || strcmp(t, "dumb") == 0;
}

/* Terminals that ignore their line drawing (acsc) in a UTF-8 locale, as
 * ncurses knows too: GNU screen, tmux and the Linux console. */
static int
acs_ignored(void)
{
	const char *t = getenv("TERM");
	const char *const names[] = { "screen", "tmux", "linux" };

	for (size_t i = 0; t != NULL && i < sizeof names / sizeof names[0]; i++)
		if (strncmp(t, names[i], strlen(names[i])) == 0)
			return 1;
	return 0;
}

static int
cell(wchar_t c)
{
	int w = wcwidth(c);

	return w < 0 ? 1 : w;
}

static void
set_role(enum color_role role)
{
	wattrset(stdscr, (int)colors_attr(role));
}

int
ui_start(const struct ui_options *o)
{
	const char *acsc;

	ui_charset_init();
	/* Not UTF-8: the line drawing of the terminal (acsc), never ncurses'
	 * Unicode stand-ins for it. */
	if (!ui_charset_utf8())
		setenv("NCURSES_NO_UTF8_ACS", "0", 0);
	term = newterm(NULL, stdout, stdin);
	if (term == NULL) {
		start_error = _("this terminal cannot show the wizard "
				"(check the TERM variable)");
		return -1;
	}
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	wtimeout(stdscr, 1000);
	colors_init(o->mono);
	kiosk_words = o->kiosk;
	acsc = tigetstr("acsc");
	if (o->ascii || acsc == NULL || acsc == (char *)-1 || acsc[0] == '\0')
		lines_mode = LINES_ASCII;
	else if (!ui_charset_utf8() || vt_term())
		lines_mode = LINES_ACS;
	else if (acs_ignored())
		lines_mode = LINES_UNICODE;
	else
		lines_mode = LINES_RULES_ACS;
	ascii_lines = lines_mode == LINES_ACS || lines_mode == LINES_ASCII;
	curs_set(1);
	ui_relayout();
	return 0;
}

void
ui_stop(void)
{
	if (term == NULL)
		return;
	endwin();
	delscreen(term);
	term = NULL;
}

const char *
ui_error(void)
{
	return start_error;
}

void
ui_relayout(void)
{
	lay.cols = COLS;
	lay.lines = LINES;
	lay.too_small = COLS < UI_MIN_COLS || LINES < UI_MIN_LINES;
	lay.width = COLS < UI_MAX_WIDTH ? COLS : UI_MAX_WIDTH;
	lay.left = (COLS - lay.width) / 2;
	lay.top = 2;
	lay.help_row = LINES - 1;
	lay.rule_row = LINES - 2;
	lay.msg_row = LINES - 3;
	lay.bottom = LINES - 4;
	last_msg[0] = '\0';
}

const struct ui_layout *
ui_layout(void)
{
	return &lay;
}

int
ui_ascii(void)
{
	return ascii_lines;
}

int
ui_kiosk(void)
{
	return kiosk_words;
}

void
ui_erase_all(void)
{
	werase(stdscr);
	last_msg[0] = '\0';
}

/* The terminal forgets what it showed: the screen is cleared at once and
 * its scrollback with it (E3 in terminfo, else the ECMA-48 "erase saved
 * lines", which a terminal that lacks it ignores). */
void
ui_forget(void)
{
	const char *e3 = tigetstr("E3");

	werase(stdscr);
	last_msg[0] = '\0';
	cur_y = cur_x = -1;
	wnoutrefresh(stdscr);
	doupdate();
	clearok(curscr, TRUE);
	if (e3 != NULL && e3 != (char *)-1)
		putp(e3);
	else
		putp("\033[3J");
	fflush(stdout);
}

void
ui_erase_body(void)
{
	set_role(CLR_NORMAL);
	for (int y = lay.top; y <= lay.bottom; y++) {
		wmove(stdscr, y, 0);
		wclrtoeol(stdscr);
	}
}

int
ui_width(const char *s)
{
	wchar_t w[WBUF];
	size_t n = ui_widen(s, w, WBUF);
	int cells = 0;

	for (size_t i = 0; i < n; i++)
		cells += cell(w[i]);
	return cells;
}

/* Draw wide text W (N characters) at Y,X in at most MAXW cells. */
static int
put_wide(int y, int x, int maxw, const wchar_t *w, size_t n)
{
	int cells = 0;
	size_t k = 0;

	while (k < n && (maxw < 0 || cells + cell(w[k]) <= maxw))
		cells += cell(w[k++]);
	if (k > 0)
		mvwaddnwstr(stdscr, y, x, w, (int)k);
	return cells;
}

int
ui_put(int y, int x, int w, enum color_role role, const char *s)
{
	wchar_t wb[WBUF];
	size_t n = ui_widen(s, wb, WBUF);
	int cells;

	set_role(role);
	cells = put_wide(y, x, w, wb, n);
	if (w > cells) {
		if (colors_blank_plain(role))
			set_role(CLR_NORMAL);
		wmove(stdscr, y, x + cells);
		for (int i = cells; i < w; i++)
			waddch(stdscr, ' ');
	}
	set_role(CLR_NORMAL);
	return cells;
}

void
ui_put_cut(int y, int x, int w, enum color_role role, const char *s)
{
	const char *dots = ascii_lines ? "..." : "\u2026";
	int dw = ascii_lines ? 3 : 1;

	if (ui_width(s) <= w || w <= dw) {
		ui_put(y, x, w, role, s);
		return;
	}
	ui_put(y, x, w - dw, role, s);
	ui_put(y, x + w - dw, dw, role, dots);
}

int
ui_break_at(const wchar_t *w, size_t i, size_t n)
{
	if (w[i] != L' ')
		return 0;
	/* French puts a space before : ; ? ! and », which stay on the line. */
	if (i + 1 < n && wcschr(L":;?!\u00bb", w[i + 1]) != NULL &&
	    (i + 2 >= n || w[i + 2] == L' ' || w[i + 2] == L'\n'))
		return 0;
	return 1;
}

/* End of the line that starts at W[START] in at most WIDTH cells: the
 * index after its last character; *NEXT gets where the next line starts. */
static size_t
line_end(const wchar_t *w, size_t n, size_t start, int width, size_t *next)
{
	size_t i = start, brk = 0;
	int cells = 0, have_brk = 0;

	while (i < n && w[i] != L'\n') {
		if (cells + cell(w[i]) > width)
			break;
		if (ui_break_at(w, i, n)) {
			brk = i;
			have_brk = 1;
		}
		cells += cell(w[i]);
		i++;
	}
	if (i >= n || w[i] == L'\n') {
		*next = i < n ? i + 1 : n;
		return i;
	}
	if (have_brk && brk > start) {
		*next = brk + 1;
		return brk;
	}
	*next = i > start ? i : i + 1;   /* a word longer than the line */
	return i > start ? i : i + 1;
}

int
ui_wrap_from(int y, int x, int w, int skip, int maxrows, enum color_role role,
	     const char *s, int draw)
{
	wchar_t wb[WBUF];
	size_t n = ui_widen(s, wb, WBUF), pos = 0;
	int rows = 0;

	if (draw)
		set_role(role);
	while (pos < n && rows - skip < maxrows) {
		size_t next, end = line_end(wb, n, pos, w, &next);

		if (draw && rows >= skip)
			put_wide(y + rows - skip, x, w, wb + pos, end - pos);
		rows++;
		pos = next;
		while (pos < n && wb[pos] == L' ')
			pos++;
	}
	if (draw)
		set_role(CLR_NORMAL);
	return rows > skip ? rows - skip : 0;
}

int
ui_wrap(int y, int x, int w, int maxrows, enum color_role role,
	const char *s, int draw)
{
	return ui_wrap_from(y, x, w, 0, maxrows, role, s, draw);
}

/* The terminal's own line-drawing character for Unicode WIDE (its
 * alternate character set, from acsc; ncurses' wide WACS_ ones would be
 * Unicode again in a UTF-8 locale). */
static chtype
acs_of(wchar_t wide)
{
	switch (wide) {
	case L'\u2502': return ACS_VLINE;
	case L'\u250c': return ACS_ULCORNER;
	case L'\u2510': return ACS_URCORNER;
	case L'\u2514': return ACS_LLCORNER;
	case L'\u2518': return ACS_LRCORNER;
	default: return ACS_HLINE;
	}
}

/* Line-drawing character WIDE (a Unicode box-drawing character) as plain
 * text in a terminal that shows Unicode, the terminal's line drawing
 * (acsc) in another, ASCII when it has none. */
static void
line_char(cchar_t *c, wchar_t wide, char ascii, enum color_role role)
{
	wchar_t w[2] = { lines_mode == LINES_ASCII ? (wchar_t)ascii : wide, L'\0' };
	attr_t a = colors_attr(role);

	if (lines_mode == LINES_ACS || (lines_mode == LINES_RULES_ACS && wide != L'\u2502')) {
		chtype acs = acs_of(wide);

		w[0] = (wchar_t)(acs & A_CHARTEXT);
		a |= acs & A_ATTRIBUTES & ~A_COLOR;
	}
	setcchar(c, w, a & ~A_COLOR, (short)PAIR_NUMBER(a), NULL);
}

void
ui_hline(int y, int x, int w, enum color_role role)
{
	cchar_t c;

	line_char(&c, L'\u2500', '-', role);
	mvwhline_set(stdscr, y, x, &c, w);
}

void
ui_box(int y, int x, int h, int w, const char *title)
{
	cchar_t v, corner;
	const wchar_t corners[4] = { L'\u250c', L'\u2510', L'\u2514', L'\u2518' };
	const int cy[4] = { y, y, y + h - 1, y + h - 1 };
	const int cx[4] = { x, x + w - 1, x, x + w - 1 };

	set_role(CLR_NORMAL);
	line_char(&v, L'\u2502', '|', CLR_FRAME);
	for (int r = 1; r < h - 1; r++) {
		mvwhline(stdscr, y + r, x + 1, ' ', w - 2);
		mvwadd_wch(stdscr, y + r, x, &v);
		mvwadd_wch(stdscr, y + r, x + w - 1, &v);
	}
	ui_hline(y, x + 1, w - 2, CLR_FRAME);
	ui_hline(y + h - 1, x + 1, w - 2, CLR_FRAME);
	for (int i = 0; i < 4; i++) {
		line_char(&corner, corners[i], '+', CLR_FRAME);
		mvwadd_wch(stdscr, cy[i], cx[i], &corner);
	}
	if (title != NULL && title[0] != '\0') {
		int tw = ui_width(title) < w - 6 ? ui_width(title) : w - 6;

		ui_put(y, x + 2, -1, CLR_FRAME, " ");
		ui_put(y, x + 3, tw, CLR_QUESTION, title);
		ui_put(y, x + 3 + tw, -1, CLR_FRAME, " ");
	}
	set_role(CLR_NORMAL);
}

/* Width of the chapter bar when every name but CURRENT is cut to CUT
 * cells (CUT < 0: no cut). */
static int
chapters_width(const char *const *names, int n, int current, int cut, int sep)
{
	int total = 0;

	for (int i = 0; i < n; i++) {
		int w = ui_width(names[i]);

		if (i != current && cut >= 0 && w > cut)
			w = cut;
		total += w + (i == current ? 2 : 0) + (i > 0 ? sep : 0);
	}
	return total;
}

void
ui_chapters(const char *const *names, int n, int current)
{
	const char *sep = ascii_lines ? " > " : " \u203a ";
	int cut = -1, x;

	while (chapters_width(names, n, current, cut, 3) > lay.width - 2) {
		cut = cut < 0 ? 12 : cut - 1;
		if (cut < 2)
			break;
	}
	set_role(CLR_NORMAL);
	wmove(stdscr, 0, 0);
	wclrtoeol(stdscr);
	x = lay.left + 1;
	for (int i = 0; i < n; i++) {
		enum color_role r = i < current ? CLR_CHAPTER_DONE :
			i == current ? CLR_CHAPTER_NOW : CLR_CHAPTER_TODO;
		int w = ui_width(names[i]);

		if (i > 0)
			x += ui_put(0, x, -1, CLR_FRAME, sep);
		if (i != current && cut >= 0 && w > cut)
			w = cut;
		if (i == current)
			x += ui_put(0, x, -1, r, "[");
		x += ui_put(0, x, w, r, names[i]);
		if (i == current)
			x += ui_put(0, x, -1, r, "]");
	}
}

void
ui_step(const char *step)
{
	int w;

	set_role(CLR_NORMAL);
	wmove(stdscr, 1, 0);
	wclrtoeol(stdscr);
	ui_hline(1, lay.left, lay.width, CLR_FRAME);
	ui_put(1, lay.left + 2, -1, CLR_TITLE, " Tremplin ");
	if (step == NULL || step[0] == '\0')
		return;
	w = ui_width(step);
	if (w + 16 < lay.width) {
		int x = lay.left + lay.width - w - 4;

		/* Plain text: the number changes on every question, and a
		 * colour would cost two attribute changes each time. */
		ui_put(1, x, -1, CLR_NORMAL, " ");
		ui_put(1, x + 1, -1, CLR_NORMAL, step);
		ui_put(1, x + 1 + w, -1, CLR_NORMAL, " ");
	}
}

void
ui_message(const char *text, enum color_role role)
{
	if (text == NULL)
		text = "";
	if (strcmp(text, last_msg) == 0 && role == last_msg_role)
		return;
	snprintf(last_msg, sizeof last_msg, "%s", text);
	last_msg_role = role;
	wmove(stdscr, lay.msg_row, 0);
	set_role(CLR_NORMAL);
	wclrtoeol(stdscr);
	if (text[0] != '\0')
		ui_put(lay.msg_row, lay.left + 2, lay.width - 4, role, text);
	set_role(CLR_NORMAL);
}

void
ui_helpline(unsigned mask)
{
	int x = lay.left + 1, right = lay.left + lay.width;

	ui_hline(lay.rule_row, lay.left, lay.width, CLR_FRAME);
	set_role(CLR_NORMAL);
	wmove(stdscr, lay.help_row, 0);
	wclrtoeol(stdscr);
	for (int i = 0; i < keys_count(); i++) {
		const struct key_binding *a = keys_at(i);
		char keys[64];
		int need;

		if (!a->in_helpline || !(mask & REQ_BIT(a->id)))
			continue;
		keys_group_label(a->id, keys, sizeof keys);
		need = ui_width(keys) + 1 + ui_width(keys_word(a, kiosk_words));
		if (x + need > right)
			break;
		x += ui_put(lay.help_row, x, -1, CLR_KEY, keys);
		x += 1;
		x += ui_put(lay.help_row, x, -1, CLR_HELPLINE, keys_word(a, kiosk_words));
		x += 2;
	}
}

void
ui_cursor(int y, int x)
{
	cur_y = y;
	cur_x = x;
}

void
ui_flush(void)
{
	if (cur_y >= 0 && cur_y < LINES && cur_x >= 0 && cur_x < COLS)
		wmove(stdscr, cur_y, cur_x);
	wnoutrefresh(stdscr);
	doupdate();
}
