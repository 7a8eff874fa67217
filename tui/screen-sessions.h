/* screen-sessions.h - what the two files of the adviser's list of
 * sessions share: screen-sessions.c (the list: search, continue) and
 * screen-sessions-ask.c (the questions at its foot: a pseudonym, how to
 * start, an answers file, a deletion to confirm). */
#ifndef TREMPLIN_SCREEN_SESSIONS_H
#define TREMPLIN_SCREEN_SESSIONS_H

#include "screen-common.h"
#include "session.h"
#include "situation.h"
#include "ui-list.h"

/* Rows at the foot of the list for the keys or a question. */
#define SESSLIST_FOOT 4

/* What the foot of the screen is doing. */
enum sesslist_mode {
	SESSLIST_LIST,                /* the list has the keys; typing searches */
	SESSLIST_NAME,                /* a pseudonym: a new session's or a rename */
	SESSLIST_START,               /* how the new session starts */
	SESSLIST_PATH,                /* the answers file's name */
	SESSLIST_DELETE,              /* yes or no */
};

/* Where leaving the list goes (can_leave). */
enum sesslist_leave {
	SESSLIST_CONTINUE,            /* the session of the focused row */
	SESSLIST_EMPTY,               /* a new session, no answers */
	SESSLIST_FILE,                /* a new session with the answers of a file */
};

struct sesslist {
	struct ui_list list;          /* row 0: a new session; then `shown` */
	struct session_info *all;     /* every session, most recent first */
	int nall, cap;
	int *shown;                   /* indexes in `all` of the rows 1.. */
	int nshown;
	struct screen_field search;
	enum sesslist_mode mode;
	struct screen_field field;    /* the pseudonym or the file's name */
	long target;                  /* the session renamed or deleted; 0: new */
	char warned[SCREEN_FIELD_MAX]; /* the pseudonym already warned about */
	char name[SESSION_PSEUDONYM_SIZE]; /* the new session's pseudonym */
	struct ui_list start;         /* the three ways to start */
	const char *starts[3];
	enum sesslist_leave leave;
	struct situation sit;         /* the answers of the file */
	int foot_y;                   /* first row of the foot */
};

/* The session of row ROW of the list, NULL for row 0 (a new one). */
const struct session_info *sesslist_row(const struct sesslist *sl, int row);
/* Read the sessions again, filtered by the search; 0 or -1 (message). */
int sesslist_load(struct screen *s);
/* Draw the foot for the mode of the list. */
void sesslist_foot(struct screen *s);
/* Ask for a pseudonym: a new session (TARGET 0) or the rename of TARGET. */
void sesslist_ask_name(struct screen *s, long target);
/* Ask to confirm the deletion of the focused session. */
void sesslist_ask_delete(struct screen *s);
/* A key while the foot asks a question. */
enum screen_result sesslist_ask_key(struct screen *s, const struct screen_key *k);

#endif
