/* json.h - a small streaming JSON writer.
 *
 * Writes compact JSON (no spaces, no newlines) to a FILE* the caller gives:
 * batch mode prints one object per line (JSON Lines). Strings are escaped
 * as RFC 8259 requires: quote and backslash, control characters as
 * \u00XX (\n, \t... by their short forms); valid UTF-8 passes through,
 * an invalid byte becomes U+FFFD. Commas and colons are placed by the
 * writer: call json_key() before each member value of an object. */
#ifndef TREMPLIN_JSON_H
#define TREMPLIN_JSON_H

#include <stdio.h>

#define JSON_MAX_DEPTH 16

struct json {
	FILE *fp;
	int depth;
	int count[JSON_MAX_DEPTH];    /* values (or members) written at each level */
	int object[JSON_MAX_DEPTH];   /* 1: that level is an object */
	int after_key;                /* a key was written, its value is next */
	int bad;                      /* misuse (too deep, unbalanced) */
};

void json_init(struct json *j, FILE *fp);

void json_begin_object(struct json *j);
void json_end_object(struct json *j);
void json_begin_array(struct json *j);
void json_end_array(struct json *j);
void json_key(struct json *j, const char *key);

void json_string(struct json *j, const char *s);   /* NULL writes null */
void json_int(struct json *j, long long v);
void json_double(struct json *j, double v);        /* NaN and infinities write null */
void json_bool(struct json *j, int v);
void json_null(struct json *j);

/* 0 when everything written so far is a balanced, complete JSON text and
 * the stream had no error; -1 otherwise. */
int json_finish(struct json *j);

/* Write S as a JSON string (with its quotes) to FP. */
void json_write_string(FILE *fp, const char *s);

#endif
