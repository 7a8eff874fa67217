/* session.h - saved interview sessions, in the per-user sessions
 * database (never in the reference database).
 *
 * The file lives under $XDG_DATA_HOME/tremplin/ (or ~/.local/share/
 * tremplin/), is created with mode 0600 in a 0700 folder, and runs in WAL
 * mode: every save is one transaction, so a killed program loses at most
 * the screen in progress and never corrupts the file. */
#ifndef TREMPLIN_SESSION_H
#define TREMPLIN_SESSION_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "plan.h"
#include "situation.h"
#include "store.h"

#define SESSION_SCHEMA_VERSION 4

/* What a save waits for another Tremplin's write before it gives up
 * (SESSION_BUSY): the wizard's keys must not wait. */
#define SESSION_BUSY_MS 100
/* What taking a lease waits (once, when a wizard starts). */
#define SESSION_LEASE_WAIT_MS 2000
/* The result of a write that found the file locked by another process:
 * nothing was written; try again later. */
#define SESSION_BUSY (-2)
/* A lease whose heartbeat is older than this is taken back. */
#define SESSION_LEASE_SECONDS 300

/* NAME in the folder of the person's Tremplin files, into BUF:
 * $XDG_DATA_HOME/tremplin/ (an absolute XDG_DATA_HOME), else
 * $HOME/.local/share/tremplin/. 0, or -1 with E filled: NO_PLACE when
 * neither is set, TOO_LONG when the path does not fit (both translated). */
int session_data_file(char *buf, size_t len, const char *name,
		      const char *no_place, const char *too_long,
		      struct tr_err *e);

/* The default sessions file into BUF: 0, or -1 with E filled when no home
 * folder is known. */
int session_default_path(char *buf, size_t len, struct tr_err *e);

/* mkdir -p for the folders of PATH (not PATH itself), new ones with mode
 * 0700. */
int session_make_parents(const char *path, struct tr_err *e);

/* Open (creating when missing: folder 0700, file 0600) the sessions
 * database at PATH. */
int session_open(const char *path, struct store **out, struct tr_err *e);

/* Open the sessions database at PATH read-only (`sessions check`): it is
 * neither created nor migrated. */
int session_open_readonly(const char *path, struct store **out, struct tr_err *e);

/* 0 when the folder of PATH and PATH itself (when it exists) can be
 * written; -1 with E saying which cannot and what to do. */
int session_writable(const char *path, struct tr_err *e);

/* Fill E after a failed statement on DB: WHAT and the cause in words
 * true to it (the disk is full, the file or folder cannot be written,
 * another Tremplin is writing). Returns SESSION_BUSY for the last, -1
 * otherwise. */
int session_fail(struct store *db, const char *what, struct tr_err *e);

/* Where the first answers of a session came from (adviser mode). */
enum session_brought {
	SESSION_BROUGHT_NONE,
	SESSION_BROUGHT_CODE,         /* a resume code typed in */
	SESSION_BROUGHT_FILE,         /* an answers file */
};

#define SESSION_PSEUDONYM_SIZE 64     /* bytes, NUL included */
#define SESSION_CHALLENGE_SIZE 32     /* a challenge id, NUL included */

struct session_info {
	long id;
	char pseudonym[SESSION_PSEUDONYM_SIZE];
	char created[24];             /* "2026-11-27 14:03" UTC */
	char updated[24];
	int finished;
	char screen[48];              /* where the person was: a question id */
	/* What the adviser's list shows (session_save_progress()). */
	int answered;                 /* answers given */
	int asked;                    /* questions that apply */
	char challenge[SESSION_CHALLENGE_SIZE]; /* the main challenge's id
					 (rules.h), "" before the diagnosis */
	uint64_t brought;             /* bit k: answer k came from BROUGHT_FROM */
	enum session_brought brought_from;
};

/* A new session (PSEUDONYM may be "" outside adviser mode), leased to
 * this process; its id in *ID. */
int session_create(struct store *db, const char *pseudonym, long *id,
		   struct tr_err *e);

/* Save the answers and the current screen of session ID in one
 * transaction, and renew this process's lease on it. FINISHED: the person
 * saw their diagnosis. The writes return SESSION_BUSY when another
 * process holds the file's write lock for more than SESSION_BUSY_MS. */
int session_save(struct store *db, long id, const struct situation *s,
		 const char *screen, int finished, struct tr_err *e);

/* Load session ID: 1 found, 0 no such session, -1 error (a stored answers
 * text that no longer parses is an error naming the session). */
int session_load(struct store *db, long id, struct situation *s,
		 struct session_info *info, struct tr_err *e);

/* The most recently updated session, finished or not: 1 found (*ID), 0
 * none. A finished session still holds the person's plan. */
int session_last(struct store *db, long *id, struct tr_err *e);

/* The most recently updated unfinished session: 1 found (*ID), 0 none. */
int session_last_unfinished(struct store *db, long *id, struct tr_err *e);

/* The lease of a session in use by a wizard: the holder's pid, host and
 * a heartbeat time renewed by every save. Take the lease of session ID:
 * 1 taken (it is this process's now), 0 leased by another process that
 * may be at work: one whose heartbeat is younger than
 * SESSION_LEASE_SECONDS, unless it ran on this host and is gone (no such
 * process, or a zombie); -1 or SESSION_BUSY on error. */
int session_lease(struct store *db, long id, struct tr_err *e);
/* Give back this process's lease of session ID (none held: nothing). */
int session_release(struct store *db, long id, struct tr_err *e);

/* Every session, most recent first: FN once each. */
int session_list(struct store *db, void (*fn)(const struct session_info *, void *),
		 void *arg, struct tr_err *e);

/* 1 deleted, 0 no such session. The deleted answers are overwritten in
 * the file (secure_delete) and the WAL is emptied. */
int session_delete(struct store *db, long id, struct tr_err *e);

/* Delete sessions not updated for DAYS days; the count in *DELETED. As
 * session_delete(), their answers are overwritten and the WAL emptied. */
int session_purge(struct store *db, int days, int *deleted, struct tr_err *e);

/* session-adviser.c: what the adviser's list of sessions needs. */

/* Keep with session ID what its row of the list shows: the answered,
 * asked, brought and brought_from fields of INFO, and its challenge
 * unless "" (the main challenge of the last diagnosis stays). */
int session_save_progress(struct store *db, long id, const struct session_info *info,
			  struct tr_err *e);
/* Give session ID the pseudonym NAME (at most SESSION_PSEUDONYM_SIZE - 1
 * bytes): 1 renamed, 0 no such session. */
int session_rename(struct store *db, long id, const char *name, struct tr_err *e);

/* What a pseudonym looks like: a pseudonym, or what should not be kept
 * (a person's full name, an e-mail address). */
enum session_pseudonym {
	SESSION_PSEUDONYM_OK,
	SESSION_PSEUDONYM_NAME,       /* two or more words with a capital */
	SESSION_PSEUDONYM_EMAIL,      /* an @ with a dot after it */
};
enum session_pseudonym session_pseudonym_check(const char *name);
/* 1 when QUERY is found in NAME, case, accents and punctuation ignored
 * (text_fold()); an empty QUERY matches every name. */
int session_pseudonym_match(const char *name, const char *query);

/* The plan state kept with a session: one mark per action (plan.h). */

/* Replace the plan state of session ID with the N MARKS (one transaction). */
int session_save_plan(struct store *db, long id, const struct plan_mark *marks,
		      int n, struct tr_err *e);
/* session_save() and session_save_plan() in ONE transaction: after a
 * crash the file holds either the previous save or this one, whole. */
int session_save_all(struct store *db, long id, const struct situation *s,
		     const char *screen, int finished, const struct plan_mark *marks,
		     int n, struct tr_err *e);
/* Read at most MAX marks of session ID; returns how many, -1 on error. */
int session_load_plan(struct store *db, long id, struct plan_mark *marks,
		      int max, struct tr_err *e);

/* Adviser mode: the note on the meeting and the language of the export
 * ("" for the screen's) of session ID. Save: 0, or -1 / SESSION_BUSY.
 * Load: 1 found, 0 no such session (both ""), -1 error. */
int session_save_meeting(struct store *db, long id, const char *note, const char *lang,
			 struct tr_err *e);
int session_load_meeting(struct store *db, long id, char *note, size_t notelen,
			 char *lang, size_t langlen, struct tr_err *e);

/* SQLite's integrity check of the whole file: LINE once per problem (in
 * SQLite's words); returns the number of problems, -1 on error. */
int session_check(struct store *db, void (*line)(const char *text, void *arg),
		  void *arg, struct tr_err *e);

#endif
