/* cli.c - what the commands share: error messages, the end of stdout,
 * and the reading of a command line with getopt_long(): the options --db,
 * --lang and --help, and a --help made from the table of options. */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "text.h"

/* The widest line of --help, in every language. */
#define CLI_HELP_COLS 80

/* The most options of one line, all its tables together. */
enum { CLI_MAX_OPTIONS = 32 };

const struct cli_option cli_common_options[] = {
	/* TRANSLATORS: the value of an option in a command's --help; the
	 * option's line names it in the same words. */
	{ .name = "db", .key = CLI_KEY_DB, .arg = N_("FILE"),
	  .help = N_("use FILE as the reference database") },
	/* TRANSLATORS: the value of --lang in a command's --help. */
	{ .name = "lang", .key = CLI_KEY_LANG, .arg = N_("LL"),
	  .help = N_("speak language LL (fr, en)") },
	{ .name = "help", .key = 'h', .help = N_("show this help and exit") },
	{ .name = NULL }
};

/* The line as getopt_long() reads it, made from the tables of a parser:
 * LONGOPTS[i] is OPTS[i]. */
struct cli_getopt {
	struct option longopts[CLI_MAX_OPTIONS + 1];
	const struct cli_option *opts[CLI_MAX_OPTIONS];
	char shortopts[2 * CLI_MAX_OPTIONS + 3];
	int n;
};

void
cli_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", PACKAGE);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int
cli_close_stdout(int status)
{
	int bad = fflush(stdout) != 0 || ferror(stdout);
	int err = errno;

	if (fclose(stdout) != 0 && !bad) {
		bad = 1;
		err = errno;
	}
	if (bad) {
		cli_error(_("write error: %s"), strerror(err != 0 ? err : EIO));
		return status != EXIT_OK ? status : EXIT_FAIL;
	}
	return status;
}

static void
cli_getopt_init(struct cli_getopt *g, const struct cli_parser *p)
{
	size_t s = 0;

	memset(g, 0, sizeof *g);
	/* '+': the program stops at the name of the command. '-': a command
	 * gets its operands in order, among its options, whatever
	 * POSIXLY_CORRECT says. ':': a missing value is told apart. */
	g->shortopts[s++] = p->command == NULL ? '+' : '-';
	g->shortopts[s++] = ':';
	for (const struct cli_option *const *t = p->tables; *t != NULL; t++) {
		for (const struct cli_option *o = *t; o->name != NULL; o++) {
			if (g->n == CLI_MAX_OPTIONS)
				abort();   /* a table too long: raise the limit */
			g->longopts[g->n].name = o->name;
			g->longopts[g->n].has_arg = o->arg != NULL ? required_argument : no_argument;
			g->longopts[g->n].val = o->key;
			g->opts[g->n++] = o;
			if (o->key < CLI_KEY_DB) {
				g->shortopts[s++] = (char)o->key;
				if (o->arg != NULL)
					g->shortopts[s++] = ':';
			}
		}
	}
}

/* The options whose long name starts with the LEN bytes of NAME: how many
 * different ones (options of one key are one; an exact name is one), the
 * first in *FOUND. */
static int
cli_prefix(const struct cli_getopt *g, const char *name, size_t len,
	   const struct cli_option **found)
{
	int n = 0;

	*found = NULL;
	for (int i = 0; i < g->n; i++) {
		const struct cli_option *o = g->opts[i];

		if (strncmp(o->name, name, len) != 0)
			continue;
		if (o->name[len] == '\0') {
			*found = o;
			return 1;
		}
		if (*found == NULL)
			*found = o;
		if (n == 0 || o->key != (*found)->key)
			n++;
	}
	return n;
}

/* Say what is wrong with the long option TEXT, "--name[=value]": C is
 * what getopt_long() answered, '?' or ':'. */
static void
cli_bad_long(const struct cli_getopt *g, const char *text, int c)
{
	const struct cli_option *o;
	size_t len = strcspn(text + 2, "=");
	char name[80];
	int n = len > 0 ? cli_prefix(g, text + 2, len, &o) : 0;

	if (n == 0) {
		cli_error(_("unknown option '%s'"), text);
	} else if (n > 1) {
		snprintf(name, sizeof name, "%.*s", (int)len + 2, text);
		cli_error(_("option '%s' is ambiguous"), name);
	} else {
		snprintf(name, sizeof name, "--%s", o->name);
		if (c == ':')
			cli_error(_("option '%s' needs a value"), name);
		else
			cli_error(_("option '%s' takes no value"), name);
	}
}

/* Say what is wrong with the option in TEXT, the word of ARGV being read,
 * and where the help is. */
static void
cli_bad_option(const struct cli_parser *p, const struct cli_getopt *g,
	       const char *text, int c)
{
	char name[80];
	const char *shown = text;

	if (text[0] == '-' && text[1] == '-') {
		cli_bad_long(g, text, c);
	} else {
		if (optopt > ' ' && optopt < 127) {
			snprintf(name, sizeof name, "-%c", optopt);
			shown = name;
		}
		if (c == ':')
			cli_error(_("option '%s' needs a value"), shown);
		else
			cli_error(_("unknown option '%s'"), shown);
	}
	if (p->command != NULL)
		snprintf(name, sizeof name, "%s %s", PACKAGE, p->command->name);
	else
		snprintf(name, sizeof name, "%s", PACKAGE);
	fprintf(stderr, _("Try '%s --help' for more information.\n"), name);
}

/* One line of a command's --help: the option, its value, what it does,
 * at the columns of the program's --help. */
static void
cli_help_option(FILE *fp, const struct cli_option *o)
{
	char left[128];
	int len, pad;

	if (o->key < CLI_KEY_DB)
		len = snprintf(left, sizeof left, "  -%c, --%s", o->key, o->name);
	else
		len = snprintf(left, sizeof left, "      --%s", o->name);
	if (o->arg != NULL && len > 0 && (size_t)len < sizeof left)
		snprintf(left + len, sizeof left - (size_t)len, " %s", _(o->arg));
	pad = 22 - (int)text_width(left);
	if (pad < 2)
		pad = 2;
	fprintf(fp, "%s%*s%s\n", left, pad, "", _(o->help));
}

/* A command's --help: its synopsis, what it does (its line in the
 * program's list of commands, as a sentence), its options. */
static void
cli_help(FILE *fp, const struct cli_parser *p)
{
	const char *summary = _(p->command->summary);

	/* TRANSLATORS: "tremplin", then a command and its arguments as in the
	 * list of commands of 'tremplin --help': "diagnose FILE...". */
	fprintf(fp, _("Usage: %s %s [OPTION]...\n"), PACKAGE, _(p->command->synopsis));
	if (summary[0] >= 'a' && summary[0] <= 'z')
		fprintf(fp, "%c%s.\n", summary[0] - 'a' + 'A', summary + 1);
	else
		fprintf(fp, "%s.\n", summary);
	fputs("\n", fp);
	fputs(_("Options:\n"), fp);
	for (const struct cli_option *const *t = p->tables; *t != NULL; t++)
		for (const struct cli_option *o = *t; o->name != NULL; o++)
			if (o->help != NULL)
				cli_help_option(fp, o);
	if (p->more != NULL) {
		fputs("\n", fp);
		fputs(_(p->more), fp);
	}
	fputs("\n", fp);
	fputs(_("The manual page tremplin(1) says more: man tremplin\n"), fp);
}

/* Where line S (of N bytes, printed from byte START on) breaks to fit in
 * CLI_HELP_COLS columns: the byte after the last space that fits (not
 * the one before a French " :", " ;", " ?", " !"), or N when it fits or
 * has no such space. */
static size_t
cli_help_break(const char *s, size_t n, size_t start, size_t indent)
{
	size_t i = start, cols = indent, brk = n;

	while (i < n) {
		size_t len;

		text_decode(s + i, &len);
		if (s[i] == ' ' && i > start && i + 1 < n && strchr(":;?!", s[i + 1]) == NULL)
			brk = i + 1;
		if (++cols > CLI_HELP_COLS)
			return brk;
		i += len;
	}
	return n;
}

/* The column where the continuation of help line S starts: that of its
 * description ("  -x, --name VALUE   what it does": after the first run
 * of two spaces or more past the indent), else its own indent. */
static size_t
cli_help_hang(const char *s, size_t n)
{
	size_t lead = strspn(s, " "), i = lead, cols = lead;

	while (i < n) {
		size_t len;

		if (s[i] == ' ' && i + 1 < n && s[i + 1] == ' ') {
			size_t gap = strspn(s + i, " ");

			if (i + gap < n && cols + gap < CLI_HELP_COLS / 2)
				return cols + gap;
			break;
		}
		text_decode(s + i, &len);
		i += len;
		cols++;
	}
	return lead;
}

/* Line S (N bytes, no newline) in lines of CLI_HELP_COLS columns at most,
 * each continuation under the description; *LAST is the column of the
 * description of the line before, for a line of a list whose description
 * follows its name after one space only. */
static void
cli_help_line(FILE *fp, const char *s, size_t n, size_t *last)
{
	size_t lead = strspn(s, " "), hang = cli_help_hang(s, n), start = 0, indent = 0;

	if (hang == lead && lead > 0 && *last > lead)
		hang = *last;
	*last = hang > lead ? hang : 0;

	for (;;) {
		size_t brk = cli_help_break(s, n, start, indent), end = brk;

		while (end > start && s[end - 1] == ' ')
			end--;
		fprintf(fp, "%*s%.*s\n", (int)(start > 0 ? hang : 0), "", (int)(end - start),
			s + start);
		if (brk >= n)
			return;
		start = brk;
		indent = hang;
	}
}

/* The help of P (its own usage() or the one made from its options),
 * every line cut to CLI_HELP_COLS columns, whatever the language. */
static void
cli_show_help(const struct cli_parser *p)
{
	char *text = NULL;
	size_t len = 0, last = 0;
	FILE *mem = open_memstream(&text, &len);

	if (mem != NULL) {
		if (p->usage != NULL)
			p->usage(mem);
		else
			cli_help(mem, p);
		fclose(mem);
	}
	if (mem == NULL || text == NULL) {
		free(text);
		if (p->usage != NULL)
			p->usage(stdout);
		else
			cli_help(stdout, p);
		return;
	}
	for (const char *s = text, *end = text + len; s < end;) {
		size_t n = strcspn(s, "\n");

		cli_help_line(stdout, s, n, &last);
		s += n + (s[n] == '\n');
	}
	free(text);
}

/* Act on the option C that getopt_long() found in TEXT: 0 go on, -1 the
 * run ends with *STATUS. */
static int
cli_option(struct cli_parser *p, const struct cli_getopt *g, int c,
	   const char *text, int *status)
{
	int r;

	switch (c) {
	case '?':
	case ':':
		cli_bad_option(p, g, text, c);
		*status = EXIT_USAGE;
		return -1;
	case 'h':
		cli_show_help(p);
		*status = EXIT_OK;
		return -1;
	case CLI_KEY_DB:
		p->db = optarg;
		p->db_asked = 1;
		return 0;
	case CLI_KEY_LANG:
		return 0;   /* main() took it before anything was said */
	}
	r = p->take(c, optarg, p->arg);
	if (r == 0)
		return 0;
	*status = r > 0 ? EXIT_OK : EXIT_USAGE;
	return -1;
}

int
cli_parse(struct cli_parser *p, int argc, char **argv, int *status)
{
	struct cli_getopt g;
	int n = 0;

	cli_getopt_init(&g, p);
	opterr = 0;
	optind = 0;   /* a new line: getopt_long() starts afresh */
	for (;;) {
		/* The word being read: optind moves past it once it is read. */
		int word = optind > 0 ? optind : 1;
		int c = getopt_long(argc, argv, g.shortopts, g.longopts, NULL);

		if (c == -1)
			break;
		if (c == 1)
			argv[++n] = optarg;   /* an operand, in its order */
		else if (cli_option(p, &g, c, argv[word], status) < 0)
			return -1;
	}
	/* After --, or the program's command and its own line. */
	while (optind < argc)
		argv[++n] = argv[optind++];
	argv[n + 1] = NULL;
	return n + 1;
}

void
cli_speak(const char *code)
{
	if (code == NULL || code[0] == '\0')
		unsetenv("LANGUAGE");
	else
		setenv("LANGUAGE", code, 1);
	textdomain(PACKAGE);          /* gettext looks at LANGUAGE again */
}
