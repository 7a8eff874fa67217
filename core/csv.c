/* csv.c - a strict CSV reader. See csv.h. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csv.h"
#include "i18n.h"

struct csv {
	FILE *fp;                      /* NULL: reading MEM */
	const unsigned char *mem;
	size_t mlen, mpos;
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

/* FD, opened on PATH, as a stream when it is a regular file; NULL with E
 * filled (FD closed) otherwise. Its O_NONBLOCK stays: it changes nothing
 * on a regular file (a read there never waits, never gives EAGAIN), and
 * clearing it cost two system calls a file. */
static FILE *
csv_fdopen(int fd, const char *path, struct tr_err *e)
{
	struct stat sb;
	FILE *fp;
	int flags;

	if (fstat(fd, &sb) < 0) {
		err_set(e, _("%s: cannot read: %s"), path, strerror(errno));
	} else if (!S_ISREG(sb.st_mode)) {
		err_set(e, _("%s: not a regular file"), path);
		errno = EINVAL;
	} else if ((fp = fdopen(fd, "rb")) == NULL) {
		err_set(e, _("%s: cannot read: %s"), path, strerror(errno));
	} else {
		return fp;
	}
	flags = errno;
	close(fd);
	errno = flags;
	return NULL;
}

FILE *
csv_fopen(const char *path, struct tr_err *e)
{
	/* O_NONBLOCK: a FIFO in its place is refused, not waited on. */
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	struct stat sb;
	int err;

	if (fd >= 0)
		return csv_fdopen(fd, path, e);
	err = errno;
	if (err == ELOOP && lstat(path, &sb) == 0 && S_ISLNK(sb.st_mode))
		err_set(e, _("%s: a symbolic link, which is not followed"), path);
	else
		err_set(e, _("%s: cannot open: %s"), path, strerror(err));
	errno = err;
	return NULL;
}

/* A reader of FP (closed on failure; NULL: of memory) named PATH in its
 * messages. */
static struct csv *
csv_new(FILE *fp, const char *path, char sep, struct tr_err *e)
{
	struct csv *c = calloc(1, sizeof *c);

	if (c == NULL || (c->path = strdup(path)) == NULL) {
		free(c);
		if (fp != NULL)
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

struct csv *
csv_open(const char *path, char sep, struct tr_err *e)
{
	FILE *fp = csv_fopen(path, e);

	return fp != NULL ? csv_new(fp, path, sep, e) : NULL;
}

struct csv *
csv_open_mem(const char *name, const void *data, size_t len, char sep,
	     struct tr_err *e)
{
	struct csv *c = csv_new(NULL, name, sep, e);

	if (c != NULL) {
		c->mem = data;
		c->mlen = len;
	}
	return c;
}

/* The next byte of the file or of the memory, or EOF. The stream is this
 * reader's alone: no lock per byte. */
static int
rd(struct csv *c)
{
	if (c->fp != NULL)
		return getc_unlocked(c->fp);
	return c->mpos < c->mlen ? c->mem[c->mpos++] : EOF;
}

/* Give back CH, the last byte rd() gave (not EOF). */
static void
unrd(struct csv *c, int ch)
{
	if (c->fp != NULL)
		ungetc(ch, c->fp);
	else
		c->mpos--;
}

/* Add CH to the record; -1 with E filled when the record is too long or
 * memory is short. */
static int
push(struct csv *c, int ch, struct tr_err *e)
{
	if (c->len >= CSV_MAX_RECORD)
		/* TRANSLATORS: %3$d is a number of mebibytes (1). */
		return err_set(e, _("%1$s:%2$ld: line too long (more than %3$d MiB)"),
			       c->path, c->rec_line, CSV_MAX_RECORD >> 20);
	if (c->len + 1 >= c->cap) {
		size_t ncap = c->cap ? c->cap * 2 : 1024;
		char *nb = realloc(c->buf, ncap);

		if (nb == NULL)
			return err_set(e, _("%s: out of memory"), c->path);
		c->buf = nb;
		c->cap = ncap;
	}
	c->buf[c->len++] = (char)ch;
	return 0;
}

static int
getbyte(struct csv *c)
{
	int ch = rd(c);

	if (c->first) {
		c->first = 0;
		if (ch == 0xEF) {
			int b2 = rd(c), b3 = rd(c);

			if (b2 == 0xBB && b3 == 0xBF)
				return getbyte(c);
			/* Not a BOM: give back what we can; a lone 0xEF at the
			 * start of a file is not valid UTF-8 text anyway. */
			if (b3 != EOF)
				unrd(c, b3);
			if (b2 != EOF)
				unrd(c, b2);
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
	if (push(c, '\0', e) < 0)
		return -1;
	c->nf++;
	c->off[c->nf] = c->len;
	return 0;
}

/* A NUL byte ends a C string: a field holding one would be cut short
 * without a word, so the file is refused at its line. */
static int
nul_byte(const struct csv *c, struct tr_err *e)
{
	/* TRANSLATORS: a NUL byte is the byte of code 0, which UTF-16 files
	 * hold and text files do not. */
	return err_set(e, _("%s:%ld: not a UTF-8 text file (a NUL byte)"),
		       c->path, c->line);
}

/* What read_record() returns besides a byte: an error (E filled), or the
 * end of the file before any byte of a record. */
#define CSV_FAIL (-2)
#define CSV_NONE (-3)

/* Read the bytes of one record into C, up to its line end or the end of
 * the file, which it returns ('\n', '\r' or EOF). *AFTER_QUOTE: the last
 * field was quoted. */
static int
read_record(struct csv *c, int *after_quote, struct tr_err *e)
{
	int ch, quoted = 0, any = 0;

	for (;;) {
		ch = getbyte(c);
		if (ch == EOF) {
			if (quoted) {
				err_set(e, _("%s:%ld: quoted field not closed at end of file"),
					c->path, c->rec_line);
				return CSV_FAIL;
			}
			return any ? EOF : CSV_NONE;
		}
		any = 1;
		if (quoted) {
			if (ch != '"') {
				if ((ch == '\0' && nul_byte(c, e) < 0) || push(c, ch, e) < 0)
					return CSV_FAIL;
				continue;
			}
			ch = getbyte(c);
			if (ch == '"') {
				if (push(c, '"', e) < 0)
					return CSV_FAIL;
				continue;
			}
			quoted = 0;
			*after_quote = 1;
			if (ch == EOF)
				return EOF;
		}
		if (ch == '\r') {
			int nx = getbyte(c);

			if (nx != '\n' && nx != EOF)
				unrd(c, nx);
			return ch;
		}
		if (ch == '\n')
			return ch;
		if (ch == c->sep) {
			if (end_field(c, e) < 0)
				return CSV_FAIL;
			*after_quote = 0;
			continue;
		}
		if (ch == '\0') {
			nul_byte(c, e);
			return CSV_FAIL;
		}
		if (*after_quote) {
			err_set(e, _("%s:%ld: unexpected character after a closing quote"),
				c->path, c->line);
			return CSV_FAIL;
		}
		if (ch == '"') {
			if (c->len != c->off[c->nf]) {
				err_set(e, _("%s:%ld: quote inside an unquoted field"),
					c->path, c->line);
				return CSV_FAIL;
			}
			quoted = 1;
			continue;
		}
		if (push(c, ch, e) < 0)
			return CSV_FAIL;
	}
}

int
csv_next(struct csv *c, struct tr_err *e)
{
	for (;;) {
		int after_quote = 0, ch;

		c->len = 0;
		c->nf = 0;
		c->off[0] = 0;
		c->rec_line = c->line;
		ch = read_record(c, &after_quote, e);
		if (ch == CSV_FAIL)
			return -1;
		if (ch == CSV_NONE)
			return c->fp != NULL && ferror(c->fp)
				? err_set(e, _("%s: read error"), c->path) : 0;
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
	if (c->fp != NULL)
		fclose(c->fp);
	free(c->path);
	free(c->buf);
	free(c);
}
