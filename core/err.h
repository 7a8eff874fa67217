/* err.h - error messages returned by core/ to the front ends.
 *
 * core/ never prints: a function that can fail fills a struct tr_err with
 * one translated line ("FILE:LINE: what is wrong", or "FILE: what to do")
 * and returns a negative status. The front end decides how to show it. */
#ifndef TREMPLIN_ERR_H
#define TREMPLIN_ERR_H

#include <stddef.h>

#define TR_ERR_MAX 512

struct tr_err {
	char msg[TR_ERR_MAX];
};

/* Format MSG into E (E may be NULL). Always returns -1 so that callers can
 * write `return err_set(e, ...);`. */
int err_set(struct tr_err *e, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Clear E (E may be NULL). */
void err_clear(struct tr_err *e);

#endif
