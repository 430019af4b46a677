/* views.h: the entry points of the two views (they render pages; see page.h). */
#ifndef SENDGUIDE_VIEWS_H
#define SENDGUIDE_VIEWS_H

#include <stdbool.h>
#include <stdio.h>
#include "exit_status.h"
#include "options.h"
#include "session.h"


/* Line-by-line view for screen readers and pipes. Returns the exit status. */
int plain_run(struct session *s, FILE *in, FILE *out, const struct view_options *o);

/* Full-screen view. Returns the exit status, or -1 when the terminal cannot
   be driven (unknown TERM): the caller then runs the plain view. */
int curses_run(struct session *s, const struct view_options *o);

/* Kiosk whose content failed to load: a calm "out of order, please ask staff"
   screen until staff leave. Returns the exit status. */
int curses_out_of_order(const struct view_options *o);

#endif
