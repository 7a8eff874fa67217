/* ui-charset.h - what the terminal can show: every character in a UTF-8
 * locale, Latin-1 in a Latin-1 one, ASCII otherwise (the C locale), as
 * the environment says, whatever locale the program itself runs in; and
 * text as the terminal will show it, what it cannot show transliterated
 * (core's text_ascii(): e acute -> e, never '?'). */
#ifndef TREMPLIN_UI_CHARSET_H
#define TREMPLIN_UI_CHARSET_H

#include <stddef.h>
#include <wchar.h>

/* Read the charset from the environment's locale (before newterm()). */
void ui_charset_init(void);
/* 1 when the terminal shows UTF-8. */
int ui_charset_utf8(void);

/* UTF-8 text S as the terminal will show it, in wide characters; returns
 * how many (at most MAX - 1). */
size_t ui_widen(const char *s, wchar_t *out, size_t max);

#endif
