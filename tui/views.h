/* views.h: what both views need from the command line, and their entry points. */
#ifndef SENDGUIDE_VIEWS_H
#define SENDGUIDE_VIEWS_H

#include <stdbool.h>
#include <stdio.h>
#include "session.h"

struct view_options {
	bool kiosk;
	unsigned idle_seconds;       /* kiosk: idle time before "Still there?" */
	unsigned countdown_seconds;  /* kiosk: length of the visible countdown */
	const char *staff_keys;      /* kiosk: the sequence that lets staff out */
	const char *kiosk_lang;      /* kiosk: language to reset to */
	const char *kiosk_area;      /* kiosk: area id to reset to (config "area"); NULL: none */
	bool bar;                    /* curses: reverse-video bar across the selection */
	bool mouse;                  /* curses: mouse and touch */
};

/* Exit statuses (sysexits.h values, so scripts can tell them apart). */
#define EXIT_CONTENT 65   /* EX_DATAERR: the content failed to load */
#define EXIT_IO 74        /* EX_IOERR */
#define EXIT_STAFF 3      /* kiosk: staff left with their key sequence */

/* Line-by-line view for screen readers and pipes. Returns the exit status. */
int plain_run(struct session *s, FILE *in, FILE *out, const struct view_options *o);

/* Full-screen view. Returns the exit status, or -1 when the terminal cannot
   be driven (unknown TERM): the caller then runs the plain view. */
int curses_run(struct session *s, const struct view_options *o);

/* Kiosk whose content failed to load: a calm "out of order, please ask staff"
   screen until staff leave. Returns the exit status. */
int curses_out_of_order(const struct view_options *o);

#endif
