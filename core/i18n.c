/* i18n.c - messages in a context, and the agreement of French words with
 * the person (i18n.h). */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "situation.h"

/* The entry of MSGID in context CTX, NULL when the catalogue has none
 * (gettext stores it under "CTX\004MSGID"). */
static const char *
lookup(const char *ctx, const char *msgid)
{
	char key[1024];
	const char *t;
	int n = snprintf(key, sizeof key, "%s\004%s", ctx, msgid);

	if (n < 0 || (size_t)n >= sizeof key)
		return NULL;
	t = dcgettext(NULL, key, LC_MESSAGES);
	return t == key ? NULL : t;
}

const char *
i18n_pgettext(const char *ctx, const char *msgid)
{
	const char *t = ctx != NULL ? lookup(ctx, msgid) : NULL;

	return t != NULL ? t : gettext(msgid);
}

/* The answers whose words agree with the person in some languages
 * ("Je vis seule", "Je vis seul"): each has a "female" and a "male"
 * entry, and its plain msgid is written for anyone. Add a msgid here
 * when a language cannot write it without agreement (i18n_agree looks
 * up the two contexts for any msgid; this table puts them in the
 * catalogue). A sentence is better rewritten so that it needs none. */
static const char *const gendered[][2] = {
	/* TRANSLATORS: "female" and "male" contexts: the words of the
	   answer as a woman and as a man would say them; the plain entry
	   (no context) is for anyone ("Seul ou seule"). */
	{ NC_("female", "I live alone"), NC_("male", "I live alone") },
	{ NC_("female", "Alone"), NC_("male", "Alone") },
	{ NC_("female", "I live alone with my children"),
	  NC_("male", "I live alone with my children") },
	{ NC_("female", "Alone with children"), NC_("male", "Alone with children") },
	{ NC_("female", "I was laid off for economic reasons"),
	  NC_("male", "I was laid off for economic reasons") },
	{ NC_("female", "I was dismissed for another reason"),
	  NC_("male", "I was dismissed for another reason") },
};

int
i18n_gendered_count(void)
{
	return (int)(sizeof gendered / sizeof gendered[0]);
}

const char *
i18n_gendered_msgid(int i)
{
	return i >= 0 && i < i18n_gendered_count() ? gendered[i][0] : NULL;
}

const char *
i18n_agree(const struct situation *s, const char *msgid)
{
	const char *ctx = NULL, *t;

	if (msgid == NULL || msgid[0] == '\0')
		return "";
	if (s != NULL && SIT_HAS(s, SIT_GENDER) && s->gender == GENDER_FEMALE)
		ctx = "female";
	else if (s != NULL && SIT_HAS(s, SIT_GENDER) && s->gender == GENDER_MALE)
		ctx = "male";
	t = ctx != NULL ? lookup(ctx, msgid) : NULL;
	return t != NULL ? t : gettext(msgid);
}
