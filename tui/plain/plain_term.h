/* plain_term.h: the plain view's few dealings with a terminal: a kiosk's flow control, end of input, wiping. */
#ifndef SENDGUIDE_PLAIN_TERM_H
#define SENDGUIDE_PLAIN_TERM_H

#include <stdbool.h>
#include <stdio.h>

/* A plain kiosk on the terminal in: flow control off (Ctrl-S must not
   freeze the guide for the next visitor), output resumed if it was
   stopped. Remembers the terminal's settings for plain_tty_restore() and
   for a fault handler (signals.h). False when in is not a terminal. */
bool plain_tty_kiosk(FILE *in);
void plain_tty_restore(void);

/* Whether the terminal in is still there after a read found the end of
   input: a Ctrl-D typed on it, not a hangup. */
bool plain_tty_alive(FILE *in);

/* Wipes out, a terminal, for the next visitor: the screen and, where the
   terminal can (terminfo's clear and E3), its scrollback; where it cannot,
   blank lines push the last visitor's words off the screen. Writes nothing
   when out is not a terminal. */
void plain_tty_wipe(FILE *out);

#endif
