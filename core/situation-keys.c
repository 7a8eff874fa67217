/* situation-keys.c - the table of the answer keys, made from SIT_KEYS
 * (situation.h): key names, value names and ranges, and where each answer
 * lives in struct situation; the access to an answer by its key. Reading
 * and writing the answers file is situation.c, whole files
 * situation-file.c. */
#include <config.h>

#include <limits.h>
#include <string.h>

#include "clock.h"
#include "situation-keys.h"

/* A choice or list key has values, an INT key a range; no other key has
 * either. */
#define SITKEY_CHECKS(key, field, kind, values, min, max, title) \
	_Static_assert((SIT_COUNT(values) >= 2) == \
		       (SITKEY_##kind == SITKEY_CHOICE || SITKEY_##kind == SITKEY_LIST), \
		       #field ": values of a choice or list key only"); \
	_Static_assert(SITKEY_##kind != SITKEY_LIST || \
		       SIT_COUNT(values) <= (int)(sizeof(unsigned) * CHAR_BIT), \
		       #field ": too many values for a bit mask"); \
	_Static_assert(((min) < (max)) == (SITKEY_##kind == SITKEY_INT) && (min) >= 0, \
		       #field ": a range of an INT key only");
SIT_KEYS(SITKEY_CHECKS)

/* The value names of each key, NULL-terminated ("lang_values" is empty). */
#define SITKEY_VALUE_NAME(constant, name) name,
#define SITKEY_VALUES(key, field, kind, values, min, max, title) \
	static const char *const field##_values[] = { values(SITKEY_VALUE_NAME) NULL };
SIT_KEYS(SITKEY_VALUES)

#define SITKEY_ROW(key, fld, knd, vals, lo, hi, title) \
	[key] = { .name = #fld, .kind = SITKEY_##knd, .values = fld##_values, \
		  .nvalues = SIT_COUNT(vals), .min = (lo), .max = (hi), \
		  .offset = offsetof(struct situation, fld), \
		  .size = sizeof(((struct situation *)0)->fld) },
const struct sitkey sitkey_table[SIT__COUNT] = { SIT_KEYS(SITKEY_ROW) };

/* The first values of self_diagnosis are the challenges (SIT_SELF_VALUES). */
const char *
challenge_id(int c)
{
	if (c < 0 || c >= CHALLENGE__COUNT)
		return NULL;
	return self_diagnosis_values[c];
}

int
challenge_find(const char *id)
{
	for (int c = 0; c < CHALLENGE__COUNT; c++)
		if (strcmp(self_diagnosis_values[c], id) == 0)
			return c;
	return -1;
}

void
situation_init(struct situation *s)
{
	memset(s, 0, sizeof *s);
}

static int
is_key(enum sit_key k)
{
	return (int)k >= 0 && k < SIT__COUNT;
}

const char *
situation_key_name(enum sit_key k)
{
	return is_key(k) ? sitkey_table[k].name : NULL;
}

int
situation_key_find(const char *name)
{
	for (int k = 0; k < SIT__COUNT; k++)
		if (strcmp(sitkey_table[k].name, name) == 0)
			return k;
	return -1;
}

int
situation_nvalues(enum sit_key k)
{
	return is_key(k) ? sitkey_table[k].nvalues : 0;
}

const char *
situation_value_name(enum sit_key k, int v)
{
	if (v < 0 || v >= situation_nvalues(k))
		return NULL;
	return sitkey_table[k].values[v];
}

int
situation_is_list(enum sit_key k)
{
	return is_key(k) && sitkey_table[k].kind == SITKEY_LIST;
}

/* 1 when the field of K is an int (or, for a list, an unsigned). */
static int
has_int(enum sit_key k)
{
	if (!is_key(k))
		return 0;
	switch (sitkey_table[k].kind) {
	case SITKEY_CHOICE: case SITKEY_LIST: case SITKEY_INT: case SITKEY_YEAR:
		return 1;
	default:
		return 0;
	}
}

int
situation_get_int(const struct situation *s, enum sit_key k)
{
	const char *field = (const char *)s;
	int v;
	unsigned u;

	if (!has_int(k))
		return 0;
	field += sitkey_table[k].offset;
	if (sitkey_table[k].kind == SITKEY_LIST) {
		memcpy(&u, field, sizeof u);
		return (int)u;
	}
	memcpy(&v, field, sizeof v);
	return v;
}

/* 1 when V is an answer to key D, whose field is an int. */
static int
int_valid(const struct sitkey *d, int v)
{
	switch (d->kind) {
	case SITKEY_CHOICE:
		return v >= 0 && v < d->nvalues;
	case SITKEY_LIST:               /* as situation_get_int() gives it */
		return (uint64_t)(unsigned)v < (uint64_t)1 << d->nvalues;
	case SITKEY_INT:
		return v >= d->min && v <= d->max;
	case SITKEY_YEAR:
		return v >= SIT_YEAR_MIN && v <= clock_year() - SIT_MIN_AGE;
	default:
		return 0;
	}
}

int
situation_set_int(struct situation *s, enum sit_key k, int v)
{
	char *field = (char *)s;
	unsigned u = (unsigned)v;

	if (!has_int(k) || !int_valid(&sitkey_table[k], v))
		return -1;
	field += sitkey_table[k].offset;
	if (sitkey_table[k].kind == SITKEY_LIST)
		memcpy(field, &u, sizeof u);
	else
		memcpy(field, &v, sizeof v);
	s->answered |= (uint64_t)1 << k;
	return 0;
}

void
situation_unset(struct situation *s, enum sit_key k)
{
	if (!is_key(k))
		return;
	memset((char *)s + sitkey_table[k].offset, 0, sitkey_table[k].size);
	if (k == SIT_JOB)
		s->job_unknown = 0;
	s->answered &= ~((uint64_t)1 << k);
}

int
situation_count(const struct situation *s)
{
	int n = 0;

	for (uint64_t a = s->answered; a != 0; a &= a - 1)
		n++;
	return n;
}

int
situation_age(const struct situation *s, int year)
{
	if (!SIT_HAS(s, SIT_BIRTH_YEAR))
		return -1;
	return year - s->birth_year;
}
