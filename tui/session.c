/* session.c: journey state and its transitions, shared by both views. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "session.h"
#include "xalloc.h"

void
session_init(struct session *s, const struct guide *g, const struct screen *start)
{
	memset(s, 0, sizeof *s);
	s->guide = g;
	s->current = start;
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

void
session_set_area(struct session *s, const struct area *a)
{
	s->area = a;
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
