/* i18n.h - gettext wiring shared by core/ and tui/. */
#ifndef TREMPLIN_I18N_H
#define TREMPLIN_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)
#define P_(s, p, n) ngettext((s), (p), (n))

#endif
