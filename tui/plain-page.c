/* plain-page.c - every line plain mode writes goes through here. At a
 * terminal, a long text (the plan, the reasons of a challenge) pauses
 * when a page is full: "Enter for more, or q to stop". Piped, nothing
 * pauses: the whole text is written. */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "i18n.h"
#include "plain.h"

/* The pager's prompt is not paged; the rows of a terminal we cannot ask. */
#define PAGE_ROWS_DEFAULT 24

int
plain_page_rows(const struct plain *p)
{
	struct winsize ws;

	if (!isatty(fileno(p->in)) || !isatty(fileno(p->out)))
		return 0;
	if (ioctl(fileno(p->out), TIOCGWINSZ, &ws) == 0 && ws.ws_row > 2)
		return ws.ws_row - 1;
	return PAGE_ROWS_DEFAULT - 1;
}

void
plain_page_reset(struct plain *p)
{
	p->paged = 0;
	p->hushed = 0;
}

/* A page is full: wait for Enter (more) or q (stop until the next
 * prompt). */
static void
page_pause(struct plain *p)
{
	char line[PLAIN_LINE_MAX], key[PLAIN_LINE_MAX], stop[64];

	plain_prompt(p, _("Enter for more, or q to stop:"));
	if (plain_got_int || fgets(line, sizeof line, p->in) == NULL) {
		clearerr(p->in);
		fputc('\n', p->out);
		p->hushed = 1;
		return;
	}
	line[strcspn(line, "\r\n")] = '\0';
	plain_fold(line, key, sizeof key);
	p->paged = 0;
	/* TRANSLATORS: the word that stops a long text in plain mode (q and
	 * the English word work too). */
	plain_fold(_("stop"), stop, sizeof stop);
	if (key[0] == 'q' || strcmp(key, "stop") == 0 || strcmp(key, stop) == 0)
		p->hushed = 1;
}

void
plain_line(struct plain *p, const char *line)
{
	if (p->hushed)
		return;
	fputs(line, p->out);
	fputc('\n', p->out);
	if (p->page_rows > 0 && ++p->paged >= p->page_rows)
		page_pause(p);
}
