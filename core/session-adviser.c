/* session-adviser.c - what the adviser's list of sessions needs: the
 * progress and main challenge kept with a session, renaming it, and the
 * checks of a pseudonym (a full name or an e-mail address has no place
 * there). See session.h. */
#include <config.h>

#include <string.h>

#include "i18n.h"
#include "session.h"
#include "session-private.h"
#include "store-private.h"
#include "text.h"

static const char sql_progress[] =
	"UPDATE sessions SET answered = ?2, asked = ?3, brought = ?5, brought_from = ?6, "
	"challenge = CASE ?4 WHEN '' THEN challenge ELSE ?4 END WHERE id = ?1";

int
session_save_progress(struct store *db, long id, const struct session_info *info,
		      struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(db, sql_progress, e);

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, info->answered);
	sqlite3_bind_int(st, 3, info->asked);
	sqlite3_bind_text(st, 4, info->challenge, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, (sqlite3_int64)info->brought);
	sqlite3_bind_int(st, 6, (int)info->brought_from);
	if (sqlite3_step(st) != SQLITE_DONE)
		return session_fail(db, _("cannot save the session"), e);
	sqlite3_reset(st);
	return 0;
}

static const char sql_rename[] = "UPDATE sessions SET pseudonym = ?2 WHERE id = ?1";

int
session_rename(struct store *db, long id, const char *name, struct tr_err *e)
{
	sqlite3_stmt *st;

	if (strlen(name) >= SESSION_PSEUDONYM_SIZE)
		return err_set(e, "%s: %s", store_path(db), _("the pseudonym is too long"));
	st = store_stmt(db, sql_rename, e);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		return session_fail(db, _("cannot rename the session"), e);
	sqlite3_reset(st);
	return sqlite3_changes(store_db(db)) > 0;
}

/* A capital letter: A-Z and the Latin-1 capitals (À to Þ but ×). */
static int
pseudonym_capital(unsigned long cp)
{
	return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7);
}

/* A letter of the alphabets a name is written in here: ASCII and Latin-1
 * and Latin Extended-A (no × or ÷). */
static int
pseudonym_letter(unsigned long cp)
{
	return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
	       (cp >= 0xC0 && cp <= 0x17F && cp != 0xD7 && cp != 0xF7);
}

/* The words that look like a part of a name: a capital then a letter
 * ("Marie", "DUPONT", "Jean-Pierre"; not "A", "M." or "7"). */
static int
pseudonym_name_words(const char *s)
{
	int words = 0;

	while (*s != '\0') {
		size_t l1, l2;
		unsigned long c1, c2;

		while (*s == ' ' || *s == '\t')
			s++;
		if (*s == '\0')
			break;
		c1 = text_decode(s, &l1);
		c2 = s[l1] != '\0' ? text_decode(s + l1, &l2) : 0;
		if (pseudonym_capital(c1) && pseudonym_letter(c2))
			words++;
		while (*s != '\0' && *s != ' ' && *s != '\t')
			s++;
	}
	return words;
}

/* An @ with something before it and a dot after it, followed by
 * something ("ana@mail.fr"). */
static int
pseudonym_email(const char *s)
{
	const char *at = strchr(s, '@'), *dot;

	if (at == NULL || at == s || at[-1] == ' ')
		return 0;
	dot = strchr(at + 1, '.');
	return dot != NULL && dot > at + 1 && dot[1] != '\0' && dot[1] != ' ';
}

enum session_pseudonym
session_pseudonym_check(const char *name)
{
	if (pseudonym_email(name))
		return SESSION_PSEUDONYM_EMAIL;
	if (pseudonym_name_words(name) >= 2)
		return SESSION_PSEUDONYM_NAME;
	return SESSION_PSEUDONYM_OK;
}

int
session_pseudonym_match(const char *name, const char *query)
{
	char n[SESSION_PSEUDONYM_SIZE * 2], q[SESSION_PSEUDONYM_SIZE * 2];

	if (text_fold(query, q, sizeof q) == 0)
		return 1;
	text_fold(name, n, sizeof n);
	return strstr(n, q) != NULL;
}
