/* lang.c: choose and switch the language of interface and content strings. */
#include <config.h>

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "lang.h"

/* The languages with catalogues, named in their own language so a person who
   reads no English can still find theirs. */
static const struct language languages[] = {
	{ "en", "English" },
	{ "pl", "Polski" },
	{ "ro", "Rom\xc3\xa2n\xc4\x83" },
};
#define NLANG (sizeof languages / sizeof languages[0])

static const struct language *current = &languages[0];

#if ENABLE_NLS
/* GNU gettext caches translations; bumping this counter after changing
   LANGUAGE makes it look them up again (documented in the gettext manual,
   "Being a gettext grok"). */
extern int _nl_msg_cat_cntr;
#endif

static const struct language *
find(const char *code, size_t n)
{
	size_t i;

	for (i = 0; i < NLANG; i++)
		if (strlen(languages[i].code) == n && strncmp(languages[i].code, code, n) == 0)
			return &languages[i];
	return NULL;
}

/* The first language of a "pl_PL.UTF-8" or "pl:en" style value that we have. */
static const struct language *
from_value(const char *v)
{
	while (v != NULL && *v != '\0') {
		size_t n = strcspn(v, "_.@:");
		const struct language *l = find(v, n);

		if (l != NULL)
			return l;
		v = strchr(v, ':');
		if (v != NULL)
			v++;
	}
	return NULL;
}

static const struct language *
from_environment(void)
{
	static const char *const vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };
	size_t i;

	for (i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);

		if (v != NULL && *v != '\0') {
			const struct language *l = from_value(v);

			/* LANGUAGE may list ones we lack; the locale variables decide. */
			if (l != NULL || i > 0)
				return l;
		}
	}
	return NULL;
}

void
lang_init(const char *localedir, const char *requested)
{
	const char *msgs;
	const struct language *l;

	setlocale(LC_ALL, "");
	/* glibc ignores LANGUAGE when LC_MESSAGES is "C", which would make the
	   language impossible to switch on a kiosk without locales installed.
	   C.UTF-8 is built into glibc, so messages can always be translated;
	   LC_CTYPE stays as it was, so output suits the terminal. */
	msgs = setlocale(LC_MESSAGES, NULL);
	if (msgs == NULL || strcmp(msgs, "C") == 0 || strcmp(msgs, "POSIX") == 0)
		setlocale(LC_MESSAGES, "C.UTF-8");
#if ENABLE_NLS
	bindtextdomain(PACKAGE, localedir);
	bindtextdomain(CONTENT_DOMAIN, localedir);
	textdomain(PACKAGE);
#else
	(void)localedir;
#endif
	l = requested != NULL ? from_value(requested) : from_environment();
	lang_set(l != NULL ? l->code : "en");
}

bool
lang_set(const char *code)
{
	const struct language *l = find(code, strlen(code));

	if (l == NULL)
		return false;
	current = l;
	/* English is the source text: "en" would find no catalogue anyway, but
	   naming it keeps a stray environment LANGUAGE from taking over. */
	setenv("LANGUAGE", l->code, 1);
#if ENABLE_NLS
	++_nl_msg_cat_cntr;
#endif
	return true;
}

const char *
lang_current(void)
{
	return current->code;
}

const struct language *
lang_list(size_t *count)
{
	*count = NLANG;
	return languages;
}

bool
lang_reviewed(void)
{
	const char *header;

	if (strcmp(current->code, "en") == 0)
		return true;
	/* A catalogue's header is the translation of "". Translators mark a
	   reviewed catalogue with "X-Sendguide-Reviewed: yes". */
	header = dgettext(CONTENT_DOMAIN, "");
	return header != NULL && strstr(header, "X-Sendguide-Reviewed: yes") != NULL;
}

const char *
tr(const struct text *t)
{
	if (t->en == NULL || t->en[0] == '\0')
		return t->en;
	if (current == &languages[0])
		return t->en;
	return dgettext(CONTENT_DOMAIN, t->en);
}
