/* export-facts.c - the facts behind a reason in words, with each
 * figure's source, year, area and example flag (export.h). */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "i18n.h"
#include "interview.h"
#include "text.h"

static const char *
level_text(enum area_level l)
{
	switch (l) {
	case AREA_DEPARTEMENT: return _("département");
	case AREA_REGION: return _("région");
	default: return _("all of France");
	}
}

long
export_number(double x, int decimals, char *buf, size_t len)
{
	/* TRANSLATORS: the decimal separator: "." in English, "," in French. */
	const char *sep = _(".");
	char *dot;
	long whole;

	snprintf(buf, len, decimals > 0 ? "%.1f" : "%.0f", x);
	/* The figure as written decides the form, not the one before rounding. */
	whole = strtol(buf, NULL, 10);
	dot = strchr(buf, '.');
	if (dot != NULL && strcmp(sep, ".") != 0 && strlen(sep) == 1)
		*dot = sep[0];
	if (decimals > 0 && whole < 2)
		return -1;
	return whole < 0 ? -whole : whole;
}

const char *
export_tension_text(double t, char *buf, size_t len)
{
	char num[32];
	long n = export_number(t, 1, num, sizeof num);

	if (t < 0)
		snprintf(buf, len, "%s", _("offers per 10 candidates not known"));
	else if (n < 0)
		/* TRANSLATORS: a figure with a decimal below 2 ("1.4"): English
		   keeps the plural, French takes the singular ("1,4 offre pour
		   10 candidats"). */
		snprintf(buf, len, C_("below 2", "%s offers per 10 candidates"), num);
	else
		/* TRANSLATORS: a figure of 2 or more ("2.5", "16.8"). */
		snprintf(buf, len, P_("%s offer per 10 candidates",
				      "%s offers per 10 candidates", (unsigned long)n), num);
	return buf;
}

/* X with one decimal, for shares ("45,5 %"): no noun to agree. */
static const char *
decimal(double x, char *buf, size_t len)
{
	export_number(x, 1, buf, len);
	return buf;
}

/* Source names the project writes itself get translated when shown; the
 * names of official sources are shown as the files give them. */
static const char *const own_sources[] = {
	N_("Tremplin example data (not official)"),     /* data/market.tsv */
	N_("Tremplin default data set"),                /* import-default.c */
	N_("France Travail, ROME"),                     /* import-rome.c */
	N_("France Travail, IMT (market_score)"),       /* import-imt.c */
	N_("France Travail, BMO survey"),               /* import-bmo.c */
	N_("INSEE, code officiel géographique"),        /* import-insee.c */
};

const char *
export_source_name(const char *source)
{
	for (size_t i = 0; i < sizeof own_sources / sizeof own_sources[0]; i++)
		if (strcmp(source, own_sources[i]) == 0)
			return _(own_sources[i]);
	return source;
}

/* ", published for ROME v3 group X, which job sheet Y comes from" when a
 * ROME 4.0 sheet reads the figures of its v3 group; "" otherwise. */
static const char *
sheet_text(const char *sheet, const char *rome, char *buf, size_t len)
{
	buf[0] = '\0';
	if (sheet[0] != '\0')
		/* TRANSLATORS: %1$s a ROME v3 group code, %2$s a ROME 4.0 sheet code. */
		snprintf(buf, len, _(", published for the group %1$s of the "
				     "official list of jobs (ROME v3), which "
				     "job sheet %2$s comes from"), rome, sheet);
	return buf;
}

/* A share in whole percents ("37"): the survey's estimates are not
 * more precise than that. */
static const char *
percent(double x, char *buf, size_t len)
{
	snprintf(buf, len, "%.0f", x);
	return buf;
}

/* "source: NAME, YEAR (an example figure, not an official one)" */
static const char *
origin_text(const char *source, int year, int example, char *buf, size_t len)
{
	/* TRANSLATORS: where a figure comes from: its source and year. */
	snprintf(buf, len, _("source: %s, %d%s"), export_source_name(source), year,
		 example ? _(" (an example figure, not an official one)") : "");
	return buf;
}

static const char *
projects_text(const struct market_projects *p, char *buf, size_t len)
{
	char n[32], hires[96], hard[96] = "", seas[96] = "", x[32];
	char origin[256], sheet[160];
	/* The survey's estimates are weighted: whole hires from 10 up. */
	long k = export_number(p->projects, p->projects >= 10 ? 0 : 1, n, sizeof n);

	if (k < 0)
		/* TRANSLATORS: a weighted estimate with a decimal below 2
		   ("1.5"): English plural, French singular. */
		snprintf(hires, sizeof hires, C_("below 2", "about %s planned hires"), n);
	else
		snprintf(hires, sizeof hires, P_("about %s planned hire", "about %s planned hires",
						 (unsigned long)k), n);

	if (p->hard_share >= 0)
		snprintf(hard, sizeof hard, _(", %s%% of them hard to fill"),
			 percent(p->hard_share, x, sizeof x));
	if (p->seasonal_share >= 0)
		snprintf(seas, sizeof seas, _(", %s%% seasonal"),
			 percent(p->seasonal_share, x, sizeof x));
	/* TRANSLATORS: %1$s a job group code, %2$s a département code, %3$s
	 * "about 40 planned hires" (BMO survey), then the shares, the source. */
	snprintf(buf, len, _("Recruitment projects for %1$s in département %2$s: "
			     "%3$s%4$s%5$s; %6$s%7$s."),
		 p->rome, p->departement, hires, hard, seas, origin_text(p->source, p->year, p->example, origin, sizeof origin),
		 sheet_text(p->sheet, p->rome, sheet, sizeof sheet));
	return buf;
}

static const char *
salary_text(const struct market_salary *x, char *buf, size_t len)
{
	char origin[256], sheet[160];

	/* TRANSLATORS: %1$s a job group code, %2$s an area, %3$s an age group,
	 * %4$d and %5$d gross euros a month, then the source. */
	snprintf(buf, len, _("Salaries for %1$s in %2$s, %3$s: from %4$d to %5$d "
			     "euros gross a month; %6$s%7$s."),
		 x->rome, x->level == AREA_FRANCE ? _("France") : x->area_name,
		 x->from35 ? _("35 and over") : _("under 35"), x->minimum, x->maximum,
		 origin_text(x->source, x->year, x->example, origin, sizeof origin),
		 sheet_text(x->sheet, x->rome, sheet, sizeof sheet));
	return buf;
}

static const char *const channel_labels[CHANNEL__COUNT] = {
	[CHANNEL_SPONTANEOUS] = N_("spontaneous applications"),
	[CHANNEL_INTERMEDIARIES] = N_("placement services and agencies"),
	[CHANNEL_NETWORK] = N_("personal or professional network"),
	[CHANNEL_OTHER] = N_("other channels"),
};

static const char *
channels_text(const struct diag_facts *f, char *buf, size_t len)
{
	char list[512] = "", x[32], origin[256];
	size_t used = 0;

	for (int i = 0; i < f->nchannels && used < sizeof list; i++)
		/* TRANSLATORS: one hiring channel and its share: "network 45%". */
		used += (size_t)snprintf(list + used, sizeof list - used, _("%s%s %s%%"),
					 i ? ", " : "", _(channel_labels[f->channels[i].kind]),
					 percent(f->channels[i].share, x, sizeof x));
	if (f->nchannels == 0) {
		snprintf(buf, len, "%s", _("No hiring-channel figure."));
		return buf;
	}
	snprintf(buf, len, _("How people are hired in %s: %s; %s."), f->channels[0].rome,
		 list, origin_text(f->channels[0].source, f->channels[0].year,
				   f->channels[0].example, origin, sizeof origin));
	return buf;
}

/* "Gironde (département)", or "all of France". */
static void
area_text(const struct market_figure *m, char *where, size_t len)
{
	if (m->level == AREA_FRANCE)
		snprintf(where, len, "%s", level_text(m->level));
	else
		/* TRANSLATORS: an area and its level: "Gironde (département)". */
		snprintf(where, len, _("%s (%s)"),
			 m->area_name[0] ? m->area_name : m->area, level_text(m->level));
}

static const char *
figure_text(const struct market_figure *m, char *buf, size_t len)
{
	char counts[160] = "", where[2 * MARKET_NAME_MAX], ratio[96], sheet[160];

	area_text(m, where, sizeof where);
	if (m->offers >= 0 && m->candidates >= 0) {
		char o[64], c[64];

		snprintf(o, sizeof o, P_("%d offer", "%d offers", (unsigned long)m->offers),
			 m->offers);
		snprintf(c, sizeof c, P_("%d candidate", "%d candidates",
					 (unsigned long)m->candidates), m->candidates);
		/* TRANSLATORS: ", 6756 offers for 10282 candidates". */
		snprintf(counts, sizeof counts, _(", %s for %s"), o, c);
	}
	/* TRANSLATORS: %3$s is "1.4 offers per 10 candidates". */
	snprintf(buf, len, _("Market figure for %1$s in %2$s: %3$s%4$s; source: %5$s, %6$d%7$s%8$s."),
		 m->rome, where, export_tension_text(market_tension(m), ratio, sizeof ratio),
		 counts,
		 export_source_name(m->source), m->year,
		 m->example ? _(" (an example figure, not an official one)") : "",
		 sheet_text(m->sheet, m->rome, sheet, sizeof sheet));
	return buf;
}

/* A figure of F published for job group ROME, or NULL. */
static const struct market_figure *
figure_of(const struct diag_facts *f, const char *rome)
{
	for (int i = 0; i < DIAG_FIG__COUNT; i++)
		if (f->has_figure[i] && strcmp(f->figures[i].rome, rome) == 0)
			return &f->figures[i];
	return NULL;
}

static const char *const month_names[12] = {
	N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
	N_("July"), N_("August"), N_("September"), N_("October"), N_("November"),
	N_("December"),
};

static const char *
busy_months_text(const struct market_figure *m, char *buf, size_t len)
{
	char list[256] = "", where[2 * MARKET_NAME_MAX], origin[256];
	int months[12], n = market_busy_months(m, months);
	size_t used = 0;

	for (int i = 0; i < n && used < sizeof list; i++)
		used += (size_t)snprintf(list + used, sizeof list - used, "%s%s",
					 i == 0 ? "" : i == n - 1 ? _(" and ") : ", ",
					 _(month_names[months[i]]));
	area_text(m, where, sizeof where);
	/* TRANSLATORS: %1$s a job group code, %2$s a list of months, %3$s an
	 * area, %4$s the source. */
	snprintf(buf, len, _("Busy season for %1$s in %2$s: %3$s; %4$s."), m->rome, where, list,
		 origin_text(m->source, m->year, m->example, origin, sizeof origin));
	return buf;
}

static const char *
contract_mix_text(const struct market_figure *m, char *buf, size_t len)
{
	char a[32], b[32], c[32], where[2 * MARKET_NAME_MAX], origin[256];

	area_text(m, where, sizeof where);
	/* TRANSLATORS: %1$s a job group code, %2$s an area, %3$s %4$s %5$s
	 * percents of the offers, then the source. */
	snprintf(buf, len, _("Offers for %1$s in %2$s: %3$s%% permanent (CDI), %4$s%% "
			     "fixed-term (CDD), %5$s%% temporary work; %6$s."),
		 m->rome, where, percent(m->cdi_share, a, sizeof a),
		 percent(m->cdd_share < 0 ? 0 : m->cdd_share, b, sizeof b),
		 percent(m->interim_share < 0 ? 0 : m->interim_share, c, sizeof c),
		 origin_text(m->source, m->year, m->example, origin, sizeof origin));
	return buf;
}

static const char *
related_market_text(const struct diag_facts *f, const char *code, char *buf, size_t len)
{
	char fig[512], times[32];
	const struct market_related *r = NULL;

	for (int i = 0; i < f->nranked; i++)
		if (strcmp(f->ranked[i].code, code) == 0)
			r = &f->ranked[i];
	if (r == NULL || !r->has_figure) {
		snprintf(buf, len, _("Related job: %s."), code);
		return buf;
	}
	figure_text(&r->figure, fig, sizeof fig);
	if (r->ratio > 0)
		/* TRANSLATORS: %1$s a job code, %2$s its name, %3$s "2,3", then
		 * the job's market figure. */
		snprintf(buf, len, _("Related job %1$s %2$s: %3$s times as many offers per "
				     "candidate as your target job. %4$s"),
			 r->code, r->name, decimal(r->ratio, times, sizeof times), fig);
	else
		snprintf(buf, len, _("Related job %1$s %2$s. %3$s"), r->code, r->name, fig);
	return buf;
}

static const char *
diploma_level_text(const char *value, char *buf, size_t len)
{
	struct situation one;
	char label[128];

	situation_init(&one);
	if (situation_set(&one, SIT_DIPLOMA, value, NULL) < 0) {
		snprintf(buf, len, "%s", _("Job data: the usual diploma level is not known."));
		return buf;
	}
	interview_answer_label(&one, SIT_DIPLOMA, label, sizeof label);
	/* TRANSLATORS: %s a diploma level as the interview names it. */
	snprintf(buf, len, _("Job data: the usual diploma level is %s."), label);
	return buf;
}

static const char *
related_name(const struct diag_facts *f, const char *code)
{
	for (int i = 0; i < f->nrelated; i++)
		if (strcmp(f->related[i].code, code) == 0)
			return f->related[i].name;
	return "";
}

const char *
export_fact_text(const struct rule_fact *x, const struct situation *s,
		 const struct diag_facts *f, char *buf, size_t len)
{
	char label[256];

	switch (x->kind) {
	case FACT_ANSWER: {
		/* The answer in the interview's words: "Vehicle: No". */
		struct situation one;

		situation_init(&one);
		if (s != NULL && SIT_HAS(s, SIT_GENDER))   /* the words agree */
			situation_set(&one, SIT_GENDER,
				      situation_value_name(SIT_GENDER, s->gender), NULL);
		if (x->key == SIT_JOB && f->has_job && strcmp(x->value, f->job.code) == 0 &&
		    s != NULL && SIT_HAS(s, SIT_JOB_TITLE))
			/* TRANSLATORS: a chosen job title, then its group and code. */
			snprintf(label, sizeof label, _("%1$s (%2$s, %3$s)"), s->job_title,
				 f->job.name, f->job.code);
		else if (x->key == SIT_JOB && f->has_job && strcmp(x->value, f->job.code) == 0)
			/* TRANSLATORS: a job group and its ROME code: "Boulangerie (D1102)". */
			snprintf(label, sizeof label, _("%1$s (%2$s)"), f->job.name, f->job.code);
		else if (situation_set(&one, (enum sit_key)x->key, x->value, NULL) == 0)
			interview_answer_label(&one, (enum sit_key)x->key, label, sizeof label);
		else
			snprintf(label, sizeof label, "%s", x->value);
		/* TRANSLATORS: a fact behind a reason: "Vehicle: No (your answer)." */
		snprintf(buf, len, _("%s: %s (your answer)."),
			 interview_key_title((enum sit_key)x->key),
			 label[0] ? label : _("(no answer)"));
		break;
	}
	case FACT_FIGURE:
		if (x->figure >= 0 && x->figure < DIAG_FIG__COUNT && f->has_figure[x->figure])
			figure_text(&f->figures[x->figure], buf, len);
		else
			snprintf(buf, len, "%s", _("No market figure."));
		break;
	default:
		if (strcmp(x->name, "related_job") == 0)
			snprintf(buf, len, _("Related job: %s %s."), x->value,
				 related_name(f, x->value));
		else if (strcmp(x->name, "recruitment") == 0 && f->has_projects)
			projects_text(&f->projects, buf, len);
		else if (strcmp(x->name, "salary") == 0 && f->has_salary)
			salary_text(&f->salary, buf, len);
		else if (strcmp(x->name, "channels") == 0)
			channels_text(f, buf, len);
		else if (strcmp(x->name, "related_market") == 0)
			related_market_text(f, x->value, buf, len);
		else if (strcmp(x->name, "busy_months") == 0 && figure_of(f, x->value))
			busy_months_text(figure_of(f, x->value), buf, len);
		else if (strcmp(x->name, "contract_mix") == 0 && figure_of(f, x->value))
			contract_mix_text(figure_of(f, x->value), buf, len);
		else if (strcmp(x->name, "diploma_level") == 0)
			diploma_level_text(x->value, buf, len);
		else if (strcmp(x->name, "licence_often") == 0)
			snprintf(buf, len, "%s", _("Job data: a driving licence is often asked for."));
		else if (strcmp(x->name, "diploma_required") == 0)
			snprintf(buf, len, "%s", _("Job data: no diploma is usually required."));
		else
			snprintf(buf, len, _("Job data: %s = %s."), x->name, x->value);
		break;
	}
	return buf;
}

