/* signals.h: what each signal does to a running guide: the same table for both views. */
#ifndef SENDGUIDE_SIGNALS_H
#define SENDGUIDE_SIGNALS_H

#include <signal.h>
#include <stddef.h>
#include <termios.h>

/*
 * Every signal whose default would end the process is in one of three groups:
 *  - ending (HUP, INT, TERM, QUIT, XCPU, PWR): the handler only records it;
 *    the view's loop gives the terminal back and ends with 128 + the signal;
 *  - ignored (PIPE, XFSZ: the failed write is what counts; USR1, USR2, ALRM,
 *    VTALRM, PROF, IO, STKFLT and the real-time signals: the guide asks for
 *    none of them, and a stray one must not end a visitor's session);
 *  - faults (SEGV, BUS, FPE, ILL, TRAP, SYS, ABRT): a bug; returning would
 *    run the faulting instruction again, so the handler gives the terminal
 *    back itself (only tcsetattr and write, both async-signal-safe) and the
 *    signal then takes its earlier course.
 * A signal already ignored when the view starts (nohup, a kiosk's SIGINT)
 * stays ignored.
 */

/* Installs the handlers; signals_release() puts the earlier ones back. */
void signals_catch(void);
void signals_release(void);

/* The ending signal that arrived (0: none); signals_note() records one (a
   dead terminal is a hangup). */
int signals_pending(void);
void signals_note(int sig);

/* Adds the ending signals to set (a loop blocks them except while it waits). */
void signals_add_ending(sigset_t *set);

/* What a fault handler restores: fd's settings t (NULL: none), then the
   bytes (which leave the alternate screen and so on). */
void signals_tty(int fd, const struct termios *t, const char *bytes, size_t n);

/* "sendguide: stopped: Hangup" on stderr, for a view ended by sig. */
void signals_say_stopped(int sig);

#endif
