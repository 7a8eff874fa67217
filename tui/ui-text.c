/* ui-text.c - text view, text field, ordered help line (see ui-text.h). */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "i18n.h"
#include "screen-common.h"
#include "ui-draw.h"
#include "ui-text.h"

/* ---- text view ---------------------------------------------------------- */

static void
free_rows(struct ui_text *t)
{
	for (int i = 0; i < t->nrows; i++)
		free(t->rows[i].text);
	t->nrows = 0;
	t->wrapped_w = 0;
}

void
ui_text_clear(struct ui_text *t)
{
	free_rows(t);
	for (int i = 0; i < t->npara; i++)
		free(t->paras[i].text);
	free(t->paras);
	free(t->rows);
	t->paras = NULL;
	t->rows = NULL;
	t->npara = t->cpara = t->crows = 0;
	t->top = 0;
}

int
ui_text_add(struct ui_text *t, enum color_role role, int indent, int hang,
	    const char *text)
{
	struct ui_text_para *p;

	if (t->npara == t->cpara) {
		int c = t->cpara ? t->cpara * 2 : 32;
		struct ui_text_para *np = realloc(t->paras, (size_t)c * sizeof *np);

		if (np == NULL)
			return -1;
		t->paras = np;
		t->cpara = c;
	}
	p = &t->paras[t->npara];
	p->text = strdup(text);
	if (p->text == NULL)
		return -1;
	p->role = role;
	p->indent = indent;
	p->hang = hang;
	t->npara++;
	t->wrapped_w = 0;
	return 0;
}

int
ui_text_addf(struct ui_text *t, enum color_role role, int indent, int hang,
	     const char *fmt, ...)
{
	char buf[2048];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return ui_text_add(t, role, indent, hang, buf);
}

/* Code point CP in UTF-8 at OUT; returns the bytes (1 to 4). */
static size_t
utf8_put(char *out, unsigned long cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

static int
add_row(struct ui_text *t, int para, int indent, const wchar_t *w, size_t n)
{
	char buf[4096];
	size_t len;

	if (t->nrows == t->crows) {
		int c = t->crows ? t->crows * 2 : 64;
		struct ui_text_row *nr = realloc(t->rows, (size_t)c * sizeof *nr);

		if (nr == NULL)
			return -1;
		t->rows = nr;
		t->crows = c;
	}
	len = 0;
	for (size_t i = 0; i < n && len + 5 < sizeof buf; i++)
		len += utf8_put(buf + len, (unsigned long)w[i]);
	buf[len] = '\0';
	t->rows[t->nrows].text = strdup(buf);
	if (t->rows[t->nrows].text == NULL)
		return -1;
	t->rows[t->nrows].para = para;
	t->rows[t->nrows].indent = indent;
	t->nrows++;
	return 0;
}

static int
wcell(wchar_t c)
{
	int w = wcwidth(c);

	return w < 0 ? 1 : w;
}

/* Wrap paragraph I into rows of at most W cells. */
static void
wrap_para(struct ui_text *t, int i, int w)
{
	const struct ui_text_para *p = &t->paras[i];
	wchar_t wb[2048];
	size_t n = ui_widen(p->text, wb, sizeof wb / sizeof wb[0]), pos = 0;
	int first = 1;

	if (n == 0)
		add_row(t, i, p->indent, wb, 0);
	while (pos < n) {
		int ind = first ? p->indent : p->hang;
		int room = w - ind > 4 ? w - ind : 4, cells = 0;
		size_t end = pos, brk = 0;
		int have_brk = 0;

		while (end < n && wb[end] != L'\n' && cells + wcell(wb[end]) <= room) {
			if (ui_break_at(wb, end, n)) {
				brk = end;
				have_brk = 1;
			}
			cells += wcell(wb[end++]);
		}
		if (end < n && wb[end] != L'\n' && have_brk && brk > pos)
			end = brk;
		if (end == pos && wb[end] != L'\n')
			end++;                /* a character wider than the row */
		add_row(t, i, ind, wb + pos, end - pos);
		pos = end;
		if (pos < n && wb[pos] == L'\n')
			pos++;
		else
			while (pos < n && wb[pos] == L' ')
				pos++;
		first = 0;
	}
}

static void
wrap_all(struct ui_text *t)
{
	if (t->wrapped_w == t->w && t->w > 0)
		return;
	free_rows(t);
	for (int i = 0; i < t->npara; i++)
		wrap_para(t, i, t->w - 2);    /* the last column: scroll marks */
	t->wrapped_w = t->w;
}

static void
clamp_top(struct ui_text *t)
{
	if (t->top > t->nrows - t->h)
		t->top = t->nrows - t->h;
	if (t->top < 0)
		t->top = 0;
}

void
ui_text_place(struct ui_text *t, int y, int x, int w, int h)
{
	t->y = y;
	t->x = x;
	t->w = w;
	t->h = h > 1 ? h : 1;
	wrap_all(t);
	clamp_top(t);
}

int
ui_text_rows(const struct ui_text *t)
{
	return t->nrows;
}

int
ui_text_row_of(const struct ui_text *t, int p)
{
	for (int i = 0; i < t->nrows; i++)
		if (t->rows[i].para == p)
			return i;
	return -1;
}

void
ui_text_draw(struct ui_text *t)
{
	const char *up = ui_ascii() ? "^" : "\u25b2";
	const char *down = ui_ascii() ? "v" : "\u25bc";

	wrap_all(t);
	clamp_top(t);
	for (int r = 0; r < t->h; r++) {
		int i = t->top + r;

		if (i < t->nrows) {
			const struct ui_text_row *row = &t->rows[i];

			ui_put(t->y + r, t->x, row->indent, CLR_NORMAL, "");
			ui_put(t->y + r, t->x + row->indent, t->w - 1 - row->indent,
			       t->paras[row->para].role, row->text);
		} else {
			ui_put(t->y + r, t->x, t->w - 1, CLR_NORMAL, "");
		}
	}
	if (t->nrows > t->h) {
		ui_put(t->y, t->x + t->w - 1, 1, CLR_NOTE, t->top > 0 ? up : " ");
		ui_put(t->y + t->h - 1, t->x + t->w - 1, 1, CLR_NOTE,
		       t->top + t->h < t->nrows ? down : " ");
	}
	ui_cursor(t->y, t->x);
}

int
ui_text_request(struct ui_text *t, enum request a)
{
	int page = t->h > 1 ? t->h - 1 : 1, old = t->top;

	switch (a) {
	case REQ_UP: t->top--; break;
	case REQ_DOWN: t->top++; break;
	case REQ_PGUP: t->top -= page; break;
	case REQ_PGDN: t->top += page; break;
	case REQ_HOME: t->top = 0; break;
	case REQ_END: t->top = t->nrows; break;
	default: return 0;
	}
	clamp_top(t);
	if (t->top != old)
		ui_text_draw(t);
	return 1;
}

/* ---- one-line text field -------------------------------------------- */

/* Bytes of the UTF-8 character that ends before byte I / starts at I. */
static size_t
prev_char(const char *s, size_t i)
{
	size_t j = i;

	if (j == 0)
		return 0;
	do
		j--;
	while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80);
	return i - j;
}

static size_t
next_char(const char *s, size_t len, size_t i)
{
	size_t j = i;

	if (j >= len)
		return 0;
	do
		j++;
	while (j < len && ((unsigned char)s[j] & 0xC0) == 0x80);
	return j - i;
}

void
ui_field_set(struct ui_field *f, const char *text, size_t max)
{
	size_t n = strlen(text);

	f->max = max < UI_FIELD_MAX ? max : UI_FIELD_MAX;
	if (n >= f->max) {
		n = f->max - 1;
		while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(f->text, text, n);
	f->text[n] = '\0';
	f->len = f->cur = n;
	f->off = 0;
}

/* Cells of bytes A..B of the field. */
static int
span_width(const struct ui_field *f, size_t a, size_t b)
{
	char tmp[UI_FIELD_MAX];

	memcpy(tmp, f->text + a, b - a);
	tmp[b - a] = '\0';
	return ui_width(tmp);
}

static int
insert(struct ui_field *f, wint_t ch)
{
	char mb[8];
	mbstate_t st;
	size_t n;

	memset(&st, 0, sizeof st);
	n = wcrtomb(mb, (wchar_t)ch, &st);
	if (n == (size_t)-1 || f->len + n >= f->max)
		return 0;
	memmove(f->text + f->cur + n, f->text + f->cur, f->len - f->cur + 1);
	memcpy(f->text + f->cur, mb, n);
	f->len += n;
	f->cur += n;
	return 1;
}

static void
cut_bytes(struct ui_field *f, size_t at, size_t n)
{
	memmove(f->text + at, f->text + at + n, f->len - at - n + 1);
	f->len -= n;
}

int
ui_field_key(struct ui_field *f, const struct screen_key *k)
{
	size_t n;

	if (k->req == REQ_ERASE) {
		n = prev_char(f->text, f->cur);
		if (n == 0)
			return 1;
		f->cur -= n;
		cut_bytes(f, f->cur, n);
	} else if (k->is_fkey && k->ch == KEY_DC) {
		n = next_char(f->text, f->len, f->cur);
		if (n == 0)
			return 1;
		cut_bytes(f, f->cur, n);
	} else if (k->is_fkey && k->ch == KEY_LEFT) {
		f->cur -= prev_char(f->text, f->cur);
	} else if (k->is_fkey && k->ch == KEY_RIGHT) {
		f->cur += next_char(f->text, f->len, f->cur);
	} else if (k->req == REQ_HOME) {
		f->cur = 0;
	} else if (k->req == REQ_END) {
		f->cur = f->len;
	} else if (screen_typable(k)) {
		if (!insert(f, k->ch))
			return 2;     /* full: the key is still the field's */
	} else {
		return 0;
	}
	ui_field_draw(f);
	return 1;
}

void
ui_field_draw(struct ui_field *f)
{
	int room = f->w - 2, cells;

	if (room < 2)
		room = 2;
	/* Keep the cursor inside the window: scroll left or right. */
	if (f->off > f->cur)
		f->off = f->cur;
	while (f->off < f->cur && span_width(f, f->off, f->cur) > room - 1)
		f->off += next_char(f->text, f->len, f->off);
	ui_put(f->y, f->x, -1, CLR_NORMAL, f->off > 0 ? "<" : "[");
	cells = ui_put(f->y, f->x + 1, room, CLR_INPUT, f->text + f->off);
	ui_put(f->y, f->x + 1 + room, -1, CLR_NORMAL,
	       ui_width(f->text + f->off) > cells ? ">" : "]");
	ui_cursor(f->y, f->x + 1 + span_width(f, f->off, f->cur));
}

/* ---- help line in the screen's order ----------------------------------- */

void
ui_hints(const struct ui_hint *hints, int n)
{
	const struct ui_layout *l = ui_layout();
	int x = l->left + 1, right = l->left + l->width;

	wattrset(stdscr, (int)colors_attr(CLR_NORMAL));
	wmove(stdscr, l->help_row, 0);
	wclrtoeol(stdscr);
	for (int i = 0; i < n; i++) {
		const struct key_binding *a = keys_get(hints[i].req);
		const char *label = hints[i].label != NULL ? _(hints[i].label) :
			a->label != NULL ? keys_word(a, ui_kiosk()) : NULL;
		char keys[64];
		int need;

		if (a->key_label == NULL || label == NULL)
			continue;
		keys_group_label(a->id, keys, sizeof keys);
		need = ui_width(keys) + 1 + ui_width(label);
		if (x + need > right)
			break;
		x += ui_put(l->help_row, x, -1, CLR_KEY, keys);
		x += 1;
		x += ui_put(l->help_row, x, -1, CLR_HELPLINE, label);
		x += 2;
	}
}
