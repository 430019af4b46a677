/* session.c: journey state and the journey's rules, shared by both views. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "areafind.h"
#include "lang.h"
#include "session.h"
#include "xalloc.h"

enum session_status
session_init(struct session *s, const struct guide *g, const char *node)
{
	const struct screen *at = g->start;

	memset(s, 0, sizeof *s);
	s->guide = g;
	if (node != NULL && (at = guide_find_screen(g, node)) == NULL) {
		s->current = g->start;
		return SESSION_NO_SUCH_SCREEN;
	}
	s->current = at;
	return SESSION_OK;
}

static void
push(struct session *s, const struct screen *sc)
{
	if (s->depth == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->history = xreallocarray(s->history, s->cap, sizeof *s->history);
	}
	s->history[s->depth++] = sc;
}

enum session_status
session_choose(struct session *s, size_t index)
{
	if (index >= s->current->nchoices)
		return SESSION_NO_SUCH_CHOICE;
	push(s, s->current);
	s->current = s->current->choices[index].target;
	return SESSION_OK;
}

enum session_status
session_back(struct session *s)
{
	if (s->depth == 0)
		return SESSION_AT_START;
	s->current = s->history[--s->depth];
	s->history[s->depth] = NULL;
	return SESSION_OK;
}

void
session_restart(struct session *s)
{
	if (s->history != NULL)
		memset(s->history, 0, s->depth * sizeof *s->history);
	s->depth = 0;
	s->current = s->guide->start;
}

void
session_jump(struct session *s, const struct screen *to)
{
	if (to == s->current)
		return;
	push(s, s->current);
	s->current = to;
}

bool
session_lists_contacts(const struct screen *sc)
{
	return sc->kind == SCREEN_CONTACTS || sc->contacts != 0;
}

void
session_set_area(struct session *s, const struct area *a)
{
	s->area = a;
}

const struct screen *
session_redirect(const struct session *s)
{
	const struct screen *to = s->area != NULL ? s->area->redirect : NULL;

	if (to == NULL || to == s->current || !session_lists_contacts(s->current))
		return NULL;
	return to;
}

enum session_status
session_set_language(struct session *s, const char *code)
{
	(void)s;
	return lang_set(code) ? SESSION_OK : SESSION_NO_SUCH_LANGUAGE;
}

void
session_keep_home(struct session *s, bool kiosk)
{
	s->kiosk = kiosk;
	s->home_area = s->area;
	snprintf(s->home_lang, sizeof s->home_lang, "%s", lang_current());
}

void
session_forget(struct session *s)
{
	session_wipe(s);
	s->area = s->home_area;
	if (s->home_lang[0] != '\0' && strcmp(lang_current(), s->home_lang) != 0)
		lang_set(s->home_lang);
}

bool
session_finish(struct session *s)
{
	if (s->kiosk) {
		session_forget(s);
		return true;
	}
	session_restart(s);
	return false;
}

void
session_wipe(struct session *s)
{
	/* Zero the whole allocation: the next visitor must not be able to learn
	   where the last one went, even from memory. */
	if (s->history != NULL)
		memset(s->history, 0, s->cap * sizeof *s->history);
	s->depth = 0;
	s->area = NULL;
	s->current = s->guide->start;
}

void
session_free(struct session *s)
{
	session_wipe(s);
	free(s->history);
	s->history = NULL;
	s->cap = 0;
}

/* The screen a council that is not found leads to: "My council is not
   listed", or the guide's national advice when the content has no such
   screen. */
static const struct screen *
not_listed_screen(const struct guide *g)
{
	const struct screen *sc = guide_find_screen(g, "council-not-listed");

	return sc != NULL ? sc : g->national;
}

void
session_find_area(const struct session *s, const char *typed, struct area_answer *out)
{
	const struct guide *g = s->guide;
	struct areafind_match m[64];
	struct areafind *f;
	size_t n, i, close = 0, exact = 0;

	memset(out, 0, sizeof *out);
	out->not_listed = not_listed_screen(g);
	out->kind = AREA_ANSWER_NONE;
	while (*typed == ' ' || *typed == '\t')
		typed++;
	if (*typed == '\0')
		return;
	for (i = 0; i < g->nareas; i++)
		if (strcmp(g->areas[i].id, typed) == 0) {
			out->kind = AREA_ANSWER_ONE;
			out->areas[out->nareas++] = &g->areas[i];
			out->total = 1;
			return;
		}
	f = areafind_new(g);
	n = areafind_find(f, typed, m, sizeof m / sizeof m[0]);
	areafind_free(f);
	for (i = 0; i < n; i++) {
		if (m[i].how != AREAFIND_NEAR)
			close++;
		if (m[i].how == AREAFIND_EXACT)
			exact++;
	}
	/* A whole name chooses at once even when it is part of other names
	   ("York" and "North Yorkshire"); an alias two councils share
	   ("Northants") lists both. */
	if (exact == 1 || close == 1) {
		out->kind = AREA_ANSWER_ONE;
		out->areas[out->nareas++] = m[0].area;
		out->total = 1;
		return;
	}
	if (exact > 1)
		close = exact;
	if (close == 0 && n == 0)
		return;
	out->kind = close > 0 ? AREA_ANSWER_SEVERAL : AREA_ANSWER_NEAREST;
	out->total = close > 0 ? close : n;
	for (i = 0; i < out->total && out->nareas < AREA_ANSWER_MAX; i++)
		out->areas[out->nareas++] = m[i].area;
}
