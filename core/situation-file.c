/* situation-file.c - whole answers files: reading one from a string or
 * a file (every line checked, "FILE:LINE: what is wrong"), and writing
 * one (situation.h). */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "i18n.h"
#include "situation.h"

#define SIT_FILE_MAX (1 << 20)        /* an answers file is a few hundred bytes */

int
situation_read_string(struct situation *s, const char *text, const char *name,
		      struct tr_err *e)
{
	struct situation tmp;
	char line[SIT_LINE_MAX + 2];
	struct tr_err le;
	const char *p = text;
	int lineno = 0;

	situation_init(&tmp);
	if (strncmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;                       /* a byte-order mark from some editors */
	while (*p != '\0') {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);

		lineno++;
		if (len > 0 && p[len - 1] == '\r')
			len--;
		if (len > SIT_LINE_MAX)
			return err_set(e, _("%s:%d: line too long (more than %d bytes)"),
				       name, lineno, SIT_LINE_MAX);
		memcpy(line, p, len);
		line[len] = '\0';
		if (situation_parse_line(&tmp, line, &le) < 0)
			return err_set(e, "%s:%d: %s", name, lineno, le.msg);
		p = nl ? nl + 1 : p + len;
		if (nl == NULL)
			break;
	}
	*s = tmp;
	return 0;
}

int
situation_read_file(struct situation *s, const char *path, struct tr_err *e)
{
	/* As every file a person names: not through a symbolic link, an
	 * ordinary file only (a FIFO is refused, not waited on). */
	FILE *fp = csv_fopen(path, e);
	char *buf;
	size_t n;
	int rc;

	if (fp == NULL)
		return -1;
	buf = malloc(SIT_FILE_MAX + 1);
	if (buf == NULL) {
		fclose(fp);
		return err_set(e, _("%s: out of memory"), path);
	}
	n = fread(buf, 1, SIT_FILE_MAX + 1, fp);
	if (ferror(fp))
		rc = err_set(e, _("%s: cannot read: %s"), path, strerror(errno));
	else if (n > SIT_FILE_MAX)
		rc = err_set(e, _("%s: too large for an answers file"), path);
	else if (memchr(buf, '\0', n) != NULL)
		rc = err_set(e, _("%s: not a text file"), path);
	else {
		buf[n] = '\0';
		rc = situation_read_string(s, buf, path, e);
	}
	free(buf);
	fclose(fp);
	return rc;
}

int
situation_write(const struct situation *s, FILE *fp)
{
	char value[SIT_LINE_MAX];

	for (int k = 0; k < SIT__COUNT; k++) {
		if (!SIT_HAS(s, k))
			continue;
		if (situation_format_value(s, (enum sit_key)k, value, sizeof value) < 0)
			return -1;
		fprintf(fp, "%s=%s\n", situation_key_name((enum sit_key)k), value);
	}
	return ferror(fp) ? -1 : 0;
}

char *
situation_text(const struct situation *s, size_t *len)
{
	char *text = NULL;
	FILE *fp = open_memstream(&text, len);
	int rc;

	if (fp == NULL)
		return NULL;
	rc = situation_write(s, fp);
	if (fclose(fp) != 0 || rc < 0) {
		free(text);
		return NULL;
	}
	return text;
}
