/* csv.c - a strict CSV reader. See csv.h. */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csv.h"
#include "i18n.h"

struct csv {
	FILE *fp;
	char *path;
	char sep;
	long line;       /* physical line of the next byte */
	long rec_line;   /* line on which the current record started */
	int first;       /* no byte read yet (for the BOM) */
	char *buf;       /* field bytes, NUL-separated */
	size_t len, cap;
	size_t off[CSV_MAX_FIELDS + 1];   /* + 1: where a 65th field would start */
	int nf;
};

struct csv *
csv_open(const char *path, char sep, struct tr_err *e)
{
	struct csv *c;
	FILE *fp = fopen(path, "rb");

	if (fp == NULL) {
		err_set(e, _("%s: cannot open: %s"), path, strerror(errno));
		return NULL;
	}
	c = calloc(1, sizeof *c);
	if (c == NULL || (c->path = strdup(path)) == NULL) {
		free(c);
		fclose(fp);
		err_set(e, _("%s: out of memory"), path);
		return NULL;
	}
	c->fp = fp;
	c->sep = sep;
	c->line = 1;
	c->first = 1;
	return c;
}

static int
push(struct csv *c, int ch)
{
	if (c->len + 1 >= c->cap) {
		size_t ncap = c->cap ? c->cap * 2 : 1024;
		char *nb = realloc(c->buf, ncap);

		if (nb == NULL)
			return -1;
		c->buf = nb;
		c->cap = ncap;
	}
	c->buf[c->len++] = (char)ch;
	return 0;
}

static int
getbyte(struct csv *c)
{
	int ch = getc(c->fp);

	if (c->first) {
		c->first = 0;
		if (ch == 0xEF) {
			int b2 = getc(c->fp), b3 = getc(c->fp);

			if (b2 == 0xBB && b3 == 0xBF)
				return getbyte(c);
			/* Not a BOM: give back what we can; a lone 0xEF at the
			 * start of a file is not valid UTF-8 text anyway. */
			if (b3 != EOF)
				ungetc(b3, c->fp);
			if (b2 != EOF)
				ungetc(b2, c->fp);
		}
	}
	if (ch == '\n')
		c->line++;
	return ch;
}

static int
end_field(struct csv *c, struct tr_err *e)
{
	if (c->nf >= CSV_MAX_FIELDS)
		return err_set(e, _("%s:%ld: more than %d fields"), c->path,
			       c->rec_line, CSV_MAX_FIELDS);
	if (push(c, '\0') < 0)
		return err_set(e, _("%s: out of memory"), c->path);
	c->nf++;
	c->off[c->nf] = c->len;
	return 0;
}

int
csv_next(struct csv *c, struct tr_err *e)
{
	int ch;

	for (;;) {
		int quoted = 0, after_quote = 0, any = 0;

		c->len = 0;
		c->nf = 0;
		c->off[0] = 0;
		c->rec_line = c->line;
		for (;;) {
			ch = getbyte(c);
			if (ch == EOF) {
				if (quoted)
					return err_set(e, _("%s:%ld: quoted field not closed at end of file"),
						       c->path, c->rec_line);
				if (!any)
					return ferror(c->fp) ? err_set(e, _("%s: read error"), c->path) : 0;
				break;
			}
			any = 1;
			if (quoted) {
				if (ch == '"') {
					int nx = getbyte(c);

					if (nx == '"') {
						if (push(c, '"') < 0)
							return err_set(e, _("%s: out of memory"), c->path);
						continue;
					}
					quoted = 0;
					after_quote = 1;
					if (nx == EOF)
						break;
					ch = nx;
				} else {
					if (push(c, ch) < 0)
						return err_set(e, _("%s: out of memory"), c->path);
					continue;
				}
			}
			if (ch == '\r') {
				int nx = getbyte(c);

				if (nx != '\n' && nx != EOF)
					ungetc(nx, c->fp);
				break;
			}
			if (ch == '\n')
				break;
			if (ch == c->sep) {
				if (end_field(c, e) < 0)
					return -1;
				after_quote = 0;
				continue;
			}
			if (after_quote)
				return err_set(e, _("%s:%ld: unexpected character after a closing quote"),
					       c->path, c->line);
			if (ch == '"') {
				if (c->len != c->off[c->nf])
					return err_set(e, _("%s:%ld: quote inside an unquoted field"),
						       c->path, c->line);
				quoted = 1;
				continue;
			}
			if (push(c, ch) < 0)
				return err_set(e, _("%s: out of memory"), c->path);
		}
		if (end_field(c, e) < 0)
			return -1;
		/* Skip blank lines. */
		if (c->nf == 1 && c->buf[0] == '\0' && !after_quote) {
			if (ch == EOF)
				return 0;
			continue;
		}
		return 1;
	}
}

int
csv_nfields(const struct csv *c)
{
	return c->nf;
}

const char *
csv_field(const struct csv *c, int i)
{
	if (i < 0 || i >= c->nf)
		return "";
	return c->buf + c->off[i];
}

long
csv_line(const struct csv *c)
{
	return c->rec_line;
}

const char *
csv_path(const struct csv *c)
{
	return c->path;
}

int
csv_column(const struct csv *c, const char *name)
{
	for (int i = 0; i < c->nf; i++)
		if (strcasecmp(csv_field(c, i), name) == 0)
			return i;
	return -1;
}

int
csv_header(struct csv *c, const char *const *names, int *idx, struct tr_err *e)
{
	int r = csv_next(c, e);

	if (r < 0)
		return -1;
	if (r == 0)
		return err_set(e, _("%s:1: empty file, a header row was expected"), c->path);
	for (int i = 0; names[i] != NULL; i++) {
		idx[i] = csv_column(c, names[i]);
		if (idx[i] < 0)
			return err_set(e, _("%s:%ld: missing column %s"), c->path,
				       c->rec_line, names[i]);
	}
	return 0;
}

void
csv_close(struct csv *c)
{
	if (c == NULL)
		return;
	fclose(c->fp);
	free(c->path);
	free(c->buf);
	free(c);
}
