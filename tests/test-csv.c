/* test-csv.c - the CSV reader and text folding. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "csv.h"
#include "text.h"

static char path[1024];

static const char *
fixture(const char *name)
{
	const char *top = getenv("top_srcdir");

	snprintf(path, sizeof path, "%s/tests/fixtures/csv/%s", top ? top : ".", name);
	return path;
}

static void
test_good(void)
{
	static const char *const cols[] = { "name", "CODE", NULL };
	struct tr_err e;
	struct csv *c = csv_open(fixture("good.csv"), ',', &e);
	int idx[2];

	CHECK(c != NULL);
	if (c == NULL)
		return;
	CHECK_INT(csv_header(c, cols, idx, &e), 0);
	CHECK_INT(idx[0], 1);
	CHECK_INT(idx[1], 0);       /* BOM stripped, names case-insensitive */
	CHECK_INT(csv_next(c, &e), 1);
	CHECK_INT(csv_nfields(c), 3);
	CHECK_STR(csv_field(c, 0), "A1");
	CHECK_STR(csv_field(c, 1), "Café, bar");
	CHECK_STR(csv_field(c, 2), "He said \"hi\"");
	CHECK_INT(csv_line(c), 2);
	CHECK_INT(csv_next(c, &e), 1);
	CHECK_STR(csv_field(c, 2), "two\r\nlines");
	CHECK_INT(csv_line(c), 3);
	CHECK_INT(csv_next(c, &e), 1);  /* the blank line is skipped */
	CHECK_STR(csv_field(c, 0), "C3");
	CHECK_STR(csv_field(c, 1), "");
	CHECK_STR(csv_field(c, 2), "last");
	CHECK_STR(csv_field(c, 7), "");
	CHECK_INT(csv_line(c), 6);
	CHECK_INT(csv_next(c, &e), 0);
	csv_close(c);
}

static void
test_bad(const char *name, const char *want)
{
	struct tr_err e;
	struct csv *c = csv_open(fixture(name), ',', &e);
	int r;

	CHECK(c != NULL);
	if (c == NULL)
		return;
	while ((r = csv_next(c, &e)) == 1)
		;
	CHECK_INT(r, -1);
	if (r < 0) {
		const char *colon = strstr(e.msg, name);

		CHECK(colon != NULL && strstr(colon, want) != NULL);
		if (colon == NULL || strstr(colon, want) == NULL)
			fprintf(stderr, "  message: %s (want %s)\n", e.msg, want);
	}
	csv_close(c);
}

static void
test_missing(void)
{
	static const char *const cols[] = { "a", "zzz", NULL };
	struct tr_err e;
	struct csv *c;
	int idx[2];

	CHECK(csv_open(fixture("no-such-file.csv"), ',', &e) == NULL);
	CHECK(strstr(e.msg, "no-such-file.csv") != NULL);
	c = csv_open(fixture("stray-quote.csv"), ',', &e);
	CHECK(c != NULL);
	if (c == NULL)
		return;
	CHECK_INT(csv_header(c, cols, idx, &e), -1);
	CHECK(strstr(e.msg, "stray-quote.csv:1:") != NULL && strstr(e.msg, "zzz") != NULL);
	csv_close(c);
}

/* A NUL byte would cut its field short: refused at its line, in a plain
 * field, in a quoted one and after a closing quote. */
static void
nul_is(const char *text, size_t len, const char *want)
{
	struct tr_err e;
	struct csv *c = csv_open_mem("mem.csv", text, len, ',', &e);
	int r;

	CHECK(c != NULL);
	if (c == NULL)
		return;
	while ((r = csv_next(c, &e)) == 1)
		;
	CHECK_INT(r, -1);
	CHECK(r < 0 && strstr(e.msg, want) != NULL);
	if (r >= 0 || strstr(e.msg, want) == NULL)
		fprintf(stderr, "  message: %s (want %s)\n", e.msg, want);
	csv_close(c);
}

static void
test_nul(void)
{
	static const char quoted[] = "a,b\n\"x\0y\",z\n";
	static const char after[] = "a,b\nc\n\"x\"\0,z\n";

	test_bad("nul-byte.csv", ":3: not a UTF-8 text file (a NUL byte)");
	nul_is(quoted, sizeof quoted - 1, "mem.csv:2: not a UTF-8 text file (a NUL byte)");
	nul_is(after, sizeof after - 1, "mem.csv:3: not a UTF-8 text file (a NUL byte)");
}

/* csv_open_mem() reads bytes as csv_open() reads a file. */
static void
test_mem(void)
{
	static const char text[] = "\xef\xbb\xbf" "code,name\r\n\"A,1\",\"two\nlines\"";
	struct tr_err e;
	struct csv *c = csv_open_mem("mem.csv", text, sizeof text - 1, ',', &e);

	CHECK(c != NULL);
	if (c == NULL)
		return;
	CHECK_STR(csv_path(c), "mem.csv");
	CHECK_INT(csv_next(c, &e), 1);
	CHECK_INT(csv_column(c, "code"), 0);    /* BOM stripped */
	CHECK_INT(csv_next(c, &e), 1);
	CHECK_STR(csv_field(c, 0), "A,1");
	CHECK_STR(csv_field(c, 1), "two\nlines");
	CHECK_INT(csv_line(c), 2);
	CHECK_INT(csv_next(c, &e), 0);
	csv_close(c);
	c = csv_open_mem("empty.csv", "", 0, ',', &e);
	CHECK(c != NULL);
	if (c != NULL) {
		CHECK_INT(csv_next(c, &e), 0);
		csv_close(c);
	}
}

static void
fold_is(const char *in, const char *want)
{
	char out[256];

	text_fold(in, out, sizeof out);
	CHECK_STR(out, want);
}

static void
test_fold(void)
{
	char small[6], gap[8];

	fold_is("Aide-soignant / Aide-soignante", "aide soignant aide soignante");
	fold_is("  BOULANGÈRE  ", "boulangere");
	fold_is("Cœur d'Œuvre", "coeur d oeuvre");
	fold_is("Éléonore Ça Übung ß", "eleonore ca ubung ss");
	fold_is("e\xcc\x81t\xc3\xa9", "ete");          /* combining accent */
	fold_is("ab\xff\xfe" "cd", "ab cd");            /* invalid UTF-8 */
	fold_is("Côtes-d'Armor", "cotes d armor");
	fold_is("", "");
	CHECK_INT(text_fold("abcdefghij", small, sizeof small), 5);
	CHECK_STR(small, "abcde");
	/* Cut at a word gap: no trailing space (found by tests/fuzz/fuzz-fold). */
	CHECK_INT(text_fold("Ma\xc3\xaetre-nageur", gap, sizeof gap), 6);
	CHECK_STR(gap, "maitre");
	CHECK_INT(text_fold("ab cd", small, 4), 2);
	CHECK_STR(small, "ab");
	CHECK_INT(text_fold("abcd \xc5\x93uf", small, sizeof small), 4);
	CHECK_STR(small, "abcd");
	CHECK_INT(text_width("Éléonore"), 8);
	CHECK_INT(text_width("abc"), 3);
}

static void
test_utf8(void)
{
	unsigned long cp = 0;
	size_t len;

	CHECK_INT(text_utf8("A", 1, &cp), 1);
	CHECK_INT(cp, 'A');
	CHECK_INT(text_utf8("\xc3\xa9", 2, &cp), 2);
	CHECK_INT(cp, 0xE9);
	CHECK_INT(text_utf8("\xe2\x82\xac", 3, &cp), 3);
	CHECK_INT(cp, 0x20AC);
	CHECK_INT(text_utf8("\xf0\x9f\x98\x80", 4, &cp), 4);
	CHECK_INT(cp, 0x1F600);
	CHECK_INT(text_utf8("\xc3\xa9", 1, &cp), 0);          /* truncated */
	CHECK_INT(text_utf8("\xc3", 4, &cp), 0);               /* NUL instead of continuation */
	CHECK_INT(text_utf8("\xc0\xaf", 2, &cp), 0);          /* overlong */
	CHECK_INT(text_utf8("\xe0\x80\xaf", 3, &cp), 0);     /* overlong */
	CHECK_INT(text_utf8("\xed\xa0\x80", 3, &cp), 0);     /* surrogate */
	CHECK_INT(text_utf8("\xf4\x90\x80\x80", 4, &cp), 0); /* beyond U+10FFFF */
	CHECK_INT(text_utf8("\x80", 1, &cp), 0);               /* lone continuation */
	CHECK_INT(text_utf8("", 0, &cp), 0);
	CHECK_INT(text_decode("\xff", &len), 0xFFFD);
	CHECK_INT(len, 1);
	CHECK_INT(text_decode("\xc3\xa9t\xc3\xa9", &len), 0xE9);
	CHECK_INT(len, 2);
}

int
main(void)
{
	test_good();
	test_bad("unclosed.csv", ":2: quoted field not closed");
	test_bad("stray-quote.csv", ":3: quote inside an unquoted field");
	test_bad("after-quote.csv", ":2: unexpected character after a closing quote");
	/* A quoted 65th field: csv.c read off[64] (found by tests/fuzz). */
	test_bad("too-many-fields.csv", ":2: more than 64 fields");
	test_missing();
	test_nul();
	test_mem();
	test_fold();
	test_utf8();
	return check_done();
}
