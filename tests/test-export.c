/* test-export.c - the plan as the person leaves with it: done actions
 * ticked, the chosen "when", notes, actions chosen beyond the proposed
 * ten, and the resume code. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "diag.h"
#include "export.h"
#include "plan.h"
#include "situation.h"
#include "text.h"

static int
text_width_ok(const char *line)
{
	return text_width(line) <= EXPORT_WIDTH;
}

static struct situation s;
static struct diag_facts f;
static struct diag d;
static struct plan p;

static char *
export_with(const struct plan_mark *marks, int n, const char *code)
{
	struct export_options o = { .date = "2026-11-27", .resume_code = code, .marks = marks, .nmarks = n };
	struct tr_err e;
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);

	if (fp == NULL)
		return NULL;
	CHECK_INT(export_text(fp, &s, &f, &d, &p, &o, &e), 0);
	fclose(fp);
	return text;
}

/* The line of the export that starts with PREFIX (after spaces), or "". */
static const char *
line_with(const char *text, const char *needle, char *buf, size_t len)
{
	const char *at = text ? strstr(text, needle) : NULL;
	const char *start, *end;

	buf[0] = '\0';
	if (at == NULL)
		return buf;
	for (start = at; start > text && start[-1] != '\n'; start--)
		;
	end = strchr(at, '\n');
	snprintf(buf, len, "%.*s", (int)((end ? end : at + strlen(at)) - start), start);
	return buf;
}

int
main(void)
{
	struct plan_mark marks[3];
	struct tr_err e;
	char buf[256], *plain, *marked;
	const char *first, *extra;

	situation_init(&s);
	CHECK_INT(situation_read_string(&s,
		"job=unknown\nsearch_months=14\ninterviews=0\nbarriers=childcare,housing,health\n"
		"family=single_parent\nfrench_level=intermediate\nnetwork=none\ndigital=none\n"
		"driving_licence=no\nfrustrations=no_answers,resume,interview,confidence,time\n"
		"birth_year=1968\nproject=reorientation\napplications_week=lt2\n", "t", &e), 0);
	diag_facts_init(&f, 2026);
	diag_run(&s, &f, &d);
	plan_build(&s, &f, &d, &p);
	CHECK(p.nproposed >= 2);
	CHECK(p.n > p.nproposed);    /* some actions stay "available if you ask" */
	if (p.nproposed < 2 || p.n <= p.nproposed)
		return check_done();
	first = catalog_get((enum action_id)p.items[0].action)->title;
	extra = catalog_get((enum action_id)p.items[p.nproposed].action)->title;

	plain = export_with(NULL, 0, NULL);
	snprintf(buf, sizeof buf, "[ ]  1. %s", first);
	CHECK(plain != NULL && strstr(plain, buf) != NULL);
	CHECK(strstr(plain, "[x]") == NULL);
	CHECK(strstr(plain, "Resume code") == NULL);
	CHECK(strstr(plain, "Also available if you ask:") != NULL);

	memset(marks, 0, sizeof marks);
	marks[0].action = p.items[0].action;
	marks[0].done = 1;
	marks[1].action = p.items[1].action;
	marks[1].chosen = 1;
	marks[1].when = PLAN_WHEN_WEEK;
	strcpy(marks[1].note, "Call on Monday morning");
	marks[2].action = p.items[p.nproposed].action;   /* chosen from the others */
	marks[2].chosen = 1;
	marked = export_with(marks, 3, "ABCD-EFGH");
	snprintf(buf, sizeof buf, "[x]  1. %s", first);
	CHECK(marked != NULL && strstr(marked, buf) != NULL);
	CHECK(strstr(marked, "I will do it: this week") != NULL);
	CHECK(strstr(marked, "Note: Call on Monday morning") != NULL);
	{
		char want[160], got[256];

		snprintf(want, sizeof want, "[ ] %2d. %s", p.nproposed + 1, extra);
		CHECK_STR(line_with(marked, extra, got, sizeof got), want);
	}
	CHECK(strstr(marked, "Resume code (to continue later or with an adviser): ABCD-EFGH") != NULL);
	CHECK(strstr(marked, "This is advice, not a decision") != NULL);
	/* Every line fits 72 columns. */
	for (const char *l = marked; l != NULL && *l;) {
		const char *nl = strchr(l, '\n');
		char one[512];

		snprintf(one, sizeof one, "%.*s", (int)(nl ? nl - l : (long)strlen(l)), l);
		CHECK(text_width_ok(one));
		l = nl ? nl + 1 : NULL;
	}
	free(plain);
	free(marked);
	return check_done();
}
