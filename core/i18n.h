/* i18n.h - gettext wiring shared by core/ and tui/. */
#ifndef TREMPLIN_I18N_H
#define TREMPLIN_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)
#define P_(s, p, n) ngettext((s), (p), (n))
/* A message in a context (msgctxt C), for the words that change with
 * what they speak of: C_ translates, NC_ only marks (po/Makevars). */
#define C_(c, s) i18n_pgettext((c), (s))
#define NC_(c, s) (s)

struct situation;

#if defined(__GNUC__) || defined(__clang__)
#define I18N_FORMAT_ARG(n) __attribute__((format_arg(n)))
#else
#define I18N_FORMAT_ARG(n)
#endif

/* MSGID translated in context CTX; MSGID translated without a context
 * when the catalogue has no entry for that context. */
const char *i18n_pgettext(const char *ctx, const char *msgid)
	I18N_FORMAT_ARG(2);

/* MSGID translated for the person of S (NULL: nobody in particular):
 * for a woman the "female" context form, for a man the "male" one, when
 * the catalogue has them; else the plain translation, which is written
 * for anyone ("Seul ou seule"). Every sentence or label that speaks of
 * the person goes through this (core/i18n.c). */
const char *i18n_agree(const struct situation *s, const char *msgid) I18N_FORMAT_ARG(2);

/* The msgids that have a "female" and a "male" entry, for the tests. */
int i18n_gendered_count(void);
const char *i18n_gendered_msgid(int i);    /* NULL if out of range */

#endif
