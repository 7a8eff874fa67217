/* situation-keys.h - the table of the answer keys, made from SIT_KEYS
 * (situation.h), for the files of the answers module only: how each key
 * is read and written, and where its answer lives in struct situation.
 * The rest of the tree asks situation.h. */
#ifndef TREMPLIN_SITUATION_KEYS_H
#define TREMPLIN_SITUATION_KEYS_H

#include <stddef.h>

#include "situation.h"

/* The kinds of SIT_KEYS, as SITKEY_ and the kind's name. */
enum sitkey_kind {
	SITKEY_CHOICE, SITKEY_LIST, SITKEY_INT, SITKEY_YEAR, SITKEY_LANG,
	SITKEY_DEPARTEMENT, SITKEY_JOB, SITKEY_TEXT
};

struct sitkey {
	const char *name;             /* in the answers file: "diploma" */
	enum sitkey_kind kind;
	const char *const *values;    /* choice and list keys, NULL-terminated */
	int nvalues;
	int min, max;                 /* INT keys */
	size_t offset, size;          /* of the field in struct situation */
};

/* One row per key, in the order of enum sit_key. */
extern const struct sitkey sitkey_table[SIT__COUNT];

#endif
