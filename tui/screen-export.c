/* screen-export.c - "Keep your plan": the text export (core's export_text
 * with the plan marks, the resume code and the date) saved to a file the
 * person names, sent to the print command of --print-command, or shown on
 * the screen. An existing file is replaced only after a yes. In adviser
 * mode the one-page summary of the meeting is offered the same three
 * ways, with the note on the meeting and the language of the export. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export-ui.h"
#include "i18n.h"
#include "screen-common.h"
#include "ui-dialog.h"
#include "ui-draw.h"
#include "ui-list.h"
#include "ui-text.h"
#include "wizard.h"

enum choice {
	CHOICE_FILE, CHOICE_PRINT, CHOICE_SHOW,
	/* Adviser mode only. */
	CHOICE_PAGE_FILE, CHOICE_PAGE_PRINT, CHOICE_PAGE_SHOW, CHOICE_NOTE, CHOICE_LANG,
	CHOICE__COUNT
};
enum mode { MODE_MENU, MODE_FILE, MODE_CONFIRM, MODE_VIEW, MODE_NOTE };

struct ex {
	const struct pipeline *r;   /* the wizard's diagnosis (wizard_result) */
	struct ui_list list;
	enum choice choices[CHOICE__COUNT];
	enum mode mode;
	struct ui_field field;
	struct ui_text text;
	int field_row;
	char path[UI_FIELD_MAX + 256];  /* the file asked about (expanded) */
	struct wizard *wiz;           /* for the labels, when drawing the list */
};

static const char *
choice_label(const struct wizard *w, enum choice c, char *buf, size_t len)
{
	const char *lang = export_ui_lang(w);

	switch (c) {
	case CHOICE_FILE: return _("Save it in a file");
	case CHOICE_PRINT: return _("Print it");
	case CHOICE_SHOW: return _("Show it on the screen");
	/* TRANSLATORS: the choices of the export screen in adviser mode;
	 * at most 70 cells with what follows them. */
	case CHOICE_PAGE_FILE: return _("Save the one-page summary in a file");
	case CHOICE_PAGE_PRINT: return _("Print the one-page summary");
	case CHOICE_PAGE_SHOW: return _("Show the one-page summary");
	case CHOICE_NOTE:
		/* TRANSLATORS: %s is the note, cut to fit. */
		snprintf(buf, len, _("Note on the meeting: %s"),
			 w->meeting_note[0] != '\0' ? w->meeting_note : _("(no note)"));
		return buf;
	default:
		/* TRANSLATORS: %s is a language named in itself ("English"). */
		snprintf(buf, len, _("Language of the export: %s"),
			 wizard_language_name(lang != NULL ? lang : screen_ui_lang()));
		return buf;
	}
}

static void
draw_choice(const struct ui_list *l, int i, int y, int x, int w, int focused)
{
	const struct ex *e = l->arg;
	char buf[EXPORT_MEETING_NOTE_MAX + 128];

	ui_list_numbered(i, y, x, w, focused,
			 choice_label(e->wiz, e->choices[i], buf, sizeof buf));
}

static int
kiosk_of(const struct screen *s)
{
	return s->wiz->opts->mode == WIZARD_KIOSK;
}

static int
adviser_of(const struct screen *s)
{
	return s->wiz->opts->mode == WIZARD_ADVISER;
}

/* The adviser's choices after the plan's. */
static int
adviser_choices(struct screen *s, struct ex *e, int n)
{
	if (!adviser_of(s))
		return n;
	e->choices[n++] = CHOICE_PAGE_FILE;
	if (export_ui_print_command(s->wiz) != NULL)
		e->choices[n++] = CHOICE_PAGE_PRINT;
	e->choices[n++] = CHOICE_PAGE_SHOW;
	e->choices[n++] = CHOICE_NOTE;
	e->choices[n++] = CHOICE_LANG;
	return n;
}

static int
exportview_open(struct screen *s)
{
	struct ex *e = calloc(1, sizeof *e);
	int n = 0;

	if (e == NULL)
		return -1;
	e->r = wizard_result(s->wiz);
	if (e->r == NULL) {
		free(e);
		return -1;
	}
	/* A kiosk saves only into its folder, under a name it makes. */
	if (!kiosk_of(s) || s->wiz->opts->export_folder != NULL)
		e->choices[n++] = CHOICE_FILE;
	if (export_ui_print_command(s->wiz) != NULL)
		e->choices[n++] = CHOICE_PRINT;
	e->choices[n++] = CHOICE_SHOW;
	e->wiz = s->wiz;
	e->list.n = adviser_choices(s, e, n);
	e->list.draw_item = draw_choice;
	e->list.arg = e;
	e->list.cursor_col = 2;
	e->mode = MODE_MENU;
	s->state = e;
	return 0;
}

static void
exportview_close(struct screen *s)
{
	struct ex *e = s->state;

	if (e != NULL)
		ui_text_clear(&e->text);
	free(e);
}

static const struct ui_hint menu_hints[] = {
	{ REQ_NEXT, N_("Choose") }, { REQ_UP, NULL }, { REQ_BACK, N_("Back to the plan") },
	{ REQ_HELP, NULL }, { REQ_QUIT, NULL },
};
static const struct ui_hint file_hints[] = {
	{ REQ_NEXT, N_("Save") }, { REQ_BACK, N_("Cancel") }, { REQ_ERASE, N_("Erase") },
	{ REQ_HELP, NULL },
};
static const struct ui_hint note_hints[] = {
	{ REQ_NEXT, N_("Keep the note") }, { REQ_BACK, N_("Cancel") }, { REQ_ERASE, N_("Erase") },
	{ REQ_HELP, NULL },
};
static const struct ui_hint confirm_hints[] = {
	{ REQ_BACK, N_("Keep it") }, { REQ_HELP, NULL },
};
static const struct ui_hint view_hints[] = {
	{ REQ_BACK, N_("Back") }, { REQ_UP, N_("Scroll") }, { REQ_PGUP, N_("Page") },
	{ REQ_HELP, NULL }, { REQ_QUIT, NULL },
};

static void
draw_confirm(struct ex *e)
{
	char line[UI_FIELD_MAX + 512];
	int x = screen_left(), w = screen_width();

	snprintf(line, sizeof line, _("%s already exists. Replace it?"), e->path);
	ui_wrap(e->field_row + 2, x, w, 2, CLR_ERROR, line, 1);
	/* TRANSLATORS: the keys that answer the question; %s are the letters
	 * of "y" and "n". */
	snprintf(line, sizeof line, _("%s: yes, replace it    %s: no, keep it"), _("y"), _("n"));
	ui_put(e->field_row + 4, x, w, CLR_NORMAL, line);
	ui_cursor(e->field_row + 2, x);
}

static void
draw_file(struct ex *e)
{
	int x = screen_left(), w = screen_width();
	char line[256];

	if (e->mode == MODE_NOTE)
		/* TRANSLATORS: %s is the key that keeps the note (Enter). */
		snprintf(line, sizeof line, _("Note on the meeting (%s keeps it):"),
			 keys_label(REQ_NEXT));
	else
		/* TRANSLATORS: %s is the key that saves (Enter). */
		snprintf(line, sizeof line, _("Name of the file (%s saves it):"),
			 keys_label(REQ_NEXT));
	ui_put(e->field_row - 1, x, w, CLR_NORMAL, line);
	e->field.y = e->field_row;
	e->field.x = x;
	e->field.w = w;
	ui_field_draw(&e->field);
	if (e->mode == MODE_CONFIRM)
		draw_confirm(e);
}

static void
exportview_draw(struct screen *s)
{
	const struct ui_layout *l = ui_layout();
	struct ex *e = s->state;
	int x = screen_left(), w = screen_width(), y = l->top + 1;

	ui_erase_body();
	if (e->mode == MODE_VIEW) {
		ui_text_place(&e->text, y, x, w, l->bottom + 1 - y);
		ui_text_draw(&e->text);
		ui_hints(view_hints, UI_NHINTS(view_hints));
		return;
	}
	ui_put(y, x, w, CLR_QUESTION, _("Keep your plan"));
	y += 2;
	if (adviser_of(s))
		y += ui_wrap(y, x, w, 2, CLR_NOTE,
			     _("The whole plan, or one page for the meeting: main challenge, "
			       "first actions, notes and resume code."), 1);
	else
		y += ui_wrap(y, x, w, 3, CLR_NOTE,
			     _("As plain text: your answers, the diagnosis with its "
			       "reasons, and your plan with what you chose. It also "
			       "has a resume code to continue later."), 1);
	e->list.y = y + 1;
	e->list.x = x;
	e->list.w = w;
	e->list.h = e->list.n;
	ui_list_draw(&e->list);
	/* The adviser's longer list leaves one row less below it. */
	e->field_row = e->list.y + e->list.n + (adviser_of(s) ? 1 : 2);
	if (e->mode == MODE_NOTE) {
		draw_file(e);
		ui_hints(note_hints, UI_NHINTS(note_hints));
	} else if (e->mode == MODE_FILE || e->mode == MODE_CONFIRM) {
		draw_file(e);
		if (e->mode == MODE_CONFIRM)
			ui_hints(confirm_hints, UI_NHINTS(confirm_hints));
		else
			ui_hints(file_hints, UI_NHINTS(file_hints));
	} else {
		ui_hints(menu_hints, UI_NHINTS(menu_hints));
	}
}

static void
set_mode(struct screen *s, enum mode m)
{
	struct ex *e = s->state;

	e->mode = m;
	s->typing = m == MODE_FILE || m == MODE_NOTE;
	exportview_draw(s);
}

static void
save(struct screen *s, int overwrite)
{
	struct ex *e = s->state;
	struct tr_err err;
	char msg[UI_FIELD_MAX + 512];

	switch (export_ui_save(s->wiz, e->field.text, overwrite, e->path,
			       sizeof e->path, &err)) {
	case EXPORT_UI_EXISTS:
		set_mode(s, MODE_CONFIRM);
		return;
	case EXPORT_UI_FAIL:
		wizard_error(s->wiz, err.msg);
		set_mode(s, MODE_FILE);
		return;
	case EXPORT_UI_OK:
		snprintf(msg, sizeof msg, _("Saved in %s."), e->path);
		wizard_note(s->wiz, msg);
		set_mode(s, MODE_MENU);
		return;
	}
}

/* The kiosk's save: no name to type. */
static void
save_new(struct screen *s)
{
	struct tr_err err;
	char name[256], msg[512];

	if (export_ui_save_new(s->wiz, name, sizeof name, &err) != EXPORT_UI_OK) {
		wizard_error(s->wiz, err.msg);
		return;
	}
	snprintf(msg, sizeof msg, _("Your plan is saved as %s."), name);
	wizard_note(s->wiz, msg);
}

static void
print(struct screen *s)
{
	struct tr_err err;
	char msg[256];
	int st = export_ui_print(s->wiz, &err);

	/* A kiosk visitor reads a plain sentence; the command's own words
	 * are in the system log for the staff. */
	if (kiosk_of(s) && st != 0) {
		wizard_error(s->wiz, _("The printer did not answer: ask at the desk."));
	} else if (kiosk_of(s)) {
		wizard_note(s->wiz, _("Your plan is printing. Take it from the printer."));
	} else if (st < 0) {
		wizard_error(s->wiz, err.msg);
	} else if (st == 0) {
		wizard_note(s->wiz, _("Sent to the print command (it ended with status 0)."));
	} else {
		snprintf(msg, sizeof msg, _("The print command failed: it ended with status %d."), st);
		wizard_error(s->wiz, msg);
	}
}

static void
show(struct screen *s)
{
	struct ex *e = s->state;
	char *text = export_ui_text(s->wiz), *line, *next;

	if (text == NULL) {
		wizard_error(s->wiz, _("Out of memory: the plan cannot be shown."));
		return;
	}
	ui_text_clear(&e->text);
	for (line = text; *line != '\0'; line = next) {
		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		else
			next = line + strlen(line);
		ui_text_add(&e->text, CLR_NORMAL, 0, 0, line);
	}
	free(text);
	set_mode(s, MODE_VIEW);
}

/* The note being typed, into the wizard (saved with the session). */
static void
keep_note(struct screen *s, struct ex *e)
{
	size_t n = e->field.len;

	while (n > 0 && e->field.text[n - 1] == ' ')
		n--;
	if (n >= sizeof s->wiz->meeting_note)
		n = sizeof s->wiz->meeting_note - 1;
	memcpy(s->wiz->meeting_note, e->field.text, n);
	s->wiz->meeting_note[n] = '\0';
	s->wiz->dirty = 1;
}

/* An adviser's choice: 1 when C was one. */
static int
choose_adviser(struct screen *s, struct ex *e, enum choice c)
{
	if (c == CHOICE_NOTE) {
		ui_field_set(&e->field, s->wiz->meeting_note, EXPORT_MEETING_NOTE_MAX);
		set_mode(s, MODE_NOTE);
		return 1;
	}
	if (c == CHOICE_LANG) {
		export_ui_next_lang(s->wiz);
		ui_list_draw(&e->list);
		return 1;
	}
	return 0;
}

static void
choose(struct screen *s, int i)
{
	struct ex *e = s->state;
	char path[UI_FIELD_MAX];
	enum choice c = e->choices[i];

	ui_list_move(&e->list, i);
	if (choose_adviser(s, e, c))
		return;
	/* The one-page summary is written as the plan is, in its place. */
	s->wiz->export_page = c >= CHOICE_PAGE_FILE;
	if (s->wiz->export_page)
		c -= CHOICE_PAGE_FILE - CHOICE_FILE;
	switch (c) {
	case CHOICE_FILE:
		if (kiosk_of(s)) {
			save_new(s);
			break;
		}
		export_ui_default_path(s->wiz, path, sizeof path);
		ui_field_set(&e->field, path, UI_FIELD_MAX);
		set_mode(s, MODE_FILE);
		break;
	case CHOICE_PRINT:
		print(s);
		break;
	default:
		show(s);
		break;
	}
}

static enum screen_result
menu_key(struct screen *s, struct ex *e, const struct screen_key *k)
{
	int pick;

	if (k->req == REQ_BACK)
		return SCREEN_BACK;
	if (k->req == REQ_NEXT)
		choose(s, e->list.focus);
	else if ((pick = screen_pick(k, e->list.n)) >= 0)
		choose(s, pick);
	else
		ui_list_request(&e->list, k->req);
	return SCREEN_STAY;
}

static enum screen_result
exportview_key(struct screen *s, const struct screen_key *k)
{
	struct ex *e = s->state;

	switch (e->mode) {
	case MODE_MENU:
		return menu_key(s, e, k);
	case MODE_FILE:
		if (k->req == REQ_NEXT)
			save(s, 0);
		else if (k->req == REQ_BACK)
			set_mode(s, MODE_MENU);
		else if (ui_field_key(&e->field, k) == 2)
			wizard_error(s->wiz, _("The name is as long as it can be."));
		break;
	case MODE_CONFIRM: {
		int a = ui_dialog_quit_answer(k->is_fkey ? 0 : k->ch);
		char msg[256];

		if (a == 1) {
			save(s, 1);
		} else if (a == 0) {
			/* TRANSLATORS: %s is the key that goes back (Esc). */
			snprintf(msg, sizeof msg, _("The file was not replaced: change its "
						    "name, or %s."), keys_label(REQ_BACK));
			wizard_note(s->wiz, msg);
			set_mode(s, MODE_FILE);
		}
		break;
	}
	case MODE_VIEW:
		if (k->req == REQ_BACK || k->req == REQ_NEXT)
			set_mode(s, MODE_MENU);
		else
			ui_text_request(&e->text, k->req);
		break;
	case MODE_NOTE:
		if (k->req == REQ_NEXT || k->req == REQ_BACK) {
			if (k->req == REQ_NEXT)
				keep_note(s, e);
			set_mode(s, MODE_MENU);
		} else if (ui_field_key(&e->field, k) == 2) {
			wizard_error(s->wiz, _("The note is full: it keeps what you typed so far."));
		}
		break;
	}
	return SCREEN_STAY;
}

/* A note on the meeting being typed when the program ends is kept. */
static void
exportview_keep(struct screen *s)
{
	struct ex *e = s->state;

	if (e != NULL && e->mode == MODE_NOTE)
		keep_note(s, e);
}

static const char *
exportview_help(struct screen *s)
{
	struct ex *e = s->state;

	if (e->mode == MODE_NOTE)
		return _("A note on the whole meeting: what was agreed, the next "
			 "appointment. It is printed as the adviser's, and kept with the "
			 "session.");
	if (e->mode == MODE_FILE || e->mode == MODE_CONFIRM)
		return _("The file is proposed in your Documents folder with today's "
			 "date; change the name if you like (~ is your home folder). An "
			 "existing file is replaced only if you say yes.");
	if (e->mode == MODE_VIEW)
		snprintf(s->help, sizeof s->help,
			 /* TRANSLATORS: the %s are keys, in this order: Up, Down,
			  * PgUp, PgDn, and the one that goes back (Esc). */
			 _("Your plan as it is saved or printed. %s, %s, %s and %s "
			   "scroll; %s goes back."), keys_label(REQ_UP), keys_label(REQ_DOWN),
			 keys_label(REQ_PGUP), keys_label(REQ_PGDN), keys_label(REQ_BACK));
	else if (adviser_of(s))
		snprintf(s->help, sizeof s->help,
			 /* TRANSLATORS: %s is the key that goes back (Esc). */
			 _("Save, print or show the whole plan, or the one-page summary "
			   "of the meeting. The summary has the main challenge, the first "
			   "three actions, the notes and the resume code. The note and the "
			   "language of the export are kept with the session. The screen "
			   "keeps its own language. %s goes back to "
			   "the plan."), keys_label(REQ_BACK));
	else
		snprintf(s->help, sizeof s->help,
			 /* TRANSLATORS: %s is the key that goes back (Esc). */
			 _("Keep your plan as plain text that reads well on "
			   "paper and with a screen reader. Save it in a file, "
			   "print it (when this computer has a printer set "
			   "up), or read it here. %s goes back to the plan."), keys_label(REQ_BACK));
	return s->help;
}

const struct screen_ops screen_export_ops = {
	"export",
	REQ_COMMON | REQ_LIST | REQ_BIT(REQ_ERASE) | REQ_BIT(REQ_PICK),
	exportview_open, exportview_close, exportview_draw, exportview_key, NULL, NULL, exportview_help,
	exportview_keep,
};
