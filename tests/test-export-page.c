/* test-export-page.c - the one-page summary of a meeting (export_page):
 * for every persona of tests/personas, in English and in French, with no
 * note, short notes and notes far too long, it fits 66 lines of 72
 * columns, has the main challenge, three actions with their "when", the
 * resume code and the adviser, and cuts long notes with its marker. */
#include <config.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "check.h"
#include "diag.h"
#include "export.h"
#include "plan.h"
#include "situation.h"
#include "speak.h"
#include "text.h"

static struct situation s;
static struct diag_facts f;
static struct diag d;
static struct plan p;
static struct plan_mark marks[ACTION__COUNT];
static char meeting[EXPORT_MEETING_NOTE_MAX];
static int ncut;                  /* pages whose notes were cut */

static char *
page(int nmarks, const char *note)
{
	struct export_options o = {
		.date = "2026-11-27", .resume_code = "ABCD-EFGH-JKLM", .marks = marks,
		.nmarks = nmarks, .agency = "France Travail Lille Centre", .adviser = 1,
		.adviser_name = "Camille Martin", .meeting_note = note,
	};
	struct tr_err e;
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);

	if (fp == NULL)
		return NULL;
	CHECK_INT(export_page(fp, &s, &d, &p, &o, &e), 0);
	fclose(fp);
	return text;
}

/* Lines of TEXT; each at most EXPORT_WIDTH columns (else *WIDE is set). */
static int
count_lines(const char *text, int *wide)
{
	int n = 0;

	for (const char *l = text; l != NULL && *l != '\0'; n++) {
		const char *nl = strchr(l, '\n');
		char one[1024];

		snprintf(one, sizeof one, "%.*s", (int)(nl ? nl - l : (long)strlen(l)), l);
		if (text_width(one) > EXPORT_WIDTH)
			*wide = 1;
		l = nl != NULL ? nl + 1 : NULL;
	}
	return n;
}

/* Marks: the first three actions chosen, when set; every action with a
 * note of NOTE_LEN bytes. */
static int
make_marks(size_t note_len)
{
	int n = 0;

	memset(marks, 0, sizeof marks);
	for (int i = 0; i < p.n && n < ACTION__COUNT; i++, n++) {
		marks[n].action = p.items[i].action;
		marks[n].chosen = i < 3;
		marks[n].when = i < 3 ? PLAN_WHEN_WEEK : PLAN_WHEN_UNSET;
		while (note_len > 0 && strlen(marks[n].note) + 32 < PLAN_NOTE_MAX &&
		       strlen(marks[n].note) < note_len)
			strcat(marks[n].note, "Appeler la conseill\xc3\xa8re lundi. ");
	}
	return n;
}

static void
check_page(const char *name, int nmarks, const char *note, int cut)
{
	int wide = 0, lines;
	char *text = page(nmarks, note);

	CHECK(text != NULL);
	if (text == NULL)
		return;
	lines = count_lines(text, &wide);
	if (lines > EXPORT_PAGE_LINES || wide)
		fprintf(stderr, "%s (%s): %d lines%s\n", name, getenv("LANGUAGE"), lines,
			wide ? ", a line too wide" : "");
	CHECK(lines <= EXPORT_PAGE_LINES);
	CHECK(!wide);
	CHECK(strstr(text, "ABCD-EFGH-JKLM") != NULL);
	CHECK(strstr(text, "Camille Martin") != NULL);
	CHECK(strstr(text, "France Travail Lille Centre") != NULL);
	CHECK(p.n == 0 || strstr(text, "1. ") != NULL);
	if (cut >= 0)
		CHECK((strstr(text, "[...]") != NULL) == cut);
	ncut += strstr(text, "[...]") != NULL;
	if (getenv("PAGE_SHOW") != NULL && strcmp(getenv("PAGE_SHOW"), name) == 0)
		fputs(text, stderr);
	if (nmarks > 0 && p.n >= 3)
		CHECK(strstr(text, "3. ") != NULL);
	free(text);
}

static void
one_persona(const char *dir, const char *file)
{
	char path[8192];
	struct tr_err e;

	snprintf(path, sizeof path, "%s/%s", dir, file);
	situation_init(&s);
	if (situation_read_file(&s, path, &e) < 0)
		return;               /* a persona of bad answers */
	diag_facts_init(&f, 2026);
	diag_run(&s, &f, &d);
	plan_build(&s, &f, &d, &p);
	check_page(file, 0, NULL, 0);
	check_page(file, make_marks(20), "On se revoit dans un mois.", 0);
	memset(meeting, 'x', sizeof meeting - 1);
	for (size_t k = 7; k < sizeof meeting - 1; k += 8)
		meeting[k] = ' ';
	/* A meeting note and ten long notes do not fit; fewer may. */
	check_page(file, make_marks(PLAN_NOTE_MAX), meeting, p.n >= 8 ? 1 : -1);
}

int
main(void)
{
	const char *top = getenv("top_srcdir");
	const char *langs[] = { "en", "fr" };
	char dir[4096];
	int n = 0;

	if (!speak("en"))
		return 77;
	snprintf(dir, sizeof dir, "%s/tests/personas", top != NULL ? top : ".");
	for (size_t l = 0; l < sizeof langs / sizeof langs[0]; l++) {
		DIR *dp = opendir(dir);
		struct dirent *de;

		CHECK(dp != NULL);
		if (dp == NULL)
			return check_done();
		speak(langs[l]);
		while ((de = readdir(dp)) != NULL) {
			size_t len = strlen(de->d_name);

			if (len > 8 && strcmp(de->d_name + len - 8, ".answers") == 0) {
				one_persona(dir, de->d_name);
				n++;
			}
		}
		closedir(dp);
	}
	CHECK(n >= 40);
	fprintf(stderr, "%d pages, %d cut\n", n * 3, ncut);
	CHECK(ncut >= 2);          /* in each language */
	return check_done();
}
