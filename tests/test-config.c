/* test-config.c - the configuration files (core/config.c, config-file.c):
 * every key with good and bad values, the syntax of the lines (comments,
 * spaces, CRLF, a byte-order mark), what is refused and the FILE:LINE of
 * each message, files that are not read (a link, a folder, a FIFO, too
 * large), the merge in order, the round trip, the exit keys. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "config-file.h"

static char dir[] = "/tmp/tremplin-config-XXXXXX";

/* DIR/NAME in a static buffer. */
static const char *
path_of(const char *name)
{
	static char buf[256];

	snprintf(buf, sizeof buf, "%s/%s", dir, name);
	return buf;
}

static void
write_file(const char *path, const char *text, size_t len)
{
	FILE *fp = fopen(path, "wb");

	if (fp == NULL || fwrite(text, 1, len, fp) != len || fclose(fp) != 0) {
		perror(path);
		exit(99);
	}
}

/* TEXT read as file "t.conf": 0 and *C, or -1 and the message in E. */
static int
read_text(struct config *c, const char *text, struct tr_err *e)
{
	return config_read_string(c, text, strlen(text), "t.conf", e);
}

/* TEXT is refused with exactly WANT as its message. */
static void
refused(const char *text, const char *want)
{
	struct config c;
	struct tr_err e = { "" };
	int rc = read_text(&c, text, &e);

	expect(rc == -1 && strcmp(e.msg, want) == 0,
	       "\"%s\": rc %d, message \"%s\", want \"%s\"", text, rc, e.msg, want);
}

/* The line "KEY=VALUE" is refused with "t.conf:1: KEY WHY"-like WANT
 * (WANT without the "t.conf:1: "). */
static void
refused_value(const char *key, const char *value, const char *want)
{
	char text[2048], full[1024];

	snprintf(text, sizeof text, "%s=%s\n", key, value);
	snprintf(full, sizeof full, "t.conf:1: %s", want);
	refused(text, full);
}

/* "KEY=VALUE" is accepted; the value kept is then *GOT's. */
static void
accepted(const char *key, const char *value, struct config *got)
{
	char text[2048];
	struct tr_err e = { "" };
	int rc;

	snprintf(text, sizeof text, "%s=%s\n", key, value);
	rc = read_text(got, text, &e);
	expect(rc == 0, "\"%s=%s\" refused: %s", key, value, e.msg);
}

static void
test_keys(void)
{
	for (int k = 0; k < CONFIG__COUNT; k++)
		expect(config_key_name((enum config_key)k) != NULL, "key %d has no name", k);
	CHECK(config_key_name(CONFIG__COUNT) == NULL);
	CHECK_STR(config_key_name(CONFIG_IDLE_TIMEOUT), "idle_timeout");
}

static void
test_mode(void)
{
	struct config c;

	accepted("mode", "default", &c);
	CHECK_INT(c.mode, CONFIG_MODE_DEFAULT);
	accepted("mode", "kiosk", &c);
	CHECK_INT(c.mode, CONFIG_MODE_KIOSK);
	CHECK(config_has(&c, CONFIG_MODE) && !config_has(&c, CONFIG_DB));
	accepted("mode", "  adviser\t", &c);
	CHECK_INT(c.mode, CONFIG_MODE_ADVISER);
	refused_value("mode", "Kiosk",
		      "\"Kiosk\" is not a value of mode (default, kiosk, adviser)");
	refused_value("mode", "kiosk,adviser",
		      "\"kiosk,adviser\" is not a value of mode (default, kiosk, adviser)");
	refused_value("mode", "", "mode has no value");
	refused_value("mode", "   ", "mode has no value");
}

static void
test_idle_timeout(void)
{
	static const char *const bad[] = {
		"-1", "+5", "1.5", "3m", "86401", "999999999", "1000000000000", "0x10",
		"1 0",
	};
	const char *why = "idle_timeout must be a whole number of seconds from 0 to 86400 (0: never)";
	struct config c;

	accepted("idle_timeout", "0", &c);
	CHECK_INT(c.idle_timeout, 0);
	accepted("idle_timeout", "180", &c);
	CHECK_INT(c.idle_timeout, 180);
	accepted("idle_timeout", "0086400", &c);
	CHECK_INT(c.idle_timeout, 86400);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		refused_value("idle_timeout", bad[i], why);
	refused_value("idle_timeout", "", "idle_timeout has no value");
}

static void
test_retention_days(void)
{
	static const char *const bad[] = {
		"0", "-1", "+5", "1.5", "90d", "3651", "999999999", "1000000000000", "0x10",
		"1 0",
	};
	const char *why = "retention_days must be a whole number of days from 1 to 3650";
	struct config c;
	struct tr_err e = { "" };

	accepted("retention_days", "1", &c);
	CHECK_INT(c.retention_days, 1);
	accepted("retention_days", " 90 ", &c);
	CHECK_INT(c.retention_days, 90);
	accepted("retention_days", "0003650", &c);
	CHECK_INT(c.retention_days, 3650);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		refused_value("retention_days", bad[i], why);
	refused_value("retention_days", "", "retention_days has no value");
	config_init(&c);
	CHECK_INT(config_set(&c, CONFIG_RETENTION_DAYS, "soon", "--retention-days", &e), -1);
	CHECK_STR(e.msg, "--retention-days must be a whole number of days from 1 to 3650");
	CHECK(!config_has(&c, CONFIG_RETENTION_DAYS));
}

static void
test_text_keys(void)
{
	char long_value[CONFIG_LINE_MAX + 1];
	struct config c;
	struct tr_err e = { "" };

	accepted("print_command", "lp -d accueil -o media=A4 # a shell comment", &c);
	CHECK_STR(c.print_command, "lp -d accueil -o media=A4 # a shell comment");
	accepted("print_command", "a=b", &c);
	CHECK_STR(c.print_command, "a=b");
	refused_value("print_command", "", "print_command has no value");
	refused_value("print_command", "lp\x01", "print_command holds a control character");
	refused_value("print_command", "lp\r-d x", "print_command holds a control character");

	accepted("export_folder", "/srv/tremplin/exports", &c);
	CHECK_STR(c.export_folder, "/srv/tremplin/exports");
	refused_value("export_folder", "exports", "export_folder must be an absolute path (starting with /)");
	refused_value("export_folder", "~/exports", "export_folder must be an absolute path (starting with /)");
	refused_value("export_folder", "/a\tb", "export_folder holds a control character");

	accepted("db", "ref.db", &c);
	CHECK_STR(c.db, "ref.db");
	accepted("db", "/var/lib/tremplin/reference base.db", &c);
	CHECK_STR(c.db, "/var/lib/tremplin/reference base.db");
	refused_value("db", "", "db has no value");

	/* A value from the command line longer than any line. */
	memset(long_value, 'x', sizeof long_value - 1);
	long_value[sizeof long_value - 1] = '\0';
	CHECK_INT(config_set(&c, CONFIG_DB, long_value, "--db", &e), -1);
	CHECK_STR(e.msg, "--db is too long (more than 999 bytes)");
	long_value[sizeof long_value - 2] = '\0';
	CHECK_INT(config_set(&c, CONFIG_DB, long_value, "--db", &e), 0);
	CHECK_INT(strlen(c.db), CONFIG_LINE_MAX - 1);
}

/* agency and adviser_name: one line of at most 60 characters. */
static void
test_agency(void)
{
	/* 60 characters, 2 bytes each for the accented ones. */
	const char *sixty = "Agence France Travail de Besançon-Planoise, accueil é é é éé";
	const char *keys[] = { "agency", "adviser_name" };
	char more[128], want[128];
	struct config c;

	CHECK_INT(strlen(sixty) > 60, 1);
	snprintf(more, sizeof more, "%s!", sixty);
	for (int i = 0; i < 2; i++) {
		accepted(keys[i], "France Travail Lille Centre", &c);
		CHECK_STR(i == 0 ? c.agency : c.adviser_name, "France Travail Lille Centre");
		accepted(keys[i], sixty, &c);
		CHECK_STR(i == 0 ? c.agency : c.adviser_name, sixty);
		snprintf(want, sizeof want, "%s is too long (more than 60 characters)", keys[i]);
		refused_value(keys[i], more, want);
		snprintf(want, sizeof want, "%s has no value", keys[i]);
		refused_value(keys[i], "", want);
		snprintf(want, sizeof want, "%s holds a control character", keys[i]);
		refused_value(keys[i], "a\x7f", want);
	}
}

static void
test_languages(void)
{
	const char *why = "\"de\" is not a value of languages (en, fr)";
	struct config c;

	accepted("languages", "fr", &c);
	CHECK_STR(c.languages, "fr");
	accepted("languages", "fr,en", &c);
	CHECK_STR(c.languages, "fr,en");
	accepted("languages", " en , fr ", &c);
	CHECK_STR(c.languages, "en,fr");
	refused_value("languages", "de", why);
	refused_value("languages", "fr,de", why);
	refused_value("languages", "FR", "\"FR\" is not a value of languages (en, fr)");
	refused_value("languages", "fr,,en", "empty item in the list of languages");
	refused_value("languages", "fr,", "empty item in the list of languages");
	refused_value("languages", "fr,en,fr", "\"fr\" is given twice in languages");
	refused_value("languages", "", "languages has no value");
}

/* po/LINGUAS names no language that the configuration refuses. */
static void
test_linguas(void)
{
	const char *top = getenv("top_srcdir");
	char path[512], line[64];
	FILE *fp;

	snprintf(path, sizeof path, "%s/po/LINGUAS", top != NULL ? top : ".");
	if ((fp = fopen(path, "r")) == NULL) {
		expect(0, "%s: cannot open", path);
		return;
	}
	while (fgets(line, sizeof line, fp) != NULL) {
		struct config c;

		line[strcspn(line, " \t\r\n#")] = '\0';
		if (line[0] != '\0')
			accepted("languages", line, &c);
	}
	fclose(fp);
}

/* The text of the file REL of the source tree (malloc'ed), or NULL. */
static char *
source_text(const char *rel, size_t *len)
{
	const char *top = getenv("top_srcdir");
	char path[512];
	char *text = NULL;
	FILE *fp;
	long n;

	snprintf(path, sizeof path, "%s/%s", top != NULL ? top : ".", rel);
	if ((fp = fopen(path, "rb")) == NULL || fseek(fp, 0, SEEK_END) != 0 ||
	    (n = ftell(fp)) < 0 || fseek(fp, 0, SEEK_SET) != 0 ||
	    (text = malloc((size_t)n + 1)) == NULL ||
	    fread(text, 1, (size_t)n, fp) != (size_t)n) {
		expect(0, "%s: cannot read", path);
		free(text);
		text = NULL;
	} else {
		text[n] = '\0';
		*len = (size_t)n;
	}
	if (fp != NULL)
		fclose(fp);
	return text;
}

/* doc/config.md has a row for every key; data/tremplin.conf.example has
 * every key, commented out ("# key = value"), and with the "# " of those
 * lines taken away it is a good file that sets them all. */
static void
test_docs(void)
{
	size_t len, n = 0;
	char *doc = source_text("doc/config.md", &len);
	char *example = source_text("data/tremplin.conf.example", &len);
	char *keys;
	struct config c;
	struct tr_err e = { "" };

	if (doc == NULL || example == NULL || (keys = malloc(len + 1)) == NULL) {
		free(doc);
		free(example);
		return;
	}
	for (char *line = strtok(example, "\n"); line != NULL; line = strtok(NULL, "\n")) {
		/* "# " then a word of a-z and _, then " = ". */
		size_t word = strncmp(line, "# ", 2) == 0 ?
			      strspn(line + 2, "abcdefghijklmnopqrstuvwxyz_") : 0;

		if (word > 0 && strncmp(line + 2 + word, " = ", 3) == 0)
			n += (size_t)sprintf(keys + n, "%s\n", line + 2);
	}
	expect(read_text(&c, keys, &e) == 0, "the example's keys: %s", e.msg);
	for (int k = 0; k < CONFIG__COUNT; k++) {
		char row[64];

		snprintf(row, sizeof row, "| `%s` |", config_key_name((enum config_key)k));
		expect(strstr(doc, row) != NULL, "doc/config.md has no row %s", row);
		expect(config_has(&c, (enum config_key)k), "the example does not set %s",
		       config_key_name((enum config_key)k));
	}
	free(keys);
	free(doc);
	free(example);
}

struct key_case {
	const char *name;
	int rc, fkey, ctrl;
};

static void
test_exit_key(void)
{
	static const struct key_case cases[] = {
		{ "F1", 0, 1, 0 }, { "f1", 0, 1, 0 }, { "F9", 0, 9, 0 },
		{ "F10", 0, 10, 0 }, { "f12", 0, 12, 0 },
		{ "F0", -1, 0, 0 }, { "F13", -1, 0, 0 }, { "F01", -1, 0, 0 },
		{ "F", -1, 0, 0 }, { "F123", -1, 0, 0 }, { "F1 ", -1, 0, 0 },
		{ "Ctrl-A", 0, 0, 1 }, { "ctrl-q", 0, 0, 17 }, { "CTRL-Q", 0, 0, 17 },
		{ "cTrL-z", 0, 0, 26 }, { "Ctrl-B", 0, 0, 2 },
		{ "Ctrl-C", -2, 0, 3 }, { "ctrl-h", -2, 0, 8 }, { "Ctrl-I", -2, 0, 9 },
		{ "Ctrl-J", -2, 0, 10 }, { "Ctrl-M", -2, 0, 13 }, { "Ctrl-[", -2, 0, 27 },
		{ "Ctrl-", -1, 0, 0 }, { "Ctrl-AB", -1, 0, 0 }, { "Ctrl+Q", -1, 0, 0 },
		{ "Ctrl-1", -1, 0, 0 }, { "Ctrl-]", -1, 0, 0 }, { "^Q", -1, 0, 0 },
		{ "Alt-X", -1, 0, 0 }, { "", -1, 0, 0 }, { "Esc", -1, 0, 0 },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct key_case *k = &cases[i];
		int fkey = -9, ctrl = -9, rc = config_exit_key(k->name, &fkey, &ctrl);

		expect(rc == k->rc && fkey == k->fkey && ctrl == k->ctrl,
		       "config_exit_key(\"%s\"): %d, fkey %d, ctrl %d; want %d, %d, %d",
		       k->name, rc, fkey, ctrl, k->rc, k->fkey, k->ctrl);
	}
}

static void
test_exit_key_values(void)
{
	struct config c;

	accepted("exit_key", "f12", &c);
	CHECK_STR(c.exit_key, "F12");
	accepted("exit_key", "ctrl-q", &c);
	CHECK_STR(c.exit_key, "Ctrl-Q");
	refused_value("exit_key", "Ctrl-C",
		      "exit_key cannot be Ctrl-C: terminals send it to interrupt a program");
	refused_value("exit_key", "ctrl-h",
		      "exit_key cannot be Ctrl-H: terminals send it for Backspace");
	refused_value("exit_key", "Ctrl-I", "exit_key cannot be Ctrl-I: terminals send it for Tab");
	refused_value("exit_key", "Ctrl-J", "exit_key cannot be Ctrl-J: terminals send it for Enter");
	refused_value("exit_key", "Ctrl-M", "exit_key cannot be Ctrl-M: terminals send it for Enter");
	refused_value("exit_key", "Ctrl-[", "exit_key cannot be Ctrl-[: terminals send it for Esc");
	refused_value("exit_key", "F13",
		      "exit_key must be F1 to F12 or Ctrl-A to Ctrl-Z, not \"F13\"");
	refused_value("exit_key", "Alt-F4",
		      "exit_key must be F1 to F12 or Ctrl-A to Ctrl-Z, not \"Alt-F4\"");
}

/* The lines: comments, blank lines, spaces, CRLF, a byte-order mark; what
 * is refused, always at its line. */
static void
test_syntax(void)
{
	const char *good = "\xEF\xBB\xBF# Tremplin at the agency\r\n"
			   "\r\n"
			   "   # indented comment\n"
			   "mode = kiosk\r\n"
			   "\tidle_timeout\t=\t300  \n"
			   "agency=Accueil # not a comment\n"
			   "\n"
			   "exit_key=F12";   /* no final newline */
	char longline[CONFIG_LINE_MAX + 16];
	struct config c;
	struct tr_err e = { "" };

	CHECK_INT(read_text(&c, good, &e), 0);
	CHECK_INT(c.mode, CONFIG_MODE_KIOSK);
	CHECK_INT(c.idle_timeout, 300);
	CHECK_STR(c.agency, "Accueil # not a comment");
	CHECK_STR(c.exit_key, "F12");
	CHECK_INT(c.set, (1u << CONFIG_MODE) | (1u << CONFIG_IDLE_TIMEOUT) |
		  (1u << CONFIG_AGENCY) | (1u << CONFIG_EXIT_KEY));
	CHECK_INT(read_text(&c, "", &e), 0);
	CHECK_INT(c.set, 0);
	CHECK_INT(read_text(&c, "\n\n# nothing\n", &e), 0);
	CHECK_INT(c.set, 0);

	refused("mode=kiosk\n# fine\nkiosk\n", "t.conf:3: \"kiosk\" is not of the form key=value");
	refused("\n= kiosk\n", "t.conf:2: no key before \"=\"");
	refused("mode=kiosk\nMode=kiosk\n", "t.conf:2: unknown key \"Mode\"");
	refused("idle-timeout=5\n", "t.conf:1: unknown key \"idle-timeout\"");
	refused("mode=kiosk\r\nagency=A\r\nmode = adviser\r\n", "t.conf:3: duplicate key \"mode\"");
	refused("# one\n# two\nidle_timeout=5 s\n",
		"t.conf:3: idle_timeout must be a whole number of seconds from 0 to 86400 (0: never)");
	refused("agency=\xC3\n", "t.conf:1: invalid UTF-8");
	refused("agency=\xEF\xBB\xBFx\n# the mark only counts at the start\n\xEF\xBB\xBF\n",
		"t.conf:3: \"\xEF\xBB\xBF\" is not of the form key=value");

	/* The longest line, and one byte more; CR LF not counted. */
	memset(longline, ' ', sizeof longline);
	memcpy(longline, "db=x", 4);
	memcpy(longline + CONFIG_LINE_MAX, "\r\n", 3);
	CHECK_INT(read_text(&c, longline, &e), 0);
	CHECK_STR(c.db, "x");
	memcpy(longline + CONFIG_LINE_MAX, " \n", 3);
	refused(longline, "t.conf:1: line too long (more than 1000 bytes)");

	/* A NUL byte, at its line. */
	CHECK_INT(config_read_string(&c, "mode=kiosk\nagency=A\0B\n", 22, "t.conf", &e), -1);
	CHECK_STR(e.msg, "t.conf:2: not a text file (a NUL byte)");
	/* C is unchanged by a file refused. */
	CHECK_INT(read_text(&c, "mode=adviser\n", &e), 0);
	CHECK_INT(read_text(&c, "mode=kiosk\nbogus=1\n", &e), -1);
	CHECK_INT(c.mode, CONFIG_MODE_ADVISER);
	CHECK_INT(c.set, 1u << CONFIG_MODE);
}

/* config_set() on the command line: the same words, the option's name,
 * no file nor line; a key given again replaces the first. */
static void
test_set(void)
{
	struct config c;
	struct tr_err e = { "" };

	config_init(&c);
	CHECK_INT(config_set(&c, CONFIG_IDLE_TIMEOUT, "soon", "--idle-timeout", &e), -1);
	CHECK_STR(e.msg, "--idle-timeout must be a whole number of seconds from 0 to 86400 (0: never)");
	CHECK_INT(config_set(&c, CONFIG_MODE, "pilot", "--mode", &e), -1);
	CHECK_STR(e.msg, "\"pilot\" is not a value of --mode (default, kiosk, adviser)");
	CHECK_INT(config_set(&c, CONFIG_AGENCY, "\xFF", "--agency", &e), -1);
	CHECK_STR(e.msg, "--agency is not valid UTF-8");
	CHECK_INT(c.set, 0);
	CHECK_INT(config_set(&c, CONFIG_MODE, "kiosk", NULL, &e), 0);
	CHECK_INT(config_set(&c, CONFIG_MODE, "adviser", NULL, &e), 0);
	CHECK_INT(c.mode, CONFIG_MODE_ADVISER);
	CHECK_INT(config_set(&c, CONFIG__COUNT, "x", NULL, &e), -1);
	CHECK_INT(config_set(&c, CONFIG_EXIT_KEY, "Ctrl-C", NULL, &e), -1);
	CHECK_STR(e.msg, "exit_key cannot be Ctrl-C: terminals send it to interrupt a program");
}

/* The system file, the user's, then --config: each later one replaces
 * only the keys it sets. */
static void
test_merge(void)
{
	struct config all, one;
	struct tr_err e = { "" };
	const char *files[] = { "system.conf", "user.conf", "explicit.conf" };
	const char *texts[] = {
		"mode=kiosk\nidle_timeout=120\nagency=Agence de Lens\ndb=/srv/ref.db\n",
		"idle_timeout=60\nlanguages=fr\n",
		"agency=Agence de Liévin\n",
	};

	config_init(&all);
	for (int i = 0; i < 3; i++) {
		char path[256];

		snprintf(path, sizeof path, "%s", path_of(files[i]));
		write_file(path, texts[i], strlen(texts[i]));
		CHECK_INT(config_read_file(&one, path, i < 2, &e), 0);
		config_merge(&all, &one);
	}
	CHECK_INT(all.mode, CONFIG_MODE_KIOSK);
	CHECK_INT(all.idle_timeout, 60);
	CHECK_STR(all.agency, "Agence de Liévin");
	CHECK_STR(all.db, "/srv/ref.db");
	CHECK_STR(all.languages, "fr");
	CHECK(!config_has(&all, CONFIG_EXIT_KEY) && !config_has(&all, CONFIG_PRINT_COMMAND));
	/* A missing optional file adds nothing. */
	CHECK_INT(config_read_file(&one, path_of("absent.conf"), 1, &e), 0);
	CHECK_INT(one.set, 0);
	config_merge(&all, &one);
	CHECK_INT(all.idle_timeout, 60);
}

/* What config_write() writes reads back the same, byte for byte. */
static void
test_write(void)
{
	const char *text = "db = ref.db\nexit_key=ctrl-q\nmode=adviser\nlanguages= en ,fr\n"
			   "idle_timeout=007\nprint_command=lp\nagency=Accueil\n"
			   "export_folder=/srv/x\nretention_days=030\n";
	const char *want = "mode=adviser\nidle_timeout=7\nprint_command=lp\n"
			   "export_folder=/srv/x\nlanguages=en,fr\nexit_key=Ctrl-Q\n"
			   "agency=Accueil\nretention_days=30\ndb=ref.db\n";
	struct config c, back;
	struct tr_err e = { "" };
	char *out = NULL;
	size_t len = 0;
	FILE *fp;

	CHECK_INT(read_text(&c, text, &e), 0);
	if ((fp = open_memstream(&out, &len)) == NULL)
		exit(99);
	CHECK_INT(config_write(&c, fp), 0);
	fclose(fp);
	CHECK_STR(out, want);
	CHECK_INT(config_read_string(&back, out, len, "written", &e), 0);
	CHECK_INT(back.set, c.set);
	free(out);
	if ((fp = open_memstream(&out, &len)) == NULL)
		exit(99);
	CHECK_INT(config_write(&back, fp), 0);
	fclose(fp);
	CHECK_STR(out, want);
	free(out);
}

/* Files that are not read: a link, a folder, a FIFO, a file too large,
 * one that is absent when it was asked for. */
static void
test_files(void)
{
	char big[CONFIG_FILE_MAX + 2];
	struct config c;
	struct tr_err e = { "" };
	char want[512];

	write_file(path_of("real.conf"), "mode=kiosk\n", 11);
	CHECK_INT(config_read_file(&c, path_of("real.conf"), 0, &e), 0);
	CHECK_INT(c.mode, CONFIG_MODE_KIOSK);

	if (symlink("real.conf", path_of("link.conf")) != 0)
		exit(99);
	CHECK_INT(config_read_file(&c, path_of("link.conf"), 1, &e), -1);
	snprintf(want, sizeof want, "%s: a symbolic link, which is not followed", path_of("link.conf"));
	CHECK_STR(e.msg, want);
	if (symlink("nowhere.conf", path_of("dangling.conf")) != 0)
		exit(99);
	CHECK_INT(config_read_file(&c, path_of("dangling.conf"), 1, &e), -1);

	if (mkdir(path_of("folder.conf"), 0700) != 0)
		exit(99);
	CHECK_INT(config_read_file(&c, path_of("folder.conf"), 1, &e), -1);
	snprintf(want, sizeof want, "%s: not a regular file", path_of("folder.conf"));
	CHECK_STR(e.msg, want);
	if (mkfifo(path_of("fifo.conf"), 0600) == 0) {
		CHECK_INT(config_read_file(&c, path_of("fifo.conf"), 1, &e), -1);
		snprintf(want, sizeof want, "%s: not a regular file", path_of("fifo.conf"));
		CHECK_STR(e.msg, want);
	}

	memset(big, '#', sizeof big);
	big[CONFIG_FILE_MAX - 1] = '\n';
	write_file(path_of("big.conf"), big, CONFIG_FILE_MAX);
	CHECK_INT(config_read_file(&c, path_of("big.conf"), 0, &e), -1);
	snprintf(want, sizeof want, "%s:1: line too long (more than 1000 bytes)", path_of("big.conf"));
	CHECK_STR(e.msg, want);
	write_file(path_of("big.conf"), big, CONFIG_FILE_MAX + 1);
	CHECK_INT(config_read_file(&c, path_of("big.conf"), 0, &e), -1);
	snprintf(want, sizeof want, "%s: too large for a configuration file (more than 64 KiB)",
		 path_of("big.conf"));
	CHECK_STR(e.msg, want);

	write_file(path_of("bad.conf"), "mode=kiosk\n\nidle_timeout=forever\n", 33);
	CHECK_INT(config_read_file(&c, path_of("bad.conf"), 1, &e), -1);
	snprintf(want, sizeof want, "%s:3: idle_timeout must be a whole number of seconds "
		 "from 0 to 86400 (0: never)", path_of("bad.conf"));
	CHECK_STR(e.msg, want);

	CHECK_INT(config_read_file(&c, path_of("absent.conf"), 0, &e), -1);
	snprintf(want, sizeof want, "%s: cannot open: No such file or directory", path_of("absent.conf"));
	CHECK_STR(e.msg, want);
	/* Under a file, as when XDG_CONFIG_HOME is one: absent too. */
	CHECK_INT(config_read_file(&c, path_of("real.conf/tremplin/tremplin.conf"), 1, &e), 0);
	CHECK_INT(c.set, 0);
}

static void
test_user_path(void)
{
	char buf[256], small[16];
	struct tr_err e = { "" };

	setenv("XDG_CONFIG_HOME", "/x/config", 1);
	setenv("HOME", "/home/visitor", 1);
	CHECK_INT(config_user_path(buf, sizeof buf, &e), 0);
	CHECK_STR(buf, "/x/config/tremplin/tremplin.conf");
	CHECK_INT(config_user_path(small, sizeof small, &e), -1);
	setenv("XDG_CONFIG_HOME", "relative/config", 1);   /* XDG: ignored */
	CHECK_INT(config_user_path(buf, sizeof buf, &e), 0);
	CHECK_STR(buf, "/home/visitor/.config/tremplin/tremplin.conf");
	unsetenv("XDG_CONFIG_HOME");
	CHECK_INT(config_user_path(buf, sizeof buf, &e), 0);
	CHECK_STR(buf, "/home/visitor/.config/tremplin/tremplin.conf");
	setenv("HOME", "", 1);
	CHECK_INT(config_user_path(buf, sizeof buf, &e), 1);
	unsetenv("HOME");
	CHECK_INT(config_user_path(buf, sizeof buf, &e), 1);
}

int
main(void)
{
	if (mkdtemp(dir) == NULL)
		return 99;
	test_keys();
	test_mode();
	test_idle_timeout();
	test_retention_days();
	test_text_keys();
	test_agency();
	test_languages();
	test_linguas();
	test_docs();
	test_exit_key();
	test_exit_key_values();
	test_syntax();
	test_set();
	test_merge();
	test_write();
	test_files();
	test_user_path();
	{
		char cmd[sizeof dir + 16];

		snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
		if (system(cmd) != 0)
			fprintf(stderr, "cannot remove %s\n", dir);
	}
	return check_done();
}
