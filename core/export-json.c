/* export-json.c - the JSON object of one diagnosis (export.h). */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "catalog.h"
#include "export.h"
#include "i18n.h"
#include "interview.h"
#include "json.h"

static const char *
level_name(enum area_level l)
{
	switch (l) {
	case AREA_DEPARTEMENT: return "departement";
	case AREA_REGION: return "region";
	default: return "france";
	}
}

/* Which figures the result uses: slot -> index in "data", -1 unused. */
struct figure_map {
	int index[DIAG_FIG__COUNT];
	int n;
};

static void
use_figure(struct figure_map *m, const struct diag_facts *f, int slot)
{
	if (slot < 0 || slot >= DIAG_FIG__COUNT || !f->has_figure[slot] || m->index[slot] >= 0)
		return;
	m->index[slot] = m->n++;
}

static void
use_figures_of(struct figure_map *m, const struct diag_facts *f, const struct rule_out *r)
{
	for (int i = 0; i < r->nreasons; i++)
		for (int k = 0; k < r->reasons[i].nfacts; k++)
			if (r->reasons[i].facts[k].kind == FACT_FIGURE)
				use_figure(m, f, r->reasons[i].facts[k].figure);
}

static void
json_reasons(struct json *j, const struct situation *s, const struct rule_out *r,
	     const struct figure_map *m)
{
	json_key(j, "reasons");
	json_begin_array(j);
	for (int i = 0; i < r->nreasons; i++) {
		const struct rule_reason *rr = &r->reasons[i];

		json_begin_object(j);
		json_key(j, "text");
		json_string(j, i18n_agree(s, rr->text));
		json_key(j, "facts");
		json_begin_array(j);
		for (int k = 0; k < rr->nfacts; k++) {
			const struct rule_fact *x = &rr->facts[k];

			json_begin_object(j);
			if (x->kind == FACT_ANSWER) {
				json_key(j, "key");
				json_string(j, situation_key_name((enum sit_key)x->key));
				json_key(j, "value");
				json_string(j, x->value);
			} else if (x->kind == FACT_FIGURE) {
				json_key(j, "figure");
				if (x->figure >= 0 && x->figure < DIAG_FIG__COUNT && m->index[x->figure] >= 0)
					json_int(j, m->index[x->figure]);
				else
					json_null(j);
			} else {
				json_key(j, "data");
				json_string(j, x->name);
				json_key(j, "value");
				json_string(j, x->value);
			}
			json_end_object(j);
		}
		json_end_array(j);
		json_end_object(j);
	}
	json_end_array(j);
}

static void
json_challenges(struct json *j, const struct situation *s, const struct diag *d,
		const struct figure_map *m)
{
	json_key(j, "challenges");
	json_begin_array(j);
	for (int c = 0; c < CHALLENGE__COUNT; c++) {
		json_begin_object(j);
		json_key(j, "id");
		json_string(j, challenge_id(c));
		json_key(j, "status");
		json_string(j, diag_status_name(d->challenges[c].status));
		json_key(j, "title");
		json_string(j, i18n_agree(s, rules_challenge_title(c)));
		json_reasons(j, s, &d->challenges[c].out, m);
		json_end_object(j);
	}
	json_end_array(j);
}

static void
json_actions(struct json *j, const struct situation *s, const struct plan *p,
	     const struct figure_map *m)
{
	json_key(j, "actions");
	json_begin_array(j);
	for (int i = 0; i < p->n; i++) {
		const struct action_def *a = catalog_get((enum action_id)p->items[i].action);

		json_begin_object(j);
		json_key(j, "id");
		json_string(j, a->id);
		json_key(j, "priority");
		json_int(j, p->items[i].out.score);
		json_key(j, "title");
		json_string(j, i18n_agree(s, a->title));
		json_reasons(j, s, &p->items[i].out, m);
		json_key(j, "steps");
		json_begin_array(j);
		for (int k = 0; k < p->items[i].nsteps; k++)
			json_string(j, i18n_agree(s, p->items[i].steps[k]));
		json_end_array(j);
		json_key(j, "conditions");
		json_bool(j, a->conditions);
		json_end_object(j);
	}
	json_end_array(j);
}

static void
json_data(struct json *j, const struct diag_facts *f, const struct figure_map *m)
{
	json_key(j, "data");
	json_begin_array(j);
	for (int i = 0; i < m->n; i++) {
		const struct market_figure *x = NULL;
		double t;

		for (int slot = 0; slot < DIAG_FIG__COUNT; slot++)
			if (m->index[slot] == i)
				x = &f->figures[slot];
		if (x == NULL)
			continue;
		json_begin_object(j);
		json_key(j, "rome");
		json_string(j, x->rome);
		json_key(j, "level");
		json_string(j, level_name(x->level));
		json_key(j, "area");
		json_string(j, x->area);
		json_key(j, "offers");
		if (x->offers >= 0) json_int(j, x->offers); else json_null(j);
		json_key(j, "candidates");
		if (x->candidates >= 0) json_int(j, x->candidates); else json_null(j);
		json_key(j, "tension");
		t = market_tension(x);
		if (t >= 0) json_double(j, t); else json_null(j);
		json_key(j, "source");
		json_string(j, export_source_name(x->source));
		json_key(j, "year");
		json_int(j, x->year);
		json_key(j, "example");
		json_bool(j, x->example);
		if (x->sheet[0] != '\0') {
			json_key(j, "sheet");
			json_string(j, x->sheet);
		}
		json_end_object(j);
	}
	json_end_array(j);
}

/* The end of one JSON line. */
static int
json_line_end(struct json *j, FILE *fp, struct tr_err *e)
{
	putc('\n', fp);
	if (json_finish(j) < 0 || fflush(fp) != 0)
		return err_set(e, "%s", _("could not write the JSON output"));
	return 0;
}

int
export_json_error(FILE *fp, const char *file, const char *message,
		  struct tr_err *e)
{
	struct json j;

	json_init(&j, fp);
	json_begin_object(&j);
	json_key(&j, "file");
	json_string(&j, file);
	json_key(&j, "error");
	json_string(&j, message);
	json_end_object(&j);
	return json_line_end(&j, fp, e);
}

int
export_json(FILE *fp, const struct situation *s, const struct diag_facts *f,
	    const struct diag *d, const struct plan *p, struct tr_err *e)
{
	return export_json_file(fp, NULL, s, f, d, p, e);
}

int
export_json_file(FILE *fp, const char *file, const struct situation *s,
		 const struct diag_facts *f, const struct diag *d,
		 const struct plan *p, struct tr_err *e)
{
	struct figure_map m;
	struct json j;
	uint64_t missing = d->missing | p->missing;

	m.n = 0;
	for (int i = 0; i < DIAG_FIG__COUNT; i++)
		m.index[i] = -1;
	use_figure(&m, f, diag_market_figure(s, f));
	for (int c = 0; c < CHALLENGE__COUNT; c++)
		use_figures_of(&m, f, &d->challenges[c].out);
	for (int i = 0; i < p->n; i++)
		use_figures_of(&m, f, &p->items[i].out);

	json_init(&j, fp);
	json_begin_object(&j);
	if (file != NULL) {
		json_key(&j, "file");
		json_string(&j, file);
	}
	json_key(&j, "main_challenge");
	json_string(&j, challenge_id(d->main));
	json_key(&j, "score");
	json_int(&j, d->score);
	json_challenges(&j, s, d, &m);
	json_key(&j, "topics");
	json_begin_object(&j);
	for (int t = 0; t < TOPIC__COUNT; t++) {
		json_key(&j, diag_topic_name((enum diag_topic)t));
		json_string(&j, diag_status_name(d->topics[t]));
	}
	json_end_object(&j);
	json_actions(&j, s, p, &m);
	json_key(&j, "missing");
	json_begin_array(&j);
	for (int k = 0; k < SIT__COUNT; k++)
		if ((missing >> k) & 1)
			json_string(&j, situation_key_name((enum sit_key)k));
	json_end_array(&j);
	json_key(&j, "self_diagnosis_match");
	if (d->self_match < 0)
		json_null(&j);
	else
		json_bool(&j, d->self_match);
	json_data(&j, f, &m);
	json_end_object(&j);
	return json_line_end(&j, fp, e);
}
