/* plain-io.c - lines in and out for the plain interview: words wrapped
 * to 72 columns, prompts, lines read with their outer spaces trimmed,
 * and the commands every prompt knows (back, help, quit, and the
 * symbols < ? q). Nothing here moves a cursor or writes an escape
 * sequence. */
#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <strings.h>

#include "cli.h"
#include "export.h"
#include "i18n.h"
#include "plain.h"

/* Columns of the N bytes of UTF-8 text S: one per code point (the
 * continuation bytes take none), as core's text_width(). */
static int
cols(const char *s, size_t n)
{
	int c = 0;

	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

/* N spaces at the end of the line being made in BUF (LEN so far). */
static size_t
spaces(char *buf, size_t len, size_t size, int n)
{
	while (n-- > 0 && len + 1 < size)
		buf[len++] = ' ';
	buf[len] = '\0';
	return len;
}

static size_t
append(char *buf, size_t len, size_t size, const char *s, size_t n)
{
	if (len + n >= size)
		n = len + 1 < size ? size - len - 1 : 0;
	memcpy(buf + len, s, n);
	buf[len + n] = '\0';
	return len + n;
}

/* 1 when the token at S (up to a space or END) stays on the line of the
 * word before it: French » : ; ? ! follow a space that must not break. */
static int
sticks_back(const char *s, const char *end)
{
	static const char *const marks[] = { "»", ":", ";", "?", "!" };

	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
		size_t n = strlen(marks[i]);

		if ((size_t)(end - s) >= n && memcmp(s, marks[i], n) == 0 &&
		    (s + n == end || s[n] == ' '))
			return 1;
	}
	return 0;
}

/* The end of the word at S: a "«" keeps the next word with it, and a
 * word keeps the French marks that follow it after a space. */
static const char *
word_end(const char *s, const char *end)
{
	const char *w = s;

	for (;;) {
		const char *start = w;

		while (w < end && *w != ' ')
			w++;
		if (w + 1 < end && ((w - start == 2 && memcmp(start, "«", 2) == 0) ||
				    sticks_back(w + 1, end)))
			w++;
		else
			return w;
	}
}

/* One paragraph (no newline in it) of N bytes, as lines of P. */
static void
wrap(struct plain *p, int indent, int hang, const char *s, size_t n)
{
	const char *end = s + n;
	char line[4 * PLAIN_LINE_MAX];
	int col = indent, start = indent;
	size_t len = spaces(line, 0, sizeof line, indent);

	while (s < end) {
		const char *w;
		int wc;

		while (s < end && *s == ' ')
			s++;
		if (s == end)
			break;
		w = word_end(s, end);
		wc = cols(s, (size_t)(w - s));
		if (col > start && col + 1 + wc > PLAIN_WIDTH) {
			plain_line(p, line);
			len = spaces(line, 0, sizeof line, hang);
			col = start = hang;
		} else if (col > start) {
			len = append(line, len, sizeof line, " ", 1);
			col++;
		}
		len = append(line, len, sizeof line, s, (size_t)(w - s));
		col += wc;
		s = w;
	}
	plain_line(p, line);
}

void
plain_say(struct plain *p, int indent, int hang, const char *text)
{
	char ascii[4 * PLAIN_LINE_MAX];
	const char *s = text;

	if (p->opts->ascii) {
		export_ascii(text, ascii, sizeof ascii);
		s = ascii;
	}
	for (;;) {
		size_t n = strcspn(s, "\n");

		wrap(p, indent, hang, s, n);
		if (s[n] == '\0')
			break;
		s += n + 1;
		indent = hang;
	}
}

void
plain_sayf(struct plain *p, int indent, int hang, const char *fmt, ...)
{
	char buf[2 * PLAIN_LINE_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	plain_say(p, indent, hang, buf);
}

void
plain_blank(struct plain *p)
{
	plain_line(p, "");
}

void
plain_chapter(struct plain *p, int chapter)
{
	/* TRANSLATORS: the heading of a chapter of the interview in plain
	 * mode, read aloud by screen readers: "Part 2 of 6: Me". */
	plain_sayf(p, 0, 0, _("Part %d of %d: %s"), chapter + 1, CHAPTER__COUNT,
		   _(interview_chapter_name(chapter)));
}

void
plain_message(struct plain *p)
{
	if (p->w.msg[0] == '\0')
		return;
	plain_say(p, 0, 0, p->w.msg);
	p->w.msg[0] = '\0';
}

void
plain_prompt(struct plain *p, const char *text)
{
	char ascii[PLAIN_LINE_MAX];

	if (p->opts->ascii) {
		export_ascii(text, ascii, sizeof ascii);
		text = ascii;
	}
	fputs(text, p->out);
	fputc(' ', p->out);
	fflush(p->out);
}

static char *
trim(char *s)
{
	char *e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

/* Ctrl-C while a line is read: the line is "q" (the question asks). */
static int
interrupted(struct plain *p, char *buf, size_t size)
{
	plain_got_int = 0;
	clearerr(p->in);
	fputc('\n', p->out);
	snprintf(buf, size, "q");
	return 0;
}

/* Wait MS milliseconds at most for a line on P's input: 1 there is one
 * (or the input ended), 0 not. */
static int
input_within(struct plain *p, int ms)
{
	struct pollfd fd = { .fd = fileno(p->in), .events = POLLIN };
	int r;

	while ((r = poll(&fd, 1, ms)) < 0 && errno == EINTR)
		;
	return r != 0;
}

/* A kiosk on a terminal: after idle_timeout seconds without a line, the
 * read ends (P->idle); the last part of them is announced once. */
static int
idle_ended(struct plain *p)
{
	int limit = p->opts->idle_timeout, warn;
	char text[256];

	if (p->opts->mode != WIZARD_KIOSK || limit <= 0 || !isatty(fileno(p->in)))
		return 0;
	warn = limit < 60 ? limit / 2 : 30;
	if (input_within(p, (limit - warn) * 1000))
		return 0;
	snprintf(text, sizeof text,
		 P_("Are you still there? Press Enter to continue. In %d second, "
		    "your answers are erased.",
		    "Are you still there? Press Enter to continue. In %d seconds, "
		    "your answers are erased.", (unsigned long)warn), warn);
	fputc('\n', p->out);
	plain_say(p, 0, 0, text);
	if (input_within(p, warn * 1000))
		return 0;
	p->idle = 1;
	return 1;
}

int
plain_read(struct plain *p, char *buf, size_t size)
{
	char line[PLAIN_LINE_MAX];
	size_t n;

	plain_page_reset(p);
	if (plain_got_int)
		return interrupted(p, buf, size);
	fflush(p->out);
	if (p->idle || idle_ended(p))
		return -1;
	if (fgets(line, sizeof line, p->in) == NULL) {
		if (plain_got_int && ferror(p->in) && errno == EINTR)
			return interrupted(p, buf, size);
		fputc('\n', p->out);
		return -1;
	}
	n = strlen(line);
	if (n > 0 && line[n - 1] != '\n') {
		int c;

		/* A line longer than any answer: the rest is dropped. */
		while ((c = fgetc(p->in)) != EOF && c != '\n')
			continue;
	}
	line[strcspn(line, "\r\n")] = '\0';
	if (p->echo)
		fprintf(p->out, "%s\n", line);
	snprintf(buf, size, "%s", trim(line));
	return 0;
}

int
plain_number(const char *s)
{
	int n = 0;

	if (*s == '\0' || strlen(s) > 6)
		return -1;
	for (; *s != '\0'; s++) {
		if (!isdigit((unsigned char)*s))
			return -1;
		n = n * 10 + (*s - '0');
	}
	return n;
}

/* LINE is WORD, in English or in the language spoken (folded). */
static int
is_word(const char *line, const char *english, const char *spoken)
{
	char a[PLAIN_LINE_MAX], b[64];

	plain_fold(line, a, sizeof a);
	if (strcmp(a, english) == 0)
		return 1;
	plain_fold(spoken, b, sizeof b);
	return strcmp(a, b) == 0;
}

enum plain_cmd
plain_command(const char *line)
{
	/* TRANSLATORS: the words typed at any prompt of plain mode to go
	 * back, to hear the help and to quit; one word each, lower case.
	 * The English words work too. */
	if (strcmp(line, "<") == 0 || is_word(line, "back", _("back")))
		return CMD_BACK;
	if (strcmp(line, "?") == 0 || is_word(line, "help", _("help")))
		return CMD_HELP;
	if (strcasecmp(line, "q") == 0 || is_word(line, "quit", _("quit")) ||
	    strcasecmp(line, "quitter") == 0)
		return CMD_QUIT;
	return CMD_NONE;
}

const char *
plain_commands_text(void)
{
	return _("Type back to go back, help to hear the help, quit to stop.");
}

/* 1 yes, 0 no, -1 neither: y, yes, o, oui, n, no, non and the words of
 * the language spoken. */
static int
yes_or_no(const char *line)
{
	char a[PLAIN_LINE_MAX], yes[32], no[32];

	plain_fold(line, a, sizeof a);
	/* TRANSLATORS: the answers to a yes-or-no question in plain mode,
	 * lower case; y, yes, o, oui, n, no and non work too. */
	plain_fold(_("yes"), yes, sizeof yes);
	plain_fold(_("no"), no, sizeof no);
	if (strcmp(a, "y") == 0 || strcmp(a, "yes") == 0 || strcmp(a, "o") == 0 ||
	    strcmp(a, "oui") == 0 || strcmp(a, yes) == 0)
		return 1;
	if (strcmp(a, "n") == 0 || strcmp(a, "no") == 0 || strcmp(a, "non") == 0 ||
	    strcmp(a, no) == 0)
		return 0;
	return -1;
}

int
plain_yes_no(struct plain *p, const char *question)
{
	char line[PLAIN_LINE_MAX];

	for (int tries = 0;; tries++) {
		int r;

		plain_prompt(p, question);
		if (plain_read(p, line, sizeof line) < 0)
			return -1;
		if ((r = yes_or_no(line)) >= 0)
			return r;
		if (tries + 1 >= PLAIN_REFUSALS && !isatty(fileno(p->in)))
			return 0;     /* the input says neither: no */
		plain_say(p, 0, 0, _("Please type yes or no."));
	}
}

int
plain_confirm_quit(struct plain *p)
{
	return plain_yes_no(p, _("Quit? Type yes or no:"));
}

int
plain_refused(struct plain *p, int at, const char *what)
{
	if (p->refused_at != at)
		p->refused = 0;
	p->refused_at = at;
	if (++p->refused < PLAIN_REFUSALS || isatty(fileno(p->in)))
		return 0;
	fflush(p->out);
	if (p->w.sessions != NULL)
		/* TRANSLATORS: %1$s is the question; the answers given so far
		   are saved in the sessions file. */
		cli_error(P_("the input gave no usable answer to '%1$s' %2$d time: "
			     "stopped (your answers are saved)",
			     "the input gave no usable answer to '%1$s' %2$d times: "
			     "stopped (your answers are saved)", (unsigned long)p->refused),
			  what, p->refused);
	else
		/* TRANSLATORS: %1$s is the question; nothing is saved. */
		cli_error(P_("the input gave no usable answer to '%1$s' %2$d time: "
			     "stopped (nothing was kept)",
			     "the input gave no usable answer to '%1$s' %2$d times: "
			     "stopped (nothing was kept)", (unsigned long)p->refused),
			  what, p->refused);
	return 1;
}

void
plain_answered(struct plain *p)
{
	p->refused = 0;
}

enum plain_read
plain_read_answer(struct plain *p, char *line, size_t size, const char *help,
		  enum plain_step *end)
{
	int yes;

	*end = STEP_EOF;
	if (plain_read(p, line, size) < 0)
		return PLAIN_ENDED;
	switch (plain_command(line)) {
	case CMD_BACK:
		*end = STEP_BACK;
		return PLAIN_ENDED;
	case CMD_HELP:
		plain_say(p, 0, 0, help);
		return PLAIN_HELPED;
	case CMD_QUIT:
		yes = plain_confirm_quit(p);
		if (yes == 0)
			return PLAIN_STAYED;
		*end = yes < 0 ? STEP_EOF : STEP_QUIT;
		return PLAIN_ENDED;
	case CMD_NONE:
		break;
	}
	return PLAIN_ANSWER;
}
