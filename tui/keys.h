/* keys.h - the one table of key requests: what a key asks for, which keys do
 * it, and the label of the help line and of the help screen. Key handling
 * (keys_find), the help line (ui_helpline) and the key list of the help
 * screen are all derived from it. */
#ifndef TREMPLIN_KEYS_H
#define TREMPLIN_KEYS_H

#include <wchar.h>

enum request {
	REQ_NONE,                 /* not an action: a character to type */
	REQ_NEXT,
	REQ_BACK,
	REQ_HELP,
	REQ_QUIT,
	REQ_UP,
	REQ_DOWN,
	REQ_PGUP,
	REQ_PGDN,
	REQ_HOME,
	REQ_END,
	REQ_TOGGLE,
	REQ_ERASE,
	REQ_REDRAW,
	/* The diagnosis, plan and export screens. */
	REQ_WHY,
	REQ_WHEN,
	REQ_DONE,
	REQ_NOTE,
	REQ_MORE,
	REQ_PLAN,
	REQ_EXPORT,
	REQ__COUNT
};

/* Bit of action A in a mask of actions a screen offers. */
#define REQ_BIT(a) (1u << (a))
/* The actions every screen offers. */
#define REQ_COMMON (REQ_BIT(REQ_NEXT) | REQ_BIT(REQ_BACK) | REQ_BIT(REQ_HELP) | \
		    REQ_BIT(REQ_QUIT) | REQ_BIT(REQ_REDRAW))
#define REQ_LIST (REQ_BIT(REQ_UP) | REQ_BIT(REQ_DOWN) | REQ_BIT(REQ_PGUP) | \
		  REQ_BIT(REQ_PGDN) | REQ_BIT(REQ_HOME) | REQ_BIT(REQ_END))

/* A key as read by wget_wch(): function keys (KEY_UP...) are marked with
 * KEYF so that they never collide with a character. */
#define KEYF(k) ((long)(k) | 0x1000000L)

#define ACTION_MAX_KEYS 4

struct key_binding {
	enum request id;
	const char *name;         /* "next": for scripts and documentation */
	long keys[ACTION_MAX_KEYS];   /* 0-terminated */
	const char *key_label;    /* N_(): "Enter", shown in the help line */
	const char *label;        /* N_(): "Next", shown in the help line */
	const char *describe;     /* N_(): one line for the help screen */
	int in_helpline;          /* 1: shown in the bottom help line */
};

/* The action bound to a key: IS_FKEY is 1 when wget_wch() returned
 * KEY_CODE_YES. REQ_NONE for a key bound to nothing. */
enum request keys_find(int is_fkey, wint_t ch);

/* The table entry of action A (never NULL for a valid A). */
const struct key_binding *keys_get(enum request a);

/* Entries in table order, for the help line and the help screen. */
int keys_count(void);
const struct key_binding *keys_at(int i);

#endif
