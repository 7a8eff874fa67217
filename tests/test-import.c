/* test-import.c - what the importers write, read back with SQL: the search
 * index of titles, the folded départements, the figures derived from the
 * files (tension, seasonal months, contract shares, BMO shares), and the
 * diploma and licence rules of the ROME access texts. Uses the fixtures of
 * tests/fixtures/import. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "import-private.h"
#include "store-private.h"

static struct store *st;

/* The first column of the first row of SQL (one text parameter P), as
 * text; "NULL" for a NULL, "-" for no row. */
static const char *
q(const char *sql, const char *p)
{
	static char buf[512];
	sqlite3_stmt *s;

	if (sqlite3_prepare_v2(store_db(st), sql, -1, &s, NULL) != SQLITE_OK) {
		snprintf(buf, sizeof buf, "error: %s", sqlite3_errmsg(store_db(st)));
		return buf;
	}
	if (p != NULL)
		sqlite3_bind_text(s, 1, p, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_ROW)
		snprintf(buf, sizeof buf, "-");
	else if (sqlite3_column_type(s, 0) == SQLITE_NULL)
		snprintf(buf, sizeof buf, "NULL");
	else
		snprintf(buf, sizeof buf, "%s", (const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	return buf;
}

static int
run(enum import_kind kind, const char *rel, const char *crosswalk)
{
	struct import_options opt = { .year = 2025, .crosswalk = crosswalk };
	struct import_report rep;
	struct tr_err e;
	char path[4096];
	const char *top = getenv("top_srcdir");
	int rc;

	snprintf(path, sizeof path, "%s/tests/fixtures/import/%s", top ? top : ".", rel);
	rc = import_run(st, kind, path, &opt, &rep, &e);
	if (rc < 0)
		fprintf(stderr, "%s\n", e.msg);
	return rc;
}

static void
values(void)
{
	double d = 0;
	long n = 0;
	char buf[64];

	CHECK_INT(import_double("45.9096865448", &d), 1);
	CHECK(d > 45.90968 && d < 45.90969);
	CHECK_INT(import_double(" ", &d), 0);
	CHECK_INT(import_double("1e5", &d), -1);
	CHECK_INT(import_double("4,5", &d), -1);
	CHECK_INT(import_long("12x", &n), -1);
	CHECK_INT(import_long("-3", &n), 1);
	CHECK_INT(n, -3);
	import_unquote(buf, sizeof buf, "d''activit\xc3\xa9s ''x''");
	CHECK_STR(buf, "d'activit\xc3\xa9s 'x'");
	CHECK(import_rome_code("N4101"));
	CHECK(!import_rome_code("Z4101"));
	CHECK(!import_rome_code("N410"));
	CHECK_INT(import_level_find(""), LEVEL_UNKNOWN);
	CHECK_INT(import_level_find("bac2"), LEVEL_BAC2);
	CHECK_INT(import_level_find("bac4"), -2);
}

static void
default_set(void)
{
	CHECK_INT(run(IMPORT_DEFAULT, "default", NULL), 0);
	/* Every word of every folded title, in order. */
	CHECK_STR(q("SELECT group_concat(word || ':' || pos, ' ') FROM (SELECT w.word, w.pos "
		    "FROM title_words w JOIN job_titles t ON t.id = w.title_id "
		    "WHERE t.title = ?1 ORDER BY w.pos)", "Boulanger / Boulang\xc3\xa8re"),
		  "boulanger:0 boulangere:1");
	CHECK_STR(q("SELECT count(*) FROM title_words WHERE word = ?1", "boulanger"), "2");
	CHECK_STR(q("SELECT folded FROM departements WHERE code = ?1", "69"), "rhone");
	CHECK_STR(q("SELECT domain FROM job_groups WHERE code = ?1", "N4101"), "N");
	CHECK_STR(q("SELECT diploma_level FROM job_groups WHERE code = ?1", "K2204"), "NULL");
	/* tension = offers x 10 / candidates; months 1, 7, 8 -> bits 0, 6, 7. */
	CHECK_STR(q("SELECT tension || ' ' || seasonal_months || ' ' || example FROM market "
		    "WHERE rome = ?1 AND level = 'D' AND area = '75'", "D1102"), "4.0 193 1");
	CHECK_STR(q("SELECT quote(offers) || quote(tension) || quote(seasonal_months) FROM market "
		    "WHERE rome = ?1 AND level = 'R'", "N4101"), "NULLNULLNULL");
	CHECK_STR(q("SELECT year FROM sources WHERE kind = ?1", "default"), "2025");
	/* Hiring channels: decimal shares kept, four per group. */
	CHECK_STR(q("SELECT share || ' ' || year || ' ' || example FROM channels "
		    "WHERE rome = ?1 AND channel = 'intermediaries'", "N4101"), "52.5 2025 1");
	CHECK_STR(q("SELECT count(*) || ' ' || sum(share) FROM channels WHERE rome = ?1",
		    "D1102"), "4 100.0");
	/* Salaries: the France rows have an empty area; a région and a
	 * département row; a range of one amount. */
	CHECK_STR(q("SELECT group_concat(age_group || ':' || minimum || '-' || maximum, ' ') "
		    "FROM (SELECT * FROM salaries WHERE rome = ?1 AND level = 'F' AND area = '' "
		    "ORDER BY minimum)", "D1102"), "under35:1850-2300 from35:1950-2700");
	CHECK_STR(q("SELECT level || area || ' ' || age_group || ' ' || year FROM salaries "
		    "WHERE rome = ?1", "N4101"), "R84 under35 2024");
	CHECK_STR(q("SELECT minimum || '-' || maximum FROM salaries WHERE rome = ?1 "
		    "AND level = 'D' AND area = '75'", "K2204"), "1900-1900");
	/* Recruitment: an empty share is unknown (NULL), not 0. */
	CHECK_STR(q("SELECT projects || ' ' || hard_share || ' ' || seasonal_share FROM recruitment "
		    "WHERE rome = ?1 AND departement = '75'", "D1102"), "120.0 40.0 20.5");
	CHECK_STR(q("SELECT quote(hard_share) || ' ' || seasonal_share FROM recruitment "
		    "WHERE rome = ?1 AND departement = '69'", "N4101"), "NULL 0.0");
	/* Every figure of the three files is an example of the test set. */
	CHECK_STR(q("SELECT count(*) FROM (SELECT example, source FROM channels UNION ALL "
		    "SELECT example, source FROM salaries UNION ALL "
		    "SELECT example, source FROM recruitment) WHERE example = 1 AND source = ?1",
		    "Tremplin test figures"), "14");
}

static void
rome(void)
{
	static const struct { const char *code, *want; } access[] = {
		/* CAP/BEP named, but a way in without a diploma. */
		{ "D1102", "cap_bep 0 0" },
		/* A diplôme d'État and no level named. */
		{ "J1506", "NULL 1 0" },
		/* CAP/BEP, no other way in; "permis C, CE". */
		{ "N4101", "cap_bep 1 1" },
		/* Bac+2, Licence: the lowest; the Master is for some posts
		 * only; a "permis d'exploitation" is no driving licence. */
		{ "K2204", "bac2 1 0" },
	};

	CHECK_INT(run(IMPORT_ROME, "rome", NULL), 0);
	for (size_t i = 0; i < sizeof access / sizeof access[0]; i++)
		CHECK_STR(q("SELECT coalesce(diploma_level, 'NULL') || ' ' || diploma_required "
			    "|| ' ' || licence_often FROM job_groups WHERE code = ?1",
			    access[i].code), access[i].want);
	CHECK_STR(q("SELECT title FROM job_titles WHERE code = ?1", "K2204"),
		  "Agent / Agente d'entretien \"propret\xc3\xa9\"");
	CHECK_STR(q("SELECT name FROM domains WHERE code = ?1", "D"),
		  "Commerce, vente et grande distribution");
	CHECK_STR(q("SELECT name FROM domains WHERE code = ?1", "A"), "Domain A");
	/* A link given at job-title level links the two groups. */
	CHECK_STR(q("SELECT kind FROM job_links WHERE source = ?1 AND target = 'D1102'", "J1506"),
		  "close");
	CHECK_STR(q("SELECT text FROM job_texts WHERE code = ?1 AND kind = 'definition'", "D1102"),
		  "Pr\xc3\xa9pare et fa\xc3\xa7onne des pains et des viennoiseries, selon les "
		  "r\xc3\xa8gles d'hygi\xc3\xa8ne.");
	/* Groups of the default set that ROME no longer has are gone. */
	CHECK_STR(q("SELECT count(*) FROM job_groups WHERE code = ?1", "D1106"), "0");
}

static void
market(void)
{
	CHECK_INT(run(IMPORT_IMT, "imt", NULL), 0);
	CHECK_STR(q("SELECT tension || ' ' || seasonal_months || ' ' || cdi_share || ' ' || "
		    "cdd_share || ' ' || interim_share || ' ' || example FROM market "
		    "WHERE rome = ?1 AND level = 'D' AND area = '75'", "D1102"),
		  "4.0 193 50.0 30.0 15.0 0");
	CHECK_STR(q("SELECT quote(tension) || ' ' || offers || ' ' || candidates FROM market "
		    "WHERE rome = ?1 AND level = 'F' AND area = ''", "D1102"), "NULL 5000 4000");
	CHECK_STR(q("SELECT count(*) FROM market WHERE source = ?1",
		    "France Travail, IMT (market_score)"), "3");

	CHECK_INT(run(IMPORT_BMO, "bmo/bmo.csv", NULL), 0);
	/* Two areas of Paris: 100 + 50 projects; the difficult ones are
	 * known for the first only (40 of 100); seasonal 10 + 20 of 150. */
	CHECK_STR(q("SELECT projects || ' ' || hard_share || ' ' || seasonal_share FROM recruitment "
		    "WHERE rome = ?1 AND departement = '75'", "D1102"), "150.0 40.0 20.0");
	/* Two families of the same group (J3Z40 and, by qualification, J3Z41). */
	CHECK_STR(q("SELECT projects || ' ' || hard_share || ' ' || seasonal_share FROM recruitment "
		    "WHERE rome = ?1 AND departement = '69'", "N4101"), "40.5 50.0 0.0");
	/* Département "1" of the survey is "01". */
	CHECK_STR(q("SELECT projects FROM recruitment WHERE rome = ?1 AND departement = '01'",
		    "K2204"), "8.0");
	CHECK_STR(q("SELECT count(*) FROM recruitment WHERE departement = ?1", "13"), "0");
}

/* The shared crosswalk reader: codes, pairs in order, a pair listed
 * twice given once, the line each pair was read on. */
static void
crosswalks(void)
{
	struct import_options opt = { .year = 2025 };
	struct import_report rep;
	struct import_ctx c;
	struct import_xwalk x;
	struct tr_err e;
	const struct import_pair *p;
	char path[4096];
	const char *top = getenv("top_srcdir");

	CHECK(import_pcs_code("621a"));
	CHECK(!import_pcs_code("621A"));
	CHECK(!import_pcs_code("621"));
	CHECK(!import_pcs_code("6211a"));
	memset(&c, 0, sizeof c);
	memset(&rep, 0, sizeof rep);
	c.opt = &opt;
	c.rep = &rep;
	c.e = &e;
	memset(&x, 0, sizeof x);
	snprintf(path, sizeof path, "%s/tests/fixtures/import/imt2/crosswalk-pcs.txt",
		 top ? top : ".");
	CHECK_INT(import_xwalk_read(&c, path, XWALK_PCS, &x), 0);
	p = import_xwalk_first(&x, "683a");
	CHECK(p != NULL && strcmp(p->rome, "D1102") == 0 && p->line == 8);
	p = p != NULL ? import_xwalk_next(&x, p) : NULL;
	CHECK(p != NULL && strcmp(p->rome, "D1106") == 0 && p->line == 10);
	CHECK(p == NULL || import_xwalk_next(&x, p) == NULL);
	CHECK(import_xwalk_first(&x, "999z") == NULL);
	import_xwalk_free(&x);

	/* The bmo fixture maps D1102 from S2Z60 twice (once by
	 * qualification): given once, with its first line. */
	snprintf(path, sizeof path, "%s/tests/fixtures/import/bmo/"
		 "passage_fap2009_romev3.txt", top ? top : ".");
	CHECK_INT(import_xwalk_read(&c, path, XWALK_FAP, &x), 0);
	p = import_xwalk_first(&x, "S2Z60");
	CHECK(p != NULL && strcmp(p->rome, "D1102") == 0 && p->line == 1);
	p = p != NULL ? import_xwalk_next(&x, p) : NULL;
	CHECK(p != NULL && strcmp(p->rome, "D1106") == 0);
	CHECK(p == NULL || import_xwalk_next(&x, p) == NULL);
	import_xwalk_free(&x);
	/* The wrong reader for a file refuses its first pair line. */
	CHECK_INT(import_xwalk_read(&c, path, XWALK_PCS, &x), -1);
	CHECK(strstr(e.msg, "passage_fap2009_romev3.txt:1: not a line of the PCS-ROME") != NULL);
	import_xwalk_free(&x);
}

int
main(void)
{
	char path[] = "/tmp/tremplin-test-import.XXXXXX";
	struct tr_err e;
	int fd = mkstemp(path);

	if (fd < 0)
		return 99;
	close(fd);
	unlink(path);
	values();
	crosswalks();
	if (store_open(path, STORE_CREATE, &st, &e) < 0) {
		fprintf(stderr, "%s\n", e.msg);
		return 99;
	}
	default_set();
	rome();
	market();
	store_close(st);
	unlink(path);
	return check_done();
}
