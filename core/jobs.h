/* jobs.h - job groups, job titles and related jobs, read from the store. */
#ifndef TREMPLIN_JOBS_H
#define TREMPLIN_JOBS_H

#include "err.h"
#include "store.h"

#define JOB_CODE_LEN 6     /* "D1102" + NUL */
#define JOB_NAME_MAX 160

struct job_group {
	char code[JOB_CODE_LEN];
	char name[JOB_NAME_MAX];
	char domain[2];
	int diploma_required;         /* 1: a diploma is usually required */
	int diploma_level;            /* enum sit_diploma value, -1 when unknown */
	int licence_often;            /* 1: driving licence often required */
};

struct job_hit {
	char code[JOB_CODE_LEN];
	char title[JOB_NAME_MAX];
	char group[JOB_NAME_MAX];     /* name of the job group */
	int score;                    /* higher is better */
	int rank;                     /* job_titles.rank: 0 principal, 1 other,
				       * 2 rarely used */
};

/* Job titles matching QUERY, best first: every word of the query must be
 * the start of a word of the title, ignoring accents and case, or be the
 * start of one of the project's English words for the title (job_words).
 * The score favours the query's first word starting the title, whole
 * words, titles that other titles specialise (the generic job), and short
 * titles. Among equally good matches, a sheet's principal title comes
 * first and rarely used titles last, then titles in alphabetical order.
 * When nothing matches, a word of five letters or more may be one letter
 * off (not its first). Fills at most MAX hits; returns how many, or -1
 * with E filled. doc/answering.md tells the rules. */
int jobs_search(struct store *s, const char *query, struct job_hit *hits,
		int max, struct tr_err *e);

/* The job group CODE: 1 found, 0 unknown code, -1 error. */
int jobs_group(struct store *s, const char *code, struct job_group *out,
	       struct tr_err *e);

enum job_link_kind { JOB_LINK_CLOSE, JOB_LINK_EVOLUTION };

struct job_link {
	char code[JOB_CODE_LEN];
	char name[JOB_NAME_MAX];
	enum job_link_kind kind;
};

/* Related job groups of CODE, close ones first; returns how many (<= MAX),
 * -1 on error. */
int jobs_related(struct store *s, const char *code, struct job_link *out,
		 int max, struct tr_err *e);

#endif
