/* session.h: where one person is in the guide: screen, history, area. No I/O. */
#ifndef SENDGUIDE_SESSION_H
#define SENDGUIDE_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include "guide.h"

struct session {
	const struct guide *guide;
	const struct screen *current;
	const struct screen **history;  /* screens before current, oldest first */
	size_t depth, cap;
	const struct area *area;        /* NULL until chosen */
};

enum session_status {
	SESSION_OK,
	SESSION_NO_SUCH_CHOICE,   /* index out of range: nothing changed */
	SESSION_AT_START          /* back with no history: nothing changed */
};

void session_init(struct session *s, const struct guide *g, const struct screen *start);
enum session_status session_choose(struct session *s, size_t index);
enum session_status session_back(struct session *s);
/* To the first screen with no history; the area and language stay. */
void session_restart(struct session *s);
/* Go to a screen found by search: the current screen joins the history. */
void session_jump(struct session *s, const struct screen *to);
void session_set_area(struct session *s, const struct area *a);
/* Forget everything a visitor did (kiosk): history, area. The history's memory
   is zeroed, not just forgotten. */
void session_wipe(struct session *s);
void session_free(struct session *s);

#endif
