/* test-json.c - the JSON writer: exact output, escaping, and validity
 * checked by a small independent parser. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "json.h"

static char *buf;
static size_t buflen;
static FILE *mem;
static struct json J;

static void
start(void)
{
	free(buf);
	buf = NULL;
	mem = open_memstream(&buf, &buflen);
	json_init(&J, mem);
}

static const char *
done(void)
{
	fclose(mem);
	return buf;
}

/* ---- a strict RFC 8259 validator -------------------------------------- */

static const char *p;

static void ws(void) { while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++; }
static int value(void);

static int
string(void)
{
	if (*p++ != '"')
		return 0;
	while (*p != '"') {
		unsigned char c = (unsigned char)*p;

		if (c == '\0' || c < 0x20)
			return 0;
		if (c == '\\') {
			p++;
			if (*p == 'u') {
				for (int i = 1; i <= 4; i++)
					if (!strchr("0123456789abcdefABCDEF", p[i]) || p[i] == '\0')
						return 0;
				p += 5;
				continue;
			}
			if (!strchr("\"\\/bfnrt", *p) || *p == '\0')
				return 0;
		}
		p++;
	}
	p++;
	return 1;
}

static int
number(void)
{
	const char *s = p;

	if (*p == '-')
		p++;
	if (*p == '0')
		p++;
	else if (*p >= '1' && *p <= '9')
		while (*p >= '0' && *p <= '9') p++;
	else
		return 0;
	if (*p == '.') {
		p++;
		if (!(*p >= '0' && *p <= '9'))
			return 0;
		while (*p >= '0' && *p <= '9') p++;
	}
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '+' || *p == '-')
			p++;
		if (!(*p >= '0' && *p <= '9'))
			return 0;
		while (*p >= '0' && *p <= '9') p++;
	}
	return p > s;
}

static int
container(char open, char close, int object)
{
	p++;
	ws();
	if (*p == close) {
		p++;
		return 1;
	}
	for (;;) {
		ws();
		if (object) {
			if (!string())
				return 0;
			ws();
			if (*p++ != ':')
				return 0;
		}
		if (!value())
			return 0;
		ws();
		if (*p == close) {
			p++;
			return 1;
		}
		if (*p++ != ',')
			return 0;
	}
	(void)open;
}

static int
value(void)
{
	ws();
	switch (*p) {
	case '{': return container('{', '}', 1);
	case '[': return container('[', ']', 0);
	case '"': return string();
	case 't': if (strncmp(p, "true", 4) == 0) { p += 4; return 1; } return 0;
	case 'f': if (strncmp(p, "false", 5) == 0) { p += 5; return 1; } return 0;
	case 'n': if (strncmp(p, "null", 4) == 0) { p += 4; return 1; } return 0;
	default: return number();
	}
}

static int
valid(const char *text)
{
	p = text;
	if (!value())
		return 0;
	ws();
	return *p == '\0';
}

/* ---- tests -------------------------------------------------------------- */

static void
test_validator(void)
{
	/* the validator itself must refuse what is not JSON */
	CHECK(valid("{\"a\":[1,2.5,-3e2,true,false,null,\"x\"]}"));
	CHECK(!valid("{\"a\":1,}"));
	CHECK(!valid("{\"a\" 1}"));
	CHECK(!valid("\"tab\there\""));
	CHECK(!valid("[01]"));
	CHECK(!valid("\"\\x\""));
	CHECK(!valid("[1] [2]"));
}

static void
test_escaping(void)
{
	start();
	json_string(&J, "say \"hi\" \\ back");
	CHECK_STR(done(), "\"say \\\"hi\\\" \\\\ back\"");

	start();
	json_string(&J, "a\nb\tc\rd\x01" "e\x1f" "f\x7f");
	CHECK_STR(done(), "\"a\\nb\\tc\\rd\\u0001e\\u001ff\\u007f\"");
	CHECK(valid(buf));

	start();
	json_string(&J, "Département « Gironde » – 10 €");
	CHECK_STR(done(), "\"Département « Gironde » – 10 €\"");
	CHECK(valid(buf));

	/* invalid UTF-8 never passes through */
	start();
	json_string(&J, "bad \xC3 byte \xE9t\xE9 \xED\xA0\x80 \xC0\xAF");
	CHECK_STR(done(), "\"bad \\ufffd byte \\ufffdt\\ufffd \\ufffd\\ufffd\\ufffd \\ufffd\\ufffd\"");
	CHECK(valid(buf));

	start();
	json_string(&J, "");
	CHECK_STR(done(), "\"\"");
}

static void
test_structure(void)
{
	start();
	json_begin_object(&J);
	json_key(&J, "main_challenge");
	json_string(&J, "stuck-market");
	json_key(&J, "score");
	json_int(&J, 62);
	json_key(&J, "tension");
	json_double(&J, 2.5);
	json_key(&J, "list");
	json_begin_array(&J);
	json_int(&J, 1);
	json_begin_object(&J);
	json_end_object(&J);
	json_begin_array(&J);
	json_end_array(&J);
	json_null(&J);
	json_bool(&J, 1);
	json_bool(&J, 0);
	json_end_array(&J);
	json_key(&J, "k\"ey");
	json_double(&J, 0.0 / 0.0);
	json_end_object(&J);
	CHECK_INT(json_finish(&J), 0);
	CHECK_STR(done(), "{\"main_challenge\":\"stuck-market\",\"score\":62,\"tension\":2.5,"
		  "\"list\":[1,{},[],null,true,false],\"k\\\"ey\":null}");
	CHECK(valid(buf));

	/* misuse is reported, not hidden */
	start();
	json_begin_object(&J);
	json_int(&J, 1);               /* a member without a key */
	json_end_object(&J);
	CHECK_INT(json_finish(&J), -1);
	done();

	start();
	json_begin_array(&J);
	json_end_object(&J);           /* wrong closer */
	CHECK_INT(json_finish(&J), -1);
	done();

	start();
	json_begin_object(&J);
	json_key(&J, "a");
	CHECK_INT(json_finish(&J), -1); /* unfinished */
	done();
}

int
main(void)
{
	test_validator();
	test_escaping();
	test_structure();
	free(buf);
	return check_done();
}
