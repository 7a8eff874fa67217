/* config.c - the configuration's keys (config-file.h): each key's value
 * checked, a "key=value" line, the merge of several configurations, their
 * writing, and the exit key's name. The syntax is that of the answers
 * files (situation.c); whole files are config-file.c. */
#include <config.h>

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "config-file.h"
#include "i18n.h"
#include "text.h"


/* The languages the program speaks: English, and the catalogues of
 * po/LINGUAS (tests/test-config.c checks that they agree). */
static const char *const config_languages[] = { "en", "fr" };

static const char *const config_modes[] = {
	[CONFIG_MODE_DEFAULT] = "default",
	[CONFIG_MODE_KIOSK] = "kiosk",
	[CONFIG_MODE_ADVISER] = "adviser",
};

/* The control keys that a terminal sends for another key, or that stop
 * the program: never an exit key. */
static const struct {
	int ctrl;
	const char *why;              /* N_() */
} config_taken_keys[] = {
	/* TRANSLATORS: why a key cannot be the exit key, after "exit_key
	 * cannot be Ctrl-C: ". */
	{ 3, N_("terminals send it to interrupt a program") },
	{ 8, N_("terminals send it for Backspace") },
	{ 9, N_("terminals send it for Tab") },
	{ 10, N_("terminals send it for Enter") },
	{ 13, N_("terminals send it for Enter") },
	{ 27, N_("terminals send it for Esc") },
};

/* One key: its name in a file, how its value is checked and kept, and
 * its field in struct config. PARSE gets V trimmed, not empty and valid
 * UTF-8, and NAME, what messages call the key; it changes C only when V
 * is good. */
struct config_keydef {
	const char *name;
	int (*parse)(struct config *c, const struct config_keydef *d, char *v,
		     const char *name, struct tr_err *e);
	size_t offset, size;
};

/* V is not one of the N words of LIST: say which they are. */
static int
config_bad_word(const char *v, const char *name, const char *const *list,
		size_t n, struct tr_err *e)
{
	char words[TR_ERR_MAX], q[TEXT_QUOTE_MAX + 4];
	size_t len = 0;

	words[0] = '\0';
	for (size_t i = 0; i < n && len < sizeof words; i++)
		len += (size_t)snprintf(words + len, sizeof words - len, "%s%s",
					i ? ", " : "", list[i]);
	/* TRANSLATORS: %1$s is the value found, %2$s the key, %3$s the list
	   of the values it may take. */
	return err_set(e, _("\"%1$s\" is not a value of %2$s (%3$s)"),
		       text_quote(q, sizeof q, v), name, words);
}

/* Text of one line that fits the key's field (a text field). */
static int
parse_text(struct config *c, const struct config_keydef *d, char *v,
	   const char *name, struct tr_err *e)
{
	size_t len = strlen(v);

	if (len >= d->size)
		/* TRANSLATORS: %1$s is a key, %2$d a number of bytes. */
		return err_set(e, _("%1$s is too long (more than %2$d bytes)"), name,
			       (int)d->size - 1);
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)v[i] < 0x20 || v[i] == 0x7f)
			return err_set(e, _("%s holds a control character"), name);
	memcpy((char *)c + d->offset, v, len + 1);
	return 0;
}

static int
parse_mode(struct config *c, const struct config_keydef *d, char *v,
	    const char *name, struct tr_err *e)
{
	(void)d;
	for (size_t i = 0; i < sizeof config_modes / sizeof config_modes[0]; i++) {
		if (strcmp(v, config_modes[i]) == 0) {
			c->mode = (enum config_mode)i;
			return 0;
		}
	}
	return config_bad_word(v, name, config_modes,
			       sizeof config_modes / sizeof config_modes[0], e);
}

/* V as a whole number of at most 9 digits (digits only), or -1. */
static long
config_digits(const char *v)
{
	size_t len = strlen(v);
	long n = 0;

	if (len == 0 || len > 9)
		return -1;
	for (size_t i = 0; i < len; i++) {
		if (v[i] < '0' || v[i] > '9')
			return -1;
		n = n * 10 + (v[i] - '0');
	}
	return n;
}

static int
parse_idle_timeout(struct config *c, const struct config_keydef *d, char *v,
		    const char *name, struct tr_err *e)
{
	long n = config_digits(v);

	(void)d;
	if (n < 0 || n > CONFIG_IDLE_MAX)
		/* TRANSLATORS: %1$s is a key, %2$d a number of seconds (a day). */
		return err_set(e, _("%1$s must be a whole number of seconds from 0 to %2$d "
				    "(0: never)"), name, CONFIG_IDLE_MAX);
	c->idle_timeout = (int)n;
	return 0;
}

static int
parse_export_folder(struct config *c, const struct config_keydef *d, char *v,
		     const char *name, struct tr_err *e)
{
	if (v[0] != '/')
		return err_set(e, _("%s must be an absolute path (starting with /)"), name);
	return parse_text(c, d, v, name, e);
}

/* The index of language V in config_languages, -1 when not spoken. */
static int
config_language(const char *v)
{
	for (size_t i = 0; i < sizeof config_languages / sizeof config_languages[0]; i++)
		if (strcmp(v, config_languages[i]) == 0)
			return (int)i;
	return -1;
}

static int
parse_languages(struct config *c, const struct config_keydef *d, char *v,
		 const char *name, struct tr_err *e)
{
	char list[CONFIG_LANGUAGES_MAX], q[TEXT_QUOTE_MAX + 4];
	unsigned seen = 0;
	size_t len = 0;

	(void)d;
	for (char *item = v, *next; item != NULL; item = next) {
		int i;

		next = strchr(item, ',');
		if (next != NULL)
			*next++ = '\0';
		item = text_trim(item);
		if (*item == '\0')
			return err_set(e, _("empty item in the list of %s"), name);
		if ((i = config_language(item)) < 0)
			return config_bad_word(item, name, config_languages,
					       sizeof config_languages / sizeof config_languages[0], e);
		if (seen & (1u << i))
			/* TRANSLATORS: %1$s is a value, %2$s a key. */
			return err_set(e, _("\"%1$s\" is given twice in %2$s"),
				       text_quote(q, sizeof q, item), name);
		seen |= 1u << i;
		len += (size_t)snprintf(list + len, sizeof list - len, "%s%s",
					len ? "," : "", item);
	}
	memcpy(c->languages, list, len + 1);
	return 0;
}

/* Why control character CTRL cannot be the exit key, or NULL. */
static const char *
config_taken_key(int ctrl)
{
	for (size_t i = 0; i < sizeof config_taken_keys / sizeof config_taken_keys[0]; i++)
		if (config_taken_keys[i].ctrl == ctrl)
			return config_taken_keys[i].why;
	return NULL;
}

/* The canonical name of the key, "F12" or "Ctrl-Q", into BUF. */
static void
config_key_spelling(char *buf, size_t size, int fkey, int ctrl)
{
	if (fkey > 0)
		snprintf(buf, size, "F%u", (unsigned)fkey % 13u);   /* 1..12 */
	else
		snprintf(buf, size, "Ctrl-%c", ctrl == 27 ? '[' : 'A' + ctrl - 1);
}

static int
parse_exit_key(struct config *c, const struct config_keydef *d, char *v,
		const char *name, struct tr_err *e)
{
	char q[TEXT_QUOTE_MAX + 4], key[CONFIG_EXIT_KEY_MAX];
	int fkey, ctrl, r = config_exit_key(v, &fkey, &ctrl);

	(void)d;
	if (r == -1)
		/* TRANSLATORS: %1$s is a key of the configuration, %2$s the
		 * value found. */
		return err_set(e, _("%1$s must be F1 to F12 or Ctrl-A to Ctrl-Z, not \"%2$s\""),
			       name, text_quote(q, sizeof q, v));
	config_key_spelling(key, sizeof key, fkey, ctrl);
	if (r < 0)
		/* TRANSLATORS: %1$s is a key of the configuration, %2$s a key of
		 * the keyboard ("Ctrl-H"), %3$s why it cannot be used. */
		return err_set(e, _("%1$s cannot be %2$s: %3$s"), name, key,
			       _(config_taken_key(ctrl)));
	memcpy(c->exit_key, key, sizeof key);
	return 0;
}

static int
parse_agency(struct config *c, const struct config_keydef *d, char *v,
	      const char *name, struct tr_err *e)
{
	size_t chars = 0;

	for (size_t i = 0, len = strlen(v); i < len; chars++) {
		unsigned long cp;
		size_t l = text_utf8(v + i, len - i, &cp);

		i += l > 0 ? l : 1;
	}
	if (chars > CONFIG_AGENCY_MAX)
		/* TRANSLATORS: %1$s is a key, %2$d a number of characters. */
		return err_set(e, _("%1$s is too long (more than %2$d characters)"), name,
			       CONFIG_AGENCY_MAX);
	return parse_text(c, d, v, name, e);
}

static int
parse_retention_days(struct config *c, const struct config_keydef *d, char *v,
		     const char *name, struct tr_err *e)
{
	long n = config_digits(v);

	(void)d;
	if (n < 1 || n > CONFIG_RETENTION_MAX)
		/* TRANSLATORS: %1$s is a key, %2$d a number of days (ten years). */
		return err_set(e, _("%1$s must be a whole number of days from 1 to %2$d"),
			       name, CONFIG_RETENTION_MAX);
	c->retention_days = (int)n;
	return 0;
}

static const struct config_keydef config_keys[CONFIG__COUNT] = {
	[CONFIG_MODE] = { .name = "mode", .parse = parse_mode,
		.offset = offsetof(struct config, mode), .size = sizeof(enum config_mode) },
	[CONFIG_IDLE_TIMEOUT] = { .name = "idle_timeout", .parse = parse_idle_timeout,
		.offset = offsetof(struct config, idle_timeout), .size = sizeof(int) },
	[CONFIG_PRINT_COMMAND] = { .name = "print_command", .parse = parse_text,
		.offset = offsetof(struct config, print_command), .size = CONFIG_LINE_MAX },
	[CONFIG_EXPORT_FOLDER] = { .name = "export_folder", .parse = parse_export_folder,
		.offset = offsetof(struct config, export_folder), .size = CONFIG_LINE_MAX },
	[CONFIG_LANGUAGES] = { .name = "languages", .parse = parse_languages,
		.offset = offsetof(struct config, languages), .size = CONFIG_LANGUAGES_MAX },
	[CONFIG_EXIT_KEY] = { .name = "exit_key", .parse = parse_exit_key,
		.offset = offsetof(struct config, exit_key), .size = CONFIG_EXIT_KEY_MAX },
	[CONFIG_AGENCY] = { .name = "agency", .parse = parse_agency,
		.offset = offsetof(struct config, agency), .size = CONFIG_AGENCY_SIZE },
	[CONFIG_ADVISER_NAME] = { .name = "adviser_name", .parse = parse_agency,
		.offset = offsetof(struct config, adviser_name), .size = CONFIG_AGENCY_SIZE },
	[CONFIG_RETENTION_DAYS] = { .name = "retention_days", .parse = parse_retention_days,
		.offset = offsetof(struct config, retention_days), .size = sizeof(int) },
	[CONFIG_DB] = { .name = "db", .parse = parse_text,
		.offset = offsetof(struct config, db), .size = CONFIG_LINE_MAX },
};
_Static_assert(sizeof(unsigned) * 8 >= CONFIG__COUNT, "a bit per key in config.set");
_Static_assert(sizeof config_languages / sizeof config_languages[0] <= 8,
	       "the languages fit in CONFIG_LANGUAGES_MAX");

void
config_init(struct config *c)
{
	memset(c, 0, sizeof *c);
}

int
config_has(const struct config *c, enum config_key k)
{
	return (int)k >= 0 && k < CONFIG__COUNT && (c->set >> k & 1u) != 0;
}

const char *
config_key_name(enum config_key k)
{
	return (int)k >= 0 && k < CONFIG__COUNT ? config_keys[k].name : NULL;
}

/* The key named NAME, -1 when there is none. */
static int
config_key_find(const char *name)
{
	for (int k = 0; k < CONFIG__COUNT; k++)
		if (strcmp(name, config_keys[k].name) == 0)
			return k;
	return -1;
}

int
config_set(struct config *c, enum config_key k, const char *value,
	   const char *name, struct tr_err *e)
{
	char buf[CONFIG_LINE_MAX], *v;
	size_t len;

	if ((int)k < 0 || k >= CONFIG__COUNT)
		return err_set(e, "internal error: configuration key %d", (int)k);
	if (name == NULL)
		name = config_keys[k].name;
	len = strlen(value);
	if (len >= sizeof buf)
		return err_set(e, _("%1$s is too long (more than %2$d bytes)"), name,
			       (int)sizeof buf - 1);
	if (!text_utf8_valid(value, len))
		return err_set(e, _("%s is not valid UTF-8"), name);
	memcpy(buf, value, len + 1);
	v = text_trim(buf);
	if (*v == '\0')
		return err_set(e, _("%s has no value"), name);
	if (config_keys[k].parse(c, &config_keys[k], v, name, e) < 0)
		return -1;
	c->set |= 1u << k;
	return 0;
}

int
config_parse_line(struct config *c, const char *line, struct tr_err *e)
{
	char buf[CONFIG_LINE_MAX + 1], q[TEXT_QUOTE_MAX + 4];
	char *key, *value;
	int k, rc = text_key_value(line, CONFIG_LINE_MAX, buf, &key, &value, e);

	if (rc <= 0)
		return rc;
	if ((k = config_key_find(key)) < 0)
		return err_set(e, _("unknown key \"%s\""), text_quote(q, sizeof q, key));
	if (config_has(c, (enum config_key)k))
		return err_set(e, _("duplicate key \"%s\""), key);
	return config_set(c, (enum config_key)k, value, NULL, e);
}

void
config_merge(struct config *into, const struct config *from)
{
	for (int k = 0; k < CONFIG__COUNT; k++) {
		const struct config_keydef *d = &config_keys[k];

		if (config_has(from, (enum config_key)k))
			memcpy((char *)into + d->offset, (const char *)from + d->offset, d->size);
	}
	into->set |= from->set;
}

/* The value of key K of C as a file writes it. */
static const char *
config_value(const struct config *c, enum config_key k, char *buf, size_t size)
{
	if (k == CONFIG_MODE)
		return config_modes[c->mode];
	if (k == CONFIG_IDLE_TIMEOUT || k == CONFIG_RETENTION_DAYS) {
		snprintf(buf, size, "%d", k == CONFIG_IDLE_TIMEOUT ? c->idle_timeout :
			 c->retention_days);
		return buf;
	}
	return (const char *)c + config_keys[k].offset;
}

int
config_write(const struct config *c, FILE *fp)
{
	char buf[16];

	for (int k = 0; k < CONFIG__COUNT; k++)
		if (config_has(c, (enum config_key)k))
			fprintf(fp, "%s=%s\n", config_keys[k].name,
				config_value(c, (enum config_key)k, buf, sizeof buf));
	return ferror(fp) ? -1 : 0;
}

/* ASCII lower case, whatever the locale. */
static int
config_lower(int ch)
{
	return ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch;
}

int
config_exit_key(const char *name, int *fkey, int *ctrl)
{
	static const char prefix[] = "ctrl-";
	size_t len = strlen(name), i;

	*fkey = *ctrl = 0;
	if ((len == 2 || len == 3) && config_lower(name[0]) == 'f' && name[1] >= '1' &&
	    name[1] <= '9' && (len == 2 || (name[2] >= '0' && name[2] <= '9'))) {
		int n = len == 2 ? name[1] - '0' : (name[1] - '0') * 10 + name[2] - '0';

		if (n > 12)
			return -1;
		*fkey = n;
		return 0;
	}
	for (i = 0; i < sizeof prefix - 1 && config_lower(name[i]) == prefix[i]; i++)
		;
	if (i < sizeof prefix - 1 || len != sizeof prefix)
		return -1;
	if (name[i] == '[')
		*ctrl = 27;
	else if (config_lower(name[i]) >= 'a' && config_lower(name[i]) <= 'z')
		*ctrl = config_lower(name[i]) - 'a' + 1;
	else
		return -1;
	return config_taken_key(*ctrl) != NULL ? -2 : 0;
}
