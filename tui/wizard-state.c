/* wizard-state.c - the life of struct wizard: made from the options,
 * wiped for the next person, freed; the message line; the facts and the
 * diagnosis of the answers (see wizard.h). */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "i18n.h"
#include "rescode.h"
#include "wizard.h"
#include "wizard-session.h"

void
wizard_wipe(struct wizard *w)
{
	const struct wizard_options *o = w->opts;
	struct store *st = w->store, *sessions = w->sessions;
	char language[sizeof w->language];

	memcpy(language, w->language, sizeof language);
	memset(w, 0, sizeof *w);
	w->opts = o;
	w->store = st;
	w->sessions = sessions;
	memcpy(w->language, language, sizeof language);
	situation_init(&w->sit);
	interview_facts_init(&w->facts, &w->sit);
	w->return_to = PLACE__COUNT;
	w->summary_focus = -1;
	w->diagnosis_focus = -1;
	w->plan_focus = -1;
}

int
wizard_init(struct wizard *w, const struct wizard_options *o)
{
	struct tr_err e;

	const char *lang = getenv("LANGUAGE");

	memset(w, 0, sizeof *w);
	w->opts = o;
	if (lang != NULL)
		snprintf(w->language, sizeof w->language, "%s", lang);
	wizard_wipe(w);
	if (o->answers != NULL && situation_read_file(&w->sit, o->answers, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_USAGE;
	}
	if (o->resume != NULL && rescode_decode(o->resume, &w->sit, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_USAGE;
	}
	if (store_open(o->db, STORE_READONLY, &w->store, &e) < 0) {
		cli_error("%s", e.msg);
		return EXIT_FAIL;
	}
	wsession_open(w);
	/* After the session's own note: what was left out matters more. It
	 * also loads the facts the walk needs. */
	wizard_take_answers(w, &w->sit);
	return EXIT_OK;
}

void
wizard_free(struct wizard *w)
{
	wsession_close(w);
	store_close(w->store);
	w->store = NULL;
	wizard_wipe(w);
}

void
wizard_error(struct wizard *w, const char *text)
{
	snprintf(w->msg, sizeof w->msg, "%s", text);
	w->msg_role = CLR_ERROR;
}

void
wizard_note(struct wizard *w, const char *text)
{
	snprintf(w->msg, sizeof w->msg, "%s", text);
	w->msg_role = CLR_NOTE;
}

void
wizard_take_answers(struct wizard *w, const struct situation *sit)
{
	char msg[256];
	int n;

	if (&w->sit != sit)
		w->sit = *sit;
	wizard_refresh_facts(w);
	n = interview_prune(&w->sit, &w->facts);
	if (n <= 0)
		return;
	/* TRANSLATORS: on the message line: at most 76 cells. */
	snprintf(msg, sizeof msg, P_("%d answer does not fit with the others: it was left out.",
				     "%d answers do not fit with the others: they were left out.",
				     (unsigned long)n), n);
	wizard_note(w, msg);
}

void
wizard_refresh_facts(struct wizard *w)
{
	struct tr_err e;

	/* On a store error the walk goes on with the defaults the load left;
	 * the diagnosis says what failed. */
	(void)interview_facts_load(w->store, &w->sit, &w->facts, &e);
}

const struct pipeline *
wizard_result(struct wizard *w)
{
	struct tr_err e;
	int year = 0;

	if (clock_today(w->date, &year, &e) < 0) {
		wizard_error(w, e.msg);
		return NULL;
	}
	if (pipeline_update(&w->result, w->store, &w->sit, year) < 0)
		return NULL;
	return &w->result;
}

void
wizard_speak(struct wizard *w, const char *code)
{
	cli_speak(code != NULL ? code : w->language);
}

/* The languages the program can speak, English (the messages themselves)
 * first; each other one needs its catalogue. */
static const struct {
	const char *code;
	const char *name;             /* in the language itself */
} languages[] = {
	{ "en", "English" },
	{ "fr", "Fran\u00e7ais" },
};

const char *
wizard_language_name(const char *code)
{
	for (size_t i = 0; i < sizeof languages / sizeof languages[0]; i++)
		if (strcmp(languages[i].code, code) == 0)
			return languages[i].name;
	return code;
}

static int
installed(const char *code)
{
	char path[4096];
	struct stat st;

	if (strcmp(code, "en") == 0)
		return 1;
	snprintf(path, sizeof path, "%s/%s/LC_MESSAGES/%s.mo", cli_localedir(), code,
		 PACKAGE);
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Add CODE (LEN bytes) to CODES when it is a language the program can
 * speak, installed, and not there yet. */
static void
offer(const char *code, size_t len, const char **codes, int *n, int max)
{
	for (size_t i = 0; i < sizeof languages / sizeof languages[0]; i++) {
		if (strlen(languages[i].code) != len ||
		    strncmp(languages[i].code, code, len) != 0 || !installed(languages[i].code))
			continue;
		for (int j = 0; j < *n; j++)
			if (codes[j] == languages[i].code)
				return;
		if (*n < max)
			codes[(*n)++] = languages[i].code;
	}
}

int
wizard_languages(const struct wizard *w, const char **codes, int max)
{
	const char *p = w->opts->languages;
	int n = 0;

	if (p == NULL)
		for (size_t i = 0; i < sizeof languages / sizeof languages[0]; i++)
			offer(languages[i].code, strlen(languages[i].code), codes, &n, max);
	while (p != NULL && *p != '\0') {
		size_t len = strcspn(p, ",");

		offer(p, len, codes, &n, max);
		p += len + (p[len] == ',');
	}
	if (n == 0 && max > 0)
		codes[n++] = "en";
	return n;
}

struct plan_mark *
wizard_mark(struct wizard *w, int action, int create)
{
	struct plan_mark *m;

	for (int i = 0; i < w->nmarks; i++)
		if (w->marks[i].action == action)
			return &w->marks[i];
	if (!create || w->nmarks >= ACTION__COUNT)
		return NULL;
	m = &w->marks[w->nmarks++];
	memset(m, 0, sizeof *m);
	m->action = action;
	return m;
}
