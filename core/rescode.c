/* rescode.c - the resume code. See rescode.h.
 *
 * Layout: the version symbol, then for each field that version carries,
 * in the order of the table below, one "answered" bit and, when set, the
 * value's bits; zero bits up to a whole symbol; then two CRC-10 symbols
 * over everything before them. A CRC of degree 10 catches every error
 * burst of at most 10 bits: one wrong symbol (5 bits) or two neighbours
 * swapped (10 bits) always change it. Codes are written in the newest
 * version and read in every version. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "rescode.h"

static const char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/* The newest layout, the one codes are written in. */
#define RESCODE_VERSION 2

enum field_kind { F_CHOICE, F_LIST, F_INT, F_YEAR, F_LANG, F_JOB, F_DEP };

/* The fields of every version: version V carries, in this order, the
 * fields whose `since` is at most V. Version 1 has 29 fields; version 2
 * adds foreign_diploma, last_job_end and time_since_job in their places.
 *
 * Old codes must still decode: never change, move or remove a row. A new
 * version is RESCODE_VERSION + 1, its new fields rows with that `since`,
 * anywhere in the table. A field whose coding changes (a list with one
 * more value...) keeps its row, given the last version that carries it
 * (add an `until` member then), beside a new row. Add test vectors of
 * the version before to tests/test-rescode.c first. */
static const struct field {
	enum sit_key key;
	enum field_kind kind;
	int n;                        /* values (choice, list) or the maximum (int) */
	int since;                    /* the first version that carries it */
} fields[] = {
	{ SIT_LANG, F_LANG, 0, 1 },
	{ SIT_GENDER, F_CHOICE, 3, 1 },
	{ SIT_BIRTH_YEAR, F_YEAR, 0, 1 },
	{ SIT_FAMILY, F_CHOICE, 4, 1 },
	{ SIT_DIPLOMA, F_CHOICE, 6, 1 },
	{ SIT_FOREIGN_DIPLOMA, F_CHOICE, 2, 2 },
	{ SIT_FRENCH_LEVEL, F_CHOICE, 4, 1 },
	{ SIT_DRIVING_LICENCE, F_CHOICE, 3, 1 },
	{ SIT_VEHICLE, F_CHOICE, 2, 1 },
	{ SIT_DIGITAL, F_CHOICE, 3, 1 },
	{ SIT_DISABILITY, F_CHOICE, 3, 1 },
	{ SIT_BARRIERS, F_LIST, 7, 1 },
	{ SIT_PROJECT, F_CHOICE, 5, 1 },
	{ SIT_JOB, F_JOB, 0, 1 },
	{ SIT_PASSION, F_CHOICE, 4, 1 },
	{ SIT_DEPARTEMENT, F_DEP, 0, 1 },
	{ SIT_MOBILITY, F_CHOICE, 4, 1 },
	{ SIT_CONTRACT, F_LIST, 4, 1 },
	{ SIT_WORKTIME, F_CHOICE, 3, 1 },
	{ SIT_EXPERIENCE, F_CHOICE, 3, 1 },
	{ SIT_SENIORITY, F_CHOICE, 5, 1 },
	{ SIT_TRAINING, F_CHOICE, 4, 1 },
	{ SIT_LAST_JOB_END, F_CHOICE, 9, 2 },
	{ SIT_TIME_SINCE_JOB, F_CHOICE, 4, 2 },
	{ SIT_SEARCH_MONTHS, F_INT, 120, 1 },
	{ SIT_APPLICATIONS_WEEK, F_CHOICE, 4, 1 },
	{ SIT_INTERVIEWS, F_INT, 21, 1 },
	{ SIT_OFFERS_WEEK, F_CHOICE, 4, 1 },
	{ SIT_NETWORK, F_CHOICE, 3, 1 },
	{ SIT_METHODS, F_LIST, 6, 1 },
	{ SIT_FRUSTRATIONS, F_LIST, 16, 1 },
	{ SIT_SELF_DIAGNOSIS, F_CHOICE, CHALLENGE__COUNT + 1, 1 },
};

#define NV(a) (sizeof (a) / sizeof (a)[0])

/* 1 when version V carries field F. */
static int
carried(const struct field *f, int v)
{
	return f->since <= v;
}

int
rescode_carries(int version, enum sit_key k)
{
	int n = 0;

	if (version < 1 || version > RESCODE_VERSION)
		return 0;
	for (size_t i = 0; i < NV(fields); i++)
		n += fields[i].key == k && carried(&fields[i], version);
	return n;
}

#define MAX_SYMBOLS 64
_Static_assert(RESCODE_MAX >= MAX_SYMBOLS + MAX_SYMBOLS / 4 + 1,
	       "RESCODE_MAX holds the longest code, its dashes and its NUL");

/* The 101 départements in a fixed order: the index is what the code
 * carries. */
static const char *const departements[] = {
	"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
	"13", "14", "15", "16", "17", "18", "19", "2A", "2B", "21", "22", "23",
	"24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35",
	"36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47",
	"48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59",
	"60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71",
	"72", "73", "74", "75", "76", "77", "78", "79", "80", "81", "82", "83",
	"84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94", "95",
	"971", "972", "973", "974", "976",
};
#define NDEPS (int)(sizeof departements / sizeof departements[0])

struct bits {
	unsigned char sym[MAX_SYMBOLS];   /* 5-bit symbols */
	int nbits;                        /* written or read so far */
	int limit;                        /* readable bits */
};

static int
width(unsigned n)
{
	int w = 0;

	while ((1u << w) < n)
		w++;
	return w;
}

static int
put(struct bits *b, unsigned value, int w)
{
	for (int i = w - 1; i >= 0; i--) {
		int pos = b->nbits++;

		if (pos >= (MAX_SYMBOLS - 2) * 5)
			return -1;
		if ((value >> i) & 1u)
			b->sym[pos / 5] |= (unsigned char)(0x10 >> (pos % 5));
	}
	return 0;
}

static int
get(struct bits *b, int w, unsigned *value)
{
	*value = 0;
	for (int i = 0; i < w; i++) {
		int pos = b->nbits++;

		if (pos >= b->limit)
			return -1;
		*value = (*value << 1) | ((b->sym[pos / 5] >> (4 - pos % 5)) & 1u);
	}
	return 0;
}

/* CRC-10 (x^10 + x^9 + x^5 + x^4 + x + 1) over the first N symbols. */
static unsigned
crc10(const unsigned char *sym, int n)
{
	unsigned crc = 0;

	for (int i = 0; i < n; i++) {
		for (int bit = 4; bit >= 0; bit--) {
			unsigned in = (sym[i] >> bit) & 1u;
			unsigned top = (crc >> 9) & 1u;

			crc = (crc << 1) & 0x3FF;
			if (top ^ in)
				crc ^= 0x233;
		}
	}
	return crc;
}

static int
dep_index(const char *code)
{
	for (int i = 0; i < NDEPS; i++)
		if (strcmp(departements[i], code) == 0)
			return i;
	return -1;
}

/* Bits of a choice (its index), a list (one per value) or a number. */
static int
number_width(const struct field *f)
{
	if (f->kind == F_LIST)
		return f->n;
	return width(f->kind == F_INT ? (unsigned)f->n + 1 : (unsigned)f->n);
}

static int
encode_field(struct bits *b, const struct field *f, const struct situation *s,
	     struct tr_err *e)
{
	const char *key = situation_key_name(f->key);
	unsigned v;

	switch (f->kind) {
	case F_LANG:
		if (strlen(s->lang) < 2 || strlen(s->lang) > 3)
			return err_set(e, _("%s: \"%s\" cannot be carried by a code"), key, s->lang);
		for (int i = 0; i < 3; i++) {
			char c = s->lang[i];

			if (c != '\0' && (c < 'a' || c > 'z'))
				return err_set(e, _("%s: \"%s\" cannot be carried by a code"), key, s->lang);
			if (put(b, c ? (unsigned)(c - 'a' + 1) : 0, 5) < 0)
				return -1;
			if (c == '\0')
				break;
		}
		return 0;
	case F_YEAR:
		if (s->birth_year < 1900 || s->birth_year > 1900 + 255)
			return err_set(e, _("%s: %d cannot be carried by a code"), key, s->birth_year);
		return put(b, (unsigned)(s->birth_year - 1900), 8);
	case F_JOB:
		if (s->job_unknown)
			return put(b, 1, 1);
		if (s->job[0] < 'A' || s->job[0] > 'N' || strlen(s->job) != 5 ||
		    strspn(s->job + 1, "0123456789") != 4)
			return err_set(e, _("%s: \"%s\" cannot be carried by a code"), key, s->job);
		v = 0;
		for (int i = 1; i < 5; i++)
			v = v * 10 + (unsigned)(s->job[i] - '0');
		if (put(b, 0, 1) < 0 || put(b, (unsigned)(s->job[0] - 'A'), 4) < 0)
			return -1;
		return put(b, v, 14);
	case F_DEP: {
		int i = dep_index(s->departement);

		if (i < 0)
			return err_set(e, _("%s: \"%s\" cannot be carried by a code"), key, s->departement);
		return put(b, (unsigned)i, width(NDEPS));
	}
	case F_LIST:
	case F_CHOICE:
	case F_INT:
		v = (unsigned)situation_get_int(s, f->key);
		if (f->kind == F_LIST ? v >= (1u << f->n)
		    : f->kind == F_INT ? v > (unsigned)f->n : v >= (unsigned)f->n)
			return err_set(e, _("%s: %u cannot be carried by a code"), key, v);
		return put(b, v, number_width(f));
	}
	return -1;
}

int
rescode_encode(const struct situation *s, char *out, size_t len,
	       struct tr_err *e)
{
	struct bits b;
	unsigned crc;
	int nsym;
	size_t o = 0;

	memset(&b, 0, sizeof b);
	put(&b, RESCODE_VERSION, 5);
	for (size_t i = 0; i < NV(fields); i++) {
		const struct field *f = &fields[i];
		int answered = SIT_HAS(s, f->key);

		if (!carried(f, RESCODE_VERSION))
			continue;
		if (put(&b, (unsigned)answered, 1) < 0)
			return err_set(e, _("too many answers for a code"));
		if (answered && encode_field(&b, f, s, e) < 0)
			return -1;
	}
	nsym = (b.nbits + 4) / 5;
	crc = crc10(b.sym, nsym);
	b.sym[nsym++] = (unsigned char)(crc >> 5);
	b.sym[nsym++] = (unsigned char)(crc & 0x1F);
	for (int i = 0; i < nsym; i++) {
		if (o + 3 > len)
			return err_set(e, _("no room for the code"));
		if (i > 0 && i % 4 == 0)
			out[o++] = '-';
		out[o++] = alphabet[b.sym[i]];
	}
	out[o] = '\0';
	return (int)o;
}

static int
decode_field(struct bits *b, const struct field *f, struct situation *s)
{
	unsigned v;

	switch (f->kind) {
	case F_LANG:
		memset(s->lang, 0, sizeof s->lang);
		for (int i = 0; i < 3; i++) {
			if (get(b, 5, &v) < 0 || v > 26)
				return -1;
			if (v == 0)
				return i >= 2 ? 0 : -1;
			s->lang[i] = (char)('a' + v - 1);
		}
		return 0;
	case F_YEAR:
		/* Only the years an answers file accepts (situation.h). */
		if (get(b, 8, &v) < 0)
			return -1;
		return situation_set_int(s, f->key, 1900 + (int)v);
	case F_JOB: {
		unsigned letter;

		if (get(b, 1, &v) < 0)
			return -1;
		if (v == 1) {
			s->job_unknown = 1;
			s->job[0] = '\0';
			return 0;
		}
		if (get(b, 4, &letter) < 0 || letter > 13 || get(b, 14, &v) < 0 || v > 9999)
			return -1;
		snprintf(s->job, sizeof s->job, "%c%04u", 'A' + letter, v);
		s->job_unknown = 0;
		return 0;
	}
	case F_DEP:
		if (get(b, width(NDEPS), &v) < 0 || v >= (unsigned)NDEPS)
			return -1;
		snprintf(s->departement, sizeof s->departement, "%s", departements[v]);
		return 0;
	case F_LIST:
	case F_CHOICE:
	case F_INT:
		if (get(b, number_width(f), &v) < 0)
			return -1;
		if (f->kind == F_CHOICE ? v >= (unsigned)f->n
		    : f->kind == F_INT ? v > (unsigned)f->n : 0)
			return -1;
		return situation_set_int(s, f->key, (int)v);
	}
	return -1;
}

int
rescode_decode(const char *code, struct situation *s, struct tr_err *e)
{
	struct situation out;
	struct bits b;
	int nsym = 0;
	unsigned crc, v;

	memset(&b, 0, sizeof b);
	for (const char *p = code; *p; p++) {
		char c = *p >= 'a' && *p <= 'z' ? (char)(*p - 'a' + 'A') : *p;
		const char *at;

		if (c == '-' || c == ' ' || c == '\t')
			continue;
		at = c != '\0' ? strchr(alphabet, c) : NULL;
		if (at == NULL)
			return err_set(e, _("this code has a typo: '%c' never appears in a code "
					    "(codes use no 0, O, 1 or I)"), *p);
		if (nsym >= MAX_SYMBOLS)
			return err_set(e, _("this code is too long: check it again"));
		b.sym[nsym++] = (unsigned char)(at - alphabet);
	}
	if (nsym < 4)
		return err_set(e, _("this code is too short: check it again"));
	crc = crc10(b.sym, nsym - 2);
	if (crc != ((unsigned)b.sym[nsym - 2] << 5 | b.sym[nsym - 1]))
		return err_set(e, _("this code has a typo: check it character by character"));
	if (b.sym[0] > RESCODE_VERSION)
		return err_set(e, _("this code comes from a newer version of Tremplin (code version %d)"),
			       b.sym[0]);
	if (b.sym[0] < 1)
		goto bad;
	b.limit = (nsym - 2) * 5;
	b.nbits = 5;
	situation_init(&out);
	for (size_t i = 0; i < NV(fields); i++) {
		if (!carried(&fields[i], b.sym[0]))
			continue;
		if (get(&b, 1, &v) < 0)
			goto bad;
		if (v == 0)
			continue;
		if (decode_field(&b, &fields[i], &out) < 0)
			goto bad;
		out.answered |= (uint64_t)1 << fields[i].key;
	}
	/* Only the padding may remain, and it is zero. */
	if (b.limit - b.nbits >= 5 || (get(&b, b.limit - b.nbits, &v) == 0 && v != 0))
		goto bad;
	*s = out;
	return 0;
bad:
	return err_set(e, _("this code is damaged: it does not hold a valid set of answers"));
}
