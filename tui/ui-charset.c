/* ui-charset.c - what the terminal can show, from the locale of the
 * environment, and text as it will show it (see ui-charset.h). */
#include <config.h>

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text.h"
#include "ui-charset.h"

/* What the terminal can show, from the locale of the environment: every
 * character (UTF-8), Latin-1 or ASCII only; the rest is transliterated. */
enum charset { CHARSET_UTF8, CHARSET_LATIN1, CHARSET_ASCII };
static enum charset charset;

/* 1 when the terminal shows code point CP as it is. */
static int
shown(unsigned long cp)
{
	return charset == CHARSET_UTF8 || cp < 0x80 || (charset == CHARSET_LATIN1 && cp <= 0xFF);
}

static int
is_space(unsigned long cp)
{
	return cp == ' ' || cp == 0xA0 || cp == 0x202F;
}

/* 1 when the French quote mark at S or the space before it goes: in
 * ASCII, "« prêt »" is "\"pret\"". */
static int
quote_space(unsigned long cp, const char *s)
{
	size_t len;
	unsigned long next = text_decode(s, &len);

	if (shown(0xAB))
		return 0;
	return (cp == 0xAB && is_space(next)) || (is_space(cp) && next == 0xBB);
}

size_t
ui_widen(const char *s, wchar_t *out, size_t max)
{
	size_t n = 0;

	while (*s != '\0' && n + 1 < max) {
		size_t len;
		unsigned long cp = text_decode(s, &len);
		char plain[TEXT_ASCII_MAX];
		size_t k;

		s += len;
		if (cp == 0xFFFD || cp == '\t')
			cp = cp == '\t' ? ' ' : '?';
		if (*s != '\0' && quote_space(cp, s)) {
			if (cp != 0xAB)
				continue;     /* the space before » */
			text_decode(s, &len);
			s += len;             /* the space after « */
		}
		if (shown(cp)) {
			out[n++] = (wchar_t)cp;
			continue;
		}
		k = text_ascii(cp, plain);
		for (size_t i = 0; i < k && n + 1 < max; i++)
			out[n++] = (wchar_t)(unsigned char)plain[i];
	}
	out[n] = L'\0';
	return n;
}

/* What the locale of the environment lets the terminal show. The
 * program's own locale may be C.UTF-8 where the environment says "C"
 * (main.c), so the environment is asked, not setlocale(). */
static enum charset
env_charset(void)
{
	locale_t loc = newlocale(LC_CTYPE_MASK, "", (locale_t)0);
	const char *names[] = { "LC_ALL", "LC_CTYPE", "LANG" };
	const char *cs = NULL;
	enum charset c;

	for (size_t i = 0; loc == (locale_t)0 && cs == NULL && i < 3; i++) {
		cs = getenv(names[i]);
		if (cs != NULL && cs[0] == '\0')
			cs = NULL;
	}
	if (loc != (locale_t)0)
		cs = nl_langinfo_l(CODESET, loc);
	c = cs == NULL ? CHARSET_ASCII :
	    strcasestr(cs, "UTF-8") != NULL || strcasestr(cs, "utf8") != NULL ? CHARSET_UTF8 :
	    strcasestr(cs, "8859-1") != NULL || strcasestr(cs, "latin1") != NULL ?
	    CHARSET_LATIN1 : CHARSET_ASCII;
	if (loc != (locale_t)0)
		freelocale(loc);
	return c;
}

void
ui_charset_init(void)
{
	charset = env_charset();
}

int
ui_charset_utf8(void)
{
	return charset == CHARSET_UTF8;
}
