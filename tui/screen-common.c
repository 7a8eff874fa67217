/* screen-common.c - helpers shared by the question screens. */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "i18n.h"
#include "interview.h"
#include "screen-common.h"
#include "text.h"
#include "ui-draw.h"
#include "wizard.h"

int
screen_left(void)
{
	return ui_layout()->left + 2;
}

int
screen_width(void)
{
	return ui_layout()->width - 4;
}

int
screen_question_top(struct screen *s)
{
	const struct ui_layout *l = ui_layout();
	int y = l->top + 1;

	ui_erase_body();
	if (s->q != NULL)
		y += ui_wrap(y, screen_left(), screen_width(), 3, CLR_QUESTION,
			     i18n_agree(&s->wiz->sit, s->q->text), 1);
	return y + 1;
}

const char *
screen_question_help(struct screen *s)
{
	return s->q != NULL && s->q->help != NULL ? i18n_agree(&s->wiz->sit, s->q->help) : NULL;
}

int
screen_store(struct screen *s, const char *value)
{
	struct tr_err e;

	if (situation_set(&s->wiz->sit, s->q->key, value, &e) < 0) {
		wizard_error(s->wiz, e.msg);
		return -1;
	}
	return 0;
}

/* The folded first letter of UTF-8 text S, or 0. */
static char
first_letter(const char *s)
{
	char buf[16];
	char one[8];
	size_t n = 0;

	/* Fold only the first character (up to 4 bytes). */
	while (s[n] != '\0' && n < 4 && (n == 0 || ((unsigned char)s[n] & 0xC0) == 0x80))
		n++;
	memcpy(one, s, n);
	one[n] = '\0';
	text_fold(one, buf, sizeof buf);
	return buf[0];
}

int
screen_letter_find(const char *const *labels, int n, int from, wint_t ch)
{
	char mb[8], want;
	int len;
	mbstate_t st;

	memset(&st, 0, sizeof st);
	len = (int)wcrtomb(mb, (wchar_t)ch, &st);
	if (len <= 0)
		return -1;
	mb[len] = '\0';
	want = first_letter(mb);
	if (want == '\0')
		return -1;
	for (int k = 1; k <= n; k++) {
		int i = (from + k) % n;

		if (first_letter(labels[i]) == want)
			return i;
	}
	return -1;
}

int
screen_pick(const struct screen_key *k, int n)
{
	int i;

	if (k->req != REQ_PICK)
		return -1;
	i = (int)(k->ch - L'1');
	return i >= 0 && i < n ? i : -2;
}

int
screen_typable(const struct screen_key *k)
{
	/* Letters bound to requests (w, t, d...) are text in a field too. */
	return !k->is_fkey && k->ch >= L' ' && k->ch != 127 && iswprint(k->ch);
}

const char *
screen_ui_lang(void)
{
	static char code[3];
	const char *env[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };

	for (size_t i = 0; i < sizeof env / sizeof env[0]; i++) {
		const char *v = getenv(env[i]);

		if (v != NULL && v[0] >= 'a' && v[0] <= 'z' && v[1] >= 'a' && v[1] <= 'z') {
			code[0] = v[0];
			code[1] = v[1];
			code[2] = '\0';
			return code;
		}
		if (v != NULL && v[0] != '\0' && strcmp(env[i], "LANGUAGE") != 0)
			break;
	}
	return "en";
}

int
screen_field_key(struct screen_field *f, const struct screen_key *k)
{
	char mb[8];
	mbstate_t st;
	size_t n;

	if (k->req == REQ_ERASE) {
		if (f->len == 0)
			return 0;
		do
			f->len--;
		while (f->len > 0 && ((unsigned char)f->text[f->len] & 0xC0) == 0x80);
		f->text[f->len] = '\0';
		return 1;
	}
	if (!screen_typable(k))
		return 0;
	memset(&st, 0, sizeof st);
	n = wcrtomb(mb, (wchar_t)k->ch, &st);
	if (n == (size_t)-1 || f->len + n >= sizeof f->text)
		return 0;
	memcpy(f->text + f->len, mb, n);
	f->len += n;
	f->text[f->len] = '\0';
	return 1;
}

void
screen_field_draw(const struct screen_field *f)
{
	int cells;

	ui_put(f->y, f->x, -1, CLR_NORMAL, "[");
	cells = ui_put(f->y, f->x + 1, f->w - 2, CLR_INPUT, f->text);
	ui_put(f->y, f->x + f->w - 1, -1, CLR_NORMAL, "]");
	ui_cursor(f->y, f->x + 1 + cells);
}
