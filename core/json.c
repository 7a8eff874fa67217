/* json.c - a small streaming JSON writer. */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "json.h"
#include "text.h"

void
json_init(struct json *j, FILE *fp)
{
	memset(j, 0, sizeof *j);
	j->fp = fp;
}

/* 1 when byte C can be written as it is inside a JSON string. */
static int
unescaped(unsigned char c)
{
	return c >= 0x20 && c != '"' && c != '\\' && c != 0x7F;
}

void
json_write_string(FILE *fp, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	putc('"', fp);
	while (*p != '\0') {
		const unsigned char *run = p;
		unsigned long cp;
		size_t n;

		/* The longest run of bytes that need no escaping, in one write. */
		while (*p != '\0' && unescaped(*p) && (n = text_utf8((const char *)p, 4, &cp)) > 0)
			p += n;
		if (p > run)
			fwrite(run, 1, (size_t)(p - run), fp);
		if (*p == '\0')
			break;
		switch (*p) {
		case '"': fputs("\\\"", fp); break;
		case '\\': fputs("\\\\", fp); break;
		case '\n': fputs("\\n", fp); break;
		case '\r': fputs("\\r", fp); break;
		case '\t': fputs("\\t", fp); break;
		case '\b': fputs("\\b", fp); break;
		case '\f': fputs("\\f", fp); break;
		default:
			if (*p < 0x20 || *p == 0x7F)
				fprintf(fp, "\\u%04x", *p);
			else
				fputs("\\ufffd", fp);   /* invalid UTF-8 */
			break;
		}
		p++;
	}
	putc('"', fp);
}

/* Before any value: a comma between siblings; inside an object, a value
 * must follow its key. */
static void
before_value(struct json *j)
{
	if (j->after_key) {
		j->after_key = 0;
		return;
	}
	if (j->object[j->depth])
		j->bad = 1;          /* an object member without a key */
	if (j->depth == 0 && j->count[0] > 0)
		j->bad = 1;          /* two top-level values */
	if (j->count[j->depth] > 0)
		putc(',', j->fp);
	j->count[j->depth]++;
}

static void
begin(struct json *j, int c, int object)
{
	before_value(j);
	putc(c, j->fp);
	if (j->depth + 1 >= JSON_MAX_DEPTH) {
		j->bad = 1;
		return;
	}
	j->depth++;
	j->count[j->depth] = 0;
	j->object[j->depth] = object;
}

static void
end(struct json *j, int c, int object)
{
	if (j->depth == 0 || j->after_key || j->object[j->depth] != object)
		j->bad = 1;
	putc(c, j->fp);
	if (j->depth > 0)
		j->depth--;
}

void json_begin_object(struct json *j) { begin(j, '{', 1); }
void json_end_object(struct json *j) { end(j, '}', 1); }
void json_begin_array(struct json *j) { begin(j, '[', 0); }
void json_end_array(struct json *j) { end(j, ']', 0); }

void
json_key(struct json *j, const char *key)
{
	if (!j->object[j->depth] || j->after_key) {
		j->bad = 1;
		return;
	}
	if (j->count[j->depth] > 0)
		putc(',', j->fp);
	j->count[j->depth]++;
	json_write_string(j->fp, key);
	putc(':', j->fp);
	j->after_key = 1;
}

void
json_string(struct json *j, const char *s)
{
	if (s == NULL) {
		json_null(j);
		return;
	}
	before_value(j);
	json_write_string(j->fp, s);
}

void
json_int(struct json *j, long long v)
{
	before_value(j);
	fprintf(j->fp, "%lld", v);
}

void
json_double(struct json *j, double v)
{
	char buf[32];

	if (!isfinite(v)) {
		json_null(j);
		return;
	}
	before_value(j);
	snprintf(buf, sizeof buf, "%.6g", v);
	/* The C locale writes a dot; guard against a decimal comma anyway. */
	for (char *p = buf; *p != '\0'; p++)
		if (*p == ',')
			*p = '.';
	fputs(buf, j->fp);
}

void
json_bool(struct json *j, int v)
{
	before_value(j);
	fputs(v ? "true" : "false", j->fp);
}

void
json_null(struct json *j)
{
	before_value(j);
	fputs("null", j->fp);
}

int
json_finish(struct json *j)
{
	if (j->bad || j->depth != 0 || j->after_key || j->count[0] != 1 ||
	    ferror(j->fp))
		return -1;
	return 0;
}
