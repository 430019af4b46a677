/* lang.h: the interface and content languages, switchable while running. */
#ifndef SENDGUIDE_LANG_H
#define SENDGUIDE_LANG_H

#include <stdbool.h>
#include <stddef.h>
#include "guide.h"

#include "gettext.h"
#define _(s) gettext(s)
#define N_(s) gettext_noop(s)
#define CONTENT_DOMAIN "sendguide-content"

struct language {
	const char *code;         /* "en", "pl", "ro" */
	const char *native_name;  /* in its own language: "Polski" (not translated) */
};

/* setlocale, bind both text domains to localedir, and choose the language:
   requested (--lang) if given, otherwise the environment (LANGUAGE, LC_ALL,
   LC_MESSAGES, LANG). Falls back to English. */
void lang_init(const char *localedir, const char *requested);
/* Switch every string, interface and content, to code; false if unknown. */
bool lang_set(const char *code);
const char *lang_current(void);
const struct language *lang_list(size_t *count);
/* True when the current language's catalogue is marked reviewed (English is). */
bool lang_reviewed(void);

/* The current language's text of a content string; English when untranslated. */
const char *tr(const struct text *t);

#endif
