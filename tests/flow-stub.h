/* flow-stub.h - the flow, for the tests of struct wizard that link
 * wizard-session.c without the screens: the saves ask it only which
 * screen to record. Included by one test each. */
#ifndef TREMPLIN_FLOW_STUB_H
#define TREMPLIN_FLOW_STUB_H

#include "wizard.h"

const char *
flow_screen_id(const struct screen *s)
{
	(void)s;
	return NULL;
}

int
flow_beyond_summary(const struct screen *s)
{
	(void)s;
	return 0;
}

#endif
