/* test-interview.c - the interview as data: one question per key, every
 * text and option present and translated, conditions, the walk forward
 * and back, the missing answers, the answer labels. */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "i18n.h"
#include "interview.h"
#include "jobs.h"
#include "text.h"

/* Every line of S at most COLS columns, and at most LINES lines. */
static int
fits(const char *s, size_t cols, int lines)
{
	char buf[1024];
	int n = 0;

	snprintf(buf, sizeof buf, "%s", s);
	for (char *save = NULL, *l = strtok_r(buf, "\n", &save); l != NULL;
	     l = strtok_r(NULL, "\n", &save), n++)
		if (text_width(l) > cols) {
			fprintf(stderr, "  too wide (%zu > %zu): %s\n", text_width(l), cols, l);
			return 0;
		}
	return n >= 1 && n <= lines;
}

static void
test_one_question_per_key(void)
{
	int seen[SIT__COUNT] = { 0 };
	int last_chapter = CHAPTER_WELCOME;

	/* every key but job_title, which the job question sets with the job */
	CHECK_INT(interview_count(), SIT__COUNT - 1);
	CHECK(interview_get(-1) == NULL);
	CHECK(interview_get(interview_count()) == NULL);
	for (int i = 0; i < interview_count(); i++) {
		const struct question *q = interview_get(i);

		CHECK(q != NULL);
		if (q == NULL)
			continue;
		CHECK((int)q->key >= 0 && (int)q->key < SIT__COUNT);
		if ((int)q->key < 0 || (int)q->key >= SIT__COUNT)
			continue;
		seen[q->key]++;
		CHECK_STR(q->id, situation_key_name(q->key));
		CHECK_INT(interview_find(q->key), i);
		CHECK((int)q->chapter >= last_chapter);       /* chapters in order */
		CHECK((int)q->chapter > CHAPTER_WELCOME || q->key == SIT_LANG);
		last_chapter = (int)q->chapter;
		CHECK(q->text != NULL && q->text[0] != '\0');
		CHECK(q->help != NULL && strlen(q->help) > 40);
		switch (q->kind) {
		case QUESTION_CHOICE: case QUESTION_MULTI:
			CHECK(q->options != NULL);
			CHECK_INT(q->noptions, situation_nvalues(q->key));
			CHECK_INT(situation_is_list(q->key), q->kind == QUESTION_MULTI);
			if (q->kind == QUESTION_CHOICE)
				CHECK(q->def == QUESTION_NO_DEFAULT ||
				      (q->def >= 0 && q->def < q->noptions));
			else
				CHECK(q->def >= 0 && q->def < (1 << q->noptions));
			break;
		case QUESTION_LANG:
			CHECK_INT(q->key, SIT_LANG);
			CHECK_INT(q->noptions, 2);
			CHECK_STR(interview_langs[0], "fr");
			CHECK_STR(interview_langs[1], "en");
			CHECK(interview_langs[2] == NULL);
			break;
		case QUESTION_NUMBER:
			CHECK_INT(situation_nvalues(q->key), 0);
			CHECK(q->min < q->max);
			break;
		default:
			CHECK_INT(situation_nvalues(q->key), 0);
			CHECK_INT(q->noptions, 0);
			break;
		}
		for (int o = 0; o < q->noptions; o++) {
			CHECK(q->options[o].label != NULL && q->options[o].label[0]);
			CHECK(q->options[o].brief != NULL && q->options[o].brief[0]);
		}
	}
	for (int k = 0; k < SIT__COUNT; k++)
		CHECK_INT(seen[k], k == SIT_JOB_TITLE ? 0 : 1);
	/* self_diagnosis comes last */
	CHECK_INT(interview_get(interview_count() - 1)->key, SIT_SELF_DIAGNOSIS);
	CHECK_INT(interview_get(interview_find(SIT_SELF_DIAGNOSIS))->noptions,
		  CHALLENGE__COUNT + 1);
	CHECK(interview_get(interview_find(SIT_JOB))->kind == QUESTION_JOB);
	CHECK(interview_get(interview_find(SIT_JOB))->unknown_label != NULL);
	CHECK(interview_get(interview_find(SIT_DEPARTEMENT))->kind == QUESTION_DEPARTEMENT);
	CHECK(interview_get(interview_find(SIT_BIRTH_YEAR))->kind == QUESTION_YEAR);
	CHECK(interview_get(interview_find(SIT_DISABILITY))->flags & QUESTION_SENSITIVE);
	CHECK(interview_get(interview_find(SIT_DISABILITY))->flags & QUESTION_OPTIONAL);
	for (int c = 0; c < CHAPTER__COUNT; c++)
		CHECK(interview_chapter_name(c) != NULL);
	CHECK(interview_chapter_name(CHAPTER__COUNT) == NULL);
}

/* The number ranges agree with what the answers file accepts. */
static void
test_ranges(void)
{
	static const enum sit_key numbers[] = { SIT_SEARCH_MONTHS, SIT_INTERVIEWS };
	struct situation s;
	struct tr_err e;
	char v[16];
	int lo, hi;

	for (size_t i = 0; i < 2; i++) {
		const struct question *q = interview_get(interview_find(numbers[i]));
		situation_init(&s);
		snprintf(v, sizeof v, "%d", q->min);
		CHECK_INT(situation_set(&s, q->key, v, &e), 0);
		snprintf(v, sizeof v, "%d", q->max);
		CHECK_INT(situation_set(&s, q->key, v, &e), 0);
		snprintf(v, sizeof v, "%d", q->max + 1);
		CHECK_INT(situation_set(&s, q->key, v, &e), -1);
	}
	interview_year_range(&lo, &hi);
	situation_init(&s);
	snprintf(v, sizeof v, "%d", lo);
	CHECK_INT(situation_set(&s, SIT_BIRTH_YEAR, v, &e), 0);
	snprintf(v, sizeof v, "%d", hi);
	CHECK_INT(situation_set(&s, SIT_BIRTH_YEAR, v, &e), 0);
	snprintf(v, sizeof v, "%d", hi + 1);
	CHECK_INT(situation_set(&s, SIT_BIRTH_YEAR, v, &e), -1);
	snprintf(v, sizeof v, "%d", lo - 1);
	CHECK_INT(situation_set(&s, SIT_BIRTH_YEAR, v, &e), -1);
}

static int
applies(enum sit_key k, const struct situation *s, const struct interview_facts *f)
{
	return interview_applies(interview_get(interview_find(k)), s, f);
}

static enum sit_key
set(struct situation *s, const char *line)
{
	struct tr_err e;
	char key[32];
	const char *eq = strchr(line, '=');
	int k;

	snprintf(key, sizeof key, "%.*s", (int)(eq - line), line);
	k = situation_key_find(key);
	CHECK(k >= 0);
	if (k < 0)
		return SIT_LANG;
	CHECK_INT(situation_set(s, (enum sit_key)k, eq + 1, &e), 0);
	return (enum sit_key)k;
}

static void
test_conditions(void)
{
	struct situation s;
	struct interview_facts f;
	struct job_group g;

	situation_init(&s);
	interview_facts_init(&f, &s);
	CHECK_INT(f.job_known, 0);
	CHECK_INT(f.job_needs_diploma, 0);
	CHECK_INT(f.area_licence_matters, 1);

	/* always asked */
	CHECK(applies(SIT_DISABILITY, &s, NULL));
	CHECK(applies(SIT_SELF_DIAGNOSIS, &s, NULL));
	CHECK(applies(SIT_JOB, &s, NULL));
	CHECK(applies(SIT_SEARCH_MONTHS, &s, NULL));

	/* job-dependent questions */
	CHECK(!applies(SIT_PASSION, &s, &f));
	CHECK(!applies(SIT_EXPERIENCE, &s, &f));
	set(&s, "job=unknown");
	CHECK(!applies(SIT_PASSION, &s, &f));
	CHECK(!applies(SIT_EXPERIENCE, &s, &f));
	situation_unset(&s, SIT_JOB);
	set(&s, "job=G1602");
	CHECK(applies(SIT_PASSION, &s, &f));
	CHECK(applies(SIT_EXPERIENCE, &s, &f));

	/* seniority only with experience */
	CHECK(!applies(SIT_SENIORITY, &s, &f));
	set(&s, "experience=never");
	CHECK(!applies(SIT_SENIORITY, &s, &f));
	set(&s, "experience=similar");
	CHECK(applies(SIT_SENIORITY, &s, &f));
	set(&s, "experience=done_this");
	CHECK(applies(SIT_SENIORITY, &s, &f));

	/* training only when the job needs a diploma */
	memset(&g, 0, sizeof g);
	memcpy(g.code, "G1602", 6);
	interview_facts_from_job(&f, &s, &g);
	CHECK_INT(f.job_known, 1);
	CHECK(!applies(SIT_TRAINING, &s, &f));
	CHECK(!applies(SIT_TRAINING, &s, NULL));
	g.diploma_required = 1;
	interview_facts_from_job(&f, &s, &g);
	CHECK_INT(f.job_needs_diploma, 1);
	CHECK(applies(SIT_TRAINING, &s, &f));
	set(&s, "job=unknown");
	CHECK(!applies(SIT_TRAINING, &s, &f));
	interview_facts_from_job(&f, &s, NULL);
	CHECK_INT(f.job_known, 0);
	CHECK_INT(f.job_needs_diploma, 0);

	/* the licence: by the job, or by the area */
	situation_init(&s);
	set(&s, "departement=75");
	set(&s, "mobility=city");
	interview_facts_from_job(&f, &s, NULL);
	CHECK_INT(f.area_licence_matters, 0);
	CHECK(!applies(SIT_DRIVING_LICENCE, &s, &f));
	g.licence_often = 1;
	interview_facts_from_job(&f, &s, &g);
	CHECK(applies(SIT_DRIVING_LICENCE, &s, &f));
	situation_unset(&s, SIT_MOBILITY);
	set(&s, "mobility=region");
	interview_facts_from_job(&f, &s, NULL);
	CHECK_INT(f.area_licence_matters, 1);
	CHECK(applies(SIT_DRIVING_LICENCE, &s, &f));
	situation_unset(&s, SIT_DEPARTEMENT);
	set(&s, "departement=23");
	situation_unset(&s, SIT_MOBILITY);
	set(&s, "mobility=city");
	interview_facts_from_job(&f, &s, NULL);
	CHECK_INT(f.area_licence_matters, 1);

	/* the vehicle only with a licence */
	CHECK(!applies(SIT_VEHICLE, &s, &f));
	set(&s, "driving_licence=in_progress");
	CHECK(!applies(SIT_VEHICLE, &s, &f));
	set(&s, "driving_licence=no");
	CHECK(!applies(SIT_VEHICLE, &s, &f));
	set(&s, "driving_licence=yes");
	CHECK(applies(SIT_VEHICLE, &s, &f));

	/* the search questions only once the search has started */
	static const enum sit_key search[] = { SIT_APPLICATIONS_WEEK, SIT_INTERVIEWS,
		SIT_OFFERS_WEEK };
	for (size_t i = 0; i < 3; i++) {
		situation_init(&s);
		CHECK(!applies(search[i], &s, NULL));
		set(&s, "search_months=0");
		CHECK(!applies(search[i], &s, NULL));
		set(&s, "search_months=1");
		CHECK(applies(search[i], &s, NULL));
		CHECK(applies(SIT_NETWORK, &s, NULL));
		CHECK(applies(SIT_METHODS, &s, NULL));
	}
}

/* The diploma abroad only with a diploma; how long ago only after a job
 * that stopped; how the last job ended is always asked. */
static void
test_job_history(void)
{
	static const char *const stopped[] = { "contract_end", "economic_layoff",
		"dismissal", "mutual_agreement", "resignation", "health", "family" };
	struct situation s;
	struct tr_err e;

	situation_init(&s);
	CHECK(!applies(SIT_FOREIGN_DIPLOMA, &s, NULL));
	set(&s, "diploma=none");
	CHECK(!applies(SIT_FOREIGN_DIPLOMA, &s, NULL));
	for (int v = DIPLOMA_CAP_BEP; v <= DIPLOMA_BAC5; v++) {
		CHECK_INT(situation_set(&s, SIT_DIPLOMA, situation_value_name(SIT_DIPLOMA, v), &e), 0);
		CHECK(applies(SIT_FOREIGN_DIPLOMA, &s, NULL));
	}
	CHECK_INT(interview_get(interview_find(SIT_FOREIGN_DIPLOMA))->chapter, CHAPTER_ME);
	CHECK_INT(interview_find(SIT_FOREIGN_DIPLOMA), interview_find(SIT_DIPLOMA) + 1);

	situation_init(&s);
	CHECK(applies(SIT_LAST_JOB_END, &s, NULL));
	CHECK_INT(interview_get(interview_find(SIT_LAST_JOB_END))->chapter, CHAPTER_SEARCH);
	CHECK_INT(interview_find(SIT_TIME_SINCE_JOB), interview_find(SIT_LAST_JOB_END) + 1);
	CHECK_INT(interview_find(SIT_SEARCH_MONTHS), interview_find(SIT_TIME_SINCE_JOB) + 1);
	CHECK(!applies(SIT_TIME_SINCE_JOB, &s, NULL));
	set(&s, "last_job_end=still_employed");
	CHECK(!applies(SIT_TIME_SINCE_JOB, &s, NULL));
	CHECK_INT(situation_set(&s, SIT_LAST_JOB_END, "never_worked", &e), 0);
	CHECK(!applies(SIT_TIME_SINCE_JOB, &s, NULL));
	for (size_t i = 0; i < sizeof stopped / sizeof stopped[0]; i++) {
		CHECK_INT(situation_set(&s, SIT_LAST_JOB_END, stopped[i], &e), 0);
		CHECK(applies(SIT_TIME_SINCE_JOB, &s, NULL));
		CHECK(applies(SIT_LAST_JOB_END, &s, NULL));
	}

	/* prune: no diploma, then a job again */
	situation_init(&s);
	CHECK_INT(situation_read_string(&s, "diploma=bac3\nforeign_diploma=yes\n"
					"last_job_end=health\ntime_since_job=3_5\n",
					"p", &e), 0);
	CHECK_INT(interview_prune(&s, NULL), 0);
	CHECK_INT(situation_set(&s, SIT_DIPLOMA, "none", &e), 0);
	CHECK_INT(interview_prune(&s, NULL), 1);
	CHECK(!SIT_HAS(&s, SIT_FOREIGN_DIPLOMA));
	CHECK_INT(situation_set(&s, SIT_LAST_JOB_END, "still_employed", &e), 0);
	CHECK_INT(interview_prune(&s, NULL), 1);
	CHECK(!SIT_HAS(&s, SIT_TIME_SINCE_JOB));
	CHECK(SIT_HAS(&s, SIT_LAST_JOB_END) && SIT_HAS(&s, SIT_DIPLOMA));
	CHECK_INT(situation_set(&s, SIT_TIME_SINCE_JOB, "gt5", &e), 0);
	situation_unset(&s, SIT_LAST_JOB_END);
	CHECK_INT(interview_prune(&s, NULL), 1);
	CHECK(!SIT_HAS(&s, SIT_TIME_SINCE_JOB));
}

/* The ids met walking forward from the Welcome screen, then back. */
static void
walk(const struct situation *s, const struct interview_facts *f, const char *want)
{
	char got[1024] = "", back[1024] = "", rev[1024] = "";
	int i, n = 0;
	const char *ids[SIT__COUNT];

	for (i = interview_next(s, f, -1); i < interview_count(); i = interview_next(s, f, i)) {
		snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s",
			 got[0] ? " " : "", interview_get(i)->id);
		ids[n++] = interview_get(i)->id;
	}
	CHECK_INT(i, interview_count());
	CHECK_STR(got, want);
	for (i = interview_prev(s, f, interview_count()); i >= 0; i = interview_prev(s, f, i))
		snprintf(back + strlen(back), sizeof back - strlen(back), "%s%s",
			 back[0] ? " " : "", interview_get(i)->id);
	CHECK_INT(i, -1);
	while (n > 0)
		snprintf(rev + strlen(rev), sizeof rev - strlen(rev), "%s%s",
			 rev[0] ? " " : "", ids[--n]);
	CHECK_STR(back, rev);
}

static void
test_walk(void)
{
	struct situation s;
	struct interview_facts f;
	struct job_group g;
	enum sit_key keys[SIT__COUNT];
	int n;

	situation_init(&s);
	walk(&s, NULL, "lang gender birth_year family diploma french_level digital "
	     "project job last_job_end search_months network methods frustrations "
	     "departement mobility contract worktime driving_licence disability "
	     "barriers self_diagnosis");
	n = interview_missing(&s, NULL, keys);
	CHECK_INT(n, 22);
	CHECK_INT(keys[0], SIT_LANG);
	CHECK_INT(keys[n - 1], SIT_SELF_DIAGNOSIS);

	/* a job that needs a diploma and a licence, a search under way */
	set(&s, "diploma=bac");
	set(&s, "job=J1506");
	set(&s, "experience=similar");
	set(&s, "last_job_end=economic_layoff");
	set(&s, "search_months=5");
	set(&s, "driving_licence=yes");
	set(&s, "departement=92");
	set(&s, "mobility=city");
	memset(&g, 0, sizeof g);
	g.diploma_required = 1;
	g.licence_often = 1;
	interview_facts_from_job(&f, &s, &g);
	walk(&s, &f, "lang gender birth_year family diploma foreign_diploma "
	     "french_level digital project job passion experience seniority training "
	     "last_job_end time_since_job search_months applications_week interviews "
	     "offers_week network methods frustrations departement mobility contract "
	     "worktime driving_licence vehicle disability barriers self_diagnosis");
	/* from a question that does not apply, next and prev still work */
	interview_facts_from_job(&f, &s, NULL);
	CHECK_INT(interview_next(&s, &f, interview_find(SIT_TRAINING)),
		  interview_find(SIT_LAST_JOB_END));
	CHECK_INT(interview_prev(&s, &f, interview_find(SIT_TRAINING)),
		  interview_find(SIT_SENIORITY));
	/* Paris, no licence needed by the job: licence and vehicle skipped */
	walk(&s, &f, "lang gender birth_year family diploma foreign_diploma "
	     "french_level digital project job passion experience seniority "
	     "last_job_end time_since_job search_months applications_week interviews "
	     "offers_week network methods frustrations departement mobility contract "
	     "worktime disability barriers self_diagnosis");
	n = interview_missing(&s, &f, keys);
	/* all but diploma, job, experience, last_job_end, search_months,
	 * departement, mobility; driving_licence is answered but no longer
	 * applies */
	CHECK_INT(n, 29 - 7);
	for (int i = 0; i < n; i++) {
		CHECK(!SIT_HAS(&s, keys[i]));
		CHECK(keys[i] != SIT_TRAINING && keys[i] != SIT_VEHICLE);
	}
}

static void
test_files_missing(void)
{
	const char *srcdir = getenv("top_srcdir");
	struct situation s;
	struct interview_facts f;
	struct job_group g;
	struct tr_err e;
	enum sit_key keys[SIT__COUNT];
	char path[1024];

	if (srcdir == NULL)
		srcdir = ".";
	snprintf(path, sizeof path, "%s/tests/answers/nadia-caregiver.answers", srcdir);
	CHECK_INT(situation_read_file(&s, path, &e), 0);
	memset(&g, 0, sizeof g);
	g.diploma_required = 1;
	interview_facts_from_job(&f, &s, &g);
	CHECK_INT(interview_missing(&s, &f, keys), 0);
	situation_unset(&s, SIT_NETWORK);
	situation_unset(&s, SIT_SENIORITY);
	situation_unset(&s, SIT_LANG);
	situation_unset(&s, SIT_TIME_SINCE_JOB);
	situation_unset(&s, SIT_FOREIGN_DIPLOMA);
	CHECK_INT(interview_missing(&s, &f, keys), 5);
	CHECK_INT(keys[0], SIT_LANG);
	CHECK_INT(keys[1], SIT_FOREIGN_DIPLOMA);
	CHECK_INT(keys[2], SIT_SENIORITY);
	CHECK_INT(keys[3], SIT_TIME_SINCE_JOB);
	CHECK_INT(keys[4], SIT_NETWORK);

	snprintf(path, sizeof path, "%s/tests/answers/julien-first-job.answers", srcdir);
	CHECK_INT(situation_read_file(&s, path, &e), 0);
	interview_facts_init(&f, &s);
	/* job unknown, experience never, never worked, not searching yet:
	 * nothing else */
	CHECK_INT(interview_missing(&s, &f, keys), 0);
}

/* An answer ("key=value") and its label, the answer given alone. */
struct label_case {
	const char *line, *label;
};

static const struct label_case english_labels[] = {
	{ "diploma=cap_bep", "CAP or BEP" },
	{ "contract=cdd,cdi", "Permanent (CDI), Fixed-term (CDD)" },
	{ "methods=", "None" },
	{ "search_months=0", "Not started yet" },
	{ "search_months=1", "1 month" },
	{ "search_months=14", "14 months" },
	{ "interviews=21", "More than 20" },
	{ "job=unknown", "I don't know yet" },
	{ "departement=2B", "2B" },
	{ "birth_year=1984", "1984" },
	/* named in the language of the summary (offered in its own) */
	{ "lang=fr", "French" },
	{ "self_diagnosis=unknown", "I don't know" },
	{ "foreign_diploma=yes", "Abroad" },
	{ "last_job_end=economic_layoff", "Economic layoff" },
	{ "time_since_job=1_2", "1 or 2 years" },
};

static const struct label_case french_labels[] = {
	{ "search_months=3", "3 mois" },
	{ "interviews=1", "1 entretien" },
	{ "worktime=part", "Temps partiel" },
	{ "last_job_end=mutual_agreement", "Rupture conventionnelle" },
	{ "time_since_job=gt5", "Plus de 5 ans" },
	{ "foreign_diploma=no", "En France" },
};

static void
check_labels(const struct label_case *cases, size_t n)
{
	struct situation s;
	char buf[256];

	situation_init(&s);
	CHECK_STR(interview_answer_label(&s, SIT_DIPLOMA, buf, sizeof buf), _("Not answered"));
	for (size_t i = 0; i < n; i++) {
		enum sit_key k;

		situation_init(&s);
		k = set(&s, cases[i].line);
		CHECK_STR(interview_answer_label(&s, k, buf, sizeof buf), cases[i].label);
	}
	/* every key has a title of at most 30 columns */
	for (int k = 0; k < SIT__COUNT; k++) {
		CHECK(interview_key_title((enum sit_key)k)[0] != '\0');
		CHECK(text_width(interview_key_title((enum sit_key)k)) <= 30);
	}
}

static void
test_labels_english(void)
{
	struct situation s;
	char buf[256];

	check_labels(english_labels, sizeof english_labels / sizeof english_labels[0]);
	CHECK_STR(interview_key_title(SIT_LAST_JOB_END), "How the last job ended");
	CHECK_STR(interview_key_title(SIT_TIME_SINCE_JOB), "Time since the last job");
	CHECK_STR(interview_key_title(SIT_FOREIGN_DIPLOMA), "Country of the diploma");
	CHECK_STR(interview_key_title(SIT__COUNT), "");
	/* a small buffer is cut, not overrun */
	situation_init(&s);
	set(&s, "frustrations=no_offers,no_answers,resume");
	CHECK_STR(interview_answer_label(&s, SIT_FRUSTRATIONS, buf, 12), "No offers, ");
}

/* MSGID must have a French translation. */
static int
translated(const char *msgid)
{
	if (strcmp(gettext(msgid), msgid) != 0)
		return 1;
	fprintf(stderr, "  not translated: %s\n", msgid);
	return 0;
}

static void
test_french(void)
{
	const char *dir = getenv("TREMPLIN_LOCALEDIR");
	struct situation s;

	CHECK(dir != NULL);
	if (dir == NULL)
		return;
	setenv("LANGUAGE", "fr", 1);
	setlocale(LC_ALL, "C.UTF-8");
	bindtextdomain("tremplin", dir);
	textdomain("tremplin");
	bind_textdomain_codeset("tremplin", "UTF-8");

	for (int c = 0; c < CHAPTER__COUNT; c++) {
		CHECK(translated(interview_chapter_name(c)));
		CHECK(text_width(_(interview_chapter_name(c))) <= 16);
	}
	for (int i = 0; i < interview_count(); i++) {
		const struct question *q = interview_get(i);

		CHECK(translated(q->text));
		CHECK(translated(q->help));
		CHECK(fits(q->text, 70, 2));
		CHECK(fits(_(q->text), 70, 2));
		if (q->min_label)
			CHECK(translated(q->min_label) && fits(_(q->min_label), 40, 1));
		if (q->max_label)
			CHECK(translated(q->max_label) && fits(_(q->max_label), 40, 1));
		if (q->unknown_label)
			CHECK(translated(q->unknown_label) && fits(_(q->unknown_label), 60, 1));
		if (q->kind == QUESTION_LANG)
			continue;       /* language names stay in their own language */
		for (int o = 0; o < q->noptions; o++) {
			CHECK(translated(q->options[o].label));
			CHECK(translated(q->options[o].brief));
			CHECK(fits(q->options[o].label, 60, 1));
			CHECK(fits(_(q->options[o].label), 60, 1));
			CHECK(fits(q->options[o].brief, 24, 1));
			CHECK(fits(_(q->options[o].brief), 24, 1));
		}
	}
	CHECK(translated(interview_privacy_title));
	for (int m = PRIVACY_HOME; m <= PRIVACY_ADVISER; m++) {
		const char *const *p = interview_privacy((enum privacy_mode)m);
		int n = 0;
		for (; *p != NULL; p++, n++)
			CHECK(translated(*p));
		CHECK(n >= 3);
	}
	CHECK(interview_privacy(PRIVACY_KIOSK)[2] != interview_privacy(PRIVACY_HOME)[2]);

	/* labels come out in French */
	check_labels(french_labels, sizeof french_labels / sizeof french_labels[0]);
	CHECK_STR(_("Not answered"), "Sans réponse");
	CHECK_STR(interview_key_title(SIT_LAST_JOB_END), "Fin du dernier emploi");
	/* answers-file errors too */
	struct tr_err e;
	CHECK_INT(situation_read_string(&s, "hobby=chess", "f.answers", &e), -1);
	CHECK_STR(e.msg, "f.answers:1: clé inconnue « hobby »");
}

/* Answers whose question no longer applies are dropped, in cascade. */
static void
test_prune(void)
{
	struct interview_facts f;
	struct situation s;
	struct tr_err e;

	situation_init(&s);
	CHECK_INT(situation_read_string(&s, "job=D1102\nexperience=done_this\n"
					"seniority=senior\nsearch_months=4\ninterviews=2\n",
					"p", &e), 0);
	interview_facts_init(&f, &s);
	CHECK_INT(interview_prune(&s, &f), 0);
	CHECK(SIT_HAS(&s, SIT_SENIORITY));
	CHECK_INT(situation_set(&s, SIT_EXPERIENCE, "never", &e), 0);
	CHECK_INT(situation_set(&s, SIT_SEARCH_MONTHS, "0", &e), 0);
	CHECK_INT(interview_prune(&s, &f), 2);
	CHECK(!SIT_HAS(&s, SIT_SENIORITY));
	CHECK(!SIT_HAS(&s, SIT_INTERVIEWS));
	CHECK(SIT_HAS(&s, SIT_EXPERIENCE));
	/* Cascade: without a job, neither experience nor passion apply. */
	CHECK_INT(situation_set(&s, SIT_JOB, "unknown", &e), 0);
	CHECK_INT(situation_set(&s, SIT_EXPERIENCE, "done_this", &e), 0);
	CHECK_INT(situation_set(&s, SIT_SENIORITY, "junior", &e), 0);
	CHECK_INT(interview_prune(&s, &f), 2);
	CHECK(!SIT_HAS(&s, SIT_EXPERIENCE));
	CHECK(!SIT_HAS(&s, SIT_SENIORITY));
	/* A job the data does not know (or could not read): what it asks is
	 * not known, so the training and licence answers stay; once it is
	 * known to need neither, they go. */
	situation_init(&s);
	CHECK_INT(situation_read_string(&s, "job=D1102\ndepartement=75\ntraining=not_sure\n"
					"driving_licence=yes\nvehicle=no\n", "p", &e), 0);
	interview_facts_init(&f, &s);
	CHECK_INT(interview_prune(&s, &f), 0);
	CHECK(SIT_HAS(&s, SIT_TRAINING) && SIT_HAS(&s, SIT_VEHICLE));
	f.job_known = 1;
	CHECK_INT(interview_prune(&s, &f), 3);
	CHECK(!SIT_HAS(&s, SIT_TRAINING));
	CHECK(!SIT_HAS(&s, SIT_DRIVING_LICENCE));
}

int
main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	test_prune();
	test_one_question_per_key();
	test_ranges();
	test_conditions();
	test_job_history();
	test_walk();
	test_files_missing();
	test_labels_english();
	test_french();
	return check_done();
}
