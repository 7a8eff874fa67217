/* text.c - text helpers: folding for search. */
#include <config.h>

#include <stdio.h>

#include <string.h>

#include "err.h"
#include "i18n.h"
#include "text.h"

/* Base letters of U+00C0..U+017F, lower case; '\0' for no letter. Two-letter
 * expansions (AE, OE, ss, IJ) are handled in fold_cp(). */
static const char latin1[] =
	/* C0 */ "aaaaaaaceeeeiiii" /* D0 */ "dnooooo\0ouuuuyts"
	/* E0 */ "aaaaaaaceeeeiiii" /* F0 */ "dnooooo\0ouuuuyty";
static const char latin_ext_a[] =
	/* 100 */ "aaaaaaccccccccdd" /* 110 */ "ddeeeeeeeeeegggg"
	/* 120 */ "gggghhhhiiiiiiii" /* 130 */ "ii\0\0jjkkklllllll"
	/* 140 */ "lllnnnnnnnnnoooo" /* 150 */ "oo\0\0rrrrrrssssss"
	/* 160 */ "ssttttttuuuuuuuu" /* 170 */ "uuuuwwyyyzzzzzzs";

/* Append the folded form of code point CP to DST; returns bytes added. */
static size_t
fold_cp(unsigned long cp, char *out)
{
	if (cp < 0x80) {
		if (cp >= 'A' && cp <= 'Z') {
			out[0] = (char)(cp - 'A' + 'a');
			return 1;
		}
		if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
			out[0] = (char)cp;
			return 1;
		}
		return 0;
	}
	switch (cp) {
	case 0xC6: case 0xE6: memcpy(out, "ae", 2); return 2;
	case 0xDF: memcpy(out, "ss", 2); return 2;
	case 0x152: case 0x153: memcpy(out, "oe", 2); return 2;
	case 0x132: case 0x133: memcpy(out, "ij", 2); return 2;
	default: break;
	}
	if (cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7) {
		out[0] = latin1[cp - 0xC0];
		return out[0] ? 1 : 0;
	}
	if (cp >= 0x100 && cp <= 0x17F) {
		out[0] = latin_ext_a[cp - 0x100];
		return out[0] ? 1 : 0;
	}
	return 0;
}

/* 1 when CP of U+00C0..U+017F is a capital letter. */
static int
is_capital(unsigned long cp)
{
	if (cp < 0x100)
		return cp < 0xDF;
	if (cp == 0x178 || cp == 0x138)
		return cp == 0x178;
	if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
		return cp % 2 == 1;
	return cp % 2 == 0;
}

/* Plain ASCII for the punctuation and symbols of the interface's texts. */
static const struct { unsigned long cp; const char *ascii; } symbols[] = {
	{ 0xA0, " " }, { 0x202F, " " }, { 0x2009, " " }, { 0xAB, "\"" },
	{ 0xBB, "\"" }, { 0x2018, "'" }, { 0x2019, "'" }, { 0x201C, "\"" },
	{ 0x201D, "\"" }, { 0x2026, "..." }, { 0x2013, "-" }, { 0x2014, "-" },
	{ 0x2011, "-" }, { 0x2010, "-" }, { 0x2039, "<" }, { 0x203A, ">" },
	{ 0x2022, "*" }, { 0xB7, "." }, { 0x20AC, "EUR" }, { 0xB0, "o" },
	{ 0xD7, "x" }, { 0x2192, "->" }, { 0x2190, "<-" }, { 0x25B2, "^" },
	{ 0x25BC, "v" }, { 0x2500, "-" }, { 0x2502, "|" }, { 0x250C, "+" },
	{ 0x2510, "+" }, { 0x2514, "+" }, { 0x2518, "+" }, { 0xA9, "(c)" },
	{ 0x2264, "<=" }, { 0x2265, ">=" }, { 0xB2, "2" }, { 0xB9, "1" },
	{ 0xB3, "3" },
};

size_t
text_ascii(unsigned long cp, char *out)
{
	char low[4];
	size_t n;

	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	for (size_t i = 0; i < sizeof symbols / sizeof symbols[0]; i++)
		if (symbols[i].cp == cp) {
			n = strlen(symbols[i].ascii);
			memcpy(out, symbols[i].ascii, n);
			return n;
		}
	n = cp >= 0xC0 && cp <= 0x17F ? fold_cp(cp, low) : 0;
	if (n == 0) {
		out[0] = '?';
		return 1;
	}
	memcpy(out, low, n);
	if (is_capital(cp))
		for (size_t i = 0; i < n; i++)
			out[i] = (char)(out[i] - 'a' + 'A');
	return n;
}

size_t
text_utf8(const char *str, size_t n, unsigned long *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t len;
	unsigned long c;

	if (n == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		len = 2, c = s[0] & 0x1F;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		len = 3, c = s[0] & 0x0F;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		len = 4, c = s[0] & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
		return 0;
	*cp = c;
	return len;
}

unsigned long
text_decode(const char *s, size_t *len)
{
	unsigned long cp;

	*len = text_utf8(s, 4, &cp);
	if (*len == 0) {
		*len = 1;
		return 0xFFFD;
	}
	return cp;
}

size_t
text_fold(const char *src, char *dst, size_t dstlen)
{
	const unsigned char *s = (const unsigned char *)src;
	size_t o = 0;
	int gap = 0;

	if (dstlen == 0)
		return 0;
	while (*s) {
		char buf[2];
		size_t used, n;
		unsigned long cp = text_decode((const char *)s, &used);

		s += used;
		n = fold_cp(cp, buf);
		if (n == 0) {
			/* Combining accents (U+0300..U+036F) vanish. */
			if (!(cp >= 0x300 && cp <= 0x36F))
				gap = 1;
			continue;
		}
		if (gap && o > 0) {
			/* The space only with a letter after it: never trailing. */
			if (o + 1 + n >= dstlen)
				break;
			dst[o++] = ' ';
		}
		gap = 0;
		if (o + n >= dstlen)
			break;
		memcpy(dst + o, buf, n);
		o += n;
	}
	dst[o] = '\0';
	return o;
}

size_t
text_width(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t w = 0;

	while (*p) {
		size_t used;
		unsigned long cp = text_decode((const char *)p, &used);

		p += used;
		if (!(cp >= 0x300 && cp <= 0x36F))
			w++;
	}
	return w;
}

int
text_utf8_valid(const char *s, size_t n)
{
	unsigned long cp;

	for (size_t i = 0; i < n;) {
		size_t len = text_utf8(s + i, n - i, &cp);

		if (len == 0)
			return 0;
		i += len;
	}
	return 1;
}

const char *
text_quote(char *buf, size_t size, const char *s)
{
	size_t n = 0, len = strlen(s);
	unsigned long cp;

	while (n < len) {
		size_t l = text_utf8(s + n, len - n, &cp);

		if (l == 0 || n + l > TEXT_QUOTE_MAX)
			break;
		n += l;
	}
	snprintf(buf, size, "%.*s%s", (int)n, s, n < len ? "..." : "");
	return buf;
}

char *
text_trim(char *s)
{
	char *end;

	while (*s == ' ' || *s == '\t')
		s++;
	end = s + strlen(s);
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
		*--end = '\0';
	return s;
}

int
text_key_value(const char *line, size_t max, char *buf, char **key, char **value,
	       struct tr_err *e)
{
	char q[TEXT_QUOTE_MAX + 4], *eq;
	size_t len = strlen(line);

	if (len > max)
		return err_set(e, _("line too long (more than %d bytes)"), (int)max);
	if (!text_utf8_valid(line, len))
		return err_set(e, _("invalid UTF-8"));
	memcpy(buf, line, len + 1);
	*key = text_trim(buf);
	if (**key == '\0' || **key == '#')
		return 0;
	if ((eq = strchr(*key, '=')) == NULL)
		return err_set(e, _("\"%s\" is not of the form key=value"),
			       text_quote(q, sizeof q, *key));
	*eq = '\0';
	*key = text_trim(*key);
	if (**key == '\0')
		return err_set(e, _("no key before \"=\""));
	*value = eq + 1;
	return 1;
}
