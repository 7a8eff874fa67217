/* actions.h - the one table of actions: what a key does, which keys do
 * it, and the label of the help line and of the help screen. Key handling
 * (actions_find), the help line (ui_helpline) and the key list of the help
 * screen are all derived from it. */
#ifndef TREMPLIN_ACTIONS_H
#define TREMPLIN_ACTIONS_H

#include <wchar.h>

enum action {
	ACT_NONE,                 /* not an action: a character to type */
	ACT_NEXT,
	ACT_BACK,
	ACT_HELP,
	ACT_QUIT,
	ACT_UP,
	ACT_DOWN,
	ACT_PGUP,
	ACT_PGDN,
	ACT_HOME,
	ACT_END,
	ACT_TOGGLE,
	ACT_ERASE,
	ACT_REDRAW,
	/* The diagnosis, plan and export screens. */
	ACT_WHY,
	ACT_WHEN,
	ACT_DONE,
	ACT_NOTE,
	ACT_MORE,
	ACT_PLAN,
	ACT_EXPORT,
	ACT__COUNT
};

/* Bit of action A in a mask of actions a screen offers. */
#define ACT_BIT(a) (1u << (a))
/* The actions every screen offers. */
#define ACT_COMMON (ACT_BIT(ACT_NEXT) | ACT_BIT(ACT_BACK) | ACT_BIT(ACT_HELP) | \
		    ACT_BIT(ACT_QUIT) | ACT_BIT(ACT_REDRAW))
#define ACT_LIST (ACT_BIT(ACT_UP) | ACT_BIT(ACT_DOWN) | ACT_BIT(ACT_PGUP) | \
		  ACT_BIT(ACT_PGDN) | ACT_BIT(ACT_HOME) | ACT_BIT(ACT_END))

/* A key as read by wget_wch(): function keys (KEY_UP...) are marked with
 * KEYF so that they never collide with a character. */
#define KEYF(k) ((long)(k) | 0x1000000L)

#define ACTION_MAX_KEYS 4

struct key_action {
	enum action id;
	const char *name;         /* "next": for scripts and documentation */
	long keys[ACTION_MAX_KEYS];   /* 0-terminated */
	const char *key_label;    /* N_(): "Enter", shown in the help line */
	const char *label;        /* N_(): "Next", shown in the help line */
	const char *describe;     /* N_(): one line for the help screen */
	int in_helpline;          /* 1: shown in the bottom help line */
};

/* The action bound to a key: IS_FKEY is 1 when wget_wch() returned
 * KEY_CODE_YES. ACT_NONE for a key bound to nothing. */
enum action actions_find(int is_fkey, wint_t ch);

/* The table entry of action A (never NULL for a valid A). */
const struct key_action *actions_get(enum action a);

/* Entries in table order, for the help line and the help screen. */
int actions_count(void);
const struct key_action *actions_at(int i);

#endif
