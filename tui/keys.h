/* keys.h - the one list of key requests: what a key asks for, which keys do
 * it, and the labels of the help line and of the help screen. The enum
 * below, the table of keys.c (keys_find), the help line (ui_helpline,
 * ui_hints), the key list of the help screen (ui_dialog_help) and the KEYS
 * section of the manual page (tools/gen-man-keys) are all derived from
 * KEY_REQUESTS: a request is added, rebound or relabelled here only. */
#ifndef TREMPLIN_KEYS_H
#define TREMPLIN_KEYS_H

#include <stddef.h>
#include <wchar.h>

/* A key as read by wget_wch(): function keys (KEY_UP...) are marked with
 * KEYF so that they never collide with a character. */
#define KEYF(k) ((long)(k) | 0x1000000L)
/* The control key with letter C ('c': Ctrl-C). */
#define KEYCTRL(c) ((c) & 0x1f)
/* The keys of a request (at most KEYS_MAX). */
#define KEYS(...) { __VA_ARGS__ }
#define KEYS_MAX 10

/* Cells a help-line label ("Next", "Why?") may take in any language
 * (tests/test-keys.c). */
#define KEYS_LABEL_MAX 10

/* X(ID, name, keys, key label, label, describe, in help line), one row per
 * request, in the order of the help line and of the help screen: the keys
 * every screen has come first, so that the line changes little from one
 * screen to the next.
 *   ID          REQ_ID in enum request
 *   name        for scripts and documentation ("next")
 *   keys        KEYS(...): what wget_wch() returns for it
 *   key label   N_(): the name of its keys ("Enter", "Down"), in the help
 *               line, the help screen and every text that names the key
 *               (keys_label)
 *   label       N_() or NULL: what the key does, in the help line ("Next")
 *   describe    N_() or NULL: its line in the help screen and the manual;
 *               NULL: the row shares the line of the row above, whose
 *               keys are then shown as "Up/Down" (keys_group_label)
 *   in help     1: shown in the help line of the screens that have it
 * The letters (w, p...) are typed as text in a text field (screen_typable).
 * The curses KEY_ names are expanded only where the table is built. */
#define KEY_REQUESTS(X) \
	X(NEXT, "next", KEYS('\n', '\r', KEYF(KEY_ENTER)), \
	  /* TRANSLATORS: key names and labels of the help line at the bottom
	   * of the screen; the whole line must fit in 80 cells. */ \
	  N_("Enter"), N_("Next"), N_("go on with the answer or the item chosen"), 1) \
	X(BACK, "back", KEYS(27, KEYF(KEY_BTAB)), \
	  N_("Esc"), N_("Back"), N_("go back one screen; every answer is kept"), 1) \
	X(HELP, "help", KEYS(KEYF(KEY_F(1)), '?'), \
	  N_("F1/?"), N_("Help"), N_("show the help of this screen"), 1) \
	X(QUIT, "quit", KEYS(KEYCTRL('c'), KEYF(KEY_F(10))), \
	  N_("Ctrl-C"), N_("Quit"), N_("quit, after asking"), 1) \
	X(UP, "up", KEYS(KEYF(KEY_UP)), \
	  /* TRANSLATORS: the Up and Down arrow keys; the help line shows
	   * them as "Up/Down". */ \
	  N_("Up"), N_("Move"), N_("move to the previous or next item"), 1) \
	X(DOWN, "down", KEYS(KEYF(KEY_DOWN)), \
	  N_("Down"), NULL, NULL, 0) \
	X(PICK, "pick", KEYS('1', '2', '3', '4', '5', '6', '7', '8', '9'), \
	  /* TRANSLATORS: the digit keys 1 to 9. */ \
	  N_("1-9"), NULL, N_("go to the item of that number; in a list with boxes, tick or untick it"), 0) \
	X(TOGGLE, "toggle", KEYS(' '), \
	  N_("Space"), N_("Tick"), N_("tick or untick the item"), 1) \
	X(PGUP, "page-up", KEYS(KEYF(KEY_PPAGE)), \
	  /* TRANSLATORS: the Page Up and Page Down keys, shown as
	   * "PgUp/PgDn". */ \
	  N_("PgUp"), NULL, N_("move by one page in a long list"), 0) \
	X(PGDN, "page-down", KEYS(KEYF(KEY_NPAGE)), \
	  N_("PgDn"), NULL, NULL, 0) \
	X(HOME, "home", KEYS(KEYF(KEY_HOME)), \
	  /* TRANSLATORS: the Home and End keys, shown as "Home/End". */ \
	  N_("Home"), NULL, N_("go to the first or last item"), 0) \
	X(END, "end", KEYS(KEYF(KEY_END)), \
	  N_("End"), NULL, NULL, 0) \
	X(ERASE, "erase", KEYS(KEYF(KEY_BACKSPACE), 127, KEYCTRL('h')), \
	  N_("Backspace"), NULL, N_("erase the last letter typed"), 0) \
	X(REDRAW, "redraw", KEYS(KEYCTRL('l')), \
	  N_("Ctrl-L"), NULL, N_("redraw the screen"), 0) \
	X(WHY, "why", KEYS('w', 'W'), \
	  N_("w"), N_("Why?"), N_("show the reasons and the facts behind them"), 0) \
	X(REASONS, "reasons", KEYS('h', 'H'), \
	  /* TRANSLATORS: adviser mode: "h" stays the key; "Reasons" is its
	   * label. */ \
	  N_("h"), N_("Reasons"), \
	  N_("hide or show the reasons under each item (adviser)"), 0) \
	X(PLAN, "plan", KEYS('p', 'P'), \
	  N_("p"), N_("Plan"), N_("go to the action plan"), 0) \
	X(WHEN, "when", KEYS('t', 'T'), \
	  /* TRANSLATORS: "t" stays the key; "When" is its label. */ \
	  N_("t"), N_("When"), N_("set when: today, this week, this month, later"), 0) \
	X(DONE, "done", KEYS('d', 'D'), \
	  N_("d"), N_("Done"), N_("mark the action done, or not done"), 0) \
	X(NOTE, "note", KEYS('n', 'N'), \
	  N_("n"), N_("Note"), N_("write a short note on the action"), 0) \
	X(MORE, "more", KEYS('m', 'M'), \
	  N_("m"), N_("More"), N_("show or hide the other actions you can choose"), 0) \
	X(EXPORT, "export", KEYS('e', 'E'), \
	  N_("e"), N_("Keep"), N_("save, print or show the plan as text"), 0) \
	X(CODE, "resume-code", KEYS('r', 'R'), \
	  N_("r"), N_("Code"), N_("type a resume code instead of answering"), 0)

#define KEYS_ENUM(rid, nm, ks, kl, lb, ds, hl) REQ_##rid,
enum request {
	REQ_NONE,                 /* not a request: a character to type */
	KEY_REQUESTS(KEYS_ENUM)
	REQ__COUNT
};
#undef KEYS_ENUM

/* Bit of request R in a mask of the requests a screen offers. */
#define REQ_BIT(r) (1u << (r))
_Static_assert(REQ__COUNT <= 32, "a request mask is an unsigned of 32 bits");
/* The requests every screen offers. */
#define REQ_COMMON (REQ_BIT(REQ_NEXT) | REQ_BIT(REQ_BACK) | REQ_BIT(REQ_HELP) | \
		    REQ_BIT(REQ_QUIT) | REQ_BIT(REQ_REDRAW))
#define REQ_LIST (REQ_BIT(REQ_UP) | REQ_BIT(REQ_DOWN) | REQ_BIT(REQ_PGUP) | \
		  REQ_BIT(REQ_PGDN) | REQ_BIT(REQ_HOME) | REQ_BIT(REQ_END))

struct key_binding {
	enum request id;
	const char *name;         /* "next": for scripts and documentation */
	long keys[KEYS_MAX];      /* 0-terminated */
	const char *key_label;    /* N_(): "Enter", the name of its keys */
	const char *label;        /* N_(): "Next", shown in the help line */
	const char *describe;     /* N_(): one line for the help screen */
	int in_helpline;          /* 1: shown in the bottom help line */
};

/* The request bound to a key: IS_FKEY is 1 when wget_wch() returned
 * KEY_CODE_YES. REQ_NONE for a key bound to nothing. */
enum request keys_find(int is_fkey, wint_t ch);

/* The key called NAME ("F12", "Ctrl-Q", any case), as keys_find() sees
 * keys; 0 for a name that is none of those. */
long keys_named(const char *name);
/* 1 when the key read (IS_FKEY, CH) is KEY (from keys_named). */
int keys_is(long key, int is_fkey, wint_t ch);

/* The table entry of request R (never NULL; an empty entry for REQ_NONE
 * or a value out of range). */
const struct key_binding *keys_get(enum request r);

/* The key label of R, translated, for a text that names the key through
 * a %s ("%s goes back"): "Esc", "w", "Down"; "" for REQ_NONE. */
const char *keys_label(enum request r);
/* What A does, translated: its word of the help line (keys_word) and its
 * line of the help box (keys_text). KIOSK: in a kiosk, where quitting
 * finishes the visit and erases the answers. */
const char *keys_word(const struct key_binding *a, int kiosk);
const char *keys_text(const struct key_binding *a, int kiosk);

/* The keys of R as the help line and the help screen show them, in BUF:
 * R's key label, then "/" and the label of each following row that
 * shares R's line ("Up/Down"); translated. Returns BUF. */
const char *keys_group_label(enum request r, char *buf, size_t len);

/* Entries in table order (the order of KEY_REQUESTS), for the help line,
 * the help screen and the manual. */
int keys_count(void);
const struct key_binding *keys_at(int i);

#endif
