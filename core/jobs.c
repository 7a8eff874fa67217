/* jobs.c - job groups, job titles and related jobs. See jobs.h.
 *
 * The search folds the query like the titles were folded at import
 * (text_fold), takes its longest word, scans the title_words index for the
 * words starting with it, then keeps the titles in which every word of the
 * query starts a word. The project's English words (job_words) add their
 * titles. Among the matches, a generic title comes before its own
 * specialisations: "Cuisinier / Cuisinière" is the start of several other
 * titles of the referential ("... de collectivité"), "Cuisiniste" of none,
 * so a person typing "cuisi" sees the common job first. When nothing
 * matches, the titles are read again allowing one wrong, missing, extra or
 * swapped letter in each word of the query (not its first letter). */
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
#define GENERIC_WEIGHT 8     /* score per title that specialises a hit */
#define GENERIC_CAP 5        /* counted at most */
#define NEAR_MIN 5           /* shortest query word read with a typo */
#define ENGLISH_MIN 3        /* shortest query word looked up in English */

static const char sql_candidates[] =
	"SELECT t.id, t.code, t.title, t.folded, g.name, t.rank "
	"FROM title_words w JOIN job_titles t ON t.id = w.title_id "
	"JOIN job_groups g ON g.code = t.code "
	"WHERE w.word >= ?1 AND w.word < ?2";
static const char sql_words[] =
	"SELECT DISTINCT word FROM title_words WHERE word >= ?1 AND word < ?2";
static const char sql_word_titles[] =
	"SELECT t.id, t.code, t.title, t.folded, g.name, t.rank "
	"FROM title_words w JOIN job_titles t ON t.id = w.title_id "
	"JOIN job_groups g ON g.code = t.code WHERE w.word = ?1";
static const char sql_english[] =
	"SELECT t.id, t.code, t.title, t.folded, g.name, t.rank, a.word "
	"FROM job_words a JOIN job_titles t ON t.code = a.code AND t.title = a.title "
	"JOIN job_groups g ON g.code = t.code WHERE a.word >= ?1 AND a.word < ?2";

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

/* Q from QO is the start of W from WO. */
static int
near_rest(const char *w, size_t wl, size_t wo, const char *q, size_t ql, size_t qo)
{
	return ql - qo <= wl - wo && memcmp(w + wo, q + qo, ql - qo) == 0;
}

/* Q (QL bytes) is the start of word W (WL bytes) but for one letter:
 * wrong, missing, extra, or swapped with the next one. The first letter
 * must be right: a typo there would find too many words. */
static int
near_prefix(const char *w, size_t wl, const char *q, size_t ql)
{
	size_t i = 0;

	while (i < ql && i < wl && w[i] == q[i])
		i++;
	if (i == ql || i == 0)
		return 0;                    /* an exact start, or another first letter */
	if (i < wl && (near_rest(w, wl, i + 1, q, ql, i + 1) ||
		       near_rest(w, wl, i + 1, q, ql, i)))
		return 1;                    /* wrong or missing letter */
	if (near_rest(w, wl, i, q, ql, i + 1))
		return 1;                    /* extra letter */
	return i + 1 < ql && i + 1 < wl && q[i] == w[i + 1] && q[i + 1] == w[i] &&
	       near_rest(w, wl, i + 2, q, ql, i + 2);   /* two letters swapped */
}

/* The best score of query word I in folded title T, 0 when it starts no
 * word of T: whole words and the title's first word count more. NEAR:
 * a word one letter off counts too, as a start only. */
static int
score_word(const struct query *q, int i, const char *t, int near)
{
	const char *w = t;
	int found = 0;

	while (*w) {
		size_t wl = strcspn(w, " ");
		size_t ql = q->len[i];
		int s = 0;

		/* "enfants" matches the word "enfant" exactly */
		if (wl < ql && wl == singular_len(q->word[i], ql))
			ql = wl;
		if (wl >= ql && memcmp(w, q->word[i], ql) == 0)
			s = wl == ql ? 101 : 1;
		else if (near && q->len[i] >= NEAR_MIN &&
			 near_prefix(w, wl, q->word[i], q->len[i]))
			s = 1;
		if (s && i == 0 && w == t)
			s += 200;
		if (s > found)
			found = s;
		w += wl;
		while (*w == ' ')
			w++;
	}
	return found;
}

/* Score of folded title T against Q, or -1 when a query word starts no
 * word of T. Higher is better: the query's first word starting the title,
 * whole words, and short titles come first. SKIP: the query word that an
 * English word answered, scored ALIAS (-1: none). */
static int
score_title(const struct query *q, const char *t, int near, int skip, int alias)
{
	int score = 1000;

	for (int i = 0; i < q->n; i++) {
		int found = i == skip ? alias : score_word(q, i, t, near);

		if (!found)
			return -1;
		score += found;
	}
	return score - (int)strlen(t) / 2;
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
 * driver word is kept once. */
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

/* The titles that matched, before the best are kept. */
struct cand {
	struct job_hit hit;
	char *folded;
};

struct cands {
	struct cand *v;
	size_t n, cap;
	struct idset seen;
};

static void
cands_free(struct cands *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->v[i].folded);
	free(c->v);
	free(c->seen.slot);
}

/* Room for one more candidate: 0, or -1 out of memory. */
static int
cands_grow(struct cands *c)
{
	size_t cap = c->cap ? c->cap * 2 : 64;
	struct cand *v;

	if (c->n < c->cap)
		return 0;
	v = realloc(c->v, cap * sizeof *v);
	if (v == NULL)
		return -1;
	c->v = v;
	c->cap = cap;
	return 0;
}

/* Score the title of the current row of ST (id, code, title, folded,
 * group, rank) and keep it when it matches: 0 kept or not matching, -1
 * out of memory. */
static int
cands_add(struct cands *c, sqlite3_stmt *st, const struct query *q, int near,
	  int skip, int alias)
{
	const char *folded = (const char *)sqlite3_column_text(st, 3);
	struct cand *k;
	int added, score;

	/* Scored before the set of titles kept is asked: a title that fails
	 * one way (its words) may match another (an English word). */
	if (folded == NULL || (score = score_title(q, folded, near, skip, alias)) < 0)
		return 0;
	added = idset_add(&c->seen, sqlite3_column_int(st, 0));
	if (added <= 0)
		return added;
	if (cands_grow(c) < 0)
		return -1;
	k = &c->v[c->n];
	if ((k->folded = strdup(folded)) == NULL)
		return -1;
	k->hit.score = score;
	store_column(st, 1, k->hit.code, sizeof k->hit.code);
	store_column(st, 2, k->hit.title, sizeof k->hit.title);
	store_column(st, 4, k->hit.group, sizeof k->hit.group);
	k->hit.rank = sqlite3_column_int(st, 5);
	c->n++;
	return 0;
}

/* The query word that the English word of the current row of ST
 * answers, and its score into *ALIAS (a first word, whole or begun);
 * -1 for a row of titles only. */
static int
english_match(sqlite3_stmt *st, const struct query *q, int *alias)
{
	const char *aw;

	if (sqlite3_column_count(st) < 7 ||
	    (aw = (const char *)sqlite3_column_text(st, 6)) == NULL)
		return -1;
	for (int i = 0; i < q->n; i++)
		if (q->len[i] >= ENGLISH_MIN && strlen(aw) >= q->len[i] && memcmp(aw, q->word[i], q->len[i]) == 0) {
			*alias = aw[q->len[i]] == '\0' ? 301 : 201;
			return i;
		}
	return -1;
}

/* Run ST (bound already) and add its rows; returns 0 or -1 with E. */
static int
cands_scan(struct store *s, sqlite3_stmt *st, struct cands *c, const struct query *q,
	   int near, struct tr_err *e)
{
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int alias = 0, skip = english_match(st, q, &alias);

		if (cands_add(c, st, q, near, skip, alias) < 0) {
			sqlite3_reset(st);
			return err_set(e, _("%s: out of memory"), store_path(s));
		}
	}
	return store_rows(s, st, rc, 0, N_("cannot search job titles"), e);
}

/* Bind the prefix range of WORD (LEN bytes) to ?1 and ?2 of ST: the upper
 * bound is the word with its last byte raised by one (folded words are
 * ASCII letters and digits). */
static void
bind_prefix(sqlite3_stmt *st, const char *word, size_t len, char *hi)
{
	memcpy(hi, word, len);
	hi[len - 1]++;
	sqlite3_bind_text(st, 1, word, (int)len, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, hi, (int)len, SQLITE_STATIC);
}

/* The titles of every word of the driver's first letter that the driver
 * starts, but for one letter, into C, read with one letter off. */
static int
collect_near(struct store *s, const struct query *q, struct cands *c, struct tr_err *e)
{
	const char *dw = q->word[q->driver];
	size_t dl = q->len[q->driver];
	sqlite3_stmt *words = store_stmt(s, sql_words, e), *st;
	char hi[2] = { dw[0] + 1, '\0' };
	int rc;

	if (words == NULL)
		return -1;
	sqlite3_bind_text(words, 1, dw, 1, SQLITE_STATIC);
	sqlite3_bind_text(words, 2, hi, 1, SQLITE_STATIC);
	while ((rc = sqlite3_step(words)) == SQLITE_ROW) {
		const char *w = (const char *)sqlite3_column_text(words, 0);
		size_t wl = w ? strlen(w) : 0;

		if (w == NULL || !((wl >= dl && memcmp(w, dw, dl) == 0) ||
				   near_prefix(w, wl, dw, dl)))
			continue;
		if ((st = store_stmt(s, sql_word_titles, e)) == NULL) {
			sqlite3_reset(words);
			return -1;
		}
		sqlite3_bind_text(st, 1, w, -1, SQLITE_TRANSIENT);
		if (cands_scan(s, st, c, q, 1, e) < 0) {
			sqlite3_reset(words);
			return -1;
		}
	}
	return store_rows(s, words, rc, 0, N_("cannot search job titles"), e);
}

/* Every matching title into C: the words starting with the driver word
 * (without a plural ending, so that the singular is found too), then the
 * English words starting with a query word (of ENGLISH_MIN letters at
 * least, so one letter does not bring them all); when none matched, the
 * words one letter off (collect_near). */
static int
collect(struct store *s, const struct query *q, struct cands *c, struct tr_err *e)
{
	char hi[FOLD_MAX];
	sqlite3_stmt *st = store_stmt(s, sql_candidates, e);

	if (st == NULL)
		return -1;
	bind_prefix(st, q->word[q->driver], singular_len(q->word[q->driver],
							 q->len[q->driver]), hi);
	if (cands_scan(s, st, c, q, 0, e) < 0)
		return -1;
	for (int i = 0; i < q->n; i++) {
		if (q->len[i] < ENGLISH_MIN)
			continue;
		if ((st = store_stmt(s, sql_english, e)) == NULL)
			return -1;
		bind_prefix(st, q->word[i], q->len[i], hi);
		if (cands_scan(s, st, c, q, 0, e) < 0)
			return -1;
	}
	if (c->n > 0 || q->len[q->driver] < NEAR_MIN)
		return 0;
	return collect_near(s, q, c, e);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* How many of the SORTED (N) folded titles start with T and a space: the
 * titles that specialise T (at most GENERIC_CAP counted). They follow T's
 * place in byte order. */
static int
specialisations(char *const *sorted, size_t n, const char *t)
{
	size_t lo = 0, hi = n, tl = strlen(t);
	int count = 0;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (strcmp(sorted[mid], t) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < n && count < GENERIC_CAP; lo++) {
		if (strncmp(sorted[lo], t, tl) != 0)
			break;
		if (sorted[lo][tl] == ' ')
			count++;
	}
	return count;
}

/* The best of C into HITS (MAX), each raised by its specialisations. */
static int
cands_best(struct cands *c, struct job_hit *hits, int max)
{
	char **sorted = malloc((c->n ? c->n : 1) * sizeof *sorted);
	int n = 0;

	if (sorted == NULL)
		return -1;
	for (size_t i = 0; i < c->n; i++)
		sorted[i] = c->v[i].folded;
	qsort(sorted, c->n, sizeof *sorted, cmp_str);
	for (size_t i = 0; i < c->n; i++) {
		c->v[i].hit.score += GENERIC_WEIGHT *
			specialisations(sorted, c->n, c->v[i].folded);
		n = keep_best(hits, n, max, &c->v[i].hit);
	}
	free(sorted);
	return n;
}

int
jobs_search(struct store *s, const char *query, struct job_hit *hits, int max,
	    struct tr_err *e)
{
	struct cands c = { NULL, 0, 0, { NULL, 0, 0 } };
	struct query q;
	int n;

	if (max <= 0 || query_split(&q, query) == 0)
		return 0;
	if (collect(s, &q, &c, e) < 0) {
		cands_free(&c);
		return -1;
	}
	n = cands_best(&c, hits, max);
	cands_free(&c);
	if (n < 0)
		return err_set(e, _("%s: out of memory"), store_path(s));
	return n;
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
