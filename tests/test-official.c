/* test-official.c - codes and names of the default data set against the
 * official files (ROME v3 release 347 and INSEE COG) in $SHARED_DATA.
 *
 * Skips (77) when $SHARED_DATA/rome-v347 or $SHARED_DATA/insee is absent.
 * Every job group, job title, related-job link, région and département of
 * the data/ TSV files must exist in the official files with the same name (and the
 * same région and article for départements). The ROME export writes an
 * apostrophe as '' inside its texts; it is read back as one apostrophe. */
#include <config.h>

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csv.h"
#include "check.h"

#define MAXCOLS 8
#define ROME "rome-v347/unix_%s_v347_utf8.csv"

/* A sorted list of key -> value pairs (value may be ""). */
struct map {
	struct pair { char *k, *v; } *p;
	size_t n, cap;
};

typedef void row_fn(const char *const *f, const char *path, long line, void *ctx);

static char *
xstrdup(const char *s)
{
	char *d = strdup(s);

	if (d == NULL) {
		fprintf(stderr, "out of memory\n");
		exit(99);
	}
	return d;
}

/* Copy of S with every '' (the ROME export's apostrophe) made one '. */
static char *
unescape(const char *s)
{
	char *d = xstrdup(s), *o = d;

	for (; *s; s++) {
		*o++ = *s;
		if (s[0] == '\'' && s[1] == '\'')
			s++;
	}
	*o = '\0';
	return d;
}

/* "A\tB" or "A\tB\tC" (C may be NULL). */
static char *
join(const char *a, const char *b, const char *c)
{
	size_t n = strlen(a) + strlen(b) + (c ? strlen(c) : 0) + 3;
	char *s = malloc(n);

	if (s == NULL) {
		fprintf(stderr, "out of memory\n");
		exit(99);
	}
	snprintf(s, n, c ? "%s\t%s\t%s" : "%s\t%s", a, b, c ? c : "");
	return s;
}

/* Takes ownership of K and V. */
static void
map_add(struct map *m, char *k, char *v)
{
	if (m->n == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 1024;
		m->p = realloc(m->p, m->cap * sizeof *m->p);
		if (m->p == NULL) {
			fprintf(stderr, "out of memory\n");
			exit(99);
		}
	}
	m->p[m->n].k = k;
	m->p[m->n++].v = v;
}

static int
pair_cmp(const void *a, const void *b)
{
	return strcmp(((const struct pair *)a)->k, ((const struct pair *)b)->k);
}

static void
map_sort(struct map *m)
{
	qsort(m->p, m->n, sizeof *m->p, pair_cmp);
}

/* Value for K, or NULL when K is absent. */
static const char *
map_get(const struct map *m, const char *k)
{
	struct pair key = { (char *)(uintptr_t)k, NULL }, *hit;

	if (m->n == 0)
		return NULL;
	hit = bsearch(&key, m->p, m->n, sizeof *m->p, pair_cmp);
	return hit ? hit->v : NULL;
}

static void
map_free(struct map *m)
{
	for (size_t i = 0; i < m->n; i++) {
		free(m->p[i].k);
		free(m->p[i].v);
	}
	free(m->p);
}

/* Call FN on every record of PATH with the fields named COLS; records
 * whose first field starts with '#' (our comments) are skipped. */
static void
each_row(const char *path, char sep, const char *const *cols, row_fn *fn, void *ctx)
{
	const char *f[MAXCOLS];
	int idx[MAXCOLS], r;
	struct tr_err e;
	struct csv *c = csv_open(path, sep, &e);

	expect(c != NULL, "%s", c ? "" : e.msg);
	if (c == NULL)
		return;
	r = csv_header(c, cols, idx, &e) == 0 ? 1 : -1;
	while (r == 1 && (r = csv_next(c, &e)) == 1) {
		if (csv_field(c, 0)[0] == '#')
			continue;
		for (int i = 0; cols[i] != NULL; i++)
			f[i] = csv_field(c, idx[i]);
		fn(f, path, csv_line(c), ctx);
	}
	expect(r == 0, "%s", r < 0 ? e.msg : "");
	csv_close(c);
}

/* --- official files --------------------------------------------------- */

struct official {
	struct map groups;    /* code -> libelle_rome */
	struct map letters;   /* first letters of the official group codes */
	struct map titles;    /* "code\ttitle" */
	struct map links;     /* "source\ttarget\tkind" */
	struct map tree;      /* code_noeud -> libelle_item_arbo */
	struct map regions;   /* reg -> libelle */
	struct map deps;      /* dep -> "reg\ttncc\tlibelle" */
};

static void
add_group(const char *const *f, const char *path, long line, void *ctx)
{
	struct official *o = ctx;
	char letter[2] = { f[0][0], '\0' };

	(void)path;
	(void)line;
	map_add(&o->groups, xstrdup(f[0]), unescape(f[1]));
	if (map_get(&o->letters, letter) == NULL) {
		map_add(&o->letters, xstrdup(letter), xstrdup(""));
		map_sort(&o->letters);
	}
}

static void
add_title(const char *const *f, const char *path, long line, void *ctx)
{
	char *t = unescape(f[1]);

	(void)path;
	(void)line;
	map_add(&((struct official *)ctx)->titles, join(f[0], t, NULL), xstrdup(""));
	free(t);
}

static void
add_link(const char *const *f, const char *path, long line, void *ctx)
{
	const char *kind = strcmp(f[2], "1") == 0 ? "close" :
			   strcmp(f[2], "2") == 0 ? "evolution" : f[2];

	(void)path;
	(void)line;
	map_add(&((struct official *)ctx)->links, join(f[0], f[1], kind), xstrdup(""));
}

static void
add_node(const char *const *f, const char *path, long line, void *ctx)
{
	(void)path;
	(void)line;
	map_add(&((struct official *)ctx)->tree, xstrdup(f[0]), unescape(f[1]));
}

static void
add_region(const char *const *f, const char *path, long line, void *ctx)
{
	(void)path;
	(void)line;
	map_add(&((struct official *)ctx)->regions, xstrdup(f[0]), xstrdup(f[1]));
}

static void
add_dep(const char *const *f, const char *path, long line, void *ctx)
{
	(void)path;
	(void)line;
	map_add(&((struct official *)ctx)->deps, xstrdup(f[0]), join(f[1], f[2], f[3]));
}

static void
load_official(struct official *o, const char *shared)
{
	static const char *const gcols[] = { "code_rome", "libelle_rome", NULL };
	static const char *const tcols[] = { "code_rome", "libelle_appellation_long", NULL };
	static const char *const lcols[] = { "code_rome", "code_rome_cible", "code_type_mobilite", NULL };
	static const char *const acols[] = { "code_noeud", "libelle_item_arbo", NULL };
	static const char *const rcols[] = { "reg", "libelle", NULL };
	static const char *const dcols[] = { "dep", "reg", "tncc", "libelle", NULL };
	char path[4096], name[256];

	memset(o, 0, sizeof *o);
	snprintf(name, sizeof name, ROME, "referentiel_code_rome");
	snprintf(path, sizeof path, "%s/%s", shared, name);
	each_row(path, ',', gcols, add_group, o);
	snprintf(name, sizeof name, ROME, "referentiel_appellation");
	snprintf(path, sizeof path, "%s/%s", shared, name);
	each_row(path, ',', tcols, add_title, o);
	snprintf(name, sizeof name, ROME, "rubrique_mobilite");
	snprintf(path, sizeof path, "%s/%s", shared, name);
	each_row(path, ',', lcols, add_link, o);
	snprintf(name, sizeof name, ROME, "item_arborescence");
	snprintf(path, sizeof path, "%s/%s", shared, name);
	each_row(path, ',', acols, add_node, o);
	snprintf(path, sizeof path, "%s/insee/regions.csv", shared);
	each_row(path, ',', rcols, add_region, o);
	snprintf(path, sizeof path, "%s/insee/departements.csv", shared);
	each_row(path, ',', dcols, add_dep, o);
	map_sort(&o->groups);
	map_sort(&o->titles);
	map_sort(&o->links);
	map_sort(&o->tree);
	map_sort(&o->regions);
	map_sort(&o->deps);
}

static void
free_official(struct official *o)
{
	map_free(&o->groups);
	map_free(&o->letters);
	map_free(&o->titles);
	map_free(&o->links);
	map_free(&o->tree);
	map_free(&o->regions);
	map_free(&o->deps);
}

/* --- our files, row by row -------------------------------------------- */

struct run {
	struct official *o;
	struct map ourcodes;  /* the group code of each of our titles */
	int domains_checked, domains_skipped;
};

static void
check_domain(const char *const *f, const char *path, long line, void *ctx)
{
	struct run *r = ctx;
	const char *name = map_get(&r->o->tree, f[0]);
	char letter[2] = { f[0][0], '\0' };

	expect(map_get(&r->o->letters, letter) != NULL,
	       "%s:%ld: domain %s: no official ROME group code starts with it", path, line, f[0]);
	if (name == NULL) {
		r->domains_skipped++;
		return;
	}
	r->domains_checked++;
	expect(strcmp(name, f[1]) == 0, "%s:%ld: domain %s is \"%s\", official \"%s\"",
	       path, line, f[0], f[1], name);
}

static void
check_group(const char *const *f, const char *path, long line, void *ctx)
{
	const char *name = map_get(&((struct run *)ctx)->o->groups, f[0]);

	expect(name != NULL, "%s:%ld: job group %s is not in the official ROME", path, line, f[0]);
	if (name != NULL)
		expect(strcmp(name, f[1]) == 0, "%s:%ld: job group %s is \"%s\", official \"%s\"",
		       path, line, f[0], f[1], name);
}

static void
check_title(const char *const *f, const char *path, long line, void *ctx)
{
	struct run *r = ctx;
	char *key = join(f[0], f[1], NULL);

	expect(map_get(&r->o->titles, key) != NULL,
	       "%s:%ld: job title \"%s\" is not an official title of group %s", path, line, f[1], f[0]);
	free(key);
	map_add(&r->ourcodes, xstrdup(f[0]), xstrdup(""));
}

static void
check_link(const char *const *f, const char *path, long line, void *ctx)
{
	char *key = join(f[0], f[1], f[2]);

	expect(map_get(&((struct run *)ctx)->o->links, key) != NULL,
	       "%s:%ld: link %s -> %s (%s) is not in the official ROME mobility", path, line,
	       f[0], f[1], f[2]);
	free(key);
}

static void
check_region(const char *const *f, const char *path, long line, void *ctx)
{
	const char *name = map_get(&((struct run *)ctx)->o->regions, f[0]);

	expect(name != NULL, "%s:%ld: région %s is not in the INSEE COG", path, line, f[0]);
	if (name != NULL)
		expect(strcmp(name, f[1]) == 0, "%s:%ld: région %s is \"%s\", INSEE \"%s\"",
		       path, line, f[0], f[1], name);
}

static void
check_dep(const char *const *f, const char *path, long line, void *ctx)
{
	const char *v = map_get(&((struct run *)ctx)->o->deps, f[0]);
	char *ours = join(f[1], f[2], f[3]);

	expect(v != NULL, "%s:%ld: département %s is not in the INSEE COG", path, line, f[0]);
	if (v != NULL)
		expect(strcmp(v, ours) == 0,
		       "%s:%ld: département %s is région/article/name \"%s\", INSEE \"%s\"",
		       path, line, f[0], ours, v);
	free(ours);
}

/* Official titles of group CODE. */
static long
official_titles(const struct official *o, const char *code)
{
	size_t len = strlen(code);
	long n = 0;

	for (size_t k = 0; k < o->titles.n; k++)
		n += strncmp(o->titles.p[k].k, code, len) == 0 && o->titles.p[k].k[len] == '\t';
	return n;
}

/* A group with fewer than 2 of our titles must hold all of its official
 * titles (test-dataset allows it only for such groups). */
static void
check_few_titles(struct run *r)
{
	map_sort(&r->ourcodes);
	for (size_t i = 0; i < r->ourcodes.n;) {
		size_t j = i;

		while (j < r->ourcodes.n && strcmp(r->ourcodes.p[j].k, r->ourcodes.p[i].k) == 0)
			j++;
		if (j - i < 2) {
			long official = official_titles(r->o, r->ourcodes.p[i].k);

			expect(official == (long)(j - i), "job group %s has %zu title(s) but %ld official ones",
			       r->ourcodes.p[i].k, j - i, official);
		}
		i = j;
	}
}

static int
is_dir(const char *shared, const char *sub)
{
	char path[4096];
	struct stat st;

	snprintf(path, sizeof path, "%s/%s", shared, sub);
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int
main(void)
{
	static const char *const dcols[] = { "code", "name", NULL };
	static const char *const tcols[] = { "code", "title", NULL };
	static const char *const lcols[] = { "source", "target", "kind", NULL };
	static const char *const pcols[] = { "code", "region", "article", "name", NULL };
	const char *shared = getenv("SHARED_DATA"), *dir = getenv("top_srcdir");
	struct official o;
	struct run r = { &o, { NULL, 0, 0 }, 0, 0 };
	char path[4096];

	if (shared == NULL || !is_dir(shared, "rome-v347") || !is_dir(shared, "insee")) {
		printf("SKIP: no official files in $SHARED_DATA (rome-v347, insee)\n");
		return 77;
	}
	if (dir == NULL || *dir == '\0')
		dir = ".";
	load_official(&o, shared);
	snprintf(path, sizeof path, "%s/data/domains.tsv", dir);
	each_row(path, '\t', dcols, check_domain, &r);
	snprintf(path, sizeof path, "%s/data/job_groups.tsv", dir);
	each_row(path, '\t', dcols, check_group, &r);
	snprintf(path, sizeof path, "%s/data/job_titles.tsv", dir);
	each_row(path, '\t', tcols, check_title, &r);
	snprintf(path, sizeof path, "%s/data/job_links.tsv", dir);
	each_row(path, '\t', lcols, check_link, &r);
	snprintf(path, sizeof path, "%s/data/regions.tsv", dir);
	each_row(path, '\t', dcols, check_region, &r);
	snprintf(path, sizeof path, "%s/data/departements.tsv", dir);
	each_row(path, '\t', pcols, check_dep, &r);
	check_few_titles(&r);
	printf("domain names: %d checked, %d skipped (absent from unix_item_arborescence)\n",
	       r.domains_checked, r.domains_skipped);
	map_free(&r.ourcodes);
	free_official(&o);
	return check_done();
}
