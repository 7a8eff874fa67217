/* err.c - error messages returned by core/. */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>

#include "err.h"

int
err_set(struct tr_err *e, const char *fmt, ...)
{
	va_list ap;

	if (e == NULL)
		return -1;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
	return -1;
}

void
err_clear(struct tr_err *e)
{
	if (e != NULL)
		e->msg[0] = '\0';
}
