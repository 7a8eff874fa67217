/* keys.c - the table of actions (see keys.h). */
#include <config.h>

#include "keys.h"
#include "i18n.h"
#include "ui-curses.h"

#define CTRL(c) ((c) & 0x1f)

/* The order is the order of the help line and of the help screen: the
 * keys every screen has come first, so that the line changes little from
 * one screen to the next. */
static const struct key_binding table[] = {
	{ REQ_NEXT, "next", { '\n', '\r', KEYF(KEY_ENTER) },
	  /* TRANSLATORS: key names and labels of the help line at the bottom
	   * of the screen; the whole line must fit in 80 cells. */
	  N_("Enter"), N_("Next"), N_("accept the answer shown and go on"), 1 },
	{ REQ_BACK, "back", { 27, KEYF(KEY_BTAB) },
	  N_("Esc"), N_("Back"), N_("go back one screen; every answer is kept"), 1 },
	{ REQ_HELP, "help", { KEYF(KEY_F(1)), '?' },
	  N_("F1/?"), N_("Help"), N_("show the help of this screen"), 1 },
	{ REQ_QUIT, "quit", { CTRL('c'), KEYF(KEY_F(10)) },
	  N_("Ctrl-C"), N_("Quit"), N_("quit, after asking"), 1 },
	{ REQ_UP, "up", { KEYF(KEY_UP) },
	  N_("Up/Down"), N_("Move"), N_("move to the previous or next item"), 1 },
	{ REQ_DOWN, "down", { KEYF(KEY_DOWN) },
	  NULL, NULL, NULL, 0 },
	{ REQ_TOGGLE, "toggle", { ' ' },
	  N_("Space"), N_("Tick"), N_("tick or untick the item"), 1 },
	{ REQ_PGUP, "page-up", { KEYF(KEY_PPAGE) },
	  N_("PgUp/PgDn"), NULL, N_("move by one page in a long list"), 0 },
	{ REQ_PGDN, "page-down", { KEYF(KEY_NPAGE) },
	  NULL, NULL, NULL, 0 },
	{ REQ_HOME, "home", { KEYF(KEY_HOME) },
	  N_("Home/End"), NULL, N_("go to the first or last item"), 0 },
	{ REQ_END, "end", { KEYF(KEY_END) },
	  NULL, NULL, NULL, 0 },
	{ REQ_ERASE, "erase", { KEYF(KEY_BACKSPACE), 127, CTRL('h') },
	  N_("Backspace"), NULL, N_("erase the last letter typed"), 0 },
	{ REQ_REDRAW, "redraw", { CTRL('l') },
	  N_("Ctrl-L"), NULL, N_("redraw the screen"), 0 },
	/* Letters: typed as text in a text field (screen_typable). */
	{ REQ_WHY, "why", { 'w', 'W' },
	  N_("w"), N_("Why?"), N_("show the reasons and the facts behind them"), 0 },
	{ REQ_PLAN, "plan", { 'p', 'P' },
	  N_("p"), N_("Plan"), N_("go to the action plan"), 0 },
	{ REQ_WHEN, "when", { 't', 'T' },
	  /* TRANSLATORS: "t" stays the key; "When" is its label. */
	  N_("t"), N_("When"), N_("set when: today, this week, this month, later"), 0 },
	{ REQ_DONE, "done", { 'd', 'D' },
	  N_("d"), N_("Done"), N_("mark the action done, or not done"), 0 },
	{ REQ_NOTE, "note", { 'n', 'N' },
	  N_("n"), N_("Note"), N_("write a short note on the action"), 0 },
	{ REQ_MORE, "more", { 'm', 'M' },
	  N_("m"), N_("More"), N_("show or hide the other actions you can choose"), 0 },
	{ REQ_EXPORT, "export", { 'e', 'E' },
	  N_("e"), N_("Keep"), N_("save, print or show the plan as text"), 0 },
};

#define TABLE_LEN ((int)(sizeof table / sizeof table[0]))

enum request
keys_find(int is_fkey, wint_t ch)
{
	long key = is_fkey ? KEYF(ch) : (long)ch;

	for (int i = 0; i < TABLE_LEN; i++)
		for (int k = 0; k < ACTION_MAX_KEYS && table[i].keys[k] != 0; k++)
			if (table[i].keys[k] == key)
				return table[i].id;
	return REQ_NONE;
}

const struct key_binding *
keys_get(enum request a)
{
	for (int i = 0; i < TABLE_LEN; i++)
		if (table[i].id == a)
			return &table[i];
	return &table[0];
}

int
keys_count(void)
{
	return TABLE_LEN;
}

const struct key_binding *
keys_at(int i)
{
	return i >= 0 && i < TABLE_LEN ? &table[i] : NULL;
}
