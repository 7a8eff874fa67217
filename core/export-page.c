/* export-page.c - what the exports say of a meeting with an adviser: who
 * made the plan, the adviser's notes, and the one-page summary of the
 * meeting (export_page, see export.h). The page is written in three
 * blocks (the head, the notes, the tail) to memory first, so that the
 * notes can be cut to what the page has room for. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "export.h"
#include "export-private.h"
#include "i18n.h"
#include "rules.h"

#define PAGE_ACTIONS 3

void
export_out_init(struct out *o, FILE *fp, const struct situation *s,
		const struct export_options *opt)
{
	memset(o, 0, sizeof *o);
	o->fp = fp;
	o->ascii = opt->ascii;
	o->width = opt->width > 0 ? (size_t)opt->width : EXPORT_WIDTH;
	o->sit = s;
	o->adviser = opt->adviser;
}

void
export_made_by(struct out *o, const struct export_options *opt)
{
	char line[LINE_MAX_BYTES];

	if (opt->agency != NULL && opt->agency[0] != '\0') {
		/* TRANSLATORS: %s is the name of the agency (a kiosk's). */
		snprintf(line, sizeof line, _("Agency: %s"), opt->agency);
		export_para(o, "", "", line);
	}
	if (opt->adviser_name != NULL && opt->adviser_name[0] != '\0') {
		/* TRANSLATORS: %s is the adviser's name (the configuration's
		 * adviser_name), on the export of a meeting. */
		snprintf(line, sizeof line, _("Adviser: %s"), opt->adviser_name);
		export_para(o, "", "", line);
	}
}

const char *
export_note_line(char *buf, size_t len, int adviser, const char *note)
{
	if (adviser)
		/* TRANSLATORS: a note the adviser wrote on an action, in adviser
		 * mode; %s is the note. */
		snprintf(buf, len, _("Adviser's note: %s"), note);
	else
		snprintf(buf, len, _("Note: %s"), note);
	return buf;
}

const char *
export_meeting_line(char *buf, size_t len, const char *note)
{
	/* TRANSLATORS: the adviser's note on the whole meeting; %s is the
	 * note. */
	snprintf(buf, len, _("Adviser's note on the meeting: %s"), note);
	return buf;
}

/* ---- the page ----------------------------------------------------------- */

/* The plan items of the page: those chosen (or done) first, in the order
 * of the plan, then the proposed ones; their indexes into OUT. */
static int
page_items(const struct plan *p, const struct export_options *opt, int *out)
{
	int n = 0;

	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < p->n && n < PAGE_ACTIONS; i++) {
			const struct plan_mark *m = plan_find_mark(opt->marks, opt->nmarks,
								   p->items[i].action);
			int chosen = m != NULL && (m->chosen || m->done);

			if (pass == 0 ? chosen : (!chosen && i < p->nproposed))
				out[n++] = i;
		}
	return n;
}

/* Whether and when the person will do the action of mark M (may be NULL). */
static const char *
page_when(const struct plan_mark *m, char *buf, size_t len)
{
	if (m != NULL && m->done)
		snprintf(buf, len, "%s", _("Done."));
	else if (m != NULL && m->chosen && m->when != PLAN_WHEN_UNSET)
		snprintf(buf, len, _("I will do it: %s"), plan_when_label(m->when));
	else if (m != NULL && m->chosen)
		snprintf(buf, len, "%s", _("I will do it."));
	else
		/* TRANSLATORS: on the one-page summary, an action proposed that
		 * the person has not ticked. */
		snprintf(buf, len, "%s", _("Not chosen yet."));
	return buf;
}

static void
page_head(struct out *o, const struct situation *s, const struct diag *d,
	  const struct plan *p, const struct export_options *opt)
{
	char line[LINE_MAX_BYTES], first[16];
	int items[PAGE_ACTIONS], n = page_items(p, opt, items);

	export_para(o, "", "", _("Tremplin: summary of the meeting"));
	snprintf(line, sizeof line, _("Date: %s"), opt->date ? opt->date : "");
	export_para(o, "", "", line);
	export_made_by(o, opt);
	export_blank(o);
	snprintf(line, sizeof line, _("Main challenge: %s."),
		 i18n_agree(s, rules_challenge_title(d->main)));
	export_para(o, "", "  ", line);
	export_blank(o);
	export_para(o, "", "", n > 0 ? _("The first actions:") :
		    _("No action is proposed from these answers."));
	for (int i = 0; i < n; i++) {
		const struct plan_item *it = &p->items[items[i]];
		const struct plan_mark *m = plan_find_mark(opt->marks, opt->nmarks, it->action);

		snprintf(first, sizeof first, "%d. ", i + 1);
		export_para(o, first, "   ", i18n_agree(s, catalog_get((enum action_id)it->action)->title));
		export_para(o, "   ", "   ", page_when(m, line, sizeof line));
	}
}

static void
page_notes(struct out *o, const struct situation *s, const struct plan *p,
	   const struct export_options *opt)
{
	char line[LINE_MAX_BYTES], note[LINE_MAX_BYTES];
	int any = opt->meeting_note != NULL && opt->meeting_note[0] != '\0';

	for (int i = 0; i < opt->nmarks; i++)
		any |= opt->marks[i].note[0] != '\0';
	if (!any)
		return;
	export_blank(o);
	if (opt->meeting_note != NULL && opt->meeting_note[0] != '\0')
		export_para(o, "", "  ", export_meeting_line(line, sizeof line, opt->meeting_note));
	for (int i = 0; i < p->n; i++) {
		const struct plan_mark *m = plan_find_mark(opt->marks, opt->nmarks,
							   p->items[i].action);

		if (m == NULL || m->note[0] == '\0')
			continue;
		snprintf(line, sizeof line, _("%s: %s"),
			 i18n_agree(s, catalog_get((enum action_id)p->items[i].action)->title),
			 export_note_line(note, sizeof note, o->adviser, m->note));
		export_para(o, "- ", "  ", line);
	}
}

static void
page_tail(struct out *o, const struct export_options *opt)
{
	char line[LINE_MAX_BYTES];

	if (opt->resume_code != NULL) {
		export_blank(o);
		snprintf(line, sizeof line,
			 _("Resume code (to continue later or with an adviser): %s"),
			 opt->resume_code);
		export_para(o, "", "  ", line);
	}
	export_blank(o);
	export_para(o, "", "", _("This is advice, not a decision: you choose what to do. The services named here set their own conditions, which change; ask them or your adviser."));
}

/* A block of the page in memory. */
struct block {
	char *text;
	size_t len;
	int lines;
};

static int
block_open(struct block *b, struct out *o, const struct situation *s,
	   const struct export_options *opt)
{
	memset(b, 0, sizeof *b);
	export_out_init(o, open_memstream(&b->text, &b->len), s, opt);
	return o->fp != NULL ? 0 : -1;
}

static int
block_close(struct block *b, struct out *o)
{
	b->lines = o->lines;
	return fclose(o->fp) == 0 && b->text != NULL ? 0 : -1;
}

/* The first MAX lines of B to FP. */
static void
block_put(FILE *fp, const struct block *b, int max)
{
	const char *p = b->text;

	for (int i = 0; i < max && p != NULL && *p != '\0'; i++) {
		const char *nl = strchr(p, '\n');
		size_t n = nl != NULL ? (size_t)(nl - p) + 1 : strlen(p);

		fwrite(p, 1, n, fp);
		p += n;
	}
}

static int
page_write(FILE *fp, struct block *b, const struct situation *s,
	   const struct export_options *opt)
{
	int room = EXPORT_PAGE_LINES - b[0].lines - b[2].lines;
	struct out o;

	if (room < 0) {
		b[0].lines += room;
		room = 0;
	}
	block_put(fp, &b[0], b[0].lines);
	if (b[1].lines <= room) {
		block_put(fp, &b[1], b[1].lines);
	} else if (room > 0) {
		block_put(fp, &b[1], room - 1);
		export_out_init(&o, fp, s, opt);
		/* TRANSLATORS: the last line of notes cut short on the
		 * one-page summary. */
		export_para(&o, "", "", _("[...] The notes go on in the full plan."));
	}
	block_put(fp, &b[2], b[2].lines);
	return 0;
}

int
export_page(FILE *fp, const struct situation *s, const struct diag *d,
	    const struct plan *p, const struct export_options *opt,
	    struct tr_err *e)
{
	struct block b[3];
	struct out o[3];
	int bad = 0;

	for (int i = 0; i < 3; i++)
		if (block_open(&b[i], &o[i], s, opt) < 0)
			bad = 1;
	if (!bad) {
		page_head(&o[0], s, d, p, opt);
		page_notes(&o[1], s, p, opt);
		page_tail(&o[2], opt);
	}
	for (int i = 0; i < 3; i++)
		if (o[i].fp != NULL && block_close(&b[i], &o[i]) < 0)
			bad = 1;
	if (!bad)
		page_write(fp, b, s, opt);
	for (int i = 0; i < 3; i++)
		free(b[i].text);
	if (bad)
		return err_set(e, "%s", _("Out of memory: the page cannot be written."));
	if (fflush(fp) != 0 || ferror(fp))
		return err_set(e, "%s", _("could not write the export"));
	return 0;
}
