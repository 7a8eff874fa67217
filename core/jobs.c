/* jobs.c - job groups, job titles and related jobs. See jobs.h.
 *
 * The search folds the query like the titles were folded at import
 * (text_fold), takes its longest word, scans the title_words index for the
 * words starting with it, then keeps the titles in which every word of the
 * query starts a word. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "jobs.h"
#include "situation.h"
#include "store-private.h"
#include "text.h"

#define QUERY_WORDS 8
#define FOLD_MAX 512

static const char sql_candidates[] =
	"SELECT t.id, t.code, t.title, t.folded, g.name, t.rank "
	"FROM title_words w JOIN job_titles t ON t.id = w.title_id "
	"JOIN job_groups g ON g.code = t.code "
	"WHERE w.word >= ?1 AND w.word < ?2";

struct query {
	char folded[FOLD_MAX];
	const char *word[QUERY_WORDS];
	size_t len[QUERY_WORDS];
	int n;
	int driver;          /* index of the longest word */
};

/* Little words of French job titles that a person may type or leave out
 * ("agent de sécurité", "agent sécurité"): not required to match. */
static int
is_stop_word(const char *w, size_t len)
{
	static const char *const stop[] = {
		"a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les",
	};

	for (size_t i = 0; i < sizeof stop / sizeof stop[0]; i++)
		if (strlen(stop[i]) == len && memcmp(stop[i], w, len) == 0)
			return 1;
	return 0;
}

/* A plural typed where the title has the singular ("enfants" for
 * "enfant"): the word without its final s or x. */
static size_t
singular_len(const char *w, size_t len)
{
	if (len >= 4 && (w[len - 1] == 's' || w[len - 1] == 'x'))
		return len - 1;
	return len;
}

static int
query_split(struct query *q, const char *text)
{
	char *p;
	int all_stop = 1;

	text_fold(text, q->folded, sizeof q->folded);
	q->n = 0;
	q->driver = 0;
	for (p = q->folded; *p && q->n < QUERY_WORDS;) {
		char *sp = strchr(p, ' ');

		q->word[q->n] = p;
		q->len[q->n] = sp ? (size_t)(sp - p) : strlen(p);
		all_stop &= is_stop_word(p, q->len[q->n]);
		q->n++;
		if (sp == NULL)
			break;
		*sp = '\0';
		p = sp + 1;
	}
	/* Drop the little words, unless that is all there is. */
	if (!all_stop) {
		int kept = 0;

		for (int i = 0; i < q->n; i++) {
			if (is_stop_word(q->word[i], q->len[i]))
				continue;
			q->word[kept] = q->word[i];
			q->len[kept] = q->len[i];
			kept++;
		}
		q->n = kept;
	}
	for (int i = 1; i < q->n; i++)
		if (q->len[i] > q->len[q->driver])
			q->driver = i;
	return q->n;
}

/* Score of folded title T against Q, or -1 when a query word starts no
 * word of T. Higher is better: the query's first word starting the title,
 * whole words, and short titles come first. */
static int
score_title(const struct query *q, const char *t)
{
	int score = 1000;

	for (int i = 0; i < q->n; i++) {
		const char *w = t;
		int found = 0;

		while (*w) {
			size_t wl = strcspn(w, " ");

			size_t ql = q->len[i];

			/* "enfants" matches the word "enfant" exactly */
			if (wl < ql && wl == singular_len(q->word[i], ql))
				ql = wl;
			if (wl >= ql && memcmp(w, q->word[i], ql) == 0) {
				int s = 1;

				if (wl == ql)
					s += 100;
				if (i == 0 && w == t)
					s += 200;
				if (s > found)
					found = s;
			}
			w += wl;
			while (*w == ' ')
				w++;
		}
		if (!found)
			return -1;
		score += found;
	}
	score -= (int)strlen(t) / 2;
	return score;
}

/* Does hit A come before hit B? The better score first; among equal
 * scores the lower rank (principal titles, then the others, then the
 * rarely used ones), then the title in byte order. This is the order of
 * the results: the candidates are scored here, not sorted by SQL. */
static int
hit_before(const struct job_hit *a, const struct job_hit *b)
{
	if (a->score != b->score)
		return a->score > b->score;
	if (a->rank != b->rank)
		return a->rank < b->rank;
	return strcmp(a->title, b->title) < 0;
}

/* Insert HIT into HITS (sorted best first, N of MAX used); returns new N. */
static int
keep_best(struct job_hit *hits, int n, int max, const struct job_hit *hit)
{
	int i = n < max ? n : max - 1;

	if (n == max && !hit_before(hit, &hits[max - 1]))
		return n;
	while (i > 0 && hit_before(hit, &hits[i - 1])) {
		hits[i] = hits[i - 1];
		i--;
	}
	hits[i] = *hit;
	return n < max ? n + 1 : n;
}

/* A small set of title ids, so a title whose several words start with the
 * driver word is scored once. */
struct idset {
	int *slot;
	size_t cap, used;
};

static int
idset_add(struct idset *s, int id)
{
	size_t h;

	if ((s->used + 1) * 2 > s->cap) {
		struct idset bigger = { NULL, s->cap ? s->cap * 2 : 256, 0 };

		bigger.slot = calloc(bigger.cap, sizeof *bigger.slot);
		if (bigger.slot == NULL)
			return -1;
		for (size_t i = 0; i < s->cap; i++)
			if (s->slot[i] != 0)
				idset_add(&bigger, s->slot[i]);
		free(s->slot);
		*s = bigger;
	}
	for (h = (size_t)id * 2654435761u % s->cap; s->slot[h] != 0; h = (h + 1) % s->cap)
		if (s->slot[h] == id)
			return 0;
	s->slot[h] = id;
	s->used++;
	return 1;
}

int
jobs_search(struct store *s, const char *query, struct job_hit *hits, int max,
	    struct tr_err *e)
{
	struct idset seen = { NULL, 0, 0 };
	struct query q;
	char hi[FOLD_MAX];
	sqlite3_stmt *st;
	size_t dlen;
	int n = 0, rc;

	if (max <= 0 || query_split(&q, query) == 0)
		return 0;
	/* Scan the words starting with the driver word (without a plural
	 * ending, so that the singular is found too). The upper bound of the
	 * prefix range is the word with its last byte raised by one (folded
	 * words are ASCII letters and digits). */
	dlen = singular_len(q.word[q.driver], q.len[q.driver]);
	memcpy(hi, q.word[q.driver], dlen);
	hi[dlen - 1]++;
	st = store_stmt(s, sql_candidates, e);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, q.word[q.driver], (int)dlen, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, hi, (int)dlen, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct job_hit hit;
		int added = idset_add(&seen, sqlite3_column_int(st, 0));

		if (added < 0) {
			free(seen.slot);
			sqlite3_reset(st);
			return err_set(e, _("%s: out of memory"), store_path(s));
		}
		if (added == 0)
			continue;
		hit.score = score_title(&q, (const char *)sqlite3_column_text(st, 3));
		if (hit.score < 0)
			continue;
		store_column(st, 1, hit.code, sizeof hit.code);
		store_column(st, 2, hit.title, sizeof hit.title);
		store_column(st, 4, hit.group, sizeof hit.group);
		hit.rank = sqlite3_column_int(st, 5);
		n = keep_best(hits, n, max, &hit);
	}
	free(seen.slot);
	return store_rows(s, st, rc, n, N_("cannot search job titles"), e);
}

static const char sql_group[] =
	"SELECT code, name, domain, diploma_required, diploma_level, licence_often "
	"FROM job_groups WHERE code = ?1";

/* Index of diploma level NAME (a value of the answer diploma) in enum
 * sit_diploma order, -1 when NULL or unknown. */
static int
diploma_index(const unsigned char *name)
{
	const char *v;

	if (name == NULL)
		return -1;
	for (int i = 0; (v = situation_value_name(SIT_DIPLOMA, i)) != NULL; i++)
		if (strcmp((const char *)name, v) == 0)
			return i;
	return -1;
}

int
jobs_group(struct store *s, const char *code, struct job_group *out,
	   struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(s, sql_group, e);
	int rc;

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		store_column(st, 0, out->code, sizeof out->code);
		store_column(st, 1, out->name, sizeof out->name);
		store_column(st, 2, out->domain, sizeof out->domain);
		out->diploma_required = sqlite3_column_int(st, 3);
		out->diploma_level = diploma_index(sqlite3_column_text(st, 4));
		out->licence_often = sqlite3_column_int(st, 5);
	}
	return store_one(s, st, rc, N_("cannot read a job group"), e);
}

static const char sql_related[] =
	"SELECT l.target, g.name, l.kind FROM job_links l "
	"JOIN job_groups g ON g.code = l.target WHERE l.source = ?1 "
	"ORDER BY l.kind = 'evolution', g.name LIMIT ?2";

int
jobs_related(struct store *s, const char *code, struct job_link *out, int max,
	     struct tr_err *e)
{
	sqlite3_stmt *st = store_stmt(s, sql_related, e);
	int n = 0, rc;

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, max);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && n < max) {
		store_column(st, 0, out[n].code, sizeof out[n].code);
		store_column(st, 1, out[n].name, sizeof out[n].name);
		out[n].kind = strcmp((const char *)sqlite3_column_text(st, 2), "evolution") == 0
			? JOB_LINK_EVOLUTION : JOB_LINK_CLOSE;
		n++;
	}
	return store_rows(s, st, rc, n, N_("cannot read related jobs"), e);
}
