/* situation.c - the answers-file syntax of one answer: read a value
 * (every kind of key checked, with a message that says what is wrong),
 * a "key=value" line, and write a value back (situation.h). The keys
 * themselves are the table of situation-keys.c; whole files are
 * situation-file.c. */
#include <config.h>

#include <ctype.h>
#include <stddef.h>
#include <string.h>

#include "clock.h"
#include "i18n.h"
#include "situation-keys.h"
#include "text.h"

static int
value_index(const struct sitkey *d, const char *v)
{
	for (int i = 0; i < d->nvalues; i++)
		if (strcmp(d->values[i], v) == 0)
			return i;
	return -1;
}

static int
bad_value(const struct sitkey *d, const char *v, struct tr_err *e)
{
	char list[TR_ERR_MAX], q[TEXT_QUOTE_MAX + 4];
	size_t n = 0;

	list[0] = '\0';
	for (int i = 0; i < d->nvalues && n < sizeof list; i++)
		n += (size_t)snprintf(list + n, sizeof list - n, "%s%s",
				      i ? ", " : "", d->values[i]);
	/* TRANSLATORS: %1$s is the value found, %2$s the key, %3$s the list
	   of the values it may take. */
	return err_set(e, _("\"%1$s\" is not a value of %2$s (%3$s)"),
		       text_quote(q, sizeof q, v), d->name, list);
}

static int
parse_choice(const struct sitkey *d, const char *v, int *out, struct tr_err *e)
{
	int i = value_index(d, v);

	if (i < 0)
		return bad_value(d, v, e);
	*out = i;
	return 0;
}

static int
parse_list(const struct sitkey *d, char *v, unsigned *out, struct tr_err *e)
{
	unsigned mask = 0;
	char *item, *next;

	if (*v == '\0') {
		*out = 0;
		return 0;
	}
	for (item = v; item != NULL; item = next) {
		char q[TEXT_QUOTE_MAX + 4];
		int i;

		next = strchr(item, ',');
		if (next != NULL)
			*next++ = '\0';
		item = text_trim(item);
		if (*item == '\0')
			return err_set(e, _("empty item in the list of %s"), d->name);
		i = value_index(d, item);
		if (i < 0)
			return bad_value(d, item, e);
		if (mask & (1u << i))
			/* TRANSLATORS: %1$s is a value, %2$s a key. */
			return err_set(e, _("\"%1$s\" is given twice in %2$s"),
				       text_quote(q, sizeof q, item), d->name);
		mask |= 1u << i;
	}
	*out = mask;
	return 0;
}

/* A number of at most 4 digits, -1 otherwise. */
static int
small_number(const char *v)
{
	int n = 0;
	size_t len = strlen(v);

	if (len == 0 || len > 4)
		return -1;
	for (size_t i = 0; i < len; i++) {
		if (v[i] < '0' || v[i] > '9')
			return -1;
		n = n * 10 + (v[i] - '0');
	}
	return n;
}

static int
parse_int(const struct sitkey *d, const char *v, int *out, struct tr_err *e)
{
	int n = small_number(v);

	if (n < d->min || n > d->max)
		/* TRANSLATORS: %1$s is a key, %2$d and %3$d the bounds. */
		return err_set(e, _("%1$s must be a number from %2$d to %3$d"),
			       d->name, d->min, d->max);
	*out = n;
	return 0;
}

static int
parse_year(const struct sitkey *d, const char *v, int *out, struct tr_err *e)
{
	int n = small_number(v), max = clock_year() - SIT_MIN_AGE;

	if (strlen(v) != 4 || n < 0)
		return err_set(e, _("%s must be four digits"), d->name);
	if (n < SIT_YEAR_MIN || n > max)
		/* TRANSLATORS: %1$s is a key, %2$d and %3$d years. */
		return err_set(e, _("%1$s must be a year from %2$d to %3$d"),
			       d->name, SIT_YEAR_MIN, max);
	*out = n;
	return 0;
}

static int
parse_lang(const struct sitkey *d, const char *v, char *out, struct tr_err *e)
{
	size_t len = strlen(v);
	int ok = len == 2 || len == 3;

	for (size_t i = 0; ok && i < len; i++)
		ok = v[i] >= 'a' && v[i] <= 'z';
	if (!ok)
		return err_set(e, _("%s must be a language code of 2 or 3 lowercase letters (fr, en...)"),
			       d->name);
	memcpy(out, v, len + 1);
	return 0;
}

/* 1 when CODE (upper case) is a French département code: the 101 of the
 * INSEE geographic code. 975 (Saint-Pierre-et-Miquelon) is an overseas
 * collectivity, not a département. */
static int
departement_valid(const char *c)
{
	size_t len = strlen(c);

	if (len == 2 && (strcmp(c, "2A") == 0 || strcmp(c, "2B") == 0))
		return 1;
	if (len == 2 && isdigit((unsigned char)c[0]) && isdigit((unsigned char)c[1])) {
		int n = (c[0] - '0') * 10 + (c[1] - '0');
		return n >= 1 && n <= 95 && n != 20;
	}
	if (len == 3 && strncmp(c, "97", 2) == 0)
		return c[2] >= '1' && c[2] <= '6' && c[2] != '5';
	return 0;
}

static int
parse_departement(const char *v, char *out, struct tr_err *e)
{
	char code[4], q[TEXT_QUOTE_MAX + 4];
	size_t len = strlen(v);

	if (len >= 2 && len <= 3) {
		for (size_t i = 0; i <= len; i++)
			code[i] = (char)toupper((unsigned char)v[i]);
		if (departement_valid(code)) {
			memcpy(out, code, len + 1);
			return 0;
		}
	}
	return err_set(e, _("departement \"%s\" is not a French département code"),
		       text_quote(q, sizeof q, v));
}

static int
parse_job(struct situation *s, const char *v, struct tr_err *e)
{
	char q[TEXT_QUOTE_MAX + 4];
	int c = toupper((unsigned char)v[0]);
	int ok = strlen(v) == 5 && c >= 'A' && c <= 'N';

	if (strcmp(v, SIT_JOB_UNKNOWN) == 0) {
		s->job[0] = '\0';
		s->job_unknown = 1;
		return 0;
	}
	for (int i = 1; ok && i < 5; i++)
		ok = isdigit((unsigned char)v[i]);
	if (!ok)
		return err_set(e, _("job \"%s\" is not a ROME code (letter and 4 digits) or unknown"),
			       text_quote(q, sizeof q, v));
	s->job[0] = (char)c;
	memcpy(s->job + 1, v + 1, 5);
	s->job_unknown = 0;
	return 0;
}

/* One line of printable text that fits the field (a job title). */
static int
parse_text(const struct sitkey *d, const char *v, char *field, struct tr_err *e)
{
	size_t len = strlen(v);

	if (len >= d->size)
		/* TRANSLATORS: %1$s is a key, %2$d a number of bytes. */
		return err_set(e, _("%1$s is too long (more than %2$d bytes)"), d->name,
			       (int)d->size - 1);
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)v[i] < 0x20 || v[i] == 0x7f)
			return err_set(e, _("%s holds a control character"), d->name);
	memcpy(field, v, len + 1);
	return 0;
}

/* Parse value V of key K into S (V is trimmed and may be modified). */
static int
parse_value(struct situation *s, enum sit_key k, char *v, struct tr_err *e)
{
	const struct sitkey *d = &sitkey_table[k];
	char *field = (char *)s + d->offset;
	int n = 0, rc;
	unsigned mask = 0;

	if (*v == '\0' && d->kind != SITKEY_LIST)
		return err_set(e, _("%s has no value"), d->name);
	switch (d->kind) {
	case SITKEY_CHOICE:
		rc = parse_choice(d, v, &n, e);
		break;
	case SITKEY_LIST:
		if ((rc = parse_list(d, v, &mask, e)) == 0)
			memcpy(field, &mask, sizeof mask);
		return rc;
	case SITKEY_INT:
		rc = parse_int(d, v, &n, e);
		break;
	case SITKEY_YEAR:
		rc = parse_year(d, v, &n, e);
		break;
	case SITKEY_LANG:
		return parse_lang(d, v, field, e);
	case SITKEY_DEPARTEMENT:
		return parse_departement(v, field, e);
	case SITKEY_JOB:
		return parse_job(s, v, e);
	case SITKEY_TEXT:
		return parse_text(d, v, field, e);
	default:
		return err_set(e, "internal error: key kind");
	}
	if (rc == 0)
		memcpy(field, &n, sizeof n);
	return rc;
}

int
situation_set(struct situation *s, enum sit_key k, const char *value,
	      struct tr_err *e)
{
	char buf[SIT_LINE_MAX + 1];
	struct situation tmp = *s;
	size_t len;

	if ((int)k < 0 || k >= SIT__COUNT)
		return err_set(e, "internal error: key %d", (int)k);
	len = strlen(value);
	if (len > SIT_LINE_MAX)
		return err_set(e, _("line too long (more than %d bytes)"), SIT_LINE_MAX);
	if (!text_utf8_valid(value, len))
		return err_set(e, _("invalid UTF-8"));
	memcpy(buf, value, len + 1);
	if (parse_value(&tmp, k, text_trim(buf), e) < 0)
		return -1;
	tmp.answered |= (uint64_t)1 << k;
	*s = tmp;
	return 0;
}

int
situation_set_job(struct situation *s, const char *code, const char *title,
		  struct tr_err *e)
{
	struct situation tmp = *s;

	if (situation_set(&tmp, SIT_JOB, code, e) < 0)
		return -1;
	situation_unset(&tmp, SIT_JOB_TITLE);
	if (!tmp.job_unknown && title != NULL && title[0] != '\0' &&
	    situation_set(&tmp, SIT_JOB_TITLE, title, e) < 0)
		return -1;
	*s = tmp;
	return 0;
}

int
situation_parse_line(struct situation *s, const char *line, struct tr_err *e)
{
	char buf[SIT_LINE_MAX + 1], q[TEXT_QUOTE_MAX + 4];
	char *key, *value;
	int k, rc = text_key_value(line, SIT_LINE_MAX, buf, &key, &value, e);

	if (rc <= 0)
		return rc;
	k = situation_key_find(key);
	if (k < 0)
		return err_set(e, _("unknown key \"%s\""), text_quote(q, sizeof q, key));
	if (SIT_HAS(s, k))
		return err_set(e, _("duplicate key \"%s\""), key);
	return situation_set(s, (enum sit_key)k, value, e);
}

int
situation_format_value(const struct situation *s, enum sit_key k, char *buf,
		       size_t size)
{
	const struct sitkey *d;
	const char *name;
	size_t n = 0;
	unsigned mask;

	if ((int)k < 0 || k >= SIT__COUNT || size == 0)
		return -1;
	d = &sitkey_table[k];
	buf[0] = '\0';
	switch (d->kind) {
	case SITKEY_CHOICE:
		name = situation_value_name(k, situation_get_int(s, k));
		if (name == NULL)
			return -1;
		n = (size_t)snprintf(buf, size, "%s", name);
		break;
	case SITKEY_LIST:
		mask = (unsigned)situation_get_int(s, k);
		for (int i = 0; i < d->nvalues && n < size; i++)
			if (mask & (1u << i))
				n += (size_t)snprintf(buf + n, size - n, "%s%s",
						      n ? "," : "", d->values[i]);
		break;
	case SITKEY_INT: case SITKEY_YEAR:
		n = (size_t)snprintf(buf, size, "%d", situation_get_int(s, k));
		break;
	case SITKEY_LANG: case SITKEY_DEPARTEMENT: case SITKEY_TEXT:
		n = (size_t)snprintf(buf, size, "%s", (const char *)s + d->offset);
		break;
	case SITKEY_JOB:
		n = (size_t)snprintf(buf, size, "%s",
				     s->job_unknown ? SIT_JOB_UNKNOWN : s->job);
		break;
	}
	return n < size ? 0 : -1;
}
