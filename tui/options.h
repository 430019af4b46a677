/* options.h: the settings a view runs with, from the command line and the kiosk's file. */
#ifndef SENDGUIDE_OPTIONS_H
#define SENDGUIDE_OPTIONS_H

#include <stdbool.h>

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

#endif
