/* import-crosswalk.c - the tables that bring figures published per
 * another nomenclature to ROME job groups, shared by the importers that
 * need them (BMO and IMT application_modes per FAP family, IMT salaries
 * per PCS profession):
 *
 * - the DARES FAP 2009 -> ROME v3 crosswalk passage_fap2009_romev3.txt,
 *   SAS source whose pair lines read `"ROME1","ROME2",... = "FAP"`;
 * - a PCS -> ROME crosswalk in the project's own format, one
 *   `PCS<TAB>ROME` pair per line (doc/crosswalk-pcs.md).
 *
 * Each pair keeps the line it was read on: where a job group gets its
 * figure from several codes, the importer takes the code listed first for
 * that group. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "import-private.h"

static int
pair_cmp(const void *a, const void *b)
{
	const struct import_pair *x = a, *y = b;
	int c = strcmp(x->code, y->code);

	if (c == 0)
		c = strcmp(x->rome, y->rome);
	if (c == 0)
		c = (x->line > y->line) - (x->line < y->line);
	return c;
}

static int
add_pair(struct import_xwalk *x, const char *code, const char *rome, long line)
{
	if (x->n == x->cap) {
		size_t ncap = x->cap ? x->cap * 2 : 1024;
		struct import_pair *np = realloc(x->pairs, ncap * sizeof *np);

		if (np == NULL)
			return -2;
		x->pairs = np;
		x->cap = ncap;
	}
	snprintf(x->pairs[x->n].code, sizeof x->pairs[0].code, "%s", code);
	snprintf(x->pairs[x->n].rome, sizeof x->pairs[0].rome, "%s", rome);
	x->pairs[x->n].line = line;
	x->n++;
	return 0;
}

void
import_xwalk_free(struct import_xwalk *x)
{
	free(x->pairs);
	x->pairs = NULL;
	x->n = x->cap = 0;
}

/* --- The FAP -> ROME crosswalk (SAS source) ------------------------------ */

/* Read one quoted code at *P into OUT (at most LEN - 1 bytes). */
static int
quoted(const char **p, char *out, size_t len)
{
	const char *s = *p, *end;

	while (*s == ' ' || *s == '\t')
		s++;
	if (*s != '"' || (end = strchr(s + 1, '"')) == NULL ||
	    (size_t)(end - s - 1) >= len || end == s + 1)
		return -1;
	memcpy(out, s + 1, (size_t)(end - s - 1));
	out[end - s - 1] = '\0';
	*p = end + 1;
	return 0;
}

/* A line `"ROME1","ROME2",... = "FAP"`. A code of 6 characters is a ROME
 * group followed by a qualification digit: its group counts. */
static int
fap_line(struct import_xwalk *x, const char *line, long lineno)
{
	char codes[64][8], fap[8];
	const char *p = line;
	int n = 0;

	for (;;) {
		if (n == 64 || quoted(&p, codes[n], sizeof codes[0]) < 0)
			return -1;
		n++;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p != ',')
			break;
		p++;
	}
	if (*p++ != '=' || quoted(&p, fap, sizeof fap) < 0 || strlen(fap) != 5)
		return -1;
	p += strspn(p, " \t;");
	if (*p != '\0')
		return -1;
	for (int i = 0; i < n; i++) {
		if (strlen(codes[i]) == 6 && codes[i][5] >= '0' && codes[i][5] <= '9')
			codes[i][5] = '\0';
		if (!import_rome_code(codes[i]))
			return -1;
		if (add_pair(x, fap, codes[i], lineno) < 0)
			return -2;
	}
	return 0;
}

/* The SAS source around the pairs: comments, `proc format`, `value
 * $NAME`, ` Other = "ZZZZZ";`, `run;`. */
static int
sas_line(const char *s)
{
	static const char *const words[] = { "proc", "value", "other", "run" };

	s += strspn(s, " \t");
	if (*s == '\0' || *s == '*')
		return 1;
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		size_t n = strlen(words[i]);

		if (strncasecmp(s, words[i], n) == 0 &&
		    strchr(" \t;=", s[n] == '\0' ? ' ' : s[n]) != NULL)
			return 1;
	}
	return 0;
}

static int
fap_read(struct import_xwalk *x, const char *line, long lineno)
{
	line += strspn(line, " \t");
	if (sas_line(line))
		return 1;
	return *line == '"' ? fap_line(x, line, lineno) : -1;
}

/* --- The PCS -> ROME crosswalk (doc/crosswalk-pcs.md) -------------------- */

/* Three digits and a lower-case letter at S (what follows is not read). */
static int
pcs_prefix(const char *s)
{
	for (int i = 0; i < 3; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return s[3] >= 'a' && s[3] <= 'z';
}

int
import_pcs_code(const char *s)
{
	return pcs_prefix(s) && s[4] == '\0';
}

/* A line `PCS<TAB>ROME`; blank lines and `#` comments are skipped, and
 * so are spaces and tabs at the end of a line. */
static int
pcs_read(struct import_xwalk *x, const char *line, long lineno)
{
	char buf[64], *rome;
	size_t end;

	if (line[0] == '#' || line[strspn(line, " \t")] == '\0')
		return 1;
	if (strlen(line) >= sizeof buf)
		return -1;
	snprintf(buf, sizeof buf, "%s", line);
	end = strlen(buf);
	while (end > 0 && (buf[end - 1] == ' ' || buf[end - 1] == '\t'))
		buf[--end] = '\0';
	rome = strchr(buf, '\t');
	if (rome == NULL)
		return -1;
	*rome++ = '\0';
	if (!import_pcs_code(buf) || !import_rome_code(rome))
		return -1;
	return add_pair(x, buf, rome, lineno);
}

/* --- Reading ------------------------------------------------------------- */

static const struct {
	const char *name;              /* shown in messages */
	const char *form;              /* what a line looks like */
	int (*read)(struct import_xwalk *x, const char *line, long lineno);
} forms[] = {
	[XWALK_FAP] = { .name = N_("FAP-ROME"), .form = "\"ROME\",... = \"FAP\"",
			.read = fap_read },
	[XWALK_PCS] = { .name = N_("PCS-ROME"), .form = "PCS<TAB>ROME",
			.read = pcs_read },
};

const char *
import_xwalk_name(enum import_xwalk_kind kind)
{
	return _(forms[kind].name);
}

static int
read_lines(struct import_ctx *c, FILE *fp, const char *path,
	   struct import_xwalk *x)
{
	struct import_count *n = import_counter(c, path);
	char line[8192];
	long lineno = 0;
	int rc = 0;

	while (rc >= 0 && fgets(line, sizeof line, fp) != NULL) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (lineno == 1 && strncmp(line, "\xef\xbb\xbf", 3) == 0)
			memmove(line, line + 3, strlen(line + 3) + 1);
		rc = forms[x->kind].read(x, line, lineno);
		if (rc == 1)
			continue;
		n->read++;
		if (rc == 0)
			n->kept++;
	}
	if (rc == -1)
		/* TRANSLATORS: the first %s is FAP-ROME or PCS-ROME, the
		 * second what a line of that crosswalk looks like. */
		return err_set(c->e, _("%s:%ld: not a line of the %s crosswalk (%s)"),
			       path, lineno, _(forms[x->kind].name),
			       forms[x->kind].form);
	if (rc == -2)
		return err_set(c->e, _("%s: out of memory"), path);
	return 0;
}

int
import_xwalk_read(struct import_ctx *c, const char *path,
		  enum import_xwalk_kind kind, struct import_xwalk *x)
{
	FILE *fp = csv_fopen(path, c->e);
	int rc;

	x->kind = kind;
	if (fp == NULL && errno != ENOENT)
		return -1;
	if (fp == NULL)
		return err_set(c->e, _("%s: cannot open the %s crosswalk: %s "
				       "(give it with --crosswalk)"), path,
			       _(forms[kind].name), strerror(errno));
	rc = read_lines(c, fp, path, x);
	fclose(fp);
	if (rc < 0)
		return -1;
	if (x->n == 0)
		return err_set(c->e, _("%s: no %s pair in this file"), path,
			       _(forms[kind].name));
	qsort(x->pairs, x->n, sizeof *x->pairs, pair_cmp);
	return 0;
}

const struct import_pair *
import_xwalk_first(const struct import_xwalk *x, const char *code)
{
	size_t lo = 0, hi = x->n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (strcmp(x->pairs[mid].code, code) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < x->n && strcmp(x->pairs[lo].code, code) == 0 ? &x->pairs[lo] : NULL;
}

const struct import_pair *
import_xwalk_next(const struct import_xwalk *x, const struct import_pair *p)
{
	const struct import_pair *q = p + 1;

	/* The same pair on several lines counts once (its first line). */
	while (q < x->pairs + x->n && strcmp(q->code, p->code) == 0 &&
	       strcmp(q->rome, p->rome) == 0)
		q++;
	if (q == x->pairs + x->n || strcmp(q->code, p->code) != 0)
		return NULL;
	return q;
}

int
import_xwalk_each(struct import_ctx *c, const struct import_xwalk *x,
		  const char *code, import_pair_fn add, void *arg)
{
	const struct import_pair *p;
	int used = 0, rc;

	for (p = import_xwalk_first(x, code); p != NULL;
	     p = import_xwalk_next(x, p)) {
		rc = import_has(c->s, TABLE_JOB_GROUPS, p->rome, c->e);
		if (rc == 1)
			rc = add(c, p, arg);
		if (rc < 0)
			return -1;
		used += rc;
	}
	return used > 0;
}

/* --- Which file is which ------------------------------------------------- */

/* The kind of the crosswalk PATH, from its first line that is neither
 * blank nor a comment: a quoted ROME code opens a FAP-ROME pair line, a
 * PCS code and a tab a PCS-ROME one. */
static int
sniff(const char *path, struct tr_err *e)
{
	char line[8192];
	long lineno = 0;
	FILE *fp = csv_fopen(path, e);
	int kind = -1;

	if (fp == NULL && errno != ENOENT)
		return -1;
	if (fp == NULL)
		return err_set(e, _("%s: cannot open the crosswalk: %s"), path,
			       strerror(errno));
	while (kind == -1 && fgets(line, sizeof line, fp) != NULL) {
		char *s = line + (++lineno == 1 && strncmp(line, "\xef\xbb\xbf", 3) == 0 ? 3 : 0);

		s[strcspn(s, "\r\n")] = '\0';
		if (s[0] == '#' || sas_line(s))
			continue;
		s += strspn(s, " \t");
		if (*s == '"')
			kind = XWALK_FAP;
		else if (pcs_prefix(s) && s[4] == '\t')
			kind = XWALK_PCS;
		else
			kind = -2;
	}
	fclose(fp);
	if (kind == -1)
		return err_set(e, _("%s: no pair in this crosswalk"), path);
	if (kind == -2)
		return err_set(e, _("%s:%ld: neither a FAP-ROME crosswalk line "
				    "(\"ROME\",... = \"FAP\") nor a PCS-ROME one "
				    "(PCS<TAB>ROME)"), path, lineno);
	return kind;
}

int
import_xwalk_find(struct import_ctx *c, enum import_xwalk_kind kind,
		  const char **path)
{
	const char *given[2] = { c->opt->crosswalk, c->opt->crosswalk2 };
	int k;

	*path = NULL;
	for (int i = 0; i < 2; i++) {
		if (given[i] == NULL)
			continue;
		if ((k = sniff(given[i], c->e)) < 0)
			return -1;
		if (k == (int)kind) {
			*path = given[i];
			return 1;
		}
	}
	return 0;
}
