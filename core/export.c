/* export.c - the text export of one diagnosis (the JSON object is in
 * export-json.c, the facts in words in export-facts.c). */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "catalog.h"
#include "export.h"
#include "export-private.h"
#include "i18n.h"
#include "interview.h"
#include "json.h"
#include "text.h"


/* ---- ASCII transliteration ------------------------------------------- */

/* U+00C0..U+00FF; '\0' marks the two-letter cases handled below. */
static const char latin1_ascii[] =
	"AAAAAA\0CEEEEIIIIDNOOOOOxOUUUUY\0\0aaaaaa\0ceeeeiiiidnooooo/ouuuuy\0y";

static const struct {
	unsigned long cp;
	const char *ascii;
} symbols[] = {
	{ 0xA0, " " }, { 0xAB, "\"" }, { 0xBB, "\"" }, { 0xB0, "o" },
	{ 0xC6, "AE" }, { 0xDE, "Th" }, { 0xDF, "ss" }, { 0xE6, "ae" }, { 0xFE, "th" },
	{ 0x152, "OE" }, { 0x153, "oe" }, { 0x178, "Y" },
	{ 0x2009, " " }, { 0x202F, " " }, { 0x2010, "-" }, { 0x2011, "-" },
	{ 0x2013, "-" }, { 0x2014, "-" }, { 0x2018, "'" }, { 0x2019, "'" },
	{ 0x201C, "\"" }, { 0x201D, "\"" }, { 0x2022, "*" }, { 0x2026, "..." },
	{ 0x20AC, "EUR" }, { 0x2192, "->" },
};

static const char *
ascii_of(unsigned long cp, char *one)
{
	for (size_t i = 0; i < sizeof symbols / sizeof symbols[0]; i++)
		if (symbols[i].cp == cp)
			return symbols[i].ascii;
	one[1] = '\0';
	if (cp >= 0xC0 && cp <= 0xFF && latin1_ascii[cp - 0xC0] != '\0') {
		one[0] = latin1_ascii[cp - 0xC0];
		return one;
	}
	if (cp >= 0x100 && cp <= 0x17F) {
		/* Latin Extended-A: pairs of upper/lower case letters. */
		static const char base[] =
			"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi"
			"\0\0JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo\0\0RrRrRrSsSsSsSs"
			"TtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

		one[0] = base[cp - 0x100];
		if (one[0] != '\0')
			return one;
	}
	return "?";
}

size_t
export_ascii(const char *in, char *out, size_t len)
{
	const unsigned char *p = (const unsigned char *)in;
	size_t n = 0;

	if (len == 0)
		return 0;
	while (*p != '\0') {
		char one[2];
		const char *a;
		size_t used, alen;
		unsigned long cp = text_decode((const char *)p, &used);

		if (cp < 0x80) {
			one[0] = (char)cp;
			one[1] = '\0';
			a = one;
		} else {
			a = ascii_of(cp, one);
		}
		alen = strlen(a);
		if (n + alen >= len)
			break;
		memcpy(out + n, a, alen);
		n += alen;
		p += used;
	}
	out[n] = '\0';
	return n;
}

/* ---- wrapped output ---------------------------------------------------- */

static void
put_line(struct out *o, const char *line)
{
	char a[LINE_MAX_BYTES];
	size_t n = strlen(line);

	if (o->ascii) {
		export_ascii(line, a, sizeof a);
		line = a;
		n = strlen(a);
	}
	while (n > 0 && line[n - 1] == ' ')
		n--;
	fwrite(line, 1, n, o->fp);
	putc('\n', o->fp);
	o->lines++;
}

/* Bytes of the longest prefix of WORD (LEN bytes) that fits in COLS columns. */
static size_t
fit_bytes(const char *word, size_t len, size_t cols)
{
	size_t i = 0, w = 0;

	while (i < len) {
		size_t used;

		text_decode(word + i, &used);
		if (w + 1 > cols)
			break;
		i += used;
		w++;
	}
	return i > 0 ? i : (len > 0 ? 1 : 0);
}

static size_t
width_of(const char *s, size_t len)
{
	char tmp[LINE_MAX_BYTES];

	if (len >= sizeof tmp)
		len = sizeof tmp - 1;
	memcpy(tmp, s, len);
	tmp[len] = '\0';
	return text_width(tmp);
}

struct line {
	char buf[LINE_MAX_BYTES];
	size_t len, cols;
	int empty;                    /* no word on it yet */
};

static void
line_start(struct line *l, const char *prefix)
{
	snprintf(l->buf, sizeof l->buf, "%s", prefix);
	l->len = strlen(l->buf);
	l->cols = text_width(l->buf);
	l->empty = 1;
}

static void
line_add(struct line *l, const char *w, size_t n, size_t cols)
{
	if (!l->empty && l->len + 1 < sizeof l->buf) {
		l->buf[l->len++] = ' ';
		l->cols++;
	}
	if (l->len + n >= sizeof l->buf)
		n = sizeof l->buf - l->len - 1;
	memcpy(l->buf + l->len, w, n);
	l->len += n;
	l->buf[l->len] = '\0';
	l->cols += cols;
	l->empty = 0;
}

/* After a word ending at P, the French " :", " ;", " ?", " !" and " »"
 * stay with it: a line never starts with them. Returns the new end. */
static const char *
glue_punctuation(const char *p)
{
	size_t n = 0;

	if (p[0] != ' ')
		return p;
	if (strchr(":;?!", p[1]) != NULL && p[1] != '\0')
		n = 1;
	else if ((unsigned char)p[1] == 0xC2 && (unsigned char)p[2] == 0xBB)
		n = 2;
	if (n > 0 && (p[1 + n] == '\0' || p[1 + n] == ' ' || p[1 + n] == '\n'))
		return p + 1 + n;
	return p;
}

/* TEXT wrapped at the width: the first line starts with FIRST, the next
 * ones with REST. A word longer than a line is cut. '\n' breaks a line. */
static void
para(struct out *o, const char *first, const char *rest, const char *text)
{
	char ascii[LINE_MAX_BYTES];
	struct line l;
	const char *p;

	if (o->ascii) {
		export_ascii(text, ascii, sizeof ascii);
		text = ascii;
	}
	line_start(&l, first);
	for (p = text; *p != '\0';) {
		const char *w;
		size_t wl, ww;

		if (*p == ' ') {
			p++;
			continue;
		}
		if (*p == '\n') {
			put_line(o, l.buf);
			line_start(&l, rest);
			p++;
			continue;
		}
		for (w = p; *p != '\0' && *p != ' ' && *p != '\n'; p++)
			;
		p = glue_punctuation(p);
		wl = (size_t)(p - w);
		ww = width_of(w, wl);
		if (!l.empty && l.cols + 1 + ww > o->width) {
			put_line(o, l.buf);
			line_start(&l, rest);
		}
		while (l.cols + ww > o->width) {
			size_t room = o->width > l.cols ? o->width - l.cols : 1;
			size_t take = fit_bytes(w, wl, room);
			size_t tw = width_of(w, take);

			line_add(&l, w, take, tw);
			put_line(o, l.buf);
			line_start(&l, rest);
			w += take;
			wl -= take;
			ww -= tw;
		}
		if (wl > 0)
			line_add(&l, w, wl, ww);
	}
	if (!l.empty || text[0] == '\0')
		put_line(o, l.buf);
}

static void
blank(struct out *o)
{
	putc('\n', o->fp);
	o->lines++;
}

void
export_para(struct out *o, const char *first, const char *rest, const char *text)
{
	para(o, first, rest, text);
}

void
export_blank(struct out *o)
{
	blank(o);
}

static void
heading(struct out *o, const char *title)
{
	char line[LINE_MAX_BYTES];

	blank(o);
	snprintf(line, sizeof line, "== %s ==", title);
	para(o, "", "", line);
}
/* ---- facts in words --------------------------------------------------- */

static void
reasons(struct out *o, const struct rule_out *r, const struct diag_facts *f,
	const char *first, const char *rest)
{
	char buf[LINE_MAX_BYTES];
	char rest2[32];

	snprintf(rest2, sizeof rest2, "%s  ", rest);
	for (int i = 0; i < r->nreasons; i++) {
		const struct rule_reason *rr = &r->reasons[i];

		para(o, first, rest, i18n_agree(o->sit, rr->text));
		for (int k = 0; k < rr->nfacts; k++)
			para(o, rest2, rest2, export_fact_text(&rr->facts[k], o->sit, f, buf,
							       sizeof buf));
	}
}

/* ---- the text export ------------------------------------------------- */

static void
answers(struct out *o, const struct situation *s, const struct diag_facts *f)
{
	char value[256], line[LINE_MAX_BYTES];
	int n = 0;

	heading(o, _("Your answers"));
	for (int k = 0; k < SIT__COUNT; k++) {
		if (!SIT_HAS(s, k))
			continue;
		/* TRANSLATORS: an answer in the summary: "Highest diploma: CAP or BEP". */
		interview_answer_label(s, (enum sit_key)k, value, sizeof value);
		/* The names beside the codes of the job group and the
		 * département, when the data has them. */
		if (k == SIT_JOB_TITLE)
			continue;   /* written with the job */
		if (k == SIT_JOB && f->has_job && strcmp(f->job.code, s->job) == 0) {
			size_t used = strlen(value);

			if (SIT_HAS(s, SIT_JOB_TITLE))
				/* TRANSLATORS: a chosen job title, then its group
				 * and code: "Baker (Boulangerie, D1102)". */
				snprintf(value + used, sizeof value - used, _(" (%1$s, %2$s)"),
					 f->job.name, f->job.code);
			else
				snprintf(value + used, sizeof value - used, " %s", f->job.name);
		} else if (k == SIT_DEPARTEMENT && f->has_departement &&
			   strcmp(f->departement.code, s->departement) == 0) {
			size_t used = strlen(value);

			snprintf(value + used, sizeof value - used, " %s", f->departement.name);
		}
		snprintf(line, sizeof line, _("%s: %s"), interview_key_title((enum sit_key)k), value);
		para(o, "  ", "    ", line);
		n++;
	}
	if (n == 0)
		para(o, "  ", "  ", _("No answers yet."));
}

static const char *
challenge_status_text(int c, enum diag_status st)
{
	if (st == DIAG_UNKNOWN)
		return _("not known yet");
	if (c == CHALLENGE_BRAVO)
		st = st == DIAG_STRENGTH ? DIAG_NEED : DIAG_STRENGTH;
	return st == DIAG_NEED ? _("applies") : _("does not apply");
}

static const char *
topic_status_text(enum diag_status st)
{
	switch (st) {
	case DIAG_NEED: return _("to work on");
	case DIAG_STRENGTH: return _("a strength");
	default: return _("not known yet");
	}
}

static void
missing_keys(struct out *o, uint64_t missing, const char *label)
{
	char line[LINE_MAX_BYTES];
	size_t n;

	if (missing == 0)
		return;
	blank(o);
	n = (size_t)snprintf(line, sizeof line, "%s", label);
	for (int k = 0; k < SIT__COUNT && n < sizeof line; k++)
		if ((missing >> k) & 1)
			n += (size_t)snprintf(line + n, sizeof line - n, " %s,",
					      interview_key_title((enum sit_key)k));
	if (n < sizeof line && n > 0 && line[n - 1] == ',')
		line[n - 1] = '.';
	para(o, "", "  ", line);
}

static void
self_diagnosis(struct out *o, const struct situation *s, const struct diag *d)
{
	char line[LINE_MAX_BYTES];

	if (d->self_match < 0)
		return;
	snprintf(line, sizeof line, _("You thought the main challenge was: %s."),
		 i18n_agree(s, rules_challenge_title(s->self_diagnosis)));
	blank(o);
	para(o, "", "", line);
	para(o, "", "", d->self_match ? _("The diagnosis agrees with you.")
	     : _("The diagnosis finds another challenge first; both are worth reading."));
}

static void
diagnosis(struct out *o, const struct situation *s, const struct diag_facts *f,
	  const struct diag *d)
{
	char line[LINE_MAX_BYTES];

	heading(o, _("Your diagnosis"));
	snprintf(line, sizeof line, _("Score: %d/100 (100: nothing holds your search back)."), d->score);
	para(o, "", "", line);
	snprintf(line, sizeof line, _("Main challenge: %s."), i18n_agree(s, rules_challenge_title(d->main)));
	para(o, "", "  ", line);
	reasons(o, &d->challenges[d->main].out, f, "  - ", "    ");
	blank(o);
	para(o, "", "", _("Every challenge, in the order they are checked:"));
	for (int c = 0; c < CHALLENGE__COUNT; c++) {
		const struct diag_challenge *ch = &d->challenges[c];

		snprintf(line, sizeof line, _("%s: %s"), i18n_agree(s, rules_challenge_title(c)),
			 challenge_status_text(c, ch->status));
		para(o, "* ", "  ", line);
		if (c == d->main)
			para(o, "  ", "  ", _("(the main challenge: its reasons are above)"));
		else
			reasons(o, &ch->out, f, "  - ", "    ");
	}
	blank(o);
	para(o, "", "", _("Topics:"));
	for (int t = 0; t < TOPIC__COUNT; t++) {
		snprintf(line, sizeof line, _("%s: %s"), _(diag_topic_title((enum diag_topic)t)),
			 topic_status_text(d->topics[t]));
		para(o, "  ", "    ", line);
	}
	self_diagnosis(o, s, d);
}

#define ACT "        "   /* indent under "[ ]  1. " */

static void
action(struct out *o, int rank, const struct plan_item *it, const struct diag_facts *f,
       const struct plan_mark *m)
{
	const struct action_def *a = catalog_get((enum action_id)it->action);
	char line[LINE_MAX_BYTES], first[32];

	blank(o);
	snprintf(first, sizeof first, "[%c] %2d. ", m != NULL && m->done ? 'x' : ' ', rank);
	para(o, first, ACT, i18n_agree(o->sit, a->title));
	if (m != NULL && m->chosen && m->when != PLAN_WHEN_UNSET) {
		snprintf(line, sizeof line, _("I will do it: %s"), plan_when_label(m->when));
		para(o, ACT, ACT, line);
	} else if (m != NULL && m->chosen) {
		para(o, ACT, ACT, _("I will do it."));
	}
	if (m != NULL && m->note[0] != '\0') {
		export_note_line(line, sizeof line, o->adviser, m->note);
		para(o, ACT, ACT "  ", line);
	}
	if (a->summary != NULL)
		para(o, ACT, ACT, i18n_agree(o->sit, a->summary));
	para(o, ACT, ACT, _("Why:"));
	reasons(o, &it->out, f, ACT "- ", ACT "  ");
	para(o, ACT, ACT, _("Steps:"));
	for (int i = 0; i < it->nsteps; i++)
		para(o, ACT "[ ] ", ACT "    ", i18n_agree(o->sit, it->steps[i]));
	if (a->conditions)
		para(o, ACT, ACT, _(catalog_conditions_note()));
	if (a->time != NULL) {
		snprintf(line, sizeof line, _("Time: %s"), _(a->time));
		para(o, ACT, ACT "  ", line);
	}
	if (a->help != NULL) {
		snprintf(line, sizeof line, _("Where to get help: %s"), _(a->help));
		para(o, ACT, ACT "  ", line);
	}
}

static void
plan(struct out *o, const struct plan *p, const struct diag_facts *f,
     const struct export_options *opt)
{
	int rank = 0, others = 0;

	heading(o, _("Your action plan"));
	if (p->nproposed == 0)
		para(o, "", "", _("No action is proposed from these answers."));
	else
		para(o, "", "", _("Tick what you will do, and when."));
	/* The proposed actions, then those the person chose among the others. */
	for (int i = 0; i < p->n; i++) {
		const struct plan_mark *m = plan_find_mark(opt->marks, opt->nmarks,
							   p->items[i].action);

		if (i < p->nproposed || (m != NULL && m->chosen))
			action(o, ++rank, &p->items[i], f, m);
		else
			others++;
	}
	if (others > 0) {
		blank(o);
		para(o, "", "", _("Also available if you ask:"));
		for (int i = p->nproposed; i < p->n; i++) {
			const struct plan_mark *m = plan_find_mark(opt->marks, opt->nmarks,
								   p->items[i].action);

			if (m == NULL || !m->chosen)
				para(o, "  - ", "    ",
				     i18n_agree(o->sit, catalog_get((enum action_id)p->items[i].action)->title));
		}
	}
}

int
export_text(FILE *fp, const struct situation *s, const struct diag_facts *f,
	    const struct diag *d, const struct plan *p,
	    const struct export_options *opt, struct tr_err *e)
{
	struct out o;
	char line[LINE_MAX_BYTES];

	export_out_init(&o, fp, s, opt);
	para(&o, "", "", _("Tremplin: your job search diagnosis and action plan"));
	snprintf(line, sizeof line, _("Date: %s"), opt->date ? opt->date : "");
	para(&o, "", "", line);
	export_made_by(&o, opt);
	answers(&o, s, f);
	diagnosis(&o, s, f, d);
	missing_keys(&o, d->missing | p->missing,
		     _("Answers that could change this diagnosis or plan:"));
	plan(&o, p, f, opt);
	if (opt->meeting_note != NULL && opt->meeting_note[0] != '\0') {
		blank(&o);
		export_meeting_line(line, sizeof line, opt->meeting_note);
		para(&o, "", "  ", line);
	}
	if (opt->resume_code != NULL) {
		blank(&o);
		snprintf(line, sizeof line, _("Resume code (to continue later or with an adviser): %s"),
			 opt->resume_code);
		para(&o, "", "  ", line);
	}
	blank(&o);
	para(&o, "", "", _("This is advice, not a decision: you choose what to do. The services named here set their own conditions, which change; ask them or your adviser."));
	if (fflush(fp) != 0 || ferror(fp))
		return err_set(e, "%s", _("could not write the export"));
	return 0;
}
