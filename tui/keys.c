/* keys.c - the table of key requests, built from KEY_REQUESTS (see keys.h). */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "config-file.h"
#include "keys.h"
#include "i18n.h"
#include "ui-curses.h"

/* Indexed by request; the entry of REQ_NONE is empty. */
#define KEYS_ROW(rid, nm, ks, kl, lb, ds, hl) \
	[REQ_##rid] = { .id = REQ_##rid, .name = nm, .keys = ks, .key_label = kl, \
		       .label = lb, .describe = ds, .in_helpline = hl },
static const struct key_binding table[REQ__COUNT] = {
	KEY_REQUESTS(KEYS_ROW)
};
#undef KEYS_ROW

const char *
keys_word(const struct key_binding *a, int kiosk)
{
	/* TRANSLATORS: in a kiosk's help line, what Ctrl-C does (Quit
	 * elsewhere); at most 8 cells. */
	return kiosk && a->id == REQ_QUIT ? _("Finish") : _(a->label);
}

const char *
keys_text(const struct key_binding *a, int kiosk)
{
	return kiosk && a->id == REQ_QUIT ?
		_("finish the visit, after asking: the answers are erased") :
		_(a->describe);
}

enum request
keys_find(int is_fkey, wint_t ch)
{
	long key = is_fkey ? KEYF(ch) : (long)ch;

	for (int r = REQ_NONE + 1; r < REQ__COUNT; r++)
		for (int k = 0; k < KEYS_MAX && table[r].keys[k] != 0; k++)
			if (table[r].keys[k] == key)
				return table[r].id;
	return REQ_NONE;
}

long
keys_named(const char *name)
{
	int fkey = 0, ctrl = 0;

	if (name == NULL || config_exit_key(name, &fkey, &ctrl) != 0)
		return 0;
	return fkey > 0 ? KEYF(KEY_F(fkey)) : (long)ctrl;
}

int
keys_is(long key, int is_fkey, wint_t ch)
{
	return key != 0 && key == (is_fkey ? KEYF(ch) : (long)ch);
}

const struct key_binding *
keys_get(enum request r)
{
	return r > REQ_NONE && r < REQ__COUNT ? &table[r] : &table[REQ_NONE];
}

int
keys_count(void)
{
	return REQ__COUNT - 1;
}

const struct key_binding *
keys_at(int i)
{
	return i >= 0 && i < REQ__COUNT - 1 ? &table[i + 1] : NULL;
}

const char *
keys_label(enum request r)
{
	const struct key_binding *b = keys_get(r);

	return b->key_label != NULL ? _(b->key_label) : "";
}

const char *
keys_group_label(enum request r, char *buf, size_t len)
{
	snprintf(buf, len, "%s", keys_label(r));
	if (keys_get(r)->describe == NULL)
		return buf;
	for (int n = r + 1; n < REQ__COUNT && table[n].describe == NULL; n++) {
		size_t used = strlen(buf);

		snprintf(buf + used, len - used, "/%s", keys_label((enum request)n));
	}
	return buf;
}
