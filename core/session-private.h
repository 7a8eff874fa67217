/* session-private.h - what session.c, session-file.c and session-lease.c
 * share. */
#ifndef TREMPLIN_SESSION_PRIVATE_H
#define TREMPLIN_SESSION_PRIVATE_H

#include <stddef.h>

#include <sqlite3.h>
#include "store.h"

/* Now in UTC, as the sessions file keeps it, into BUF. */
int session_now_text(struct store *db, char *buf, size_t len, struct tr_err *e);
/* Bind this process as the holder of a lease: its pid at parameter PID,
 * its host (into HOST, LEN bytes) at PID + 1. */
void session_bind_holder(sqlite3_stmt *st, int pid, char *host, size_t len);

#endif
