/* import-rome-access.c - what a ROME import reads in the job texts, the
 * same for v3 and 4.0: the texts themselves, the job groups the import
 * knows, and from the access texts the diploma and driving licence that
 * the rules use. See import-private.h. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "import-private.h"
#include "store-private.h"
#include "text.h"

#define TEXT_MAX 8192

/* --- Diploma and driving licence from the access texts -----------------
 *
 * The "acces_a_em" texts of a job group say how people enter the job:
 * "Cet emploi/métier est accessible avec un CAP/BEP ...", "Il est
 * également accessible ... sans diplôme particulier", "Les permis C, C1
 * ... peuvent être requis". The rules below read them. Each text is folded
 * first (lower case, no accents, one space between words, so "Bac+2"
 * reads "bac 2" and "diplôme d'État" reads "diplome d etat"); a rule's
 * words must match whole words. Rules are tried in the order of the table
 * and each match is blanked out, so a longer phrase listed first hides the
 * shorter ones inside it ("bac 2" before "bac", "permis d exploitation"
 * before "permis d").
 *
 * What the group gets:
 * - diploma_level: the lowest level named by a LEVEL rule in a text that
 *   says "accessible" (the usual entry diploma; the higher diplomas that a
 *   text says "may be asked" for some posts do not count). When no level
 *   is named but a text says "sans diplome": none. Otherwise unknown.
 * - diploma_required: 1 when an entry level (CAP/BEP or more) was found
 *   and no text opens a way in "sans diplome"; also 1 when a text names a
 *   "diplome d etat" (regulated professions: nurse, social worker...).
 * - licence_often: 1 when any access text names a driving licence
 *   category (permis A, B, C, D and their variants, "permis de conduire",
 *   "permis poids lourds"), even as "peut être requis".
 */
enum effect {
	E_MASK,        /* hide these words (a false friend) */
	E_LEVEL,       /* names a diploma of level LEVEL */
	E_NO_DIPLOMA,  /* a way in without a diploma */
	E_REQUIRED,    /* a diploma the law requires */
	E_LICENCE      /* a driving licence */
};

static const struct access_rule {
	const char *words;
	enum effect effect;
	int level;
} access_rules[] = {
	/* Not driving licences, not university degrees. */
	{ "permis d exploitation", E_MASK, 0 },
	{ "permis de construire", E_MASK, 0 },
	{ "permis de chasse", E_MASK, 0 },
	{ "permis de navigation", E_MASK, 0 },
	{ "licence de pilote", E_MASK, 0 },
	{ "licence cpl", E_MASK, 0 },
	/* Regulated professions. */
	{ "diplome d etat", E_REQUIRED, 0 },
	{ "sans diplome", E_NO_DIPLOMA, 0 },
	/* Levels, the longer phrases first. */
	{ "brevet de technicien superieur", E_LEVEL, LEVEL_BAC2 },
	{ "brevet de technicien", E_LEVEL, LEVEL_BAC },
	{ "brevet professionnel", E_LEVEL, LEVEL_BAC },
	{ "bac 8", E_LEVEL, LEVEL_BAC5 },
	{ "bac 5", E_LEVEL, LEVEL_BAC5 },
	{ "bac 4", E_LEVEL, LEVEL_BAC3 },
	{ "bac 3", E_LEVEL, LEVEL_BAC3 },
	{ "bac 2", E_LEVEL, LEVEL_BAC2 },
	{ "bac", E_LEVEL, LEVEL_BAC },
	{ "baccalaureat", E_LEVEL, LEVEL_BAC },
	{ "cap", E_LEVEL, LEVEL_CAP_BEP },
	{ "capa", E_LEVEL, LEVEL_CAP_BEP },
	{ "bep", E_LEVEL, LEVEL_CAP_BEP },
	{ "bepa", E_LEVEL, LEVEL_CAP_BEP },
	{ "mention complementaire", E_LEVEL, LEVEL_CAP_BEP },
	{ "bts", E_LEVEL, LEVEL_BAC2 },
	{ "btsa", E_LEVEL, LEVEL_BAC2 },
	{ "dut", E_LEVEL, LEVEL_BAC2 },
	{ "deust", E_LEVEL, LEVEL_BAC2 },
	{ "deug", E_LEVEL, LEVEL_BAC2 },
	{ "licence", E_LEVEL, LEVEL_BAC3 },
	{ "bachelor", E_LEVEL, LEVEL_BAC3 },
	{ "master", E_LEVEL, LEVEL_BAC5 },
	{ "mba", E_LEVEL, LEVEL_BAC5 },
	{ "diplome d ingenieur", E_LEVEL, LEVEL_BAC5 },
	{ "ecole d ingenieurs", E_LEVEL, LEVEL_BAC5 },
	{ "ecole d ingenieur", E_LEVEL, LEVEL_BAC5 },
	{ "doctorat", E_LEVEL, LEVEL_BAC5 },
	/* Driving licences. */
	{ "permis de conduire", E_LICENCE, 0 },
	{ "permis poids lourds", E_LICENCE, 0 },
	{ "permis poids lourd", E_LICENCE, 0 },
	{ "permis a", E_LICENCE, 0 },
	{ "permis a1", E_LICENCE, 0 },
	{ "permis b", E_LICENCE, 0 },
	{ "permis be", E_LICENCE, 0 },
	{ "permis c", E_LICENCE, 0 },
	{ "permis c1", E_LICENCE, 0 },
	{ "permis ce", E_LICENCE, 0 },
	{ "permis c1e", E_LICENCE, 0 },
	{ "permis d", E_LICENCE, 0 },
	{ "permis d1", E_LICENCE, 0 },
	{ "permis de", E_LICENCE, 0 },
	{ "permis d1e", E_LICENCE, 0 },
};

/* What the import knows of one code: is it a job group of the files, and
 * what its access texts said. */
struct access {
	signed char level;       /* lowest entry level, LEVEL_UNKNOWN if none */
	char no_diploma, state_diploma, licence, seen;
	char group;              /* 1: a job group of this import */
};

/* The job groups of this import, by code: an open-addressing table that
 * grows (a release has about 600 groups). KEY is the code as a number
 * (letter A..N and four digits) plus one; 0 is an empty slot. */
struct access_slot {
	int key;
	struct access a;
};

struct rome_access {
	struct access_slot *slot;
	size_t cap, n;                     /* cap: a power of two, or 0 */
};

static int
access_key(const char *code)
{
	return (code[0] - 'A') * 10000 + atoi(code + 1) + 1;
}

/* The slot of KEY, or the empty one where it would go. */
static struct access_slot *
access_find(const struct rome_access *t, int key)
{
	size_t i = ((size_t)key * 2654435761u) & (t->cap - 1);

	while (t->slot[i].key != 0 && t->slot[i].key != key)
		i = (i + 1) & (t->cap - 1);
	return &t->slot[i];
}

static int
access_grow(struct rome_access *t)
{
	struct rome_access bigger = { .cap = t->cap ? t->cap * 2 : 1024, .n = t->n };

	bigger.slot = calloc(bigger.cap, sizeof *bigger.slot);
	if (bigger.slot == NULL)
		return -1;
	for (size_t i = 0; i < t->cap; i++)
		if (t->slot[i].key != 0)
			*access_find(&bigger, t->slot[i].key) = t->slot[i];
	free(t->slot);
	*t = bigger;
	return 0;
}

int
import_rome_group_add(struct rome_load *l, const char *code)
{
	struct rome_access *t;
	struct access_slot *s;

	if (!import_rome_code(code))
		return 0;
	if (l->access == NULL && (l->access = calloc(1, sizeof *l->access)) == NULL)
		return err_set(l->c->e, _("%s: out of memory"), l->c->path);
	t = l->access;
	if ((t->n + 1) * 2 > t->cap && access_grow(t) < 0)
		return err_set(l->c->e, _("%s: out of memory"), l->c->path);
	s = access_find(t, access_key(code));
	if (s->key == 0) {
		s->key = access_key(code);
		t->n++;
	}
	s->a.group = 1;
	return 0;
}

/* The access facts of job group CODE of this import, NULL if not one. */
static struct access *
access_of(const struct rome_load *l, const char *code)
{
	struct access_slot *s;

	if (!import_rome_code(code) || l->access == NULL || l->access->cap == 0)
		return NULL;
	s = access_find(l->access, access_key(code));
	return s->key != 0 && s->a.group ? &s->a : NULL;
}

int
import_rome_group_known(const struct rome_load *l, const char *code)
{
	return access_of(l, code) != NULL;
}

/* Find WORDS as whole words in BUF (" text ", so a match always has a
 * byte before and after it), blank each match out; returns the number of
 * matches. */
static int
match_words(char *buf, const char *words)
{
	size_t n = strlen(words);
	int hits = 0;

	for (char *p = buf; (p = strstr(p, words)) != NULL; p++) {
		if (p[-1] != ' ' || p[n] != ' ')
			continue;
		memset(p, '#', n);
		hits++;
	}
	return hits;
}

static void
read_access(struct access *a, const char *text)
{
	char buf[TEXT_MAX + 2];
	int entry;

	buf[0] = ' ';
	text_fold(text, buf + 1, sizeof buf - 2);
	strcat(buf, " ");
	entry = strstr(buf, " accessible ") != NULL;
	for (size_t i = 0; i < sizeof access_rules / sizeof access_rules[0]; i++) {
		const struct access_rule *r = &access_rules[i];

		if (match_words(buf, r->words) == 0)
			continue;
		switch (r->effect) {
		case E_MASK: break;
		case E_LEVEL:
			if (entry && (a->level == LEVEL_UNKNOWN || r->level < a->level))
				a->level = (signed char)r->level;
			break;
		case E_NO_DIPLOMA: a->no_diploma = 1; break;
		case E_REQUIRED: a->state_diploma = 1; break;
		case E_LICENCE: a->licence = 1; break;
		}
	}
}

static const char sql_access[] =
	"UPDATE job_groups SET diploma_required = ?2, diploma_level = ?3, "
	"licence_often = ?4 WHERE code = ?1";

static int
by_key(const void *a, const void *b)
{
	return ((const struct access_slot *)a)->key -
	       ((const struct access_slot *)b)->key;
}

static int
access_write_one(struct store *s, const struct access_slot *slot,
		 struct tr_err *e)
{
	const struct access *a = &slot->a;
	int level = a->level, i = slot->key - 1;
	char code[8];
	sqlite3_stmt *st;

	if (level == LEVEL_UNKNOWN && a->no_diploma)
		level = LEVEL_NONE;
	snprintf(code, sizeof code, "%c%04d", 'A' + i / 10000, i % 10000);
	st = store_stmt(s, sql_access, e);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 2, a->state_diploma ||
			 (level >= LEVEL_CAP_BEP && !a->no_diploma));
	if (import_level_name(level) != NULL)
		sqlite3_bind_text(st, 3, import_level_name(level), -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 4, a->licence);
	if (sqlite3_step(st) != SQLITE_DONE)
		return store_fail(s, _("cannot update a job group"), e);
	return 0;
}

/* In code order, so that the import does the same whatever the table's
 * layout. */
int
import_rome_access_write(struct rome_load *l)
{
	struct rome_access *t = l->access;
	size_t n = 0;

	if (t == NULL)
		return 0;
	for (size_t i = 0; i < t->cap; i++)
		if (t->slot[i].key != 0 && t->slot[i].a.seen)
			t->slot[n++] = t->slot[i];
	qsort(t->slot, n, sizeof *t->slot, by_key);
	for (size_t i = 0; i < n; i++)
		if (access_write_one(l->c->s, &t->slot[i], l->c->e) < 0)
			return -1;
	t->n = t->cap = 0;                 /* the table is spent: no group known */
	return 0;
}

void
import_rome_access_free(struct rome_load *l)
{
	if (l->access != NULL)
		free(l->access->slot);
	free(l->access);
	l->access = NULL;
}

int
import_rome_text_row(struct import_ctx *c, struct csv *in, const int *idx,
		     void *arg)
{
	struct rome_load *l = arg;
	const char *code = csv_field(in, idx[0]);
	const char *kind = csv_field(in, idx[2]);
	char text[TEXT_MAX];
	long pos;
	int rc;

	if (import_long(csv_field(in, idx[1]), &pos) != 1 || pos < 0)
		/* TRANSLATORS: COLUMN 'VALUE' is not a number. */
		return import_row_err(in, c->e, _("%s '%s' is not a number"),
				      l->position_col, csv_field(in, idx[1]));
	/* An empty text, or one too long to keep whole, is skipped. */
	if (kind[0] == '\0' || csv_field(in, idx[3])[0] == '\0' ||
	    strlen(csv_field(in, idx[3])) >= TEXT_MAX)
		return 0;
	if (!import_rome_group_known(l, code))
		return 0;
	import_unquote(text, sizeof text, csv_field(in, idx[3]));
	rc = import_text(c->s, code, kind, pos, text, c->e);
	if (rc == 1 && strcmp(kind, l->access_kind) == 0) {
		struct access *a = access_of(l, code);

		if (!a->seen) {
			a->seen = 1;
			a->level = LEVEL_UNKNOWN;
		}
		read_access(a, text);
	}
	return rc;
}

