/* test-wording.c - the words of the answers and figures agree, in French
 * and in English: answers with the person's gender (i18n_agree), the
 * "None" of each list with what it names (interview_none_label), figures
 * with their number (export_number, export_tension_text, the counts of a
 * market figure). French comes from the catalogue built from po/fr.po. */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "catalog.h"
#include "check.h"
#include "speak.h"
#include "export.h"
#include "i18n.h"
#include "interview.h"
#include "situation.h"


static void
set(struct situation *s, const char *line)
{
	struct tr_err e;

	if (situation_parse_line(s, line, &e) != 0) {
		fprintf(stderr, "%s: %s\n", line, e.msg);
		CHECK(0);
	}
}

/* A situation with GENDER ("female", "male", "unspecified", NULL: not
 * answered) and the answer LINE. */
static void
person(struct situation *s, const char *gender, const char *line)
{
	char g[64];

	situation_init(s);
	if (gender != NULL) {
		snprintf(g, sizeof g, "gender=%s", gender);
		set(s, g);
	}
	set(s, line);
}

static const char *
answer(const char *gender, const char *line, enum sit_key k)
{
	static char buf[256];
	struct situation s;

	person(&s, gender, line);
	return interview_answer_label(&s, k, buf, sizeof buf);
}

static const char *
option(const char *gender, enum sit_key k, int i)
{
	struct situation s;

	situation_init(&s);
	if (gender != NULL) {
		char g[64];

		snprintf(g, sizeof g, "gender=%s", gender);
		set(&s, g);
	}
	return interview_option_label(&s, interview_get(interview_find(k)), i);
}

static void
check_gender_fr(void)
{
	struct situation s;
	struct rule_fact x = { .kind = FACT_ANSWER, .key = SIT_FAMILY, .value = "single" };
	struct diag_facts f;
	char buf[512];

	CHECK_STR(answer("female", "family=single", SIT_FAMILY), "Seule");
	CHECK_STR(answer("male", "family=single", SIT_FAMILY), "Seul");
	CHECK_STR(answer("unspecified", "family=single", SIT_FAMILY), "Seul ou seule");
	CHECK_STR(answer(NULL, "family=single", SIT_FAMILY), "Seul ou seule");
	CHECK_STR(answer("female", "family=single_parent", SIT_FAMILY), "Seule avec enfants");
	CHECK_STR(answer("male", "family=single_parent", SIT_FAMILY), "Seul avec enfants");
	CHECK_STR(answer("unspecified", "family=single_parent", SIT_FAMILY), "Parent seul");
	CHECK_STR(option("female", SIT_FAMILY, FAMILY_SINGLE), "Je vis seule");
	CHECK_STR(option("male", SIT_FAMILY, FAMILY_SINGLE), "Je vis seul");
	CHECK_STR(option("unspecified", SIT_FAMILY, FAMILY_SINGLE), "Je vis seul ou seule");
	CHECK_STR(option(NULL, SIT_FAMILY, FAMILY_SINGLE_PARENT),
		  "Je vis seul ou seule avec mes enfants");
	CHECK_STR(option("female", SIT_FAMILY, FAMILY_SINGLE_PARENT),
		  "Je vis seule avec mes enfants");
	/* Words that need no agreement stay the same for everyone. */
	CHECK_STR(answer("female", "digital=autonomous", SIT_DIGITAL), "En autonomie");
	CHECK_STR(answer("male", "digital=autonomous", SIT_DIGITAL), "En autonomie");
	/* A fact behind a reason agrees with the person too. */
	diag_facts_init(&f, 2026);
	person(&s, "female", "family=single");
	CHECK_STR(export_fact_text(&x, &s, &f, buf, sizeof buf), "Famille : Seule (votre réponse).");
	person(&s, "male", "family=single");
	CHECK_STR(export_fact_text(&x, &s, &f, buf, sizeof buf), "Famille : Seul (votre réponse).");
	CHECK_STR(export_fact_text(&x, NULL, &f, buf, sizeof buf),
		  "Famille : Seul ou seule (votre réponse).");
}

static void
check_gender_en(void)
{
	CHECK_STR(answer("female", "family=single", SIT_FAMILY), "Alone");
	CHECK_STR(answer("male", "family=single", SIT_FAMILY), "Alone");
	CHECK_STR(option("female", SIT_FAMILY, FAMILY_SINGLE), "I live alone");
	CHECK_STR(i18n_agree(NULL, "Alone"), "Alone");
}

/* 1 when T offers both forms of a word ("seul ou seule", "né ou née",
 * "inscrit(e)", "inscrit·e"). */
static int
both_forms(const char *t)
{
	if (strstr(t, "(e)") != NULL || strstr(t, "\u00b7e") != NULL)
		return 1;
	for (const char *p = strstr(t, " ou "); p != NULL; p = strstr(p + 1, " ou ")) {
		const char *w1 = p, *w2 = p + 4;
		size_t n1 = 0, n2 = 0;

		while (w1 > t && w1[-1] != ' ' && w1[-1] != '\'' && w1[-1] != '(')
			w1--;
		n1 = (size_t)(p - w1);
		while (w2[n2] != '\0' && w2[n2] != ' ' && w2[n2] != ',' && w2[n2] != '.' &&
		       w2[n2] != ')' && w2[n2] != '?')
			n2++;
		if (n1 > 0 && n2 == n1 + 1 && strncasecmp(w1, w2, n1) == 0 && w2[n1] == 'e')
			return 1;
	}
	return 0;
}

static int
in_gendered_table(const char *msgid)
{
	for (int i = 0; i < i18n_gendered_count(); i++)
		if (strcmp(i18n_gendered_msgid(i), msgid) == 0)
			return 1;
	return 0;
}

/* A French text that gives both forms ("Seul ou seule") is one the
 * person reads about themselves: it must have its female and male forms.
 * And every msgid of the table has them, and is used by the interview. */
static void
check_gendered_table(void)
{
	struct situation fe, ma;

	CHECK(both_forms("Je vis seul ou seule"));
	CHECK(both_forms("êtes-vous né ou née ?"));
	CHECK(both_forms("vous êtes inscrit(e)"));
	CHECK(!both_forms("une femme ou un homme"));
	situation_init(&fe);
	situation_init(&ma);
	set(&fe, "gender=female");
	set(&ma, "gender=male");
	for (int i = 0; i < i18n_gendered_count(); i++) {
		const char *id = i18n_gendered_msgid(i);
		int used = 0;

		expect(strcmp(i18n_agree(&fe, id), i18n_agree(&ma, id)) != 0,
		       "\"%s\": the same words for a woman and for a man", id);
		expect(!both_forms(i18n_agree(&fe, id)) && !both_forms(i18n_agree(&ma, id)),
		       "\"%s\": a gendered form still gives both forms", id);
		for (int q = 0; q < interview_count(); q++)
			for (int o = 0; o < interview_get(q)->noptions; o++)
				used |= strcmp(interview_get(q)->options[o].label, id) == 0 ||
					strcmp(interview_get(q)->options[o].brief, id) == 0;
		expect(used, "\"%s\" is in the gendered table but no answer uses it", id);
	}
	for (int q = 0; q < interview_count(); q++) {
		const struct question *qq = interview_get(q);

		expect(!both_forms(_(qq->text)), "%s: the question gives both forms: %s",
		       qq->id, _(qq->text));
		for (int o = 0; o < qq->noptions && qq->kind != QUESTION_LANG; o++) {
			const char *l = qq->options[o].label, *b = qq->options[o].brief;

			expect(!both_forms(_(l)) || in_gendered_table(l),
			       "%s: \"%s\" gives both forms but has no female and male forms",
			       qq->id, _(l));
			expect(!both_forms(_(b)) || in_gendered_table(b),
			       "%s: \"%s\" gives both forms but has no female and male forms",
			       qq->id, _(b));
		}
	}
	for (int a = 0; a < ACTION__COUNT; a++) {
		const struct action_def *d = catalog_get((enum action_id)a);

		expect(!both_forms(_(d->title)), "%s: title gives both forms", d->id);
		if (d->summary != NULL)
			expect(!both_forms(_(d->summary)), "%s: summary gives both forms", d->id);
	}
}

/* Every list question has its own "None", found in the catalogue. */
static void
check_none(int french)
{
	for (int q = 0; q < interview_count(); q++) {
		const struct question *qq = interview_get(q);
		char key[64];

		if (qq->kind != QUESTION_MULTI)
			continue;
		snprintf(key, sizeof key, "%s\004None", qq->id);
		if (french)
			expect(strcmp(dcgettext(NULL, key, LC_MESSAGES), key) != 0,
			       "list %s has no \"None\" of its own in the catalogue", qq->id);
		else
			CHECK_STR(interview_none_label(qq->key), "None");
	}
	if (!french)
		return;
	CHECK_STR(answer(NULL, "barriers=", SIT_BARRIERS), "Aucune");
	CHECK_STR(interview_none_label(SIT_CONTRACT), "Aucun");
	CHECK_STR(interview_none_label(SIT_METHODS), "Aucune méthode");
	CHECK_STR(interview_none_label(SIT_FRUSTRATIONS), "Rien");
}

static const char *
tension(double t)
{
	static char buf[128];

	return export_tension_text(t, buf, sizeof buf);
}

static const char *
figure(int offers, int candidates)
{
	static char buf[1024];
	struct diag_facts f;
	struct rule_fact x = { .kind = FACT_FIGURE, .figure = DIAG_FIG_LOCAL };
	struct market_figure *m = &f.figures[DIAG_FIG_LOCAL];
	char *end;

	diag_facts_init(&f, 2026);
	f.has_figure[DIAG_FIG_LOCAL] = 1;
	memset(m, 0, sizeof *m);
	snprintf(m->rome, sizeof m->rome, "D1102");
	m->level = AREA_FRANCE;
	m->offers = offers;
	m->candidates = candidates;
	m->tension = -1;
	snprintf(m->source, sizeof m->source, "Tremplin example data (not official)");
	m->year = 2026;
	export_fact_text(&x, NULL, &f, buf, sizeof buf);
	/* From the figure to the source. */
	end = strchr(buf, ';');
	if (end != NULL)
		*end = '\0';
	for (end = buf + strlen(buf); end > buf && end[-1] == ' ';)
		*--end = '\0';
	return strchr(buf, ':') != NULL ? strchr(buf, ':') + 2 : buf;
}

static void
check_numbers_fr(void)
{
	char n[32];

	CHECK_INT(export_number(1.4, 1, n, sizeof n), -1);
	CHECK_STR(n, "1,4");
	CHECK_INT(export_number(2.5, 1, n, sizeof n), 2);
	CHECK_INT(export_number(1.96, 1, n, sizeof n), 2);    /* written 2,0 */
	CHECK_INT(export_number(1.94, 1, n, sizeof n), -1);   /* written 1,9 */
	CHECK_INT(export_number(12.4, 0, n, sizeof n), 12);
	CHECK_STR(tension(1.4), "1,4 offre pour 10 candidats");
	CHECK_STR(tension(0.4), "0,4 offre pour 10 candidats");
	CHECK_STR(tension(1.0), "1,0 offre pour 10 candidats");
	CHECK_STR(tension(1.94), "1,9 offre pour 10 candidats");
	CHECK_STR(tension(1.96), "2,0 offres pour 10 candidats");
	CHECK_STR(tension(2.5), "2,5 offres pour 10 candidats");
	CHECK_STR(tension(16.8), "16,8 offres pour 10 candidats");
	CHECK_STR(tension(-1), "nombre d'offres pour 10 candidats inconnu");
	CHECK_STR(figure(1, 1), "10,0 offres pour 10 candidats, 1 offre pour 1 candidat");
	CHECK_STR(figure(14, 100), "1,4 offre pour 10 candidats, 14 offres pour 100 candidats");
	CHECK_STR(figure(0, 7), "0,0 offre pour 10 candidats, 0 offre pour 7 candidats");
}

/* A datum of the job group in words, not as an answers-file value. */
static const char *
job_datum(const char *name, const char *value)
{
	static char buf[512];
	struct diag_facts f;
	struct rule_fact x = { .kind = FACT_DATA, .name = name };

	diag_facts_init(&f, 2026);
	snprintf(x.value, sizeof x.value, "%s", value);
	return export_fact_text(&x, NULL, &f, buf, sizeof buf);
}

static void
check_data_fr(void)
{
	CHECK_STR(job_datum("diploma_level", "cap_bep"),
		  "Données du métier : le niveau de diplôme habituel est CAP ou BEP.");
	CHECK_STR(job_datum("diploma_level", "bac5"),
		  "Données du métier : le niveau de diplôme habituel est Bac + 5 ou plus.");
	CHECK_STR(job_datum("diploma_level", "unknown"),
		  "Données du métier : le niveau de diplôme habituel n'est pas connu.");
	CHECK_STR(export_source_name("France Travail, BMO survey"), "France Travail, enquête BMO");
	CHECK_STR(export_source_name("Tremplin example data (not official)"),
		  "données d'exemple de Tremplin (non officielles)");
	CHECK_STR(export_source_name("Some official file"), "Some official file");
}

static void
check_numbers_en(void)
{
	CHECK_STR(tension(1.4), "1.4 offers per 10 candidates");
	CHECK_STR(tension(1.0), "1.0 offers per 10 candidates");
	CHECK_STR(tension(2.5), "2.5 offers per 10 candidates");
	CHECK_STR(figure(1, 1), "10.0 offers per 10 candidates, 1 offer for 1 candidate");
	CHECK_STR(figure(14, 100), "1.4 offers per 10 candidates, 14 offers for 100 candidates");
	CHECK_STR(figure(0, 2), "0.0 offers per 10 candidates, 0 offers for 2 candidates");
}

int
main(void)
{
	if (!speak("en"))
		return 1;
	check_gender_en();
	check_none(0);
	check_numbers_en();
	CHECK(speak("fr"));
	check_gender_fr();
	check_gendered_table();
	check_none(1);
	check_numbers_fr();
	check_data_fr();
	return check_done();
}
