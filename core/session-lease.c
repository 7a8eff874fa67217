/* session-lease.c - a session in use is leased to its wizard (its pid,
 * host and heartbeat), so that a second wizard does not take it; a dead
 * or silent holder's lease is taken back. See session.h. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "i18n.h"
#include "session.h"
#include "session-private.h"
#include "store-private.h"

static const char sql_holder[] =
	"SELECT holder_pid, holder_host, heartbeat FROM sessions WHERE id = ?1";

static const char sql_hold[] =
	"UPDATE sessions SET heartbeat = ?2, holder_pid = ?3, holder_host = ?4 WHERE id = ?1";

static const char sql_release[] =
	"UPDATE sessions SET holder_pid = 0, holder_host = '' "
	"WHERE id = ?1 AND holder_pid = ?2 AND holder_host = ?3";

/* Now in UTC, as the sessions file keeps it. */
int
session_now_text(struct store *db, char *buf, size_t len, struct tr_err *e)
{
	time_t t;

	if (clock_now(&t, e) < 0)
		return -1;
	if (clock_format(t, CLOCK_UTC, 1, buf, len) < 0)
		return err_set(e, "%s: %s", store_path(db), _("cannot read the system clock"));
	return 0;
}

/* The name of this computer, for the lease. */
static void
host_name(char *buf, size_t len)
{
	if (gethostname(buf, len) < 0)
		buf[0] = '\0';
	buf[len - 1] = '\0';
}

/* Bind this process as the holder of the lease: PID at column PID, host
 * at PID + 1. */
void
session_bind_holder(sqlite3_stmt *st, int pid, char *host, size_t len)
{
	host_name(host, len);
	sqlite3_bind_int64(st, pid, (sqlite3_int64)getpid());
	sqlite3_bind_text(st, pid + 1, host, -1, SQLITE_STATIC);
}

/* 1 when process PID is gone: no such process, or a zombie that its
 * parent has not reaped yet (Linux's /proc says so). */
static int
process_gone(long pid)
{
	char path[64], stat[256], *paren;
	FILE *fp;
	size_t n;

	if (kill((pid_t)pid, 0) < 0 && errno == ESRCH)
		return 1;
	snprintf(path, sizeof path, "/proc/%ld/stat", pid);
	if ((fp = fopen(path, "r")) == NULL)
		return 0;
	n = fread(stat, 1, sizeof stat - 1, fp);
	fclose(fp);
	stat[n] = '\0';
	paren = strrchr(stat, ')');
	return paren != NULL && paren[1] == ' ' && paren[2] == 'Z';
}

/* 1 when the lease of the current row of ST (sql_holder) is another
 * process's that may still be at work at time NOW; 0 when it is free,
 * ours, or its holder is dead (same host, no such process) or silent for
 * SESSION_LEASE_SECONDS. */
static int
lease_taken(sqlite3_stmt *st, time_t now)
{
	long pid = (long)sqlite3_column_int64(st, 0);
	char host[256], me[256], beat[CLOCK_STAMP_LEN];
	time_t t;

	if (pid == 0)
		return 0;
	store_column(st, 1, host, sizeof host);
	store_column(st, 2, beat, sizeof beat);
	host_name(me, sizeof me);
	if (strcmp(host, me) == 0 &&
	    (pid == (long)getpid() || process_gone(pid)))
		return 0;
	if (clock_parse(beat, CLOCK_UTC, &t) < 0 || now - t > SESSION_LEASE_SECONDS)
		return 0;
	return 1;
}

/* Inside a transaction: 1 when session ID is leased by another live
 * process, 0 (now ours) when not, -1 on error. */
static int
lease_take(struct store *db, long id, time_t t, const char *now, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(db, sql_holder, e);
	char host[256];
	int rc;

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && lease_taken(st, t))
		return 1;
	if (store_one(db, st, rc, N_("cannot read the session"), e) < 0)
		return -1;
	if ((st = store_stmt(db, sql_hold, e)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, now, -1, SQLITE_STATIC);
	session_bind_holder(st, 3, host, sizeof host);
	if (sqlite3_step(st) != SQLITE_DONE)
		return session_fail(db, _("cannot read the session"), e);
	return 0;
}

int
session_lease(struct store *db, long id, struct tr_err *e)
{
	char now[CLOCK_STAMP_LEN];
	time_t t;
	int r;

	if (clock_now(&t, e) < 0 || session_now_text(db, now, sizeof now, e) < 0)
		return -1;
	/* At the start of a wizard, not at a key: it may wait longer. */
	sqlite3_busy_timeout(store_db(db), SESSION_LEASE_WAIT_MS);
	if (store_begin(db, e) < 0) {
		r = session_fail(db, _("cannot read the session"), e);
	} else {
		r = lease_take(db, id, t, now, e);
		if (r == 0 && store_commit(db, e) < 0)
			r = session_fail(db, _("cannot read the session"), e);
		if (r != 0)
			store_rollback(db);
	}
	sqlite3_busy_timeout(store_db(db), SESSION_BUSY_MS);
	return r < 0 ? r : !r;
}

int
session_release(struct store *db, long id, struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(db, sql_release, e);
	char host[256];

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	session_bind_holder(st, 2, host, sizeof host);
	if (sqlite3_step(st) != SQLITE_DONE)
		return session_fail(db, _("cannot save the session"), e);
	sqlite3_reset(st);
	return 0;
}

