/* test-pipeline.c - the one way from answers to the diagnosis (core's
 * pipeline.h): the result of a run, a run only when the answers or the
 * year changed, and the error policy: a figure the data lacks is unknown,
 * data that cannot be read is an error with no diagnosis but the resume
 * code kept. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "market-fixture.h"
#include "pipeline.h"

static struct pipeline p;

static void
read_answers(struct situation *s, const char *text)
{
	struct tr_err e;

	situation_init(s);
	if (situation_read_string(s, text, "test", &e) < 0) {
		fprintf(stderr, "%s\n", e.msg);
		exit(99);
	}
}

static void
test_run(struct store *st, const char *persona)
{
	struct situation s;
	struct tr_err e;

	/* A whole interview, its job and area those of the fixture. */
	if (situation_read_file(&s, persona, &e) < 0 ||
	    situation_set_job(&s, "J1501", NULL, &e) < 0 ||
	    situation_set(&s, SIT_DEPARTEMENT, "75", &e) < 0) {
		fprintf(stderr, "%s\n", e.msg);
		exit(99);
	}
	CHECK_INT(pipeline_run(&p, st, &s, 2026, &e), 0);
	CHECK_INT(p.ok, 1);
	CHECK_INT(p.facts.has_job, 1);
	CHECK_INT(p.facts.has_figure[DIAG_FIG_LOCAL], 1);
	CHECK(p.plan.n > 0);
	CHECK(strlen(p.code) > 10);
	/* What was not diagnosed is said, and nothing else is left out. */
	CHECK((p.sit.answered | p.dropped) == s.answered);
	CHECK((p.sit.answered & p.dropped) == 0);
	/* The same answers: nothing runs again. */
	CHECK_INT(pipeline_update(&p, st, &s, 2026), 0);
	/* Another answer, another year: it runs. */
	CHECK_INT(situation_set(&s, SIT_DEPARTEMENT, "33", &e), 0);
	CHECK_INT(pipeline_update(&p, st, &s, 2026), 1);
	CHECK_STR(p.sit.departement, "33");
	CHECK_INT(p.ok, 1);
	CHECK_INT(pipeline_update(&p, st, &s, 2026), 0);
	CHECK_INT(pipeline_update(&p, st, &s, 2027), 1);
	CHECK_INT(p.year, 2027);
}

/* An answer the interview does not ask with the others (a diploma from
 * abroad with no diploma, applications before the search started) is left
 * out of the diagnosis and named in dropped; the resume code keeps it. */
static void
test_dropped(struct store *st)
{
	struct situation s;
	struct tr_err e;
	uint64_t both = (uint64_t)1 << SIT_FOREIGN_DIPLOMA | (uint64_t)1 << SIT_INTERVIEWS;

	read_answers(&s, "job=J1501\ndepartement=75\ndiploma=none\nforeign_diploma=yes\n"
		     "search_months=0\ninterviews=5\n");
	CHECK_INT(pipeline_run(&p, st, &s, 2026, &e), 0);
	CHECK_INT(p.ok, 1);
	CHECK(p.dropped == both);
	CHECK_INT(SIT_HAS(&p.sit, SIT_FOREIGN_DIPLOMA), 0);
	CHECK_INT(SIT_HAS(&p.sit, SIT_INTERVIEWS), 0);
	CHECK_INT(SIT_HAS(&p.sit, SIT_DIPLOMA), 1);
	for (int i = 0; i < p.plan.n; i++)
		CHECK(p.plan.items[i].action != ACTION_DIPLOMA_RECOGNITION);
	CHECK(strlen(p.code) > 10);
	CHECK_INT(pipeline_update(&p, st, &s, 2026), 0);
	/* The answers as the wizard keeps them: nothing dropped. */
	s = p.sit;
	CHECK_INT(pipeline_run(&p, st, &s, 2026, &e), 0);
	CHECK(p.dropped == 0);
}

/* A job the data does not know is no error either. */
static void
test_unknown_job(struct store *st)
{
	struct situation s;
	struct tr_err e;

	read_answers(&s, "job=K9999\ndepartement=75\n");
	CHECK_INT(pipeline_run(&p, st, &s, 2026, &e), 0);
	CHECK_INT(p.ok, 1);
	CHECK_INT(p.facts.has_job, 0);
}

/* The JSON line names its answers file first; a file that could not be
 * diagnosed gets an error line in its place. */
static void
test_json(const struct pipeline *pl, struct tr_err *e)
{
	static const char head[] = "{\"file\":\"a \\\"b\\\".answers\",\"main_challenge\":";
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	CHECK(fp != NULL);
	if (fp == NULL)
		return;
	CHECK_INT(pipeline_json(fp, pl, "a \"b\".answers", e), 0);
	CHECK_INT(pipeline_json(fp, pl, NULL, e), 0);
	CHECK_INT(export_json_error(fp, "c.answers", "c.answers:3: \"x\" is wrong", e), 0);
	fclose(fp);
	CHECK(strncmp(buf, head, strlen(head)) == 0);
	CHECK(strstr(buf, "\n{\"main_challenge\":") != NULL);
	CHECK(strstr(buf, "\n{\"file\":\"c.answers\",\"error\":"
		     "\"c.answers:3: \\\"x\\\" is wrong\"}\n") != NULL);
	free(buf);
}

static void
test_export(struct store *st)
{
	struct export_options o = { .date = "2026-11-27" };
	struct situation s;
	struct tr_err e;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;

	read_answers(&s, "job=J1501\ndepartement=75\n");
	CHECK_INT(pipeline_run(&p, st, &s, 2026, &e), 0);
	fp = open_memstream(&buf, &len);
	CHECK(fp != NULL);
	if (fp == NULL)
		return;
	CHECK_INT(pipeline_text(fp, &p, &o, &e), 0);
	fclose(fp);
	CHECK(strstr(buf, p.code) != NULL);
	CHECK(strstr(buf, "2026-11-27") != NULL);
	free(buf);
	test_json(&p, &e);
}

/* Data that opens but cannot be read: an error, nothing diagnosed, the
 * answers kept in the resume code; asking again tries again. */
static void
test_broken(void)
{
	char path[64];
	struct store *st = fixture_store(path, sizeof path, "DROP TABLE salaries;");
	struct situation s;
	struct tr_err e;

	CHECK(st != NULL);
	if (st == NULL)
		return;
	read_answers(&s, "job=J1501\ndepartement=75\nbirth_year=1990\n");
	CHECK_INT(pipeline_run(&p, st, &s, 2026, &e), -1);
	CHECK(strstr(e.msg, "salaries") != NULL);
	CHECK_STR(p.err.msg, e.msg);
	CHECK_INT(p.ok, 0);
	CHECK_INT(p.plan.n, 0);
	CHECK_INT(p.facts.has_job, 0);
	CHECK(strlen(p.code) > 10);
	CHECK_INT(pipeline_update(&p, st, &s, 2026), -1);
	CHECK_INT(pipeline_update(&p, st, &s, 2026), -1);
	store_close(st);
	unlink(path);
	pipeline_clear(&p);
	CHECK_INT(p.ran, 0);
	CHECK_INT(p.code[0], '\0');
}

int
main(void)
{
	const char *top = getenv("top_srcdir");
	char path[64], persona[1024];
	struct store *st = fixture_store(path, sizeof path, NULL);

	if (st == NULL)
		return 99;
	snprintf(persona, sizeof persona, "%s/tests/personas/age-25.answers", top ? top : ".");
	test_run(st, persona);
	test_dropped(st);
	test_unknown_job(st);
	test_export(st);
	store_close(st);
	unlink(path);
	test_broken();
	return check_done();
}
